/**
 * The projects' share of the demo: a year of micro projects across the district with public and
 * social money and ratings, the demo resident's order and rating to give, and the deputies' vote
 * choosing 20 projects (seed 003), loaded in seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { seedProjects } from './projects.ts';
import { loadDemoWithAccounts } from './seed.ts';

let t: TestDb;
let services: Services;
let districtId: string;
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
  districtId = r.tree.district.id;
  const started = performance.now();
  await seedProjects(services, t.db, districtId, new Date());
  ms = performance.now() - started;
}, 300_000);
afterAll(async () => {
  await t?.drop();
});

describe('the projects demo', () => {
  it('loads in a few seconds', () => {
    console.info(`projects demo seeded in ${(ms / 1000).toFixed(1)} s`);
    expect(ms).toBeLessThan(30_000);
  });

  it('the district has a year of micro projects with public and social money (seed 003)', async () => {
    const zzb = await ctxOf('zzb');
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const f = await services.projects.figures(zzb, { year });
    expect(f.micro.projects).toBeGreaterThan(10);
    expect(f.micro.publicWan).toBeGreaterThan(0);
    expect(f.micro.socialWan).toBeGreaterThan(0);
    expect(f.micro.satisfiedRate).toBeGreaterThan(50);
    expect(f.livelihood.chosen).toBe(20);
    expect((await services.projects.unitScores(zzb, { year })).length).toBe(1);
  });

  it('each role finds work waiting: the resident a rating, the officer an order, the deputy ratings', async () => {
    const keys = async (u: string) => (await services.projects.todos(await ctxOf(u))).map((x) => x.key);
    expect(await keys('jumin')).toContain('projects.to_rate');
    expect(await keys('shequ')).toContain('projects.to_screen');
    expect(await keys('daibiao')).toContain('projects.to_rate');
  });
});
