/** SQL of a project's payment batches 拨付批次 and their reviews, and the money a project has drawn. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

/** A project's batches in order. */
export function findBatches(db: Executor, districtId: string, projectId: string) {
  return db
    .selectFrom('villagefund_batches')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .orderBy('seq')
    .execute();
}

/** A batch; locked when lock. */
export async function findBatch(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('villagefund_batches').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Adds a batch request with the next number of the project. */
export async function insertBatch(
  trx: Executor,
  b: {
    district_id: string;
    id: string;
    project_id: string;
    amount_fen: number;
    progress: number;
    progress_note: string;
    requested_by: string;
  },
) {
  await trx
    .insertInto('villagefund_batches')
    .values({
      ...b,
      status: 'requested',
      seq: sql<number>`(SELECT coalesce(max(seq), 0) + 1 FROM villagefund_batches WHERE district_id = ${b.district_id} AND project_id = ${b.project_id})`,
    })
    .execute();
}

/** Changes a batch's status and who did it. */
export async function updateBatch(
  trx: Executor,
  districtId: string,
  id: string,
  set: Partial<{
    status: string;
    approved_by: string;
    approved_at: Date;
    paid_by: string;
    paid_at: Date;
    decision_note: string | null;
  }>,
) {
  await trx
    .updateTable('villagefund_batches')
    .set(set)
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Approved and paid money of a project. */
export async function projectMoney(db: Executor, districtId: string, projectId: string) {
  const r = await db
    .selectFrom('villagefund_batches')
    .select([
      sql<number>`coalesce(sum(amount_fen) FILTER (WHERE status IN ('approved', 'paid')), 0)::bigint`.as(
        'committed',
      ),
      sql<number>`coalesce(sum(amount_fen) FILTER (WHERE status = 'paid'), 0)::bigint`.as('paid'),
    ])
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return { committed: Number(r.committed), paid: Number(r.paid) };
}

/** A project's yearly reviews. */
export function findReviews(db: Executor, districtId: string, projectId: string) {
  return db
    .selectFrom('villagefund_reviews')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('project_id', '=', projectId)
    .orderBy('year')
    .execute();
}

/** Records a year's review (one per project and year). */
export async function insertReview(
  trx: Executor,
  r: {
    district_id: string;
    project_id: string;
    year: number;
    revenue_fen: number;
    cost_fen: number;
    collective_return_fen: number;
    household_return_fen: number;
    households: number;
    indicators_met: number;
    indicators_total: number;
    score: number;
    grade: string;
    note: string;
    reviewed_by: string;
  },
) {
  const res = await trx
    .insertInto('villagefund_reviews')
    .values(r)
    .onConflict((oc) => oc.columns(['district_id', 'project_id', 'year']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}
