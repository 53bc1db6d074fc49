/** SQL of the ratings: criteria, companies' yearly ratings, compounds' quality index and its figures. */
import { sql } from 'kysely';
import { nodeInPaths, nodeJoin, rowUnder, type SubtreeRoot } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { type CompoundScope, compoundVisible, ofCompoundUnder } from './property.scope.repository.ts';

// ---------- criteria ----------

/** A district's criteria of a kind, in order. */
export function criteriaOf(db: Executor, districtId: string, kind: string) {
  return db
    .selectFrom('property_criteria')
    .select(['code', 'name', 'grp', 'weight', 'sort'])
    .where('district_id', '=', districtId)
    .where('kind', '=', kind)
    .orderBy('sort')
    .execute();
}

/** Replaces a district's criteria of a kind. */
export async function replaceCriteria(
  db: Executor,
  districtId: string,
  kind: string,
  rows: { code: string; name: string; grp: string; weight: number }[],
) {
  await db
    .deleteFrom('property_criteria')
    .where('district_id', '=', districtId)
    .where('kind', '=', kind)
    .execute();
  await db
    .insertInto('property_criteria')
    .values(rows.map((r, i) => ({ district_id: districtId, kind, ...r, sort: i })))
    .execute();
}

// ---------- company ratings ----------

/** The rating of a company for a year, optionally locked. */
export function findRating(db: Executor, districtId: string, companyId: string, year: number, lock = false) {
  let q = db
    .selectFrom('property_ratings')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('company_id', '=', companyId)
    .where('year', '=', year);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Ratings of companies for a year. */
export function ratingsOf(db: Executor, companyIds: string[], year: number) {
  if (!companyIds.length) return Promise.resolve([]);
  return db
    .selectFrom('property_ratings')
    .selectAll()
    .where('company_id', 'in', companyIds)
    .where('year', '=', year)
    .execute();
}

/** Writes a company's rating for a year (a new one, or a re-score of one not yet published). */
export async function saveRating(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    company_id: string;
    year: number;
    scores: Record<string, number>;
    total: number;
    stars: number;
    comment: string;
    node_id: string;
    scored_by: string;
  },
) {
  await db
    .insertInto('property_ratings')
    .values({ ...row, scores: JSON.stringify(row.scores), state: 'scored' })
    .onConflict((oc) =>
      oc.columns(['district_id', 'company_id', 'year']).doUpdateSet({
        scores: JSON.stringify(row.scores),
        total: row.total,
        stars: row.stars,
        comment: row.comment,
        scored_by: row.scored_by,
        scored_at: sql`now()`,
        version: sql`property_ratings.version + 1`,
      }),
    )
    .execute();
}

/** Publishes a rating. */
export async function publishRating(db: Executor, districtId: string, id: string) {
  await db
    .updateTable('property_ratings')
    .set({ state: 'published', published_at: sql`now()`, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/**
 * What owners see for a community: its compounds, the company serving each, and each company's
 * published ratings (newest year first).
 */
export function publicCompounds(db: Executor, path: string) {
  return db
    .selectFrom('property_compounds as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .leftJoin('property_companies as co', (j) =>
      j.onRef('co.district_id', '=', 'c.district_id').onRef('co.id', '=', 'c.company_id'),
    )
    .select(['c.id', 'c.name', 'c.households', 'c.company_id', 'co.name as company_name'])
    .where('n.path', 'like', `${path}%`)
    .orderBy('c.name')
    .limit(500)
    .execute();
}

/** Published ratings of companies, newest year first. */
export function publishedRatings(db: Executor, companyIds: string[]) {
  if (!companyIds.length) return Promise.resolve([]);
  return db
    .selectFrom('property_ratings')
    .select(['company_id', 'year', 'total', 'stars', 'scores', 'published_at'])
    .where('company_id', 'in', companyIds)
    .where('state', '=', 'published')
    .orderBy('year', 'desc')
    .execute();
}

/** Companies registered inside some roots with no rating for the year (to-dos). */
export function unratedCompanies(db: Executor, paths: string[], year: number, limit: number) {
  return db
    .selectFrom('property_companies as co')
    .select(['co.id', 'co.name'])
    .where(nodeInPaths('co.node_id', paths))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('property_ratings as r')
            .select(sql`1`.as('x'))
            .whereRef('r.district_id', '=', 'co.district_id')
            .whereRef('r.company_id', '=', 'co.id')
            .where('r.year', '=', year),
        ),
      ),
    )
    .orderBy('co.name')
    .limit(limit)
    .execute();
}

// ---------- quality index ----------

/** Writes (or rewrites) a compound's quarterly index. */
export async function saveQuality(
  db: Executor,
  row: {
    district_id: string;
    compound_id: string;
    year: number;
    quarter: number;
    scores: Record<string, number>;
    total: number;
    scored_by: string;
  },
) {
  await db
    .insertInto('property_quality_scores')
    .values({ ...row, scores: JSON.stringify(row.scores) })
    .onConflict((oc) =>
      oc.columns(['district_id', 'compound_id', 'year', 'quarter']).doUpdateSet({
        scores: JSON.stringify(row.scores),
        total: row.total,
        scored_by: row.scored_by,
        scored_at: sql`now()`,
      }),
    )
    .execute();
}

