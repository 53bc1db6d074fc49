/** SQL of the compacts module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** Every row (the daily notices, which run for all districts). */
export const everywhere: Where = sql<SqlBool>`true`;

/** A contract's community or its unit lies under one of the paths. */
export function eitherSide(paths: string[]): Where {
  return sql<SqlBool>`(${nodeInPaths('c.node_id', paths)} OR ${nodeInPaths('c.unit_id', paths)})`;
}

/** The units 驻区单位 (department nodes) of districts, by name. */
export function findUnits(db: Executor, districtIds: string[]) {
  if (districtIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('district_id', 'in', districtIds)
    .where('level', '=', 'department')
    .orderBy('sort')
    .orderBy('name')
    .execute();
}

/** The next gapless contract number of a district's year (call inside the transaction). */
export async function nextNumber(db: Executor, districtId: string, year: number) {
  const r = await db
    .insertInto('compacts_numbers')
    .values({ district_id: districtId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'year']).doUpdateSet({ last: sql`compacts_numbers.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}

/** Contracts with their community's and unit's names and paths, and the counts of their lists. */
function contractsWithNames(db: Executor, today: string) {
  const count = (kind: string, extra = sql``) =>
    sql<number>`(SELECT count(*)::int FROM compacts_items i WHERE i.district_id = c.district_id
      AND i.contract_id = c.id AND i.kind = ${kind} ${extra})`;
  return db
    .selectFrom('compacts_contracts as c')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
    .innerJoin('org_nodes as u', (j) =>
      j.onRef('u.district_id', '=', 'c.district_id').onRef('u.id', '=', 'c.unit_id'),
    )
    .selectAll('c')
    .select([
      'n.name as node_name',
      'n.path',
      'u.name as unit_name',
      'u.path as unit_path',
      count('resource').as('resources'),
      count('need').as('needs'),
      count('project').as('projects'),
      count('project', sql`AND i.state = 'done'`).as('projects_done'),
      count('project', sql`AND i.state = 'open' AND i.due_on < ${today}::date`).as('projects_overdue'),
    ]);
}

/** Contracts in scope whose term touches [from, to) when given, by community then number. */
export function findContracts(
  db: Executor,
  inScope: Where,
  today: string,
  f: { from?: string; to?: string } = {},
) {
  let q = contractsWithNames(db, today).where(inScope);
  if (f.to) q = q.where('c.starts_on', '<', f.to);
  if (f.from) q = q.where('c.ends_on', '>=', f.from);
  return q.orderBy('n.path').orderBy('c.year', 'desc').orderBy('c.seq').limit(5000).execute();
}

/** One contract with names and paths; locked when asked. */
export function findContract(db: Executor, id: string, today: string, lock = false) {
  let q = contractsWithNames(db, today).where('c.id', '=', id);
  if (lock) q = q.forUpdate('c');
  return q.executeTakeFirst();
}
export type ContractRow = NonNullable<Awaited<ReturnType<typeof findContract>>>;

/** Stores a contract. */
export function insertContract(db: Executor, row: Insertable<DB['compacts_contracts']>) {
  return db.insertInto('compacts_contracts').values(row).execute();
}

/** Changes a contract, checking the version. */
export function updateContract(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['compacts_contracts']>,
) {
  return updateVersioned(db, 'compacts_contracts', { districtId, id, version }, set);
}

/** Stores items of contracts' lists. */
export async function insertItems(db: Executor, rows: Insertable<DB['compacts_items']>[]) {
  if (rows.length) await db.insertInto('compacts_items').values(rows).execute();
}

/** A contract's items with the month of the round table that resolved them, in list order. */
export function findItems(db: Executor, districtId: string, contractIds: string[]) {
  if (contractIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('compacts_items as i')
    .leftJoin('compacts_meetings as m', (j) =>
      j.onRef('m.district_id', '=', 'i.district_id').onRef('m.id', '=', 'i.meeting_id'),
    )
    .selectAll('i')
    .select('m.month as meeting_month')
    .where('i.district_id', '=', districtId)
    .where('i.contract_id', 'in', contractIds)
    .orderBy('i.kind')
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute();
}
export type ItemRow = Awaited<ReturnType<typeof findItems>>[number];

/** One item with its contract's sides' paths; locked when asked. */
export function findItem(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('compacts_items as i')
    .innerJoin('compacts_contracts as c', (j) =>
      j.onRef('c.district_id', '=', 'i.district_id').onRef('c.id', '=', 'i.contract_id'),
    )
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
    .innerJoin('org_nodes as u', (j) =>
      j.onRef('u.district_id', '=', 'c.district_id').onRef('u.id', '=', 'c.unit_id'),
    )
    .selectAll('i')
    .select(['n.path', 'u.path as unit_path', 'c.title', 'c.state as contract_state'])
    .where('i.id', '=', id);
  if (lock) q = q.forUpdate('i');
  return q.executeTakeFirst();
}

/** Changes an item, checking the version. */
export function updateItem(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['compacts_items']>,
) {
  return updateVersioned(db, 'compacts_items', { districtId, id, version }, set);
}

/** The attendance of contracts at held round tables, oldest first. */
export function findAttendance(db: Executor, districtId: string, contractIds: string[]) {
  if (contractIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('compacts_attendance as a')
    .innerJoin('compacts_meetings as m', (j) =>
      j.onRef('m.district_id', '=', 'a.district_id').onRef('m.id', '=', 'a.meeting_id'),
    )
    .select(['a.contract_id', 'a.meeting_id', 'a.present', 'm.month', 'm.held_on'])
    .where('a.district_id', '=', districtId)
    .where('a.contract_id', 'in', contractIds)
    .where('m.state', '=', 'held')
    .orderBy('m.month')
    .execute();
}

/** Round tables with their community, the units present and expected, and the resolutions. */
function meetingsWithNames(db: Executor) {
  return db
    .selectFrom('compacts_meetings as m')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'm.district_id').onRef('n.id', '=', 'm.node_id'),
    )
    .selectAll('m')
    .select([
      'n.name as node_name',
      'n.path',
      sql<number>`(SELECT count(*)::int FROM compacts_attendance a WHERE a.district_id = m.district_id
        AND a.meeting_id = m.id AND a.present)`.as('present'),
      sql<number>`(SELECT count(*)::int FROM compacts_attendance a WHERE a.district_id = m.district_id
        AND a.meeting_id = m.id)`.as('expected'),
      sql<number>`(SELECT count(*)::int FROM compacts_items i WHERE i.district_id = m.district_id
        AND i.meeting_id = m.id)`.as('resolutions'),
    ]);
}

/** Round tables of communities in scope (inScope on m.node_id), of months in [from, to], newest first. */
export function findMeetings(db: Executor, inScope: Where, f: { from?: string; to?: string } = {}) {
  let q = meetingsWithNames(db).where(inScope);
  if (f.from) q = q.where('m.month', '>=', f.from);
  if (f.to) q = q.where('m.month', '<=', f.to);
  return q.orderBy('m.month', 'desc').orderBy('n.path').limit(5000).execute();
}

/** One round table; locked when asked. */
export function findMeeting(db: Executor, id: string, lock = false) {
  let q = meetingsWithNames(db).where('m.id', '=', id);
  if (lock) q = q.forUpdate('m');
  return q.executeTakeFirst();
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

/** Stores a round table; false when the community already has one for the month. */
export async function insertMeeting(db: Executor, row: Insertable<DB['compacts_meetings']>) {
  const r = await db
    .insertInto('compacts_meetings')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'node_id', 'month']).doNothing())
    .returning('id')
    .execute();
  return r.length > 0;
}

/** Changes a round table, checking the version. */
export function updateMeeting(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['compacts_meetings']>,
) {
  return updateVersioned(db, 'compacts_meetings', { districtId, id, version }, set);
}

/** Records who attended a round table. */
export async function insertAttendance(db: Executor, rows: Insertable<DB['compacts_attendance']>[]) {
  if (rows.length) await db.insertInto('compacts_attendance').values(rows).execute();
}

/** The signed contracts of a community whose term touches a month (the round table's parties). */
export function findParties(db: Executor, districtId: string, nodeId: string, month: string, today: string) {
  return contractsWithNames(db, today)
    .where('c.district_id', '=', districtId)
    .where('c.node_id', '=', nodeId)
    .where('c.state', '=', 'signed')
    .where(
      sql<SqlBool>`to_char(c.starts_on, 'YYYY-MM') <= ${month} AND to_char(c.ends_on, 'YYYY-MM') >= ${month}`,
    )
    .orderBy('c.year')
    .orderBy('c.seq')
    .execute();
}

/** The contracts attending a round table (for its minutes once held). */
export function findMeetingAttendance(db: Executor, districtId: string, meetingId: string) {
  return db
    .selectFrom('compacts_attendance')
    .select(['contract_id', 'present'])
    .where('district_id', '=', districtId)
    .where('meeting_id', '=', meetingId)
    .execute();
}

/** The project items a round table resolved, with the unit they name. */
export function findResolutions(db: Executor, districtId: string, meetingId: string) {
  return db
    .selectFrom('compacts_items as i')
    .innerJoin('compacts_contracts as c', (j) =>
      j.onRef('c.district_id', '=', 'i.district_id').onRef('c.id', '=', 'i.contract_id'),
    )
    .innerJoin('org_nodes as u', (j) =>
      j.onRef('u.district_id', '=', 'c.district_id').onRef('u.id', '=', 'c.unit_id'),
    )
    .selectAll('i')
    .select(['u.name as unit_name', sql<string | null>`null`.as('meeting_month')])
    .where('i.district_id', '=', districtId)
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute();
}

/** Open projects past their due day on contracts in scope (inScope on c), oldest due first. */
export function findOverdueProjects(db: Executor, inScope: Where, day: string) {
  return db
    .selectFrom('compacts_items as i')
    .innerJoin('compacts_contracts as c', (j) =>
      j.onRef('c.district_id', '=', 'i.district_id').onRef('c.id', '=', 'i.contract_id'),
    )
    .innerJoin('org_nodes as u', (j) =>
      j.onRef('u.district_id', '=', 'c.district_id').onRef('u.id', '=', 'c.unit_id'),
    )
    .select([
      'i.id',
      'i.district_id',
      'i.content',
      'i.due_on',
      'i.owner',
      'c.id as contract_id',
      'c.node_id',
      'u.name as unit_name',
    ])
    .where(inScope)
    .where('i.kind', '=', 'project')
    .where('i.state', '=', 'open')
    .where('i.due_on', '<', day)
    .orderBy('i.due_on')
    .limit(2000)
    .execute();
}

/** Drafts waiting for the unit's signature on units in scope (inScope on c.unit_id). */
export function findDrafts(db: Executor, inScope: Where) {
  return db
    .selectFrom('compacts_contracts as c')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
    .select(['c.id', 'c.title', 'c.year', 'c.seq', 'n.name as node_name'])
    .where(inScope)
    .where('c.state', '=', 'draft')
    .orderBy('c.created_at')
    .limit(500)
    .execute();
}

/** The contents already on a contract's resource list (an import skips them). */
export async function findResourceContents(db: Executor, districtId: string, contractId: string) {
  const rows = await db
    .selectFrom('compacts_items')
    .select('content')
    .where('district_id', '=', districtId)
    .where('contract_id', '=', contractId)
    .where('kind', '=', 'resource')
    .execute();
  return rows.map((r) => r.content);
}
