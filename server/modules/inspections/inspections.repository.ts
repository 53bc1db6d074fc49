/** SQL of the inspections module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** A district's problem categories, when it has set them. */
export function findSettings(db: Executor, districtId: string) {
  return db
    .selectFrom('inspections_settings')
    .select('categories')
    .where('district_id', '=', districtId)
    .executeTakeFirst();
}

/** Stores a district's problem categories. */
export function upsertSettings(db: Executor, districtId: string, categories: string[]) {
  return db
    .insertInto('inspections_settings')
    .values({ district_id: districtId, categories })
    .onConflict((oc) => oc.column('district_id').doUpdateSet({ categories, updated_at: sql`now()` }))
    .execute();
}

/** Stores a round (nothing when the year already has that number). */
export function insertRound(db: Executor, row: Insertable<DB['inspections_rounds']>) {
  return db
    .insertInto('inspections_rounds')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'year', 'number']).doNothing())
    .executeTakeFirst();
}

/** Stores a unit of a round. */
export function insertUnit(db: Executor, row: Insertable<DB['inspections_units']>) {
  return db.insertInto('inspections_units').values(row).execute();
}

/** One round with its district's path. */
export function findRound(db: Executor, id: string) {
  return db
    .selectFrom('inspections_rounds as r')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'r.district_id').onRef('n.id', '=', 'r.node_id'),
    )
    .selectAll('r')
    .select(['n.path', 'n.name as node_name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

/** Rounds whose district node is in scope, or that inspect a unit in scope, of a year. */
export function findRounds(db: Executor, q: { roundsInScope: Where; unitsInScope: Where; year?: number }) {
  let s = db
    .selectFrom('inspections_rounds as r')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'r.district_id').onRef('n.id', '=', 'r.node_id'),
    )
    .selectAll('r')
    .select(['n.path', 'n.name as node_name'])
    .where((eb) =>
      eb.or([
        q.roundsInScope,
        eb.exists(
          eb
            .selectFrom('inspections_units as u')
            .select('u.id')
            .whereRef('u.district_id', '=', 'r.district_id')
            .whereRef('u.round_id', '=', 'r.id')
            .where(q.unitsInScope),
        ),
      ]),
    )
    .orderBy('r.year', 'desc')
    .orderBy('r.number', 'desc')
    .limit(500);
  if (q.year) s = s.where('r.year', '=', q.year);
  return s.execute();
}

/** The units of rounds (those in scope), with their problems counted (overdue as of today). */
export function findUnits(db: Executor, roundIds: string[], inScope: Where, today: string) {
  if (!roundIds.length) return Promise.resolve([]);
  return db
    .selectFrom('inspections_units as u')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'u.district_id').onRef('n.id', '=', 'u.node_id'),
    )
    .selectAll('u')
    .select(['n.name as node_name', 'n.path'])
    .select((eb) => [
      eb
        .selectFrom('inspections_findings as f')
        .select(sql<number>`count(*)::int`.as('c'))
        .whereRef('f.district_id', '=', 'u.district_id')
        .whereRef('f.unit_id', '=', 'u.id')
        .as('findings'),
      eb
        .selectFrom('inspections_findings as f')
        .select(sql<number>`count(*)::int`.as('c'))
        .whereRef('f.district_id', '=', 'u.district_id')
        .whereRef('f.unit_id', '=', 'u.id')
        .where('f.state', '=', 'rectified')
        .as('rectified'),
      eb
        .selectFrom('inspections_findings as f')
        .select(sql<number>`count(*)::int`.as('c'))
        .whereRef('f.district_id', '=', 'u.district_id')
        .whereRef('f.unit_id', '=', 'u.id')
        .where('f.state', 'not in', ['recorded', 'rectified'])
        .where('f.deadline', '<', today)
        .as('overdue'),
    ])
    .where('u.round_id', 'in', roundIds)
    .where(inScope)
    .orderBy('u.created_at')
    .execute();
}

/** One unit of a round with its node, round and district; locked when asked. */
export function findUnit(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('inspections_units as u')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'u.district_id').onRef('n.id', '=', 'u.node_id'),
    )
    .innerJoin('inspections_rounds as r', (j) =>
      j.onRef('r.district_id', '=', 'u.district_id').onRef('r.id', '=', 'u.round_id'),
    )
    .innerJoin('org_nodes as d', (j) =>
      j.onRef('d.district_id', '=', 'r.district_id').onRef('d.id', '=', 'r.node_id'),
    )
    .selectAll('u')
    .select([
      'n.name as node_name',
      'n.path',
      'd.path as round_path',
      'd.name as district_name',
      'r.year',
      'r.number',
      'r.kind',
      'r.topic',
      'r.period_start',
      'r.period_end',
      'r.groups',
    ])
    .where('u.id', '=', id);
  if (lock) q = q.forUpdate('u');
  return q.executeTakeFirst();
}
export type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

/** The units of one round (for the import: names to ids). */
export function findRoundUnits(db: Executor, districtId: string, roundId: string) {
  return db
    .selectFrom('inspections_units as u')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'u.district_id').onRef('n.id', '=', 'u.node_id'),
    )
    .select(['u.id', 'u.node_id', 'u.feedback_no', 'n.name'])
    .where('u.district_id', '=', districtId)
    .where('u.round_id', '=', roundId)
    .execute();
}

/** Writes a unit's feedback letter, checking the version. */
export function updateUnit(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['inspections_units']>,
) {
  return updateVersioned(db, 'inspections_units', { districtId, id, version }, set);
}

