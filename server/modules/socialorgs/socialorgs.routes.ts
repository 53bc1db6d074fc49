/** HTTP routes of the social-organisation register under /api/socialorgs. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, nodeIdQuery, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  importResult,
  inspectionBody,
  orgBody,
  orgDetail,
  orgPatch,
  orgQuery,
  orgView,
  projectBody,
  staffBody,
} from './socialorgs.schemas.ts';
import type { SocialOrgsService } from './socialorgs.service.ts';

const tags = ['socialorgs'];

/** Registers the register's routes. */
export function socialorgsRoutes(app: App, svc: SocialOrgsService) {
  app.get(
    '/api/socialorgs',
    {
      config: { permission: 'socialorgs.read' },
      schema: {
        tags,
        summary: '社会组织台账 The register',
        querystring: orgQuery,
        response: { 200: z.array(orgView) },
      },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.post(
    '/api/socialorgs',
    {
      config: { permission: 'socialorgs.manage' },
      schema: {
        tags,
        summary: '登记社会组织 Register an organisation',
        body: orgBody,
        response: { 200: created },
      },
    },
    async (req) => svc.register(req.ctx, req.body),
  );
  app.get(
    '/api/socialorgs/export',
    {
      config: { permission: 'socialorgs.export' },
      schema: { tags, summary: '导出台账 Export (.xlsx)', querystring: orgQuery },
    },
    async (req, reply) => {
      const buf = await svc.exportSheet(req.ctx, req.query);
      return sendXlsx(reply, t(req.ctx.lang, 'socialorgs.sheet'), buf);
    },
  );
  app.post(
    '/api/socialorgs/import',
    {
      config: { permission: 'socialorgs.manage' },
      schema: {
        tags,
        summary: '导入台账 Import (multipart `file`: .xlsx or CSV)',
        querystring: nodeIdQuery,
        response: { 200: importResult },
      },
    },
    async (req) => svc.importSheet(req.ctx, req.query.nodeId, await uploadedBytes(req)),
  );
  app.get(
    '/api/socialorgs/:id',
    {
      config: { permission: 'socialorgs.read' },
      schema: {
        tags,
        summary: '社会组织详情 An organisation',
        params: idParams,
        response: { 200: orgDetail },
      },
    },
    async (req) => svc.get(req.ctx, req.params.id),
  );
  app.patch(
    '/api/socialorgs/:id',
    {
      config: { permission: 'socialorgs.manage' },
      schema: {
        tags,
        summary: '修改 Change particulars',
        params: idParams,
        body: orgPatch,
        response: { 200: ok },
      },
    },
    async (req) => svc.update(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/socialorgs/:id/inspections',
    {
      config: { permission: 'socialorgs.manage' },
      schema: {
        tags,
        summary: '年检 Annual inspection',
        params: idParams,
        body: inspectionBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.inspect(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/socialorgs/:id/projects',
    {
      config: { permission: 'socialorgs.manage' },
      schema: {
        tags,
        summary: '承接项目 A project taken',
        params: idParams,
        body: projectBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addProject(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/socialorgs/:id/staff',
    {
      config: { permission: 'socialorgs.manage' },
      schema: {
        tags,
        summary: '关联工作人员账号 Link a staff account',
        params: idParams,
        body: staffBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.linkStaff(req.ctx, req.params.id, req.body.username),
  );
  app.delete(
    '/api/socialorgs/:id/staff/:userId',
    {
      config: { permission: 'socialorgs.manage' },
      schema: {
        tags,
        summary: '解除关联 Unlink a staff account',
        params: z.object({ id: z.uuid(), userId: z.uuid() }),
        response: { 200: ok },
      },
    },
    async (req) => svc.unlinkStaff(req.ctx, req.params.id, req.params.userId),
  );
}
