/** SQL of the fee ledger 物业费. */
import { sql } from 'kysely';
import { nodeJoin, type SubtreeRoot } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { type CompoundScope, compoundVisible, ofCompoundUnder } from './property.scope.repository.ts';

// ---------- fees ----------

/** Writes ledger rows (a month already there is replaced). */
export async function upsertFees(
  db: Executor,
  rows: {
    district_id: string;
    compound_id: string;
    period: string;
    billed: number;
    paid: number;
    households_billed: number;
    households_paid: number;
    updated_by: string;
  }[],
) {
  if (!rows.length) return;
  await db
    .insertInto('property_fees')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['district_id', 'compound_id', 'period']).doUpdateSet((eb) => ({
        billed: eb.ref('excluded.billed'),
        paid: eb.ref('excluded.paid'),
        households_billed: eb.ref('excluded.households_billed'),
        households_paid: eb.ref('excluded.households_paid'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: sql`now()`,
      })),
    )
    .execute();
}

/** The ledger of compounds in scope under a path for a year, month by month. */
export function feesOf(
  db: Executor,
  s: CompoundScope,
  f: { under?: string; compoundId?: string; year: number },
) {
  let q = db
    .selectFrom('property_fees as fe')
    .innerJoin('property_compounds as c', (j) =>
      j.onRef('c.district_id', '=', 'fe.district_id').onRef('c.id', '=', 'fe.compound_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .select([
      'fe.compound_id',
      'c.name as compound_name',
      'n.name as node_name',
      'fe.period',
      'fe.billed',
      'fe.paid',
      'fe.households_billed',
      'fe.households_paid',
    ])
    .where('fe.period', 'like', `${f.year}-%`)
    .where(compoundVisible(s));
  if (f.under) q = q.where('n.path', 'like', `${f.under}%`);
  if (f.compoundId) q = q.where('c.id', '=', f.compoundId);
  return q.orderBy('c.name').orderBy('fe.period').limit(20000).execute();
}

/** Billed and paid summed over the compounds under a path in a year (the dashboard's rate). */
export async function feeTotals(db: Executor, under: SubtreeRoot, year: number) {
  const r = await db
    .selectFrom('property_fees as fe')
    .where(ofCompoundUnder('fe', under))
    // the year's months (periods are 'YYYY-MM' by the table's check), a range the indexes seek
    .where('fe.period', '>=', `${year}-01`)
    .where('fe.period', '<=', `${year}-12`)
    .select([
      sql<number>`coalesce(sum(fe.billed), 0)::float8`.as('billed'),
      sql<number>`coalesce(sum(least(fe.paid, fe.billed)), 0)::float8`.as('paid'),
    ])
    .executeTakeFirstOrThrow();
  return r;
}
