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
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditorOnly, canCallRoute, type Actor, type RequestContext } from '../access/access.ts';
import type { Auditor } from '../audit/audit.ts';
import { DomainError, problemOf, retryAfterOf, TooManyRequestsError, type Problem } from '../errors.ts';
import { pickLang, registerMessages, t } from '../i18n.ts';
import { createDenialCounter } from './denials.ts';
import { inputValidatorCompiler } from './input.ts';
import './validation.ts';

registerMessages({
  'zh-CN': {
    'error.uri_too_long': '请求地址过长（路径中的某一段超过 100 个字符）',
    'error.shutting_down': '服务正在重启，请稍后重试',
  },
  'en-US': {
    'error.uri_too_long': 'The address is too long (a part of the path exceeds 100 characters)',
    'error.shutting_down': 'The service is restarting; please try again shortly',
  },
});

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

/** The routes open to any logged-in account that an auditor-only session may call too. */
const AUDITOR_OPEN = ['/api/auth/', '/api/home/todos'];

export const SESSION_COOKIE = 'gz_session';
export const LANG_COOKIE = 'gz_lang';

/** The server is stopping: the caller should try again in a moment (another process, or this one restarted). */
class ShuttingDownError extends DomainError {
  readonly retryAfter = 5;
  constructor() {
    super(503, 'error.shutting_down');
  }
}

/**
 * The Content-Security-Policy the built web client (Vite, antd, echarts, Leaflet) works under:
 * scripts only from this origin, styles also inline (antd writes its CSS-in-JS as <style> tags),
 * images also as data: and blob: (photos before upload, charts) and from the map's tile servers,
 * no plugins, no framing by any site, forms and the base URL only to this origin.
 */
export function cspDirectives(imgOrigins: string[]): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...imgOrigins],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

/** Sends a problem+json reply (with Retry-After when the caller should come back later). */
export function sendProblem(reply: FastifyReply, problem: Problem, retryAfter?: number) {
  if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
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
  /** The zod schemas of the route's input, as declared (the generated-input test draws from them). */
  schema: { body?: unknown; querystring?: unknown; params?: unknown; headers?: unknown };
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
  /**
   * Which proxies' X-Forwarded-* headers to believe (the TRUST_PROXY setting): false (none), true
   * (any), a hop count, or addresses/CIDRs. Decides the client IP and whether a request came over
   * HTTPS (the session cookie is Secure then).
   */
  trustProxy?: boolean | number | string;
  /** Origins the map tiles come from, allowed as images by the Content-Security-Policy. */
  imgOrigins?: string[];
  /**
   * The per-IP limit of every route (RATE_LIMIT requests per minute); false or absent: no limit
   * for all routes, only the routes that set their own (`config.rateLimit`).
   */
  rateLimit?: { max: number; timeWindowMs: number } | false;
  /** The window anonymous denials are counted in before their audit entry is written (a minute). */
  denialWindowMs?: number;
  /** Registers module routes on the app (the composition root does this). */
  register: (app: App) => Promise<void>;
}

