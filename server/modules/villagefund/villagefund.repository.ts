/** SQL of the 强村富民 fund: its own tables, and org_nodes for paths and names (scope). */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

// ---------- pools and ledger ----------

const poolCols = [
  'pl.district_id',
  'pl.id',
  'pl.node_id',
  'pl.name',
  'pl.version',
  'n.path',
  'n.name as node_name',
] as const;

/** A pool with its node's path; locked for a batch approval when lock. */
export async function findPool(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('villagefund_pools as pl')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'pl.district_id').onRef('n.id', '=', 'pl.node_id'),
    )
    .select(poolCols)
    .where('pl.id', '=', id);
  if (lock) q = q.forUpdate('pl');
  return q.executeTakeFirst();
}
export type PoolRow = NonNullable<Awaited<ReturnType<typeof findPool>>>;

/** The nearest pool on a node or its ancestors (a village applies to its street's or district's pool). */
export function findPoolAbove(db: Executor, districtId: string, path: string) {
  return db
    .selectFrom('villagefund_pools as pl')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'pl.district_id').onRef('n.id', '=', 'pl.node_id'),
    )
    .select(poolCols)
    .where('pl.district_id', '=', districtId)
    .where(sql<SqlBool>`${path} LIKE n.path || '%'`)
    .orderBy(sql`length(n.path)`, 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Pools on nodes inside the scope expression. */
export function findPools(db: Executor, inScope: Expression<SqlBool>) {
  return db
    .selectFrom('villagefund_pools as pl')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'pl.district_id').onRef('n.id', '=', 'pl.node_id'),
    )
    .select(poolCols)
    .where(inScope)
    .orderBy('n.path')
    .execute();
}

/** Makes a pool on a node. */
export async function insertPool(
  trx: Executor,
  p: { district_id: string; id: string; node_id: string; name: string },
) {
  await trx.insertInto('villagefund_pools').values(p).execute();
}

/** A pool's money: raised by source, recovered, paid out, and committed to approved or paid batches. */
export async function poolMoney(db: Executor, districtId: string, poolId: string) {
  const [ledger, committed] = await Promise.all([
    db
      .selectFrom('villagefund_ledger')
      .select(['kind', 'source', sql<number>`sum(amount_fen)::bigint`.as('fen')])
      .where('district_id', '=', districtId)
      .where('pool_id', '=', poolId)
      .groupBy(['kind', 'source'])
      .execute(),
    db
      .selectFrom('villagefund_batches as b')
      .innerJoin('villagefund_projects as p', (j) =>
        j.onRef('p.district_id', '=', 'b.district_id').onRef('p.id', '=', 'b.project_id'),
      )
      .select(sql<number>`coalesce(sum(b.amount_fen), 0)::bigint`.as('fen'))
      .where('b.district_id', '=', districtId)
      .where('p.pool_id', '=', poolId)
      .where('b.status', 'in', ['approved', 'paid'])
      .executeTakeFirstOrThrow(),
  ]);
  const bySource = { fiscal: 0, loan: 0, collective: 0, donation: 0 };
  let recovered = 0;
  let paid = 0;
  for (const r of ledger) {
    if (r.kind === 'inflow' && r.source) bySource[r.source as keyof typeof bySource] += Number(r.fen);
    if (r.kind === 'recovery') recovered += Number(r.fen);
    if (r.kind === 'payout') paid += Number(r.fen);
  }
  const raised = Object.values(bySource).reduce((s, x) => s + x, 0);
  return {
    bySource,
    raised,
    recovered,
    paid,
    committed: Number(committed.fen),
    free: raised + recovered - Number(committed.fen),
  };
}

export interface NewLedger {
  district_id: string;
  id: string;
  pool_id: string;
  kind: 'inflow' | 'payout' | 'recovery';
  source: string | null;
  amount_fen: number;
  rate_bp: number | null;
  project_id: string | null;
  batch_id: string | null;
  counterparty: string;
  note: string;
  occurred_on: string;
  created_by: string | null;
}

/** Adds ledger entries. */
export async function insertLedger(trx: Executor, rows: NewLedger[]) {
  if (rows.length) await trx.insertInto('villagefund_ledger').values(rows).execute();
}

/** A pool's ledger, newest first, with the project's title for payouts and recoveries. */
export function findLedger(db: Executor, districtId: string, poolId: string, year?: number) {
  let q = db
    .selectFrom('villagefund_ledger as l')
    .leftJoin('villagefund_projects as p', (j) =>
      j.onRef('p.district_id', '=', 'l.district_id').onRef('p.id', '=', 'l.project_id'),
    )
    .select([
      'l.id',
      'l.kind',
      'l.source',
      'l.amount_fen',
      'l.rate_bp',
      'l.project_id',
      'l.batch_id',
      'l.counterparty',
      'l.note',
      'l.occurred_on',
      'p.title as project_title',
    ])
    .where('l.district_id', '=', districtId)
    .where('l.pool_id', '=', poolId);
  if (year) q = q.where(sql<SqlBool>`extract(year from l.occurred_on) = ${year}`);
  return q.orderBy('l.occurred_on', 'desc').orderBy('l.id', 'desc').execute();
}

// ---------- projects ----------

const projectSelect = (db: Executor) =>
  db
    .selectFrom('villagefund_projects as p')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'p.district_id').onRef('n.id', '=', 'p.node_id'),
    )
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

// ---------- visits and plans ----------

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

// ---------- batches ----------

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

// ---------- reviews ----------

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

// ---------- figures ----------

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
