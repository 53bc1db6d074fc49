/** SQL of the jobs module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** Stores a station unless its community already has one of that name (any case): true when stored. */
export async function insertStation(db: Executor, row: Insertable<DB['jobs_stations']>) {
  const r = await db
    .insertInto('jobs_stations')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

function stationsWithNode(db: Executor) {
  return db
    .selectFrom('jobs_stations as s')
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

/** Stations in scope. */
export function findStations(db: Executor, inScope: Where) {
  return stationsWithNode(db).where(inScope).orderBy('n.path').orderBy('s.name').limit(5000).execute();
}

/** Stations a user is staff of. */
export function findStationsOfStaff(db: Executor, userId: string) {
  return stationsWithNode(db)
    .where(sql<boolean>`${userId}::uuid = ANY(s.staff_user_ids)`)
    .execute();
}

export function updateStation(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['jobs_stations']>,
) {
  return updateVersioned(db, 'jobs_stations', { districtId, id, version }, set);
}

export function insertFair(db: Executor, row: Insertable<DB['jobs_fairs']>) {
  return db.insertInto('jobs_fairs').values(row).execute();
}

/** Fairs in scope with their station and the count of their stalls. */
export function findFairs(db: Executor, inScope: Where) {
  return db
    .selectFrom('jobs_fairs as f')
    .innerJoin('jobs_stations as s', (j) =>
      j.onRef('s.district_id', '=', 'f.district_id').onRef('s.id', '=', 'f.station_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('f'))
    .selectAll('f')
    .select([
      's.name as station_name',
      'n.path',
      sql<number>`(SELECT count(*)::int FROM jobs_postings p WHERE p.district_id = f.district_id AND p.fair_id = f.id)`.as(
        'stalls',
      ),
    ])
    .where(inScope)
    .orderBy('f.day', 'desc')
    .limit(1000)
    .execute();
}

export function findFair(db: Executor, id: string) {
  return db.selectFrom('jobs_fairs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertPosting(db: Executor, row: Insertable<DB['jobs_postings']>) {
  return db.insertInto('jobs_postings').values(row).execute();
}

const hiredCount = sql<number>`(SELECT count(*)::int FROM jobs_recommendations r
  WHERE r.district_id = p.district_id AND r.posting_id = p.id AND r.state = 'hired')`;

function postingsWithStation(db: Executor) {
  return db
    .selectFrom('jobs_postings as p')
    .innerJoin('jobs_stations as s', (j) =>
      j.onRef('s.district_id', '=', 'p.district_id').onRef('s.id', '=', 'p.station_id'),
    )
    .leftJoin('jobs_fairs as f', (j) =>
      j.onRef('f.district_id', '=', 'p.district_id').onRef('f.id', '=', 'p.fair_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .selectAll('p')
    .select([
      's.name as station_name',
      'f.name as fair_name',
      'n.name as node_name',
      'n.path',
      hiredCount.as('hired'),
      sql<string>`p.closes_on::text`.as('closes_day'),
    ]);
}

/** A posting with its station, fair and community; locked when asked. */
export function findPosting(db: Executor, id: string, lock = false) {
  let q = postingsWithStation(db).where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
export type PostingRow = NonNullable<Awaited<ReturnType<typeof findPosting>>>;

/** Postings in scope (or one owner's), newest closing first. */
export function findPostings(
  db: Executor,
  q: {
    inScope?: Where;
    owner?: string;
    stationId?: string;
    fairId?: string;
    openOn?: string;
    closingBy?: string;
    limit?: number;
  },
) {
  let s = postingsWithStation(db)
    .orderBy('p.closes_on', 'desc')
    .orderBy('p.id')
    .limit(q.limit ?? 2000);
  if (q.inScope) s = s.where(q.inScope);
  if (q.owner) s = s.where('p.owner_user_id', '=', q.owner);
  if (q.stationId) s = s.where('p.station_id', '=', q.stationId);
  if (q.fairId) s = s.where('p.fair_id', '=', q.fairId);
  if (q.openOn) s = s.where('p.closed', '=', false).where('p.closes_on', '>=', q.openOn as never);
  if (q.closingBy) s = s.where('p.closes_on', '<=', q.closingBy as never);
  return s.execute();
}

export function updatePosting(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['jobs_postings']>,
) {
  return updateVersioned(db, 'jobs_postings', { districtId, id, version }, set);
}

/** Each posting's station, employer and title in scope: what an import skips as there already. */
export function findPostingKeys(db: Executor, inScope: Where) {
  return db
    .selectFrom('jobs_postings as p')
    .select(['p.station_id', 'p.employer', 'p.title', sql<string>`p.closes_on::text`.as('closes_day')])
    .where(inScope)
    .execute();
}

export function insertTicket(db: Executor, row: Insertable<DB['jobs_tickets']>) {
  return db.insertInto('jobs_tickets').values(row).execute();
}

function ticketsWithStation(db: Executor) {
  return db
    .selectFrom('jobs_tickets as t')
    .innerJoin('jobs_stations as s', (j) =>
      j.onRef('s.district_id', '=', 't.district_id').onRef('s.id', '=', 't.station_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .selectAll('t')
    .select(['s.name as station_name', 'n.name as node_name', 'n.path']);
}

/** A ticket with its station and community; locked when asked. */
export function findTicket(db: Executor, id: string, lock = false) {
  let q = ticketsWithStation(db).where('t.id', '=', id);
  if (lock) q = q.forUpdate('t');
  return q.executeTakeFirst();
}
export type TicketRow = NonNullable<Awaited<ReturnType<typeof findTicket>>>;

/** Tickets in scope (or one requester's), newest first. */
export function findTickets(
  db: Executor,
  q: {
    inScope?: Where;
    requester?: string;
    states?: string[];
    stationId?: string;
    from?: Date;
    to?: Date;
    limit?: number;
  },
) {
  let s = ticketsWithStation(db)
    .orderBy('t.created_at', 'desc')
    .limit(q.limit ?? 2000);
  if (q.inScope) s = s.where(q.inScope);
  if (q.requester) s = s.where('t.requester_user_id', '=', q.requester);
  if (q.states) s = s.where('t.state', 'in', q.states);
  if (q.stationId) s = s.where('t.station_id', '=', q.stationId);
  if (q.from) s = s.where('t.created_at', '>=', q.from);
  if (q.to) s = s.where('t.created_at', '<', q.to);
  return s.execute();
}

export function updateTicket(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['jobs_tickets']>,
) {
  return updateVersioned(db, 'jobs_tickets', { districtId, id, version }, set);
}

/** Stores a recommendation unless the posting was recommended on the ticket already: true when stored. */
export async function insertRecommendation(db: Executor, row: Insertable<DB['jobs_recommendations']>) {
  const r = await db
    .insertInto('jobs_recommendations')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** The recommendations on some tickets, with their postings. */
export function findRecommendations(db: Executor, ticketIds: string[], lockId?: string) {
  if (ticketIds.length === 0 && !lockId) return Promise.resolve([]);
  let q = db
    .selectFrom('jobs_recommendations as r')
    .innerJoin('jobs_postings as p', (j) =>
      j.onRef('p.district_id', '=', 'r.district_id').onRef('p.id', '=', 'r.posting_id'),
    )
    .selectAll('r')
    .select([
      'p.employer',
      'p.title',
      'p.kind',
      'p.hours',
      'p.pay_min_fen',
      'p.pay_max_fen',
      'p.place',
      'p.owner_user_id',
      sql<string>`p.closes_on::text`.as('closes_day'),
      sql<string | null>`r.interview_on::text`.as('interview_day'),
    ])
    .orderBy('r.created_at');
  q = lockId ? q.where('r.id', '=', lockId).forUpdate('r') : q.where('r.ticket_id', 'in', ticketIds);
  return q.execute();
}
export type RecRow = Awaited<ReturnType<typeof findRecommendations>>[number];

export function updateRecommendation(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['jobs_recommendations']>,
) {
  return updateVersioned(db, 'jobs_recommendations', { districtId, id, version }, set);
}

/** The dashboard figures under a subtree in a period (open postings on a day). */
export async function figures(
  db: Executor,
  inScope: (col: string) => Where,
  from: Date,
  to: Date,
  day: string,
) {
  const tk = await db
    .selectFrom('jobs_tickets as t')
    .select([
      sql<number>`count(*)::int`.as('needs'),
      sql<number>`count(*) FILTER (WHERE t.state = 'employed')::int`.as('employed'),
      sql<number>`count(t.rating)::int`.as('rated'),
      sql<number | null>`avg(t.rating)::float8`.as('rating'),
    ])
    .where(inScope('t.node_id'))
    .where('t.created_at', '>=', from)
    .where('t.created_at', '<', to)
    .executeTakeFirstOrThrow();
  const po = await db
    .selectFrom('jobs_postings as p')
    .select(sql<number>`count(*)::int`.as('open'))
    .where(inScope('p.node_id'))
    .where('p.closed', '=', false)
    .where('p.closes_on', '>=', day as never)
    .where(sql<boolean>`${hiredCount} < p.headcount`)
    .executeTakeFirstOrThrow();
  return { ...tk, openPostings: po.open };
}

/** The stations in scope, for an import's 服务站 column. */
export function findStationNames(db: Executor, inScope: Where) {
  return db
    .selectFrom('jobs_stations as s')
    .innerJoin('org_nodes as n', nodeJoin('s'))
    .select(['s.id', 's.district_id', 's.node_id', 's.name', 's.active', 'n.path'])
    .where(inScope)
    .execute();
}
