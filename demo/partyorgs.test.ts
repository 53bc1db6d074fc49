/**
 * The party-organisation quality share of the demo (seed 004, Luohu): a year of 5W1H activities,
 * the menu, grades and secretaries' reports, loaded in seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { seedPartyorgs } from './partyorgs.ts';
import { loadDemoWithAccounts } from './seed.ts';

let t: TestDb;
let services: Services;
let ms = 0;
let street: RequestContext;

beforeAll(async () => {
  t = await freshDb();
  services = createServices({ db: t.db, pool: t.pool, keys: deriveKeys(TEST_MASTER_KEY) });
  await loadDemoWithAccounts(
    { db: t.db, pool: t.pool, services },
    { seed: 'gongzhi', residents: 20_000, atomic: true },
  );
  const t0 = Date.now();
  await seedPartyorgs(services, t.db, shanghaiDay());
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
afterAll(async () => {
  await t?.drop();
});

describe('demo: a year of party-organisation quality (seed 004 Luohu)', () => {
  it('Luohu: the street has 5W1H activities mostly recorded, graded organisations and rated reports (seed 004)', async () => {
    const nodeId = street.actor!.grants[0].nodeId;
    const year = Number(shanghaiDay().slice(0, 4));
    const acts = await services.partyorgs.activities(street, { nodeId, year });
    expect(acts.length).toBeGreaterThan(50);
    expect(acts.some((a) => a.status === 'recorded')).toBe(true);
    const g = await services.partyorgs.grades(street, { nodeId, year: year - 1 });
    expect(Object.values(g.levels).reduce((a, b) => a + b, 0)).toBe(9);
    expect((await services.partyorgs.reports(street, { nodeId, year })).length).toBe(8);
    expect((await services.partyorgs.menu(street, nodeId)).some((m) => m.orders > 0)).toBe(true);
  });

  it('seed 000 重大项目: the street has temporary party organisations with planned ends, one overdue on the officer’s list', async () => {
    const todos = await services.partyorgs.todos(street);
    expect(todos.find((x) => x.key === 'partyorgs.temporary_overdue')?.count).toBe(1);
    const node = await t.db
      .selectFrom('org_nodes')
      .select(['id', 'district_id as districtId', 'path', 'level'])
      .where('id', '=', street.actor!.grants[0].nodeId)
      .executeTakeFirstOrThrow();
    const v = Object.fromEntries(
      (await services.partyorgs.stats(street, node, Number(shanghaiDay().slice(0, 4)))).map((s) => [
        s.key,
        s.value,
      ]),
    );
    expect(v['partyorgs.temporary_active']).toBe(2);
    expect(v['partyorgs.temporary_overdue']).toBe(1);
  });

  it('loads in a few seconds', () => {
    expect(ms).toBeLessThan(15_000);
  });
});
