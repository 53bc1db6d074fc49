/**
 * 专班招募令 themselves: the organisation department publishes an order (a gapless number per
 * district and year), officers and cadres list and open them, and the printable order.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { districtsOf, orderOut, todayOf, type TaskforcesDeps } from './taskforces.core.ts';
import { orderHtml } from './taskforces.document.ts';
import * as repo from './taskforces.repository.ts';
import { orderNumber } from './taskforces.rules.ts';
import type { closeBody, orderBody } from './taskforces.schemas.ts';

/** Builds the order verbs. */
export function createOrdersService(deps: TaskforcesDeps) {
  const { db, auditor } = deps;

  /** Counts per order (applications not withdrawn, selected per post) and the actor's own applications. */
  async function withCounts(ctx: RequestContext, rows: repo.OrderRow[]) {
    const ids = rows.map((o) => o.id);
    const apps = await repo.findApplicationsOfOrders(db, [...new Set(rows.map((o) => o.district_id))], ids);
    const today = todayOf(deps);
    const personId = ctx.actor?.personId ?? null;
    return rows.map((o) => {
      const own = apps.filter((a) => a.order_id === o.id);
      const selected: number[] = [];
      for (const a of own)
        if (a.state === 'selected') selected[a.post_index] = (selected[a.post_index] ?? 0) + 1;
      const mine = personId ? (own.find((a) => a.person_id === personId) ?? null) : null;
      return orderOut(
        o,
        today,
        { applications: own.filter((a) => a.state !== 'withdrawn').length, selected },
        mine,
      );
    });
  }

  /** An order the actor may see: the department in scope, or a cadre of its district. */
  async function visibleOrder(ctx: RequestContext, id: string) {
    const actor = requirePermission(ctx, 'taskforces.read');
    const o = await repo.findOrder(db, id);
    if (!o) throw new NotFoundError();
    if (can(actor, 'taskforces.manage', o.path)) return o;
    if (
      can(actor, 'taskforces.read', o.path) ||
      districtsOf(actor, 'taskforces.apply').includes(o.district_id)
    )
      return o;
    throw new NotFoundError();
  }

  return {
    visibleOrder,

    /** Publishes an order of the district with the next official number of the year. */
    async publishOrder(ctx: RequestContext, b: z.infer<typeof orderBody>) {
      const d = await nodeFor(db, ctx, b.districtId, 'taskforces.manage');
      if (d.level !== 'district' || d.district_id !== d.id) throw new NotFoundError();
      const fields = [];
      if (b.openTo < b.openFrom) fields.push({ field: 'openTo', key: 'taskforces.open_to_before_from' });
      const lead = await repo.findNode(db, b.leadNodeId);
      if (!lead || lead.district_id !== d.id || lead.level !== 'department')
        fields.push({ field: 'leadNodeId', key: 'taskforces.lead_not_department' });
      if (fields.length) throw new InvalidError(fields);
      const year = Number(b.openFrom.slice(0, 4));
      return db.transaction().execute(async (trx) => {
        const seq = await repo.takeOrderSeq(trx, d.id, year);
        const id = uuidv7();
        const number = orderNumber(d.name, year, seq);
        await repo.insertOrder(trx, {
          district_id: d.id,
          id,
          node_id: d.id,
          year,
          seq,
          number,
          name: b.name,
          mission: b.mission,
          lead_node_id: b.leadNodeId,
          audience: b.audience,
          posts: JSON.stringify(b.posts),
          open_from: b.openFrom,
          open_to: b.openTo,
          term_start: b.termStart,
          created_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'taskforces.order.publish',
          objectType: 'taskforces_order',
          objectId: id,
          districtId: d.id,
          detail: { number, name: b.name, audience: b.audience },
        });
        return { id, number };
      });
    },

    /**
     * The orders the actor sees: the department's in its scope (all, or only open ones), a cadre's
     * those of their district open today or applied to.
     */
    async orders(ctx: RequestContext, q: { districtId?: string; open?: '0' | '1' }) {
      const actor = requirePermission(ctx, 'taskforces.read');
      const today = todayOf(deps);
      const manage = scopePaths(actor, 'taskforces.manage');
      let rows: repo.OrderRow[];
      if (manage.length) rows = await repo.findOrders(db, nodeInPaths('o.node_id', manage), q.districtId);
      else {
        const districts = districtsOf(actor, 'taskforces.read');
        if (!districts.length) return [];
        rows = await repo.findOrdersForCadre(db, districts, today, actor.personId);
      }
      const out = await withCounts(ctx, rows);
      return q.open === '1' ? out.filter((o) => o.open) : out;
    },

    /**
     * The department closes an order before its period ends (a reason, audited): from then on it takes
     * no applications; those already in are still shortlisted, selected or rejected.
     */
    async closeOrder(ctx: RequestContext, id: string, b: z.infer<typeof closeBody>) {
      const actor = requirePermission(ctx, 'taskforces.manage');
      const o = await repo.findOrder(db, id);
      if (!o || !can(actor, 'taskforces.manage', o.path)) throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const at = new Date();
        const n = await repo.closeOrder(
          trx,
          { districtId: o.district_id, id: o.id },
          { closedBy: actor.userId, reason: b.reason, at },
        );
        if (!n) throw new ConflictError('taskforces.already_closed');
        await auditor.append(trx, ctx, {
          action: 'taskforces.order.close',
          objectType: 'taskforces_order',
          objectId: o.id,
          districtId: o.district_id,
          detail: { number: o.number, reason: b.reason, openTo: o.open_to },
        });
        const fresh = (await repo.findOrder(trx, o.id))!;
        return (await withCounts(ctx, [fresh]))[0];
      });
    },

    /** One order. */
    async order(ctx: RequestContext, id: string) {
      const o = await visibleOrder(ctx, id);
      return (await withCounts(ctx, [o]))[0];
    },

    /** The order as a printable A4 page (the red-header official document). */
    async orderPrint(ctx: RequestContext, id: string) {
      const o = await visibleOrder(ctx, id);
      const [v] = await withCounts(ctx, [o]);
      const district = await repo.findNode(db, o.district_id);
      return orderHtml({ ...v, districtName: district?.name ?? '', issuedOn: o.created_at });
    },
  };
}
