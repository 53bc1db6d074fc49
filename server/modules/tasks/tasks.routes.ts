/**
 * HTTP routes of 一榜三令 (task list, claiming, responsibility / commendation / accountability orders).
 *
 * API summary (all JSON unless noted; ids are UUIDs; dates YYYY-MM-DD):
 *   GET    /api/tasks/lists?districtId&year               lists in scope                    tasks.read
 *   POST   /api/tasks/lists                               create a draft list               tasks.manage
 *   GET    /api/tasks/lists/:id                           one list                          tasks.read
 *   POST   /api/tasks/lists/:id/tasks                     add a top-down task (draft list)  tasks.manage
 *   POST   /api/tasks/lists/:id/publish {version}         publish, freezing the version     tasks.manage
 *   GET    /api/tasks/lists/:id/proposals                 bottom-up proposals               tasks.read
 *   POST   /api/tasks/proposals                           propose a task (a unit)           tasks.propose
 *   POST   /api/tasks/proposals/:id/decide                approve / merge / reject + reason tasks.manage
 *   GET    /api/tasks/tasks?status&evalStatus&…           tasks the actor may see (board)   tasks.read
 *   GET    /api/tasks/tasks.xlsx                          same, as Excel                    tasks.read
 *   GET    /api/tasks/tasks/:id                           detail (404 outside scope)        tasks.read
 *   GET    /api/tasks/tasks/:id/timeline                  plan, reports, warnings, orders   tasks.read
 *   GET    /api/tasks/tasks/:id/reports                   progress reports                  tasks.read
 *   GET    /api/tasks/tasks/:id/applications              applications                      tasks.read
 *   POST   /api/tasks/tasks/:id/applications              apply (揭榜) with a plan          tasks.apply
 *   POST   /api/tasks/tasks/:id/award                     award (挂帅), issues 责任令        tasks.manage
 *   POST   /api/tasks/tasks/:id/reports                   report progress (Idempotency-Key) tasks.report
 *   POST   /api/tasks/tasks/:id/violations                record a violation                tasks.manage
 *   POST   /api/tasks/evaluate {districtId?, day?}        run the daily evaluation          tasks.manage
 *   GET    /api/tasks/settings?districtId                 the evaluation's thresholds       tasks.read
 *   PUT    /api/tasks/settings {districtId,…,version}     set them (409 error.stale)        tasks.settings
 *   GET    /api/tasks/orders?type&status&unitNodeId&from&to  the register of orders         tasks.read
 *   GET    /api/tasks/orders.xlsx                         same, as Excel                    tasks.read
 *   POST   /api/tasks/orders                              draft a commendation/accountability tasks.manage
 *   GET    /api/tasks/orders/:id                          one order                         tasks.read
 *   PATCH  /api/tasks/orders/:id                          edit a draft (reason)             tasks.manage
 *   POST   /api/tasks/orders/:id/issue {reason,version}   issue a draft (number assigned)   tasks.manage
 *   POST   /api/tasks/orders/:id/dismiss {reason,version} dismiss a draft                   tasks.manage
 *   POST   /api/tasks/orders/:id/acknowledge              the leader acknowledges receipt   tasks.acknowledge
 *   GET    /api/tasks/orders/:id/print                    A4 official-document page (HTML)  tasks.read
 *   GET    /api/tasks/orders/:id.pdf                      PDF (503 without a CJK font)      tasks.read
 *   GET    /api/tasks/orders/:id/consequences             consequences of an order          tasks.read
 *   POST   /api/tasks/orders/:id/consequences             record consequences (issued only) tasks.manage
 *   GET    /api/tasks/orders/:id/exemptions               exemption applications            tasks.read
 *   POST   /api/tasks/exemptions                          apply for 容错 exemption          tasks.exempt
 *   POST   /api/tasks/exemptions/:id/decide               grant / refuse with reason        tasks.manage
 *   GET    /api/tasks/leaderboard?districtId&year         unit and task rankings            tasks.read
 *   GET    /api/tasks/leaderboard.xlsx                    same, as Excel                    tasks.read
 *   GET    /api/tasks/points?nodeId|personId&from&to      orders and points (assessment)    tasks.manage
 *   POST   /api/tasks/party-projects                      list a party-building project     tasks.party.manage
 *   GET    /api/tasks/party-projects/summary?districtId&year  projects, units, beneficiaries tasks.read
 *   POST   /api/tasks/party-projects/:id/award            award a claim (same machinery)    tasks.party.manage
 *   GET    /api/tasks/public/lists?districtId&year        published list + live status      public
 */
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { App } from '../../platform/http/app.ts';
import { DomainError } from '../../platform/errors.ts';
import type { TasksService } from './tasks.service.ts';
import {
  addTaskBody,
  applicationView,
  applyBody,
  awardBody,
  awardResult,
  projectBody,
  projectsImportResult,
  projectsQuery,
  projectsSummary,
  projectUpdateBody,
  projectView,
  performanceBody,
  performanceView,
  cancelTaskBody,
  cancelTaskResult,
  indicatorsBody,
  indicatorsResult,
  withdrawResult,
  consequencesBody,
  consequenceView,
  createListBody,
  createOrderBody,
  decideExemptionBody,
  decideOrderBody,
  decideProposalBody,
  editOrderBody,
  evaluateBody,
  evaluateResult,
  evalSettingsBody,
  evalSettingsQuery,
  evalSettingsView,
  exemptionBody,
  exemptionView,
  leaderboard,
  leaderboardQuery,
  listsQuery,
  listView,
  orderView,
  ordersQuery,
  partyProjectBody,
  partySummary,
  pointsQuery,
  pointsView,
  proposalView,
  proposeTaskBody,
  publicList,
  publicListQuery,
  publishListBody,
  reportBody,
  reportResult,
  reportView,
  taskDetail,
  tasksQuery,
  taskSummary,
  timelineEntry,
  violationBody,
} from './tasks.schemas.ts';

