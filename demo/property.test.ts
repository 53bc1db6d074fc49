/**
 * The property and mediation share of the demo: a year of each, loaded on a first start in seconds,
 * with something on every page for the demo accounts (wuye, yeweihui, tiaojie, jiedao, shequ).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { useDemo } from './demo.testkit.ts';
import { seedMediation } from './mediation.ts';
import { seedProperty } from './property.ts';

let propertyMs = 0;
let mediationMs = 0;
const demo = useDemo(20_000, async (services, db, districtId) => {
  let t0 = Date.now();
  await seedProperty(services, db, districtId, new Date());
  propertyMs = Date.now() - t0;
  t0 = Date.now();
  await seedMediation(services, db, districtId, new Date());
  mediationMs = Date.now() - t0;
});
const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
afterAll(() => {
  console.info(`property demo ${propertyMs} ms, mediation demo ${mediationMs} ms`);
});

describe('demo: property (seed 001, Longquan)', () => {
  it('loads in a few seconds', () => expect(propertyMs).toBeLessThan(15_000));

  it('the staff account sees its company’s compounds only; the 业委会 account its compound', async () => {
    const wuye = await demo.ctxOf('wuye');
    const yeweihui = await demo.ctxOf('yeweihui');
    const shequ = await demo.ctxOf('shequ');
    const all = await demo.services.property.listCompounds(shequ, {});
    const mine = await demo.services.property.listCompounds(wuye, {});
    expect(all.length).toBe(4);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    expect(mine.every((c) => c.companyName === '红棉物业服务有限公司')).toBe(true);
    expect((await demo.services.property.listCompounds(yeweihui, {})).map((c) => c.companyName)).toEqual([
      '红棉物业服务有限公司',
    ]);
  });

  it('a year of fees, ratings, quality index and the problem list', async () => {
    const jiedao = await demo.ctxOf('jiedao');
    const fees = await demo.services.property.fees(jiedao, { year });
    expect(fees.rate).toBeGreaterThan(0.8);
    const companies = await demo.services.property.listCompanies(jiedao, { year: year - 1 });
    expect(companies.every((c) => c.rating?.state === 'published')).toBe(true);
    const ranking = await demo.services.property.ranking(jiedao, { year: year - 1 });
    expect(ranking.length).toBeGreaterThan(4);
    expect(ranking.some((r) => r.stars === 5)).toBe(true);
    const todos = await demo.services.property.todos(jiedao);
    expect(todos.map((x) => x.key)).toContain('property.to_rate');
    const shequ = await demo.ctxOf('shequ');
    expect((await demo.services.property.todos(shequ)).map((x) => x.key)).toEqual(
      expect.arrayContaining(['property.to_decide', 'property.issues_due']),
    );
  });
});

describe('demo: mediation (seed 003, Futian)', () => {
  it('loads in a few seconds', () => expect(mediationMs).toBeLessThan(15_000));

  it('about nine in ten settled, most in people’s mediation rooms; the mediator has cases to hear', async () => {
    const jiedao = await demo.ctxOf('jiedao');
    const f = await demo.services.mediation.figures(jiedao, { year });
    expect(f.concluded).toBeGreaterThan(20);
    expect(f.rate!).toBeGreaterThan(0.85);
    expect(f.inRoomsShare!).toBeGreaterThan(0.6);
    const tiaojie = await demo.ctxOf('tiaojie');
    const mine = await demo.services.mediation.listCases(tiaojie, { limit: 100, offset: 0 });
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((c) => c.roomName === '社区人民调解室')).toBe(true);
    expect((await demo.services.mediation.todos(tiaojie)).map((x) => x.key)).toContain('mediation.to_hear');
  });
});
