/**
 * Every /api route × every role, walked from the routes actually registered, so a route another
 * module adds later is covered without touching this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { registeredRoutes, type RegisteredRoute } from '../http/app.ts';
import { uuidv7 } from '../ids.ts';
import { ROLES, roleCanCallRoute, type Role } from './access.ts';

let env: TestEnv;
let routes: RegisteredRoute[];
const clients = {} as Record<Role, Client>;
beforeAll(async () => {
  env = await createTestEnv();
  routes = registeredRoutes(env.app).filter(
    (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
  );
  for (const role of ROLES) clients[role] = await env.as(role, 'city');
});
afterAll(() => env.close());

const isAction = (r: RegisteredRoute) => r.permission !== 'public' && r.permission !== 'authenticated';
const concrete = (url: string) => url.replace(/:\w+/g, () => uuidv7()).replace(/\*$/, 'x');
const label = (r: RegisteredRoute) => `${r.method} ${r.url}`;

async function call(c: Client, r: RegisteredRoute) {
  const body = ['GET', 'DELETE', 'OPTIONS'].includes(r.method) ? undefined : {};
  return c.request(r.method, concrete(r.url), body);
}

/** The routes whose denial to this account was written to the audit log. */
async function deniedAudited(userId: string): Promise<Set<string>> {
  const rows = await env.db
    .selectFrom('audit_log')
    .select('object_id')
    .where('action', '=', 'http.denied')
    .where('actor_user_id', '=', userId)
    .where('result', '=', 'denied')
    .execute();
  return new Set(rows.map((r) => r.object_id ?? ''));
}

describe('route × role matrix', () => {
  it('knows the routes of every registered module and each one declares a permission', () => {
    const urls = routes.map(label);
    for (const u of [
      'GET /api/org/roots',
      'POST /api/accounts/users',
      'GET /api/audit',
      'POST /api/auth/login',
    ])
      expect(urls).toContain(u);
    expect(routes.every((r) => typeof r.permission === 'string' && r.permission.length > 0)).toBe(true);
  });

  it.each(ROLES)('%s: 403 (audited) without the action, never 401/403/5xx with it', async (role) => {
    const c = clients[role];
    const problems: string[] = [];
    const denied: string[] = [];
    for (const r of routes.filter(isAction)) {
      const res = await call(c, r);
      if (roleCanCallRoute(role, r.permission!)) {
        if ([401, 403].includes(res.status) || res.status >= 500)
          problems.push(`${label(r)} (${r.permission}) answered ${res.status} ${res.body?.code ?? ''}`);
      } else if (res.status !== 403) {
        problems.push(`${label(r)} (${r.permission}) answered ${res.status}, expected 403`);
      } else {
        expect(res.headers['content-type']).toContain('application/problem+json');
        denied.push(label(r));
      }
    }
    expect(problems).toEqual([]);
    const audited = await deniedAudited(c.userId);
    expect(denied.filter((d) => !audited.has(d))).toEqual([]);
  });

  it('an anonymous caller gets 401 from every route that is not public', async () => {
    const anon = env.anon();
    const problems: string[] = [];
    for (const r of routes.filter((x) => x.permission !== 'public')) {
      const res = await call(anon, r);
      if (res.status !== 401) problems.push(`${label(r)} answered ${res.status}`);
    }
    expect(problems).toEqual([]);
  });

  it('the auditor gets 403 from every route except the audit log, its own account, its to-do list and public pages', async () => {
    const c = clients.auditor;
    const problems: string[] = [];
    for (const r of routes) {
      if (r.permission === 'public' || r.url.startsWith('/api/auth/')) continue;
      const res = await call(c, r);
      const own = r.url === '/api/audit' || r.url.startsWith('/api/audit/') || r.url === '/api/home/todos';
      if (own ? res.status !== 200 : res.status !== 403) problems.push(`${label(r)} answered ${res.status}`);
    }
    expect(problems).toEqual([]);
  });
});
