/** SQL of 领雁学苑: its own tables, and org_nodes for paths and names (scope). */
import { sql, type Expression, type SqlBool } from 'kysely';
import { lockUntilCommit, type Executor } from '../../platform/db/db.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

/**
 * Rows whose node serves the given grant paths: a node inside one of them, or above one of them
 * (the street's academy serves its communities' secretaries).
 */
export function nodeServes(nodeIdColumn: string, paths: string[]): Expression<SqlBool> {
  if (paths.length === 0) return sql<SqlBool>`false`;
  const likes = sql.join(
    paths.map(
      (p) => sql`(n.path LIKE ${p.replace(/[\\%_]/g, (c) => '\\' + c) + '%'} OR ${p} LIKE n.path || '%')`,
    ),
    sql` OR `,
  );
  return sql<SqlBool>`${sql.ref(nodeIdColumn)} IN (SELECT n.id FROM org_nodes n WHERE ${likes})`;
}

// ---------- teachers ----------

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
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 't.district_id').onRef('n.id', '=', 't.node_id'),
    )
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

// ---------- courses ----------

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
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
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

// ---------- classes and attendance ----------

const classSelect = (db: Executor) =>
  db
    .selectFrom('training_classes as k')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'k.district_id').onRef('n.id', '=', 'k.node_id'),
    )
    .innerJoin('training_courses as c', (j) =>
      j.onRef('c.district_id', '=', 'k.district_id').onRef('c.id', '=', 'k.course_id'),
    )
    .leftJoin('training_teachers as t', (j) =>
      j.onRef('t.district_id', '=', 'k.district_id').onRef('t.id', '=', 'k.teacher_id'),
    )
    .selectAll('k')
    .select([
      'n.path',
      'n.name as node_name',
      'c.title as course_title',
      'c.power',
      't.name as teacher_name',
      't.pool as teacher_pool',
    ]);

/** A class with its course, teacher and node; locked when lock. */
export async function findClass(db: Executor, id: string, lock = false) {
  let q = classSelect(db).where('k.id', '=', id);
  if (lock) q = q.forUpdate('k');
  return q.executeTakeFirst();
}
export type ClassRow = NonNullable<Awaited<ReturnType<typeof findClass>>>;

/** The class whose QR code carries this token. */
export function findClassByToken(db: Executor, token: string) {
  return classSelect(db).where('k.checkin_token', '=', token).executeTakeFirst();
}

/** Classes serving the scope in a period, with counts and the user's own enrolment. */
export function findClasses(
  db: Executor,
  inScope: Expression<SqlBool>,
  userId: string,
  f: { from?: Date; to?: Date },
) {
  let q = classSelect(db)
    .select((eb) => [
      eb
        .selectFrom('training_enrolments as e')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('e.district_id', '=', 'k.district_id')
        .whereRef('e.class_id', '=', 'k.id')
        .as('enrolled'),
      eb
        .selectFrom('training_enrolments as e')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('e.district_id', '=', 'k.district_id')
        .whereRef('e.class_id', '=', 'k.id')
        .where('e.attended_at', 'is not', null)
        .as('attended'),
      eb
        .selectFrom('training_enrolments as e')
        .select(sql<string>`coalesce(e.method, 'enrolled')`.as('m'))
        .whereRef('e.district_id', '=', 'k.district_id')
        .whereRef('e.class_id', '=', 'k.id')
        .where('e.user_id', '=', userId)
        .as('mine'),
    ])
    .where(inScope);
  if (f.from) q = q.where('k.starts_at', '>=', f.from);
  if (f.to) q = q.where('k.starts_at', '<', f.to);
  return q.orderBy('k.starts_at', 'desc').limit(1000).execute();
}

/** Adds a class. */
export async function insertClass(
  trx: Executor,
  c: {
    district_id: string;
    id: string;
    node_id: string;
    course_id: string;
    teacher_id: string | null;
    title: string;
    mode: string;
    place: string;
    starts_at: Date;
    ends_at: Date;
    hours: number;
    created_by: string;
  },
) {
  await trx.insertInto('training_classes').values(c).execute();
}

