/**
 * 双报到 on the home page and dashboards: reports to accept and services to confirm for the community
 * officer, a pledge due for the member, feedback arrived for the unit; the figures of a node
 * (members reported, share active this quarter, confirmed hours, pledges kept) and per community
 * and programme kind.
 */
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { thisYear, today, type OutreachDeps } from './outreach.core.ts';
import * as repo from './outreach.repository.ts';
import { hoursOf, KINDS, pct, PLEDGE_SOON_DAYS, quarterOf, type Kind } from './outreach.rules.ts';

/** Builds the home-page and figures verbs. */
export function createOutreachWorkbench(deps: Pick<OutreachDeps, 'db'>) {
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
        level: TodoItem['level'],
        href: string,
        entries: { id: string; title: string; href: string }[],
      ): TodoItem => ({
        key: `outreach.${key}`,
        module: 'outreach',
        label: t(ctx.lang, `outreach.todo.${key}`),
        count,
        href,
        level,
        entries: entries.slice(0, 5),
      });
      const communities = scopePaths(actor, 'outreach.accept');
      if (communities.length) {
        const reports = await repo.findWaitingReports(db, nodeInPaths('r.community_id', communities));
        if (reports.length)
          out.push(
            item(
              'accept',
              reports.length,
              'yellow',
              '/outreach',
              reports.map((r) => ({ id: r.id, title: r.member_name, href: `/outreach/reports/${r.id}` })),
            ),
          );
        const services = await repo.findWaitingServices(db, nodeInPaths('r.community_id', communities));
        if (services.length)
          out.push(
            item(
              'confirm',
              services.length,
              'normal',
              '/outreach',
              services.map((s) => ({
                id: s.id,
                title: `${s.served_on} · ${s.member_name} · ${s.content}`,
                href: `/outreach/reports/${s.report_id}`,
              })),
            ),
          );
      }
      if (actor.personId && can(actor, 'outreach.report')) {
        const soon = shanghaiDay(new Date(Date.now() + PLEDGE_SOON_DAYS * 86_400_000));
        const due = await repo.findDuePledges(db, actor.personId, soon);
        if (due.length) {
          const now = today();
          out.push(
            item(
              'pledge_due',
              due.length,
              due.some((g) => g.due_on < now) ? 'red' : 'yellow',
              '/outreach/me',
              due.map((g) => ({ id: g.id, title: `${g.due_on} · ${g.content}`, href: '/outreach/me' })),
            ),
          );
        }
      }
      const units = actor.grants.filter((g) => can(actor, 'outreach.unit', g.path)).map((g) => g.nodeId);
      if (units.length) {
        const unread = await repo.findUnreadFeedback(db, units);
        if (unread.length)
          out.push(
            item(
              'feedback',
              unread.length,
              'normal',
              '/outreach',
              unread.map((f) => ({
                id: f.id,
                title: `${f.year} · ${f.member_name} · ${t(ctx.lang, `outreach.rating.${f.rating}`)}`,
                href: `/outreach/reports/${f.id}`,
              })),
            ),
          );
      }
      return out;
    },

    /** The figures of members reported to communities under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const day = year === thisYear() ? today() : `${year}-12-31`;
      const q = quarterOf(day);
      const rows = await repo.findCommunityFigures(
        db,
        nodeInPaths('r.community_id', [node.path]),
        year,
        q.from,
        q.to,
      );
      const sum = (k: 'reported' | 'accepted' | 'active' | 'half_hours') =>
        rows.reduce((a, r) => a + r[k], 0);
      if (sum('reported') === 0) return [];
      const stat = statMaker(ctx.lang, 'outreach', 'def', { year });
      return [
        stat('reported', sum('reported'), 'count'),
        stat('active', pct(sum('active'), sum('accepted')), 'percent'),
        stat('hours', hoursOf(sum('half_hours')), 'hours'),
      ];
    },

    /** Per community and per programme kind: members, share active this quarter, confirmed hours. */
    async figures(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'outreach.read', q.nodeId);
      const year = q.year ?? thisYear();
      const quarter = quarterOf(year === thisYear() ? today() : `${year}-12-31`);
      const where = nodeInPaths('r.community_id', paths);
      const [communities, kinds] = await Promise.all([
        repo.findCommunityFigures(db, where, year, quarter.from, quarter.to),
        repo.findKindFigures(db, where, year),
      ]);
      return {
        year,
        quarter,
        communities: communities.map((c) => ({
          id: c.id,
          name: c.name,
          reported: c.reported,
          accepted: c.accepted,
          activePct: pct(c.active, c.accepted),
          hours: hoursOf(c.half_hours),
        })),
        kinds: KINDS.map((kind) => {
          const k = kinds.filter((x) => (x.kind ?? 'other') === kind);
          return {
            kind: kind as Kind,
            members: k.reduce((a, x) => a + x.members, 0),
            hours: hoursOf(k.reduce((a, x) => a + x.half_hours, 0)),
          };
        }),
      };
    },
  };
}
