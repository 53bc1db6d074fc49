/**
 * Generated input for every registered route, as a role that may call it and anonymously: values
 * drawn from the route's own zod schemas, mixed with hostile ones (NUL, lone surrogates, numbers
 * beyond 2^53 and 1e308, year 0000, texts of thousands of characters, bodies that are not JSON,
 * path segments over 100 characters). No answer may be a 5xx, every /api error is problem+json,
 * and no input may reach PostgreSQL's own refusal (the schema layer must name the field instead).
 *
 * FUZZ_RUNS sets the cases per route and identity (a dozen by default, for CI; try 500 for a long
 * run), FUZZ_SEED replays a run, FUZZ_ROUTE limits the run to the routes whose URL contains it.
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestEnv, multipartFile, type Client } from '../../testing/harness.ts';
import { ROLES, roleCanCallRoute, type Role } from '../access/access.ts';
import { registeredRoutes, type RegisteredRoute } from './app.ts';
import { mutatedOf, queryText, type IdPool } from './fuzz.arbitrary.ts';

// The cases send many failing logins from one address on purpose; the per-address login limit
// (LOGIN_RATE_PER_IP a minute) would then refuse the roles' own logins after a session a case ended.
// The limit is read when accounts.routes.ts is first evaluated, and test files share their worker's
// modules (vitest.config.ts, isolate: false): this file evaluates its own copies, and the files
// after it in the worker theirs again, with the limit as it was.
const loginLimitBefore = vi.hoisted(() => {
  const before = process.env.LOGIN_RATE_PER_IP;
  process.env.LOGIN_RATE_PER_IP = '100000';
  vi.resetModules();
  return before;
});

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const ONLY = process.env.FUZZ_ROUTE;

const env = await createTestEnv();
afterAll(async () => {
  await env.close();
  if (loginLimitBefore === undefined) delete process.env.LOGIN_RATE_PER_IP;
  else process.env.LOGIN_RATE_PER_IP = loginLimitBefore;
  vi.resetModules();
});

const routes = registeredRoutes(env.app).filter(
  (r) => !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json' && (!ONLY || r.url.includes(ONLY)),
);

const pool: IdPool = {
  ids: [...Object.values(env.nodes).map((n) => n.id), '0190f4a0-0000-7000-8000-000000000001'],
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids of what the run made, so later cases reach existing objects. */
function harvest(v: unknown, depth = 0) {
  if (depth > 3 || pool.ids.length > 400) return;
  if (Array.isArray(v)) v.slice(0, 5).forEach((x) => harvest(x, depth + 1));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v))
      if (typeof x === 'string' && UUID.test(x) && /id$/i.test(k) && !pool.ids.includes(x)) pool.ids.push(x);
      else if (typeof x === 'object') harvest(x, depth + 1);
}

/** The broad business roles, tried first for a route. */
const BUSINESS: Role[] = [
  'org_officer',
  'street_officer',
  'community_officer',
  'dept_officer',
  'grid_worker',
  'cadre',
];
/** The roles tried first for a route: broad business roles, then the rest. */
const PREFERRED: Role[] = [...BUSINESS, ...ROLES.filter((r) => !BUSINESS.includes(r))];
function roleFor(r: RegisteredRoute): Role {
  if (r.permission === 'public' || r.permission === 'authenticated') return 'org_officer';
  return PREFERRED.find((role) => roleCanCallRoute(role, r.permission!)) ?? 'org_officer';
}

const clients = new Map<Role, Client>();
async function clientFor(role: Role): Promise<Client> {
  let c = clients.get(role);
  if (!c) {
    // the cases may have blocked the test's address on purpose (failed logins, a fuzzed policy with
    // a low ipFailureLimit): lift that block so the role's own fresh login is not refused
    await env.db.deleteFrom('accounts_ip_failures').execute();
    c = await env.as(role, 'city');
    clients.set(role, c);
    pool.ids.push(c.userId);
  }
  return c;
}

