/** SQL of exams, attempts and certificates, and a person's training record. */
import { sql, type Expression, type SqlBool } from 'kysely';
import { lockUntilCommit, type Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

const examSelect = (db: Executor) =>
  db
    .selectFrom('training_exams as x')
    .innerJoin('training_courses as c', (j) =>
      j.onRef('c.district_id', '=', 'x.district_id').onRef('c.id', '=', 'x.course_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('c'))
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

/** Enrolments with their class and course: what a training record lists of a class. */
function enrolmentsWithClass(db: Executor) {
  return db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_classes as k', (j) =>
      j.onRef('k.district_id', '=', 'e.district_id').onRef('k.id', '=', 'e.class_id'),
    )
    .innerJoin('training_courses as c', (j) =>
      j.onRef('c.district_id', '=', 'k.district_id').onRef('c.id', '=', 'k.course_id'),
    )
    .select(['k.id', 'k.title', 'c.power', 'k.hours', 'k.starts_at', 'e.attended_at', 'e.method']);
}

/** A person's training record: classes attended, exams taken, certificates (for the assessment file). */
export async function recordOfPerson(db: Executor, districtId: string, personId: string) {
  const [classes, certificates] = await Promise.all([
    enrolmentsWithClass(db)
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
  return enrolmentsWithClass(db)
    .where('e.user_id', '=', userId)
    .where('e.attended_at', 'is not', null)
    .orderBy('k.starts_at')
    .execute();
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
