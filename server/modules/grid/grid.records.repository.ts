/**
 * SQL of the registers' records 台账: one record, its number and history, pages and exports under a subtree,
 * and when each was last visited.
 */
import { sql } from 'kysely';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

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
