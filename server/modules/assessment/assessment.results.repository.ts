/**
 * Rotation plans 轮岗 and the dashboard's figures.
 * One function per query, named for what it returns; re-exported by assessment.repository.ts.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db, Executor } from '../../platform/db/db.ts';

type Scope = Expression<SqlBool>;

/** Inserts a rotation plan. */
export function insertRotationPlan(
  db: Executor,
  v: Record<string, unknown> & { district_id: string; id: string },
) {
  return db
    .insertInto('assessment_rotation_plans')
    .values(v as never)
    .execute();
}

/** Rotation plans in scope. */
export function findRotationPlans(db: Executor, districtId: string, scope: Scope) {
  return db
    .selectFrom('assessment_rotation_plans')
    .selectAll()
    .where('district_id', '=', districtId)
    .where(scope)
    .orderBy('planned_on')
    .limit(2000)
    .execute();
}

/** Changes a plan's status. */
export function updateRotationPlan(db: Executor, districtIds: string[], id: string, status: string) {
  if (districtIds.length === 0) return Promise.resolve(undefined);
  return db
    .updateTable('assessment_rotation_plans')
    .set({ status })
    .where('district_id', 'in', districtIds)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Sheets of a year under a subtree: per quarter and grade, and how many published. */
export function yearSheetCounts(db: Db, districtId: string, year: number, scope: Scope) {
  return db
    .selectFrom('assessment_sheets')
    .select(['quarter', 'status', 'grade', sql<number>`count(*)::int`.as('n')])
    .where('district_id', '=', districtId)
    .where('quarter', 'like', `${year}Q%`)
    .where(scope)
    .groupBy(['quarter', 'status', 'grade'])
    .execute();
}

/** Work reports of a year under a subtree, and the cadres with an outstanding one. */
export async function yearReportCounts(db: Db, districtId: string, year: number, scope: Scope) {
  const r = await db
    .selectFrom('assessment_reports')
    .select([
      sql<number>`count(*) FILTER (WHERE status <> 'rejected')::int`.as('logged'),
      sql<number>`count(DISTINCT person_id) FILTER (WHERE outstanding)::int`.as('outstanding'),
    ])
    .where('district_id', '=', districtId)
    .where('happened_on', '>=', `${year}-01-01`)
    .where('happened_on', '<=', `${year}-12-31`)
    .where(scope)
    .executeTakeFirstOrThrow();
  return r;
}
