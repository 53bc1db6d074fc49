/**
 * The talent station's share of the demo (seed 001 Haichuang): a station, one 海创市集 fair, postings
 * and a year of needs in every state, loaded in seconds; `jumin` has a recommendation to answer,
 * `shequ` new and idle needs, `wuye` a posting closing soon.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { seedJobs } from './jobs.ts';
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
  const started = performance.now();
  await seedJobs(services, t.db, r.tree.district.id, new Date());
  ms = performance.now() - started;
}, 300_000);
afterAll(async () => {
  await t?.drop();
});

describe('the talent station demo', () => {
  it('loads in a few seconds, with tickets in every state and one fair', async () => {
    expect(ms).toBeLessThan(30_000);
    const shequ = await ctxOf('shequ');
    const tickets = await services.jobs.listTickets(shequ, {});
    expect(new Set(tickets.map((x) => x.state))).toEqual(
      new Set(['new', 'working', 'employed', 'training', 'paused', 'closed']),
    );
    expect(await services.jobs.listFairs(shequ, {})).toHaveLength(1);
  });

  it('jumin has an open ticket with a recommendation to answer; shequ new and idle needs; wuye a posting closing soon', async () => {
    const keys = async (u: string) =>
      (await services.jobs.todos(await ctxOf(u))).map((x) => [x.key, x.level]);
    expect(await keys('jumin')).toContainEqual(['jobs.to_answer', 'yellow']);
    const mine = await services.jobs.listTickets(await ctxOf('jumin'), {});
    expect(
      mine.some((x) => x.state === 'working' && x.recommendations.some((r) => r.actions.includes('accept'))),
    ).toBe(true);
    const shequ = await keys('shequ');
    expect(shequ).toContainEqual(['jobs.new_needs', 'normal']);
    expect(shequ).toContainEqual(['jobs.idle', 'yellow']);
    expect(await keys('wuye')).toContainEqual(['jobs.closing_soon', 'yellow']);
  });

  it("the demo community's dashboard has the four figures", async () => {
    const shequ = await ctxOf('shequ');
    const g = shequ.actor!.grants[0];
    const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
    const stats = await services.jobs.stats(
      shequ,
      { id: g.nodeId, districtId: g.districtId, path: g.path, level: 'community' },
      year,
    );
    const v = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    expect(v['jobs.needs']).toBeGreaterThan(0);
    expect(v['jobs.placed_rate']).toBeGreaterThan(0);
    expect(v['jobs.open_postings']).toBeGreaterThan(0);
    expect(v['jobs.rating']).toBeGreaterThanOrEqual(3);
  });
});
