/** SQL of the culture module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { likeEscape } from '../../platform/db/like.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeJoin, pathInPaths } from '../../platform/access/scope.ts';
import { LIVE_STATES } from './culture.rules.ts';
export { findNode } from '../../platform/access/scope.ts';

// ---------------------------------------------------------------- settings

/** A district's star thresholds, if it set them. */
export function findSettings(db: Executor, districtId: string) {
  return db
    .selectFrom('culture_settings')
    .selectAll()
    .where('district_id', '=', districtId)
    .executeTakeFirst();
}

/** Sets the thresholds when the version read still holds (0: never set); false when stale. */
export async function saveSettings(db: Executor, districtId: string, starHours: number[], version: number) {
  if (version === 0) {
    const r = await db
      .insertInto('culture_settings')
      .values({ district_id: districtId, star_hours: starHours })
      .onConflict((oc) => oc.column('district_id').doNothing())
      .returning('district_id')
      .executeTakeFirst();
    return !!r;
  }
  const r = await db
    .updateTable('culture_settings')
    .set({ star_hours: starHours, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

// ---------------------------------------------------------------- facilities

function facilitiesWithNode(db: Executor) {
  return db
    .selectFrom('culture_facilities as f')
    .innerJoin('org_nodes as n', nodeJoin('f'))
    .selectAll('f')
    .select(['n.name as node_name', 'n.path', 'n.level as node_level']);
}
export type FacilityRow = Awaited<ReturnType<typeof findFacility>> & {};

/** The facilities of districts (under paths when given), by kind and place; at most 5,000. */
export function findFacilities(db: Executor, q: { districtIds: string[]; under?: string[]; kind?: string }) {
  if (q.districtIds.length === 0) return Promise.resolve([]);
  let s = facilitiesWithNode(db).where('f.district_id', 'in', q.districtIds);
  if (q.under) s = s.where(pathInPaths('n.path', q.under));
  if (q.kind) s = s.where('f.kind', '=', q.kind);
  return s
    .orderBy(sql`array_position(ARRAY['hall','library','station','room','square'], f.kind)`)
    .orderBy('n.path')
    .orderBy('f.name')
    .limit(5_000)
    .execute();
}

/** One facility with its node; locked when asked. */
export function findFacility(db: Executor, id: string, lock = false) {
  let q = facilitiesWithNode(db).where('f.id', '=', id);
  if (lock) q = q.forUpdate('f');
  return q.executeTakeFirst();
}

/** Adds facilities. */
export async function insertFacilities(db: Executor, rows: Insertable<DB['culture_facilities']>[]) {
  if (rows.length) await db.insertInto('culture_facilities').values(rows).execute();
}

/** Changes a facility when its version still matches. */
export function updateFacility(
  db: Executor,
  key: { districtId: string; id: string; version: number },
  set: Updateable<DB['culture_facilities']>,
) {
  return updateVersioned(db, 'culture_facilities', key, set);
}

/**
 * The 1 km circle over a subtree's facilities: the points of a lattice (step km, in degrees at the
 * facilities' mean latitude) across the facilities' bounding box, and how many of them lie within
 * radius km of a facility (haversine, Earth radius 6,371 km).
 */
export async function circleCoverage(
  db: Executor,
  districtId: string,
  path: string,
  stepKm: number,
  radiusKm: number,
) {
  const r = await sql<{ points: number; covered: number }>`
    WITH f AS (
      SELECT c.lat, c.lng FROM culture_facilities c
      JOIN org_nodes n ON n.district_id = c.district_id AND n.id = c.node_id
      WHERE c.district_id = ${districtId} AND n.path LIKE ${likeEscape(path) + '%'}
        AND c.lat IS NOT NULL AND c.lng IS NOT NULL
    ), box AS (
      SELECT min(lat) AS lat0, max(lat) AS lat1, min(lng) AS lng0, max(lng) AS lng1,
        ${stepKm}::float8 / 111.32 AS dlat,
        ${stepKm}::float8 / (111.32 * cos(radians(avg(lat)))) AS dlng
      FROM f
    ), grid AS (
      SELECT box.lat0 + i * box.dlat AS lat, box.lng0 + j * box.dlng AS lng
      FROM box,
        generate_series(0, LEAST(400, floor((box.lat1 - box.lat0) / box.dlat))::int) i,
        generate_series(0, LEAST(400, floor((box.lng1 - box.lng0) / box.dlng))::int) j
      WHERE box.lat0 IS NOT NULL
    )
    SELECT count(*)::int AS points,
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM f WHERE 2 * 6371.0088 * asin(least(1, sqrt(
          power(sin(radians(f.lat - grid.lat) / 2), 2)
          + cos(radians(grid.lat)) * cos(radians(f.lat)) * power(sin(radians(f.lng - grid.lng) / 2), 2))))
          <= ${radiusKm}))::int AS covered
    FROM grid`.execute(db);
  return r.rows[0] ?? { points: 0, covered: 0 };
}

// ---------------------------------------------------------------- teams

function teamsWithNode(db: Executor) {
  return db
    .selectFrom('culture_teams as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .leftJoin('culture_facilities as f', (j) =>
      j.onRef('f.district_id', '=', 't.district_id').onRef('f.id', '=', 't.facility_id'),
    )
    .selectAll('t')
    .select(['n.name as node_name', 'n.path', 'f.name as facility_name'])
    .select([
      sql<number>`(SELECT count(*)::int FROM culture_members m WHERE m.district_id = t.district_id AND m.team_id = t.id)`.as(
        'members',
      ),
      sql<number>`(SELECT count(*)::int FROM culture_programmes p WHERE p.district_id = t.district_id AND p.team_id = t.id)`.as(
        'programmes',
      ),
    ]);
}
export type TeamRow = Awaited<ReturnType<typeof findTeam>> & {};

/** The teams of districts (under paths when given); at most 2,000. */
export function findTeams(db: Executor, q: { districtIds: string[]; under?: string[]; kind?: string }) {
  if (q.districtIds.length === 0) return Promise.resolve([]);
  let s = teamsWithNode(db).where('t.district_id', 'in', q.districtIds);
  if (q.under) s = s.where(pathInPaths('n.path', q.under));
  if (q.kind) s = s.where('t.kind', '=', q.kind);
  return s
    .orderBy(sql`array_position(ARRAY['professional','street','troupe'], t.kind)`)
    .orderBy('n.path')
    .orderBy('t.name')
    .limit(2_000)
    .execute();
}

/** One team with its node; locked when asked. */
export function findTeam(db: Executor, id: string, lock = false) {
  let q = teamsWithNode(db).where('t.id', '=', id);
  if (lock) q = q.forUpdate('t');
  return q.executeTakeFirst();
}

/** The ids of the teams an account leads. */
export async function teamsLedBy(db: Executor, userId: string) {
  const rows = await db
    .selectFrom('culture_teams')
    .select('id')
    .where('leader_user_id', '=', userId)
    .execute();
  return rows.map((r) => r.id);
}

/** Adds teams. */
export async function insertTeams(db: Executor, rows: Insertable<DB['culture_teams']>[]) {
  if (rows.length) await db.insertInto('culture_teams').values(rows).execute();
}

/** A team's members by joining day. */
export function findMembers(db: Executor, districtId: string, teamId: string) {
  return db
    .selectFrom('culture_members')
    .select(['id', 'team_id', 'name', 'kind', 'phone_mask', 'joined_on'])
    .where('district_id', '=', districtId)
    .where('team_id', '=', teamId)
    .orderBy('joined_on')
    .orderBy('name')
    .execute();
}

/** One member with their team's node path, lead and district. */
export function findMember(db: Executor, id: string) {
  return db
    .selectFrom('culture_members as m')
    .innerJoin('culture_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'm.district_id').onRef('t.id', '=', 'm.team_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select([
      'm.id',
      'm.district_id',
      'm.team_id',
      'm.name',
      'm.kind',
      't.name as team_name',
      't.leader_user_id',
      'n.path',
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

/** Adds members. */
export async function insertMembers(db: Executor, rows: Insertable<DB['culture_members']>[]) {
  if (rows.length) await db.insertInto('culture_members').values(rows).execute();
}

// ---------------------------------------------------------------- programmes

function programmesWithTeam(db: Executor) {
  return db
    .selectFrom('culture_programmes as p')
    .innerJoin('culture_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'p.district_id').onRef('t.id', '=', 'p.team_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .selectAll('p')
    .select(['t.name as team_name', 't.kind as team_kind', 'n.path'])
    .select([
      sql<number>`(SELECT count(*)::int FROM culture_rehearsals r WHERE r.district_id = p.district_id AND r.programme_id = p.id)`.as(
        'rehearsals',
      ),
      sql<
        string | null
      >`(SELECT max(r.held_on)::text FROM culture_rehearsals r WHERE r.district_id = p.district_id AND r.programme_id = p.id)`.as(
        'last_rehearsal',
      ),
      sql<number>`(SELECT count(*)::int FROM culture_orders o WHERE o.district_id = p.district_id AND o.programme_id = p.id
        AND o.state IN ('performed', 'rated'))`.as('performances'),
    ]);
}

/** Programmes of districts (of one team, or matching a title), by team and title; at most 1,000. */
export function findProgrammes(db: Executor, q: { districtIds: string[]; teamId?: string; search?: string }) {
  if (q.districtIds.length === 0) return Promise.resolve([]);
  let s = programmesWithTeam(db).where('p.district_id', 'in', q.districtIds);
  if (q.teamId) s = s.where('p.team_id', '=', q.teamId);
  if (q.search) s = s.where('p.title', 'like', '%' + likeEscape(q.search) + '%');
  return s.orderBy('t.name').orderBy('p.title').limit(1_000).execute();
}

/** One programme with its team. */
export function findProgramme(db: Executor, id: string) {
  return programmesWithTeam(db).select(['t.leader_user_id']).where('p.id', '=', id).executeTakeFirst();
}

/** Adds programmes. */
export async function insertProgrammes(db: Executor, rows: Insertable<DB['culture_programmes']>[]) {
  if (rows.length) await db.insertInto('culture_programmes').values(rows).execute();
}

/** Adds rehearsals. */
export async function insertRehearsals(db: Executor, rows: Insertable<DB['culture_rehearsals']>[]) {
  if (rows.length) await db.insertInto('culture_rehearsals').values(rows).execute();
}

// ---------------------------------------------------------------- orders

function ordersWithNames(db: Executor) {
  return db
    .selectFrom('culture_orders as o')
    .innerJoin('org_nodes as n', nodeJoin('o'))
    .innerJoin('culture_programmes as p', (j) =>
      j.onRef('p.district_id', '=', 'o.district_id').onRef('p.id', '=', 'o.programme_id'),
    )
    .innerJoin('culture_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'o.district_id').onRef('t.id', '=', 'o.team_id'),
    )
    .innerJoin('org_nodes as tn', (j) =>
      j.onRef('tn.district_id', '=', 't.district_id').onRef('tn.id', '=', 't.node_id'),
    )
    .selectAll('o')
    .select([
      'n.name as node_name',
      'n.path',
      'p.title as programme_title',
      't.name as team_name',
      't.leader_user_id',
      't.node_id as team_node_id',
      'tn.path as team_path',
    ]);
}
export type OrderRow = Awaited<ReturnType<typeof findOrder>> & {};

/** One order; locked when asked. */
export function findOrder(db: Executor, id: string, lock = false) {
  let q = ordersWithNames(db).where('o.id', '=', id);
  if (lock) q = q.forUpdate('o');
  return q.executeTakeFirst();
}

/** Orders placed under paths, or for teams, in a state; newest day first; at most 500. */
export function findOrders(db: Executor, q: { under?: string[]; teamIds?: string[]; state?: string }) {
  let s = ordersWithNames(db);
  if (q.under) s = s.where(pathInPaths('n.path', q.under));
  if (q.teamIds) s = q.teamIds.length ? s.where('o.team_id', 'in', q.teamIds) : s.where(sql<SqlBool>`false`);
  if (q.state) s = s.where('o.state', '=', q.state);
  return s.orderBy('o.on_day', 'desc').orderBy('o.created_at', 'desc').limit(500).execute();
}

/** Whether a team already holds a live order on a half-day. */
export async function halfDayTaken(
  db: Executor,
  districtId: string,
  teamId: string,
  day: string,
  half: string,
) {
  const r = await db
    .selectFrom('culture_orders')
    .select('id')
    .where('district_id', '=', districtId)
    .where('team_id', '=', teamId)
    .where('on_day', '=', day)
    .where('half', '=', half)
    .where('state', 'in', LIVE_STATES)
    .executeTakeFirst();
  return !!r;
}

/** Adds orders (an ordered state, or the demo's history). */
export async function insertOrders(db: Executor, rows: Insertable<DB['culture_orders']>[]) {
  if (rows.length) await db.insertInto('culture_orders').values(rows).execute();
}

/** Moves an order when its version still matches. */
export function updateOrder(
  db: Executor,
  key: { districtId: string; id: string; version: number },
  set: Updateable<DB['culture_orders']>,
) {
  return updateVersioned(db, 'culture_orders', key, set);
}

/** Performances (performed or rated) under a path in a period, by month: count and audience; and the mean rating. */
export async function performancesByMonth(
  db: Executor,
  districtId: string,
  path: string,
  from: string,
  to: string,
) {
  return db
    .selectFrom('culture_orders as o')
    .innerJoin('org_nodes as n', nodeJoin('o'))
    .select([
      sql<string>`to_char(o.on_day, 'YYYY-MM')`.as('month'),
      sql<number>`count(*)::int`.as('performances'),
      sql<number>`COALESCE(sum(o.audience), 0)::int`.as('audience'),
      sql<number>`count(o.rating)::int`.as('rated'),
      sql<number>`COALESCE(sum(o.rating), 0)::int`.as('rating_sum'),
    ])
    .where('o.district_id', '=', districtId)
    .where('n.path', 'like', likeEscape(path) + '%')
    .where('o.state', 'in', ['performed', 'rated'])
    .where('o.on_day', '>=', from)
    .where('o.on_day', '<', to)
    .groupBy(sql`to_char(o.on_day, 'YYYY-MM')`)
    .orderBy('month')
    .execute();
}

/** Troupes under a path, their members, and the programmes of all teams there. */
export async function teamTotals(db: Executor, districtId: string, path: string) {
  const r = await db
    .selectFrom('culture_teams as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select([
      sql<number>`count(*) FILTER (WHERE t.kind = 'troupe')::int`.as('troupes'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM culture_members m WHERE m.district_id = t.district_id
        AND m.team_id = t.id)) FILTER (WHERE t.kind = 'troupe'), 0)::int`.as('troupe_members'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM culture_programmes p WHERE p.district_id = t.district_id
        AND p.team_id = t.id)), 0)::int`.as('programmes'),
    ])
    .where('t.district_id', '=', districtId)
    .where('n.path', 'like', likeEscape(path) + '%')
    .executeTakeFirstOrThrow();
  return r;
}

/** The names of nodes by id (the ancestors named in a node path). */
export function findNodeNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('org_nodes').select(['id', 'name']).where('id', 'in', ids).execute();
}
