/** SQL of the volunteers module: its own tables, and org_nodes for paths and names (scope). */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

// ---------- settings ----------

/** A district's star thresholds, if set. */
export function findSettings(db: Executor, districtId: string) {
  return db
    .selectFrom('volunteers_settings')
    .select(['star_hours', 'version'])
    .where('district_id', '=', districtId)
    .executeTakeFirst();
}

/** Sets a district's thresholds if its version is still the one read (0: never set). */
export async function saveSettings(trx: Executor, districtId: string, starHours: number[], version: number) {
  if (version === 0) {
    const r = await trx
      .insertInto('volunteers_settings')
      .values({ district_id: districtId, star_hours: starHours })
      .onConflict((oc) => oc.column('district_id').doNothing())
      .returning('version')
      .executeTakeFirst();
    return !!r;
  }
  const r = await trx
    .updateTable('volunteers_settings')
    .set({ star_hours: starHours, version: sql`version + 1`, updated_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---------- teams ----------

/** Teams on nodes inside the scope (and under path). */
export function findTeams(db: Executor, inScope: Expression<SqlBool>, path?: string) {
  let q = db
    .selectFrom('volunteers_teams as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select([
      't.district_id',
      't.id',
      't.node_id',
      'n.name as node_name',
      't.name',
      't.leader',
      sql<number>`(SELECT count(*)::int FROM volunteers_volunteers v WHERE v.district_id = t.district_id AND v.team_id = t.id)`.as(
        'members',
      ),
    ])
    .where(inScope);
  if (path) q = q.where('n.path', 'like', `${path}%`);
  return q.orderBy('t.name').orderBy('t.id').limit(5000).execute();
}

/** A team with its node's path. */
export function findTeam(db: Executor, id: string) {
  return db
    .selectFrom('volunteers_teams as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select(['t.district_id', 't.id', 't.name', 'n.path'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** Makes a team (false when the node has one of that name). */
export async function insertTeam(
  trx: Executor,
  t: { district_id: string; id: string; node_id: string; name: string; leader: string },
) {
  const r = await trx
    .insertInto('volunteers_teams')
    .values(t)
    .onConflict((oc) => oc.columns(['district_id', 'node_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

// ---------- volunteers ----------

/** The volunteer an account is, if any. */
export function findVolunteerOfUser(db: Executor, userId: string) {
  return db.selectFrom('volunteers_volunteers').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** The volunteer a person is, if any. */
export function findVolunteerOfPerson(db: Executor, districtId: string, personId: string) {
  return db
    .selectFrom('volunteers_volunteers')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** A volunteer by id with its node's path. */
export function findVolunteer(db: Executor, id: string) {
  return db
    .selectFrom('volunteers_volunteers as v')
    .innerJoin('org_nodes as n', nodeJoin('v'))
    .selectAll('v')
    .select('n.path')
    .where('v.id', '=', id)
    .executeTakeFirst();
}
export type VolunteerRow = NonNullable<Awaited<ReturnType<typeof findVolunteerOfUser>>>;

/** Adds volunteers, skipping persons or accounts already in (returns how many were added). */
export async function insertVolunteers(
  trx: Executor,
  rows: {
    district_id: string;
    id: string;
    node_id: string;
    person_id: string | null;
    user_id: string | null;
    label: string;
    team_id: string | null;
  }[],
) {
  if (rows.length === 0) return 0;
  let added = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const r = await trx
      .insertInto('volunteers_volunteers')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    added += r.length;
  }
  return added;
}

/** Attaches an account to a volunteer who came from the register. */
export async function attachUser(trx: Executor, districtId: string, id: string, userId: string) {
  await trx
    .updateTable('volunteers_volunteers')
    .set({ user_id: userId })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('user_id', 'is', null)
    .execute();
}

// ---------- activities ----------

function activitySelect(db: Executor) {
  return db
    .selectFrom('volunteers_activities as a')
    .innerJoin('org_nodes as n', nodeJoin('a'))
    .leftJoin('volunteers_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'a.district_id').onRef('t.id', '=', 'a.team_id'),
    )
    .select([
      'a.district_id',
      'a.id',
      'a.node_id',
      'n.name as node_name',
      'n.path',
      't.name as team_name',
      'a.title',
      'a.description',
      'a.place',
      'a.starts_at',
      'a.ends_at',
      'a.capacity',
      'a.organiser_user_id',
      'a.checkin_token',
      'a.cancelled_at',
      sql<number>`(SELECT count(*)::int FROM volunteers_signups s WHERE s.district_id = a.district_id AND s.activity_id = a.id AND s.state <> 'cancelled')`.as(
        'signed_up',
      ),
    ]);
}
export type ActivityRow = NonNullable<Awaited<ReturnType<typeof findActivity>>>;

/** An activity by id, optionally locked (sign-ups count against its capacity under the lock). */
export async function findActivity(db: Executor, id: string, lock = false) {
  if (lock)
    await db.selectFrom('volunteers_activities').select('id').where('id', '=', id).forUpdate().execute();
  return activitySelect(db).where('a.id', '=', id).executeTakeFirst();
}

/** Activities a reader sees (in the subtrees, or on the nodes above a home), by time. */
export function findActivities(
  db: Executor,
  below: Expression<SqlBool>,
  above: string[],
  f: { when: 'upcoming' | 'past' | 'all'; path?: string; limit?: number },
) {
  let q = activitySelect(db).where((eb) =>
    above.length ? eb.or([below, eb('n.path', 'in', above)]) : below,
  );
  if (f.path) q = q.where('n.path', 'like', `${f.path}%`);
  if (f.when === 'upcoming')
    q = q.where('a.ends_at', '>=', sql<Date>`now()`).where('a.cancelled_at', 'is', null);
  if (f.when === 'past') q = q.where('a.ends_at', '<', sql<Date>`now()`);
  return q
    .orderBy('a.starts_at', f.when === 'upcoming' ? 'asc' : 'desc')
    .orderBy('a.id')
    .limit(f.limit ?? 200)
    .execute();
}

/** Makes an activity. */
export async function insertActivity(
  trx: Executor,
  a: {
    district_id: string;
    id: string;
    node_id: string;
    team_id: string | null;
    title: string;
    description: string;
    place: string;
    starts_at: Date;
    ends_at: Date;
    capacity: number;
    organiser_user_id: string;
    checkin_token: string;
  },
) {
  await trx.insertInto('volunteers_activities').values(a).execute();
}

// ---------- sign-ups ----------

/** One volunteer's sign-up for an activity. */
export function findSignup(
  db: Executor,
  districtId: string,
  activityId: string,
  volunteerId: string,
  lock = false,
) {
  let q = db
    .selectFrom('volunteers_signups')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('activity_id', '=', activityId)
    .where('volunteer_id', '=', volunteerId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type SignupRow = NonNullable<Awaited<ReturnType<typeof findSignup>>>;

/** An account's sign-ups for some activities. */
export function signupsOfUser(db: Executor, userId: string, activityIds: string[]) {
  if (activityIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('volunteers_signups as s')
    .innerJoin('volunteers_volunteers as v', (j) =>
      j.onRef('v.district_id', '=', 's.district_id').onRef('v.id', '=', 's.volunteer_id'),
    )
    .select(['s.activity_id', 's.state', 's.checkin_at', 's.checkout_at', 's.hours'])
    .where('v.user_id', '=', userId)
    .where('s.activity_id', 'in', activityIds)
    .execute();
}

/** An activity's sign-ups with the volunteers' labels. */
export function signupsOf(db: Executor, districtId: string, activityId: string) {
  return db
    .selectFrom('volunteers_signups as s')
    .innerJoin('volunteers_volunteers as v', (j) =>
      j.onRef('v.district_id', '=', 's.district_id').onRef('v.id', '=', 's.volunteer_id'),
    )
    .select([
      's.volunteer_id',
      'v.label',
      'v.user_id',
      's.state',
      's.signed_at',
      's.checkin_at',
      's.checkout_at',
      's.hours',
    ])
    .where('s.district_id', '=', districtId)
    .where('s.activity_id', '=', activityId)
    .orderBy('s.signed_at')
    .execute();
}

/** Signs a volunteer up (again, after a cancellation). */
export async function upsertSignup(
  trx: Executor,
  districtId: string,
  activityId: string,
  volunteerId: string,
) {
  await trx
    .insertInto('volunteers_signups')
    .values({ district_id: districtId, activity_id: activityId, volunteer_id: volunteerId, state: 'signed' })
    .onConflict((oc) =>
      oc
        .columns(['district_id', 'activity_id', 'volunteer_id'])
        .doUpdateSet({ state: 'signed', signed_at: sql`now()` }),
    )
    .execute();
}

/** Changes a sign-up. */
export async function updateSignup(
  trx: Executor,
  s: { district_id: string; activity_id: string; volunteer_id: string },
  set: Partial<{
    state: string;
    checkin_at: Date;
    checkout_at: Date;
    hours: number;
    confirmed_by: string;
    confirmed_at: Date;
  }>,
) {
  await trx
    .updateTable('volunteers_signups')
    .set(set)
    .where('district_id', '=', s.district_id)
    .where('activity_id', '=', s.activity_id)
    .where('volunteer_id', '=', s.volunteer_id)
    .execute();
}

// ---------- hours ----------

/** Records (or corrects) a volunteer's confirmed hours for an activity. */
export async function upsertActivityHours(
  trx: Executor,
  h: {
    district_id: string;
    id: string;
    volunteer_id: string;
    node_id: string;
    year: number;
    hours: number;
    activity_id: string;
    recorded_by: string;
  },
) {
  await trx
    .insertInto('volunteers_hours')
    .values({ ...h, source: 'activity' })
    .onConflict((oc) =>
      oc
        .columns(['district_id', 'activity_id', 'volunteer_id'])
        .doUpdateSet({ hours: h.hours, recorded_by: h.recorded_by, recorded_at: sql`now()` }),
    )
    .execute();
}

/** Records hours from an earlier system (Excel). */
export async function insertImportedHours(
  trx: Executor,
  rows: {
    district_id: string;
    id: string;
    volunteer_id: string;
    node_id: string;
    year: number;
    hours: number;
    recorded_by: string;
  }[],
) {
  if (rows.length)
    await trx
      .insertInto('volunteers_hours')
      .values(rows.map((r) => ({ ...r, source: 'import' })))
      .execute();
}

/** A volunteer's hours in a year. */
export async function hoursOf(db: Executor, districtId: string, volunteerId: string, year: number) {
  const r = await db
    .selectFrom('volunteers_hours')
    .select(sql<number>`coalesce(sum(hours), 0)::float8`.as('h'))
    .where('district_id', '=', districtId)
    .where('volunteer_id', '=', volunteerId)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return r.h;
}

/** A volunteer's activities (sign-ups), latest first. */
export function activitiesOfVolunteer(
  db: Executor,
  districtId: string,
  volunteerId: string,
  from: Date,
  to: Date,
) {
  return db
    .selectFrom('volunteers_signups as s')
    .innerJoin('volunteers_activities as a', (j) =>
      j.onRef('a.district_id', '=', 's.district_id').onRef('a.id', '=', 's.activity_id'),
    )
    .select(['a.id', 'a.title', 'a.starts_at', 's.state', 's.hours'])
    .where('s.district_id', '=', districtId)
    .where('s.volunteer_id', '=', volunteerId)
    .where('a.starts_at', '>=', from)
    .where('a.starts_at', '<', to)
    .orderBy('a.starts_at', 'desc')
    .limit(500)
    .execute();
}

/** Year's hours per volunteer of a subtree (volunteers on nodes under path), most first. */
export function hoursByVolunteer(
  db: Executor,
  districtId: string,
  path: string,
  year: number,
  limit = 100_000,
) {
  return db
    .selectFrom('volunteers_volunteers as v')
    .innerJoin('org_nodes as n', nodeJoin('v'))
    .innerJoin('volunteers_hours as h', (j) =>
      j.onRef('h.district_id', '=', 'v.district_id').onRef('h.volunteer_id', '=', 'v.id'),
    )
    .leftJoin('volunteers_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'v.district_id').onRef('t.id', '=', 'v.team_id'),
    )
    .select([
      'v.id',
      'v.person_id',
      'v.label',
      'v.node_id',
      'n.name as node_name',
      sql<string | null>`max(t.name)`.as('team_name'),
      sql<number>`sum(h.hours)::float8`.as('hours'),
    ])
    .where('v.district_id', '=', districtId)
    .where('n.path', 'like', `${path}%`)
    .where('h.year', '=', year)
    .groupBy(['v.id', 'v.person_id', 'v.label', 'v.node_id', 'n.name'])
    .orderBy(sql`sum(h.hours)`, 'desc')
    .orderBy('v.id')
    .limit(limit)
    .execute();
}

/** A subtree's year: teams, volunteers, hours served there, activities held. */
export function totalsUnder(
  db: Executor,
  districtId: string,
  path: string,
  year: number,
  from: Date,
  to: Date,
) {
  const under = (alias: string) =>
    sql`${sql.ref(`${alias}.node_id`)} IN (SELECT id FROM org_nodes WHERE district_id = ${districtId} AND path LIKE ${`${path}%`})`;
  return sql<{ teams: number; volunteers: number; hours: number; activities: number }>`
    SELECT
      (SELECT count(*)::int FROM volunteers_teams t WHERE t.district_id = ${districtId} AND ${under('t')}) AS teams,
      (SELECT count(*)::int FROM volunteers_volunteers v WHERE v.district_id = ${districtId} AND ${under('v')}) AS volunteers,
      (SELECT coalesce(sum(h.hours), 0)::float8 FROM volunteers_hours h WHERE h.district_id = ${districtId} AND h.year = ${year} AND ${under('h')}) AS hours,
      (SELECT count(*)::int FROM volunteers_activities a WHERE a.district_id = ${districtId} AND a.cancelled_at IS NULL
         AND a.starts_at >= ${from} AND a.starts_at < ${to} AND ${under('a')}) AS activities`
    .execute(db)
    .then((r) => r.rows[0]);
}

/** Activities an organiser ran whose scans wait for confirmation, with how many each. */
export function awaitingConfirmation(db: Executor, where: Expression<SqlBool>) {
  return db
    .selectFrom('volunteers_activities as a')
    .innerJoin('volunteers_signups as s', (j) =>
      j.onRef('s.district_id', '=', 'a.district_id').onRef('s.activity_id', '=', 'a.id'),
    )
    .select(['a.id', 'a.title', 'a.ends_at', sql<number>`count(*)::int`.as('waiting')])
    .where(where)
    .where('s.state', 'in', ['checked_in', 'checked_out'])
    .groupBy(['a.id', 'a.title', 'a.ends_at'])
    .orderBy('a.ends_at')
    .limit(50)
    .execute();
}

/** An account's sign-ups for activities not yet over, soonest first. */
export function upcomingOfUser(db: Executor, userId: string) {
  return db
    .selectFrom('volunteers_signups as s')
    .innerJoin('volunteers_volunteers as v', (j) =>
      j.onRef('v.district_id', '=', 's.district_id').onRef('v.id', '=', 's.volunteer_id'),
    )
    .innerJoin('volunteers_activities as a', (j) =>
      j.onRef('a.district_id', '=', 's.district_id').onRef('a.id', '=', 's.activity_id'),
    )
    .select(['a.id', 'a.title', 'a.starts_at'])
    .where('v.user_id', '=', userId)
    .where('s.state', 'in', ['signed', 'checked_in'])
    .where('a.ends_at', '>=', sql<Date>`now()`)
    .where('a.cancelled_at', 'is', null)
    .orderBy('a.starts_at')
    .limit(20)
    .execute();
}
