/**
 * SQL of volunteer hours: recorded for an activity or imported, per volunteer and in total under a
 * subtree, awaiting confirmation, and a volunteer's upcoming activities.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin, rowUnder, type SubtreeRoot } from '../../platform/access/scope.ts';

/** Hours recorded for a volunteer (for an activity, or imported without one). */
type NewHours = {
  district_id: string;
  id: string;
  volunteer_id: string;
  node_id: string;
  year: number;
  hours: number;
  activity_id: string;
  recorded_by: string;
};

/** Records (or corrects) a volunteer's confirmed hours for an activity. */
export async function upsertActivityHours(trx: Executor, h: NewHours) {
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
export async function insertImportedHours(trx: Executor, rows: Omit<NewHours, 'activity_id'>[]) {
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

/**
 * A subtree's year: teams, volunteers, hours served there, activities held. Under a district the
 * rows are the district's own (rowUnder: no walk of the tree).
 */
export function totalsUnder(
  db: Executor,
  districtId: string,
  root: SubtreeRoot,
  year: number,
  from: Date,
  to: Date,
) {
  return sql<{ teams: number; volunteers: number; hours: number; activities: number }>`
    SELECT
      (SELECT count(*)::int FROM volunteers_teams t WHERE t.district_id = ${districtId} AND ${rowUnder('t', root)}) AS teams,
      (SELECT count(*)::int FROM volunteers_volunteers v WHERE v.district_id = ${districtId} AND ${rowUnder('v', root)}) AS volunteers,
      (SELECT coalesce(sum(h.hours), 0)::float8 FROM volunteers_hours h WHERE h.district_id = ${districtId} AND h.year = ${year} AND ${rowUnder('h', root)}) AS hours,
      (SELECT count(*)::int FROM volunteers_activities a WHERE a.district_id = ${districtId} AND a.cancelled_at IS NULL
         AND a.starts_at >= ${from} AND a.starts_at < ${to} AND ${rowUnder('a', root)}) AS activities`
    .execute(db)
    .then((r) => r.rows[0]);
}

/**
 * How many volunteers living in a subtree served at least minHours in a year (the first star): the
 * dashboard's figure, counted in SQL rather than from every volunteer's line.
 */
export function starredUnder(
  db: Executor,
  districtId: string,
  root: SubtreeRoot,
  year: number,
  minHours: number,
) {
  return sql<{ n: number }>`
    SELECT count(*)::int AS n FROM (
      SELECT h.volunteer_id FROM volunteers_hours h
       WHERE h.district_id = ${districtId} AND h.year = ${year}
       GROUP BY h.volunteer_id HAVING sum(h.hours) >= ${minHours}) s
    JOIN volunteers_volunteers v ON v.district_id = ${districtId} AND v.id = s.volunteer_id
    WHERE ${rowUnder('v', root)}`
    .execute(db)
    .then((r) => r.rows[0].n);
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
