/**
 * The events module's part of the home page 工作台 and the node dashboard 驾驶舱 (platform/workbench.ts):
 * what waits for this user (an officer's events to receive and to dispatch, a department's events
 * to handle, a reporter's news, evaluations and prevention reviews due), each with its SLA colour;
 * and a node's receipt rate, disposal rate, on-the-spot share and overdue events, with definitions.
 */
import { can, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths, nodeInScope } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NodeStat, StatNode, TodoItem, TodoLevel } from '../../platform/workbench.ts';
import type { EventsCore } from './events.core.ts';
import { eventHref } from './events.notices.ts';
import * as repo from './events.repository.ts';
import * as lifecycleRepo from './events.lifecycle.repository.ts';
import * as listsRepo from './events.lists.repository.ts';
import type { EventView } from './events.schemas.ts';
import { definitions } from './events.rates.service.ts';

const NONE = '00000000-0000-0000-0000-000000000000';
const LEVEL: Record<EventView['timer']['colour'], TodoLevel> = {
  red: 'red',
  yellow: 'yellow',
  green: 'normal',
  none: 'normal',
};
const worst = (vs: EventView[]): TodoLevel =>
  vs.some((v) => v.timer.colour === 'red')
    ? 'red'
    : vs.some((v) => v.timer.colour === 'yellow')
      ? 'yellow'
      : 'normal';

