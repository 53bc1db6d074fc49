/** SQL of the teachers' awards: class ratings, the 学苑工作委员会, each year's teaching figures and the awards. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

/** The user's enrolment in a class (to rate it only after attending). */
export function findEnrolment(db: Executor, districtId: string, classId: string, userId: string) {
  return db
    .selectFrom('training_enrolments')
    .select(['attended_at'])
    .where('district_id', '=', districtId)
    .where('class_id', '=', classId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Rates a class (a second rating replaces the first). */
export async function upsertRating(
  trx: Executor,
  r: { district_id: string; class_id: string; user_id: string; stars: number },
) {
  await trx
    .insertInto('training_ratings')
    .values(r)
    .onConflict((oc) =>
      oc
        .columns(['district_id', 'class_id', 'user_id'])
        .doUpdateSet({ stars: r.stars, created_at: new Date() }),
    )
    .execute();
}

/** A class's ratings: how many and the mean, and the user's own. */
export async function ratingOf(db: Executor, districtId: string, classId: string, userId: string) {
  return db
    .selectFrom('training_ratings')
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<number | null>`avg(stars)::float8`.as('mean'),
      sql<number | null>`max(stars) FILTER (WHERE user_id = ${userId})`.as('mine'),
    ])
    .where('district_id', '=', districtId)
    .where('class_id', '=', classId)
    .executeTakeFirstOrThrow();
}

// ---------- the committee ----------

/** Committee members of nodes in scope. */
export function findCommittee(db: Executor, inScope: Expression<SqlBool>) {
  return db
    .selectFrom('training_committee as m')
    .innerJoin('org_nodes as n', nodeJoin('m'))
    .selectAll('m')
    .select(['n.path', 'n.name as node_name'])
    .where(inScope)
    .where('m.active', '=', true)
    .orderBy(sql`CASE m.duty WHEN 'chair' THEN 0 WHEN 'vice_chair' THEN 1 ELSE 2 END`)
    .orderBy('m.created_at')
    .execute();
}

/** A member with the node's path. */
export function findMember(db: Executor, id: string) {
  return db
    .selectFrom('training_committee as m')
    .innerJoin('org_nodes as n', nodeJoin('m'))
    .selectAll('m')
    .select('n.path')
    .where('m.id', '=', id)
    .executeTakeFirst();
}

/** Adds a member. */
export async function insertMember(
  trx: Executor,
  m: {
    district_id: string;
    id: string;
    node_id: string;
    name: string;
    duty: string;
    organisation: string;
    user_id: string | null;
  },
) {
  await trx.insertInto('training_committee').values(m).execute();
}

