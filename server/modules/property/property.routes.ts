/** HTTP routes of 红色物业 and quality communities under /api/property, and the owners' public page. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, nodeIdQuery, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import {
  campaignBody,
  companiesQuery,
  companyBody,
  companyPatch,
  companyView,
  compoundBody,
  compoundPatch,
  compoundsQuery,
  compoundView,
  criteriaBody,
  criteriaQuery,
  criteriaView,
  exportQuery,
  feesBody,
  feesQuery,
  feesView,
  importResult,
  issueBody,
  issueTransition,
  linkBody,
  listView,
  meetingBody,
  memberBody,
  publicCommunity,
  qualityBody,
  qualityView,
  rankingQuery,
  rankingView,
  ratingBody,
  ratingView,
} from './property.schemas.ts';
import type { PropertyService } from './property.service.ts';

const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const tags = ['property'];

/** Registers the property routes. */
export function propertyRoutes(app: App, svc: PropertyService) {
  // ---------- companies ----------
  app.get(
    '/api/property/companies',
    {
      config: { permission: 'property.read' },
      schema: {
        tags,
        summary: '物业企业 Property companies',
        querystring: companiesQuery,
        response: { 200: z.array(companyView) },
      },
    },
    async (req) => svc.listCompanies(req.ctx, req.query),
  );
  app.post(
    '/api/property/companies',
    {
      config: { permission: 'property.manage' },
      schema: {
        tags,
        summary: '登记物业企业 Register a company',
        body: companyBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createCompany(req.ctx, req.body),
  );
  app.patch(
    '/api/property/companies/:id',
    {
      config: { permission: 'property.manage' },
      schema: {
        tags,
        summary: '修改物业企业 Change a company',
        params: idParams,
        body: companyPatch,
        response: { 200: ok },
      },
    },
    async (req) => svc.updateCompany(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/property/companies/:id/staff',
    {
      config: { permission: 'property.manage' },
      schema: {
        tags,
        summary: '关联物业工作人员账号 Link a staff account',
        params: idParams,
        body: linkBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.linkStaff(req.ctx, req.params.id, req.body.username),
  );
  app.get(
    '/api/property/companies/:id/rating',
    {
      config: { permission: 'property.read' },
      schema: {
        tags,
        summary: '星级评定 A company’s rating of a year',
        params: idParams,
        querystring: yearQuery,
        response: { 200: ratingView.nullable() },
      },
    },
    async (req) => svc.rating(req.ctx, req.params.id, req.query.year),
  );
  app.put(
    '/api/property/companies/:id/rating',
    {
      config: { permission: 'property.rate' },
      schema: {
        tags,
        summary: '“五个必须落实”评分 Score a company',
        params: idParams,
        body: ratingBody,
        response: { 200: z.object({ total: z.number(), stars: z.number() }) },
      },
    },
    async (req) => svc.rate(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/property/companies/:id/rating/publish',
    {
      config: { permission: 'property.rate' },
      schema: {
        tags,
        summary: '公布星级评定 Publish the rating',
        params: idParams,
        body: z.strictObject({ year: yearQuery.shape.year }),
        response: { 200: ok },
      },
    },
    async (req) => svc.publish(req.ctx, req.params.id, req.body.year),
  );
  app.get(
    '/api/property/criteria',
    {
      config: { permission: 'property.read' },
      schema: {
        tags,
        summary: '评分项 Criteria',
        querystring: criteriaQuery,
        response: { 200: criteriaView },
      },
    },
    async (req) => svc.criteria(req.ctx, req.query.nodeId, req.query.kind),
  );
  app.put(
    '/api/property/criteria',
    {
      config: { permission: 'property.rate' },
      schema: {
        tags,
        summary: '设置评分项及权重 Set the criteria',
        body: criteriaBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setCriteria(req.ctx, req.body),
  );

  // ---------- compounds ----------
  app.get(
    '/api/property/compounds',
    {
      config: { permission: 'property.read' },
      schema: {
        tags,
        summary: '小区 Compounds',
        querystring: compoundsQuery,
        response: { 200: z.array(compoundView) },
      },
    },
    async (req) => svc.listCompounds(req.ctx, req.query),
  );
  app.post(
    '/api/property/compounds',
    {
      config: { permission: 'property.manage' },
      schema: {
        tags,
        summary: '登记小区 Register a compound',
        body: compoundBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createCompound(req.ctx, req.body),
  );
  app.get(
    '/api/property/compounds/:id',
    {
      config: { permission: 'property.read' },
      schema: {
        tags,
        summary: '小区及其清单 A compound with its problem list',
        params: idParams,
        response: { 200: listView },
      },
    },
    async (req) => svc.problemList(req.ctx, req.params.id),
  );
  app.patch(
    '/api/property/compounds/:id',
    {
      config: { permission: 'property.manage' },
      schema: {
        tags,
        summary: '修改小区 Change a compound',
        params: idParams,
        body: compoundPatch,
        response: { 200: ok },
      },
    },
    async (req) => svc.updateCompound(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/property/compounds/:id/committee',
    {
      config: { permission: 'property.manage' },
      schema: {
        tags,
        summary: '增加业委会成员 Add a committee member',
        params: idParams,
        body: memberBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addMember(req.ctx, req.params.id, req.body),
  );
  app.delete(
    '/api/property/compounds/:id/committee/:memberId',
    {
      config: { permission: 'property.manage' },
      schema: {
        tags,
        summary: '移除业委会成员 Remove a member',
        params: z.object({ id: z.uuid(), memberId: z.uuid() }),
        response: { 200: ok },
      },
    },
    async (req) => svc.removeMember(req.ctx, req.params.id, req.params.memberId),
  );
  app.post(
    '/api/property/compounds/:id/committee-accounts',
    {
      config: { permission: 'property.manage' },
      schema: {
        tags,
        summary: '关联业委会账号 Link a committee account',
        params: idParams,
        body: linkBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.linkCommittee(req.ctx, req.params.id, req.body.username),
  );
  app.get(
    '/api/property/compounds/:id/quality',
    {
      config: { permission: 'property.read' },
      schema: {
        tags,
        summary: '品质小区指数 The quality index of a year',
        params: idParams,
        querystring: yearQuery,
        response: { 200: qualityView },
      },
    },
    async (req) => svc.quality(req.ctx, req.params.id, req.query.year),
  );
  app.put(
    '/api/property/compounds/:id/quality',
    {
      config: { permission: 'property.quality' },
      schema: {
        tags,
        summary: '季度指数考评 Score a quarter',
        params: idParams,
        body: qualityBody,
        response: {
          200: z.object({
            total: z.number(),
            yearly: z.object({ average: z.number(), stars: z.number() }).nullable(),
          }),
        },
      },
    },
    async (req) => svc.scoreQuality(req.ctx, req.params.id, req.body),
  );
  app.put(
    '/api/property/compounds/:id/campaign',
    {
      config: { permission: 'property.quality' },
      schema: {
        tags,
        summary: '五星争创 Enter the five-star campaign',
        params: idParams,
        body: campaignBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.setCampaign(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/property/ranking',
    {
      config: { permission: 'property.read' },
      schema: {
        tags,
        summary: '品质小区排名 Quality ranking',
        querystring: rankingQuery,
        response: { 200: rankingView },
      },
    },
    async (req) => svc.ranking(req.ctx, req.query),
  );

  // ---------- fees ----------
  app.get(
    '/api/property/fees',
    {
      config: { permission: 'property.read' },
      schema: {
        tags,
        summary: '物业费收缴 Fee ledger and rates',
        querystring: feesQuery,
        response: { 200: feesView },
      },
    },
    async (req) => svc.fees(req.ctx, req.query),
  );
  app.put(
    '/api/property/compounds/:id/fees',
    {
      config: { permission: 'property.fees' },
      schema: {
        tags,
        summary: '登记收缴台账 Record months of the ledger',
        params: idParams,
        body: feesBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.recordFees(req.ctx, req.params.id, req.body),
  );

  // ---------- problem list and meetings ----------
  app.post(
    '/api/property/compounds/:id/issues',
    {
      config: { permission: 'property.issues' },
      schema: {
        tags,
        summary: '列入清单 Put an item on the list',
        params: idParams,
        body: issueBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addIssue(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/property/issues/:id/transitions',
    {
      config: { permission: 'property.issues' },
      schema: {
        tags,
        summary: '升级处置、办结或重新列入 Escalate, resolve or reopen',
        params: idParams,
        body: issueTransition,
        response: { 200: z.object({ state: z.string() }) },
      },
    },
    async (req) => svc.transition(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/property/compounds/:id/meetings',
    {
      config: { permission: 'property.meet' },
      schema: {
        tags,
        summary: '联席会议及决定 Record the joint meeting',
        params: idParams,
        body: meetingBody,
        response: { 200: created },
      },
    },
    async (req) => svc.holdMeeting(req.ctx, req.params.id, req.body),
  );

  // ---------- Excel ----------
  for (const [what, permission] of [
    ['companies', 'property.manage'],
    ['compounds', 'property.manage'],
    ['fees', 'property.fees'],
  ] as const)
    app.post(
      `/api/property/import/${what}`,
      {
        config: { permission },
        schema: {
          tags,
          summary: `导入 Import ${what} (multipart \`file\`: .xlsx or CSV)`,
          querystring: nodeIdQuery,
          response: { 200: importResult },
        },
      },
      async (req) => {
        const buf = await uploadedBytes(req, 'property.import_no_file');
        if (what === 'companies') return svc.importCompanies(req.ctx, req.query.nodeId, buf);
        if (what === 'compounds') return svc.importCompounds(req.ctx, req.query.nodeId, buf);
        return svc.importFees(req.ctx, req.query.nodeId, buf);
      },
    );
  app.get(
    '/api/property/export',
    {
      config: { permission: 'property.export' },
      schema: { tags, summary: '导出台账 Export a register (.xlsx)', querystring: exportQuery },
    },
    async (req, reply) => {
      const { name, buf } = await svc.exportRegister(req.ctx, req.query);
      return sendXlsx(reply, name, buf);
    },
  );

  // ---------- public ----------
  app.get(
    '/api/public/property/communities/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '业主查看物业星级 What owners see: companies and their published ratings',
        params: idParams,
        response: { 200: publicCommunity },
      },
    },
    async (req) => svc.publicCommunity(req.params.id),
  );
}
