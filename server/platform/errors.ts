/**
 * Typed domain errors. Services throw these; the HTTP layer turns them into RFC 9457
 * problem+json with the message in the user's language.
 */
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { registerMessages, t, type Lang } from './i18n.ts';
import { issueMessage } from './http/validation.ts';

registerMessages({
  'zh-CN': {
    'error.db_unavailable': '数据库暂时不可用，请稍后重试',
    'error.busy': '系统繁忙，请稍后重试',
    'error.value_out_of_range': '提交的某个值超出了允许的范围或格式，请检查后重试',
  },
  'en-US': {
    'error.db_unavailable': 'The database is temporarily unavailable; please try again shortly',
    'error.busy': 'The system is busy; please try again shortly',
    'error.value_out_of_range': 'A value in the request is out of range or malformed; check it and try again',
  },
});

/** One field's problem, with a message key (or literal text) and its parameters. */
export interface FieldProblem {
  field: string;
  key: string;
  params?: Record<string, unknown>;
  /** Already-localised text, used instead of key when present. */
  message?: string;
}

/** Base of every expected failure: an HTTP status, a message key and optional field problems. */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly key: string,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(key);
  }
}

/** The object does not exist or is outside the actor's subtree (never say which). */
export class NotFoundError extends DomainError {
  constructor() {
    super(404, 'error.not_found');
  }
}
/** The actor lacks the permission altogether. */
export class ForbiddenError extends DomainError {
  constructor(key = 'error.forbidden', params: Record<string, unknown> = {}) {
    super(403, key, params);
  }
}
/**
 * For `.catch()` on a lookup whose absence is an answer: null when it answered 404 or 403 (the
 * object is absent, or not the actor's to see); any other error, a lost database above all, still
 * fails the request.
 */
export function nullWhenHidden(err: unknown): null {
  if (err instanceof NotFoundError || err instanceof ForbiddenError) return null;
  throw err;
}
/** Not logged in, or the session has expired. */
export class UnauthenticatedError extends DomainError {
  constructor(key = 'error.unauthenticated', params: Record<string, unknown> = {}) {
    super(401, key, params);
  }
}
/**
 * The action is illegal in the object's current state; key says why, and fields which inputs
 * clash with what is there (a name taken).
 */
export class ConflictError extends DomainError {
  constructor(key = 'error.conflict', params: Record<string, unknown> = {}, fields: FieldProblem[] = []) {
    super(409, key, params, fields);
  }
}
/**
 * An update made against a copy that has changed since it was read (a version that moved): a 409
 * whose problem carries the server's current copy (`current`), so the client can show it and let
 * the user decide. Every module's stale-copy error is one of these.
 */
export class StaleError extends ConflictError {
  constructor(
    readonly current: unknown,
    key = 'error.stale',
    params: Record<string, unknown> = {},
  ) {
    super(key, params);
  }
}
/** Well-formed input that breaks a business rule, reported per field. */
export class InvalidError extends DomainError {
  constructor(fields: FieldProblem[], key = 'error.validation') {
    super(422, key, {}, fields);
  }
}

/** Too many requests: the caller may try again after `retryAfter` seconds (sent as Retry-After). */
export class TooManyRequestsError extends DomainError {
  /** Whole seconds, at least 1. */
  readonly retryAfter: number;
  constructor(retryAfter: number, key = 'error.rate_limited', params: Record<string, unknown> = {}) {
    super(429, key, params);
    this.retryAfter = Math.max(1, Math.ceil(retryAfter));
  }
}

/** A problem+json body (RFC 9457) with gongzhi's per-field extension. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: { field: string; message: string }[];
  lang: Lang;
  /** With a 409 for a stale copy: the server's current copy. */
  current?: unknown;
}

/** Where a route's validated input sits, so a missing field can be told from a wrong one. */
export interface RequestInput {
  body?: unknown;
  querystring?: unknown;
  params?: unknown;
  headers?: unknown;
}

