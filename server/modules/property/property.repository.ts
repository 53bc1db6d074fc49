/**
 * SQL of the property module's own tables (org_nodes only joined for names and paths, as every
 * module's scope helper does). Compounds are scoped by `compoundVisible`: officers by their subtree,
 * property staff by their company's compounds, 业委会 members by their own compound.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import { isDistrict, nodeInPaths, rowUnder, type SubtreeRoot } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

/** Where an actor may reach compounds for one action, split by how the grant limits it. */
export interface CompoundScope {
  userId: string;
  /** Officers' subtree roots: every compound under them. */
  officer: string[];
  /** Property staff's roots: compounds their linked company serves. */
  staff: string[];
  /** 业委会 roots: the compounds their account is linked to. */
  committee: string[];
}

/** A compound row (alias c) is inside the scope. */
export function compoundVisible(s: CompoundScope, alias = 'c'): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (s.officer.length) parts.push(nodeInPaths(`${alias}.node_id`, s.officer));
  if (s.staff.length)
    parts.push(
      sql<SqlBool>`(${nodeInPaths(`${alias}.node_id`, s.staff)} AND ${sql.ref(`${alias}.company_id`)} IN (SELECT l.company_id FROM property_staff_links l WHERE l.user_id = ${s.userId}))`,
    );
  if (s.committee.length)
    parts.push(
      sql<SqlBool>`(${nodeInPaths(`${alias}.node_id`, s.committee)} AND ${sql.ref(`${alias}.id`)} IN (SELECT l.compound_id FROM property_committee_links l WHERE l.user_id = ${s.userId}))`,
    );
  if (!parts.length) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}

/**
 * A row of a compound's (alias.district_id, alias.compound_id: fees, scores, issues) whose compound
 * is under the root: a district's rows carry its tenant key; a smaller subtree's through the
 * compound's node.
 */
export function ofCompoundUnder(alias: string, under: SubtreeRoot): Expression<SqlBool> {
  if (isDistrict(under)) return sql<SqlBool>`${sql.ref(`${alias}.district_id`)} = ${under.id}`;
  return sql<SqlBool>`(${sql.ref(`${alias}.district_id`)}, ${sql.ref(`${alias}.compound_id`)}) IN (SELECT c.district_id, c.id FROM property_compounds c WHERE ${nodeInPaths('c.node_id', [under.path])})`;
}

/** A company row (alias co) is inside the scope: registered in an officer's subtree, serving a compound in scope, or the staff's own. */
export function companyVisible(s: CompoundScope): Expression<SqlBool> {
  return sql<SqlBool>`(${nodeInPaths('co.node_id', s.officer)}
    OR co.id IN (SELECT l.company_id FROM property_staff_links l WHERE l.user_id = ${s.userId} AND ${s.staff.length > 0})
    OR EXISTS (SELECT 1 FROM property_compounds c WHERE c.district_id = co.district_id AND c.company_id = co.id AND ${compoundVisible(s)}))`;
}

// ---------- companies ----------

const companyCols = [
  'co.district_id',
  'co.id',
  'co.node_id',
  'co.name',
  'co.credit_code',
  'co.contact_name',
  'co.has_party_org',
  'co.party_org_id',
  'co.version',
  'n.path',
  'n.name as node_name',
] as const;

/** Companies in scope (optionally under a path, or named like q), by name. */
export function listCompanies(
  db: Executor,
  s: CompoundScope,
  f: { under?: string; q?: string; limit: number },
) {
  let q = db
    .selectFrom('property_companies as co')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'co.district_id').onRef('n.id', '=', 'co.node_id'),
    )
    .select(companyCols)
    .select((eb) =>
      eb
        .selectFrom('property_compounds as x')
        .whereRef('x.district_id', '=', 'co.district_id')
        .whereRef('x.company_id', '=', 'co.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('compounds'),
    )
    .where(companyVisible(s));
  if (f.under)
    q = q.where((eb) =>
      eb.or([
        eb('n.path', 'like', `${f.under}%`),
        sql<SqlBool>`EXISTS (SELECT 1 FROM property_compounds c JOIN org_nodes cn ON cn.district_id = c.district_id AND cn.id = c.node_id WHERE c.district_id = co.district_id AND c.company_id = co.id AND cn.path LIKE ${f.under + '%'})`,
      ]),
    );
  if (f.q) q = q.where('co.name', 'like', `%${f.q.replace(/[\\%_]/g, (c) => '\\' + c)}%`);
  return q.orderBy('co.name').orderBy('co.id').limit(f.limit).execute();
}

/** One company with its node's path, if inside the scope (or, with no scope, at all). */
export function findCompany(db: Executor, id: string, s?: CompoundScope) {
  let q = db
    .selectFrom('property_companies as co')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'co.district_id').onRef('n.id', '=', 'co.node_id'),
    )
    .select(companyCols)
    .where('co.id', '=', id);
  if (s) q = q.where(companyVisible(s));
  return q.executeTakeFirst();
}

