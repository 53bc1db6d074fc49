/**
 * Rate limits: a per-address default for every API route (RATE_LIMIT), and a route's own limit set
 * in its config (as the login route does). Over the limit: 429 problem+json in the user's language
 * with Retry-After; another address is not affected; the web client's files are never limited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../testing/harness.ts';
import { createHttpApp } from '../../http-root.ts';
import { buildApp, type App } from './app.ts';

let env: TestEnv;
let limited: App;
let own: App;
beforeAll(async () => {
  env = await createTestEnv();
  limited = await createHttpApp(env.services, { logLevel: 'silent', trustProxy: true, rateLimit: 5 });
  own = await buildApp({
    resolveSession: async () => null,
    auditor: { append: async () => {}, appendAll: async () => {}, record: async () => {} },
    register: async (a) => {
      a.post(
        '/api/guarded',
        { config: { permission: 'public', csrf: false, rateLimit: { max: 2, timeWindow: 60_000 } } },
        async () => ({ ok: true }),
      );
      a.get('/api/open', { config: { permission: 'public' } }, async () => ({ ok: true }));
    },
  });
});
afterAll(async () => {
  await own.close();
  await limited.close();
  await env.close();
});

const from = (app: App, ip: string, url = '/api/health', lang = 'zh-CN') =>
  app.inject({ method: 'GET', url, headers: { 'x-forwarded-for': ip, 'accept-language': lang } });

describe('rate limits', () => {
  it('the default limit per address answers 429 problem+json with Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await from(limited, '203.0.113.1'));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 429]);
    const over = answers[5];
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(over.json()).toMatchObject({
      status: 429,
      code: 'error.rate_limited',
      title: '请求过于频繁，请稍后再试',
    });
    const wait = Number(over.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect((await from(limited, '203.0.113.1', '/api/health', 'en-US')).json().title).toBe(
      'Too many requests; try again later',
    );
  });

  it('another address is not affected, nor are the web client files', async () => {
    expect((await from(limited, '203.0.113.2')).statusCode).toBe(200);
    for (let i = 0; i < 8; i++) expect((await from(limited, '203.0.113.1', '/')).statusCode).not.toBe(429);
  });

  it("a route's own limit applies even where there is no default", async () => {
    const post = () => own.inject({ method: 'POST', url: '/api/guarded', payload: {} });
    expect([(await post()).statusCode, (await post()).statusCode]).toEqual([200, 200]);
    const third = await post();
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toBeDefined();
    for (let i = 0; i < 10; i++)
      expect((await own.inject({ method: 'GET', url: '/api/open' })).statusCode).toBe(200);
  });
});
