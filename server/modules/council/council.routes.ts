/**
 * HTTP routes of the council under /api/council, its public pages under /api/public/council, and share
 * links. Councils, topics and meetings have a file each (council.<family>.routes.ts), registered first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { App } from '../../platform/http/app.ts';
import { idParams, sendXlsxAs } from '../../platform/http/routes.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import type { CouncilService } from './council.service.ts';
import {
  communitySearch,
  exportQuery,
  figuresQuery,
  figuresView,
  publicCommunity,
  publicTopic,
} from './council.schemas.ts';
import { councilBodiesRoutes } from './council.bodies.routes.ts';
import { councilTopicsRoutes } from './council.topics.routes.ts';
import { councilMeetingsRoutes } from './council.meetings.routes.ts';

const tags = ['council'];
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Registers the council routes; webDist is where the built client's index.html is (for share links). */
export function councilRoutes(app: App, svc: CouncilService, opts: { webDist?: string } = {}) {
  // councils, topics and meetings: a file each
  councilBodiesRoutes(app, svc);
  councilTopicsRoutes(app, svc);
  councilMeetingsRoutes(app, svc);

  // ---------- figures and exports ----------
  app.get(
    '/api/council/figures',
    {
      config: { permission: 'council.read' },
      schema: {
        tags,
        summary: '议事数据 Figures',
        querystring: figuresQuery,
        response: { 200: figuresView },
      },
    },
    async (req) => svc.figures(req.ctx, req.query),
  );
  for (const [what, name, verb] of [
    ['topics', '议题台账', 'exportTopics'],
    ['meetings', '议事会议', 'exportMeetings'],
    ['results', '表决结果', 'exportResults'],
  ] as const)
    app.get(
      `/api/council/export/${what}.xlsx`,
      {
        config: { permission: 'council.export' },
        schema: { tags, summary: `导出${name} Export (Excel)`, querystring: exportQuery },
      },
      async (req, reply) =>
        sendXlsxAs(reply, `${name}.xlsx`, await svc[verb](req.ctx, req.query), 'council.xlsx'),
    );

  // ---------- public (no login) ----------
  app.get(
    '/api/public/council/communities',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '查找社区 Find a community',
        querystring: z.object({ q: z.string().trim().min(1).max(30) }),
        response: { 200: communitySearch },
      },
    },
    async (req) => svc.searchCommunities(req.query.q),
  );
  app.get(
    '/api/public/council/communities/:id',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: '社区议事公开页 A community’s public page',
        params: idParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: publicCommunity },
      },
    },
    async (req) => svc.communityPage(req.params.id, req.query.year ?? shanghaiThisYear()),
  );
  app.get(
    '/api/public/council/topics/:id',
    {
      config: { permission: 'public' },
      schema: { tags, summary: '公开议题 A public topic', params: idParams, response: { 200: publicTopic } },
    },
    async (req) => svc.publicTopic(req.params.id),
  );

  // A shared link (WeChat reads the page's own title and description, before any script runs):
  // the client's index.html with this community's title and description written in.
  app.get(
    '/public/c/:id',
    { config: { permission: 'public' }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const meta = await svc.shareMeta(req.params.id, shanghaiThisYear());
      const file = opts.webDist ? path.join(opts.webDist, 'index.html') : null;
      const html = file && fs.existsSync(file) ? await fs.promises.readFile(file, 'utf8') : FALLBACK_HTML;
      const title = escapeHtml(meta?.title ?? '共治 gongzhi');
      const description = escapeHtml(meta?.description ?? '共治 gongzhi — 居民议事');
      const tagsHtml =
        `<meta name="description" content="${description}" />` +
        `<meta property="og:title" content="${title}" /><meta property="og:description" content="${description}" />` +
        `<meta property="og:type" content="website" /><meta itemprop="name" content="${title}" />` +
        `<meta itemprop="description" content="${description}" />`;
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(
          html
            .replace(/<meta name="description"[^>]*>/, '')
            .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>${tagsHtml}`),
        );
    },
  );
}

const FALLBACK_HTML =
  '<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" /><title>共治</title></head><body></body></html>';
