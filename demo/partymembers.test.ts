/**
 * The mobile party members' share of the demo (seed 001, Beilun): a year of inflow and outflow
 * members, the street's return code, vanguard teams with services, loaded in seconds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../server/platform/access/access.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { useDemo } from './demo.testkit.ts';
import { seedPartymembers } from './partymembers.ts';

const demo = useDemo(20_000, (services, db, districtId) =>
  seedPartymembers(services, db, districtId, shanghaiDay()),
);
let street: RequestContext;
beforeAll(async () => {
  street = await demo.ctxOf('jiedao');
});

describe('demo: a year of mobile party members (seed 001 Beilun)', () => {
  it('Beilun: the street has inflow and outflow members over the year, a return code and vanguard services', async () => {
    const nodeId = street.actor!.grants[0].nodeId;
    const list = await demo.services.partymembers.list(street, { nodeId, limit: 200, offset: 0 });
    expect(list.total).toBeGreaterThan(20);
    const a = await demo.services.partymembers.analysis(street, {
      nodeId,
      year: Number(shanghaiDay().slice(0, 4)),
    });
    expect(a.active.in + a.active.out).toBeGreaterThan(20);
    expect((await demo.services.partymembers.codes(street, nodeId, 'http://x')).length).toBe(1);
    const teams = await demo.services.partymembers.teams(street, { nodeId });
    expect(teams.length).toBeGreaterThan(0);
    expect(list.items.some((m) => m.missing.length > 0)).toBe(true);
  });

  it('loads in a few seconds', () => {
    expect(demo.ms).toBeLessThan(15_000);
  });
});
