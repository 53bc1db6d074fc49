/** SQL of the fund's figures on the home page: batches waiting, reviews due, and the totals. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

/** Batches waiting in scope: requested (to approve) or approved (to pay), with the project. */
export function findWaitingBatches(
  db: Executor,
  inScope: Expression<SqlBool>,
  status: 'requested' | 'approved',
  limit: number,
) {
  return db
    .selectFrom('villagefund_batches as b')
    .innerJoin('villagefund_projects as p', (j) =>
      j.onRef('p.district_id', '=', 'b.district_id').onRef('p.id', '=', 'b.project_id'),
    )
    .select([
      'b.id',
      'b.seq',
      'b.amount_fen',
      'b.requested_at',
      'b.approved_by',
      'p.id as project_id',
      'p.title',
    ])
    .where(inScope)
    .where('b.status', '=', status)
    .orderBy('b.requested_at')
    .limit(limit)
    .execute();
}

/** Projects in scope in funding or operating without a review of the year. */
export function findReviewsDue(db: Executor, inScope: Expression<SqlBool>, year: number, limit: number) {
  return db
    .selectFrom('villagefund_projects as p')
    .select(['p.id', 'p.title'])
    .where(inScope)
    .where('p.stage', 'in', ['funding', 'operating'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('villagefund_reviews as r')
            .select(sql`1`.as('x'))
            .whereRef('r.district_id', '=', 'p.district_id')
            .whereRef('r.project_id', '=', 'p.id')
            .where('r.year', '=', year),
        ),
      ),
    )
    .orderBy('p.applied_at')
    .limit(limit)
    .execute();
}

/** The fund's figures under a node: raised by source (pools on or under it), projects by stage, paid and returns in the year. */
export async function figures(db: Executor, inScope: (col: string) => Expression<SqlBool>, year: number) {
  const [raised, stages, paid, returns] = await Promise.all([
    db
      .selectFrom('villagefund_ledger as l')
      .innerJoin('villagefund_pools as pl', (j) =>
        j.onRef('pl.district_id', '=', 'l.district_id').onRef('pl.id', '=', 'l.pool_id'),
      )
      .select(['l.source', sql<number>`sum(l.amount_fen)::bigint`.as('fen')])
      .where(inScope('pl.node_id'))
      .where('l.kind', '=', 'inflow')
      .groupBy('l.source')
      .execute(),
    db
      .selectFrom('villagefund_projects as p')
      .select(['p.stage', sql<number>`count(*)::int`.as('n')])
      .where(inScope('p.node_id'))
      .groupBy('p.stage')
      .execute(),
    db
      .selectFrom('villagefund_batches as b')
      .innerJoin('villagefund_projects as p', (j) =>
        j.onRef('p.district_id', '=', 'b.district_id').onRef('p.id', '=', 'b.project_id'),
      )
      .select([
        sql<number>`coalesce(sum(b.amount_fen), 0)::bigint`.as('all_fen'),
        sql<number>`coalesce(sum(b.amount_fen) FILTER (WHERE extract(year from b.paid_at AT TIME ZONE 'Asia/Shanghai') = ${year}), 0)::bigint`.as(
          'year_fen',
        ),
      ])
      .where(inScope('p.node_id'))
      .where('b.status', '=', 'paid')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('villagefund_reviews as r')
      .innerJoin('villagefund_projects as p', (j) =>
        j.onRef('p.district_id', '=', 'r.district_id').onRef('p.id', '=', 'r.project_id'),
      )
      .select([
        'r.year',
        sql<number>`sum(r.revenue_fen - r.cost_fen)::bigint`.as('net'),
        sql<number>`sum(r.collective_return_fen)::bigint`.as('collective'),
        sql<number>`sum(r.household_return_fen)::bigint`.as('household'),
        sql<number>`sum(r.households)::int`.as('households'),
      ])
      .where(inScope('p.node_id'))
      .where('r.year', 'in', [year, year - 1])
      .groupBy('r.year')
      .execute(),
  ]);
  return { raised, stages, paid, returns };
}
