/** SQL of the creation module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** Programmes of some districts with the standard's size and points, by name. */
export function findProgrammes(db: Executor, districtIds: string[]) {
  if (districtIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('creation_programmes as p')
    .selectAll('p')
    .select([
      sql<number>`(SELECT count(*)::int FROM creation_indicators i WHERE i.district_id = p.district_id
        AND i.programme_id = p.id)`.as('indicators'),
      sql<number>`(SELECT coalesce(sum(i.points), 0)::int FROM creation_indicators i
        WHERE i.district_id = p.district_id AND i.programme_id = p.id)`.as('points'),
    ])
    .where('p.district_id', 'in', districtIds)
    .orderBy('p.name')
    .execute();
}

/** One programme (locked when asked). */
export function findProgramme(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('creation_programmes').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type ProgrammeRow = NonNullable<Awaited<ReturnType<typeof findProgramme>>>;

/** Stores a programme. */
export function insertProgramme(db: Executor, row: Insertable<DB['creation_programmes']>) {
  return db.insertInto('creation_programmes').values(row).execute();
}

/** Changes a programme's settings, checking the version. */
export function updateProgramme(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['creation_programmes']>,
) {
  return updateVersioned(db, 'creation_programmes', { districtId, id, version }, set);
}

/** A programme's standard, in order. */
export function findIndicators(db: Executor, districtId: string, programmeId: string) {
  return db
    .selectFrom('creation_indicators')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('programme_id', '=', programmeId)
    .orderBy('sort')
    .execute();
}

/** Stores an indicator of a standard. */
export function insertIndicator(db: Executor, row: Insertable<DB['creation_indicators']>) {
  return db.insertInto('creation_indicators').values(row).execute();
}

/** How many declarations a programme has (its standard is fixed once one exists). */
export async function countDeclarations(db: Executor, districtId: string, programmeId: string) {
  const r = await db
    .selectFrom('creation_declarations')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('district_id', '=', districtId)
    .where('programme_id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Declarations with their node, programme and totals. */
function declarationsWithNode(db: Executor) {
  return db
    .selectFrom('creation_declarations as d')
    .innerJoin('org_nodes as n', nodeJoin('d'))
    .innerJoin('creation_programmes as p', (j) =>
      j.onRef('p.district_id', '=', 'd.district_id').onRef('p.id', '=', 'd.programme_id'),
    )
    .selectAll('d')
    .select([
      'n.name as node_name',
      'n.path',
      'n.level as node_level',
      'p.name as programme_name',
      'p.pass_pct',
      'p.publicity_days',
      'p.renew_years',
      sql<number>`(SELECT coalesce(sum(i.points), 0)::int FROM creation_indicators i
        WHERE i.district_id = d.district_id AND i.programme_id = d.programme_id)`.as('points'),
      sql<number | null>`(SELECT sum(x.self_score)::int FROM creation_items x
        WHERE x.district_id = d.district_id AND x.declaration_id = d.id)`.as('self_total'),
      sql<number | null>`(SELECT sum(x.review_score)::int FROM creation_items x
        WHERE x.district_id = d.district_id AND x.declaration_id = d.id)`.as('review_total'),
      sql<number>`(SELECT count(*)::int FROM creation_items x WHERE x.district_id = d.district_id
        AND x.declaration_id = d.id AND x.review_score IS NULL)`.as('unscored'),
      sql<number>`(SELECT count(*)::int FROM creation_items x WHERE x.district_id = d.district_id
        AND x.declaration_id = d.id AND x.self_score IS NULL)`.as('unassessed'),
    ]);
}

/** Declarations in scope (inScope on d.node_id), optionally of a programme, year, level, state. */
export function findDeclarations(
  db: Executor,
  inScope: Where,
  f: { programmeId?: string; year?: number; level?: string; state?: string } = {},
) {
  let q = declarationsWithNode(db).where(inScope);
  if (f.programmeId) q = q.where('d.programme_id', '=', f.programmeId);
  if (f.year) q = q.where('d.year', '=', f.year);
  if (f.level) q = q.where('d.level', '=', f.level);
  if (f.state) q = q.where('d.state', '=', f.state);
  return q.orderBy('d.year', 'desc').orderBy('d.created_at', 'desc').limit(5000).execute();
}

/** One declaration with its node and programme; locked when asked. */
export function findDeclaration(db: Executor, id: string, lock = false) {
  let q = declarationsWithNode(db).where('d.id', '=', id);
  if (lock) q = q.forUpdate('d');
  return q.executeTakeFirst();
}
export type DeclarationRow = NonNullable<Awaited<ReturnType<typeof findDeclaration>>>;

/** Stores a declaration. */
export function insertDeclaration(db: Executor, row: Insertable<DB['creation_declarations']>) {
  return db.insertInto('creation_declarations').values(row).execute();
}

/** Changes a declaration, checking the version. */
export function updateDeclaration(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['creation_declarations']>,
) {
  return updateVersioned(db, 'creation_declarations', { districtId, id, version }, set);
}

/** The titles and open declarations of a node in a programme (for the ladder). */
export function findNodeDeclarations(db: Executor, districtId: string, programmeId: string, nodeId: string) {
  return db
    .selectFrom('creation_declarations')
    .select(['id', 'level', 'state', 'year', 'expires_on'])
    .where('district_id', '=', districtId)
    .where('programme_id', '=', programmeId)
    .where('node_id', '=', nodeId)
    .execute();
}

/** One empty item per indicator of the standard, for a new declaration. */
export function insertItems(db: Executor, districtId: string, declarationId: string, indicatorIds: string[]) {
  if (indicatorIds.length === 0) return Promise.resolve();
  return db
    .insertInto('creation_items')
    .values(
      indicatorIds.map((i) => ({ district_id: districtId, declaration_id: declarationId, indicator_id: i })),
    )
    .execute();
}

/** A declaration's items with their indicators, in the standard's order. */
export function findItems(db: Executor, districtId: string, declarationId: string) {
  return db
    .selectFrom('creation_items as x')
    .innerJoin('creation_indicators as i', (j) =>
      j.onRef('i.district_id', '=', 'x.district_id').onRef('i.id', '=', 'x.indicator_id'),
    )
    .select([
      'x.indicator_id',
      'i.name',
      'i.points',
      'i.guide',
      'x.self_score',
      'x.evidence',
      'x.review_score',
      'x.review_note',
      'x.reviewer_name',
    ])
    .where('x.district_id', '=', districtId)
    .where('x.declaration_id', '=', declarationId)
    .orderBy('i.sort')
    .execute();
}

/** Saves the self-assessment of one item. */
export function updateSelfItem(
  db: Executor,
  districtId: string,
  declarationId: string,
  indicatorId: string,
  set: { self_score: number | null; evidence: string },
) {
  return db
    .updateTable('creation_items')
    .set(set)
    .where('district_id', '=', districtId)
    .where('declaration_id', '=', declarationId)
    .where('indicator_id', '=', indicatorId)
    .executeTakeFirst();
}

/** Gives the district's score of one item, only when none was given (scores are locked). */
export function scoreItem(
  db: Executor,
  districtId: string,
  declarationId: string,
  indicatorId: string,
  set: { review_score: number; review_note: string; reviewed_by: string; reviewer_name: string },
) {
  return db
    .updateTable('creation_items')
    .set({ ...set, reviewed_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('declaration_id', '=', declarationId)
    .where('indicator_id', '=', indicatorId)
    .where('review_score', 'is', null)
    .executeTakeFirst();
}

/** The next 公示 number of a district and year (gapless: one upsert under the row lock). */
export async function nextPublicityNo(db: Executor, districtId: string, year: number) {
  const r = await db
    .insertInto('creation_publicity_numbers')
    .values({ district_id: districtId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'year']).doUpdateSet({ last: sql`creation_publicity_numbers.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}

/** Declarations waiting in some states under a scope (for the home page). */
export function findWaiting(db: Executor, inScope: Where, states: string[]) {
  return db
    .selectFrom('creation_declarations as d')
    .innerJoin('org_nodes as n', nodeJoin('d'))
    .innerJoin('creation_programmes as p', (j) =>
      j.onRef('p.district_id', '=', 'd.district_id').onRef('p.id', '=', 'd.programme_id'),
    )
    .select([
      'd.id',
      'd.level',
      'd.state',
      'd.node_id',
      'd.created_by',
      'n.name as node_name',
      'p.name as programme_name',
    ])
    .where(inScope)
    .where('d.state', 'in', states)
    .orderBy('d.created_at')
    .limit(200)
    .execute();
}

/** Counts by level and state of declarations of a year under a scope, and standing titles by level. */
export function findFigures(db: Executor, inScope: Where, year: number, today: string) {
  return db
    .selectFrom('creation_declarations as d')
    .innerJoin('org_nodes as n', nodeJoin('d'))
    .select([
      'd.level',
      sql<number>`count(*) FILTER (WHERE d.year = ${year})::int`.as('declared'),
      sql<number>`count(*) FILTER (WHERE d.year = ${year} AND d.state = 'named')::int`.as('named'),
      sql<number>`count(*) FILTER (WHERE d.year = ${year} AND d.state = 'not_named')::int`.as('not_named'),
      sql<number>`count(*) FILTER (WHERE d.state = 'named' AND d.expires_on > ${today}::date)::int`.as(
        'standing',
      ),
    ])
    .where(inScope)
    .groupBy('d.level')
    .execute();
}

/** The 先锋指数 indicators a district set (empty: the defaults apply). */
export function findIndexIndicators(db: Executor, districtId: string) {
  return db
    .selectFrom('creation_index_indicators')
    .selectAll()
    .where('district_id', '=', districtId)
    .orderBy('sort')
    .execute();
}

/** Replaces a district's indicator set (the caller checked no score uses a dropped code). */
export async function replaceIndexIndicators(
  db: Executor,
  districtId: string,
  rows: { code: string; name: string; weight: number }[],
) {
  await db.deleteFrom('creation_index_indicators').where('district_id', '=', districtId).execute();
  if (rows.length)
    await db
      .insertInto('creation_index_indicators')
      .values(rows.map((r, i) => ({ district_id: districtId, sort: i + 1, ...r })))
      .execute();
}

/** Scores of a district's organisations in a year (of some organisations when named). */
export function findIndexScores(db: Executor, districtId: string, year: number, orgIds?: string[]) {
  let q = db
    .selectFrom('creation_index_scores')
    .select(['party_org_id', 'quarter', 'code', 'score'])
    .where('district_id', '=', districtId)
    .where('year', '=', year);
  if (orgIds) {
    if (orgIds.length === 0) return Promise.resolve([]);
    q = q.where('party_org_id', 'in', orgIds);
  }
  return q.execute();
}

/** Stores one organisation's scores of a quarter (a later scoring replaces an earlier one). */
export function upsertIndexScores(db: Executor, rows: Insertable<DB['creation_index_scores']>[]) {
  if (rows.length === 0) return Promise.resolve();
  return db
    .insertInto('creation_index_scores')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['district_id', 'party_org_id', 'year', 'quarter', 'code']).doUpdateSet({
        score: sql`excluded.score`,
        scored_by: sql`excluded.scored_by`,
        scored_at: sql`now()`,
      }),
    )
    .execute();
}

/** The 整改 recorded in a district's year. */
export function findRectifications(db: Executor, districtId: string, year: number) {
  return db
    .selectFrom('creation_rectifications')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('year', '=', year)
    .execute();
}

/** Records a 整改 (once per organisation and quarter; false when one was recorded). */
export async function insertRectification(db: Executor, row: Insertable<DB['creation_rectifications']>) {
  const r = await db
    .insertInto('creation_rectifications')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return (r.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** Titles named 命名 in a year to these nodes, with their programme's name (the port other modules read). */
export function findNamedTitles(db: Executor, districtId: string, nodeIds: readonly string[], year: number) {
  if (nodeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('creation_declarations as d')
    .innerJoin('creation_programmes as p', (j) =>
      j.onRef('p.district_id', '=', 'd.district_id').onRef('p.id', '=', 'd.programme_id'),
    )
    .select(['d.id', 'd.node_id', 'd.level', 'd.named_on', 'd.expires_on', 'p.name as programme'])
    .where('d.district_id', '=', districtId)
    .where('d.node_id', 'in', nodeIds)
    .where('d.state', '=', 'named')
    .where('d.named_on', '>=', `${year}-01-01`)
    .where('d.named_on', '<=', `${year}-12-31`)
    .orderBy('d.named_on')
    .execute();
}
