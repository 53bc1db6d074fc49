/**
 * Security headers on every answer (Content-Security-Policy the web client works under, nosniff,
 * no framing, a referrer policy, no caching of API answers), the session cookie Secure whenever the
 * request came over HTTPS (through a proxy the TRUST_PROXY setting believes), Retry-After from any
 * domain error that asks for it, and requests turned away with 503 while the server drains.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../testing/harness.ts';
import { createHttpApp } from '../../http-root.ts';
import { parseTrustProxy } from '../config.ts';
import { DomainError, TooManyRequestsError } from '../errors.ts';
import { buildApp, SESSION_COOKIE, type App } from './app.ts';

let env: TestEnv;
let proxied: App;
beforeAll(async () => {
  env = await createTestEnv();
  process.env.MAP_TILES = 'osm';
  try {
    proxied = await createHttpApp(env.services, { logLevel: 'silent', trustProxy: '127.0.0.1' });
  } finally {
    delete process.env.MAP_TILES;
  }
});
afterAll(async () => {
  await proxied.close();
  await env.close();
});

function csp(headers: Record<string, unknown>): Map<string, string[]> {
  return new Map(
    String(headers['content-security-policy'])
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('security headers', () => {
  it('every answer carries the CSP, nosniff, no framing and the referrer policy', async () => {
    for (const url of ['/api/health', '/api/nothing-here', '/']) {
      const res = await env.app.inject({ method: 'GET', url });
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      const p = csp(res.headers);
      expect(p.get('default-src')).toEqual(["'self'"]);
      expect(p.get('script-src')).toEqual(["'self'"]);
      expect(p.get('frame-ancestors')).toEqual(["'none'"]);
      expect(p.get('object-src')).toEqual(["'none'"]);
      expect(p.get('img-src')).toEqual(expect.arrayContaining(["'self'", 'data:', 'blob:']));
      expect(p.has('upgrade-insecure-requests')).toBe(false); // plain-HTTP intranets keep working
    }
  });

  it("the map's tile servers are allowed as images", async () => {
    const res = await proxied.inject({ method: 'GET', url: '/api/health' });
    expect(csp(res.headers).get('img-src')).toEqual(
      expect.arrayContaining(['https://a.tile.openstreetmap.org', 'https://c.tile.openstreetmap.org']),
    );
  });

  it('API answers are never cached: JSON, problems and Excel files', async () => {
    const org = await env.as('org_officer', 'district');
    const answers = [
      await org.get('/api/auth/me'),
      await org.get(`/api/org/nodes/${env.nodes.district.id}`),
      await org.get('/api/org/nodes/0190f4a0-0000-7000-8000-000000000001'),
      await org.get('/api/people/export.xlsx'),
      await env.anon().get('/api/people'),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 404, 200, 401]);
    for (const r of answers) expect(r.headers['cache-control']).toBe('no-store');
  });
});

describe('the session cookie', () => {
  async function login(app: App, headers: Record<string, string>) {
    const { username } = await env.as('cadre', 'community11');
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: 'Test-Passw0rd!' },
      headers,
    });
    expect(res.statusCode).toBe(200);
    return res.cookies.find((c) => c.name === SESSION_COOKIE)!;
  }

  it('is Secure when a trusted proxy says the request came over HTTPS', async () => {
    const cookie = await login(proxied, { 'x-forwarded-proto': 'https' });
    expect(cookie.secure).toBe(true);
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
  });

  it('is not Secure over plain HTTP, nor when an untrusted client claims HTTPS', async () => {
    expect((await login(proxied, {})).secure).toBeFalsy();
    expect((await login(env.app, { 'x-forwarded-proto': 'https' })).secure).toBeFalsy();
  });

  it('the client address comes from X-Forwarded-For only through a trusted proxy', async () => {
    const before = await env.db
      .selectFrom('audit_log')
      .select('id')
      .where('ip', '=', '203.0.113.9')
      .execute();
    expect(before).toEqual([]);
    await login(proxied, { 'x-forwarded-for': '203.0.113.9' });
    await login(env.app, { 'x-forwarded-for': '198.51.100.7' });
    const ips = (
      await env.db.selectFrom('audit_log').select('ip').where('action', '=', 'accounts.login').execute()
    ).map((r) => r.ip);
    expect(ips).toContain('203.0.113.9');
    expect(ips).not.toContain('198.51.100.7');
  });

  it('TRUST_PROXY reads false, true, a hop count or a list of addresses', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy(' 10.0.0.0/8 , 127.0.0.1 ')).toBe('10.0.0.0/8,127.0.0.1');
  });
});

describe('Retry-After and draining', () => {
  let app: App;
  let release: () => void = () => undefined;
  beforeAll(async () => {
    app = await buildApp({
      resolveSession: async () => null,
      auditor: { append: async () => {}, appendAll: async () => {}, record: async () => {} },
      register: async (a) => {
        a.get('/api/busy', { config: { permission: 'public' } }, async () => {
          throw new TooManyRequestsError(29.2);
        });
        a.get('/api/busy-param', { config: { permission: 'public' } }, async () => {
          throw new DomainError(429, 'error.rate_limited', { retryAfter: 12 });
        });
        a.get('/api/slow', { config: { permission: 'public' } }, async () => {
          await new Promise<void>((r) => (release = r));
          return { done: true };
        });
      },
    });
  });

  it('a 429 domain error with retryAfter sends Retry-After', async () => {
    const a = await app.inject({ method: 'GET', url: '/api/busy' });
    expect(a.statusCode).toBe(429);
    expect(a.headers['retry-after']).toBe('30');
    expect(a.headers['content-type']).toContain('application/problem+json');
    const b = await app.inject({ method: 'GET', url: '/api/busy-param' });
    expect(b.headers['retry-after']).toBe('12');
  });

  it('while closing, a request in flight finishes and the next one on its connection gets 503', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as net.AddressInfo;
    // the connection of a request in flight stays open; another request arrives on it meanwhile
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (d) => (text += d.toString()));
    const ended = new Promise((r) => socket.on('close', r));
    socket.write('GET /api/slow HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((r) => setTimeout(r, 100));
    const closed = app.close();
    await new Promise((r) => setTimeout(r, 50));
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((r) => setTimeout(r, 50));
    release();
    await ended;
    await closed;
    const answers = text.split(/(?=HTTP\/1\.1 )/);
    expect(answers[0]).toMatch(/^HTTP\/1\.1 200/);
    expect(answers[0]).toContain('{"done":true}');
    expect(answers[1]).toMatch(/^HTTP\/1\.1 503/);
    expect(answers[1]).toContain('application/problem+json');
    expect(answers[1]).toMatch(/retry-after: 5/i);
    expect(answers[1]).toContain('"code":"error.shutting_down"');
  });
});