/** The name of a request part in a field name, when the error is about the part as a whole. */
const PART_NAME: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

function valueAt(root: unknown, pointer: string): unknown {
  let v = root;
  for (const k of pointer.split('/').filter(Boolean)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** SQLSTATEs and socket errors meaning the database cannot be reached now; the pool reconnects. */
const UNREACHABLE_SQLSTATE = /^(08...|57P0[1-4]|53...)$/;
const UNREACHABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);
const UNREACHABLE_MESSAGE =
  /Connection terminated|connection error|not queryable|timeout exceeded when trying to connect|Client was closed|Cannot use a pool after calling end|driver has already been destroyed/i;
/** Work undone by contention (serialization failure, deadlock, lock or statement timeout): try again. */
const BUSY_SQLSTATE = new Set(['40001', '40P01', '55P03', '57014']);

/** Whether err says the database is unreachable (a dropped connection, a restart, a failover). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; syscall?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (UNREACHABLE_SQLSTATE.test(code)) return true;
  if (UNREACHABLE_ERRNO.has(code)) return true;
  if (code === 'ENOENT' && e.syscall === 'connect') return true; // the Unix socket is gone
  return typeof e.message === 'string' && UNREACHABLE_MESSAGE.test(e.message);
}

/** What a PostgreSQL error that escaped a service means for the caller, if it is the caller's. */
function databaseProblem(err: unknown): { status: number; key: string } | null {
  if (isDatabaseUnavailable(err)) return { status: 503, key: 'error.db_unavailable' };
  const e = err as { code?: unknown; severity?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (!code || typeof e?.severity !== 'string') return null; // not from PostgreSQL
  if (BUSY_SQLSTATE.has(code)) return { status: 503, key: 'error.busy' };
  // a data exception (a value out of range or malformed for its column) or an index row too large:
  // the input's fault, which the route's schema should have caught with a message per field
  if (code.startsWith('22') || code === '54000') return { status: 400, key: 'error.value_out_of_range' };
  return null;
}

/** Seconds to send as Retry-After for an error, if any. */
export function retryAfterOf(err: unknown): number | undefined {
  if (err instanceof DomainError) {
    // any domain error of status 429 or 503 may carry `retryAfter` (seconds), as a property or a param
    if (err.status !== 429 && err.status !== 503) return undefined;
    const v = (err as { retryAfter?: unknown }).retryAfter ?? err.params.retryAfter;
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.ceil(v) : undefined;
  }
  const db = databaseProblem(err);
  return db?.status === 503 ? 1 : undefined;
}

/**
 * Builds the localised problem body for any error (validation, domain, database, transport);
 * the HTTP shell sends it, and services that report per-item outcomes (offline replay) use it too.
 * With the request's input, a missing field is reported as required rather than as a wrong type.
 * Field names are paths within the part they come from (`name`, `attrs.unit`, `items.0.id`), the
 * same form services use in their InvalidErrors; an error about a whole part names the part.
 */
export function problemOf(err: unknown, lang: Lang, input?: RequestInput): Problem {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = String((err as { validationContext?: string }).validationContext ?? 'body');
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
      // one entry per unknown key, so the form can mark each of them
      if (v.keyword === 'unrecognized_keys' && Array.isArray(params.keys) && params.keys.length)
        return params.keys.map((k: unknown) => ({
          field: field ? `${field}.${String(k)}` : String(k),
          message,
        }));
      return [{ field: field || (PART_NAME[where] ?? where), message }];
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
      ...(err instanceof StaleError ? { current: err.current } : {}),
    };
  }
  const db = databaseProblem(err);
  if (db) return { type: 'about:blank', title: t(lang, db.key), status: db.status, code: db.key, lang };
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
  if (e?.statusCode === 429)
    return {
      type: 'about:blank',
      title: t(lang, 'error.rate_limited'),
      status: 429,
      code: 'error.rate_limited',
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
