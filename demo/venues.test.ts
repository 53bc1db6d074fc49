/**
 * The venues share of the demo (seed 003 福田 "1+95+N"): the district centre, a centre in every
 * community and 30 alliance members (28 still in); ~15,000 m²; a year of bookings mostly held;
 * bookings ahead for jumin and dangyuan; approvals waiting for zzb and jiedao.
 */
import { describe, expect, it } from 'vitest';
import { seedVenues } from './venues.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(2_000, (services, db, districtId) => seedVenues(services, db, districtId, new Date()));

describe('demo: the 党群服务阵地联盟 (seed 003)', () => {
  it('1 + 95 + N venues, every community covered, ~15,000 m², in seconds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const list = (await demo.services.venues.list(zzb, {})).venues;
    const count = (level: string) => list.filter((v) => v.level === level).length;
    expect([count('district'), count('community'), count('member')]).toEqual([1, 95, 28]);
    const f = await demo.services.venues.figures(zzb, {});
    expect(f.coverage).toEqual({ communities: 95, withCentre: 95, share: 100 });
    const area = list.reduce((s, v) => s + v.areaM2, 0);
    expect(area).toBeGreaterThan(12_000);
    expect(area).toBeLessThan(25_000);
    // every street declared its population: m² per 10,000 residents near 福田's ~100
    for (const s of f.streets) {
      expect(s.populationSource).toBe('declared');
      expect(s.m2Per10k).toBeGreaterThan(40);
      expect(s.m2Per10k).toBeLessThan(250);
    }
    // a year of bookings: community centres used on some hours, never more than open
    const centres = f.venues.filter((v) => v.level === 'community');
    const mean = centres.reduce((s, v) => s + (v.utilisation ?? 0), 0) / centres.length;
    expect(mean).toBeGreaterThan(5);
    expect(mean).toBeLessThan(40);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('the home pages: jumin’s bookings ahead, approvals waiting for zzb and jiedao, activities with attendance', async () => {
    const keys = async (u: string) =>
      (await demo.services.venues.todos(await demo.ctxOf(u))).map((x) => [x.key, x.count]);
    expect(await keys('jumin')).toEqual([['venues.upcoming', 2]]);
    expect(await keys('zzb')).toEqual([['venues.pending', 3]]);
    expect(await keys('jiedao')).toEqual([['venues.pending', 1]]);
    const mine = await demo.services.venues.mine(await demo.ctxOf('jumin'));
    expect(mine.filter((b) => b.state === 'held').length).toBeGreaterThan(5);
    const shequ = await demo.ctxOf('shequ');
    const acts = await demo.services.venues.activities(shequ, {});
    expect(acts.length).toBeGreaterThan(100);
    expect(acts.every((a) => (a.attendance ?? 0) > 0)).toBe(true);
    const near = await demo.services.venues.near(await demo.ctxOf('jumin'), {
      nodeId: shequ.actor!.grants[0].nodeId,
      km: 1,
    });
    expect(near.venues[0]).toMatchObject({ level: 'community', walkMinutes: 0 });
  });
});
