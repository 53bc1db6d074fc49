/**
 * 一老一小 on the home page and dashboards: tickets to assign (the community), to serve (the
 * assignee), to rate (the resident); stations, tickets, the done and good-rating rates and the
 * share of grids inside a care circle per node; the ticket register as Excel.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay, shanghaiThisYear } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { yearRange, type EldercareCore } from './eldercare.core.ts';
import * as repo from './eldercare.repository.ts';
import { withinCircle } from './eldercare.rules.ts';

const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);

/** Builds the home-page, dashboard and export verbs. */
export function createEldercareWorkbench(deps: {
  db: Db;
  core: EldercareCore;
  gridPlaces: (ctx: RequestContext, nodeId: string) => Promise<{ id: string; lat: number; lng: number }[]>;
}) {
  const { db } = deps;
  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const item = (key: string, rows: repo.TicketRow[], level: TodoItem['level']): TodoItem => ({
        key: `eldercare.${key}`,
        module: 'eldercare',
        label: t(ctx.lang, `eldercare.todo.${key}`),
        count: rows.length,
        href: '/eldercare/tickets',
        level,
        entries: rows
          .slice(0, 5)
          .map((r) => ({ id: r.id, title: `${r.number} ${r.service}`, href: '/eldercare/tickets' })),
      });
      const manage = scopePaths(actor, 'eldercare.manage');
      if (manage.length) {
        const rows = await repo.findTickets(db, {
          inScope: nodeInPaths('t.node_id', manage),
          states: ['requested'],
          limit: 200,
        });
        if (rows.length) out.push(item('to_assign', rows, 'yellow'));
      }
      const serve = await repo.findTickets(db, { assignee: actor.userId, states: ['assigned'], limit: 200 });
      if (serve.length) out.push(item('to_serve', serve, 'yellow'));
      const rate = await repo.findTickets(db, { requester: actor.userId, states: ['done'], limit: 200 });
      if (rate.length) out.push(item('to_rate', rate, 'normal'));
      return out;
    },

    /** The figures under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const { from, to } = yearRange(year);
      const f = await repo.figures(db, (col) => nodeInPaths(col, [node.path]), from, to);
      const stations = (await repo.findStations(db, nodeInPaths('s.node_id', [node.path]), from, to)).filter(
        (s) => s.active,
      );
      let coverage: number | null = null;
      if (stations.length && ['community', 'street', 'grid'].includes(node.level)) {
        const places = await deps.gridPlaces(ctx, node.id);
        coverage = pct(places.filter((p) => stations.some((s) => withinCircle(s, p))).length, places.length);
      }
      const stat = statMaker(ctx.lang, 'eldercare');
      return [
        stat('elderly_stations', f.elderlyStations, 'count'),
        stat('infant_stations', f.infantStations, 'count'),
        stat('tickets', f.tickets, 'count'),
        stat('done_rate', pct(f.done, f.live), 'percent'),
        stat('good_rate', pct(f.good, f.rated), 'percent'),
        stat('circle_coverage', coverage, 'percent'),
      ];
    },

    /** The ticket register of a year as Excel (names and phones masked). */
    async exportTickets(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await deps.core.roots(ctx, 'eldercare.export', q.nodeId);
      const { from, to } = yearRange(q.year ?? shanghaiThisYear());
      const rows = await repo.findTickets(db, {
        inScope: nodeInPaths('t.node_id', paths),
        from,
        to,
        limit: 100_000,
      });
      return writeWorkbook([
        {
          name: t(ctx.lang, 'eldercare.sheet.tickets'),
          columns: [
            { key: 'number', header: '工单号', width: 20 },
            { key: 'created', header: '提交日期', width: 12 },
            { key: 'node', header: '社区', width: 14 },
            { key: 'station', header: '服务站', width: 22 },
            { key: 'service', header: '服务项目', width: 14 },
            { key: 'requester', header: '申请人', width: 10 },
            { key: 'phone', header: '联系电话', width: 14 },
            { key: 'state', header: '状态', width: 10 },
            { key: 'assignee', header: '服务人员', width: 14 },
            { key: 'rating', header: '评价(星)', width: 8, type: 'number' },
          ],
          rows: rows.map((x) => ({
            number: x.number,
            created: shanghaiDay(x.created_at),
            node: x.node_name,
            station: x.station_name,
            service: x.service,
            requester: maskName(x.requester_name),
            phone: x.phone_mask,
            state: t(ctx.lang, `eldercare.state.${x.state}`),
            assignee: x.assignee_name,
            rating: x.rating,
          })),
        },
      ]);
    },
  };
}
