/**
 * Projects on the home page, the dashboards and the public pages: what waits for each role
 * (orders to screen, milestones due, acceptances, ratings to give), the year's figures per node
 * like Futian's (count, public money, social money), the units' scores from the deputies'
 * satisfaction, the Excel registers, and a community's projects for its public page.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { writeWorkbook, type OutCell } from '../../platform/sheets/index.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import type { ProjectsCore } from './projects.core.ts';
import type { PerformancePort } from './projects.items.service.ts';
import * as repo from './projects.repository.ts';
import { averageScore, fenToWan, fenToYuan, PUBLIC_STAGES, satisfiedRate } from './projects.rules.ts';

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const day = (d: Date | null) => (d ? SHANGHAI.format(d).replaceAll('/', '-') : '');

/** The responsible units' scores kept in this module (until tasks offers a verb to record them). */
export function ownPerformance(): PerformancePort {
  return {
    async recordUnitScore(trx: Executor, _ctx, s) {
      await repo.upsertUnitScore(trx, {
        district_id: s.districtId,
        project_id: s.projectId,
        unit_node_id: s.unitNodeId,
        year: s.year,
        score: s.score,
        source: s.source,
      });
    },
  };
}

/** Builds the home-page, dashboard, export and public verbs. */
export function createWorkbenchService(deps: { db: Db; core: ProjectsCore }) {
  const { db, core } = deps;

  /** The subtree roots to read: the node asked for (inside the scope) or the whole scope. */
  const roots = (ctx: RequestContext, action: string, nodeId?: string) => readRoots(db, ctx, action, nodeId);

  /** The figures of a year under subtree roots, in fen and 万元. */
  async function figuresUnder(paths: string[], year: number) {
    const f = await repo.yearFigures(db, nodeInPaths('p.node_id', paths), year);
    const view = (x: typeof f.micro) => ({
      ordered: x.ordered,
      screened: x.screened,
      projects: x.projects,
      publicFen: x.publicFen,
      socialFen: x.socialFen,
      publicWan: fenToWan(x.publicFen),
      socialWan: fenToWan(x.socialFen),
      completed: x.completed,
      chosen: x.chosen,
      ratings: x.ratingCount,
      satisfaction: averageScore(x.ratingSum, x.ratingCount),
      satisfiedRate: satisfiedRate(x.satisfied, x.ratingCount),
    });
    return { year, micro: view(f.micro), livelihood: view(f.livelihood) };
  }

  return {
    /** What waits for the actor: orders to screen, milestones due, acceptances, ratings to give. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const manage = scopePaths(actor, 'projects.manage');
      if (manage.length) {
        const scope = nodeInPaths('p.node_id', manage);
        const [ordered, inspecting, due] = await Promise.all([
          repo.findInStage(db, scope, 'ordered', 5),
          repo.findInStage(db, scope, 'inspecting', 5),
          repo.findMilestonesDue(
            db,
            scope,
            new Date(Date.parse(`${shanghaiDay()}T00:00:00Z`) + 7 * 86400_000).toISOString().slice(0, 10),
            50,
          ),
        ]);
        if (ordered.total)
          out.push({
            key: 'projects.to_screen',
            module: 'projects',
            label: t(ctx.lang, 'projects.todo.to_screen'),
            count: ordered.total,
            href: '/projects?stage=ordered',
            level: 'yellow',
            entries: ordered.rows.map((r) => ({ id: r.id, title: r.title, href: `/projects/${r.id}` })),
          });
        if (due.length) {
          const today = shanghaiDay();
          out.push({
            key: 'projects.milestones_due',
            module: 'projects',
            label: t(ctx.lang, 'projects.todo.milestones_due'),
            count: due.length,
            href: '/projects?stage=implementing',
            level: due.some((m) => String(m.due_on) < today) ? 'red' : 'yellow',
            entries: due.slice(0, 5).map((m) => ({
              id: m.id,
              title: `${m.project_title}：${m.title}`,
              href: `/projects/${m.project_id}`,
              due: String(m.due_on),
              level: String(m.due_on) < today ? ('red' as const) : undefined,
            })),
          });
        }
        if (inspecting.total)
          out.push({
            key: 'projects.to_accept',
            module: 'projects',
            label: t(ctx.lang, 'projects.todo.to_accept'),
            count: inspecting.total,
            href: '/projects?stage=inspecting',
            level: 'yellow',
            entries: inspecting.rows.map((r) => ({ id: r.id, title: r.title, href: `/projects/${r.id}` })),
          });
      }
      const rate = scopePaths(actor, 'projects.rate');
      if (rate.length) {
        const residentPaths = actor.grants.filter((g) => g.role === 'resident').map((g) => g.path);
        const deputyPaths = actor.grants.filter((g) => g.role === 'deputy').map((g) => g.path);
        const unrated = [
          ...(actor.personId && residentPaths.length
            ? await repo.findUnrated(db, nodeInPaths('p.node_id', residentPaths), 'micro', actor.personId, 20)
            : []),
          ...(deputyPaths.length
            ? await repo.findUnrated(
                db,
                nodeInPaths('p.node_id', deputyPaths),
                'livelihood',
                actor.userId,
                20,
              )
            : []),
        ];
        if (unrated.length)
          out.push({
            key: 'projects.to_rate',
            module: 'projects',
            label: t(ctx.lang, 'projects.todo.to_rate'),
            count: unrated.length,
            href: '/projects?stage=completed',
            level: 'normal',
            entries: unrated
              .slice(0, 5)
              .map((r) => ({ id: r.id, title: r.title, href: `/projects/${r.id}` })),
          });
      }
      return out;
    },

    /** The year's figures under a node (Futian 2019: 1,493 projects, ¥177M public + ¥8.37M social money). */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const f = await figuresUnder([node.path], year);
      const scores = await repo.findUnitScores(db, nodeInPaths('s.unit_node_id', [node.path]), year);
      const stat = statMaker(ctx.lang, 'projects');
      const unitAvg = scores.length
        ? Math.round((10 * scores.reduce((s, x) => s + Number(x.score), 0)) / scores.length) / 10
        : null;
      return [
        stat('micro_count', f.micro.projects, 'count'),
        stat('micro_public', f.micro.publicWan, 'wan_yuan'),
        stat('micro_social', f.micro.socialWan, 'wan_yuan'),
        stat('micro_satisfaction', f.micro.satisfiedRate, 'percent'),
        stat('livelihood_chosen', f.livelihood.chosen, 'count'),
        stat('livelihood_public', f.livelihood.publicWan, 'wan_yuan'),
        stat('unit_score', unitAvg, 'score'),
      ];
    },

    /** The year's figures of a node, for the projects pages and their chart. */
    async figures(ctx: RequestContext, q: { nodeId?: string; year: number }) {
      return figuresUnder(await roots(ctx, 'projects.read', q.nodeId), q.year);
    },

    /** The responsible units' scores from the deputies' satisfaction in a year (units in scope). */
    async unitScores(ctx: RequestContext, q: { nodeId?: string; year: number }) {
      const paths = await roots(ctx, 'projects.read', q.nodeId);
      const rows = await repo.findUnitScores(db, nodeInPaths('s.unit_node_id', paths), q.year);
      return rows.map((r) => ({
        unitNodeId: r.unit_node_id,
        unitName: r.unit_name,
        score: Math.round(10 * Number(r.score)) / 10,
        projects: Number(r.projects),
      }));
    },

    /** The register of projects of a year, with a sheet of the figures, as Excel. */
    async exportProjects(ctx: RequestContext, q: { nodeId?: string; year: number }) {
      const paths = await roots(ctx, 'projects.export', q.nodeId);
      const { rows } = await repo.findItems(db, {
        inScope: nodeInPaths('p.node_id', paths),
        publicStages: PUBLIC_STAGES,
        year: q.year,
        limit: 100_000,
        offset: 0,
      });
      const f = await figuresUnder(paths, q.year);
      const kindName = (k: string) => t('zh-CN', `projects.kind.${k}`);
      return writeWorkbook([
        {
          name: '项目台账',
          columns: [
            { key: 'title', header: '项目 (Project)', width: 36 },
            { key: 'kind', header: '类型 (Kind)', width: 12 },
            { key: 'node', header: '所属 (Node)', width: 16 },
            { key: 'category', header: '类别 (Category)', width: 10 },
            { key: 'stage', header: '阶段 (Stage)', width: 10 },
            { key: 'orderer', header: '点单居民 (Ordered by)', width: 12 },
            { key: 'public', header: '财政资金(元) (Public money)', width: 16, type: 'number' },
            { key: 'social', header: '社会资金(元) (Social money)', width: 16, type: 'number' },
            { key: 'unit', header: '责任单位 (Unit)', width: 16 },
            { key: 'votes', header: '代表票数 (Deputies’ votes)', width: 10, type: 'number' },
            { key: 'progress', header: '进度% (Progress %)', width: 10, type: 'number' },
            { key: 'ratings', header: '评价人数 (Ratings)', width: 10, type: 'number' },
            { key: 'satisfaction', header: '满意度(1-5) (Satisfaction)', width: 12, type: 'number' },
            { key: 'created', header: '提出日期 (Created)', width: 12 },
            { key: 'completed', header: '验收日期 (Accepted)', width: 12 },
          ],
          rows: rows.map((r) => ({
            title: r.title,
            kind: kindName(r.kind),
            node: r.node_name,
            category: t('zh-CN', `projects.category.${r.category}`),
            stage: t('zh-CN', `projects.stage.${r.stage}`),
            orderer: r.orderer_label,
            public: Number(fenToYuan(r.public_fen)),
            social: Number(fenToYuan(r.social_fen)),
            unit: r.unit_name ?? '',
            votes: r.ballot_votes,
            progress: r.progress,
            ratings: r.rating_count,
            satisfaction: averageScore(r.rating_sum, r.rating_count),
            created: day(r.created_at),
            completed: day(r.completed_at),
          })) as Record<string, OutCell>[],
        },
        {
          name: '年度统计',
          columns: [
            { key: 'what', header: '指标 (Figure)', width: 28 },
            { key: 'micro', header: '民生微实事 (Micro)', width: 16, type: 'number' },
            { key: 'livelihood', header: '民生实事 (Annual)', width: 16, type: 'number' },
          ],
          rows: (
            [
              ['居民点单 (Orders)', 'ordered'],
              ['立项办理 (Projects under way or done)', 'projects'],
              ['财政资金(万元) (Public money, 10k yuan)', 'publicWan'],
              ['社会资金(万元) (Social money, 10k yuan)', 'socialWan'],
              ['已验收 (Accepted)', 'completed'],
              ['评价人数 (Ratings)', 'ratings'],
              ['平均满意度 (Average satisfaction)', 'satisfaction'],
              ['满意率% (Satisfied %)', 'satisfiedRate'],
            ] as const
          ).map(([what, k]) => ({ what, micro: f.micro[k], livelihood: f.livelihood[k] })),
        },
      ]);
    },

    /**
     * A community's projects for its public page (no login): the micro projects screened in, with
     * money and progress, and the year's figures. Never who ordered them.
     */
    async publicCommunity(communityId: string, year: number) {
      const n = await repo.findNode(db, communityId);
      if (!n || n.level !== 'community') throw new NotFoundError();
      const { rows } = await repo.findItems(db, {
        inScope: nodeInPaths('p.node_id', [n.path]),
        publicStages: PUBLIC_STAGES,
        stages: PUBLIC_STAGES.filter((s) => s !== 'candidate'),
        limit: 50,
        offset: 0,
      });
      const f = await figuresUnder([n.path], year);
      return {
        nodeId: n.id,
        nodeName: n.name,
        figures: f.micro,
        items: rows.map((r) => {
          const s = core.summary(r);
          return {
            id: s.id,
            kind: s.kind,
            year: s.year,
            title: s.title,
            category: s.category,
            stage: s.stage,
            publicFen: s.publicFen,
            socialFen: s.socialFen,
            progress: s.progress,
            ratings: s.ratings,
            satisfaction: s.satisfaction,
            completedAt: s.completedAt,
          };
        }),
      };
    },
  };
}