/** Changes a class (status, check-in window), bumping its version. */
export async function updateClass(
  trx: Executor,
  districtId: string,
  id: string,
  set: Partial<{ status: string; checkin_token: string | null; checkin_until: Date | null }>,
) {
  await trx
    .updateTable('training_classes')
    .set({ ...set, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Enrols a trainee (no-op when enrolled); marks attendance when method is given (first mark kept). */
export async function enrol(
  trx: Executor,
  e: { district_id: string; class_id: string; user_id: string; person_id: string | null; name: string },
  attend?: { at: Date; method: 'qr' | 'manual' | 'online' },
) {
  await trx
    .insertInto('training_enrolments')
    .values({ ...e, attended_at: attend?.at ?? null, method: attend?.method ?? null })
    .onConflict((oc) =>
      oc.columns(['district_id', 'class_id', 'user_id']).doUpdateSet(
        attend
          ? {
              attended_at: sql`coalesce(training_enrolments.attended_at, excluded.attended_at)`,
              method: sql`coalesce(training_enrolments.method, excluded.method)`,
            }
          : { name: sql`training_enrolments.name` },
      ),
    )
    .execute();
}

/** The roster of a class. */
export function findRoster(db: Executor, districtId: string, classId: string) {
  return db
    .selectFrom('training_enrolments')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('class_id', '=', classId)
    .orderBy('name')
    .execute();
}

// ---------- forums and problems ----------

/** Forums serving the scope with their problems. */
export async function findForums(db: Executor, inScope: Expression<SqlBool>) {
  const forums = await db
    .selectFrom('training_forums as f')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'f.district_id').onRef('n.id', '=', 'f.node_id'),
    )
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
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'f.district_id').onRef('n.id', '=', 'f.node_id'),
    )
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
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'f.district_id').onRef('n.id', '=', 'f.node_id'),
    )
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

// ---------- exams, attempts, certificates ----------

const examSelect = (db: Executor) =>
  db
    .selectFrom('training_exams as x')
    .innerJoin('training_courses as c', (j) =>
      j.onRef('c.district_id', '=', 'x.district_id').onRef('c.id', '=', 'x.course_id'),
    )
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'c.district_id').onRef('n.id', '=', 'c.node_id'),
    )
    .selectAll('x')
    .select(['n.path', 'c.title as course_title', 'c.hours', 'c.node_id']);

/** An exam with its course. */
export function findExam(db: Executor, id: string) {
  return examSelect(db).where('x.id', '=', id).executeTakeFirst();
}
export type ExamRow = NonNullable<Awaited<ReturnType<typeof findExam>>>;

/** Exams of courses serving the scope. */
export function findExams(db: Executor, inScope: Expression<SqlBool>) {
  return examSelect(db).where(inScope).orderBy('x.created_at', 'desc').limit(500).execute();
}

/** Adds an exam. */
export async function insertExam(
  trx: Executor,
  x: {
    district_id: string;
    id: string;
    course_id: string;
    title: string;
    duration_min: number;
    pass_mark: number;
    questions: string;
    max_attempts: number;
    status: string;
    created_by: string;
  },
) {
  await trx.insertInto('training_exams').values(x).execute();
}

