/**
 * The marketplace's and volunteers' share of the demo: Putuo's 971 orders (844 accepted, every
 * rating good) and a year of Futian-style volunteering, loaded in seconds; the demo accounts
 * `shehui` and `jumin` have work waiting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { loadDemoWithAccounts } from './seed.ts';
import { seedServices } from './services.ts';
import { seedVolunteers } from './volunteers.ts';

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
    { seed: 'gongzhi', residents: 20_000, atomic: true },
  );
  districtId = r.tree.district.id;
  const started = performance.now();
  await seedServices(services, t.db, districtId, new Date());
  await seedVolunteers(services, t.db, districtId, new Date());
  ms = performance.now() - started;
}, 300_000);
afterAll(async () => {
  await t?.drop();
});

describe('the marketplace and volunteers demo', () => {
  it('loads in a few seconds', () => {
    console.info(`marketplace and volunteers demo seeded in ${(ms / 1000).toFixed(1)} s`);
    expect(ms).toBeLessThan(30_000);
  });

  it("Putuo: the district's year shows 971 + 2 orders, 844 + 1 accepted, every rating good (seed 001)", async () => {
    const zzb = await ctxOf('zzb');
    const b = await services.services.boards(zzb, { nodeId: districtId });
    // the two orders of the demo resident come on top of Putuo's year (when the year holds them all)
    expect(b.figures.placed).toBeGreaterThan(500);
    expect(b.figures.goodRate).toBe(100);
    expect(b.byAccepted.length).toBeGreaterThan(5);
    const all = await t.db
      .selectFrom('services_orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(all.n)).toBe(973);
  });

  it('shehui has orders to accept; jumin one to rate and 17 hours, three short of a star', async () => {
    const shehui = await services.services.todos(await ctxOf('shehui'));
    expect(shehui.find((x) => x.key === 'services.to_accept')?.count).toBeGreaterThan(0);
    const jumin = await ctxOf('jumin');
    expect((await services.services.todos(jumin)).find((x) => x.key === 'services.to_rate')?.count).toBe(1);
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const me = await services.volunteers.myYear(jumin, year);
    expect(me.hours).toBe(17);
    expect(me.stars).toBe(0);
  });

  it('Futian: teams, volunteers from the register and hours per node (seed 003)', async () => {
    const zzb = await ctxOf('zzb');
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const totals = await services.volunteers.totals(zzb, districtId, year);
    expect(totals.teams).toBeGreaterThan(100);
    expect(totals.volunteers).toBeGreaterThan(500);
    expect(totals.hours).toBeGreaterThan(1000);
    const stars = await services.volunteers.starsByNode(zzb, districtId, year);
    expect(stars.length).toBeGreaterThan(0);
  });
});