/** Takes a member off the committee. */
export async function retireMember(trx: Executor, districtId: string, id: string) {
  await trx
    .updateTable('training_committee')
    .set({ active: false })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** How many serve on a node's committee. */
export async function committeeSize(db: Executor, districtId: string, nodeId: string) {
  const r = await db
    .selectFrom('training_committee')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .where('active', '=', true)
    .executeTakeFirstOrThrow();
  return r.n;
}

// ---------- a year's teaching ----------

/** Held classes of a node in a period by teacher and course: classes, enrolled, attended, ratings. */
export function teachingByCourse(db: Executor, districtId: string, nodeId: string, from: Date, to: Date) {
  return db
    .selectFrom('training_classes as k')
    .select([
      'k.teacher_id',
      'k.course_id',
      sql<number>`count(*)::int`.as('classes'),
      sql<number>`coalesce(sum((SELECT count(*) FROM training_enrolments e WHERE e.district_id = k.district_id AND e.class_id = k.id)), 0)::int`.as(
        'enrolled',
      ),
      sql<number>`coalesce(sum((SELECT count(*) FROM training_enrolments e WHERE e.district_id = k.district_id AND e.class_id = k.id AND e.attended_at IS NOT NULL)), 0)::int`.as(
        'attended',
      ),
      sql<number>`coalesce(sum((SELECT count(*) FROM training_ratings r WHERE r.district_id = k.district_id AND r.class_id = k.id)), 0)::int`.as(
        'ratings',
      ),
      sql<number>`coalesce(sum((SELECT sum(r.stars) FROM training_ratings r WHERE r.district_id = k.district_id AND r.class_id = k.id)), 0)::int`.as(
        'stars',
      ),
    ])
    .where('k.district_id', '=', districtId)
    .where('k.node_id', '=', nodeId)
    .where('k.status', '=', 'held')
    .where('k.teacher_id', 'is not', null)
    .where('k.starts_at', '>=', from)
    .where('k.starts_at', '<', to)
    .groupBy(['k.teacher_id', 'k.course_id'])
    .execute();
}

/** Exam results of a node's courses in a period: people tested and passed per course (once per exam). */
export function examsByCourse(db: Executor, districtId: string, nodeId: string, from: Date, to: Date) {
  return db
    .selectFrom('training_attempts as a')
    .innerJoin('training_exams as x', (j) =>
      j.onRef('x.district_id', '=', 'a.district_id').onRef('x.id', '=', 'a.exam_id'),
    )
    .innerJoin('training_courses as c', (j) =>
      j.onRef('c.district_id', '=', 'x.district_id').onRef('c.id', '=', 'x.course_id'),
    )
    .select([
      'x.course_id',
      sql<number>`count(DISTINCT (a.exam_id, a.user_id))::int`.as('tested'),
      sql<number>`count(DISTINCT (a.exam_id, a.user_id)) FILTER (WHERE a.passed)::int`.as('passed'),
    ])
    .where('a.district_id', '=', districtId)
    .where('c.node_id', '=', nodeId)
    .where('a.submitted_at', 'is not', null)
    .where('a.submitted_at', '>=', from)
    .where('a.submitted_at', '<', to)
    .groupBy('x.course_id')
    .execute();
}

// ---------- awards ----------

const awardSelect = (db: Executor) =>
  db
    .selectFrom('training_awards as w')
    .innerJoin('org_nodes as n', nodeJoin('w'))
    .innerJoin('training_teachers as t', (j) =>
      j.onRef('t.district_id', '=', 'w.district_id').onRef('t.id', '=', 'w.teacher_id'),
    )
    .leftJoin('training_courses as c', (j) =>
      j.onRef('c.district_id', '=', 'w.district_id').onRef('c.id', '=', 'w.course_id'),
    )
    .selectAll('w')
    .select([
      'n.path',
      'n.name as node_name',
      't.name as teacher_name',
      't.pool as teacher_pool',
      't.organisation as teacher_organisation',
      't.user_id as teacher_user_id',
      'c.title as course_title',
    ]);

export type AwardRow = NonNullable<Awaited<ReturnType<typeof findAward>>>;

/** Awards of nodes in scope in a year; only some statuses, or only some teachers' accounts, when given. */
export function findAwards(
  db: Executor,
  inScope: Expression<SqlBool>,
  f: { year?: number; statuses?: string[]; userId?: string },
) {
  let q = awardSelect(db).where(inScope);
  if (f.year) q = q.where('w.year', '=', f.year);
  if (f.statuses) q = q.where('w.status', 'in', f.statuses);
  if (f.userId) q = q.where('t.user_id', '=', f.userId);
  return q
    .orderBy('w.year', 'desc')
    .orderBy('w.kind')
    .orderBy('w.score', 'desc')
    .orderBy('w.id')
    .limit(1000)
    .execute();
}

/** An award with its node's path, teacher and course; locked when lock. */
export async function findAward(db: Executor, id: string, lock = false) {
  let q = awardSelect(db).where('w.id', '=', id);
  if (lock) q = q.forUpdate('w');
  return q.executeTakeFirst();
}

/** Drops a node's year of nominations not yet reviewed (before nominating again). */
export async function deleteNominated(trx: Executor, districtId: string, nodeId: string, year: number) {
  await trx
    .deleteFrom('training_awards')
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .where('year', '=', year)
    .where('status', '=', 'nominated')
    .execute();
}

/** Adds nominations; one already reviewed or decided for the same kind, teacher and course is kept. */
export async function insertNominations(
  trx: Executor,
  rows: {
    district_id: string;
    id: string;
    node_id: string;
    year: number;
    kind: string;
    teacher_id: string;
    course_id: string | null;
    score: number;
    basis: string;
  }[],
) {
  if (!rows.length) return 0;
  const r = await trx
    .insertInto('training_awards')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}

/** Serialises nominating and numbering within a node's year. */
export async function lockYear(trx: Executor, nodeId: string, year: number) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${'training_awards:' + nodeId + ':' + year}))`.execute(trx);
}

/** The next award number's sequence in a district's year. */
export async function nextAwardSeq(trx: Executor, districtId: string, year: number) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${'training_award_no:' + districtId + ':' + year}))`.execute(
    trx,
  );
  const r = await trx
    .selectFrom('training_awards')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('district_id', '=', districtId)
    .where('number', 'like', `LYJ-${year}-%`)
    .executeTakeFirstOrThrow();
  return r.n + 1;
}

/** Moves an award on (the version goes up). */
export async function updateAward(
  trx: Executor,
  districtId: string,
  id: string,
  set: {
    status: string;
    agree?: number;
    against?: number;
    opinion?: string;
    reviewed_at?: Date;
    number?: string;
    decided_at?: Date;
  },
) {
  await trx
    .updateTable('training_awards')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Awards in scope waiting for a move (nominated or approved), for the to-dos. */
export function findAwaiting(db: Executor, inScope: Expression<SqlBool>, limit: number) {
  return db
    .selectFrom('training_awards as w')
    .innerJoin('training_teachers as t', (j) =>
      j.onRef('t.district_id', '=', 'w.district_id').onRef('t.id', '=', 'w.teacher_id'),
    )
    .select(['w.id', 'w.kind', 'w.status', 't.name as teacher_name'])
    .where(inScope)
    .where('w.status', 'in', ['nominated', 'approved'])
    .orderBy('w.created_at')
    .limit(limit)
    .execute();
}
