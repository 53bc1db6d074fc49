/**
 * The one way pages talk to the server: JSON in and out, the CSRF header on writes, the user's
 * language, and problem+json errors turned into ApiError with per-field messages.
 */

/** A problem+json body from the server (RFC 9457). */
export interface Problem {
  title: string;
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}

/** A failed request, carrying the server's localised problem. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.title);
  }
}

let csrfToken = '';
/** Set by the auth layer after /api/auth/me. */
export function setCsrfToken(t: string | undefined) {
  csrfToken = t ?? '';
}

/** Calls the API; body may be a plain object (JSON) or FormData (uploads). */
export async function api<T = unknown>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { ...headers } };
  const h = init.headers as Record<string, string>;
  if (method !== 'GET') h['x-csrf-token'] = csrfToken;
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    h['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch(url, init);
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // not our JSON (a proxy's or gateway's HTML page): an answer all the same, never "no network"
    throw new ApiError(res.status, { title: '', status: res.status, code: 'unreadable_response' });
  }
  if (!res.ok) {
    const p = data as Partial<Problem> | undefined;
    throw new ApiError(res.status, {
      ...p,
      title: typeof p?.title === 'string' ? p.title : '',
      status: res.status,
      code: typeof p?.code === 'string' ? p.code : 'error',
    });
  }
  return data as T;
}

/** Builds a query string from defined values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}
