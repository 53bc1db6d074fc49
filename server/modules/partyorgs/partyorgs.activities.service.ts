/**
 * Activities planned by 5W1H and recorded against their plan (seed 004, Luohu: "将每一项党建工作和
 * 党建活动都按照“5W1H”的要求实施过程控制"), and the 主题党日 menu a branch orders from (seed 001:
 * "各支部可点单街道党群服务中心推出的“加料版”主题党日套餐").
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { PartyorgsCore, PartyorgsDeps } from './partyorgs.core.ts';
import * as repo from './partyorgs.repository.ts';
import type { ActivityRow } from './partyorgs.repository.ts';
import type { Extent } from './partyorgs.rules.ts';
import type { PlanInput } from './partyorgs.schemas.ts';

/** The activity verbs' type. */
export type ActivitiesService = ReturnType<typeof createActivitiesService>;

/** Builds the activity and menu verbs. */
export function createActivitiesService(deps: PartyorgsDeps & { core: PartyorgsCore }) {
  const { db, auditor, core } = deps;

  async function views(ctx: RequestContext, rows: ActivityRow[]) {
    const names = await core.orgNames(rows.map((r) => r.party_org_id));
    return rows.map((a) => ({
      id: a.id,
      partyOrgId: a.party_org_id,
      partyOrgName: names.get(a.party_org_id) ?? '',
      nodeName: a.node_name,
      menuId: a.menu_id,
      who: a.who,
      what: a.what,
      why: a.why,
      plannedOn: a.planned_on,
      how: a.how,
      extent: a.extent,
      targetAttendance: a.target_attendance,
      status: a.status as 'planned' | 'recorded' | 'cancelled',
      heldOn: a.held_on,
      attendance: a.attendance,
      outcome: a.outcome,
      extentMet: a.extent_met as Extent | null,
      version: a.version,
      can: { record: a.status === 'planned' && can(ctx.actor, 'partyorgs.plan', a.path) },
    }));
  }

  /** Stores a plan for an organisation the actor may plan for (audited). */
  async function plan(ctx: RequestContext, input: PlanInput, menuId: string | null = null) {
    requirePermission(ctx, 'partyorgs.plan');
    const o = await core.orgFor(ctx, input.partyOrgId, 'partyorgs.plan');
    return db.transaction().execute(async (trx) => {
      const id = uuidv7();
      await repo.insertActivity(trx, {
        district_id: o.districtId,
        id,
        party_org_id: o.id,
        node_id: o.nodeId,
        menu_id: menuId,
        who: input.who,
        what: input.what,
        why: input.why,
        planned_on: input.plannedOn,
        how: input.how,
        extent: input.extent,
        target_attendance: input.targetAttendance,
      });
      await auditor.append(trx, ctx, {
        action: 'partyorgs.activity.plan',
        objectType: 'partyorgs_activity',
        objectId: id,
        districtId: o.districtId,
        detail: { partyOrgId: o.id, what: input.what, plannedOn: input.plannedOn, menuId },
      });
      return { id };
    });
  }

  return {
    plan,

    /** Activities below a node in a year (optionally one organisation's or one status). */
    async activities(
      ctx: RequestContext,
      q: { nodeId: string; year: number; partyOrgId?: string; status?: string },
    ) {
      const n = await core.nodeFor(ctx, q.nodeId, 'partyorgs.read');
      const rows = await repo.listActivities(db, {
        paths: [n.path],
        from: `${q.year}-01-01`,
        to: `${q.year + 1}-01-01`,
        partyOrgId: q.partyOrgId,
        status: q.status,
        limit: 2000,
      });
      return views(ctx, rows);
    },

    /** Records what was done against the plan (audited; a record is final). */
    async record(
      ctx: RequestContext,
      id: string,
      input: { heldOn: string; attendance: number; outcome: string; extentMet: Extent; version: number },
    ) {
      requirePermission(ctx, 'partyorgs.plan');
      return db.transaction().execute(async (trx) => {
        const a = await repo.findActivity(trx, id, true);
        if (!a || !can(ctx.actor, 'partyorgs.plan', a.path)) throw new NotFoundError();
        if (a.status !== 'planned') throw new ConflictError('partyorgs.already_recorded');
        if (a.version !== input.version) throw new ConflictError('error.stale');
        await repo.recordActivity(
          trx,
          { district_id: a.district_id, id, version: a.version },
          {
            held_on: input.heldOn,
            attendance: input.attendance,
            outcome: input.outcome,
            extent_met: input.extentMet,
          },
        );
        await auditor.append(trx, ctx, {
          action: 'partyorgs.activity.record',
          objectType: 'partyorgs_activity',
          objectId: id,
          districtId: a.district_id,
          detail: { heldOn: input.heldOn, attendance: input.attendance, extentMet: input.extentMet },
        });
        return { version: a.version + 1 };
      });
    },

    /** The menu offered to a node's branches (items on the node or above it), with how often ordered. */
    async menu(ctx: RequestContext, nodeId: string) {
      const n = await core.nodeFor(ctx, nodeId, 'partyorgs.read');
      const items = await repo.menuFor(db, n.path.split('/').filter(Boolean));
      const orders = await repo.menuOrders(
        db,
        n.district_id,
        items.map((i) => i.id),
      );
      return items.map((i) => ({
        id: i.id,
        nodeName: i.node_name,
        title: i.title,
        description: i.description,
        orders: orders.get(i.id) ?? 0,
      }));
    },

    /** Adds a 主题党日 package to a node's menu (audited). */
    async addMenuItem(ctx: RequestContext, input: { nodeId: string; title: string; description: string }) {
      const n = await core.nodeFor(ctx, input.nodeId, 'partyorgs.grade');
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        await repo.insertMenuItem(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          title: input.title,
          description: input.description,
        });
        await auditor.append(trx, ctx, {
          action: 'partyorgs.menu.create',
          objectType: 'partyorgs_menu',
          objectId: id,
          districtId: n.district_id,
          detail: { nodeId: n.id, title: input.title },
        });
        return { id };
      });
    },

    /** A branch orders a package: an activity planned with the package as its what. */
    async order(ctx: RequestContext, menuId: string, input: Omit<PlanInput, 'what'>) {
      requirePermission(ctx, 'partyorgs.plan');
      const item = await repo.findMenuItem(db, menuId);
      if (!item || !item.active) throw new NotFoundError();
      const o = await core.orgFor(ctx, input.partyOrgId, 'partyorgs.plan');
      if (!o.path.startsWith(item.path) || o.districtId !== item.district_id)
        throw new InvalidError([{ field: 'partyOrgId', key: 'partyorgs.menu_outside' }]);
      return plan(ctx, { ...input, what: item.title }, item.id);
    },
  };
}
