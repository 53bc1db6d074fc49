/** SQL of the venues module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { likeEscape } from '../../platform/db/like.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
import { BOOKED_STATES, type State } from './venues.rules.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** Venues with their node's name and path. */
function venuesWithNode(db: Executor) {
  return db
    .selectFrom('venues_venues as v')
    .innerJoin('org_nodes as n', nodeJoin('v'))
    .selectAll('v')
    .select(['n.name as node_name', 'n.path', 'n.level as node_level']);
}
export type VenueRow = Awaited<ReturnType<typeof findVenue>> & {};

/** The venues of the given districts (and, with under, of those subtrees), filtered; at most 2,000. */
export function findVenues(
  db: Executor,
  q: { districtIds: string[]; under?: string[]; level?: string; search?: string; withLeft?: boolean },
) {
  if (q.districtIds.length === 0) return Promise.resolve([]);
  let s = venuesWithNode(db).where('v.district_id', 'in', q.districtIds);
  if (q.under)
    s = q.under.length
      ? s.where((eb) => eb.or(q.under!.map((p) => eb('n.path', 'like', likeEscape(p) + '%'))))
      : s.where(sql<SqlBool>`false`);
  if (q.level) s = s.where('v.level', '=', q.level);
  if (!q.withLeft) s = s.where('v.left_on', 'is', null);
  if (q.search) {
    const p = likeEscape(q.search.toLowerCase()) + '%';
    const any = '%' + likeEscape(q.search) + '%';
    s = s.where((eb) =>
      eb.or([eb('v.name_initials', 'like', p), eb('v.name_pinyin', 'like', p), eb('v.name', 'like', any)]),
    );
  }
  return s
    .orderBy(sql`array_position(ARRAY['district','street','community','member'], v.level)`)
    .orderBy('n.path')
    .orderBy('v.name')
    .limit(2_000)
    .execute();
}

/** One venue with its node; locked when asked. */
export function findVenue(db: Executor, id: string, lock = false) {
  let q = venuesWithNode(db).where('v.id', '=', id);
  if (lock) q = q.forUpdate('v');
  return q.executeTakeFirst();
}

/** Adds a venue. */
export function insertVenue(db: Executor, row: Insertable<DB['venues_venues']>) {
  return db.insertInto('venues_venues').values(row).execute();
}

/** Changes a venue when its version still matches. */
export function updateVenue(
  db: Executor,
  key: { districtId: string; id: string; version: number },
  set: Updateable<DB['venues_venues']>,
) {
  return updateVersioned(db, 'venues_venues', key, set);
}

