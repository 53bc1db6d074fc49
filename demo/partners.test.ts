/**
 * The partners' share of the demo (seeds 000, 001): partners with points and stars, a year of
 * reports of which eight are 民生实事 (at most ten), each role's to-dos, loaded in seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { seedPartners } from './partners.ts';
import { loadDemoWithAccounts } from './seed.ts';

let t: TestDb;
let services: Services;
let ms = 0;
const ctxOf = async (username: string): Promise<RequestContext> => {
  const u = await t.db
    .selectFrom('accounts_users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    actor: await services.accounts.loadActor(u.id),
    ip: '127.0.0.1',
    userAgent: 'vitest',
    lang: 'zh-CN',
  };
};

beforeAll(async () => {
  t = await freshDb();
  services = createServices({ db: t.db, pool: t.pool, keys: deriveKeys(TEST_MASTER_KEY) });
  const r = await loadDemoWithAccounts(
    { db: t.db, pool: t.pool, services },
    { seed: 'gongzhi', residents: 3_000, atomic: true },
  );
  const started = performance.now();
  await seedPartners(services, t.db, r.tree.district.id, new Date());
  ms = performance.now() - started;
}, 300_000);
afterAll(async () => {
  await t?.drop();
});

describe('the partners demo', () => {
  it('loads in a few seconds', () => {
    expect(ms).toBeLessThan(20_000);
  });

  it('the demo community has six partners, eight 民生实事 (four done) and reports to screen', async () => {
    const shequ = await ctxOf('shequ');
    const partners = await services.partners.register.list(shequ, {});
    expect(partners.filter((p) => p.state === 'active')).toHaveLength(6);
    expect(partners.find((p) => p.name === '红棉物业')).toMatchObject({ points: 20, stars: 2 });
    const needs = await services.partners.needs.list(shequ, {});
    const count = (s: string) => needs.filter((d) => d.state === s).length;
    expect(count('selected') + count('in_progress') + count('done')).toBe(8);
    expect(count('done')).toBe(4);
    expect(count('reported')).toBe(3);
    const keys = (await services.partners.todos(shequ)).map((x) => x.key);
    expect(keys).toContain('partners.to_screen');
    expect(keys).toContain('partners.overdue');
    expect((await services.partners.todos(await ctxOf('shehui'))).map((x) => x.key)).toEqual([
      'partners.assigned',
    ]);
    expect((await services.partners.todos(await ctxOf('jumin'))).map((x) => x.key)).toEqual([
      'partners.mine',
    ]);
  });
});
