/** SQL of a project's visits 走访 and its plan. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

/** Records a panel member's visit. */
export async function insertVisit(
  trx: Executor,
  v: {
    district_id: string;
    id: string;
    project_id: string;
    unit: string;
    member_name: string;
    visited_on: string;
    opinion: string;
    note: string;
    created_by: string;
  },
) {
  await trx.insertInto('villagefund_visits').values(v).execute();
}

/** A project's visits in the order made. */
export function findVisits(db: Executor, districtId: string, projectId: string) {
  return db
    .selectFrom('villagefund_visits')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .orderBy('visited_on')
    .orderBy('id')
    .execute();
}

/** A project's plan. */
export function findPlan(db: Executor, districtId: string, projectId: string) {
  return db
    .selectFrom('villagefund_plans')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .executeTakeFirst();
}

/** Sets the one plan of a project (replacing it while no batch is approved). */
export async function upsertPlan(
  trx: Executor,
  p: {
    district_id: string;
    project_id: string;
    total_fen: number;
    sources: string;
    milestones: string;
    indicators: string;
    exit_terms: string;
    collective_share: number;
    set_by: string;
  },
) {
  await trx
    .insertInto('villagefund_plans')
    .values(p)
    .onConflict((oc) =>
      oc.columns(['district_id', 'project_id']).doUpdateSet({
        total_fen: p.total_fen,
        sources: p.sources,
        milestones: p.milestones,
        indicators: p.indicators,
        exit_terms: p.exit_terms,
        collective_share: p.collective_share,
        set_by: p.set_by,
        set_at: new Date(),
        version: sql`villagefund_plans.version + 1`,
      }),
    )
    .execute();
}
