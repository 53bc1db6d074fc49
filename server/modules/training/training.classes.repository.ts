/** SQL of classes 培训班: the class, enrolment and its roster. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

const classSelect = (db: Executor) =>
  db
    .selectFrom('training_classes as k')
    .innerJoin('org_nodes as n', nodeJoin('k'))
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
