/**
 * All SQL of the grid module, one function per query, named for what it returns. Only grid's own
 * tables are named here; a subtree is matched through the platform's scope helper (nodeInPaths),
 * and names and paths of tree nodes come from org's public functions, never from this file.
 */
import { sql } from 'kysely';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

// ---------------------------------------------------------------- assignments (the directory)

/** Node ids of the grids a user is assigned to on a day (any kind, or some). */
export async function assignedNodeIds(db: Executor, userId: string, day: string, kinds?: string[]) {
  const rows = await db
    .selectFrom('grid_assignments')
    .select('node_id')
    .where('user_id', '=', userId)
    .where('from_day', '<=', day)
    .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', day)]))
    .$if(!!kinds, (q) => q.where('kind', 'in', kinds!))
    .execute();
  return rows.map((r) => r.node_id);
}

/** Patrols by id: their district and who logged them. */
export function patrolOwners(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_patrols')
    .select(['id', 'district_id', 'user_id'])
    .where('id', 'in', ids)
    .execute();
}

const ASSIGNMENT_COLUMNS = ['id', 'user_id', 'user_name', 'node_id', 'kind', 'from_day', 'to_day'] as const;

/** Assignments on the nodes of some subtrees (any period). */
export function assignmentsUnder(db: Executor, paths: string[], limit: number) {
  return db
    .selectFrom('grid_assignments')
    .select(ASSIGNMENT_COLUMNS)
    .where(nodeInPaths('node_id', paths))
    .orderBy('from_day', 'desc')
    .limit(limit)
    .execute();
}

/** A user's assignments that have not ended before a day. */
export function assignmentsOfUser(db: Executor, userId: string, day: string) {
  return db
    .selectFrom('grid_assignments')
    .select(ASSIGNMENT_COLUMNS)
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', day)]))
    .orderBy('from_day')
    .execute();
}