/** Builds the Fastify app: plugins, hooks, error handling, OpenAPI, then the modules' routes. */
export async function buildApp(opts: AppOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logLevel && opts.logLevel !== 'silent' ? { level: opts.logLevel } : false,
    // a hop count is accepted at run time, though fastify's overloads do not list it
    trustProxy: (opts.trustProxy ?? false) as boolean | string,
    // while closing, requests are answered 503 problem+json by the shell (see preClose below)
    return503OnClosing: false,
    bodyLimit: 2 * 1024 * 1024,
    ajv: { customOptions: { coerceTypes: false } },
    // errors of the router itself (a path segment over 100 characters, a malformed URL) are
    // problem+json like every other
    frameworkErrors: (err, req, reply) => {
      const lang = pickLang(undefined, req.headers['accept-language']);
      const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void sendProblem(reply, {
        type: 'about:blank',
        title: t(lang, tooLong ? 'error.uri_too_long' : 'error.request'),
        status: tooLong ? 414 : 400,
        code: tooLong ? 'error.uri_too_long' : 'error.request',
        lang,
      });
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(inputValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Helmet's headers on every answer. Its middleware is made once here: the Fastify plugin made it
  // again for every request (parsing the CSP directives each time, 7% of the app's CPU per report).
  const securityHeaders = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(opts.imgOrigins ?? []) },
    // DENY agrees with frame-ancestors 'none' for browsers that only know X-Frame-Options
    frameguard: { action: 'deny' },
    // the origin only, to other sites (tile servers that check it): never a page's path and ids
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // browsers ignore it over plain HTTP; not for the parent domain's other hosts
    strictTransportSecurity: { maxAge: 180 * 24 * 3600, includeSubDomains: false },
  });
  app.addHook('onRequest', (req, reply, done) =>
    securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined)),
  );
  // Per-IP limits: a default for every route (when configured) and each route's own
  // (`config: { rateLimit: { max, timeWindow, keyGenerator? } }`, e.g. login). Counters live in
  // this process's memory. Over the limit: 429 problem+json with Retry-After.
  await app.register(rateLimit, {
    global: !!opts.rateLimit,
    max: opts.rateLimit ? opts.rateLimit.max : 1000,
    timeWindow: opts.rateLimit ? opts.rateLimit.timeWindowMs : 60_000,
    // the web client's files are cheap and many per page: the limit is for the API
    allowList: (req) => !req.url.startsWith('/api/') && !req.url.startsWith('/open311/'),
    errorResponseBuilder: (_req, c) => new TooManyRequestsError(c.ttl / 1000),
  });
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
          schema: {
            body: route.schema?.body,
            querystring: route.schema?.querystring,
            params: route.schema?.params,
            headers: route.schema?.headers,
          },
        });
  });

  const denials = createDenialCounter((ctx, entry) => opts.auditor.record(ctx, entry), {
    windowMs: opts.denialWindowMs,
    onError: (e) => app.log.error({ err: e }, 'audit of anonymous denials failed'),
  });
  app.addHook('onClose', async () => {
    await denials.close();
  });

  // After close() begins, requests still arriving (on kept-alive connections) are turned away
  // while those in flight finish.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  // Answers of the API are personal data more often than not: no cache (browser or proxy) keeps them.
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/api/') && !req.url.startsWith('/api/docs'))
      reply.header('cache-control', 'no-store');
  });

  // Sessions, CSRF and the route's permission are settled as soon as the route is known, before the
  // body is parsed or validated: a caller who may not call a route learns nothing about its input.
  app.addHook('onRequest', async (req) => {
    const q = req.query as Record<string, string> | undefined;
    const lang = pickLang(q?.lang ?? req.cookies[LANG_COOKIE], req.headers['accept-language']);
    req.ctx = {
      actor: null,
      ip: req.ip,
      userAgent: String(req.headers['user-agent'] ?? '').slice(0, 300),
      lang,
    };
    if (closing) throw new ShuttingDownError();
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
      // three-role separation: the auditor's session reaches its own account, its home page's to-do
      // list (where every module but the audit log has nothing for it) and the audit log only
      if (auditorOnly(req.ctx.actor) && !AUDITOR_OPEN.some((p) => req.url.startsWith(p)))
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
    if (problem.code === 'error.internal') req.log.error({ err }, 'unhandled error');
    else if (problem.status >= 500 || problem.code === 'error.value_out_of_range')
      req.log.warn({ err }, problem.code);
    const route = `${req.method} ${req.routeOptions.url ?? req.url}`;
    if (
      [401, 403, 404].includes(problem.status) &&
      req.url.startsWith('/api/') &&
      req.ctx &&
      !req.ctx.actor
    ) {
      // nobody logged in: counted per address and minute, one audit entry each (see denials.ts)
      denials.note(req.ctx, route, problem.status);
    } else if ([401, 403, 404].includes(problem.status) && req.url.startsWith('/api/') && req.ctx) {
      await opts.auditor
        .record(req.ctx, {
          action: 'http.denied',
          objectType: 'route',
          objectId: route,
          result: 'denied',
          detail: { status: problem.status, code: problem.code, url: req.url.slice(0, 300) },
        })
        .catch((e) => req.log.error({ err: e }, 'audit of a denial failed'));
    }
    return sendProblem(reply, problem, retryAfterOf(err));
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
