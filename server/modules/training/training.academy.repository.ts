/** SQL of 领雁学苑's catalogue: teachers, courses, forums and their problems. */
import { type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

/** Teachers serving the scope, by pool and name. */
export function findTeachers(db: Executor, inScope: Expression<SqlBool>, pool?: string) {
  let q = db.selectFrom('training_teachers as t').selectAll('t').where(inScope).where('t.active', '=', true);
  if (pool) q = q.where('t.pool', '=', pool);
  return q.orderBy('t.pool').orderBy('t.name').limit(5000).execute();
}

/** A teacher by id. */
export function findTeacher(db: Executor, id: string) {
  return db
    .selectFrom('training_teachers as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .selectAll('t')
    .select('n.path')
    .where('t.id', '=', id)
    .executeTakeFirst();
}

export interface NewTeacher {
  district_id: string;
  id: string;
  node_id: string;
  pool: string;
  name: string;
  organisation: string;
  specialty: string;
  phone_enc: Buffer | null;
  phone_mask: string | null;
  phone_bidx: Buffer | null;
  user_id: string | null;
}

/** Adds teachers to the pools. */
export async function insertTeachers(trx: Executor, rows: NewTeacher[]) {
  if (rows.length) await trx.insertInto('training_teachers').values(rows).execute();
}

/** Courses of the curriculum serving the scope. */
export function findCourses(db: Executor, inScope: Expression<SqlBool>) {
  return db
    .selectFrom('training_courses as c')
    .selectAll('c')
    .where(inScope)
    .where('c.active', '=', true)
    .orderBy('c.power')
    .orderBy('c.code')
    .execute();
}

/** A course with its node's path. */
export function findCourse(db: Executor, id: string) {
  return db
    .selectFrom('training_courses as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .selectAll('c')
    .select('n.path')
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** Adds courses; an existing code on the node is left as it is. Returns how many were added. */
export async function insertCourses(
  trx: Executor,
  rows: {
    district_id: string;
    id: string;
    node_id: string;
    power: string;
    code: string;
    title: string;
    description: string;
    hours: number;
    mode: string;
    from_problem_id?: string | null;
  }[],
) {
  if (!rows.length) return 0;
  const r = await trx
    .insertInto('training_courses')
    .values(rows)
    .onConflict((oc) => oc.columns(['district_id', 'node_id', 'code']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}

/** Forums serving the scope with their problems. */
export async function findForums(db: Executor, inScope: Expression<SqlBool>) {
  const forums = await db
    .selectFrom('training_forums as f')
    .innerJoin('org_nodes as n', nodeJoin('f'))
    .selectAll('f')
    .select(['n.path', 'n.name as node_name'])
    .where(inScope)
    .orderBy('f.held_on', 'desc')
    .limit(200)
    .execute();
  if (!forums.length) return { forums, problems: [] };
  const problems = await db
    .selectFrom('training_problems as p')
    .leftJoin('training_courses as c', (j) =>
      j.onRef('c.district_id', '=', 'p.district_id').onRef('c.id', '=', 'p.course_id'),
    )
    .selectAll('p')
    .select('c.title as course_title')
    .where(
      'p.forum_id',
      'in',
      forums.map((f) => f.id),
    )
    .orderBy('p.created_at')
    .execute();
  return { forums, problems };
}

/** A forum with its node's path. */
export function findForum(db: Executor, id: string) {
  return db
    .selectFrom('training_forums as f')
    .innerJoin('org_nodes as n', nodeJoin('f'))
    .selectAll('f')
    .select('n.path')
    .where('f.id', '=', id)
    .executeTakeFirst();
}

/** Adds a forum. */
export async function insertForum(
  trx: Executor,
  f: { district_id: string; id: string; node_id: string; title: string; held_on: string; created_by: string },
) {
  await trx.insertInto('training_forums').values(f).execute();
}

/** Adds a problem raised at a forum. */
export async function insertProblem(
  trx: Executor,
  p: {
    district_id: string;
    id: string;
    forum_id: string;
    raised_by: string;
    raised_label: string;
    text: string;
    kind: string;
  },
) {
  await trx.insertInto('training_problems').values(p).execute();
}

/** A problem with its forum's node path; locked when lock. */
export async function findProblem(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('training_problems as p')
    .innerJoin('training_forums as f', (j) =>
      j.onRef('f.district_id', '=', 'p.district_id').onRef('f.id', '=', 'p.forum_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('f'))
    .selectAll('p')
    .select(['n.path', 'f.node_id'])
    .where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}

/** Links a problem to the course made from it. */
export async function setProblemCourse(trx: Executor, districtId: string, id: string, courseId: string) {
  await trx
    .updateTable('training_problems')
    .set({ course_id: courseId })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Problems in scope not made into a course yet. */
export function findOpenProblems(db: Executor, inScope: Expression<SqlBool>, limit: number) {
  return db
    .selectFrom('training_problems as p')
    .innerJoin('training_forums as f', (j) =>
      j.onRef('f.district_id', '=', 'p.district_id').onRef('f.id', '=', 'p.forum_id'),
    )
    .select(['p.id', 'p.text', 'f.id as forum_id'])
    .where((eb) => eb.and([inScope, eb('p.course_id', 'is', null)]))
    .orderBy('p.created_at')
    .limit(limit)
    .execute();
}