/** Opens or closes an exam. */
export async function setExamStatus(trx: Executor, districtId: string, id: string, status: string) {
  await trx
    .updateTable('training_exams')
    .set({ status })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** A user's attempts at an exam, newest first. */
export function findAttempts(db: Executor, districtId: string, examId: string, userId?: string) {
  let q = db
    .selectFrom('training_attempts')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('exam_id', '=', examId);
  if (userId) q = q.where('user_id', '=', userId);
  return q.orderBy('started_at', 'desc').execute();
}

/** An attempt; locked when lock. */
export async function findAttempt(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('training_attempts').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Starts an attempt (the unique index keeps one open per trainee). */
export async function insertAttempt(
  trx: Executor,
  a: {
    district_id: string;
    id: string;
    exam_id: string;
    user_id: string;
    person_id: string | null;
    name: string;
    deadline_at: Date;
  },
) {
  const r = await trx
    .insertInto('training_attempts')
    .values(a)
    .onConflict((oc) =>
      oc.columns(['district_id', 'exam_id', 'user_id']).where('submitted_at', 'is', null).doNothing(),
    )
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Closes an attempt with its answers and result. */
export async function submitAttempt(
  trx: Executor,
  districtId: string,
  id: string,
  s: { answers: string; score: number; passed: boolean; submitted_at: Date },
) {
  await trx
    .updateTable('training_attempts')
    .set(s)
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Issues a certificate with the next number of the district's year. */
export async function insertCertificate(
  trx: Executor,
  c: {
    district_id: string;
    id: string;
    exam_id: string;
    attempt_id: string;
    user_id: string;
    person_id: string | null;
    name: string;
    course_title: string;
    hours: number;
    score: number;
  },
  numberOf: (seq: number) => string,
  year: number,
) {
  // one number at a time per district and year
  await lockUntilCommit(trx, `training.cert:${c.district_id}:${year}`);
  const { n } = await trx
    .selectFrom('training_certificates')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('district_id', '=', c.district_id)
    .where('number', 'like', `LY-${year}-%`)
    .executeTakeFirstOrThrow();
  const number = numberOf(n + 1);
  await trx
    .insertInto('training_certificates')
    .values({ ...c, number })
    .execute();
  return number;
}

/** A certificate. */
export function findCertificate(db: Executor, id: string) {
  return db.selectFrom('training_certificates').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A user's certificates. */
export function findCertificatesOf(db: Executor, userId: string) {
  return db
    .selectFrom('training_certificates')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('issued_at', 'desc')
    .execute();
}

// ---------- records and figures ----------

/** A person's training record: classes attended, exams taken, certificates (for the assessment file). */
export async function recordOfPerson(db: Executor, districtId: string, personId: string) {
  const [classes, certificates] = await Promise.all([
    db
      .selectFrom('training_enrolments as e')
      .innerJoin('training_classes as k', (j) =>
        j.onRef('k.district_id', '=', 'e.district_id').onRef('k.id', '=', 'e.class_id'),
      )
      .innerJoin('training_courses as c', (j) =>
        j.onRef('c.district_id', '=', 'k.district_id').onRef('c.id', '=', 'k.course_id'),
      )
      .select(['k.id', 'k.title', 'c.power', 'k.hours', 'k.starts_at', 'e.attended_at', 'e.method'])
      .where('e.district_id', '=', districtId)
      .where('e.person_id', '=', personId)
      .where('e.attended_at', 'is not', null)
      .orderBy('k.starts_at')
      .execute(),
    db
      .selectFrom('training_certificates')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('person_id', '=', personId)
      .orderBy('issued_at')
      .execute(),
  ]);
  return { classes, certificates };
}

/** A user's attended classes (their own record). */
export function attendedByUser(db: Executor, userId: string) {
  return db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_classes as k', (j) =>
      j.onRef('k.district_id', '=', 'e.district_id').onRef('k.id', '=', 'e.class_id'),
    )
    .innerJoin('training_courses as c', (j) =>
      j.onRef('c.district_id', '=', 'k.district_id').onRef('c.id', '=', 'k.course_id'),
    )
    .select(['k.id', 'k.title', 'c.power', 'k.hours', 'k.starts_at', 'e.attended_at', 'e.method'])
    .where('e.user_id', '=', userId)
    .where('e.attended_at', 'is not', null)
    .orderBy('k.starts_at')
    .execute();
}

/** The academy's figures for classes on nodes in scope in a period: trainees, hours, attempts and passes. */
export async function figures(
  db: Executor,
  inScope: (col: string) => Expression<SqlBool>,
  from: Date,
  to: Date,
) {
  const [att, exams, classes, teachers] = await Promise.all([
    db
      .selectFrom('training_enrolments as e')
      .innerJoin('training_classes as k', (j) =>
        j.onRef('k.district_id', '=', 'e.district_id').onRef('k.id', '=', 'e.class_id'),
      )
      .select([
        sql<number>`count(DISTINCT e.user_id)::int`.as('trainees'),
        sql<number>`coalesce(sum(k.hours), 0)::float8`.as('hours'),
        sql<number>`count(*)::int`.as('attendances'),
      ])
      .where(inScope('k.node_id'))
      .where('e.attended_at', 'is not', null)
      .where('k.starts_at', '>=', from)
      .where('k.starts_at', '<', to)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('training_attempts as a')
      .innerJoin('training_exams as x', (j) =>
        j.onRef('x.district_id', '=', 'a.district_id').onRef('x.id', '=', 'a.exam_id'),
      )
      .innerJoin('training_courses as c', (j) =>
        j.onRef('c.district_id', '=', 'x.district_id').onRef('c.id', '=', 'x.course_id'),
      )
      .select([
        sql<number>`count(DISTINCT (a.exam_id, a.user_id))::int`.as('tested'),
        sql<number>`count(DISTINCT (a.exam_id, a.user_id)) FILTER (WHERE a.passed)::int`.as('passed'),
      ])
      .where(inScope('c.node_id'))
      .where('a.submitted_at', 'is not', null)
      .where('a.submitted_at', '>=', from)
      .where('a.submitted_at', '<', to)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('training_classes as k')
      .select([sql<number>`count(*)::int`.as('n'), 'k.mode'])
      .where(inScope('k.node_id'))
      .where('k.status', '!=', 'cancelled')
      .where('k.starts_at', '>=', from)
      .where('k.starts_at', '<', to)
      .groupBy('k.mode')
      .execute(),
    db
      .selectFrom('training_teachers as t')
      .select(['t.pool', sql<number>`count(*)::int`.as('n')])
      .where(inScope('t.node_id'))
      .where('t.active', '=', true)
      .groupBy('t.pool')
      .execute(),
  ]);
  return { att, exams, classes, teachers };
}

/** The accounts enrolled in any class of a course (told when its exam opens). */
export function findCourseTrainees(db: Executor, districtId: string, courseId: string) {
  return db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_classes as k', (j) =>
      j.onRef('k.district_id', '=', 'e.district_id').onRef('k.id', '=', 'e.class_id'),
    )
    .select('e.user_id')
    .distinct()
    .where('k.district_id', '=', districtId)
    .where('k.course_id', '=', courseId)
    .execute();
}
