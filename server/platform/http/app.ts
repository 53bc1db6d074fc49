/**
 * The HTTP shell every module's routes plug into: zod validation and OpenAPI, sessions and CSRF,
 * the language of the request, the permission each route declares, and RFC 9457 errors.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { auditorOnly, canCallRoute, type Actor, type RequestContext } from '../access/access.ts';
import type { Auditor } from '../audit/audit.ts';
import { DomainError, type Problem } from '../errors.ts';
import { pickLang, t, type Lang } from '../i18n.ts';
import { issueMessage } from './validation.ts';

/** The Fastify instance with zod typing, as module route files receive it. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * What a route declares about who may call it: an action name from a permissions table, or
 * 'authenticated' (any logged-in account) or 'public' (anyone, e.g. login, public pages).
 */
export type RoutePermission = string;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Required on every /api route: the action the actor needs ('a|b': either), 'authenticated' or
     * 'public'.
     */
    permission?: RoutePermission;
    /** Unsafe methods need the session's CSRF token unless this is false (login, API keys). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    ctx: RequestContext;
    session: ResolvedSession | null;
  }
}

/** A logged-in session as the accounts module resolves it from the cookie. */
export interface ResolvedSession {
  id: string;
  actor: Actor;
  csrfToken: string;
  mfaPassed: boolean;
  mfaRequired: boolean;
  /** A temporary or expired password: the session reaches only /api/auth/* until it is changed. */
  mustChangePassword?: boolean;
}

/** How the shell finds the session behind a cookie token (implemented by accounts). */
export type SessionResolver = (token: string, ctx: { ip: string }) => Promise<ResolvedSession | null>;

export const SESSION_COOKIE = 'gz_session';
export const LANG_COOKIE = 'gz_lang';

/** Where a route's validated input sits, so a missing field can be told from a wrong one. */
export interface RequestInput {
  body?: unknown;
  querystring?: unknown;
  params?: unknown;
  headers?: unknown;
}

function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const k of pointer.split('/').filter(Boolean)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/**
 * Builds the localised problem body for an error; exported for tests and non-HTTP callers. With the
 * request's input, a missing field is reported as required rather than as a wrong type.
 */
export function problemOf(err: unknown, lang: Lang, input?: RequestInput): Problem {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = String((err as any).validationContext ?? 'body');
    const source = input?.[where as keyof RequestInput];
    const errors = err.validation.flatMap((v) => {
      const field = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
      const params = (v.params ?? {}) as Record<string, any>;
      const message = issueMessage(lang, {
        code: v.keyword,
        message: v.message,
        params,
        missing: input ? valueAt(source, v.instancePath) === undefined : undefined,
      });
      const prefix = `${where}${field ? '.' + field : ''}`;
      // one entry per unknown key, so the form can mark each of them
      if (v.keyword === 'unrecognized_keys' && Array.isArray(params.keys) && params.keys.length)
        return params.keys.map((k: unknown) => ({ field: `${prefix}.${String(k)}`, message }));
      return [{ field: prefix, message }];
    });
    return {
      type: 'about:blank',
      title: t(lang, 'error.validation'),
      status: 400,
      code: 'error.validation',
      errors,
      lang,
    };
  }
  if (err instanceof DomainError) {
    return {
      type: 'about:blank',
      title: t(lang, err.key, err.params),
      status: err.status,
      code: err.key,
      errors: err.fields.length
        ? err.fields.map((f) => ({ field: f.field, message: f.message ?? t(lang, f.key, f.params) }))
        : undefined,
      lang,
    };
  }
  const e = err as { statusCode?: number; code?: string; message?: string };
  if (
    e?.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    e?.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    e?.message?.includes('JSON')
  )
    if ((e.statusCode ?? 400) === 400)
      return {
        type: 'about:blank',
        title: t(lang, 'error.bad_json'),
        status: 400,
        code: 'error.bad_json',
        lang,
      };
  if (e?.statusCode === 413 || e?.code === 'FST_REQ_FILE_TOO_LARGE' || e?.code === 'FST_FILES_LIMIT')
    return {
      type: 'about:blank',
      title: t(lang, 'error.too_large'),
      status: 413,
      code: 'error.too_large',
      lang,
    };
  if (e?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || e?.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
    return {
      type: 'about:blank',
      title: t(lang, 'error.media_type'),
      status: 415,
      code: 'error.media_type',
      lang,
    };
  // other client errors of the HTTP layer (bad headers, malformed multipart): a localised title,
  // and the framework's own text as detail for whoever reads the logs
  if (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500)
    return {
      type: 'about:blank',
      title: t(lang, 'error.request'),
      status: e.statusCode,
      code: 'error.request',
      detail: e.message,
      lang,
    };
  return { type: 'about:blank', title: t(lang, 'error.internal'), status: 500, code: 'error.internal', lang };
}

