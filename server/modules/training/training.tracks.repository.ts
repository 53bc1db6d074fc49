/** SQL of the training plans per track (领航、雏鹰、常青藤) and the hours cadres attended. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { likeEscape } from '../../platform/db/like.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

/** Plans of nodes in scope in a year, with their required courses. */
export async function findPlans(db: Executor, inScope: Expression<SqlBool>, year: number) {
  const plans = await db
    .selectFrom('training_track_plans as p')
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .selectAll('p')
    .select(['n.path', 'n.name as node_name'])
    .where(inScope)
    .where('p.year', '=', year)
    .orderBy('n.path')
    .orderBy('p.track')
    .execute();
  if (!plans.length) return { plans, courses: [] };
  const courses = await db
    .selectFrom('training_track_courses as tc')
    .innerJoin('training_courses as c', (j) =>
      j.onRef('c.district_id', '=', 'tc.district_id').onRef('c.id', '=', 'tc.course_id'),
    )
    .select(['tc.plan_id', 'c.id', 'c.code', 'c.title', 'c.hours'])
    .where(
      'tc.plan_id',
      'in',
      plans.map((p) => p.id),
    )
    .orderBy('c.code')
    .execute();
  return { plans, courses };
}

/** A node's plan for a track and year; locked when lock. */
export async function findPlan(
  db: Executor,
  districtId: string,
  nodeId: string,
  year: number,
  track: string,
  lock = false,
) {
  let q = db
    .selectFrom('training_track_plans')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .where('year', '=', year)
    .where('track', '=', track);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Adds a plan; false when another writer added it first. */
export async function insertPlan(
  trx: Executor,
  p: {
    district_id: string;
    id: string;
    node_id: string;
    year: number;
    track: string;
    required_hours: number;
    note: string;
  },
) {
  const r = await trx
    .insertInto('training_track_plans')
    .values(p)
    .onConflict((oc) => oc.columns(['district_id', 'node_id', 'year', 'track']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Changes a plan's hours and note (the version goes up). */
export async function updatePlan(
  trx: Executor,
  districtId: string,
  id: string,
  set: { required_hours: number; note: string },
) {
  await trx
    .updateTable('training_track_plans')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Replaces a plan's required courses. */
export async function setPlanCourses(trx: Executor, districtId: string, planId: string, courseIds: string[]) {
  await trx
    .deleteFrom('training_track_courses')
    .where('district_id', '=', districtId)
    .where('plan_id', '=', planId)
    .execute();
  if (courseIds.length)
    await trx
      .insertInto('training_track_courses')
      .values(courseIds.map((course_id) => ({ district_id: districtId, plan_id: planId, course_id })))
      .execute();
}

/** Which of these courses serve the node's path (on it or above it). */
export function coursesServing(db: Executor, districtId: string, ids: string[], path: string) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('training_courses as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .select('c.id')
    .where('c.district_id', '=', districtId)
    .where('c.id', 'in', ids)
    .where(sql<SqlBool>`(n.path LIKE ${likeEscape(path) + '%'} OR ${path} LIKE n.path || '%')`)
    .execute();
}

/** Nodes under a path (the units whose cadres a plan covers). */
export function nodeIdsUnder(db: Executor, districtId: string, path: string) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('path', 'like', likeEscape(path) + '%')
    .execute();
}

/** Hours attended by persons in a period, per person and course. */
export function hoursOfPersons(db: Executor, districtId: string, personIds: string[], from: Date, to: Date) {
  if (!personIds.length) return Promise.resolve([]);
  return db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_classes as k', (j) =>
      j.onRef('k.district_id', '=', 'e.district_id').onRef('k.id', '=', 'e.class_id'),
    )
    .select(['e.person_id', 'k.course_id', sql<number>`sum(k.hours)::float8`.as('hours')])
    .where('e.district_id', '=', districtId)
    .where('e.person_id', 'in', personIds)
    .where('e.attended_at', 'is not', null)
    .where('k.status', '!=', 'cancelled')
    .where('k.starts_at', '>=', from)
    .where('k.starts_at', '<', to)
    .groupBy(['e.person_id', 'k.course_id'])
    .execute();
}