/** The next feedback letter's number in a district's year (serialised by a transaction lock). */
export async function nextFeedbackSeq(db: Executor, districtId: string, year: number) {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`inspections.feedback:${districtId}:${year}`}, 0))`.execute(
    db,
  );
  const r = await db
    .selectFrom('inspections_units as u')
    .innerJoin('inspections_rounds as r', (j) =>
      j.onRef('r.district_id', '=', 'u.district_id').onRef('r.id', '=', 'u.round_id'),
    )
    .select(sql<number>`coalesce(max(u.feedback_seq), 0)::int + 1`.as('next'))
    .where('u.district_id', '=', districtId)
    .where('r.year', '=', year)
    .executeTakeFirstOrThrow();
  return r.next;
}

/** The next number of a problem in a unit's letter (the unit row is locked by the caller). */
export async function nextFindingSeq(db: Executor, districtId: string, unitId: string) {
  const r = await db
    .selectFrom('inspections_findings')
    .select(sql<number>`coalesce(max(seq), 0)::int + 1`.as('next'))
    .where('district_id', '=', districtId)
    .where('unit_id', '=', unitId)
    .executeTakeFirstOrThrow();
  return r.next;
}

/** Stores a problem. */
export function insertFinding(db: Executor, row: Insertable<DB['inspections_findings']>) {
  return db.insertInto('inspections_findings').values(row).execute();
}

const findingBase = (db: Executor) =>
  db
    .selectFrom('inspections_findings as f')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'f.district_id').onRef('n.id', '=', 'f.node_id'),
    )
    .innerJoin('inspections_rounds as r', (j) =>
      j.onRef('r.district_id', '=', 'f.district_id').onRef('r.id', '=', 'f.round_id'),
    )
    .selectAll('f')
    .select(['n.name as node_name', 'n.path', 'r.year', 'r.number']);

/** A problem with its unit's node and round; locked when asked. */
export function findFinding(db: Executor, id: string, lock = false) {
  let q = findingBase(db).where('f.id', '=', id);
  if (lock) q = q.forUpdate('f');
  return q.executeTakeFirst();
}
export type FindingRow = NonNullable<Awaited<ReturnType<typeof findFinding>>>;

/** Problems visible (visible: a scope condition that hides the unissued from the units), filtered. */
export function findFindings(
  db: Executor,
  q: {
    visible: Where;
    roundId?: string;
    unitId?: string;
    year?: number;
    states?: string[];
    overdueOn?: string;
    dueBy?: string;
    limit?: number;
  },
) {
  let s = findingBase(db)
    .where(q.visible)
    .orderBy('r.year', 'desc')
    .orderBy('r.number', 'desc')
    .orderBy('n.name')
    .orderBy('f.seq')
    .limit(q.limit ?? 5000);
  if (q.roundId) s = s.where('f.round_id', '=', q.roundId);
  if (q.unitId) s = s.where('f.unit_id', '=', q.unitId);
  if (q.year) s = s.where('r.year', '=', q.year);
  if (q.states) s = s.where('f.state', 'in', q.states);
  if (q.overdueOn)
    s = s.where('f.state', 'not in', ['recorded', 'rectified']).where('f.deadline', '<', q.overdueOn);
  if (q.dueBy) s = s.where('f.state', 'not in', ['recorded', 'rectified']).where('f.deadline', '<=', q.dueBy);
  return s.execute();
}

/** The problems of a unit's letter, in order. */
export function findUnitFindings(db: Executor, districtId: string, unitId: string) {
  return findingBase(db)
    .where('f.district_id', '=', districtId)
    .where('f.unit_id', '=', unitId)
    .orderBy('f.seq')
    .execute();
}

/** Writes a problem's move, checking the version. */
export function updateFinding(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['inspections_findings']>,
) {
  return updateVersioned(db, 'inspections_findings', { districtId, id, version }, set);
}

/** Moves a unit's recorded problems to awaiting a plan (the letter is issued); answers their ids. */
export async function issueUnitFindings(db: Executor, districtId: string, unitId: string) {
  const rows = await db
    .updateTable('inspections_findings')
    .set({ state: 'awaiting_plan', version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('unit_id', '=', unitId)
    .where('state', '=', 'recorded')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Stores a step of a problem's history. */
export function insertSteps(db: Executor, rows: Insertable<DB['inspections_steps']>[]) {
  if (!rows.length) return Promise.resolve();
  return db.insertInto('inspections_steps').values(rows).execute();
}

/** A problem's history, oldest first. */
export function findSteps(db: Executor, districtId: string, findingId: string) {
  return db
    .selectFrom('inspections_steps')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('finding_id', '=', findingId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** The problems of a year's rounds under a subtree: state, deadline and day rectified (for the figures). */
export function findFigureRows(db: Executor, inScope: Where, year: number) {
  return db
    .selectFrom('inspections_findings as f')
    .innerJoin('inspections_rounds as r', (j) =>
      j.onRef('r.district_id', '=', 'f.district_id').onRef('r.id', '=', 'f.round_id'),
    )
    .select(['f.state', 'f.deadline', 'f.rectified_on'])
    .where(inScope)
    .where('r.year', '=', year)
    .execute();
}

/**
 * Which problems an actor sees: all under the subtrees it manages (inspection side), and under the
 * subtrees it reads only those whose feedback letter has been issued (the inspected units).
 */
export function findingVisible(column: string, stateColumn: string, manage: string[], read: string[]): Where {
  return sql<SqlBool>`(${nodeInPaths(column, manage)} OR (${nodeInPaths(column, read)} AND ${sql.ref(stateColumn)} <> 'recorded'))`;
}