/** The rooms of venues, by name. */
export function findRooms(db: Executor, districtId: string, venueIds: string[]) {
  if (venueIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('venues_rooms')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('venue_id', 'in', venueIds)
    .orderBy('name')
    .execute();
}

/** One room. */
export function findRoom(db: Executor, districtId: string, id: string) {
  return db
    .selectFrom('venues_rooms')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Adds rooms. */
export function insertRooms(db: Executor, rows: Insertable<DB['venues_rooms']>[]) {
  if (rows.length === 0) return Promise.resolve();
  return db.insertInto('venues_rooms').values(rows).execute();
}

/** Changes a room. */
export function updateRoom(
  db: Executor,
  districtId: string,
  id: string,
  set: Updateable<DB['venues_rooms']>,
) {
  return db
    .updateTable('venues_rooms')
    .set(set)
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A booking's columns with its slot's ends, its room's and venue's names. */
function bookingsWithNames(db: Executor) {
  return db
    .selectFrom('venues_bookings as b')
    .innerJoin('venues_rooms as r', (j) =>
      j.onRef('r.district_id', '=', 'b.district_id').onRef('r.id', '=', 'b.room_id'),
    )
    .innerJoin('venues_venues as v', (j) =>
      j.onRef('v.district_id', '=', 'b.district_id').onRef('v.id', '=', 'b.venue_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('v'))
    .select([
      'b.district_id',
      'b.id',
      'b.venue_id',
      'b.room_id',
      'b.user_id',
      'b.booker',
      'b.org_name',
      'b.title',
      'b.expected',
      'b.state',
      'b.note',
      'b.checked_in_at',
      'b.attendance',
      'b.summary',
      'b.version',
      'b.created_at',
      sql<Date>`lower(b.slot)`.as('starts_at'),
      sql<Date>`upper(b.slot)`.as('ends_at'),
      'r.name as room_name',
      'v.name as venue_name',
      'v.node_id',
      'v.door_code',
      'n.path',
    ]);
}
export type BookingRow = Awaited<ReturnType<typeof findBooking>> & {};

/** One booking; locked when asked. */
export function findBooking(db: Executor, id: string, lock = false) {
  let q = bookingsWithNames(db).where('b.id', '=', id);
  if (lock) q = q.forUpdate('b');
  return q.executeTakeFirst();
}

/** A venue's bookings overlapping [from, to) (not the refused or cancelled), by start. */
export function findVenueBookings(db: Executor, districtId: string, venueId: string, from: Date, to: Date) {
  return bookingsWithNames(db)
    .where('b.district_id', '=', districtId)
    .where('b.venue_id', '=', venueId)
    .where(sql<SqlBool>`b.slot && tstzrange(${from}::timestamptz, ${to}::timestamptz)`)
    .where('b.state', 'not in', ['rejected', 'cancelled'])
    .orderBy(sql`lower(b.slot)`)
    .limit(2_000)
    .execute();
}

/** An account's bookings ending after `after`, by start (and the last year's when after is null). */
export function findUserBookings(db: Executor, userId: string, after: Date) {
  return bookingsWithNames(db)
    .where('b.user_id', '=', userId)
    .where(sql<SqlBool>`upper(b.slot) > ${after}`)
    .orderBy(sql`lower(b.slot)`)
    .limit(500)
    .execute();
}

/** Bookings waiting for approval at venues whose node is in scope (inScope on v.node_id). */
export function findPending(db: Executor, inScope: Where, now: Date) {
  return bookingsWithNames(db)
    .where('b.state', '=', 'pending')
    .where(sql<SqlBool>`upper(b.slot) > ${now}`)
    .where(inScope)
    .orderBy(sql`lower(b.slot)`)
    .limit(500)
    .execute();
}

/** Activities held at venues in scope in [from, to), newest first. */
export function findActivities(db: Executor, inScope: Where, from: Date, to: Date) {
  return bookingsWithNames(db)
    .where('b.state', '=', 'held')
    .where(sql<SqlBool>`b.slot && tstzrange(${from}::timestamptz, ${to}::timestamptz)`)
    .where(inScope)
    .orderBy(sql`lower(b.slot)`, 'desc')
    .limit(2_000)
    .execute();
}

/** Adds a booking (the exclusion constraint refuses an overlap on the room: SQLSTATE 23P01). */
export function insertBooking(
  db: Executor,
  row: Omit<Insertable<DB['venues_bookings']>, 'slot'> & { start: Date; end: Date },
) {
  const { start, end, ...rest } = row;
  return db
    .insertInto('venues_bookings')
    .values({ ...rest, slot: sql<string>`tstzrange(${start}::timestamptz, ${end}::timestamptz, '[)')` })
    .execute();
}

/** Moves a booking to a state when its version still matches. */
export function updateBooking(
  db: Executor,
  key: { districtId: string; id: string; version: number },
  set: Updateable<DB['venues_bookings']>,
) {
  return updateVersioned(db, 'venues_bookings', key, set);
}

/**
 * Booked hours per venue in [from, to): the part of each booking that was given to someone
 * (confirmed, checked in, held, or a no-show) inside the period.
 */
export async function bookedHoursByVenue(db: Executor, districtIds: string[], from: Date, to: Date) {
  if (districtIds.length === 0) return new Map<string, number>();
  const states: readonly State[] = BOOKED_STATES;
  const { rows } = await sql<{ venue_id: string; hours: number }>`
    SELECT b.venue_id,
      sum(extract(epoch FROM upper(b.slot * tstzrange(${from}::timestamptz, ${to}::timestamptz)) - lower(b.slot * tstzrange(${from}::timestamptz, ${to}::timestamptz))) / 3600)::float8 AS hours
    FROM venues_bookings b
    WHERE b.district_id IN (${sql.join(districtIds)})
      AND b.slot && tstzrange(${from}::timestamptz, ${to}::timestamptz)
      AND b.state IN (${sql.join([...states])})
    GROUP BY b.venue_id`.execute(db);
  return new Map(rows.map((r) => [r.venue_id, Number(r.hours)]));
}

/** The number of active rooms per venue. */
export async function roomCounts(db: Executor, districtIds: string[]) {
  if (districtIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('venues_rooms')
    .select(['venue_id', sql<number>`count(*)::int`.as('n')])
    .where('district_id', 'in', districtIds)
    .where('active', '=', true)
    .groupBy('venue_id')
    .execute();
  return new Map(rows.map((r) => [r.venue_id, r.n]));
}

/**
 * Venues within km of a point, nearest first, by the haversine formula in SQL (Earth radius
 * 6,371 km); venues without coordinates are left out.
 */
export function findNear(db: Executor, districtIds: string[], at: { lat: number; lng: number }, km: number) {
  if (districtIds.length === 0) return Promise.resolve([]);
  const distance = sql<number>`(2 * 6371.0088 * asin(least(1, sqrt(
      power(sin(radians(v.lat - ${at.lat}) / 2), 2)
      + cos(radians(${at.lat})) * cos(radians(v.lat)) * power(sin(radians(v.lng - ${at.lng}) / 2), 2)))))`;
  return db
    .selectFrom(
      venuesWithNode(db)
        .select(distance.as('km'))
        .where('v.district_id', 'in', districtIds)
        .where('v.left_on', 'is', null)
        .where('v.lat', 'is not', null)
        .where('v.lng', 'is not', null)
        .as('x'),
    )
    .selectAll()
    .where('x.km', '<=', km)
    .orderBy('x.km')
    .limit(200)
    .execute();
}

/** Streets and communities of a subtree (path prefix), for the per-street figures and coverage. */
export function findAreas(db: Executor, districtId: string, path: string) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path', 'level', 'parent_id'])
    .where('district_id', '=', districtId)
    .where('path', 'like', likeEscape(path) + '%')
    .where('level', 'in', ['street', 'community'])
    .orderBy('path')
    .limit(5_000)
    .execute();
}

/** The declared populations of nodes. */
export function findPopulations(db: Executor, districtId: string, nodeIds: string[]) {
  if (nodeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('venues_populations')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('node_id', 'in', nodeIds)
    .execute();
}

/** Declares a node's population (replacing the earlier declaration). */
export function upsertPopulation(db: Executor, row: Insertable<DB['venues_populations']>) {
  return db
    .insertInto('venues_populations')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['district_id', 'node_id']).doUpdateSet({ population: row.population, as_of: row.as_of }),
    )
    .execute();
}

/** The names of nodes by id (the ancestors named in a node path). */
export function findNodeNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('org_nodes').select(['id', 'name']).where('id', 'in', ids).execute();
}

/** A room by its id alone (a booking names the room only). */
export function findRoomById(db: Executor, id: string) {
  return db
    .selectFrom('venues_rooms')
    .select(['district_id', 'venue_id', 'active', 'capacity'])
    .where('id', '=', id)
    .executeTakeFirst();
}