interface Input {
  params: Record<string, string>;
  query: [string, string][];
  /** A raw query string appended as is (malformed escapes). */
  rawQuery: string;
  body: unknown;
  raw: string | null;
  /** A file sent as multipart/form-data instead of the body. */
  upload: { name: string; type: string; bytes: Uint8Array } | null;
  headers: Record<string, string>;
}

const RAW_QUERIES = ['a=%00', 'q=%ED%A0%80', 'x=%', 'y=%zz', 'lang=%C0%80', 'limit[]=1&limit[]=2'];
const RAW_BODIES = [
  '{"a":',
  'null',
  '[]',
  '"text"',
  'not json',
  '{"a":"\\u0000"}',
  '{"a":"\\ud800"}',
  '1e999',
];

function inputArb(r: RegisteredRoute): fc.Arbitrary<Input> {
  const names = [...r.url.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const paramsSchema = r.schema.params;
  const params = (
    paramsSchema
      ? mutatedOf(paramsSchema, pool)
      : fc.record(Object.fromEntries(names.map((n) => [n, fc.string({ maxLength: 20 })])))
  ).chain((p) =>
    fc.oneof(
      { weight: 20, arbitrary: fc.constant(p) },
      // a path segment over Fastify's 100-character limit
      {
        weight: 1,
        arbitrary: fc.constant(Object.fromEntries(names.map((n) => [n, 'x'.repeat(150)]))),
      },
    ),
  );
  const hasBody = !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(r.method);
  return fc.record({
    params: params.map((p) => {
      const out: Record<string, string> = {};
      for (const n of names) out[n] = queryText((p as Record<string, unknown> | null)?.[n])[0] ?? 'x';
      return out;
    }),
    query: r.schema.querystring
      ? mutatedOf(r.schema.querystring, pool).map((q) =>
          q && typeof q === 'object' && !Array.isArray(q)
            ? Object.entries(q).flatMap(([k, v]) => queryText(v).map((x) => [k, x] as [string, string]))
            : [['q', queryText(q)[0] ?? '']],
        )
      : fc.constant([]),
    rawQuery: fc.oneof(
      { weight: 6, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERIES) },
    ),
    body: hasBody && r.schema.body ? mutatedOf(r.schema.body, pool) : fc.constant(hasBody ? {} : undefined),
    raw: hasBody
      ? fc.oneof(
          { weight: 10, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES) },
        )
      : fc.constant(null),
    upload:
      hasBody && !r.schema.body
        ? fc.option(
            fc.record({
              name: fc.constantFrom(
                'a.xlsx',
                'a.csv',
                'a.png',
                'a.jpg',
                'x',
                '..\\..\\a.exe',
                '长名字'.repeat(40),
              ),
              type: fc.constantFrom(
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                'text/csv',
                'image/png',
                'image/jpeg',
                'application/octet-stream',
                'text/html',
              ),
              bytes: fc.oneof(
                fc.uint8Array({ maxLength: 2048 }),
                fc.constantFrom(
                  new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), // a zip's start, cut off
                  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), // a PNG's start
                  new TextEncoder().encode('姓名,身份证号\n张三,\u0000\n'),
                ),
              ),
            }),
            { freq: 3, nil: null },
          )
        : fc.constant(null),
    headers: r.schema.headers
      ? mutatedOf(r.schema.headers, pool).map((h) =>
          Object.fromEntries(
            Object.entries((h as Record<string, unknown>) ?? {})
              .map(([k, v]) => [k, queryText(v)[0]])
              .filter(([, v]) => v !== undefined),
          ),
        )
      : fc.constant({}),
  }) as fc.Arbitrary<Input>;
}

/** A text a URL can carry: lone surrogates have no UTF-8 form, so they go as raw escapes. */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...s].map((ch) => (/[\ud800-\udfff]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
  }
}

