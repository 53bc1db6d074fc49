/**
 * Portraits 人物画像 and peer reviews.
 * One function per query, named for what it returns; re-exported by assessment.repository.ts.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

type Scope = Expression<SqlBool>;

/** Adds or replaces a reviewer's peer review of a person for a quarter. */
export function upsertPeerReview(
  db: Executor,
  v: {
    district_id: string;
    id: string;
    person_id: string;
    unit_node_id: string;
    quarter: string;
    scores: string;
    created_by: string;
  },
) {
  return db
    .insertInto('assessment_peer_reviews')
    .values(v)
    .onConflict((oc) =>
      oc.columns(['district_id', 'person_id', 'quarter', 'created_by']).doUpdateSet({ scores: v.scores }),
    )
    .execute();
}

/** Peer reviews of some persons. */
export function findPeerReviews(db: Executor, districtId: string, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assessment_peer_reviews')
    .select(['person_id', 'scores'])
    .where('district_id', '=', districtId)
    .where('person_id', 'in', personIds)
    .execute();
}

/** Stores portraits (replacing earlier ones). */
export async function upsertPortraits(
  db: Executor,
  rows: {
    district_id: string;
    person_id: string;
    unit_node_id: string;
    person_name: string;
    scores: number[];
    evidence: number[];
    tags: string[];
  }[],
) {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('assessment_portraits')
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, updated_at: new Date() })))
      .onConflict((oc) =>
        oc.columns(['district_id', 'person_id']).doUpdateSet((eb) => ({
          unit_node_id: eb.ref('excluded.unit_node_id'),
          person_name: eb.ref('excluded.person_name'),
          scores: eb.ref('excluded.scores'),
          evidence: eb.ref('excluded.evidence'),
          tags: eb.ref('excluded.tags'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
}

/** A district's stored portraits in scope. */
export function findPortraits(db: Executor, districtId: string, scope: Scope) {
  return (
    db
      .selectFrom('assessment_portraits')
      // the number arrays travel as plain text: node-pg's generic array parser cost ~30 µs a row
      .select([
        'person_id',
        'unit_node_id',
        'person_name',
        sql<string>`array_to_string(scores, ',')`.as('scores'),
        sql<string>`array_to_string(evidence, ',')`.as('evidence'),
        'tags',
      ])
      .where('district_id', '=', districtId)
      .where(scope)
      .execute()
      .then(withNumberArrays)
  );
}

/** Portrait rows with their scores and evidence read back from the text they travelled as. */
function withNumberArrays<R extends { scores: string; evidence: string }>(
  rows: R[],
): (Omit<R, 'scores' | 'evidence'> & { scores: number[]; evidence: number[] })[] {
  return rows.map((r) => ({
    ...r,
    scores: r.scores.split(',').map(Number),
    evidence: r.evidence.split(',').map(Number),
  }));
}

/**
 * The portraits in scope that best match some traits (by their index in TRAITS), best first: the
 * mean of their scores on those traits, a trait with no evidence counting half (as `suggest` in
 * assessment.portrait.ts), computed in the database so only `limit` rows travel.
 */
export function bestPortraits(
  db: Executor,
  districtId: string,
  scope: Scope,
  traitIndexes: number[],
  limit: number,
) {
  if (traitIndexes.length === 0) return Promise.resolve([]);
  return bestPortraitsQuery(db, districtId, scope, traitIndexes, limit).execute().then(withNumberArrays);
}

/** The statement of bestPortraits (its SQL text has a snapshot test). */
export function bestPortraitsQuery(
  db: Executor,
  districtId: string,
  scope: Scope,
  traitIndexes: number[],
  limit: number,
) {
  // PostgreSQL arrays count from 1; one plain sum per row (a subquery over unnest per row cost
  // ten times as much over 10,000 portraits)
  const traitScore = sql.join(
    traitIndexes.map((i) => {
      const k = sql.lit(Math.trunc(i) + 1);
      return sql`CASE WHEN p.evidence[${k}] > 0 THEN p.scores[${k}] ELSE p.scores[${k}] / 2 END`;
    }),
    sql` + `,
  );
  // the best persons are picked over keys only, then their rows are read: turning every row's
  // arrays into text before the sort cost more than the sort itself
  return db
    .selectFrom('assessment_portraits as o')
    .select([
      'o.person_id',
      'o.unit_node_id',
      'o.person_name',
      sql<string>`array_to_string(o.scores, ',')`.as('scores'),
      sql<string>`array_to_string(o.evidence, ',')`.as('evidence'),
      'o.tags',
    ])
    .where('o.district_id', '=', districtId)
    .where('o.person_id', 'in', (eb) =>
      eb
        .selectFrom('assessment_portraits as p')
        .select('p.person_id')
        .where('p.district_id', '=', districtId)
        .where(scope)
        .orderBy(sql`(${traitScore})`, 'desc')
        .orderBy('p.person_id')
        .limit(limit),
    );
}
