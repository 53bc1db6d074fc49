/**
 * Typed domain errors. Services throw these; the HTTP layer turns them into RFC 9457
 * problem+json with the message in the user's language.
 */
import type { Lang } from './i18n.ts';

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
/** Not logged in, or the session has expired. */
export class UnauthenticatedError extends DomainError {
  constructor(key = 'error.unauthenticated', params: Record<string, unknown> = {}) {
    super(401, key, params);
  }
}
/** The action is illegal in the object's current state; key says why. */
export class ConflictError extends DomainError {
  constructor(key = 'error.conflict', params: Record<string, unknown> = {}) {
    super(409, key, params);
  }
}
/** Well-formed input that breaks a business rule, reported per field. */
export class InvalidError extends DomainError {
  constructor(fields: FieldProblem[], key = 'error.validation') {
    super(422, key, {}, fields);
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
}