function urlOf(r: RegisteredRoute, i: Input): string {
  const path = r.url.replace(/:(\w+)/g, (_, n: string) => enc(i.params[n] ?? 'x')).replace(/\*$/, 'x');
  const q = [...i.query.map(([k, v]) => `${enc(k)}=${enc(v)}`), i.rawQuery].filter(Boolean).join('&');
  return q ? `${path}?${q}` : path;
}

function multipart(u: NonNullable<Input['upload']>) {
  const { body, headers } = multipartFile(Buffer.from(u.bytes), encodeURIComponent(u.name), u.type);
  return { payload: body, type: headers['content-type'] };
}

async function send(c: Client | null, r: RegisteredRoute, i: Input) {
  const url = urlOf(r, i);
  const headers: Record<string, string> = { ...i.headers };
  let payload: unknown = i.body;
  if (i.upload) {
    const m = multipart(i.upload);
    headers['content-type'] = m.type;
    payload = m.payload;
  } else if (i.raw !== null) {
    headers['content-type'] = 'application/json';
    payload = i.raw;
  }
  const res = await (c ?? env.anon()).request(r.method, url, payload, headers);
  return { url, res };
}

const label = (r: RegisteredRoute) => `${r.method} ${r.url}`;

// Every role logs in before any case runs: the cases of POST /api/auth/login fail logins from the
// test's address on purpose, and its per-address block would refuse a role's first login after them.
beforeAll(async () => {
  for (const role of ROLES) await clientFor(role);
});

describe(`generated input on every route (FUZZ_RUNS=${RUNS}, FUZZ_SEED=${SEED})`, () => {
  it('covers the routes of the registered modules', () => {
    if (ONLY) return;
    const urls = routes.map(label);
    for (const u of ['POST /api/org/nodes', 'GET /api/people', 'POST /api/auth/login'])
      expect(urls).toContain(u);
  });

  it.each(routes.map((r) => [label(r), r] as const))('%s', { timeout: 600_000 }, async (_, r) => {
    const role = roleFor(r);
    const failures: string[] = [];
    for (const who of ['role', 'anonymous'] as const) {
      const result = await fc.check(
        fc.asyncProperty(inputArb(r), async (input) => {
          const c = who === 'role' ? await clientFor(role) : null;
          const { url, res } = await send(c, r, input);
          if (process.env.FUZZ_DEBUG)
            appendFileSync(
              process.env.FUZZ_DEBUG,
              `${res.status} ${res.body?.code} ${r.method} ${url.slice(0, 160)}\n`,
            );
          const why =
            res.status >= 500
              ? `${res.status} ${res.body?.code ?? res.raw.slice(0, 200)}`
              : res.body?.code === 'error.value_out_of_range'
                ? 'PostgreSQL refused a value the schema let through'
                : url.startsWith('/api/') &&
                    res.status >= 400 &&
                    !String(res.headers['content-type']).includes('application/problem+json')
                  ? `${res.status} answered as ${res.headers['content-type']}: ${res.raw.slice(0, 200)}`
                  : null;
          if (why) {
            const sent = input.upload
              ? `file ${input.upload.name} (${input.upload.bytes.length} bytes)`
              : (input.raw ?? JSON.stringify(input.body) ?? '');
            failures.push(
              `${who === 'role' ? role : 'anonymous'} ${r.method} ${url.slice(0, 300)} ${sent.slice(0, 400)}: ${why}`,
            );
            return false;
          }
          if (res.status < 300) harvest(res.body);
          // the case ended the client's session (logout, a disabled account, a password reset):
          // the next case logs in afresh
          if (c && (res.status === 401 || res.body?.code === 'accounts.password_change_required'))
            clients.delete(role);
          return true;
        }),
        { numRuns: who === 'role' ? RUNS : Math.max(2, Math.ceil(RUNS / 4)), seed: SEED, endOnFailure: true },
      );
      if (result.failed && failures.length === 0)
        failures.push(`${who} ${label(r)}: ${String(result.errorInstance ?? 'failed')}`);
    }
    expect(failures, `seed ${SEED}`).toEqual([]);
  });
});
