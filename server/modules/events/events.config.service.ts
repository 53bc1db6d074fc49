/**
 * What a district sets for its events: routing rules (which department a category goes to under a
 * node), service levels (time to receive, time to handle), and its settings (the recurrence rule);
 * and the lists the dispatch screen picks from (categories, the departments of an event's district).
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInScope } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { StaleSettingsError } from './events.errors.ts';
import type { EventsCore } from './events.core.ts';
import * as configRepo from './events.config.repository.ts';
import {
  CATEGORY_NAMES,
  defaultServiceLevel,
  EVENT_CATEGORIES,
  EVENT_LEVELS,
  type EventCategory,
} from './events.rules.ts';
import type {
  categoryView,
  departmentOption,
  routingRuleView,
  settingsBody,
  settingsView,
  slaBody,
  slaView,
} from './events.schemas.ts';

/** Builds the configuration use cases. */
export function createConfig(deps: { core: EventsCore; auditor: Auditor }) {
  const { core, auditor } = deps;
  const { db, tree } = core;

  /** A district the actor has any grant in or above, else 404. */
  async function districtInReach(ctx: RequestContext, districtId: string) {
    const d = await tree.findNode(districtId);
    const grants = ctx.actor?.grants ?? [];
    if (
      !d ||
      d.level !== 'district' ||
      !grants.some((g) => g.path.startsWith(d.path) || d.path.startsWith(g.path))
    )
      throw new NotFoundError();
    return d;
  }

  /** A district the actor may configure, else 404. */
  async function configurable(ctx: RequestContext, districtId: string) {
    const actor = requirePermission(ctx, 'events.configure');
    const d = await tree.findNode(districtId);
    if (!d || d.level !== 'district' || !can(actor, 'events.configure', d.path)) throw new NotFoundError();
    return { actor, d };
  }

  const settingsOut = async (ctx: RequestContext, districtId: string, path: string) => {
    const s = (await core.settingsOf([districtId]))(districtId);
    return {
      districtId,
      recurrence: { count: s.count, metres: s.metres, days: s.days },
      version: s.version,
      custom: s.version > 0,
      canEdit: can(ctx.actor, 'events.configure', path),
    };
  };

  return {
    /** The category code list with the default service levels. */
    async categories(ctx: RequestContext): Promise<z.infer<typeof categoryView>[]> {
      if (!ctx.actor) throw new NotFoundError();
      return EVENT_CATEGORIES.map((code) => ({
        code,
        name: ctx.lang === 'zh-CN' ? CATEGORY_NAMES[code].zh : CATEGORY_NAMES[code].en,
        sla: EVENT_LEVELS.map((level) => ({ level, ...defaultServiceLevel(code, level) })),
      }));
    },

    /** The departments an event may be dispatched to (its district's), for those who dispatch it. */
    async departmentsFor(ctx: RequestContext, id: string): Promise<z.infer<typeof departmentOption>[]> {
      const { r, who } = await core.visibleEvent(ctx, db, id);
      if (!who.manager) throw new NotFoundError();
      return (await tree.departments(r.district_id)).map((d) => ({ id: d.id, name: d.name }));
    },

    /** Routing rules in the actor's scope. */
    async routingRules(ctx: RequestContext, nodeId?: string): Promise<z.infer<typeof routingRuleView>[]> {
      const actor = requirePermission(ctx, 'events.configure');
      const rows = await configRepo.routingRules(
        db,
        nodeInScope('x.node_id', actor, 'events.configure'),
        nodeId,
      );
      const names = await tree.findNodes(rows.flatMap((r) => [r.node_id, r.department_id]));
      return rows
        .map((r) => ({
          id: r.id,
          category: r.category as EventCategory,
          nodeId: r.node_id,
          departmentId: r.department_id,
          nodeName: names.get(r.node_id)?.name ?? '',
          departmentName: names.get(r.department_id)?.name ?? '',
          path: names.get(r.node_id)?.path ?? '',
        }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.category < b.category ? -1 : 1))
        .map(({ path: _p, ...r }) => r);
    },

    /** Sets the department a node's events of a category go to. */
    async setRoutingRule(
      ctx: RequestContext,
      input: { category: string; nodeId: string; departmentId: string },
    ) {
      const actor = requirePermission(ctx, 'events.configure');
      const n = await tree.findNode(input.nodeId);
      if (!n || !can(actor, 'events.configure', n.path)) throw new NotFoundError();
      const d = await tree.findNode(input.departmentId);
      if (!d || d.level !== 'department' || d.districtId !== n.districtId)
        throw new InvalidError([{ field: 'departmentId', key: 'events.not_department' }]);
      return db.transaction().execute(async (trx) => {
        const id = await configRepo.upsertRoutingRule(trx, {
          district_id: n.districtId,
          id: uuidv7(),
          category: input.category,
          node_id: n.id,
          department_id: d.id,
        });
        await auditor.append(trx, ctx, {
          action: 'events.routing.set',
          objectType: 'event_routing',
          objectId: id,
          districtId: n.districtId,
          detail: input,
        });
        return { id };
      });
    },

    /** Deletes a routing rule. */
    async deleteRoutingRule(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'events.configure');
      return db.transaction().execute(async (trx) => {
        const r = await configRepo.routingRule(trx, id);
        const n = r ? await tree.findNode(r.node_id) : undefined;
        if (!r || !n || !can(actor, 'events.configure', n.path)) throw new NotFoundError();
        await configRepo.deleteRoutingRule(trx, r.district_id, id);
        await auditor.append(trx, ctx, {
          action: 'events.routing.delete',
          objectType: 'event_routing',
          objectId: id,
          districtId: r.district_id,
          detail: { category: r.category },
        });
        return { ok: true };
      });
    },

    /** A district's effective service levels, to those with a role in or above it (else 404). */
    async serviceLevels(ctx: RequestContext, districtId: string): Promise<z.infer<typeof slaView>[]> {
      const d = await districtInReach(ctx, districtId);
      const m = new Map((await configRepo.slaRows(db, d.id)).map((r) => [`${r.category}:${r.level}`, r]));
      return EVENT_CATEGORIES.flatMap((category) =>
        EVENT_LEVELS.map((level) => {
          const r = m.get(`${category}:${level}`);
          return r
            ? { category, level, receiveHours: r.receive_hours, handleDays: r.handle_days, custom: true }
            : { category, level, ...defaultServiceLevel(category, level), custom: false };
        }),
      );
    },

    /** Overrides a district's service level for a category and level. */
    async setServiceLevel(ctx: RequestContext, input: z.infer<typeof slaBody>) {
      const { d } = await configurable(ctx, input.districtId);
      const done = await db.transaction().execute(async (trx) => {
        await configRepo.upsertSla(trx, {
          district_id: d.id,
          category: input.category,
          level: input.level,
          receive_hours: input.receiveHours,
          handle_days: input.handleDays,
        });
        await auditor.append(trx, ctx, {
          action: 'events.sla.set',
          objectType: 'event_sla',
          objectId: `${input.category}:${input.level}`,
          districtId: d.id,
          detail: input,
        });
        return { ok: true };
      });
      // committed: this process reports under the new level at once (others when they hear it)
      core.forgetDistrict(d.id);
      return done;
    },

    /** A district's settings (the recurrence rule), to those with a role in or above it. */
    async settings(ctx: RequestContext, districtId: string): Promise<z.infer<typeof settingsView>> {
      const d = await districtInReach(ctx, districtId);
      return settingsOut(ctx, d.id, d.path);
    },

    /** Changes a district's settings (optimistic version; 409 with the current copy). */
    async saveSettings(
      ctx: RequestContext,
      input: z.infer<typeof settingsBody>,
    ): Promise<z.infer<typeof settingsView>> {
      const { d } = await configurable(ctx, input.districtId);
      const ok = await db.transaction().execute(async (trx) => {
        const saved = await configRepo.saveSettings(
          trx,
          {
            district_id: d.id,
            recur_count: input.recurrence.count,
            recur_metres: input.recurrence.metres,
            recur_days: input.recurrence.days,
          },
          input.version,
        );
        if (saved)
          await auditor.append(trx, ctx, {
            action: 'events.settings.set',
            objectType: 'events_settings',
            objectId: d.id,
            districtId: d.id,
            detail: input.recurrence,
          });
        return saved;
      });
      core.forgetDistrict(d.id);
      if (!ok) throw new StaleSettingsError(await settingsOut(ctx, d.id, d.path));
      return settingsOut(ctx, d.id, d.path);
    },
  };
}