/** A company by its credit code in a district (for imports). */
export function companyByCode(db: Executor, districtId: string, code: string) {
  return db
    .selectFrom('property_companies')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('credit_code', '=', code)
    .executeTakeFirst();
}

/** Companies of a district by name (for imports of compounds). */
export function companiesByName(db: Executor, districtId: string, names: string[]) {
  if (!names.length) return Promise.resolve([]);
  return db
    .selectFrom('property_companies')
    .select(['id', 'name', 'node_id'])
    .where('district_id', '=', districtId)
    .where('name', 'in', names)
    .execute();
}

export type NewCompany = {
  district_id: string;
  id: string;
  node_id: string;
  name: string;
  credit_code: string;
  contact_name: string;
  has_party_org: boolean;
  party_org_id: string | null;
};

/** Adds companies; a credit code taken already is skipped (returns the ids made). */
export async function insertCompanies(db: Executor, rows: NewCompany[]) {
  if (!rows.length) return [];
  return (
    await db
      .insertInto('property_companies')
      .values(rows)
      .onConflict((oc) => oc.columns(['district_id', 'credit_code']).doNothing())
      .returning('id')
      .execute()
  ).map((r) => r.id);
}

/** Updates a company if its version is still the one read; false otherwise. */
export async function updateCompany(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  patch: Partial<Pick<NewCompany, 'name' | 'contact_name' | 'has_party_org' | 'party_org_id'>>,
) {
  const r = await db
    .updateTable('property_companies')
    .set({ ...patch, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---------- compounds ----------

const compoundCols = [
  'c.district_id',
  'c.id',
  'c.node_id',
  'c.name',
  'c.address',
  'c.households',
  'c.company_id',
  'c.party_org_id',
  'c.branch_kind',
  'c.version',
  'n.path',
  'n.name as node_name',
  'co.name as company_name',
] as const;

function compoundsFrom(db: Executor) {
  return db
    .selectFrom('property_compounds as c')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
    .leftJoin('property_companies as co', (j) =>
      j.onRef('co.district_id', '=', 'c.district_id').onRef('co.id', '=', 'c.company_id'),
    );
}

/** Compounds in scope, under a path and/or served by a company, by name. */
export function listCompounds(
  db: Executor,
  s: CompoundScope,
  f: { under?: string; companyId?: string; limit: number },
) {
  let q = compoundsFrom(db).select(compoundCols).where(compoundVisible(s));
  if (f.under) q = q.where('n.path', 'like', `${f.under}%`);
  if (f.companyId) q = q.where('c.company_id', '=', f.companyId);
  return q.orderBy('c.name').orderBy('c.id').limit(f.limit).execute();
}

/** One compound, if it is inside the scope (or, with no scope, at all). */
export function findCompound(db: Executor, id: string, s?: CompoundScope) {
  let q = compoundsFrom(db).select(compoundCols).where('c.id', '=', id);
  if (s) q = q.where(compoundVisible(s));
  return q.executeTakeFirst();
}
export type CompoundRow = NonNullable<Awaited<ReturnType<typeof findCompound>>>;

/** Compounds of a district by community and name (imports). */
export function compoundsOfDistrict(db: Executor, districtId: string) {
  return db
    .selectFrom('property_compounds as c')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
    .select(['c.id', 'c.name', 'c.node_id', 'c.company_id', 'n.path', 'n.name as node_name'])
    .where('c.district_id', '=', districtId)
    .execute();
}

export type NewCompound = {
  district_id: string;
  id: string;
  node_id: string;
  name: string;
  address: string;
  households: number;
  company_id: string | null;
  party_org_id: string | null;
  branch_kind: string;
};

/** Adds compounds; a name taken on the same community is skipped (returns the ids made). */
export async function insertCompounds(db: Executor, rows: NewCompound[]) {
  if (!rows.length) return [];
  return (
    await db
      .insertInto('property_compounds')
      .values(rows)
      .onConflict((oc) => oc.columns(['district_id', 'node_id', 'name']).doNothing())
      .returning('id')
      .execute()
  ).map((r) => r.id);
}

/** Updates a compound if its version is still the one read; false otherwise. */
export async function updateCompound(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  patch: Partial<
    Pick<NewCompound, 'name' | 'address' | 'households' | 'company_id' | 'party_org_id' | 'branch_kind'>
  >,
) {
  const r = await db
    .updateTable('property_compounds')
    .set({ ...patch, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** 业委会 members of some compounds. */
export function committeeOf(db: Executor, districtId: string, compoundIds: string[]) {
  if (!compoundIds.length) return Promise.resolve([]);
  return db
    .selectFrom('property_committee_members')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('compound_id', 'in', compoundIds)
    .orderBy(sql`CASE post WHEN 'director' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END`)
    .orderBy('name')
    .execute();
}

/** Adds a 业委会 member. */
export async function insertCommitteeMember(
  db: Executor,
  row: {
    district_id: string;
    compound_id: string;
    id: string;
    name: string;
    post: string;
    party_member: boolean;
    term_ends: string | null;
  },
) {
  await db.insertInto('property_committee_members').values(row).execute();
}

/** Removes a 业委会 member; false when there was none. */
export async function deleteCommitteeMember(
  db: Executor,
  districtId: string,
  compoundId: string,
  id: string,
) {
  const r = await db
    .deleteFrom('property_committee_members')
    .where('district_id', '=', districtId)
    .where('compound_id', '=', compoundId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Links a property staff account to its company (idempotent). */
export async function linkStaff(db: Executor, districtId: string, companyId: string, userId: string) {
  await db
    .insertInto('property_staff_links')
    .values({ district_id: districtId, company_id: companyId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Links a 业委会 member's account to its compound (idempotent). */
export async function linkCommittee(db: Executor, districtId: string, compoundId: string, userId: string) {
  await db
    .insertInto('property_committee_links')
    .values({ district_id: districtId, compound_id: compoundId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Accounts linked to companies (staff) and to compounds (committee). */
export async function linkedUsers(
  db: Executor,
  districtId: string,
  f: { companyId?: string; compoundId?: string },
) {
  if (f.companyId)
    return (
      await db
        .selectFrom('property_staff_links')
        .select('user_id')
        .where('district_id', '=', districtId)
        .where('company_id', '=', f.companyId)
        .execute()
    ).map((r) => r.user_id);
  return (
    await db
      .selectFrom('property_committee_links')
      .select('user_id')
      .where('district_id', '=', districtId)
      .where('compound_id', '=', f.compoundId ?? '')
      .execute()
  ).map((r) => r.user_id);
}

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
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
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
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 't.district_id').onRef('n.id', '=', 't.node_id'),
    )
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

// ---------- fees ----------

/** Writes ledger rows (a month already there is replaced). */
export async function upsertFees(
  db: Executor,
  rows: {
    district_id: string;
    compound_id: string;
    period: string;
    billed: number;
    paid: number;
    households_billed: number;
    households_paid: number;
    updated_by: string;
  }[],
) {
  if (!rows.length) return;
  await db
    .insertInto('property_fees')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['district_id', 'compound_id', 'period']).doUpdateSet((eb) => ({
        billed: eb.ref('excluded.billed'),
        paid: eb.ref('excluded.paid'),
        households_billed: eb.ref('excluded.households_billed'),
        households_paid: eb.ref('excluded.households_paid'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: sql`now()`,
      })),
    )
    .execute();
}

/** The ledger of compounds in scope under a path for a year, month by month. */
export function feesOf(
  db: Executor,
  s: CompoundScope,
  f: { under?: string; compoundId?: string; year: number },
) {
  let q = db
    .selectFrom('property_fees as fe')
    .innerJoin('property_compounds as c', (j) =>
      j.onRef('c.district_id', '=', 'fe.district_id').onRef('c.id', '=', 'fe.compound_id'),
    )
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
    .select([
      'fe.compound_id',
      'c.name as compound_name',
      'n.name as node_name',
      'fe.period',
      'fe.billed',
      'fe.paid',
      'fe.households_billed',
      'fe.households_paid',
    ])
    .where('fe.period', 'like', `${f.year}-%`)
    .where(compoundVisible(s));
  if (f.under) q = q.where('n.path', 'like', `${f.under}%`);
  if (f.compoundId) q = q.where('c.id', '=', f.compoundId);
  return q.orderBy('c.name').orderBy('fe.period').limit(20000).execute();
}

/** Billed and paid summed over the compounds under a path in a year (the dashboard's rate). */
export async function feeTotals(db: Executor, under: SubtreeRoot, year: number) {
  const r = await db
    .selectFrom('property_fees as fe')
    .where(ofCompoundUnder('fe', under))
    // the year's months (periods are 'YYYY-MM' by the table's check), a range the indexes seek
    .where('fe.period', '>=', `${year}-01`)
    .where('fe.period', '<=', `${year}-12`)
    .select([
      sql<number>`coalesce(sum(fe.billed), 0)::float8`.as('billed'),
      sql<number>`coalesce(sum(least(fe.paid, fe.billed)), 0)::float8`.as('paid'),
    ])
    .executeTakeFirstOrThrow();
  return r;
}

// ---------- meetings and the problem list ----------

/** Records a joint meeting. */
export async function insertMeeting(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    compound_id: string;
    held_on: string;
    attendees: string;
    minutes: string;
    created_by: string;
  },
) {
  await db.insertInto('property_meetings').values(row).execute();
}

/** Meetings of a compound, newest first. */
export function meetingsOf(db: Executor, districtId: string, compoundId: string) {
  return db
    .selectFrom('property_meetings')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('compound_id', '=', compoundId)
    .orderBy('held_on', 'desc')
    .limit(200)
    .execute();
}

export type NewIssue = {
  district_id: string;
  id: string;
  compound_id: string;
  kind: string;
  title: string;
  room: string;
  amount: number | null;
  months: number | null;
  state: string;
  due_on: string | null;
  created_by: string;
};

/** Puts items on a compound's list. */
export async function insertIssues(db: Executor, rows: NewIssue[]) {
  if (rows.length) await db.insertInto('property_issues').values(rows).execute();
}

/** One item, optionally locked. */
export function findIssue(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('property_issues').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type IssueRow = NonNullable<Awaited<ReturnType<typeof findIssue>>>;

/** Items of a compound's list: open first, then by when they were put on it. */
export function issuesOf(db: Executor, districtId: string, compoundId: string) {
  return db
    .selectFrom('property_issues')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('compound_id', '=', compoundId)
    .orderBy(sql`state = 'resolved'`)
    .orderBy('created_at')
    .limit(1000)
    .execute();
}

/** Moves an item to a state, noting the step. */
export async function moveIssue(
  db: Executor,
  i: IssueRow,
  to: string,
  step: { meetingId: string | null; note: string; byUser: string; measure?: string; dueOn?: string | null },
) {
  await db
    .updateTable('property_issues')
    .set({
      state: to,
      state_since: sql`now()`,
      version: sql`version + 1`,
      ...(step.meetingId ? { meeting_id: step.meetingId } : {}),
      ...(step.measure !== undefined ? { measure: step.measure } : {}),
      ...(step.dueOn !== undefined ? { due_on: step.dueOn } : {}),
      ...(to === 'resolved' ? { resolved_at: sql`now()`, resolution: step.note } : { resolved_at: null }),
    })
    .where('district_id', '=', i.district_id)
    .where('id', '=', i.id)
    .execute();
  await db
    .insertInto('property_issue_steps')
    .values({
      district_id: i.district_id,
      issue_id: i.id,
      seq: sql`(SELECT coalesce(max(seq), 0) + 1 FROM property_issue_steps WHERE district_id = ${i.district_id} AND issue_id = ${i.id})`,
      from_state: i.state,
      to_state: to,
      meeting_id: step.meetingId,
      note: step.note,
      by_user: step.byUser,
    })
    .execute();
}

/** The steps of some items, in order. */
export function stepsOf(db: Executor, districtId: string, issueIds: string[]) {
  if (!issueIds.length) return Promise.resolve([]);
  return db
    .selectFrom('property_issue_steps')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('issue_id', 'in', issueIds)
    .orderBy('seq')
    .execute();
}

/** Open items in scope due by a day (to-dos), soonest first; and those waiting for a meeting. */
export function openIssues(
  db: Executor,
  s: CompoundScope,
  f: { dueBy?: string; state?: string; limit: number },
) {
  let q = db
    .selectFrom('property_issues as i')
    .innerJoin('property_compounds as c', (j) =>
      j.onRef('c.district_id', '=', 'i.district_id').onRef('c.id', '=', 'i.compound_id'),
    )
    .select(['i.id', 'i.title', 'i.room', 'i.due_on', 'i.state', 'i.compound_id', 'c.name as compound_name'])
    .where('i.state', '!=', 'resolved')
    .where(compoundVisible(s));
  if (f.dueBy) q = q.where('i.due_on', '<=', f.dueBy);
  if (f.state) q = q.where('i.state', '=', f.state);
  return q.orderBy('i.due_on').limit(f.limit).execute();
}

/** Counts of arrears items under a path by state, and resolved this year. */
export async function arrearsFigures(db: Executor, under: SubtreeRoot, year: number) {
  const from = new Date(`${year}-01-01T00:00:00+08:00`);
  const to = new Date(`${year + 1}-01-01T00:00:00+08:00`);
  return db
    .selectFrom('property_issues as i')
    .where(ofCompoundUnder('i', under))
    .where('i.kind', '=', 'arrears')
    .select([
      sql<number>`count(*) FILTER (WHERE i.state <> 'resolved')::int`.as('open'),
      sql<number>`count(*) FILTER (WHERE i.state = 'resolved' AND i.resolved_at >= ${from} AND i.resolved_at < ${to})::int`.as(
        'resolved',
      ),
    ])
    .executeTakeFirstOrThrow();
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

/** Communities under a path (imports name them). */
export function communitiesUnder(db: Executor, path: string) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path', 'district_id'])
    .where('path', 'like', `${path}%`)
    .where('level', '=', 'community')
    .limit(5000)
    .execute();
}
