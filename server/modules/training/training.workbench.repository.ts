/** SQL of the academy's figures for the home page. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

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
