/**
 * The funds on the home page and dashboards: applications to score (reviewers) and to check (the
 * fund office), progress reports due and drafts not submitted (applicants); the figures per node
 * with their definitions (budget used per round as a chart); the applications and the funded list
 * as Excel.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { callOpen, districtsFor, type SocialfundCore } from './socialfund.core.ts';
import type { createFundsService } from './socialfund.funds.service.ts';
import * as repo from './socialfund.repository.ts';
import { FUNDED_STATES, pct, reportDue, type AppState } from './socialfund.rules.ts';

/** Builds the home-page, dashboard and export verbs. */
export function createSocialfundWorkbench(deps: {
  db: Db;
  core: SocialfundCore;
  funds: ReturnType<typeof createFundsService>;
}) {
  const { db, core } = deps;

  /** The round's applications the actor may export, ranked. */
  async function exportRows(ctx: RequestContext, roundId: string) {
    requirePermission(ctx, 'socialfund.export');
    const r = await deps.funds.visibleRound(ctx, roundId);
    const v = await core.visibility(ctx);
    const apps = await repo.findApplications(
      db,
      repo.both(repo.ofRound(r.district_id, r.id), repo.applicationVisible(v)),
    );
    const rows = await core.rowsOut(ctx, apps, v.orgId);
    return { r, apps, rows: rows.sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9)) };
  }
  const money = (fen: number | null) => (fen === null ? null : fen / 100);

  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor || !can(ctx.actor, 'socialfund.read')) return [];
      const out: TodoItem[] = [];
      const item = (key: string, level: TodoItem['level'], apps: repo.ApplicationRow[]): TodoItem => ({
        key: `socialfund.${key}`,
        module: 'socialfund',
        label: t(ctx.lang, `socialfund.todo.${key}`),
        count: apps.length,
        href: '/socialfund',
        level,
        entries: apps.slice(0, 5).map((a) => ({
          id: a.id,
          title: `${a.applicant_name} · ${a.title}`,
          href: `/socialfund/applications/${a.id}`,
        })),
      });
      const v = await core.visibility(ctx);
      const reviewDistricts = districtsFor(ctx, 'socialfund.review');
      if (reviewDistricts.length) {
        const eligible = await repo.findApplications(
          db,
          repo.both(repo.inStates(['eligible']), repo.applicationVisible({ ...v, paths: [] })),
          500,
        );
        const scored = new Set(
          (
            await repo.findScores(
              db,
              eligible.map((a) => a.id),
            )
          )
            .filter((s) => s.reviewer_id === ctx.actor!.userId)
            .map((s) => s.application_id),
        );
        const mine = eligible.filter((a) => !scored.has(a.id) && core.mayScore(ctx, a, v.orgId));
        if (mine.length) out.push(item('to_score', 'yellow', mine));
      }
      const manage = scopePaths(ctx.actor, 'socialfund.manage');
      if (manage.length) {
        const waiting = await repo.findApplications(
          db,
          repo.both(repo.inStates(['submitted']), nodeInPaths('a.node_id', manage)),
          500,
        );
        const inReview = waiting.filter((a) => a.round_state === 'review');
        if (inReview.length) out.push(item('to_check', 'yellow', inReview));
      }
      if (can(ctx.actor, 'socialfund.apply')) {
        const own = await repo.findApplications(
          db,
          repo.applicationVisible({ paths: [], reviewDistricts: [], userId: v.userId, orgId: v.orgId }),
          500,
        );
        const due = own.filter((a) => reportDue(a.state as AppState, a.paid_tranches, a.report_count));
        if (due.length) out.push(item('reports_due', 'red', due));
        const rounds = new Map<string, boolean>();
        for (const a of own.filter((x) => x.state === 'draft'))
          if (!rounds.has(a.round_id))
            rounds.set(a.round_id, callOpen((await repo.findRound(db, a.round_id))!));
        const drafts = own.filter((a) => a.state === 'draft' && rounds.get(a.round_id));
        if (drafts.length) out.push(item('drafts', 'normal', drafts));
      }
      return out;
    },

    /** The figures under a node for a year's rounds; the pass share over all years. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const rounds = await repo.findRoundsOfYear(db, node.districtId, year);
      if (rounds.length === 0) return [];
      const inScope = nodeInPaths('a.node_id', [node.path]);
      const byRound = await repo.fundedByRound(db, node.districtId, year, inScope);
      const funded = byRound.reduce((s, x) => s + x.n, 0);
      const granted = byRound.reduce((s, x) => s + Number(x.granted), 0);
      const budget = rounds.reduce((s, r) => s + r.budget_fen, 0);
      const grades = await repo.countGrades(db, inScope);
      const graded = grades.reduce((s, g) => s + g.n, 0);
      const passed = grades.filter((g) => g.grade !== 'fail').reduce((s, g) => s + g.n, 0);
      const stat = statMaker(ctx.lang, 'socialfund', 'def', { year });
      const used = stat('budget_used', pct(granted, budget), 'percent');
      used.series = rounds.map((r) => {
        const x = byRound.find((b) => b.round_id === r.id);
        return {
          label: `${t(ctx.lang, `socialfund.kind.${r.fund_kind}`).slice(0, 4)} ${r.title}`,
          value: pct(Number(x?.granted ?? 0), r.budget_fen),
        };
      });
      return [
        used,
        stat('funded', funded, 'count'),
        stat('average_grant', funded ? Math.round(granted / funded) / 100 : null, 'yuan'),
        stat(
          'beneficiaries',
          byRound.reduce((s, x) => s + Number(x.beneficiaries), 0),
          'count',
        ),
        stat('pass_share', pct(passed, graded), 'percent'),
      ];
    },

    /** A round's applications as Excel, in rank order. */
    async exportApplications(ctx: RequestContext, roundId: string) {
      const { r, rows } = await exportRows(ctx, roundId);
      return writeWorkbook([
        {
          name: t(ctx.lang, 'socialfund.sheet.applications'),
          columns: [
            { key: 'rank', header: '排名', width: 6, type: 'number' },
            { key: 'applicant', header: '申报单位', width: 24 },
            { key: 'node', header: '所在', width: 12 },
            { key: 'title', header: '项目名称', width: 30 },
            { key: 'category', header: '类别', width: 14 },
            { key: 'beneficiaries', header: '预计受益人数', width: 12, type: 'number' },
            { key: 'requested', header: '申请金额（元）', width: 14, type: 'number' },
            { key: 'mean', header: '评审平均分', width: 10, type: 'number' },
            { key: 'state', header: '状态', width: 12 },
            { key: 'granted', header: '资助金额（元）', width: 14, type: 'number' },
          ],
          rows: rows.map((x) => ({
            rank: x.rank,
            applicant: x.applicantName,
            node: x.nodeName,
            title: x.title,
            category: x.category,
            beneficiaries: x.beneficiaries,
            requested: money(x.requestedFen),
            mean: x.meanScore,
            state: t(ctx.lang, `socialfund.state.${x.state}`),
            granted: money(x.grantedFen),
          })),
        },
      ]).then((bytes) => ({ bytes, title: `${r.fund_name}${r.title}` }));
    },

    /** A round's funded projects as Excel: grant, agreement, paid, evaluation and clawback. */
    async exportFunded(ctx: RequestContext, roundId: string) {
      const { r, apps } = await exportRows(ctx, roundId);
      const funded = apps.filter((a) => FUNDED_STATES.includes(a.state as AppState));
      const tranches = await repo.findTranches(
        db,
        funded.map((a) => a.id),
      );
      const paid = (id: string) =>
        tranches
          .filter((x) => x.application_id === id && x.state === 'paid')
          .reduce((s, x) => s + x.amount_fen, 0);
      return writeWorkbook([
        {
          name: t(ctx.lang, 'socialfund.sheet.funded'),
          columns: [
            { key: 'applicant', header: '申报单位', width: 24 },
            { key: 'title', header: '项目名称', width: 30 },
            { key: 'category', header: '类别', width: 14 },
            { key: 'granted', header: '资助金额（元）', width: 14, type: 'number' },
            { key: 'agreement', header: '协议签订日期', width: 12 },
            { key: 'paid', header: '已拨付（元）', width: 14, type: 'number' },
            { key: 'grade', header: '结项评估', width: 10 },
            { key: 'clawback', header: '追回（元）', width: 12, type: 'number' },
          ],
          rows: funded.map((a) => ({
            applicant: a.applicant_name,
            title: a.title,
            category: a.category,
            granted: money(a.granted_fen),
            agreement: a.agreement_on ?? '',
            paid: money(paid(a.id)),
            grade: a.grade ? t(ctx.lang, `socialfund.grade.${a.grade}`) : '',
            clawback: money(a.clawback_fen),
          })),
        },
      ]).then((bytes) => ({ bytes, title: `${r.fund_name}${r.title}` }));
    },
  };
}
