/** HTTP routes of the register of pledged collective assets 集体资产担保. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, sendXlsxAs, uploadedBytes } from '../../platform/http/routes.ts';
import { importResult, pledgeBody, pledgesView, releaseBody } from './villagefund.schemas.ts';
import type { VillagefundService } from './villagefund.service.ts';

const tags = ['villagefund'];

/** Registers the pledge routes. */
export function villagefundPledgesRoutes(app: App, svc: VillagefundService) {
  app.get(
    '/api/villagefund/pools/:id/pledges',
    {
      config: { permission: 'villagefund.read' },
      schema: {
        tags,
        summary: '集体资产担保 Pledged collective assets of a pool',
        params: idParams,
        response: { 200: pledgesView },
      },
    },
    async (req) => svc.pledges(req.ctx, req.params.id),
  );
  app.post(
    '/api/villagefund/pools/:id/pledges',
    {
      config: { permission: 'villagefund.manage' },
      schema: {
        tags,
        summary: '登记担保资产 Register a pledged asset',
        params: idParams,
        body: pledgeBody,
        response: { 200: created },
      },
    },
    async (req) => svc.addPledge(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/villagefund/pledges/:id/release',
    {
      config: { permission: 'villagefund.manage' },
      schema: {
        tags,
        summary: '解押 Release a pledge',
        params: idParams,
        body: releaseBody,
        response: { 200: z.object({ releasedOn: z.string() }) },
      },
    },
    async (req) => svc.releasePledge(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/villagefund/pools/:id/pledges.xlsx',
    {
      config: { permission: 'villagefund.export' },
      schema: { tags, summary: '导出担保资产台账 Export pledges (Excel)', params: idParams },
    },
    async (req, reply) =>
      sendXlsxAs(
        reply,
        '集体资产担保.xlsx',
        await svc.exportPledges(req.ctx, req.params.id),
        'villagefund.xlsx',
      ),
  );
  app.post(
    '/api/villagefund/pools/:id/pledges/import',
    {
      config: { permission: 'villagefund.manage' },
      schema: {
        tags,
        summary: '导入担保资产 Import pledges (multipart `file`: .xlsx or CSV)',
        params: idParams,
        response: { 200: importResult },
      },
    },
    async (req) => svc.importPledges(req.ctx, req.params.id, await uploadedBytes(req)),
  );
}