/** Assignments in force on a day on some nodes. */
export function assignmentsOnNodes(db: Executor, nodeIds: string[], day: string) {
  if (!nodeIds.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_assignments')
    .select(ASSIGNMENT_COLUMNS)
    .where('node_id', 'in', nodeIds)
    .where('from_day', '<=', day)
    .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', day)]))
    .execute();
}

/** Assignments of some kinds under a subtree overlapping a period [from, to]. */
export function assignmentsOverlapping(
  db: Executor,
  paths: string[],
  kinds: string[],
  from: string,
  to: string,
) {
  return db
    .selectFrom('grid_assignments')
    .select(ASSIGNMENT_COLUMNS)
    .where(nodeInPaths('node_id', paths))
    .where('kind', 'in', kinds)
    .where('from_day', '<=', to)
    .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', from)]))
    .execute();
}

/** One assignment, locked for an update. */
export function assignmentForUpdate(trx: Executor, id: string) {
  return trx
    .selectFrom('grid_assignments')
    .select(['district_id', 'node_id', 'from_day'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Stores an assignment. */
export async function insertAssignment(
  trx: Executor,
  row: {
    district_id: string;
    id: string;
    user_id: string;
    user_name: string;
    node_id: string;
    kind: string;
    from_day: string;
    to_day: string | null;
  },
) {
  await trx.insertInto('grid_assignments').values(row).execute();
}

/** Ends an assignment on a day. */
export async function endAssignment(trx: Executor, districtId: string, id: string, day: string) {
  await trx
    .updateTable('grid_assignments')
    .set({ to_day: day })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

// ---------------------------------------------------------------- outlines

/** Outlines of some nodes. */
export function outlinesOf(db: Executor, nodeIds: string[]) {
  if (!nodeIds.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_outlines')
    .select(['node_id', 'geojson', 'version'])
    .where('node_id', 'in', nodeIds)
    .execute();
}

/** The version of a node's outline (none: undefined), locked for an update. */
export function outlineVersionForUpdate(trx: Executor, districtId: string, nodeId: string) {
  return trx
    .selectFrom('grid_outlines')
    .select('version')
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .forUpdate()
    .executeTakeFirst();
}

/** Removes a node's outline. */
export async function deleteOutline(trx: Executor, districtId: string, nodeId: string) {
  await trx
    .deleteFrom('grid_outlines')
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .execute();
}

/** Stores a node's outline (insert or replace). */
export async function upsertOutline(
  trx: Executor,
  row: {
    district_id: string;
    node_id: string;
    geojson: string;
    min_lng: number;
    min_lat: number;
    max_lng: number;
    max_lat: number;
    version: number;
    updated_at: Date;
  },
) {
  const { district_id: _d, node_id: _n, ...set } = row;
  await trx
    .insertInto('grid_outlines')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'node_id']).doUpdateSet(set))
    .execute();
}

/** Outlines under a subtree whose bounding box holds a point. */
export function outlinesAround(db: Executor, path: string, lat: number, lng: number) {
  return db
    .selectFrom('grid_outlines')
    .select(['node_id', 'geojson'])
    .where(nodeInPaths('node_id', [path]))
    .where('min_lng', '<=', lng)
    .where('max_lng', '>=', lng)
    .where('min_lat', '<=', lat)
    .where('max_lat', '>=', lat)
    .limit(50)
    .execute();
}

// ---------------------------------------------------------------- register records

const RECORD_COLUMNS = [
  'district_id',
  'id',
  'kind',
  'node_id',
  'label',
  'attrs',
  'visit_category',
  'last_visited_at',
  'version',
  'updated_at',
  'unique_key',
  'id_bidx',
] as const;

/** A register record by id (of one kind, or any), optionally locked. */
export function recordById(exec: Executor, id: string, kind?: string, lock = false) {
  let q = exec
    .selectFrom('grid_records')
    .select(RECORD_COLUMNS)
    .where('id', '=', id)
    .$if(!!kind, (x) => x.where('kind', '=', kind!));
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** A population record's encrypted national ID. */
export async function recordIdEnc(trx: Executor, id: string) {
  return (
    await trx.selectFrom('grid_records').select('id_enc').where('id', '=', id).executeTakeFirstOrThrow()
  ).id_enc;
}

/** The first record clashing with a new one: the same id anywhere, or the same key on the same node. */
export function clashingRecord(
  exec: Executor,
  districtId: string,
  nodeId: string,
  kind: string,
  id: string,
  uniqueKey: string | null,
  idBidx: Buffer | null,
) {
  return exec
    .selectFrom('grid_records')
    .select('id')
    .where('district_id', '=', districtId)
    .where((eb) =>
      eb.or([
        eb('id', '=', id),
        eb.and([
          eb('node_id', '=', nodeId),
          eb.or([
            ...(idBidx ? [eb('id_bidx', '=', idBidx)] : []),
            ...(uniqueKey ? [eb.and([eb('kind', '=', kind), eb('unique_key', '=', uniqueKey)])] : []),
            eb.val(false),
          ]),
        ]),
      ]),
    )
    .executeTakeFirst();
}

/** Another record of a kind holding a unique key on a node. */
export function recordWithKey(
  exec: Executor,
  districtId: string,
  nodeId: string,
  kind: string,
  uniqueKey: string,
  notId: string,
) {
  return exec
    .selectFrom('grid_records')
    .select('id')
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .where('kind', '=', kind)
    .where('unique_key', '=', uniqueKey)
    .where('id', '!=', notId)
    .executeTakeFirst();
}

/** The keys and national-ID indexes among some that records of a kind on a node already hold. */
export function keysTakenAt(
  db: Executor,
  districtId: string,
  nodeId: string,
  kind: string,
  keys: string[],
  bidxs: Buffer[],
) {
  if (!keys.length && !bidxs.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_records')
    .select(['unique_key', 'id_bidx'])
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .where('kind', '=', kind)
    .where((eb) =>
      eb.or([
        ...(keys.length ? [eb('unique_key', '=', eb.fn.any(eb.val(keys)))] : []),
        ...(bidxs.length ? [eb('id_bidx', '=', eb.fn.any(eb.val(bidxs)))] : []),
      ]),
    )
    .execute();
}

/** A record row as stored. */
export interface NewRecord {
  district_id: string;
  id: string;
  kind: string;
  node_id: string;
  label: string;
  attrs: string;
  id_enc: Buffer | null;
  id_bidx: Buffer | null;
  unique_key: string | null;
  visit_category: string;
}

/** Stores records, leaving out any whose id or key on its node is taken; returns the ids stored. */
export async function insertRecordsSkippingTaken(trx: Executor, rows: NewRecord[]): Promise<string[]> {
  if (!rows.length) return [];
  const stored = await trx
    .insertInto('grid_records')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return stored.map((r) => r.id);
}

/** Writes a record's new attributes and bumps its version. */
export async function updateRecord(
  trx: Executor,
  districtId: string,
  id: string,
  set: {
    attrs: string;
    label: string;
    id_enc?: Buffer | null;
    id_bidx?: Buffer | null;
    unique_key: string | null;
    visit_category: string;
    version: number;
  },
) {
  await trx
    .updateTable('grid_records')
    .set({ ...set, updated_at: new Date() })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Moves a record's last visit forward (never back). */
export async function touchLastVisited(trx: Executor, districtId: string, id: string, at: Date) {
  await trx
    .updateTable('grid_records')
    .set({ last_visited_at: sql`greatest(last_visited_at, ${at})` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** A row of a record's history. */
export interface NewHistory {
  district_id: string;
  id: string;
  record_id: string;
  actor_user_id: string | null;
  actor_name: string;
  change: 'create' | 'update' | 'verify' | 'import';
  before: string | null;
  after: string;
  visit_id: string | null;
}

/** Appends rows to records' history. */
export async function insertHistory(trx: Executor, rows: NewHistory[]) {
  if (rows.length) await trx.insertInto('grid_record_history').values(rows).execute();
}

function recordsUnderQuery(db: Executor, districtId: string, kind: string, path: string, q?: string) {
  return db
    .selectFrom('grid_records')
    .where('district_id', '=', districtId)
    .where('kind', '=', kind)
    .where(nodeInPaths('node_id', [path]))
    .$if(!!q, (x) => x.where('label', 'like', `%${q!.replace(/[\\%_]/g, (c) => '\\' + c)}%`));
}

/** How many records of a kind lie under a subtree (matching a label search). */
export async function recordCountUnder(
  db: Executor,
  districtId: string,
  kind: string,
  path: string,
  q?: string,
) {
  const r = await recordsUnderQuery(db, districtId, kind, path, q)
    .select((eb) => eb.fn.countAll<number>().as('c'))
    .executeTakeFirstOrThrow();
  return Number(r.c);
}

/** A page of records of a kind under a subtree, by node then label. */
export function recordPageUnder(
  db: Executor,
  districtId: string,
  kind: string,
  path: string,
  q: string | undefined,
  limit: number,
  offset: number,
) {
  return recordsUnderQuery(db, districtId, kind, path, q)
    .select(RECORD_COLUMNS)
    .orderBy('node_id')
    .orderBy('label')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

/** Records of a kind under a subtree for an export (attributes, node, last visit). */
export function recordsForExport(
  db: Executor,
  districtId: string,
  kind: string,
  path: string,
  limit: number,
) {
  return recordsUnderQuery(db, districtId, kind, path)
    .select(['attrs', 'node_id', 'label', 'last_visited_at'])
    .orderBy('node_id')
    .orderBy('label')
    .limit(limit)
    .execute();
}

/** A record's history, oldest first. */
export function historyOf(db: Executor, districtId: string, recordId: string) {
  return db
    .selectFrom('grid_record_history')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('record_id', '=', recordId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** A record with the day it joined the register and its last visit up to a day. */
export interface RecordDue {
  district_id: string;
  id: string;
  kind: string;
  node_id: string;
  label: string;
  visit_category: string;
  version: number;
  created_day: string;
  last_day: string | null;
}

/** The statement behind recordsWithLastVisit (hand-written: snapshot-tested). */
export function recordsWithLastVisitSql(paths: string[], asOf: string, limit: number) {
  return sql<RecordDue>`SELECT r.district_id, r.id, r.kind, r.node_id, r.label, r.visit_category, r.version,
      to_char((r.created_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS created_day,
      (SELECT to_char(max(v.day), 'YYYY-MM-DD') FROM grid_visits v
        WHERE v.district_id = r.district_id AND v.record_id = r.id AND v.day <= ${asOf}::date) AS last_day
    FROM grid_records r
    WHERE ${nodeInPaths('r.node_id', paths)}
    ORDER BY r.node_id, r.label LIMIT ${limit}`;
}

/** A record with its visits over a period: the last before it and the days within it. */
export interface RecordVisits extends RecordDue {
  last_before: string | null;
  days: string[];
}

/** The statement behind recordsWithVisits (hand-written: snapshot-tested). */
export function recordsWithVisitsSql(paths: string[], from: string, to: string, limit: number) {
  return sql<RecordVisits>`SELECT r.district_id, r.id, r.kind, r.node_id, r.label, r.visit_category, r.version,
      to_char((r.created_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS created_day,
      (SELECT to_char(max(v.day), 'YYYY-MM-DD') FROM grid_visits v
        WHERE v.district_id = r.district_id AND v.record_id = r.id AND v.day <= ${to}::date) AS last_day,
      (SELECT to_char(max(v.day), 'YYYY-MM-DD') FROM grid_visits v
        WHERE v.district_id = r.district_id AND v.record_id = r.id AND v.day < ${from}::date) AS last_before,
      ARRAY(SELECT DISTINCT to_char(v.day, 'YYYY-MM-DD') FROM grid_visits v
        WHERE v.district_id = r.district_id AND v.record_id = r.id
          AND v.day BETWEEN ${from}::date AND ${to}::date ORDER BY 1) AS days
    FROM grid_records r
    WHERE ${nodeInPaths('r.node_id', paths)}
      AND (r.created_at AT TIME ZONE 'Asia/Shanghai')::date <= ${to}::date
    ORDER BY r.node_id, r.label LIMIT ${limit}`;
}

/** Records under some subtrees, added by a period's end, with their visits over the period. */
export async function recordsWithVisits(
  db: Executor,
  paths: string[],
  from: string,
  to: string,
  limit: number,
) {
  if (!paths.length) return [];
  return (await recordsWithVisitsSql(paths, from, to, limit).execute(db)).rows;
}

/** Records under some subtrees with their last visit up to a day. */
export async function recordsWithLastVisit(db: Executor, paths: string[], asOf: string, limit: number) {
  if (!paths.length) return [];
  return (await recordsWithLastVisitSql(paths, asOf, limit).execute(db)).rows;
}

// ---------------------------------------------------------------- numbers

/** The next number of a kind for a district's day (the counter row stays locked until commit). */
export async function nextNumber(trx: Executor, districtId: string, kind: 'visit' | 'patrol', day: string) {
  const r = await trx
    .insertInto('grid_numbers')
    .values({ district_id: districtId, kind, day, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'kind', 'day']).doUpdateSet({ last: sql<number>`grid_numbers.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}

// ---------------------------------------------------------------- visit rules and visits

/** Every visit rule of a district. */
export function visitRulesOf(db: Executor, districtId: string) {
  return db
    .selectFrom('grid_visit_rules')
    .select(['id', 'node_id', 'category', 'interval_days'])
    .where('district_id', '=', districtId)
    .execute();
}

/** Sets a node's cycle for a category (insert or replace); returns the rule's id. */
export async function upsertVisitRule(
  trx: Executor,
  row: { district_id: string; id: string; node_id: string; category: string; interval_days: number },
) {
  return (
    await trx
      .insertInto('grid_visit_rules')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['district_id', 'node_id', 'category']).doUpdateSet({ interval_days: row.interval_days }),
      )
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

/** Who recorded a visit with this id (none: undefined). */
export function visitOwner(exec: Executor, id: string) {
  return exec.selectFrom('grid_visits').select('user_id').where('id', '=', id).executeTakeFirst();
}

/** Stores a visit. */
export async function insertVisit(
  trx: Executor,
  row: {
    district_id: string;
    id: string;
    record_id: string;
    node_id: string;
    user_id: string;
    user_name: string;
    as_cadre: boolean;
    visited_at: Date;
    day: string;
    number: string;
    lat: number | null;
    lng: number | null;
    result: string;
    note: string;
    verified_count: number;
    changed_count: number;
  },
) {
  await trx.insertInto('grid_visits').values(row).execute();
}

/** Visits made by a user on a day. */
export function visitsOfUserOn(db: Executor, userId: string, day: string) {
  return db
    .selectFrom('grid_visits')
    .select(['id', 'number', 'record_id', 'visited_at'])
    .where('user_id', '=', userId)
    .where('day', '=', day)
    .execute();
}

/** Ids of the latest visits under a subtree within a period. */
export async function visitIdsUnder(
  db: Executor,
  districtId: string,
  path: string,
  from: string | undefined,
  to: string | undefined,
  limit: number,
) {
  const rows = await db
    .selectFrom('grid_visits')
    .select('id')
    .where('district_id', '=', districtId)
    .where(nodeInPaths('node_id', [path]))
    .$if(!!from, (x) => x.where('day', '>=', from!))
    .$if(!!to, (x) => x.where('day', '<=', to!))
    .orderBy('visited_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Visits by id with their record's label and kind, latest first. */
export function visitsByIds(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_visits as v')
    .innerJoin('grid_records as r', (j) =>
      j.onRef('r.district_id', '=', 'v.district_id').onRef('r.id', '=', 'v.record_id'),
    )
    .select([
      'v.id',
      'v.number',
      'v.record_id',
      'r.label',
      'r.kind',
      'v.node_id',
      'v.user_id',
      'v.user_name',
      'v.as_cadre',
      'v.visited_at',
      'v.lat',
      'v.lng',
      'v.result',
      'v.note',
      'v.verified_count',
      'v.changed_count',
    ])
    .where('v.id', 'in', ids)
    .orderBy('v.visited_at', 'desc')
    .execute();
}

/** Per user: visits as a cadre and records verified under a subtree within a period. */
export function cadreVisitCounts(db: Executor, userIds: string[], path: string, from: string, to: string) {
  if (!userIds.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_visits')
    .select([
      'user_id',
      (eb) => eb.fn.countAll<number>().as('c'),
      (eb) => eb.fn.sum<number>('verified_count').as('verified'),
    ])
    .where('as_cadre', '=', true)
    .where('user_id', 'in', userIds)
    .where(nodeInPaths('node_id', [path]))
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('user_id')
    .execute();
}

// ---------------------------------------------------------------- patrols

/** Stores a patrol. */
export async function insertPatrol(
  trx: Executor,
  row: {
    district_id: string;
    id: string;
    node_id: string;
    user_id: string;
    user_name: string;
    started_at: Date;
    ended_at: Date;
    track: string;
    note: string;
    number: string;
    as_head: boolean;
    week: string;
  },
) {
  await trx.insertInto('grid_patrols').values(row).execute();
}

/** A finding of a patrol as stored. */
export interface NewFinding {
  district_id: string;
  id: string;
  patrol_id: string;
  node_id: string;
  standard_id: string;
  note: string;
  event_id: string | null;
  rectified_at: Date | null;
  lat: number | null;
  lng: number | null;
}

/** Stores a patrol's findings. */
export async function insertFindings(trx: Executor, rows: NewFinding[]) {
  if (rows.length) await trx.insertInto('grid_patrol_findings').values(rows).execute();
}

/** Findings of some patrols with their standards, in the order found. */
export function findingsOfPatrols(db: Executor, patrolIds: string[]) {
  if (!patrolIds.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_patrol_findings as f')
    .innerJoin('grid_civ_standards as s', (j) =>
      j.onRef('s.district_id', '=', 'f.district_id').onRef('s.id', '=', 'f.standard_id'),
    )
    .select([
      'f.id',
      'f.patrol_id',
      'f.node_id',
      'f.standard_id',
      's.code',
      's.text',
      's.project_name',
      's.category',
      'f.note',
      'f.event_id',
      'f.rectified_at',
      'f.lat',
      'f.lng',
    ])
    .where('f.patrol_id', 'in', patrolIds)
    .orderBy('f.id')
    .execute();
}

/** The latest day each of some grids was walked by a user as its head. */
export function lastHeadPatrolDays(db: Executor, userId: string, nodeIds: string[]) {
  if (!nodeIds.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_patrols')
    .select([
      'node_id',
      sql<string>`to_char(max((started_at AT TIME ZONE 'Asia/Shanghai')::date), 'YYYY-MM-DD')`.as('last_day'),
    ])
    .where('user_id', '=', userId)
    .where('as_head', '=', true)
    .where('node_id', 'in', nodeIds)
    .groupBy('node_id')
    .execute();
}

/** The weeks (Mondays) each head walked each grid under a subtree within [fromWeek, toWeek]. */
export function headWeeksUnder(
  db: Executor,
  districtId: string,
  path: string,
  fromWeek: string,
  toWeek: string,
) {
  return db
    .selectFrom('grid_patrols')
    .select(['user_id', 'node_id', sql<string>`to_char(week, 'YYYY-MM-DD')`.as('week')])
    .distinct()
    .where('district_id', '=', districtId)
    .where('as_head', '=', true)
    .where(nodeInPaths('node_id', [path]))
    .where('week', '>=', fromWeek)
    .where('week', '<=', toWeek)
    .execute();
}

// ---------------------------------------------------------------- civilisation standards

const STANDARD_COLUMNS = [
  'id',
  'project_code',
  'project_name',
  'item_code',
  'item_name',
  'code',
  'text',
  'category',
  'active',
  'sort',
] as const;

/** A district's standards (active ones, or all), in their order. */
export function standardsOf(db: Executor, districtId: string, activeOnly: boolean) {
  return db
    .selectFrom('grid_civ_standards')
    .select(STANDARD_COLUMNS)
    .where('district_id', '=', districtId)
    .$if(activeOnly, (q) => q.where('active', '=', true))
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

/** Standards of a district by id. */
export function standardsByIds(db: Executor, districtId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_civ_standards')
    .select(STANDARD_COLUMNS)
    .where('district_id', '=', districtId)
    .where('id', 'in', ids)
    .execute();
}

/** A standard row as stored. */
export interface NewStandard {
  district_id: string;
  id: string;
  project_code: string;
  project_name: string;
  item_code: string;
  item_name: string;
  code: string;
  text: string;
  category: string | null;
  sort: number;
}

/** Stores standards by code: new codes added, known codes rewritten and made active again. */
export async function upsertStandards(trx: Executor, rows: NewStandard[]) {
  if (!rows.length) return;
  await trx
    .insertInto('grid_civ_standards')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['district_id', 'code']).doUpdateSet((eb) => ({
        project_code: eb.ref('excluded.project_code'),
        project_name: eb.ref('excluded.project_name'),
        item_code: eb.ref('excluded.item_code'),
        item_name: eb.ref('excluded.item_name'),
        text: eb.ref('excluded.text'),
        category: eb.ref('excluded.category'),
        sort: eb.ref('excluded.sort'),
        active: true,
        updated_at: new Date(),
      })),
    )
    .execute();
}

/** Retires a district's standards whose codes are not among those given (kept for history). */
export async function retireStandardsExcept(trx: Executor, districtId: string, codes: string[]) {
  await trx
    .updateTable('grid_civ_standards')
    .set({ active: false, updated_at: new Date() })
    .where('district_id', '=', districtId)
    .where('active', '=', true)
    .$if(codes.length > 0, (q) => q.where('code', 'not in', codes))
    .execute();
}

/** Tags an event to a standard (replacing an earlier tag). */
export async function upsertEventTag(
  trx: Executor,
  row: { district_id: string; event_id: string; standard_id: string; node_id: string; tagged_by: string },
) {
  await trx
    .insertInto('grid_event_standards')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['district_id', 'event_id']).doUpdateSet({
        standard_id: row.standard_id,
        tagged_by: row.tagged_by,
        tagged_at: new Date(),
      }),
    )
    .execute();
}

/**
 * The standard an event is tagged to: its own tag, else the patrol finding it was raised from
 * (undefined when neither).
 */
export async function standardOfEvent(db: Executor, districtId: string, eventId: string) {
  const tag = await db
    .selectFrom('grid_event_standards')
    .select(['standard_id', 'tagged_at'])
    .where('district_id', '=', districtId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  if (tag) return { standardId: tag.standard_id, source: 'tag' as const };
  const finding = await db
    .selectFrom('grid_patrol_findings')
    .select('standard_id')
    .where('district_id', '=', districtId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return finding ? { standardId: finding.standard_id, source: 'finding' as const } : undefined;
}

/** Findings under a subtree not put right on the spot: their standard and event. */
export function unrectifiedFindingsUnder(db: Executor, districtId: string, path: string) {
  return db
    .selectFrom('grid_patrol_findings')
    .select(['id', 'standard_id', 'event_id'])
    .where('district_id', '=', districtId)
    .where('rectified_at', 'is', null)
    .where(nodeInPaths('node_id', [path]))
    .execute();
}

/** Events under a subtree tagged to a standard. */
export function eventTagsUnder(db: Executor, districtId: string, path: string) {
  return db
    .selectFrom('grid_event_standards')
    .select(['event_id', 'standard_id'])
    .where('district_id', '=', districtId)
    .where(nodeInPaths('node_id', [path]))
    .execute();
}

/** Ids of the latest patrols under a subtree started within [from, to). */
export async function patrolIdsUnder(
  db: Executor,
  districtId: string,
  path: string,
  from: Date | undefined,
  to: Date | undefined,
  limit: number,
) {
  const rows = await db
    .selectFrom('grid_patrols')
    .select('id')
    .where('district_id', '=', districtId)
    .where(nodeInPaths('node_id', [path]))
    .$if(!!from, (x) => x.where('started_at', '>=', from!))
    .$if(!!to, (x) => x.where('started_at', '<', to!))
    .orderBy('started_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Patrols by id, latest first. */
export function patrolsByIds(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_patrols')
    .select(['id', 'number', 'node_id', 'user_id', 'user_name', 'as_head', 'started_at', 'ended_at', 'note'])
    .where('id', 'in', ids)
    .orderBy('started_at', 'desc')
    .execute();
}

// ---------------------------------------------------------------- imports

/** Stores a previewed import. */
export async function insertImport(
  trx: Executor,
  row: {
    district_id: string;
    id: string;
    kind: string;
    node_id: string;
    user_id: string;
    total: number;
    valid: number;
    errors: string;
    headers: string;
    mapping: string;
  },
) {
  await trx
    .insertInto('grid_imports')
    .values({ ...row, rows: '[]' })
    .execute();
}

/** Stages an import's valid rows. */
export async function insertImportRows(
  trx: Executor,
  rows: { district_id: string; import_id: string; seq: number; row_no: number; data: string }[],
) {
  if (rows.length) await trx.insertInto('grid_import_rows').values(rows).execute();
}

const IMPORT_COLUMNS = [
  'district_id',
  'id',
  'kind',
  'node_id',
  'user_id',
  'total',
  'valid',
  'errors',
  'status',
  'done',
  'imported',
  'failed',
  'headers',
  'mapping',
  'committed_at',
] as const;

/** A user's import of a kind (optionally locked for a step of its commit). */
export function importOf(exec: Executor, id: string, kind: string, userId: string, lock = false) {
  let q = exec
    .selectFrom('grid_imports')
    .select(IMPORT_COLUMNS)
    .where('id', '=', id)
    .where('kind', '=', kind)
    .where('user_id', '=', userId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Staged rows of an import after a position, in file order. */
export function importRowsAfter(
  exec: Executor,
  districtId: string,
  importId: string,
  seq: number,
  limit: number,
) {
  return exec
    .selectFrom('grid_import_rows')
    .select(['seq', 'row_no', 'data'])
    .where('district_id', '=', districtId)
    .where('import_id', '=', importId)
    .where('seq', '>', seq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** Records how far an import's commit has come. */
export async function setImportProgress(
  trx: Executor,
  districtId: string,
  id: string,
  set: { status: string; done: number; imported: number; failed: string; committed_at?: Date },
) {
  await trx
    .updateTable('grid_imports')
    .set(set)
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Drops an import's staged rows once committed. */
export async function deleteImportRows(trx: Executor, districtId: string, importId: string) {
  await trx
    .deleteFrom('grid_import_rows')
    .where('district_id', '=', districtId)
    .where('import_id', '=', importId)
    .execute();
}

/** The column mapping a district keeps for a register (normalised header → key), if any. */
export async function importMappingOf(db: Executor, districtId: string, kind: string) {
  const r = await db
    .selectFrom('grid_import_mappings')
    .select('mapping')
    .where('district_id', '=', districtId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return (r?.mapping ?? {}) as Record<string, string>;
}

/** Keeps a district's column mapping for a register. */
export async function upsertImportMapping(trx: Executor, districtId: string, kind: string, mapping: string) {
  await trx
    .insertInto('grid_import_mappings')
    .values({ district_id: districtId, kind, mapping })
    .onConflict((oc) => oc.columns(['district_id', 'kind']).doUpdateSet({ mapping, updated_at: new Date() }))
    .execute();
}

// ---------------------------------------------------------------- the home page

/** How many records under some subtrees were never visited (nobody has checked them on the spot). */
export async function unvisitedRecordCount(db: Executor, paths: string[]) {
  if (!paths.length) return 0;
  const r = await db
    .selectFrom('grid_records')
    .select((eb) => eb.fn.countAll<number>().as('c'))
    .where('last_visited_at', 'is', null)
    .where(nodeInPaths('node_id', paths))
    .executeTakeFirstOrThrow();
  return Number(r.c);
}

/** A user's imports previewed (or cut short) and not yet committed, since a time. */
export function openImportsOf(db: Executor, userId: string, since: Date) {
  return db
    .selectFrom('grid_imports')
    .select(['id', 'kind', 'total', 'valid', 'status', 'created_at'])
    .where('user_id', '=', userId)
    .where('status', '!=', 'committed')
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Housing records under a subtree, and how many of them were visited within a period. */
export async function housingCounts(
  db: Executor,
  districtId: string,
  path: string,
  from: string,
  to: string,
) {
  const r = await db
    .selectFrom('grid_records as r')
    .select([
      (eb) => eb.fn.countAll<number>().as('registered'),
      (eb) =>
        eb.fn
          .count<number>('r.id')
          .filterWhere((w) =>
            w.exists(
              w
                .selectFrom('grid_visits as v')
                .select('v.id')
                .whereRef('v.district_id', '=', 'r.district_id')
                .whereRef('v.record_id', '=', 'r.id')
                .where('v.day', '>=', from)
                .where('v.day', '<=', to),
            ),
          )
          .as('visited'),
    ])
    .where('r.district_id', '=', districtId)
    .where('r.kind', '=', 'housing')
    .where(nodeInPaths('r.node_id', [path]))
    .executeTakeFirstOrThrow();
  return { registered: Number(r.registered), visited: Number(r.visited) };
}

/** Housing records under subtrees, counted per node path they sit on (summed per grid by the caller). */
export async function housingByPath(db: Executor, districtId: string, paths: string[]) {
  if (!paths.length) return [];
  const rows = await db
    .selectFrom('grid_records as r')
    .innerJoin('org_nodes as n', 'n.id', 'r.node_id')
    .select(['n.path', (eb) => eb.fn.countAll<number>().as('n')])
    .where('r.district_id', '=', districtId)
    .where('r.kind', '=', 'housing')
    .where(nodeInPaths('r.node_id', paths))
    .groupBy('n.path')
    .execute();
  return rows.map((r) => ({ path: r.path, count: Number(r.n) }));
}

// ---------------------------------------------------------------- offline replay

/** Whether a user has already used an Idempotency-Key (its stored claim). */
export function idempotencyClaimOf(db: Executor, userId: string, key: string) {
  return db
    .selectFrom('platform_idempotency')
    .select('status')
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}
