/** SQL of the eldercare module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;
/**
 * Stores a station unless its community already has one of that name (any case; the unique index
 * eldercare_stations_name, waiting for a writer adding the same name meanwhile): true when stored.
 */
export async function insertStation(db: Executor, row: Insertable<DB['eldercare_stations']>) {
  const r = await db
    .insertInto('eldercare_stations')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Stations with their community's name and path. */
function stationsWithNode(db: Executor) {
  return db
    .selectFrom('eldercare_stations as s')
    .innerJoin('org_nodes as n', nodeJoin('s'))
    .selectAll('s')
    .select(['n.name as node_name', 'n.path']);
}

/** A station with its community; locked when asked. */
export function findStation(db: Executor, id: string, lock = false) {
  let q = stationsWithNode(db).where('s.id', '=', id);
  if (lock) q = q.forUpdate('s');
  return q.executeTakeFirst();
}
export type StationRow = NonNullable<Awaited<ReturnType<typeof findStation>>>;

/** Stations in scope with counts of their tickets in a period. */
export function findStations(db: Executor, inScope: Where, from: Date, to: Date) {
  return stationsWithNode(db)
    .select([
      sql<number>`(SELECT count(*)::int FROM eldercare_tickets t WHERE t.district_id = s.district_id AND t.station_id = s.id
        AND t.created_at >= ${from} AND t.created_at < ${to})`.as('tickets'),
    ])
    .where(inScope)
    .orderBy('n.path')
    .orderBy('s.name')
    .limit(5000)
    .execute();
}

/** Changes a station, checking the version. */
export function updateStation(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['eldercare_stations']>,
) {
  return updateVersioned(db, 'eldercare_stations', { districtId, id, version }, set);
}

/** Stores a ticket. */
export function insertTicket(db: Executor, row: Insertable<DB['eldercare_tickets']>) {
  return db.insertInto('eldercare_tickets').values(row).execute();
}

const TICKET_COLUMNS = [
  't.district_id',
  't.id',
  't.number',
  't.station_id',
  't.node_id',
  't.service',
  't.description',
  't.requester_user_id',
  't.requester_name',
  't.phone_mask',
  't.state',
  't.assignee_name',
  't.assignee_user_id',
  't.assigned_at',
  't.done_at',
  't.done_note',
  't.rating',
  't.rating_comment',
  't.rated_at',
  't.created_at',
  't.version',
] as const;

/** Tickets with their station and community. */
function ticketsWithStation(db: Executor) {
  return db
    .selectFrom('eldercare_tickets as t')
    .innerJoin('eldercare_stations as s', (j) =>
      j.onRef('s.district_id', '=', 't.district_id').onRef('s.id', '=', 't.station_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select([
      ...TICKET_COLUMNS,
      's.name as station_name',
      's.kind as station_kind',
      'n.name as node_name',
      'n.path',
    ]);
}

/** A ticket with its station and community; locked when asked. */
export function findTicket(db: Executor, id: string, lock = false) {
  let q = ticketsWithStation(db).where('t.id', '=', id);
  if (lock) q = q.forUpdate('t');
  return q.executeTakeFirst();
}
export type TicketRow = NonNullable<Awaited<ReturnType<typeof findTicket>>>;

/** Tickets in scope (or one requester's), newest first, optionally of some states and a period. */
export function findTickets(
  db: Executor,
  q: {
    inScope?: Where;
    requester?: string;
    assignee?: string;
    states?: string[];
    from?: Date;
    to?: Date;
    stationId?: string;
    limit?: number;
  },
) {
  let s = ticketsWithStation(db)
    .orderBy('t.created_at', 'desc')
    .limit(q.limit ?? 2000);
  if (q.inScope) s = s.where(q.inScope);
  if (q.requester) s = s.where('t.requester_user_id', '=', q.requester);
  if (q.assignee) s = s.where('t.assignee_user_id', '=', q.assignee);
  if (q.states) s = s.where('t.state', 'in', q.states);
  if (q.from) s = s.where('t.created_at', '>=', q.from);
  if (q.to) s = s.where('t.created_at', '<', q.to);
  if (q.stationId) s = s.where('t.station_id', '=', q.stationId);
  return s.execute();
}

/** Writes a ticket's move, checking the version. */
export function updateTicket(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['eldercare_tickets']>,
) {
  return updateVersioned(db, 'eldercare_tickets', { districtId, id, version }, set);
}

/** The dashboard figures under a subtree in a period. */
export async function figures(db: Executor, inScope: (col: string) => Where, from: Date, to: Date) {
  const st = await db
    .selectFrom('eldercare_stations as s')
    .select([
      sql<number>`count(*) FILTER (WHERE s.kind IN ('elderly', 'integrated'))::int`.as('elderly'),
      sql<number>`count(*) FILTER (WHERE s.kind IN ('infant', 'integrated'))::int`.as('infant'),
    ])
    .where(inScope('s.node_id'))
    .where('s.active', '=', true)
    .executeTakeFirstOrThrow();
  const tk = await db
    .selectFrom('eldercare_tickets as t')
    .select([
      sql<number>`count(*)::int`.as('tickets'),
      sql<number>`count(*) FILTER (WHERE t.state <> 'cancelled')::int`.as('live'),
      sql<number>`count(*) FILTER (WHERE t.state IN ('done', 'rated'))::int`.as('done'),
      sql<number>`count(*) FILTER (WHERE t.rating IS NOT NULL)::int`.as('rated'),
      sql<number>`count(*) FILTER (WHERE t.rating >= 4)::int`.as('good'),
    ])
    .where(inScope('t.node_id'))
    .where('t.created_at', '>=', from)
    .where('t.created_at', '<', to)
    .executeTakeFirstOrThrow();
  return { elderlyStations: st.elderly, infantStations: st.infant, ...tk };
}

/** The communities in scope (where a station may be set up), with their paths, for an import's 社区 column. */
export function findCommunities(db: Executor, inScope: Where) {
  return db
    .selectFrom('org_nodes as n')
    .select(['n.id', 'n.district_id', 'n.name', 'n.path'])
    .where('n.level', '=', 'community')
    .where(inScope)
    .execute();
}

/** The names of nodes by id (the ancestors named in a 社区 path). */
export function findNodeNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('org_nodes').select(['id', 'name']).where('id', 'in', ids).execute();
}

/** Each station in scope's community and name: what an import skips as there already. */
export function findStationNames(db: Executor, inScope: Where) {
  return db.selectFrom('eldercare_stations as s').select(['s.node_id', 's.name']).where(inScope).execute();
}
