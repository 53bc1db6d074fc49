/**
 * 一榜三令 on the home page and the node dashboards: what waits for the user (orders to sign, 容错
 * applications to decide, tasks turning red, indicator values to report, orders to acknowledge, the
 * cadre's own orders and points) and the figures per node (tasks listed and claimed, red tasks, orders
 * issued, major projects by stage 在建 / 前期 / 谋划, party-project beneficiaries).
 */
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import {
  statMaker,
  type NodeStat,
  type StatNode,
  type TodoItem,
  type TodoLevel,
} from '../../platform/workbench.ts';
import { shanghaiDay, shanghaiThisYear } from '../../platform/time.ts';
import * as repo from './tasks.workbench.repository.ts';
import { CONSEQUENCE_KINDS } from './tasks.schemas.ts';

/** Builds the home-page and dashboard verbs. */
export function createTasksWorkbench(deps: { db: Db }) {
  const { db } = deps;

  return {
    /** What waits for the actor in 一榜三令 (an empty list for roles without tasks.read). */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor || !can(actor, 'tasks.read')) return [];
      const out: TodoItem[] = [];
      const item = (
        key: string,
        rows: { id: string; title: string; href: string; level?: TodoLevel }[],
        href: string,
        level: TodoLevel,
        params: Record<string, string | number> = {},
      ) => {
        if (rows.length)
          out.push({
            key: `tasks.${key}`,
            module: 'tasks',
            label: t(ctx.lang, `tasks.todo.${key}`, params),
            count: rows.length,
            href,
            level,
            entries: rows.slice(0, 5),
          });
      };
      const manage = scopePaths(actor, 'tasks.manage');
      if (manage.length) {
        const drafts = await repo.findDraftOrders(db, manage);
        const typeName = (ty: string) => t(ctx.lang, `tasks.type.${ty}`);
        item(
          'orders_to_sign',
          drafts
            .filter((d) => !d.pending)
            .map((d) => ({
              id: d.id,
              title: `${typeName(d.type)} · ${d.title}`,
              href: `/tasks/orders/${d.id}`,
              level: d.type === 'accountability' ? ('red' as const) : ('normal' as const),
            })),
          '/tasks/orders?status=draft',
          drafts.some((d) => d.type === 'accountability' && !d.pending) ? 'red' : 'yellow',
        );
        item(
          'exemptions_to_decide',
          drafts
            .filter((d) => d.pending)
            .map((d) => ({ id: d.id, title: d.title, href: `/tasks/orders/${d.id}` })),
          '/tasks/orders?status=draft',
          'yellow',
        );
      }
      // tasks turning red or yellow: all of a managed district's, a unit's own
      const read = scopePaths(actor, 'tasks.read');
      const lagging = await repo.findLaggingTasks(db, manage, read);
      item(
        'turning_red',
        lagging.map((x) => ({
          id: x.id,
          title: x.title,
          href: `/tasks/tasks/${x.id}`,
          due: x.deadline,
          level: x.eval_status as TodoLevel,
        })),
        '/tasks?evalStatus=red',
        lagging.some((x) => x.eval_status === 'red') ? 'red' : 'yellow',
      );
      const report = scopePaths(actor, 'tasks.report');
      if (report.length) {
        const ind = await repo.findIndicatorsToReport(db, report, addDays(shanghaiDay(), 60));
        item(
          'indicators_to_report',
          ind.map((x) => ({ id: x.id, title: x.title, href: `/tasks/tasks/${x.id}`, due: x.deadline })),
          '/tasks',
          'yellow',
        );
        const ack = scopePaths(actor, 'tasks.acknowledge');
        const unacked = await repo.findOrdersToAcknowledge(db, actor.userId, ack);
        item(
          'orders_to_acknowledge',
          unacked.map((o) => ({
            id: o.id,
            title: `${o.number ?? ''} ${o.title}`.trim(),
            href: `/tasks/orders/${o.id}`,
          })),
          '/tasks/orders?status=issued',
          'normal',
        );
      }
      // the cadre's own orders and points this year (orders naming them as commander)
      if (actor.personId) {
        const year = shanghaiThisYear();
        const mine = await repo.findOrdersOfPerson(db, actor.personId, year);
        const points = Math.round(mine.rows.reduce((s, r) => s + Number(r.points), 0) * 100) / 100;
        item(
          'my_points',
          mine.rows.map((o) => ({
            id: o.id,
            title: `${o.number ?? ''} ${o.title}（${Number(o.points) >= 0 ? '+' : ''}${Number(o.points)}）`,
            href: `/tasks/orders/${o.id}`,
          })),
          '/tasks/orders',
          'normal',
          { points },
        );
      }
      return out;
    },

    /** The figures of a node (its district's list when the node is the district or above, else its units'). */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!ctx.actor || !can(ctx.actor, 'tasks.read')) return [];
      const whole = node.level === 'district' || node.level === 'city';
      const [{ r, p }, kinds] = await Promise.all([
        repo.nodeFigures(db, node.path, whole, year),
        repo.consequenceKinds(db, node.path, whole, year),
      ]);
      const x = r.rows[0];
      const stage = (s: string) => p.rows.find((r) => r.stage === s)?.n ?? 0;
      const figure = statMaker(ctx.lang, 'tasks');
      const stat = (key: string, value: number | null, unit: NodeStat['unit'] = 'count') =>
        figure(key, value, unit);
      return [
        stat('listed', x.listed),
        stat('claimed', x.claimed),
        stat('red', x.red),
        stat('commendations', x.commendations),
        stat('accountabilities', x.accountabilities),
        stat(
          'projects',
          p.rows.reduce((s, r) => s + r.n, 0),
        ),
        stat('projects_construction', stage('construction')),
        stat('projects_preliminary', stage('preliminary')),
        stat('projects_planning', stage('planning')),
        stat(
          'projects_investment',
          p.rows.reduce((s, r) => s + Number(r.inv ?? 0), 0),
          'wan_yuan',
        ),
        stat('party_beneficiaries', x.beneficiaries),
        {
          ...stat(
            'consequences',
            kinds.reduce((s, k) => s + k.n, 0),
          ),
          series: CONSEQUENCE_KINDS.map((k) => ({
            label: t(ctx.lang, `tasks.consequence.${k}`),
            value: kinds.find((x) => x.kind === k)?.n ?? 0,
          })),
        },
      ];
    },
  };
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);
}
