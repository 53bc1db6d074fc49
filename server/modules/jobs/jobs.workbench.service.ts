/**
 * The talent station on the home page and dashboards: a resident's recommendations to answer; the
 * community's new needs and tickets the station has not acted on for 7 days (yellow) or 14 (red);
 * an employer's postings closing within 7 days; needs, the placed rate, open postings and the
 * average rating per node; the needs and tickets register as Excel (names masked).
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay, shanghaiThisYear } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { yearRange, type JobsCore } from './jobs.core.ts';
import * as repo from './jobs.repository.ts';
import { addDays, CLOSING_SOON_DAYS, idleLevel, postingOpen } from './jobs.rules.ts';

const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);

/** Builds the home-page, dashboard and export verbs. */
export function createJobsWorkbench(deps: { db: Db; core: JobsCore }) {
  const { db } = deps;
  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const item = (
        key: string,
        count: number,
        href: string,
        level: TodoItem['level'],
        entries: TodoItem['entries'],
      ): TodoItem => ({
        key: `jobs.${key}`,
        module: 'jobs',
        label: t(ctx.lang, `jobs.todo.${key}`),
        count,
        href,
        level,
        entries: entries?.slice(0, 5),
      });
      const now = new Date();
      const manage = scopePaths(actor, 'jobs.manage');
      if (manage.length) {
        const open = await repo.findTickets(db, {
          inScope: nodeInPaths('t.node_id', manage),
          states: ['new', 'working'],
          limit: 500,
        });
        const fresh = open.filter((x) => x.state === 'new' && !idleLevel(x.acted_at, now));
        if (fresh.length)
          out.push(
            item(
              'new_needs',
              fresh.length,
              '/jobs/tickets',
              'normal',
              fresh.map((x) => ({ id: x.id, title: x.number, href: '/jobs/tickets' })),
            ),
          );
        const idle = open
          .map((x) => ({ x, level: idleLevel(x.acted_at, now) }))
          .filter((e) => e.level)
          .sort((a, b) => a.x.acted_at.getTime() - b.x.acted_at.getTime());
        if (idle.length)
          out.push(
            item(
              'idle',
              idle.length,
              '/jobs/tickets',
              idle.some((e) => e.level === 'red') ? 'red' : 'yellow',
              idle.map((e) => ({ id: e.x.id, title: e.x.number, href: '/jobs/tickets', level: e.level! })),
            ),
          );
      }
      if (scopePaths(actor, 'jobs.seek').length) {
        const mine = await repo.findTickets(db, { requester: actor.userId, limit: 50 });
        const recs = (
          await repo.findRecommendations(
            db,
            mine.map((x) => x.id),
          )
        ).filter((r) => r.state === 'proposed');
        if (recs.length)
          out.push(
            item(
              'to_answer',
              recs.length,
              '/jobs/mine',
              'yellow',
              recs.map((r) => ({ id: r.id, title: `${r.employer} ${r.title}`, href: '/jobs/mine' })),
            ),
          );
        const toConfirm = mine.filter((x) => !x.confirmed_at && !['new', 'working'].includes(x.state));
        if (toConfirm.length)
          out.push(
            item(
              'to_confirm',
              toConfirm.length,
              '/jobs/mine',
              'normal',
              toConfirm.map((x) => ({ id: x.id, title: x.number, href: '/jobs/mine' })),
            ),
          );
      }
      if (scopePaths(actor, 'jobs.post').length && !manage.length) {
        const day = shanghaiDay();
        const soon = (
          await repo.findPostings(db, {
            owner: actor.userId,
            openOn: day,
            closingBy: addDays(day, CLOSING_SOON_DAYS),
          })
        ).filter((p) => postingOpen({ ...p, closesOn: p.closes_day }, day));
        if (soon.length)
          out.push(
            item(
              'closing_soon',
              soon.length,
              '/jobs',
              'yellow',
              soon.map((p) => ({
                id: p.id,
                title: `${p.title}（${p.closes_day}）`,
                href: '/jobs',
                due: p.closes_day,
              })),
            ),
          );
      }
      return out;
    },

    /** The figures under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const { from, to } = yearRange(year);
      const f = await repo.figures(db, (col) => nodeInPaths(col, [node.path]), from, to, shanghaiDay());
      const stat = statMaker(ctx.lang, 'jobs');
      return [
        stat('needs', f.needs, 'count'),
        stat('placed_rate', pct(f.employed, f.needs), 'percent'),
        stat('open_postings', f.openPostings, 'count'),
        stat('rating', f.rated ? Math.round(f.rating! * 10) / 10 : null, 'score'),
      ];
    },

    /** The needs and tickets of a year as Excel (names masked; no phone or ID number is kept). */
    async exportTickets(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await deps.core.roots(ctx, 'jobs.export', q.nodeId);
      const { from, to } = yearRange(q.year ?? shanghaiThisYear());
      const rows = await repo.findTickets(db, {
        inScope: nodeInPaths('t.node_id', paths),
        from,
        to,
        limit: 100_000,
      });
      const recs = await repo.findRecommendations(
        db,
        rows.map((r) => r.id),
      );
      return writeWorkbook([
        {
          name: t(ctx.lang, 'jobs.sheet.tickets'),
          columns: [
            { key: 'number', header: '工单号', width: 20 },
            { key: 'created', header: '登记日期', width: 12 },
            { key: 'node', header: '社区', width: 14 },
            { key: 'station', header: '服务站', width: 22 },
            { key: 'name', header: '求职人', width: 10 },
            { key: 'kinds', header: '意向工种', width: 20 },
            { key: 'hours', header: '用工形式', width: 10 },
            { key: 'skills', header: '技能', width: 24 },
            { key: 'training', header: '需要培训', width: 8 },
            { key: 'recs', header: '推荐岗位数', width: 10, type: 'number' },
            { key: 'state', header: '状态', width: 10 },
            { key: 'rating', header: '评价(星)', width: 8, type: 'number' },
          ],
          rows: rows.map((x) => ({
            number: x.number,
            created: shanghaiDay(x.created_at),
            node: x.node_name,
            station: x.station_name,
            name: maskName(x.requester_name),
            kinds: x.kinds.map((k) => t(ctx.lang, `jobs.kind.${k}`)).join('、'),
            hours: t(ctx.lang, `jobs.hours.${x.hours}`),
            skills: x.skills,
            training: x.wants_training ? '是' : '否',
            recs: recs.filter((r) => r.ticket_id === x.id).length,
            state: t(ctx.lang, `jobs.state.${x.state}`),
            rating: x.rating,
          })),
        },
      ]);
    },
  };
}
