/**
 * The party-organisation quality share of the demo (seed 004, Luohu): a year of 5W1H activities,
 * the menu, grades and secretaries' reports, loaded in seconds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../server/platform/access/access.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { useDemo } from './demo.testkit.ts';
import { seedPartyorgs } from './partyorgs.ts';

const demo = useDemo(20_000, (services, db) => seedPartyorgs(services, db, shanghaiDay()));
let street: RequestContext;
beforeAll(async () => {
  street = await demo.ctxOf('jiedao');
});

describe('demo: a year of party-organisation quality (seed 004 Luohu)', () => {
  it('Luohu: the street has 5W1H activities mostly recorded, graded organisations and rated reports (seed 004)', async () => {
    const nodeId = street.actor!.grants[0].nodeId;
    const year = Number(shanghaiDay().slice(0, 4));
    const acts = await demo.services.partyorgs.activities(street, { nodeId, year });
    expect(acts.length).toBeGreaterThan(50);
    expect(acts.some((a) => a.status === 'recorded')).toBe(true);
    const g = await demo.services.partyorgs.grades(street, { nodeId, year: year - 1 });
    expect(Object.values(g.levels).reduce((a, b) => a + b, 0)).toBe(9);
    expect((await demo.services.partyorgs.reports(street, { nodeId, year })).length).toBe(8);
    expect((await demo.services.partyorgs.menu(street, nodeId)).some((m) => m.orders > 0)).toBe(true);
  });

  it('seed 000 重大项目: the street has temporary party organisations with planned ends, one overdue on the officer’s list', async () => {
    const todos = await demo.services.partyorgs.todos(street);
    expect(todos.find((x) => x.key === 'partyorgs.temporary_overdue')?.count).toBe(1);
    const node = await demo.t.db
      .selectFrom('org_nodes')
      .select(['id', 'district_id as districtId', 'path', 'level'])
      .where('id', '=', street.actor!.grants[0].nodeId)
      .executeTakeFirstOrThrow();
    const v = Object.fromEntries(
      (await demo.services.partyorgs.stats(street, node, Number(shanghaiDay().slice(0, 4)))).map((s) => [
        s.key,
        s.value,
      ]),
    );
    expect(v['partyorgs.temporary_active']).toBe(2);
    expect(v['partyorgs.temporary_overdue']).toBe(1);
  });

  it('loads in a few seconds', () => {
    expect(demo.ms).toBeLessThan(15_000);
  });
});
