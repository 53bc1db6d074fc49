/**
 * Showing server problems to the user: a toast for the problem's title, and per-field messages
 * placed on the matching antd Form fields.
 */
import type { FormInstance } from 'antd';
import { ApiError } from './api.ts';
import { translate, type Lang } from './i18n.tsx';

type Notify = { error: (text: string) => unknown };
let notify: Notify = { error: (text) => console.error(text) };

/** Installs the antd message instance the shell obtains from <App> (so toasts follow the theme). */
export function setErrorNotifier(n: Notify) {
  notify = n;
}

function lang(): Lang {
  return typeof document !== 'undefined' && document.documentElement.lang === 'en-US' ? 'en-US' : 'zh-CN';
}

/**
 * The human text of any error: the server's localised title; for an answer without one, what its
 * status means (no permission, not found or not yours, busy…); "cannot reach the server" only when
 * no answer came at all (fetch failed), never for a permission error.
 */
export function errorText(error: unknown): string {
  const l = lang();
  if (error instanceof ApiError) {
    if (error.problem.title) return error.problem.title;
    const known = [401, 403, 404, 409, 413, 422, 429, 502, 503, 504];
    const key = known.includes(error.status)
      ? `shell.http.${error.status}`
      : error.status >= 500
        ? 'shell.http.5xx'
        : 'shell.http.other';
    return translate(l, key, { status: error.status });
  }
  // fetch() rejects with a TypeError ("Failed to fetch") only when no answer arrived
  if (error instanceof TypeError && /fetch|network|load failed/i.test(error.message))
    return translate(l, 'shell.error.networkHint');
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Shows an error as a toast (the shell also does this for failed queries and mutations). */
export function reportError(error: unknown) {
  notify.error(errorText(error));
}

/**
 * The form path of a server field name (a path within the body or query, as every server error
 * names it): 'attrs.unit' → ['attrs', 'unit'], 'items.0.id' → ['items', 0, 'id'].
 */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts the per-field messages of an ApiError onto the form's fields, quietly. Returns the messages
 * that matched no field of the form, or null when the error carries no field messages at all.
 */
export function setFieldErrors(form: FormInstance, error: unknown): string[] | null {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return null;
  const known = new Set(Object.keys(flatten(form.getFieldsValue(true) as Record<string, unknown>)));
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const leftovers: string[] = [];
  for (const e of error.problem.errors) {
    const name = fieldPath(e.field);
    const key = name.join('.');
    if (!name.length || !(known.has(key) || form.getFieldInstance(name as never) !== undefined)) {
      leftovers.push(e.message);
      continue;
    }
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(e.message);
    byField.set(key, entry);
  }
  if (byField.size) form.setFields([...byField.values()]);
  return byField.size ? leftovers : [error.problem.title, ...leftovers];
}

/**
 * Puts the per-field messages of an ApiError onto the form's fields; whatever matches no field
 * (or an error without field messages) is shown as a toast. Returns true when a field got a message.
 */
export function applyProblemToForm(form: FormInstance, error: unknown): boolean {
  const left = setFieldErrors(form, error);
  if (left === null) {
    reportError(error);
    return false;
  }
  if (left.length) notify.error(left.filter(Boolean).join('; '));
  return !(error instanceof ApiError && left.length === (error.problem.errors?.length ?? 0) + 1);
}

function flatten(v: Record<string, unknown>, prefix = '', out: Record<string, true> = {}) {
  for (const [k, x] of Object.entries(v ?? {})) {
    const key = prefix ? `${prefix}.${k}` : k;
    out[key] = true;
    if (x && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Date))
      flatten(x as Record<string, unknown>, key, out);
  }
  return out;
}
