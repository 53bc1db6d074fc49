/** HTTP routes of 结对联系 under /api/partymembers/pairs and /api/partymembers/help. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import {
  created,
  dryRunQuery,
  idemHeaders,
  idParams,
  importOutcome,
  nodeIdQuery,
  optionalNodeQuery,
  sendXlsx,
  uploadedBytes,
} from '../../platform/http/routes.ts';
import {
  candidateQuery,
  candidateView,
  contactBody,
  endPairBody,
  helpedBody,
  helpQuery,
  helpView,
  pairBody,
  pairDetail,
  pairList,
  pairQuery,
  studyBody,
  unpairedView,
} from './partymembers.pairing.schemas.ts';
import type { PartymembersService } from './partymembers.service.ts';

const tags = ['partymembers'];

/** Registers the routes. */
export function pairingRoutes(app: App, svc: PartymembersService) {
  const p = svc.pairing;
  app.get(
    '/api/partymembers/pairs',
    {
      config: { permission: 'partymembers.read' },
      schema: { tags, summary: '结对联系 Pairs', querystring: pairQuery, response: { 200: pairList } },
    },
    async (req) => p.listPairs(req.ctx, req.query),
  );
  app.get(
    '/api/partymembers/pairs/mine',
    {
      config: { permission: 'partymembers.contact' },
      schema: { tags, summary: '我联系的流动党员 My pairs', response: { 200: pairList } },
    },
    async (req) => p.myPairs(req.ctx),
  );
  app.get(
    '/api/partymembers/pairs/unpaired',
    {
      config: { permission: 'partymembers.pair' },
      schema: {
        tags,
        summary: '未结对的流出党员 Outflowing members without a pair',
        querystring: optionalNodeQuery,
        response: { 200: z.array(unpairedView) },
      },
    },
    async (req) => p.unpaired(req.ctx, req.query.nodeId),
  );
  app.get(
    '/api/partymembers/pairs/candidates',
    {
      config: { permission: 'partymembers.pair' },
      schema: {
        tags,
        summary: '可结对的支部党员 Resident members who may keep in touch',
        querystring: candidateQuery,
        response: { 200: z.array(candidateView) },
      },
    },
    async (req) => p.candidates(req.ctx, req.query.memberId),
  );
  app.post(
    '/api/partymembers/pairs',
    {
      config: { permission: 'partymembers.pair' },
      schema: { tags, summary: '结对 Pair a mobile member', body: pairBody, response: { 200: created } },
    },
    async (req) => p.createPair(req.ctx, req.body),
  );
  app.get(
    '/api/partymembers/pairs/:id',
    {
      config: { permission: 'partymembers.read|partymembers.contact' },
      schema: { tags, summary: '结对详情 A pair', params: idParams, response: { 200: pairDetail } },
    },
    async (req) => p.getPair(req.ctx, req.params.id),
  );
  app.post(
    '/api/partymembers/pairs/:id/end',
    {
      config: { permission: 'partymembers.pair' },
      schema: {
        tags,
        summary: '结束结对 End a pair (返回/转出/其他)',
        params: idParams,
        body: endPairBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => p.endPair(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/partymembers/pairs/:id/contacts',
    {
      config: { permission: 'partymembers.pair|partymembers.contact' },
      schema: {
        tags,
        summary: '记录联系 Log a contact (Idempotency-Key)',
        params: idParams,
        headers: idemHeaders,
        body: contactBody,
        response: { 200: created },
      },
    },
    async (req) => p.logContact(req.ctx, req.params.id, req.body, req.headers['idempotency-key']),
  );
  app.post(
    '/api/partymembers/pairs/:id/study',
    {
      config: { permission: 'partymembers.pair|partymembers.contact' },
      schema: {
        tags,
        summary: '送学补课 Record a make-up study item',
        params: idParams,
        body: studyBody,
        response: { 200: z.object({ added: z.boolean() }) },
      },
    },
    async (req) => p.recordStudy(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/partymembers/help',
    {
      config: { permission: 'partymembers.read' },
      schema: {
        tags,
        summary: '困难需求帮扶 Help requests',
        querystring: helpQuery,
        response: { 200: z.array(helpView) },
      },
    },
    async (req) => p.listHelp(req.ctx, req.query),
  );
  app.post(
    '/api/partymembers/help/:id/helped',
    {
      config: { permission: 'partymembers.pair' },
      schema: {
        tags,
        summary: '帮扶办结 Mark helped',
        params: idParams,
        body: helpedBody,
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (req) => p.markHelped(req.ctx, req.params.id, req.body),
  );
  app.get(
    '/api/partymembers/export/pairs.xlsx',
    {
      config: { permission: 'partymembers.export' },
      schema: { tags, summary: '导出结对联系台账 Export the pairs', querystring: nodeIdQuery },
    },
    async (req, reply) =>
      sendXlsx(reply, '结对联系台账.xlsx', await p.exportPairs(req.ctx, req.query.nodeId)),
  );
  app.post(
    '/api/partymembers/pairs/import',
    {
      config: { permission: 'partymembers.pair' },
      schema: {
        tags,
        summary: '批量结对 Bulk pairing (multipart `file`; ?dryRun=1 checks only)',
        querystring: nodeIdQuery.extend(dryRunQuery.shape),
        response: { 200: importOutcome({ memberName: z.string(), contactName: z.string() }) },
      },
    },
    async (req) =>
      p.importPairs(
        req.ctx,
        req.query.nodeId,
        await uploadedBytes(req, 'partymembers.import_no_file'),
        req.query.dryRun === '1',
      ),
  );
}
