/**
 * 一榜三令 on the home page and the node dashboards: what waits for the user (orders to sign, 容错
 * applications to decide, tasks turning red, indicator values to report, orders to acknowledge, the
 * cadre's own orders and points) and the figures per node (tasks listed and claimed, red tasks, orders
 * issued, major projects by stage 在建 / 前期 / 谋划, party-project beneficiaries).
 */
import { sql, type SqlBool } from 'kysely';
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import type { NodeStat, StatNode, TodoItem, TodoLevel } from '../../platform/workbench.ts';
import { shanghaiDay } from '../../platform/time.ts';

const districtIn = (col: string, paths: string[]) => nodeInPaths(col, paths);

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
        const drafts = await db
          .selectFrom('tasks_orders as o')
          .innerJoin('tasks_tasks as t', (j) =>
            j.onRef('t.district_id', '=', 'o.district_id').onRef('t.id', '=', 'o.task_id'),
          )
          .select(['o.id', 'o.type', 't.title'])
          .select(
            sql<boolean>`EXISTS (SELECT 1 FROM tasks_exemptions x WHERE x.district_id = o.district_id
              AND x.order_id = o.id AND x.status = 'pending')`.as('pending'),
          )
          .where('o.status', '=', 'draft')
          .where(districtIn('o.district_id', manage))
          .orderBy('o.created_at')
          .limit(200)
          .execute();
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
      const lagging = await db
        .selectFrom('tasks_tasks as t')
        .select(['t.id', 't.title', 't.eval_status', 't.deadline'])
        .where('t.status', '=', 'awarded')
        .where('t.eval_status', 'in', ['red', 'yellow'])
        .where(
          sql<SqlBool>`(${districtIn('t.district_id', manage)} OR EXISTS (SELECT 1 FROM tasks_award_units u
            WHERE u.district_id = t.district_id AND u.task_id = t.id AND ${nodeInPaths('u.node_id', read)}))`,
        )
        .orderBy(sql`t.eval_status = 'red'`, 'desc')
        .orderBy('t.deadline')
        .limit(200)
        .execute();
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
        const ind = await db
          .selectFrom('tasks_tasks as t')
          .select(['t.id', 't.title', 't.deadline'])
          .where('t.status', 'in', ['awarded', 'completed'])
          .where(
            sql<SqlBool>`EXISTS (SELECT 1 FROM jsonb_array_elements(t.indicators) i
              WHERE jsonb_typeof(i->'actual') IS DISTINCT FROM 'number')`,
          )
          .where(
            sql<SqlBool>`NOT EXISTS (SELECT 1 FROM tasks_orders o WHERE o.district_id = t.district_id
              AND o.task_id = t.id AND o.type = 'commendation' AND o.status <> 'dismissed')`,
          )
          .where(
            sql<SqlBool>`EXISTS (SELECT 1 FROM tasks_award_units u WHERE u.district_id = t.district_id
              AND u.task_id = t.id AND ${nodeInPaths('u.node_id', report)})`,
          )
          .where('t.deadline', '<=', addDays(shanghaiDay(), 60))
          .orderBy('t.deadline')
          .limit(200)
          .execute();
        item(
          'indicators_to_report',
          ind.map((x) => ({ id: x.id, title: x.title, href: `/tasks/tasks/${x.id}`, due: x.deadline })),
          '/tasks',
          'yellow',
        );
        const ack = scopePaths(actor, 'tasks.acknowledge');
        const unacked = await db
          .selectFrom('tasks_orders as o')
          .select(['o.id', 'o.number', 'o.title'])
          .where('o.status', '=', 'issued')
          .where(
            sql<SqlBool>`(o.commander_account_id = ${actor.userId} OR EXISTS (SELECT 1 FROM tasks_award_units u
              WHERE u.district_id = o.district_id AND u.task_id = o.task_id AND ${nodeInPaths('u.node_id', ack)}))`,
          )
          .where(
            sql<SqlBool>`NOT EXISTS (SELECT 1 FROM tasks_acknowledgements a WHERE a.district_id = o.district_id
              AND a.order_id = o.id AND a.user_id = ${actor.userId})`,
          )
          .orderBy('o.issued_at', 'desc')
          .limit(200)
          .execute();
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
        const year = Number(shanghaiDay().slice(0, 4));
        const mine = await sql<{ id: string; number: string | null; title: string; points: number }>`
          SELECT o.id, o.number, o.title,
            coalesce((SELECT sum(c.points) FROM tasks_consequences c WHERE c.district_id = o.district_id
              AND c.order_id = o.id AND c.subject_person_id = ${actor.personId}), 0)::float8 AS points
          FROM tasks_orders o
          WHERE o.status = 'issued' AND o.year = ${year}
            AND (o.commander_person_id = ${actor.personId} OR EXISTS (SELECT 1 FROM tasks_consequences c
              WHERE c.district_id = o.district_id AND c.order_id = o.id AND c.subject_person_id = ${actor.personId}))
          ORDER BY o.issued_at DESC LIMIT 200`.execute(db);
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
      const ofNode = whole
        ? nodeInPaths('t.district_id', [node.path])
        : sql<SqlBool>`EXISTS (SELECT 1 FROM tasks_award_units u WHERE u.district_id = t.district_id
            AND u.task_id = t.id AND ${nodeInPaths('u.node_id', [node.path])})`;
      const r = await sql<{
        listed: number;
        claimed: number;
        red: number;
        commendations: number;
        accountabilities: number;
        beneficiaries: number;
      }>`
        SELECT count(*) FILTER (WHERE t.kind = 'list_task' AND t.status <> 'draft')::int AS listed,
          count(*) FILTER (WHERE t.kind = 'list_task' AND t.status IN ('awarded', 'completed'))::int AS claimed,
          count(*) FILTER (WHERE t.status = 'awarded' AND t.eval_status = 'red')::int AS red,
          coalesce(sum((SELECT count(*) FROM tasks_orders o WHERE o.district_id = t.district_id AND o.task_id = t.id
            AND o.status = 'issued' AND o.type = 'commendation')), 0)::int AS commendations,
          coalesce(sum((SELECT count(*) FROM tasks_orders o WHERE o.district_id = t.district_id AND o.task_id = t.id
            AND o.status = 'issued' AND o.type = 'accountability')), 0)::int AS accountabilities,
          coalesce(sum(t.beneficiaries) FILTER (WHERE t.kind = 'party_project'), 0)::int AS beneficiaries
        FROM tasks_tasks t
        WHERE t.year = ${year} AND t.status <> 'cancelled' AND ${ofNode}`.execute(db);
      const p = await sql<{ stage: string; n: number; inv: number | null }>`
        SELECT p.stage, count(*)::int AS n, sum(p.investment)::float8 AS inv FROM tasks_projects p
        WHERE p.year = ${year} AND ${whole ? nodeInPaths('p.district_id', [node.path]) : nodeInPaths('p.lead_node_id', [node.path])}
        GROUP BY p.stage`.execute(db);
      const x = r.rows[0];
      const stage = (s: string) => p.rows.find((r) => r.stage === s)?.n ?? 0;
      const stat = (key: string, value: number | null, unit: NodeStat['unit'] = 'count'): NodeStat => ({
        key: `tasks.${key}`,
        module: 'tasks',
        label: t(ctx.lang, `tasks.stat.${key}`),
        value,
        unit,
        definition: t(ctx.lang, `tasks.stat.${key}.def`),
      });
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
      ];
    },
  };
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);
}
