/**
 * HTTP routes of the support around social organisations: /api/socialorgs/instructors,
 * /api/socialorgs/coverage, /api/socialorgs/talents and /api/socialorgs/bases.
 */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idemHeaders, idParams, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import { TALENT_KINDS } from './socialorgs.support.rules.ts';
import {
  assignmentBody,
  baseBody,
  baseList,
  baseView,
  coverageView,
  importResult,
  instructorBody,
  instructorList,
  instructorView,
  linkBody,
  nodeQuery,
  settlementBody,
  talentBody,
  talentImportQuery,
  talentList,
  trainingBody,
  visitBody,
  yearQuery,
} from './socialorgs.support.schemas.ts';
import type { SocialOrgsSupportService } from './socialorgs.support.service.ts';

const tags = ['socialorgs'];

/** Registers the support routes. */
export function socialorgsSupportRoutes(app: App, svc: SocialOrgsSupportService) {
  // ---- 党建指导员 ----
  app.get(
    '/api/socialorgs/instructors',
    {
      config: { permission: 'socialorgs.read' },
      schema: {
        tags,
        summary: '党建指导员名册 The instructor roster',
        querystring: nodeQuery,
        response: { 200: instructorList },
      },
    },
    async (req) => svc.listInstructors(req.ctx, req.query),
  );
  app.post(
    '/api/socialorgs/instructors',
    {
      config: { permission: 'socialorgs.instructors.manage' },
      schema: {
        tags,
        summary: '登记党建指导员 Add an instructor',
        body: instructorBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createInstructor(req.ctx, req.body),
  );
  app.get(
    '/api/socialorgs/instructors/export',
    {
      config: { permission: 'socialorgs.export' },
      schema: { tags, summary: '导出名册 Export the roster (.xlsx)', querystring: nodeQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'socialorgs.sheet.instructors'),
        await svc.exportInstructors(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/socialorgs/instructors/import',
    {
      config: { permission: 'socialorgs.instructors.manage' },
      schema: {
        tags,
        summary: '导入名册 Import the roster (multipart `file`: .xlsx or CSV)',
        querystring: talentImportQuery,
        response: { 200: importResult },
      },
    },
    async (req) => svc.importInstructors(req.ctx, req.query.nodeId, await uploadedBytes(req)),
  );
  app.get(
    '/api/socialorgs/instructors/:id',
    {
      config: { permission: 'socialorgs.read' },
      schema: {
        tags,
        summary: '党建指导员 An instructor',
        params: idParams,
        response: { 200: instructorView },
      },
    },
    async (req) => svc.getInstructor(req.ctx, req.params.id),
  );
  app.post(
    '/api/socialorgs/instructors/:id/assignments',
    {
      config: { permission: 'socialorgs.instructors.manage' },
      schema: {
        tags,
        summary: '派驻 Send to a base or an organisation',
        params: idParams,
        body: assignmentBody,
        response: { 200: created },
      },
    },
    async (req) => svc.assign(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/socialorgs/instructors/:id/visits',
    {
      config: { permission: 'socialorgs.instructors.manage' },
      schema: {
        tags,
        summary: '指导记录 Log a guidance visit (Idempotency-Key)',
        params: idParams,
        headers: idemHeaders,
        body: visitBody,
        response: { 200: created },
      },
    },
    async (req) => svc.logVisit(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.get(
    '/api/socialorgs/coverage',
    {
      config: { permission: 'socialorgs.read' },
      schema: {
        tags,
        summary: '指导员覆盖情况 Organisations with and without an instructor; visits per quarter',
        querystring: nodeQuery,
        response: { 200: coverageView },
      },
    },
    async (req) => svc.coverage(req.ctx, req.query),
  );

  // ---- 草根领袖与本土社工 ----
  app.get(
    '/api/socialorgs/talents',
    {
      config: { permission: 'socialorgs.read' },
      schema: {
        tags,
        summary: '草根领袖与本土社工名册 The talent register',
        querystring: z.object({ nodeId: z.uuid().optional(), kind: z.enum(TALENT_KINDS).optional() }),
        response: { 200: talentList },
      },
    },
    async (req) => svc.listTalents(req.ctx, req.query),
  );
  app.post(
    '/api/socialorgs/talents',
    {
      config: { permission: 'socialorgs.talents.manage' },
      schema: { tags, summary: '登记人才 Register a talent', body: talentBody, response: { 200: created } },
    },
    async (req) => svc.createTalent(req.ctx, req.body),
  );
  app.get(
    '/api/socialorgs/talents/export',
    {
      config: { permission: 'socialorgs.export' },
      schema: { tags, summary: '导出名册 Export the register (.xlsx)', querystring: nodeQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'socialorgs.sheet.talents'),
        await svc.exportTalents(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/socialorgs/talents/import',
    {
      config: { permission: 'socialorgs.talents.manage' },
      schema: {
        tags,
        summary: '导入名册 Import the register (multipart `file`: .xlsx or CSV)',
        querystring: talentImportQuery,
        response: { 200: importResult },
      },
    },
    async (req) => svc.importTalents(req.ctx, req.query.nodeId, await uploadedBytes(req)),
  );
  app.post(
    '/api/socialorgs/talents/:id/trainings',
    {
      config: { permission: 'socialorgs.talents.manage' },
      schema: {
        tags,
        summary: '培训记录 Record a training',
        params: idParams,
        body: trainingBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addTraining(req.ctx, req.params.id, req.body),
  );

  // ---- 社会组织总部基地 / 四联平台 ----
  app.get(
    '/api/socialorgs/bases',
    {
      config: { permission: 'socialorgs.read' },
      schema: { tags, summary: '基地 The bases', querystring: yearQuery, response: { 200: baseList } },
    },
    async (req) => svc.listBases(req.ctx, req.query),
  );
  app.post(
    '/api/socialorgs/bases',
    {
      config: { permission: 'socialorgs.base.manage' },
      schema: { tags, summary: '登记基地 Register a base', body: baseBody, response: { 200: created } },
    },
    async (req) => svc.createBase(req.ctx, req.body),
  );
  app.get(
    '/api/socialorgs/bases/:id',
    {
      config: { permission: 'socialorgs.read' },
      schema: {
        tags,
        summary: '基地详情 A base with its organisations and four-link records',
        params: idParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: baseView },
      },
    },
    async (req) => svc.getBase(req.ctx, req.params.id, req.query.year),
  );
  app.post(
    '/api/socialorgs/bases/:id/settlements',
    {
      config: { permission: 'socialorgs.base.manage' },
      schema: {
        tags,
        summary: '入驻 Settle an organisation for a term',
        params: idParams,
        body: settlementBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.settle(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/socialorgs/bases/:id/links',
    {
      config: { permission: 'socialorgs.base.manage' },
      schema: {
        tags,
        summary: '四联记录 Record a joint building, mediation, management or service activity',
        params: idParams,
        body: linkBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addLink(req.ctx, req.params.id, req.body),
  );
}
