/** SQL of the fund's pools 资金池 and their ledger. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

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
    .innerJoin('org_nodes as n', nodeJoin('pl'))
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
    .innerJoin('org_nodes as n', nodeJoin('pl'))
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
    .innerJoin('org_nodes as n', nodeJoin('pl'))
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
