/**
 * The marketplace's and volunteers' share of the demo: Putuo's 971 orders (844 accepted, every
 * rating good) and a year of Futian-style volunteering, loaded in seconds; the demo accounts
 * `shehui` and `jumin` have work waiting.
 */
import { describe, expect, it } from 'vitest';
import { useDemo } from './demo.testkit.ts';
import { seedServices } from './services.ts';
import { seedVolunteers } from './volunteers.ts';

const demo = useDemo(20_000, async (services, db, districtId) => {
  await seedServices(services, db, districtId, new Date());
  await seedVolunteers(services, db, districtId, new Date());
});

describe('the marketplace and volunteers demo', () => {
  it('loads in a few seconds', () => {
    console.info(`marketplace and volunteers demo seeded in ${(demo.ms / 1000).toFixed(1)} s`);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it("Putuo: the district's year shows 971 + 2 orders, 844 + 1 accepted, every rating good (seed 001)", async () => {
    const zzb = await demo.ctxOf('zzb');
    const b = await demo.services.services.boards(zzb, { nodeId: demo.districtId });
    // the two orders of the demo resident come on top of Putuo's year (when the year holds them all)
    expect(b.figures.placed).toBeGreaterThan(500);
    expect(b.figures.goodRate).toBe(100);
    expect(b.byAccepted.length).toBeGreaterThan(5);
    const all = await demo.t.db
      .selectFrom('services_orders')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(all.n)).toBe(973);
  });

  it('shehui has orders to accept; jumin one to rate and 17 hours, three short of a star', async () => {
    const shehui = await demo.services.services.todos(await demo.ctxOf('shehui'));
    expect(shehui.find((x) => x.key === 'services.to_accept')?.count).toBeGreaterThan(0);
    const jumin = await demo.ctxOf('jumin');
    expect((await demo.services.services.todos(jumin)).find((x) => x.key === 'services.to_rate')?.count).toBe(
      1,
    );
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const me = await demo.services.volunteers.myYear(jumin, year);
    expect(me.hours).toBe(17);
    expect(me.stars).toBe(0);
  });

  it('Futian: teams, volunteers from the register and hours per node (seed 003)', async () => {
    const zzb = await demo.ctxOf('zzb');
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const totals = await demo.services.volunteers.totals(zzb, demo.districtId, year);
    expect(totals.teams).toBeGreaterThan(100);
    expect(totals.volunteers).toBeGreaterThan(500);
    expect(totals.hours).toBeGreaterThan(1000);
    const stars = await demo.services.volunteers.starsByNode(zzb, demo.districtId, year);
    expect(stars.length).toBeGreaterThan(0);
  });
});
