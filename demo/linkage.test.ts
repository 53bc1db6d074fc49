/**
 * The linkage share of the demo: a year of 三联三领, 三官三师 and 两代表一委员进社区 (and, as they are
 * built, 一老一小 and honours) in the demo district, loaded in seconds, with something waiting for
 * each demo role that takes part.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { seedFieldWork } from './fieldwork.ts';
import { seedLinkage } from './linkage.ts';
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
    { seed: 'gongzhi', residents: 20_000, atomic: true },
  );
  await seedFieldWork(services, t.db, r.tree.district.id);
  const started = performance.now();
  await seedLinkage(services, t.db, r.tree.district.id, new Date());
  ms = performance.now() - started;
}, 300_000);
afterAll(async () => {
  await t?.drop();
});

describe('the linkage demo', () => {
  it('loads in a few seconds', () => {
    console.info(`linkage demo seeded in ${(ms / 1000).toFixed(1)} s`);
    expect(ms).toBeLessThan(60_000);
  });

  it("the demo street's dashboard has every linkage figure (seeds 001, 003)", async () => {
    const jiedao = await ctxOf('jiedao');
    const g = jiedao.actor!.grants[0];
    const stats = await services.linkage.stats(
      jiedao,
      { id: g.nodeId, districtId: g.districtId, path: g.path, level: 'street' },
      Number(shanghaiDay().slice(0, 4)),
    );
    const v = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    expect(v['linkage.leader_links']).toBeGreaterThanOrEqual(3);
    expect(v['linkage.department_links']).toBeGreaterThanOrEqual(3);
    expect(v['linkage.member_links']).toBeGreaterThanOrEqual(3);
    expect(v['linkage.items_done_rate']).toBeGreaterThan(0);
    expect(v['linkage.experts']).toBeGreaterThanOrEqual(6);
    expect(v['linkage.sessions']).toBeGreaterThan(5);
    expect(v['linkage.answered_rate']).toBeGreaterThan(50);
  });

  it('一老一小: the demo community has both stations, a year of tickets, and a circle over its grids (seed 001)', async () => {
    const shequ = await ctxOf('shequ');
    const g = shequ.actor!.grants[0];
    const stats = await services.eldercare.stats(
      shequ,
      { id: g.nodeId, districtId: g.districtId, path: g.path, level: 'community' },
      Number(shanghaiDay().slice(0, 4)),
    );
    const v = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    expect(v['eldercare.elderly_stations']).toBe(1);
    expect(v['eldercare.infant_stations']).toBe(1);
    expect(v['eldercare.tickets']).toBeGreaterThan(10);
    expect(v['eldercare.good_rate']).toBeGreaterThan(50);
    expect(v['eldercare.circle_coverage']).toBeGreaterThan(50);
  });

  it("福田居民美德奖: the demo community's public honours page lists its winners (seed 003)", async () => {
    const shequ = await ctxOf('shequ');
    const page = await services.honours.publicBoard({ ...shequ, actor: null }, shequ.actor!.grants[0].nodeId);
    expect(page.entries.length).toBe(5);
    expect(page.entries[0].title).toMatch(/^福田居民美德奖·/);
  });

  it('something waits for each role that takes part', async () => {
    const keys = async (u: string) => (await services.linkage.todos(await ctxOf(u))).map((x) => x.key);
    expect(await keys('shequ')).toEqual(
      expect.arrayContaining(['linkage.overdue_items', 'linkage.problems', 'linkage.sessions']),
    );
    expect(await keys('daibiao')).toContain('linkage.sessions');
    expect(await keys('ganbu')).toContain('linkage.items');
    const honours = async (u: string) => (await services.honours.todos(await ctxOf(u))).map((x) => x.key);
    expect(await honours('jiedao')).toEqual(['honours.to_review', 'honours.to_publish']);
    const care = async (u: string) => (await services.eldercare.todos(await ctxOf(u))).map((x) => x.key);
    expect(await care('shequ')).toContain('eldercare.to_assign');
    expect(await care('shehui')).toContain('eldercare.to_serve');
    expect(await care('jumin')).toContain('eldercare.to_rate');
  });
});