/** Builds the to-do and statistics sources. */
export function createWorkbench(deps: {
  core: EventsCore;
  totalsAt: (
    node: { id: string; districtId: string },
    from: string,
    to: string,
  ) => Promise<{
    reported: number;
    receiptRate: number | null;
    disposalRate: number | null;
    onSpotShare: number | null;
  }>;
}) {
  const { core } = deps;
  const { db } = core;

  /** One to-do line: how many events match, and the first few (soonest deadline first). */
  async function line(
    ctx: RequestContext,
    key: string,
    where: repo.EventWhere,
    href: string,
  ): Promise<TodoItem | null> {
    const count = await listsRepo.countEvents(db, where);
    if (!count) return null;
    // the soonest deadlines first; events with no running deadline only when none has one
    let rows = await listsRepo.eventsDueBy(db, where, new Date(8.64e15), 5);
    if (!rows.length) rows = await listsRepo.listEvents(db, where, { limit: 5, offset: 0 });
    const shown = await core.views(ctx, rows);
    return {
      key,
      module: 'events',
      label: t(ctx.lang, `events.todo.${key.slice('events.'.length)}`),
      count,
      href,
      level: worst(shown),
      entries: shown.map((v) => ({
        id: v.id,
        title: `${v.number ?? ''} ${v.title}`.trim(),
        href: eventHref(v.id),
        due: v.timer.deadline,
        level: LEVEL[v.timer.colour],
      })),
    };
  }

  return {
    /** What waits for the actor in the events module. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const a = ctx.actor;
      if (!a) return [];
      const out: (TodoItem | null)[] = [];
      if (can(a, 'events.manage')) {
        const mine = nodeInScope('e.handling_node_id', a, 'events.manage');
        out.push(
          await line(
            ctx,
            'events.to_receive',
            (eb) => eb.and([mine, eb('e.state', 'in', ['reported', 'escalated'])]),
            '/events?state=reported',
          ),
          await line(
            ctx,
            'events.to_dispatch',
            (eb) => eb.and([mine, eb('e.state', 'in', ['received', 'returned'])]),
            '/events?state=received',
          ),
          await line(
            ctx,
            'events.to_close',
            (eb) => eb.and([mine, eb('e.state', '=', 'verified')]),
            '/events?state=verified',
          ),
        );
      }
      if (can(a, 'events.handle')) {
        const ours = nodeInScope('e.department_id', a, 'events.handle');
        out.push(
          await line(
            ctx,
            'events.to_handle',
            (eb) => eb.and([ours, eb('e.state', 'in', ['dispatched', 'accepted'])]),
            '/events?state=dispatched',
          ),
        );
      }
      const me = a.userId ?? NONE;
      out.push(
        await line(
          ctx,
          'events.to_verify',
          (eb) => eb.and([eb('e.reporter_user_id', '=', me), eb('e.state', '=', 'handled')]),
          '/events/mine',
        ),
        await line(
          ctx,
          'events.my_news',
          (eb) =>
            eb.and([
              eb('e.reporter_user_id', '=', me),
              eb('e.state', '!=', 'reported'),
              eb('e.updated_at', '>=', new Date(Date.now() - 7 * 86400_000)),
            ]),
          '/events/mine',
        ),
      );
      if (can(a, 'events.evaluate')) {
        const reach = (eb: Parameters<repo.EventWhere>[0]) =>
          eb.and([
            nodeInScope('e.handling_node_id', a, 'events.evaluate'),
            eb('e.state', 'in', ['closed', 'resolved']),
          ]);
        const pending = await listsRepo.unevaluatedEvents(db, reach, 100);
        if (pending.length)
          out.push({
            key: 'events.to_evaluate',
            module: 'events',
            label: t(ctx.lang, 'events.todo.to_evaluate'),
            count: pending.length,
            href: '/events?state=closed',
            level: 'normal',
            entries: (await core.views(ctx, pending.slice(0, 5))).map((v) => ({
              id: v.id,
              title: `${v.number ?? ''} ${v.title}`.trim(),
              href: eventHref(v.id),
            })),
          });
        const due = await lifecycleRepo.preventionDueCount(db, a.userId, shanghaiDay());
        if (due)
          out.push({
            key: 'events.prevention_due',
            module: 'events',
            label: t(ctx.lang, 'events.todo.prevention_due'),
            count: due,
            href: '/events/prevention',
            level: 'yellow',
          });
      }
      return out.filter((x): x is TodoItem => !!x);
    },

    /** A node's event figures for a year, each with how it is counted. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!can(ctx.actor, 'events.read', node.path) && !can(ctx.actor, 'events.handle', node.path)) return [];
      const from = `${year}-01-01`;
      const to = `${year}-12-31`;
      const totals = await deps.totalsAt(node, from, to);
      const where: repo.EventWhere =
        node.level === 'department'
          ? (eb) => eb('e.department_id', '=', node.id)
          : (eb) =>
              eb.and([eb('e.district_id', '=', node.districtId), nodeInPaths('e.node_id', [node.path])]);
      const overdue = await listsRepo.countEvents(db, (eb) =>
        eb.and([where(eb), eb('e.deadline_at', '<', new Date())]),
      );
      const def = definitions(ctx.lang);
      const stat = (
        key: string,
        value: number | null,
        unit: NodeStat['unit'],
        definition: string,
      ): NodeStat => ({
        key: `events.${key}`,
        module: 'events',
        label: t(ctx.lang, `events.stat.${key}`),
        value,
        unit,
        definition,
      });
      return [
        stat('reported', totals.reported, 'count', t(ctx.lang, 'events.stat.reported_def', { year })),
        stat('receipt_rate', totals.receiptRate, 'percent', def.receiptRate),
        stat('disposal_rate', totals.disposalRate, 'percent', def.disposalRate),
        stat('on_spot_share', totals.onSpotShare, 'percent', def.onSpotShare),
        stat('overdue', overdue, 'count', t(ctx.lang, 'events.stat.overdue_def')),
        ...(node.level === 'department' || !can(ctx.actor, 'events.read', node.path)
          ? []
          : [
              stat(
                'prevention_open',
                await lifecycleRepo.countOpenPrevention(db, nodeInPaths('x.node_id', [node.path])),
                'count',
                t(ctx.lang, 'events.stat.prevention_open_def'),
              ),
            ]),
      ];
    },
  };
}
