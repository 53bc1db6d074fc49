/**
 * Anonymous denials do not flood the audit log: counted per address and minute into one entry
 * (written when the minute is over, or when the server stops), while a logged-in account's
 * denials are still recorded one by one; the chain verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../testing/harness.ts';
import { createHttpApp } from '../../http-root.ts';
import { verifyChain } from '../audit/audit.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../secrets.ts';
import { createDenialCounter } from './denials.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const anonymousRows = () =>
  env.db
    .selectFrom('audit_log')
    .select(['object_id', 'ip', 'detail', 'object_type'])
    .where('action', '=', 'http.denied')
    .where('actor_user_id', 'is', null)
    .execute();

describe('anonymous denials', () => {
  it('a flood of anonymous 401s is one audit entry per address, written when the minute is over', async () => {
    const app = await createHttpApp(env.services, { logLevel: 'silent', trustProxy: true });
    const before = (await anonymousRows()).length;
    for (let i = 0; i < 40; i++) {
      const res = await app.inject({
        method: 'GET',
        url: i % 2 ? '/api/people' : '/api/org/roots',
        headers: { 'x-forwarded-for': '203.0.113.5', 'user-agent': 'flood' },
      });
      expect(res.statusCode).toBe(401);
    }
    for (let i = 0; i < 3; i++)
      await app.inject({ method: 'GET', url: '/api/people', headers: { 'x-forwarded-for': '198.51.100.9' } });
    expect((await anonymousRows()).length).toBe(before); // nothing written per request
    await app.close();
    const rows = (await anonymousRows()).slice(before);
    expect(rows).toHaveLength(2);
    const flood = rows.find((r) => r.ip === '203.0.113.5')!;
    expect(flood.object_type).toBe('anonymous');
    expect(flood.detail).toMatchObject({
      count: 40,
      statuses: { 401: 40 },
      routes: { 'GET /api/people': 20, 'GET /api/org/roots': 20 },
    });
    expect(rows.find((r) => r.ip === '198.51.100.9')!.detail).toMatchObject({ count: 3 });
  });

  it("a logged-in account's denials are still audited one by one, and the chain verifies", async () => {
    const cadre = await env.as('cadre', 'community11');
    for (let i = 0; i < 3; i++) expect((await cadre.get('/api/accounts/users')).status).toBe(403);
    const mine = await env.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'http.denied')
      .where('actor_user_id', '=', cadre.userId)
      .execute();
    expect(mine).toHaveLength(3);
    expect(await verifyChain(env.db, deriveKeys(TEST_MASTER_KEY).audit)).toMatchObject({ ok: true });
  });

  it('windows roll over by the minute, and addresses beyond the cap share one entry', async () => {
    let t = Date.parse('2026-12-06T00:00:00Z');
    const written: { ip: string; count: number }[] = [];
    const c = createDenialCounter(
      async (ctx, e) => {
        written.push({ ip: String(e.objectId), count: Number(e.detail?.count) });
      },
      { windowMs: 60_000, now: () => t },
    );
    const ctx = (ip: string) => ({ actor: null, ip, userAgent: 'x', lang: 'zh-CN' as const });
    c.note(ctx('10.0.0.1'), 'GET /api/a', 401);
    c.note(ctx('10.0.0.1'), 'GET /api/a', 401);
    t += 30_000;
    await c.flush();
    expect(written).toEqual([]); // the minute is not over
    t += 31_000;
    c.note(ctx('10.0.0.1'), 'GET /api/a', 401); // a new window: the old one is written
    await new Promise((r) => setTimeout(r, 0));
    expect(written).toEqual([{ ip: '10.0.0.1', count: 2 }]);
    for (let i = 0; i < 1200; i++) c.note(ctx(`10.1.${i >> 8}.${i & 255}`), 'GET /api/a', 401);
    await c.close();
    expect(written).toHaveLength(1 + 1 + 999 + 1); // the first window, the second, 999 more, the rest
    expect(written.find((w) => w.ip === '*')).toEqual({ ip: '*', count: 201 });
  });
});
