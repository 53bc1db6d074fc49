/**
 * The property-fee ledger 物业费收缴 (seed 001, Longquan: 全面提高物业服务费收缴率): billed and paid
 * per compound and month, typed in by property staff or officers, and the collection rate paid ÷
 * billed per compound, per node and per year.
 */
import type { z } from 'zod';
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { InvalidError } from '../../platform/errors.ts';
import { shanghaiThisYear as thisYear } from '../../platform/time.ts';
import { compoundScope, type PropertyCore, type PropertyDeps } from './property.core.ts';
import * as repo from './property.repository.ts';
import { collectionRate } from './property.rules.ts';
import type { feesBody, feesQuery } from './property.schemas.ts';

/** Builds the fee-ledger verbs. */
export function createFeesService(deps: PropertyDeps & { core: PropertyCore }) {
  const { db, core } = deps;

  return {
    /** The ledger of a year: totals, each compound's rate and its months. */
    async fees(ctx: RequestContext, q: z.infer<typeof feesQuery>) {
      const actor = requirePermission(ctx, 'property.read');
      const year = q.year ?? thisYear();
      const s = compoundScope(actor, 'property.read');
      const under = q.nodeId ? (await core.nodeFor(ctx, q.nodeId, 'property.read')).path : undefined;
      if (q.compoundId) await core.visibleCompound(ctx, q.compoundId, 'property.read');
      const rows = await repo.feesOf(db, s, { under, compoundId: q.compoundId, year });
      const by = new Map<string, { compoundId: string; name: string; nodeName: string; rows: typeof rows }>();
      for (const r of rows) {
        const e = by.get(r.compound_id) ?? {
          compoundId: r.compound_id,
          name: r.compound_name,
          nodeName: r.node_name,
          rows: [],
        };
        e.rows.push(r);
        by.set(r.compound_id, e);
      }
      let billed = 0;
      let paid = 0;
      const compounds = [...by.values()].map((e) => {
        const b = e.rows.reduce((s, r) => s + Number(r.billed), 0);
        const p = e.rows.reduce((s, r) => s + Math.min(Number(r.paid), Number(r.billed)), 0);
        billed += b;
        paid += p;
        return {
          compoundId: e.compoundId,
          name: e.name,
          nodeName: e.nodeName,
          billed: b,
          paid: p,
          rate: collectionRate(b, p),
          months: e.rows.map((r) => ({
            period: r.period,
            billed: Number(r.billed),
            paid: Number(r.paid),
            householdsBilled: r.households_billed,
            householdsPaid: r.households_paid,
            rate: collectionRate(Number(r.billed), Number(r.paid)),
          })),
        };
      });
      void scopePaths;
      return { year, billed, paid, rate: collectionRate(billed, paid), compounds };
    },

    /** Writes months of a compound's ledger (a month entered again is replaced). */
    async recordFees(ctx: RequestContext, id: string, input: z.infer<typeof feesBody>) {
      const c = await core.visibleCompound(ctx, id, 'property.fees');
      const periods = input.rows.map((r) => r.period);
      const dup = periods.findIndex((p, i) => periods.indexOf(p) !== i);
      if (dup >= 0)
        throw new InvalidError([{ field: `rows.${dup}.period`, key: 'property.period_repeated' }]);
      const bad = input.rows.findIndex((r) => r.householdsPaid > r.householdsBilled);
      if (bad >= 0)
        throw new InvalidError([
          { field: `rows.${bad}.householdsPaid`, key: 'property.households_paid_over' },
        ]);
      await db.transaction().execute(async (trx) => {
        await repo.upsertFees(
          trx,
          input.rows.map((r) => ({
            district_id: c.district_id,
            compound_id: c.id,
            period: r.period,
            billed: r.billed,
            paid: r.paid,
            households_billed: r.householdsBilled,
            households_paid: r.householdsPaid,
            updated_by: ctx.actor!.userId,
          })),
        );
        await core.auditCompound(trx, ctx, c, 'property.fees.record', { periods });
      });
      return { ok: true as const };
    },
  };
}
