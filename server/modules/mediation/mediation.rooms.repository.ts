/** SQL of mediation rooms 调解室, their mediators, and the district's steps. */
import { sql } from 'kysely';
import { nodeInPaths, nodeJoin } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

// ---------- rooms ----------

/** Rooms with their node's path and name. */
const roomSelect = (db: Executor) =>
  db
    .selectFrom('mediation_rooms as r')
    .innerJoin('org_nodes as n', nodeJoin('r'))
    .select([
      'r.district_id',
      'r.id',
      'r.node_id',
      'r.name',
      'r.kind',
      'r.address',
      'r.version',
      'n.path',
      'n.name as node_name',
    ]);

/** Rooms on nodes under some roots (or the rooms a mediator sits in). */
export function listRooms(db: Executor, paths: string[], userId?: string) {
  return roomSelect(db)
    .where((eb) =>
      userId
        ? eb.or([
            nodeInPaths('r.node_id', paths),
            eb(
              'r.id',
              'in',
              eb.selectFrom('mediation_mediators as m').select('m.room_id').where('m.user_id', '=', userId),
            ),
          ])
        : nodeInPaths('r.node_id', paths),
    )
    .orderBy('n.path')
    .orderBy('r.name')
    .limit(2000)
    .execute();
}

/**
 * Rooms of some districts on the nodes above some paths (a street's or the district's room serves
 * the communities under it): what an importer on a community may name besides its own rooms.
 */
export function listRoomsAbove(db: Executor, paths: string[], districtIds: string[]) {
  if (!paths.length || !districtIds.length) return Promise.resolve([]);
  return roomSelect(db)
    .where('r.district_id', 'in', districtIds)
    .where((eb) => eb.or(paths.map((p) => sql<boolean>`${p} LIKE n.path || '%'`)))
    .orderBy('n.path')
    .orderBy('r.name')
    .limit(2000)
    .execute();
}

/** One room with its node's path. */
export function findRoom(db: Executor, id: string) {
  return roomSelect(db).where('r.id', '=', id).executeTakeFirst();
}
export type RoomRow = NonNullable<Awaited<ReturnType<typeof findRoom>>>;

/** Sets up a room; false when the name is taken on the node. */
export async function insertRoom(
  db: Executor,
  row: { district_id: string; id: string; node_id: string; name: string; kind: string; address: string },
) {
  const r = await db
    .insertInto('mediation_rooms')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'node_id', 'name']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows) === 1;
}

/** Mediators of some rooms. */
export function mediatorsOf(db: Executor, roomIds: string[]) {
  if (!roomIds.length) return Promise.resolve([]);
  return db
    .selectFrom('mediation_mediators')
    .selectAll()
    .where('room_id', 'in', roomIds)
    .orderBy('name')
    .execute();
}

/**
 * Per room, in one grouped statement: the cases received in a period, and those concluded in it as
 * settled (the dashboard's definitions); each found by its date index in the rooms' districts.
 */
export function roomCaseCounts(
  db: Executor,
  rooms: { district_id: string; id: string }[],
  from: Date,
  to: Date,
) {
  if (!rooms.length) return Promise.resolve([]);
  const districts = [...new Set(rooms.map((r) => r.district_id))];
  return db
    .selectFrom('mediation_cases as c')
    .where('c.district_id', 'in', districts)
    .where(
      'c.room_id',
      'in',
      rooms.map((r) => r.id),
    )
    .where((eb) =>
      eb.or([
        eb.and([eb('c.received_at', '>=', from), eb('c.received_at', '<', to)]),
        eb.and([eb('c.concluded_at', '>=', from), eb('c.concluded_at', '<', to)]),
      ]),
    )
    .select([
      'c.room_id',
      sql<number>`count(*) FILTER (WHERE c.received_at >= ${from} AND c.received_at < ${to})::int`.as(
        'received',
      ),
      sql<number>`count(*) FILTER (WHERE c.result = 'settled' AND c.concluded_at >= ${from} AND c.concluded_at < ${to})::int`.as(
        'settled',
      ),
    ])
    .groupBy('c.room_id')
    .execute();
}

/** The names of nodes by id (the names along a room's path). */
export function nodeNames(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('org_nodes').select(['id', 'name']).where('id', 'in', ids).execute();
}

/** Seats a mediator in a room (idempotent). */
export async function insertMediator(
  db: Executor,
  row: { district_id: string; room_id: string; user_id: string; name: string },
) {
  await db
    .insertInto('mediation_mediators')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Whether a user sits in a room. */
export async function sitsIn(db: Executor, roomId: string, userId: string) {
  return !!(await db
    .selectFrom('mediation_mediators')
    .select('user_id')
    .where('room_id', '=', roomId)
    .where('user_id', '=', userId)
    .executeTakeFirst());
}

// ---------- steps ----------

/** The district's steps, in order. */
export function stepsOf(db: Executor, districtId: string) {
  return db
    .selectFrom('mediation_steps')
    .select(['code', 'name', 'hint'])
    .where('district_id', '=', districtId)
    .orderBy('sort')
    .execute();
}

/** Replaces the district's steps. */
export async function replaceSteps(
  db: Executor,
  districtId: string,
  steps: { code: string; name: string; hint: string }[],
) {
  await db.deleteFrom('mediation_steps').where('district_id', '=', districtId).execute();
  await db
    .insertInto('mediation_steps')
    .values(steps.map((s, i) => ({ district_id: districtId, ...s, sort: i })))
    .execute();
}
