/** SQL of activities 志愿活动 and their sign-ups. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

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
