/**
 * Open311 GeoReport v2 at /open311/v2 (public; POSTs carry api_key; `.json` or `.xml`; bodies
 * form-encoded, multipart or JSON), with mySociety's service request updates; errors in the spec's
 * format. The admin API for keys and settings is under /api/open311 (session, CSRF, open311.keys).
 */
import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../platform/http/app.ts';
import { idParams } from '../../platform/http/routes.ts';
import type { Open311Service } from './index.ts';
import { Open311Error } from './open311.service.ts';
import { toXml } from './open311.xml.ts';
import {
  createKeyBody,
  createdKeyView,
  keyView,
  settingsBody,
  settingsView,
  type Format,
} from './open311.schemas.ts';

const PUBLIC = { permission: 'public', csrf: false } as const;

/** Splits "requests.json" into its name and format; unknown formats are a 400 in the spec's format. */
function fmtOf(file: string): { name: string; format: Format } {
  const m = /^(.*)\.(json|xml)$/.exec(file);
  if (!m) throw new Open311Error(400, 'format must be json or xml');
  return { name: m[1], format: m[2] as Format };
}

/**
 * A POST's parameters: the query string, then the body's fields (form-encoded, JSON, or the
 * fields of a multipart body; its files are read and dropped: photos come by media_url).
 */
async function paramsOf(req: FastifyRequest): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { ...(req.query as object) };
  if (req.isMultipart()) {
    for await (const part of req.parts()) {
      if (part.type === 'field')
        out[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
      else await part.toBuffer();
    }
    return out;
  }
  return { ...out, ...((req.body as object) ?? {}) };
}

/** Registers the Open311 endpoints (in their own scope, with the spec's error format) and the key admin. */
export function open311Routes(app: App, svc: Open311Service) {
  app.register(
    async (o) => {
      o.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string' },
        (_req, body, done) => {
          const out: Record<string, string> = {};
          for (const [k, v] of new URLSearchParams(String(body))) out[k] = v;
          done(null, out);
        },
      );
      const send = (reply: any, format: Format, root: string, item: string, data: unknown, status = 200) => {
        if (format === 'xml')
          return reply
            .status(status)
            .type('text/xml; charset=utf-8')
            .send(toXml(root, item, data));
        return reply.status(status).type('application/json; charset=utf-8').send(JSON.stringify(data));
      };
      o.setErrorHandler(async (err, req, reply) => {
        const format: Format = /\.xml(\?|$)/.test(req.url) ? 'xml' : 'json';
        let status = 400;
        let description = 'bad request';
        if (err instanceof Open311Error) {
          status = err.status;
          description = err.message;
        } else if ((err as any)?.validation) {
          description = String((err as any).message);
        } else if ((err as any)?.statusCode && (err as any).statusCode < 500) {
          status = (err as any).statusCode;
          description = String((err as any).message);
        } else {
          status = 500;
          description = 'internal error';
          req.log.error({ err }, 'open311 failure');
        }
        return send(reply, format, 'errors', 'error', [{ code: status, description }], status);
      });
      o.setNotFoundHandler(async (req, reply) =>
        send(
          reply,
          /\.xml(\?|$)/.test(req.url) ? 'xml' : 'json',
          'errors',
          'error',
          [{ code: 404, description: 'not found' }],
          404,
        ),
      );

      o.get(
        '/:file',
        { config: PUBLIC, schema: { hide: true, params: z.object({ file: z.string() }) } },
        async (req, reply) => {
          const { name, format } = fmtOf((req.params as { file: string }).file);
          const q = req.query as Record<string, string>;
          if (name === 'discovery') return send(reply, format, 'discovery', 'endpoint', svc.discovery(req));
          if (name === 'services') return send(reply, format, 'services', 'service', await svc.services());
          if (name === 'requests')
            return send(reply, format, 'service_requests', 'request', await svc.requests(q));
          if (name === 'servicerequestupdates')
            return send(reply, format, 'service_request_updates', 'request_update', await svc.updates(q));
          throw new Open311Error(404, 'not found');
        },
      );
      o.get(
        '/services/:file',
        { config: PUBLIC, schema: { hide: true, params: z.object({ file: z.string() }) } },
        async (req, reply) => {
          const { name, format } = fmtOf((req.params as { file: string }).file);
          return send(reply, format, 'service_definition', 'attribute', await svc.definition(name));
        },
      );
      o.get(
        '/requests/:file',
        { config: PUBLIC, schema: { hide: true, params: z.object({ file: z.string() }) } },
        async (req, reply) => {
          const { name, format } = fmtOf((req.params as { file: string }).file);
          return send(reply, format, 'service_requests', 'request', await svc.request(name));
        },
      );
      o.get(
        '/tokens/:file',
        { config: PUBLIC, schema: { hide: true, params: z.object({ file: z.string() }) } },
        async (req, reply) => {
          const { name, format } = fmtOf((req.params as { file: string }).file);
          return send(reply, format, 'service_requests', 'request', await svc.token(name));
        },
      );
      o.post(
        '/:file',
        { config: PUBLIC, schema: { hide: true, params: z.object({ file: z.string() }) } },
        async (req, reply) => {
          const { name, format } = fmtOf((req.params as { file: string }).file);
          if (name === 'requests')
            return send(
              reply,
              format,
              'service_requests',
              'request',
              await svc.createRequest(req, await paramsOf(req)),
            );
          if (name === 'servicerequestupdates')
            return send(
              reply,
              format,
              'service_request_updates',
              'request_update',
              await svc.createUpdate(req, await paramsOf(req)),
            );
          throw new Open311Error(404, 'not found');
        },
      );
    },
    { prefix: '/open311/v2' },
  );

  const tags = ['open311'];
  app.get(
    '/api/open311/keys',
    {
      config: { permission: 'open311.keys' },
      schema: { tags, summary: 'Open311 API keys', response: { 200: z.array(keyView) } },
    },
    async (req) => svc.keys(req.ctx),
  );
  app.post(
    '/api/open311/keys',
    {
      config: { permission: 'open311.keys' },
      schema: {
        tags,
        summary: '新建 Open311 密钥 Create a key (shown once)',
        body: createKeyBody,
        response: { 200: createdKeyView },
      },
    },
    async (req) => svc.createKey(req.ctx, req.body),
  );
  app.delete(
    '/api/open311/keys/:id',
    {
      config: { permission: 'open311.keys' },
      schema: {
        tags,
        summary: '吊销 Revoke a key',
        params: idParams,
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (req) => svc.revokeKey(req.ctx, req.params.id),
  );
  app.get(
    '/api/open311/settings',
    {
      config: { permission: 'open311.keys' },
      schema: {
        tags,
        summary: 'Open311 发布设置 What a district publishes',
        querystring: z.object({ districtId: z.uuid() }),
        response: { 200: settingsView },
      },
    },
    async (req) => svc.settings(req.ctx, req.query.districtId),
  );
  app.put(
    '/api/open311/settings',
    {
      config: { permission: 'open311.keys' },
      schema: {
        tags,
        summary: '修改 Open311 发布设置 Change what a district publishes (409 with the current copy)',
        body: settingsBody,
        response: { 200: settingsView },
      },
    },
    // a stale copy answers 409 with the current one (StaleError)
    async (req) => svc.saveSettings(req.ctx, req.body),
  );
}