/** Sends a problem+json reply. */
export function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Compares a presented CSRF token with the session's in constant time. */
function sameToken(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** A route as registered: what the route matrix test walks, including routes added later. */
export interface RegisteredRoute {
  method: string;
  url: string;
  permission: RoutePermission | undefined;
  csrf: boolean;
}

const registry = new WeakMap<App, RegisteredRoute[]>();

/** Every route registered on an app built by buildApp (HEAD twins of GET routes left out). */
export function registeredRoutes(app: App): RegisteredRoute[] {
  return [...(registry.get(app) ?? [])];
}

/** Options for building the HTTP app. */
export interface AppOptions {
  resolveSession: SessionResolver;
  auditor: Auditor;
  logLevel?: string;
  /** Folder of the built web client to serve at /, if present. */
  webDist?: string;
  trustProxy?: boolean;
  /** Registers module routes on the app (the composition root does this). */
  register: (app: App) => Promise<void>;
}

/** Builds the Fastify app: plugins, hooks, error handling, OpenAPI, then the modules' routes. */
export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logLevel && opts.logLevel !== 'silent' ? { level: opts.logLevel } : false,
    trustProxy: opts.trustProxy ?? false,
    bodyLimit: 2 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: { title: 'gongzhi 共治 API', version: '0.1.0', description: '党建引领基层治理平台 API' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('ctx', null as unknown as RequestContext);
  app.decorateRequest('session', null);

  // Every /api route must say who may call it; forgetting is a start-up error, not an open door.
  const routes: RegisteredRoute[] = [];
  registry.set(app as unknown as App, routes);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && !route.config?.permission)
      throw new Error(`route ${route.method} ${route.url} declares no permission`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD')
        routes.push({
          method,
          url: route.url,
          permission: route.config?.permission,
          csrf: route.config?.csrf !== false,
        });
  });

  // Sessions, CSRF and the route's permission are settled as soon as the route is known, before the
  // body is parsed or validated: a caller who may not call a route learns nothing about its input.
  app.addHook('onRequest', async (req) => {
    const q = req.query as Record<string, string> | undefined;
    const lang = pickLang(q?.lang ?? req.cookies[LANG_COOKIE], req.headers['accept-language']);
    req.ctx = { actor: null, ip: req.ip, userAgent: String(req.headers['user-agent'] ?? ''), lang };
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const s = await opts.resolveSession(token, { ip: req.ip });
      if (s) {
        req.session = s;
        // Until a required second factor is passed, the session acts for nobody.
        if (!s.mfaRequired || s.mfaPassed) req.ctx.actor = s.actor;
      }
    }
    const cfg = req.routeOptions.config;
    const permission = cfg?.permission;
    if (!permission) return;
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(req.method);
    if (unsafe && cfg.csrf !== false && req.session) {
      if (!sameToken(req.headers['x-csrf-token'], req.session.csrfToken))
        throw new DomainError(403, 'error.csrf');
    }
    if (permission === 'public') return;
    if (!req.ctx.actor) throw new DomainError(401, 'error.unauthenticated');
    if (req.session?.mustChangePassword && !req.url.startsWith('/api/auth/'))
      throw new DomainError(403, 'accounts.password_change_required');
    if (permission === 'authenticated') {
      // three-role separation: the auditor's session reaches its own account and the audit log only
      if (auditorOnly(req.ctx.actor) && !req.url.startsWith('/api/auth/'))
        throw new DomainError(403, 'error.forbidden');
      return;
    }
    if (!canCallRoute(req.ctx.actor, permission)) throw new DomainError(403, 'error.forbidden');
  });

  app.setErrorHandler(async (err, req, reply) => {
    const lang = req.ctx?.lang ?? 'zh-CN';
    const problem = problemOf(err, lang, {
      body: req.body,
      querystring: req.query,
      params: req.params,
      headers: req.headers,
    });
    if (problem.status >= 500) req.log.error({ err }, 'unhandled error');
    if ([401, 403, 404].includes(problem.status) && req.url.startsWith('/api/') && req.ctx) {
      await opts.auditor
        .record(req.ctx, {
          action: 'http.denied',
          objectType: 'route',
          objectId: `${req.method} ${req.routeOptions.url ?? req.url}`,
          result: 'denied',
          detail: { status: problem.status, code: problem.code, url: req.url.slice(0, 300) },
        })
        .catch((e) => req.log.error({ err: e }, 'audit of a denial failed'));
    }
    return sendProblem(reply, problem);
  });

  app.setNotFoundHandler(async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.url.startsWith('/api/') || !opts.webDist || !fs.existsSync(path.join(opts.webDist, 'index.html')))
      return sendProblem(reply, problemOf(new DomainError(404, 'error.not_found'), req.ctx?.lang ?? 'zh-CN'));
    // the web client routes on its own: every other path gets index.html
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });

  if (opts.webDist && fs.existsSync(opts.webDist)) {
    // wildcard: files are looked up per request, so a rebuild of web/dist while the server runs is served
    await app.register(fastifyStatic, { root: opts.webDist, wildcard: true, index: ['index.html'] });
  }

  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  app.get('/api/health', { config: { permission: 'public' }, schema: { hide: true } }, async () => ({
    ok: true,
  }));

  await opts.register(app as unknown as App);
  return app as unknown as App;
}
