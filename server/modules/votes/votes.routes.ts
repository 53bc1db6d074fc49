/** HTTP routes of votes: read, cast, close or cancel, paper ballots. */
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { created, idParams, ok, okAfter, sendXlsx } from '../../platform/http/routes.ts';
import {
  cancelBody,
  castBody,
  castResult,
  listQuery,
  listView,
  paperBody,
  paperDecisionBody,
  paperListView,
  voteView,
} from './votes.schemas.ts';
import type { VotesService } from './votes.service.ts';

const tags = ['votes'];

/** Registers the votes routes under /api/votes. */
export function votesRoutes(app: App, svc: VotesService) {
  app.get(
    '/api/votes',
    {
      config: { permission: 'votes.read' },
      schema: { tags, summary: '投票列表 Votes', querystring: listQuery, response: { 200: listView } },
    },
    async (req) => svc.list(req.ctx, req.query),
  );
  app.get(
    '/api/votes/paper',
    {
      config: { permission: 'votes.paper' },
      schema: {
        tags,
        summary: '纸质选票批次 Paper ballot batches',
        querystring: z.object({ voteId: z.uuid().optional(), pending: z.enum(['0', '1']).optional() }),
        response: { 200: paperListView },
      },
    },
    async (req) => svc.listPaper(req.ctx, { voteId: req.query.voteId, pending: req.query.pending === '1' }),
  );
  app.get(
    '/api/votes/:id',
    {
      config: { permission: 'votes.read' },
      schema: { tags, summary: '投票详情 A vote', params: idParams, response: { 200: voteView } },
    },
    async (req) => svc.get(req.ctx, req.params.id),
  );
  app.get(
    '/api/votes/:id/export',
    {
      config: { permission: 'votes.export' },
      schema: {
        tags,
        summary: "导出计票结果 Export a closed vote (.xlsx: result; an open vote's ballots, names masked)",
        params: idParams,
      },
    },
    async (req, reply) => {
      const x = await svc.exportVote(req.ctx, req.params.id);
      return sendXlsx(reply, x.name, x.bytes);
    },
  );
  app.post(
    '/api/votes/:id/ballots',
    {
      config: { permission: 'votes.cast' },
      schema: {
        tags,
        summary: '投票 Cast a ballot (a second cast by the same voter is not counted)',
        params: idParams,
        body: castBody,
        response: { 200: castResult },
      },
    },
    async (req) => svc.cast(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/votes/:id/close',
    {
      config: { permission: 'votes.manage' },
      schema: {
        tags,
        summary: '提前截止并计票 Close now and tally',
        params: idParams,
        response: { 200: voteView },
      },
    },
    async (req) => svc.close(req.ctx, req.params.id),
  );
  app.post(
    '/api/votes/:id/cancel',
    {
      config: { permission: 'votes.manage' },
      schema: { tags, summary: '撤销投票 Cancel', params: idParams, body: cancelBody, response: { 200: ok } },
    },
    async (req) => okAfter(svc.cancel(req.ctx, req.params.id, req.body.reason)),
  );
  app.post(
    '/api/votes/:id/paper',
    {
      config: { permission: 'votes.paper' },
      schema: {
        tags,
        summary: '录入纸质选票 Enter paper ballots (a second officer confirms)',
        params: idParams,
        body: paperBody,
        response: { 200: created },
      },
    },
    async (req) => svc.enterPaper(req.ctx, req.params.id, req.body),
  );
  app.post(
    '/api/votes/paper/:id/decision',
    {
      config: { permission: 'votes.paper' },
      schema: {
        tags,
        summary: '确认或退回纸质选票 Confirm or send back paper ballots',
        params: idParams,
        body: paperDecisionBody,
        response: { 200: ok },
      },
    },
    async (req) => okAfter(svc.decidePaper(req.ctx, req.params.id, req.body)),
  );
}
