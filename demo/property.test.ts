/**
 * The property and mediation share of the demo: a year of each, loaded on a first start in seconds,
 * with something on every page for the demo accounts (wuye, yeweihui, tiaojie, jiedao, shequ).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../server/platform/secrets.ts';
import { freshDb, type TestDb } from '../server/testing/db.ts';
import { seedMediation } from './mediation.ts';
import { seedProperty } from './property.ts';
import { loadDemoWithAccounts } from './seed.ts';

let t: TestDb;
let services: Services;
let districtId: string;
let propertyMs = 0;
let mediationMs = 0;
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
const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

beforeAll(async () => {
  t = await freshDb();
  services = createServices({ db: t.db, pool: t.pool, keys: deriveKeys(TEST_MASTER_KEY) });
  const r = await loadDemoWithAccounts(
    { db: t.db, pool: t.pool, services },
    { seed: 'gongzhi', residents: 20_000, atomic: true },
  );
  districtId = r.tree.district.id;
  let t0 = Date.now();
  await seedProperty(services, t.db, districtId, new Date());
  propertyMs = Date.now() - t0;
  t0 = Date.now();
  await seedMediation(services, t.db, districtId, new Date());
  mediationMs = Date.now() - t0;
}, 300_000);
afterAll(async () => {
  console.info(`property demo ${propertyMs} ms, mediation demo ${mediationMs} ms`);
  await t?.drop();
});

describe('demo: property (seed 001, Longquan)', () => {
  it('loads in a few seconds', () => expect(propertyMs).toBeLessThan(15_000));

  it('the staff account sees its company’s compounds only; the 业委会 account its compound', async () => {
    const wuye = await ctxOf('wuye');
    const yeweihui = await ctxOf('yeweihui');
    const shequ = await ctxOf('shequ');
    const all = await services.property.listCompounds(shequ, {});
    const mine = await services.property.listCompounds(wuye, {});
    expect(all.length).toBe(4);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    expect(mine.every((c) => c.companyName === '红棉物业服务有限公司')).toBe(true);
    expect((await services.property.listCompounds(yeweihui, {})).map((c) => c.companyName)).toEqual([
      '红棉物业服务有限公司',
    ]);
  });

  it('a year of fees, ratings, quality index and the problem list', async () => {
    const jiedao = await ctxOf('jiedao');
    const fees = await services.property.fees(jiedao, { year });
    expect(fees.rate).toBeGreaterThan(0.8);
    const companies = await services.property.listCompanies(jiedao, { year: year - 1 });
    expect(companies.every((c) => c.rating?.state === 'published')).toBe(true);
    const ranking = await services.property.ranking(jiedao, { year: year - 1 });
    expect(ranking.length).toBeGreaterThan(4);
    expect(ranking.some((r) => r.stars === 5)).toBe(true);
    const todos = await services.property.todos(jiedao);
    expect(todos.map((x) => x.key)).toContain('property.to_rate');
    const shequ = await ctxOf('shequ');
    expect((await services.property.todos(shequ)).map((x) => x.key)).toEqual(
      expect.arrayContaining(['property.to_decide', 'property.issues_due']),
    );
  });
});

describe('demo: mediation (seed 003, Futian)', () => {
  it('loads in a few seconds', () => expect(mediationMs).toBeLessThan(15_000));

  it('about nine in ten settled, most in people’s mediation rooms; the mediator has cases to hear', async () => {
    const jiedao = await ctxOf('jiedao');
    const f = await services.mediation.figures(jiedao, { year });
    expect(f.concluded).toBeGreaterThan(20);
    expect(f.rate!).toBeGreaterThan(0.85);
    expect(f.inRoomsShare!).toBeGreaterThan(0.6);
    const tiaojie = await ctxOf('tiaojie');
    const mine = await services.mediation.listCases(tiaojie, { limit: 100, offset: 0 });
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((c) => c.roomName === '社区人民调解室')).toBe(true);
    expect((await services.mediation.todos(tiaojie)).map((x) => x.key)).toContain('mediation.to_hear');
  });
});