/** The quarters scored of some compounds in a year. */
export function qualityOf(db: Executor, compoundIds: string[], year: number) {
  if (!compoundIds.length) return Promise.resolve([]);
  return db
    .selectFrom('property_quality_scores')
    .select(['compound_id', 'quarter', 'total', 'scores'])
    .where('compound_id', 'in', compoundIds)
    .where('year', '=', year)
    .orderBy('quarter')
    .execute();
}

/** The yearly rows (campaign entry, rating) of some compounds. */
export function qualityYears(db: Executor, compoundIds: string[], year: number) {
  if (!compoundIds.length) return Promise.resolve([]);
  return db
    .selectFrom('property_quality_years')
    .selectAll()
    .where('compound_id', 'in', compoundIds)
    .where('year', '=', year)
    .execute();
}

/** Enters (or leaves) the five-star campaign, or stores the year's rating. */
export async function saveQualityYear(
  db: Executor,
  row: {
    district_id: string;
    compound_id: string;
    year: number;
    campaign?: boolean;
    average?: number;
    stars?: number;
  },
) {
  const { district_id, compound_id, year, ...rest } = row;
  const set = {
    ...(rest.campaign !== undefined ? { campaign: rest.campaign } : {}),
    ...(rest.average !== undefined
      ? { average: rest.average, stars: rest.stars, rated_at: sql<Date>`now()` }
      : {}),
  };
  await db
    .insertInto('property_quality_years')
    .values({
      district_id,
      compound_id,
      year,
      campaign: rest.campaign ?? false,
      average: rest.average ?? null,
      stars: rest.stars ?? null,
      rated_at: rest.average !== undefined ? sql<Date>`now()` : null,
    })
    .onConflict((oc) => oc.columns(['district_id', 'compound_id', 'year']).doUpdateSet(set))
    .execute();
}

/**
 * The quality ranking under a node for a year: each compound's mean of the quarters scored so far
 * (and how many quarters), best first. An officer whose subtree holds the node sees every compound
 * under it, so the scope's own filter is left out then.
 */
export function qualityRanking(
  db: Executor,
  s: CompoundScope,
  under: SubtreeRoot,
  year: number,
  limit: number,
) {
  const whole = s.officer.some((p) => under.path.startsWith(p));
  // each compound's mean first, from the year's scores alone
  const means = db
    .selectFrom('property_quality_scores as q')
    .select([
      'q.district_id',
      'q.compound_id',
      sql<number>`round(avg(q.total), 2)::float8`.as('average'),
      sql<number>`count(*)::int`.as('quarters'),
    ])
    .where('q.year', '=', year)
    .where(ofCompoundUnder('q', under))
    .groupBy(['q.district_id', 'q.compound_id']);
  // the best `limit` by mean (and name), then only their nodes and ratings
  const top = db
    .selectFrom(means.as('a'))
    .innerJoin('property_compounds as c', (j) =>
      j.onRef('c.district_id', '=', 'a.district_id').onRef('c.id', '=', 'a.compound_id'),
    )
    .select(['c.district_id', 'c.id', 'c.name', 'c.node_id', 'a.average', 'a.quarters'])
    .$if(!whole, (qb) => qb.where(compoundVisible(s)))
    .orderBy('a.average', 'desc')
    .orderBy('c.name')
    .limit(limit);
  return db
    .selectFrom(top.as('t'))
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .leftJoin('property_quality_years as y', (j) =>
      j
        .onRef('y.district_id', '=', 't.district_id')
        .onRef('y.compound_id', '=', 't.id')
        .on('y.year', '=', year),
    )
    .select([
      't.id',
      't.name',
      'n.name as node_name',
      't.average',
      't.quarters',
      sql<boolean>`coalesce(y.campaign, false)`.as('campaign'),
      'y.stars',
    ])
    .orderBy('t.average', 'desc')
    .orderBy('t.name')
    .execute();
}

/** Compounds and five-star compounds under a path (the dashboard). */
export async function qualityFigures(db: Executor, under: SubtreeRoot, year: number) {
  return db
    .selectFrom('property_compounds as c')
    .leftJoin('property_quality_years as y', (j) =>
      j
        .onRef('y.district_id', '=', 'c.district_id')
        .onRef('y.compound_id', '=', 'c.id')
        .on('y.year', '=', year),
    )
    .where(rowUnder('c', under))
    .select([
      sql<number>`count(*)::int`.as('compounds'),
      sql<number>`count(*) FILTER (WHERE y.stars = 5)::int`.as('five_star'),
      sql<number>`count(*) FILTER (WHERE y.campaign)::int`.as('campaign'),
      sql<
        number | null
      >`(SELECT round(avg(q.total), 2)::float8 FROM property_quality_scores q WHERE q.year = ${year} AND ${ofCompoundUnder('q', under)})`.as(
        'average',
      ),
    ])
    .executeTakeFirstOrThrow();
}
