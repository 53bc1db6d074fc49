/** SQL of the register of pledged collective assets 集体资产担保. */
import type { Expression, Insertable, SqlBool } from 'kysely';
import type { DB } from '../../platform/db/db.generated.ts';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

/** A pool's pledges with the village's name and the loan inflow's rate, release day first. */
export function findPledges(db: Executor, districtId: string, poolId: string) {
  return db
    .selectFrom('villagefund_pledges as p')
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .leftJoin('villagefund_ledger as l', (j) =>
      j.onRef('l.district_id', '=', 'p.district_id').onRef('l.id', '=', 'p.inflow_id'),
    )
    .selectAll('p')
    .select(['n.name as node_name', 'l.rate_bp', 'l.amount_fen as inflow_fen'])
    .where('p.district_id', '=', districtId)
    .where('p.pool_id', '=', poolId)
    .orderBy('p.released_on', 'desc')
    .orderBy('p.release_on')
    .limit(2000)
    .execute();
}

/** A loan inflow of a pool (to tie a pledge to). */
export function findLoanInflow(db: Executor, districtId: string, poolId: string, id: string) {
  return db
    .selectFrom('villagefund_ledger')
    .select(['id', 'rate_bp', 'amount_fen'])
    .where('district_id', '=', districtId)
    .where('pool_id', '=', poolId)
    .where('id', '=', id)
    .where('kind', '=', 'inflow')
    .where('source', '=', 'loan')
    .executeTakeFirst();
}

/** Adds pledges. */
export async function insertPledges(db: Executor, rows: Insertable<DB['villagefund_pledges']>[]) {
  if (rows.length) await db.insertInto('villagefund_pledges').values(rows).execute();
}

/** The value still pledged for a pool (not released). */
export async function pledgedFen(db: Executor, districtId: string, poolId: string) {
  const r = await db
    .selectFrom('villagefund_pledges')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('value_fen'), eb.lit(0)).as('fen'))
    .where('district_id', '=', districtId)
    .where('pool_id', '=', poolId)
    .where('released_on', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.fen);
}

/** Marks a pledge released if its version is still `version`. */
export async function releasePledge(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  on: string,
) {
  const r = await db
    .updateTable('villagefund_pledges')
    .set((eb) => ({ released_on: on, version: eb('version', '+', 1) }))
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('released_on', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** One pledge by id. */
export function findPledge(db: Executor, id: string) {
  return db.selectFrom('villagefund_pledges').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Pledges not yet released whose release day is on or before a day, in pools on nodes inside the scope. */
export function findPledgesToRelease(
  db: Executor,
  inScope: Expression<SqlBool>,
  until: string,
  limit: number,
) {
  return db
    .selectFrom('villagefund_pledges as p')
    .innerJoin('villagefund_pools as pl', (j) =>
      j.onRef('pl.district_id', '=', 'p.district_id').onRef('pl.id', '=', 'p.pool_id'),
    )
    .select(['p.id', 'p.asset', 'p.pool_id', 'p.release_on'])
    .where(inScope)
    .where('p.released_on', 'is', null)
    .where('p.release_on', '<=', until)
    .orderBy('p.release_on')
    .limit(limit)
    .execute();
}
