/** HTTP routes of livelihood projects under /api/projects, and a community's public projects under /api/public/projects. */
import { z } from 'zod';
import { shanghaiThisYear } from '../../platform/time.ts';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  idemHeaders,
  idParams,
  nodeIdQuery,
  ok,
  okAfter,
  sendXlsxAs,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import {
  ballotBody,
  ballotDetail,
  ballotQuery,
  ballotSummary,
  budgetBody,
  candidateBody,
  contractorBody,
  figuresQuery,
  figuresView,
  importResult,
  menuBody,
  menuItem,
  milestoneBody,
  milestoneDoneBody,
  noteBody,
  openVoteBody,
  orderBody,
  projectDetail,
  projectList,
  projectQuery,
  publicCommunity,
  rateBody,
  rateResult,
  transitionBody,
  unitScores,
} from './projects.schemas.ts';
import type { ProjectsService } from './projects.service.ts';

const tags = ['projects'];

/** Registers the projects routes. */
export function projectsRoutes(app: App, svc: ProjectsService) {
  // ---------- projects ----------
  app.get(
    '/api/projects',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: '民生项目 Projects',
        querystring: projectQuery,
        response: { 200: projectList },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.post(
    '/api/projects',
    {
      config: { permission: 'projects.order' },
      schema: {
        tags,
        summary: '居民点单 Order a micro project (Idempotency-Key: safe to send again)',
        headers: idemHeaders,
        body: orderBody,
        response: { 200: created },
      },
    },
    async (req) => svc.order(req.ctx, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/projects/:id',
    {
      config: { permission: 'projects.read' },
      schema: { tags, summary: '项目详情 A project', params: idParams, response: { 200: projectDetail } },
    },
    async (req) => svc.get(req.ctx, req.params.id),
  );
  app.post(
    '/api/projects/:id/transitions',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: '流转 Screen, start, finish, accept, close …',
        params: idParams,
        body: transitionBody,
        response: { 200: z.object({ stage: z.string() }) },
      },
    },
    async (req) => svc.transition(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/projects/:id/budget',
    {
      config: { permission: 'projects.manage' },
      schema: {
        tags,
        summary: '预算 Budget (public and social money)',
        params: idParams,
        body: budgetBody,
        response: { 200: ok },
      },
    },
    async (req) => {
      const b = req.body;
      await svc.setBudget(req.ctx, req.params.id, {
        publicFen: b.publicYuan,
        socialFen: b.socialYuan,
        socialSource: b.socialSource,
        version: b.version,
      });
      return { ok: true as const };
    },
  );
  app.post(
    '/api/projects/:id/milestones',
    {
      config: { permission: 'projects.manage' },
      schema: {
        tags,
        summary: '节点 Add a milestone',
        params: idParams,
        body: milestoneBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addMilestone(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/projects/:id/milestones/:milestoneId/done',
    {
      config: { permission: 'projects.manage' },
      schema: {
        tags,
        summary: '节点完成 A milestone done',
        params: z.object({ id: z.uuid(), milestoneId: z.uuid() }),
        body: milestoneDoneBody,
        response: { 200: z.object({ progress: z.number() }) },
      },
    },
    async (req) => svc.completeMilestone(req.ctx, req.params.id, req.params.milestoneId, req.body),
  );
  app.post(
    '/api/projects/:id/contractors',
    {
      config: { permission: 'projects.manage' },
      schema: {
        tags,
        summary: '承接单位 Add a contractor',
        params: idParams,
        body: contractorBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addContractor(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/projects/:id/photos',
    {
      config: { permission: 'projects.manage' },
      schema: {
        tags,
        summary: '现场照片 Add a photo (multipart field `file`)',
        params: idParams,
        querystring: z.object({ milestoneId: z.uuid().optional() }),
        response: { 200: created },
      },
    },
    async (req) => svc.addPhoto(req.ctx, req.params.id, await uploadedBytes(req), req.query.milestoneId),
  );
  app.get(
    '/api/projects/photos/:id',
    {
      config: { permission: 'projects.read' },
      schema: { tags, summary: '照片 Photo bytes', params: idParams },
    },
    async (req, reply) => {
      const p = await svc.photo(req.ctx, req.params.id);
      return reply.type(p.mime).header('cache-control', 'private, max-age=86400').send(p.data);
    },
  );
  app.post(
    '/api/projects/:id/notes',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: '进展/监督记录 A note',
        params: idParams,
        body: noteBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addNote(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/projects/:id/ratings',
    {
      config: { permission: 'projects.rate' },
      schema: {
        tags,
        summary: '满意度评价 Rate 1–5 (once; a repeat returns the rating that stands)',
        params: idParams,
        body: rateBody,
        response: { 200: rateResult },
      },
    },
    async (req) => svc.rate(req.ctx, req.params.id, req.body),
  );

  // ---------- menu ----------
  app.get(
    '/api/projects/menu',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: '社区菜单 A community’s menu',
        querystring: nodeIdQuery,
        response: { 200: z.array(menuItem) },
      },
    },
    async (req) => svc.menu(req.ctx, req.query.nodeId),
  );
  app.post(
    '/api/projects/menu',
    {
      config: { permission: 'projects.manage' },
      schema: { tags, summary: '上架菜单 Add to the menu', body: menuBody, response: { 200: created } },
    },
    async (req) => svc.addMenuItem(req.ctx, { ...req.body, estimateFen: req.body.estimateYuan }),
  );
  app.delete(
    '/api/projects/menu/:id',
    {
      config: { permission: 'projects.manage' },
      schema: { tags, summary: '下架 Take off the menu', params: idParams, response: { 200: ok } },
    },
    async (req) => okAfter(svc.retireMenuItem(req.ctx, req.params.id)),
  );

  // ---------- ballots ----------
  app.get(
    '/api/projects/ballots',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: '代表票决 Ballots',
        querystring: ballotQuery,
        response: { 200: z.array(ballotSummary) },
      },
    },
    async (req) => svc.listBallots(req.ctx, req.query),
  );
  app.post(
    '/api/projects/ballots',
    {
      config: { permission: 'projects.ballot' },
      schema: { tags, summary: '新建票决 Set up a ballot', body: ballotBody, response: { 200: created } },
    },
    async (req) => svc.createBallot(req.ctx, req.body),
  );
  app.get(
    '/api/projects/ballots/:id',
    {
      config: { permission: 'projects.read' },
      schema: { tags, summary: '票决详情 A ballot', params: idParams, response: { 200: ballotDetail } },
    },
    async (req) => svc.getBallot(req.ctx, req.params.id),
  );
  app.post(
    '/api/projects/ballots/:id/candidates',
    {
      config: { permission: 'projects.ballot' },
      schema: {
        tags,
        summary: '候选项目 Add a candidate',
        params: idParams,
        body: candidateBody,
        response: { 200: created },
      },
    },
    async (req) => {
      const b = req.body;
      return svc.addCandidate(req.ctx, req.params.id, {
        title: b.title,
        description: b.description,
        category: b.category,
        unitNodeId: b.unitNodeId,
        publicFen: b.publicYuan,
        socialFen: b.socialYuan,
      });
    },
  );
  app.post(
    '/api/projects/ballots/:id/import',
    {
      config: { permission: 'projects.ballot' },
      schema: {
        tags,
        summary: '导入候选项目清单 Import candidates (multipart `file`: .xlsx or CSV)',
        params: idParams,
        response: { 200: importResult },
      },
    },
    async (req) =>
      svc.importCandidates(req.ctx, req.params.id, await uploadedBytes(req, 'projects.import_no_file')),
  );
  app.post(
    '/api/projects/ballots/:id/open',
    {
      config: { permission: 'projects.ballot' },
      schema: {
        tags,
        summary: '开始票决 Open the deputies’ vote',
        params: idParams,
        body: openVoteBody,
        response: { 200: z.object({ voteId: z.uuid() }) },
      },
    },
    async (req) => svc.openVote(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/projects/ballots/:id/close',
    {
      config: { permission: 'projects.ballot' },
      schema: {
        tags,
        summary: '结束票决 Close the vote and choose',
        params: idParams,
        response: { 200: z.object({ state: z.enum(['draft', 'voting', 'decided']) }) },
      },
    },
    async (req) => svc.closeVote(req.ctx, req.params.id),
  );

  // ---------- figures, exports, public ----------
  app.get(
    '/api/projects/figures',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: '年度统计 Figures of a year',
        querystring: figuresQuery,
        response: { 200: figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
  app.get(
    '/api/projects/unit-scores',
    {
      config: { permission: 'projects.read' },
      schema: {
        tags,
        summary: '责任单位满意度得分 Units’ scores',
        querystring: figuresQuery,
        response: { 200: unitScores },
      },
    },
    async (req) => svc.unitScores(req.ctx, req.query),
  );
  app.get(
    '/api/projects/export',
    {
      config: { permission: 'projects.export' },
      schema: {
        tags,
        summary: '导出项目台账和统计 Export projects and figures (.xlsx)',
        querystring: z.object({
          nodeId: z.uuid().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
      },
    },
    async (req, reply) => {
      const year = req.query.year ?? shanghaiThisYear();
      const buf = await svc.exportProjects(req.ctx, { nodeId: req.query.nodeId, year });
      return sendXlsxAs(reply, `民生项目台账-${year}.xlsx`, buf, 'projects.xlsx');
    },
  );
  app.get(
    '/api/public/projects/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '社区民生项目（公开）A community’s projects (public)',
        params: idParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: publicCommunity },
      },
    },
    async (req) => svc.publicCommunity(req.params.id, req.query.year ?? shanghaiThisYear()),
  );
}