const idParams = z.object({ id: z.uuid() });
const created = z.object({ id: z.uuid() });
const tags = ['tasks'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendXlsx(reply: FastifyReply, name: string, buf: Buffer, ascii: string) {
  return reply
    .type(XLSX)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}.xlsx`,
    )
    .send(buf);
}

/** Registers the tasks routes. */
export function tasksRoutes(app: App, svc: TasksService) {
  // ---- lists ----
  app.get(
    '/api/tasks/lists',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '任务榜 Task lists',
        querystring: listsQuery,
        response: { 200: z.array(listView) },
      },
    },
    async (req) => svc.lists(req.ctx, req.query),
  );
  app.post(
    '/api/tasks/lists',
    {
      config: { permission: 'tasks.manage' },
      schema: { tags, summary: '新建任务榜 Create list', body: createListBody, response: { 200: created } },
    },
    async (req) => svc.createList(req.ctx, req.body),
  );
  app.get(
    '/api/tasks/lists/:id',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '任务榜 List', params: idParams, response: { 200: listView } },
    },
    async (req) => svc.getList(req.ctx, req.params.id),
  );
  app.post(
    '/api/tasks/lists/:id/tasks',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '添加任务 Add task',
        params: idParams,
        body: addTaskBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addTask(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/lists/:id/publish',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '发布任务榜 Publish (freezes the version)',
        params: idParams,
        body: publishListBody,
        response: { 200: listView },
      },
    },
    async (req) => svc.publishList(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/tasks/lists/:id/proposals',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '申报 Proposals', params: idParams, response: { 200: z.array(proposalView) } },
    },
    async (req) => svc.proposals(req.ctx, req.params.id),
  );

  // ---- proposals ----
  app.post(
    '/api/tasks/proposals',
    {
      config: { permission: 'tasks.propose' },
      schema: {
        tags,
        summary: '自下而上申报 Propose a task',
        body: proposeTaskBody,
        response: { 200: created },
      },
    },
    async (req) => svc.proposeTask(req.ctx, req.body),
  );
  app.post(
    '/api/tasks/proposals/:id/decide',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '审定申报 Approve, merge or reject',
        params: idParams,
        body: decideProposalBody,
        response: { 200: proposalView },
      },
    },
    async (req) => svc.decideProposal(req.ctx, req.params.id, req.body),
  );

  // ---- tasks ----
  app.get(
    '/api/tasks/tasks',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '任务看板 Board',
        querystring: tasksQuery,
        response: { 200: z.array(taskSummary) },
      },
    },
    async (req) => svc.tasks(req.ctx, req.query),
  );
  app.get(
    '/api/tasks/tasks.xlsx',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '导出任务 Export tasks', querystring: tasksQuery },
    },
    async (req, reply) => sendXlsx(reply, '任务清单', await svc.exportTasks(req.ctx, req.query), 'tasks'),
  );
  app.get(
    '/api/tasks/tasks/:id',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '任务详情 Task', params: idParams, response: { 200: taskDetail } },
    },
    async (req) => svc.getTask(req.ctx, req.params.id),
  );
  app.get(
    '/api/tasks/tasks/:id/timeline',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '时间线 Timeline',
        params: idParams,
        response: { 200: z.array(timelineEntry) },
      },
    },
    async (req) => svc.timeline(req.ctx, req.params.id),
  );
  app.get(
    '/api/tasks/tasks/:id/reports',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '进展报告 Reports', params: idParams, response: { 200: z.array(reportView) } },
    },
    async (req) => svc.reports(req.ctx, req.params.id),
  );
  app.get(
    '/api/tasks/tasks/:id/applications',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '揭榜申请 Applications',
        params: idParams,
        response: { 200: z.array(applicationView) },
      },
    },
    async (req) => svc.applications(req.ctx, req.params.id),
  );
  app.post(
    '/api/tasks/tasks/:id/applications',
    {
      config: { permission: 'tasks.apply' },
      schema: { tags, summary: '揭榜 Apply', params: idParams, body: applyBody, response: { 200: created } },
    },
    async (req) => svc.applyForTask(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/tasks/:id/award',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '定榜挂帅 Award (issues the responsibility order)',
        params: idParams,
        body: awardBody,
        response: { 200: awardResult },
      },
    },
    async (req) => svc.awardTask(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/tasks/:id/reports',
    {
      config: { permission: 'tasks.report' },
      schema: {
        tags,
        summary: '报告进展 Report progress (idempotent)',
        params: idParams,
        body: reportBody,
        headers: z.object({ 'idempotency-key': z.string().max(200).optional() }).passthrough(),
        response: { 200: reportResult },
      },
    },
    async (req) =>
      svc.reportProgress(
        req.ctx,
        req.params.id,
        req.body,
        req.headers['idempotency-key'] as string | undefined,
      ),
  );
  app.post(
    '/api/tasks/tasks/:id/violations',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '记录违规 Record a violation',
        params: idParams,
        body: violationBody,
        response: { 200: created },
      },
    },
    async (req) => svc.recordViolation(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/tasks/:id/cancel',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '撤销任务 Cancel a draft or published task (with a reason)',
        params: idParams,
        body: cancelTaskBody,
        response: { 200: cancelTaskResult },
      },
    },
    async (req) => svc.cancelTask(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/tasks/:id/indicators',
    {
      config: { permission: 'tasks.report' },
      schema: {
        tags,
        summary: '填报指标实际值 Report indicators’ actual values',
        params: idParams,
        body: indicatorsBody,
        response: { 200: indicatorsResult },
      },
    },
    async (req) => svc.reportIndicators(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/applications/:id/withdraw',
    {
      config: { permission: 'tasks.apply' },
      schema: {
        tags,
        summary: '撤回揭榜申请 Withdraw an application',
        params: idParams,
        response: { 200: withdrawResult },
      },
    },
    async (req) => svc.withdrawApplication(req.ctx, req.params.id),
  );
  app.get(
    '/api/tasks/tasks/:id/performance',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '揭榜单位政治表现 Political performance on a task',
        params: idParams,
        response: { 200: z.array(performanceView) },
      },
    },
    async (req) => svc.performance(req.ctx, req.params.id),
  );
  app.post(
    '/api/tasks/tasks/:id/performance',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '记录政治表现 Record a claiming unit’s political performance',
        params: idParams,
        body: performanceBody,
        response: { 200: performanceView },
      },
    },
    async (req) => svc.recordPerformance(req.ctx, req.params.id, req.body),
  );
  // ---- 重大项目 ----
  const projectYear = z.object({ districtId: z.uuid(), year: z.coerce.number().int().min(2000).max(2100) });
  app.get(
    '/api/tasks/projects',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '重大项目 Major projects',
        querystring: projectsQuery,
        response: { 200: z.array(projectView) },
      },
    },
    async (req) => svc.projects(req.ctx, req.query),
  );
  app.get(
    '/api/tasks/projects/summary',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '重大项目分阶段 By stage',
        querystring: projectYear,
        response: { 200: projectsSummary },
      },
    },
    async (req) => svc.projectsSummary(req.ctx, req.query),
  );
  app.get(
    '/api/tasks/projects.xlsx',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '导出重大项目 Export', querystring: projectYear },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        `${req.query.year}年重大项目`,
        await svc.exportProjects(req.ctx, req.query),
        'projects',
      ),
  );
  app.post(
    '/api/tasks/projects/import',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '导入重大项目 Import (multipart `file`: .xlsx or CSV)',
        querystring: projectYear,
        response: { 200: projectsImportResult },
      },
    },
    async (req) => {
      const file = await req.file();
      if (!file) throw new DomainError(400, 'tasks.import.no_file');
      return svc.importProjects(req.ctx, req.query, await file.toBuffer());
    },
  );
  app.post(
    '/api/tasks/projects',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '登记重大项目 Register a project',
        body: projectBody,
        response: { 200: projectView },
      },
    },
    async (req) => svc.createProject(req.ctx, req.body),
  );
  app.put(
    '/api/tasks/projects/:id',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '修改重大项目 Edit or move a stage',
        params: idParams,
        body: projectUpdateBody,
        response: { 200: projectView },
      },
    },
    async (req) => svc.updateProject(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/evaluate',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '每日研判 Run the daily evaluation',
        body: evaluateBody,
        response: { 200: evaluateResult },
      },
    },
    async (req) => svc.runDailyEvaluationAs(req.ctx, req.body),
  );
  app.get(
    '/api/tasks/settings',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '评价规则 The district evaluation thresholds',
        querystring: evalSettingsQuery,
        response: { 200: evalSettingsView },
      },
    },
    async (req) => svc.evaluationSettings(req.ctx, req.query.districtId),
  );
  app.put(
    '/api/tasks/settings',
    {
      config: { permission: 'tasks.settings' },
      schema: {
        tags,
        summary: '设置评价规则 Set the district evaluation thresholds',
        body: evalSettingsBody,
        response: { 200: evalSettingsView },
      },
    },
    async (req) => svc.updateEvaluationSettings(req.ctx, req.body),
  );

  // ---- orders ----
  app.get(
    '/api/tasks/orders',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '三令台账 Orders register',
        querystring: ordersQuery,
        response: { 200: z.array(orderView) },
      },
    },
    async (req) => svc.orders(req.ctx, req.query),
  );
  app.get(
    '/api/tasks/orders.xlsx',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '导出台账 Export orders', querystring: ordersQuery },
    },
    async (req, reply) => sendXlsx(reply, '三令台账', await svc.exportOrders(req.ctx, req.query), 'orders'),
  );
  app.post(
    '/api/tasks/orders',
    {
      config: { permission: 'tasks.manage' },
      schema: { tags, summary: '拟令 Draft an order', body: createOrderBody, response: { 200: orderView } },
    },
    async (req) => svc.draftOrder(req.ctx, req.body),
  );
  app.get(
    '/api/tasks/orders/:id',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '令 Order', params: idParams, response: { 200: orderView } },
    },
    async (req) => svc.getOrder(req.ctx, req.params.id),
  );
  app.patch(
    '/api/tasks/orders/:id',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '修改草稿 Edit a draft',
        params: idParams,
        body: editOrderBody,
        response: { 200: orderView },
      },
    },
    async (req) => svc.editOrder(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/orders/:id/issue',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '签发 Issue',
        params: idParams,
        body: decideOrderBody,
        response: { 200: orderView },
      },
    },
    async (req) => svc.issueOrder(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/orders/:id/dismiss',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '撤销草稿 Dismiss',
        params: idParams,
        body: decideOrderBody,
        response: { 200: orderView },
      },
    },
    async (req) => svc.dismissOrder(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/tasks/orders/:id/acknowledge',
    {
      config: { permission: 'tasks.acknowledge' },
      schema: { tags, summary: '签收 Acknowledge receipt', params: idParams, response: { 200: orderView } },
    },
    async (req) => svc.acknowledgeOrder(req.ctx, req.params.id),
  );
  app.get(
    '/api/tasks/orders/:id/print',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '打印版 Printable A4 page', params: idParams },
    },
    async (req, reply) =>
      reply.type('text/html; charset=utf-8').send(await svc.orderHtml(req.ctx, req.params.id)),
  );
  app.get(
    '/api/tasks/orders/:id.pdf',
    { config: { permission: 'tasks.read' }, schema: { tags, summary: 'PDF', params: idParams } },
    async (req, reply) => {
      const { pdf, fileName } = await svc.orderPdf(req.ctx, req.params.id);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="order.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(pdf);
    },
  );
  app.get(
    '/api/tasks/orders/:id/consequences',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '结果运用 Consequences',
        params: idParams,
        response: { 200: z.array(consequenceView) },
      },
    },
    async (req) => svc.consequences(req.ctx, req.params.id),
  );
  app.post(
    '/api/tasks/orders/:id/consequences',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '记录结果运用 Record consequences',
        params: idParams,
        body: consequencesBody,
        response: { 200: z.array(consequenceView) },
      },
    },
    async (req) => svc.recordConsequences(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/tasks/orders/:id/exemptions',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '容错申请 Exemptions',
        params: idParams,
        response: { 200: z.array(exemptionView) },
      },
    },
    async (req) => svc.exemptions(req.ctx, req.params.id),
  );

  // ---- fault tolerance ----
  app.post(
    '/api/tasks/exemptions',
    {
      config: { permission: 'tasks.exempt' },
      schema: {
        tags,
        summary: '申请容错 Apply for exemption',
        body: exemptionBody,
        response: { 200: created },
      },
    },
    async (req) => svc.applyExemption(req.ctx, req.body),
  );
  app.post(
    '/api/tasks/exemptions/:id/decide',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '容错认定 Decide',
        params: idParams,
        body: decideExemptionBody,
        response: { 200: exemptionView },
      },
    },
    async (req) => svc.decideExemption(req.ctx, req.params.id, req.body),
  );

  // ---- rankings and results ----
  app.get(
    '/api/tasks/leaderboard',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '排行榜 Leaderboards',
        querystring: leaderboardQuery,
        response: { 200: leaderboard },
      },
    },
    async (req) => svc.leaderboard(req.ctx, req.query),
  );
  app.get(
    '/api/tasks/leaderboard.xlsx',
    {
      config: { permission: 'tasks.read' },
      schema: { tags, summary: '导出排行 Export', querystring: leaderboardQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, '排行榜', await svc.exportLeaderboard(req.ctx, req.query), 'leaderboard'),
  );
  app.get(
    '/api/tasks/points',
    {
      config: { permission: 'tasks.manage' },
      schema: {
        tags,
        summary: '令与积分 Orders and points',
        querystring: pointsQuery,
        response: { 200: pointsView },
      },
    },
    async (req) => svc.ordersAndPointsAs(req.ctx, req.query),
  );

  // ---- party-building projects 党建项目认领 ----
  app.post(
    '/api/tasks/party-projects',
    {
      config: { permission: 'tasks.party.manage' },
      schema: {
        tags,
        summary: '发布党建项目 List a project',
        body: partyProjectBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createPartyProject(req.ctx, req.body),
  );
  app.get(
    '/api/tasks/party-projects/summary',
    {
      config: { permission: 'tasks.read' },
      schema: {
        tags,
        summary: '认领统计 Summary',
        querystring: leaderboardQuery,
        response: { 200: partySummary },
      },
    },
    async (req) => svc.partySummary(req.ctx, req.query),
  );
  app.post(
    '/api/tasks/party-projects/:id/award',
    {
      config: { permission: 'tasks.party.manage' },
      schema: {
        tags,
        summary: '确认认领 Award a claim',
        params: idParams,
        body: awardBody,
        response: { 200: awardResult },
      },
    },
    async (req) => svc.awardTask(req.ctx, req.params.id, req.body),
  );

  // ---- public ----
  app.get(
    '/api/tasks/public/lists',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '公开任务榜 Public list',
        querystring: publicListQuery,
        response: { 200: publicList },
      },
    },
    async (req) => svc.publicList(req.ctx, req.query),
  );
}
