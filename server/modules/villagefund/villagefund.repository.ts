/**
 * SQL of the 强村富民 fund's projects, which every family reads, and the node lookup for scope checks. Only
 * the fund's own tables, and org_nodes for paths and names.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

const projectSelect = (db: Executor) =>
  db
    .selectFrom('villagefund_projects as p')
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .innerJoin('villagefund_pools as pl', (j) =>
      j.onRef('pl.district_id', '=', 'p.district_id').onRef('pl.id', '=', 'p.pool_id'),
    )
    .selectAll('p')
    .select(['n.path', 'n.name as node_name', 'pl.name as pool_name']);

/** A project with its village's path and name; locked when lock. */
export async function findProject(db: Executor, id: string, lock = false) {
  let q = projectSelect(db).where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}

export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

/** Projects in scope, optionally of some stages, with money paid so far. */
export function findProjects(
  db: Executor,
  inScope: Expression<SqlBool>,
  f: { stages?: string[]; poolId?: string },
) {
  let q = projectSelect(db)
    .select((eb) =>
      eb
        .selectFrom('villagefund_batches as b')
        .select(sql<number>`coalesce(sum(b.amount_fen), 0)::bigint`.as('paid'))
        .whereRef('b.district_id', '=', 'p.district_id')
        .whereRef('b.project_id', '=', 'p.id')
        .where('b.status', '=', 'paid')
        .as('paid_fen'),
    )
    .where(inScope);
  if (f.stages?.length) q = q.where('p.stage', 'in', f.stages);
  if (f.poolId) q = q.where('p.pool_id', '=', f.poolId);
  return q.orderBy('p.applied_at', 'desc').limit(2000).execute();
}

export type NewProject = {
  district_id: string;
  id: string;
  pool_id: string;
  node_id: string;
  title: string;
  description: string;
  category: string;
  investment_fen: number;
  annual_revenue_fen: number;
  annual_cost_fen: number;
  horizon_years: number;
  households: number;
  risks: string;
  stage: string;
  applied_by: string;
};

/** Adds a project application. */
export async function insertProject(trx: Executor, p: NewProject) {
  await trx.insertInto('villagefund_projects').values(p).execute();
}

/** Changes a project's fields, bumping its version. */
export async function updateProject(
  trx: Executor,
  districtId: string,
  id: string,
  set: Partial<{
    stage: string;
    feasibility: string;
    feasibility_at: Date;
    decision_note: string | null;
    decided_at: Date;
    exit_reason: string;
    exit_recovered_fen: number;
    exited_at: Date;
  }>,
) {
  await trx
    .updateTable('villagefund_projects')
    .set({ ...set, updated_at: new Date(), version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}
