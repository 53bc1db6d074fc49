/** HTTP routes of the secretaries module under /api/secretaries. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, dryRunQuery, idParams, ok, sendXlsx, uploadedBytes } from '../../platform/http/routes.ts';
import { t } from '../../platform/i18n.ts';
import {
  appointBody,
  candidateView,
  electionBody,
  electionView,
  endBody,
  moveBody,
  registerBody,
  rosterImportResult,
  rosterQuery,
  rosterView,
  rotateBody,
  rotationView,
  selectionBody,
  selectionView,
  termView,
} from './secretaries.schemas.ts';
import type { SecretariesService } from './secretaries.service.ts';

const tags = ['secretaries'];

/** Registers the secretaries routes. */
export function secretariesRoutes(app: App, svc: SecretariesService) {
  app.get(
    '/api/secretaries/roster',
    {
      config: { permission: 'secretaries.read' },
      schema: {
        tags,
        summary: '社区党委书记名册 The roster of community party secretaries',
        querystring: rosterQuery,
        response: { 200: rosterView },
      },
    },
    async (req) => svc.roster(req.ctx, req.query),
  );
  app.get(
    '/api/secretaries/roster/export',
    {
      config: { permission: 'secretaries.export' },
      schema: { tags, summary: '导出书记名册 Export the roster (.xlsx)', querystring: rosterQuery },
    },
    async (req, reply) =>
      sendXlsx(
        reply,
        t(req.ctx.lang, 'secretaries.sheet.roster'),
        await svc.exportRoster(req.ctx, req.query),
      ),
  );
  app.post(
    '/api/secretaries/roster/import',
    {
      config: { permission: 'secretaries.manage' },
      schema: {
        tags,
        summary:
          "导入书记名册 Import the roster (multipart `file`: .xlsx or CSV in the export's columns; ?dryRun=1 checks only)",
        querystring: dryRunQuery,
        response: { 200: rosterImportResult },
      },
    },
    async (req) =>
      svc.importRoster(
        req.ctx,
        await uploadedBytes(req, 'secretaries.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
  app.get(
    '/api/secretaries/communities/:id/terms',
    {
      config: { permission: 'secretaries.read' },
      schema: {
        tags,
        summary: '社区书记任职历史 A community’s terms',
        params: idParams,
        response: { 200: z.array(termView) },
      },
    },
    async (req) => svc.history(req.ctx, req.params.id),
  );
  app.post(
    '/api/secretaries/terms',
    {
      config: { permission: 'secretaries.manage' },
      schema: {
        tags,
        summary: '任命社区书记 Appoint a secretary to a vacant community',
        body: appointBody,
        response: { 200: created },
      },
    },
    async (req) => svc.appoint(req.ctx, req.body),
  );
  app.post(
    '/api/secretaries/terms/:id/end',
    {
      config: { permission: 'secretaries.manage' },
      schema: {
        tags,
        summary: '免职/任期结束 End a term',
        params: idParams,
        body: endBody,
        response: { 200: ok },
      },
    },
    async (req) => svc.endTerm(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/secretaries/rotations',
    {
      config: { permission: 'secretaries.read' },
      schema: {
        tags,
        summary: '岗位交流记录 Rotations',
        querystring: rosterQuery,
        response: { 200: z.array(rotationView) },
      },
    },
    async (req) => svc.rotations(req.ctx, req.query),
  );
  app.post(
    '/api/secretaries/rotations',
    {
      config: { permission: 'secretaries.manage' },
      schema: {
        tags,
        summary: '岗位交流 Rotate a secretary to a vacant community',
        body: rotateBody,
        response: { 200: created },
      },
    },
    async (req) => svc.rotate(req.ctx, req.body),
  );
  app.get(
    '/api/secretaries/elections',
    {
      config: { permission: 'secretaries.read' },
      schema: {
        tags,
        summary: '两委换届 Election rounds',
        querystring: rosterQuery,
        response: { 200: z.array(electionView) },
      },
    },
    async (req) => svc.elections(req.ctx, req.query),
  );
  app.post(
    '/api/secretaries/elections',
    {
      config: { permission: 'secretaries.elect' },
      schema: {
        tags,
        summary: '登记换届结果 Record a street’s election round',
        body: electionBody,
        response: { 200: created },
      },
    },
    async (req) => svc.recordElection(req.ctx, req.body),
  );
  app.get(
    '/api/secretaries/selections',
    {
      config: { permission: 'secretaries.selections' },
      schema: {
        tags,
        summary: '公开遴选/竞争上岗 Selections',
        response: { 200: z.array(selectionView) },
      },
    },
    async (req) => svc.listSelections(req.ctx),
  );
  app.post(
    '/api/secretaries/selections',
    {
      config: { permission: 'secretaries.manage' },
      schema: {
        tags,
        summary: '发布遴选 Publish a selection',
        body: selectionBody,
        response: { 200: created },
      },
    },
    async (req) => svc.createSelection(req.ctx, req.body),
  );
  app.get(
    '/api/secretaries/selections/:id',
    {
      config: { permission: 'secretaries.selections' },
      schema: {
        tags,
        summary: '遴选详情 A selection',
        params: idParams,
        response: { 200: selectionView },
      },
    },
    async (req) => svc.getSelection(req.ctx, req.params.id),
  );
  app.post(
    '/api/secretaries/selections/:id/candidates',
    {
      config: { permission: 'secretaries.apply' },
      schema: {
        tags,
        summary: '报名 Register (a cadre for themself, an officer for someone)',
        params: idParams,
        body: registerBody,
        response: { 200: created },
      },
    },
    async (req) => svc.register(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/secretaries/candidates/:id/moves',
    {
      config: { permission: 'secretaries.selections' },
      schema: {
        tags,
        summary: '推进环节 Move a candidate (资格审查/笔试面试/考察/公示/任用/未通过/退出)',
        params: idParams,
        body: moveBody,
        response: { 200: candidateView },
      },
    },
    async (req) => svc.moveCandidate(req.ctx, req.params.id, req.body),
  );
}
