/**
 * The mobile party members' share of the demo (seed 001, Beilun): a year of inflow and outflow
 * members, the street's return code, vanguard teams with services, loaded in seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { seedPartymembers } from './partymembers.ts';
import { loadDemoWithAccounts } from './seed.ts';

let t: TestDb;
let services: Services;
let ms = 0;
let street: RequestContext;

beforeAll(async () => {
  t = await freshDb();
  services = createServices({ db: t.db, pool: t.pool, keys: deriveKeys(TEST_MASTER_KEY) });
  const r = await loadDemoWithAccounts(
    { db: t.db, pool: t.pool, services },
    { seed: 'gongzhi', residents: 20_000, atomic: true },
  );
  const t0 = Date.now();
  await seedPartymembers(services, t.db, r.tree.district.id, shanghaiDay());
  ms = Date.now() - t0;
  const u = await t.db
    .selectFrom('accounts_users')
    .select('id')
    .where('username', '=', 'jiedao')
    .executeTakeFirstOrThrow();
  street = {
    actor: await services.accounts.loadActor(u.id),
    ip: '127.0.0.1',
    userAgent: 'vitest',
    lang: 'zh-CN',
  };
}, 240_000);
afterAll(() => t.drop());

describe('demo: a year of mobile party members (seed 001 Beilun)', () => {
  it('Beilun: the street has inflow and outflow members over the year, a return code and vanguard services', async () => {
    const nodeId = street.actor!.grants[0].nodeId;
    const list = await services.partymembers.list(street, { nodeId, limit: 200, offset: 0 });
    expect(list.total).toBeGreaterThan(20);
    const a = await services.partymembers.analysis(street, {
      nodeId,
      year: Number(shanghaiDay().slice(0, 4)),
    });
    expect(a.active.in + a.active.out).toBeGreaterThan(20);
    expect((await services.partymembers.codes(street, nodeId, 'http://x')).length).toBe(1);
    const teams = await services.partymembers.teams(street, { nodeId });
    expect(teams.length).toBeGreaterThan(0);
    expect(list.items.some((m) => m.missing.length > 0)).toBe(true);
  });

  it('loads in a few seconds', () => {
    expect(ms).toBeLessThan(15_000);
  });
});
