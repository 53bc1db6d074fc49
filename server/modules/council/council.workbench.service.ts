/**
 * The council on the home page and dashboards: what waits for a resident (news on topics they
 * follow) and for an officer (topics to accept, steps past their deadline); the figures per node
 * (meetings held, proposals, resolved, turnout); and the Excel registers of topics, meetings and
 * results.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiThisYear, shanghaiYearRange } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import type { VotesService } from '../votes/index.ts';
import { councilWorkbook, type SheetColumn } from './council.export.ts';
import * as repo from './council.repository.ts';
import * as contributionsRepo from './council.contributions.repository.ts';
import * as meetingsRepo from './council.meetings.repository.ts';
import * as publicRepo from './council.public.repository.ts';
import { BODY_KIND_NAMES, type BodyKind, type Stage } from './council.rules.ts';

/** Builds the home-page, dashboard and export verbs. */
export function createWorkbenchService(deps: {
  db: Db;
  votes: Pick<VotesService, 'figures' | 'publicResults'>;
}) {
  const { db } = deps;

  /** The subtree roots to read: the node asked for (inside the scope) or the whole scope. */
  const roots = (ctx: RequestContext, action: string, nodeId?: string) => readRoots(db, ctx, action, nodeId);

  function period(q: { from?: string; to?: string; year?: number }) {
    if (q.year) return shanghaiYearRange(q.year);
    const y = shanghaiYearRange(shanghaiThisYear());
    return {
      from: q.from ? new Date(`${q.from}T00:00:00+08:00`) : y.from,
      to: q.to ? new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + 86400_000) : y.to,
    };
  }

  /** The roots an export reads and its period. */
  async function exportScope(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
    const paths = await roots(ctx, 'council.export', q.nodeId);
    return { paths, ...period(q) };
  }

  /** Every topic under the roots (hidden ones too) that passes the filter, for a register. */
  async function everyTopic(
    paths: string[],
    filter: { createdFrom?: Date; createdTo?: Date; stages?: readonly Stage[] },
  ) {
    const { rows } = await repo.findTopics(db, {
      inScope: nodeInPaths('t.node_id', paths),
      showHidden: true,
      userId: null,
      ...filter,
      limit: 100_000,
      offset: 0,
    });
    return rows;
  }

  return {
    /** What waits for the actor in the council. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const news = await contributionsRepo.findFollowedWithNews(db, actor.userId, 20);
      if (news.length)
        out.push({
          key: 'council.news',
          module: 'council',
          label: t(ctx.lang, 'council.todo.news'),
          count: news.length,
          href: '/council',
          level: 'normal',
          entries: news
            .slice(0, 5)
            .map((n) => ({ id: n.id, title: n.title, href: `/council/topics/${n.id}` })),
        });
      const paths = scopePaths(actor, 'council.manage');
      if (paths.length) {
        const [raised, overdue] = await Promise.all([
          repo.findTopics(db, {
            inScope: nodeInPaths('t.node_id', paths),
            showHidden: false,
            userId: null,
            stage: 'raise',
            limit: 5,
            offset: 0,
          }),
          publicRepo.findOverdue(db, nodeInPaths('t.node_id', paths), 50),
        ]);
        if (raised.total)
          out.push({
            key: 'council.to_accept',
            module: 'council',
            label: t(ctx.lang, 'council.todo.to_accept'),
            count: raised.total,
            href: '/council/moderation',
            level: 'yellow',
            entries: raised.rows.map((r) => ({ id: r.id, title: r.title, href: `/council/topics/${r.id}` })),
          });
        if (overdue.length)
          out.push({
            key: 'council.overdue',
            module: 'council',
            label: t(ctx.lang, 'council.todo.overdue'),
            count: overdue.length,
            href: '/council/moderation',
            level: 'red',
            entries: overdue.slice(0, 5).map((r) => ({
              id: r.id,
              title: r.title,
              href: `/council/topics/${r.id}`,
              due: r.stage_due_at?.toISOString() ?? null,
              level: 'red' as const,
            })),
          });
      }
      return out;
    },

    /** The council's figures under a node in a year (Futian: 187 meetings, 346 proposals, 254 resolved). */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const { from, to } = shanghaiYearRange(year);
      const [f, v] = await Promise.all([
        publicRepo.figures(db, [node.path], from, to),
        deps.votes.figures(node.path, from, to, 'council'),
      ]);
      const stat = statMaker(ctx.lang, 'council');
      return [
        stat('meetings', f.meetings, 'count'),
        stat('proposals', f.proposals, 'count'),
        stat('resolved', f.resolved, 'count'),
        stat('turnout', v.eligible ? Math.round((1000 * v.ballots) / v.eligible) / 10 : null, 'percent'),
      ];
    },

    /** The figures of a node in a period, for the council's own pages. */
    async figures(ctx: RequestContext, q: { nodeId: string; from?: string; to?: string }) {
      const paths = await roots(ctx, 'council.read', q.nodeId);
      const { from, to } = period(q);
      return publicRepo.figures(db, paths, from, to);
    },

    /** The register of topics raised in a year (or this year), as Excel. */
    async exportTopics(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const { paths, from, to } = await exportScope(ctx, q);
      const rows = await everyTopic(paths, { createdFrom: from, createdTo: to });
      const cols: SheetColumn[] = [
        ['title', '议题 (Topic)', 40],
        ['node', '社区 (Community)', 16],
        ['council', '议事机构 (Council)', 12],
        ['category', '类别 (Category)', 12],
        ['stage', '阶段 (Step)', 12],
        ['author', '提出人 (Raised by)', 12],
        ['supports', '附议 (Supports)', 8, 'number'],
        ['ideas', '金点子 (Ideas)', 8, 'number'],
        ['created', '提出时间 (Raised)', 20],
        ['decided', '表决时间 (Decided)', 20],
        ['outcome', '表决结果 (Outcome)', 10],
        ['progress', '实施进度% (Progress %)', 10, 'number'],
        ['resolved', '解决时间 (Resolved)', 20],
        ['hidden', '隐藏原因 (Hidden because)', 20],
      ];
      return councilWorkbook(
        '议题台账',
        cols,
        rows.map((r) => ({
          title: r.title,
          node: r.node_name,
          council: BODY_KIND_NAMES[r.body_kind as BodyKind] ?? '议事会',
          category: t('zh-CN', `council.category.${r.category}`),
          stage: t('zh-CN', `council.stage.${r.stage}`),
          author: r.author_label,
          supports: r.supports,
          ideas: r.idea_count,
          created: r.created_at,
          decided: r.decided_at,
          outcome: r.outcome ? t('zh-CN', `council.outcome.${r.outcome}`) : '',
          progress: r.progress,
          resolved: r.resolved_at,
          hidden: r.hidden_reason ?? '',
        })),
      );
    },

    /** The register of meetings in a year, as Excel. */
    async exportMeetings(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const { paths, from, to } = await exportScope(ctx, q);
      const { rows } = await meetingsRepo.findMeetings(db, {
        inScope: nodeInPaths('m.node_id', paths),
        from,
        to,
        limit: 100_000,
        offset: 0,
      });
      return councilWorkbook(
        '议事会议',
        [
          ['title', '会议 (Meeting)', 36],
          ['node', '社区 (Community)', 16],
          ['council', '议事机构 (Council)', 16],
          ['startsAt', '时间 (Time)', 20],
          ['place', '地点 (Place)', 20],
          ['status', '状态 (Status)', 10],
          ['attendees', '参会人数 (Attendees)', 10, 'number'],
          ['agenda', '议程 (Agenda)', 40],
          ['minutes', '纪要 (Minutes)', 60],
        ],
        rows.map((m) => ({
          title: m.title,
          node: m.node_name,
          council: m.body_name,
          startsAt: m.starts_at,
          place: m.place,
          status: t('zh-CN', `council.meeting.${m.status}`),
          attendees: m.attendees,
          agenda: m.agenda,
          minutes: m.minutes,
        })),
      );
    },

    /** The results of the council's decision votes in a year, as Excel. */
    async exportResults(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const { paths, from, to } = await exportScope(ctx, q);
      const rows = await everyTopic(paths, { stages: ['decide', 'implementing', 'resolved', 'not_adopted'] });
      const byDistrict = new Map<string, string[]>();
      for (const r of rows)
        if (r.vote_id) byDistrict.set(r.district_id, [...(byDistrict.get(r.district_id) ?? []), r.vote_id]);
      const results = new Map<
        string,
        {
          closesAt: string;
          secret: boolean;
          eligible: number | null;
          ballots: number | null;
          turnout: number | null;
          options: { position: number; count: number | null }[];
        }
      >();
      for (const [d, ids] of byDistrict)
        for (const [k, v] of await deps.votes.publicResults(d, ids)) results.set(k, v);
      const inPeriod = rows.filter((r) => {
        const v = r.vote_id ? results.get(r.vote_id) : undefined;
        if (!v) return false;
        const at = new Date(v.closesAt);
        return at >= from && at < to;
      });
      return councilWorkbook(
        '表决结果',
        [
          ['title', '议题 (Topic)', 40],
          ['node', '社区 (Community)', 16],
          ['closes', '截止时间 (Closed)', 20],
          ['secret', '无记名 (Secret)', 8],
          ['eligible', '有投票资格 (Eligible)', 12, 'number'],
          ['ballots', '选票 (Ballots)', 8, 'number'],
          ['turnout', '投票率% (Turnout %)', 10, 'number'],
          ['yes', '赞成 (Yes)', 8, 'number'],
          ['no', '反对 (No)', 8, 'number'],
          ['abstain', '弃权 (Abstain)', 8, 'number'],
          ['outcome', '结果 (Outcome)', 10],
        ],
        inPeriod.map((r) => {
          const v = results.get(r.vote_id!)!;
          const count = (p: number) => v.options.find((o) => o.position === p)?.count ?? null;
          return {
            title: r.title,
            node: r.node_name,
            closes: new Date(v.closesAt),
            secret: v.secret ? '是' : '否',
            eligible: v.eligible,
            ballots: v.ballots,
            turnout: v.turnout === null ? null : Math.round(v.turnout * 1000) / 10,
            yes: count(1),
            no: count(2),
            abstain: count(3),
            outcome: r.outcome
              ? t('zh-CN', `council.outcome.${r.outcome}`)
              : t('zh-CN', 'council.stage.decide'),
          };
        }),
      );
    },
  };
}
