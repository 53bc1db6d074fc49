/**
 * The 正向激励 share of the demo: about sixty grants across the four areas through the year, three
 * proposals waiting for zzb, the demo cadre ganbu with a rest period taken and one waiting for
 * bumen, care with follow-ups due on bumen's page, and the 37 talks with low-score cadres (seed 000).
 */
import { describe, expect, it } from 'vitest';
import { seedIncentives } from './incentives.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(2_000, (services, db, districtId) =>
  seedIncentives(services, db, districtId, new Date()),
);

describe('demo: positive incentives and care (seeds 004, 000)', () => {
  it('a year of grants in all four areas, numbered decisions, in seconds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const { items } = await demo.services.incentives.grants.list(zzb, {});
    const approved = items.filter((g) => g.state === 'approved');
    expect(approved.length).toBeGreaterThan(40);
    expect(new Set(approved.map((g) => g.area))).toEqual(new Set(['political', 'work', 'spirit', 'life']));
    expect(items.filter((g) => g.state === 'rejected')).toHaveLength(1);
    expect(new Set(approved.map((g) => g.decisionNo)).size).toBe(approved.length);
    const f = await demo.services.incentives.figures(zzb, {});
    expect(f.talks).toBe(37);
    expect(f.cadres).toBeGreaterThan(20);
    expect(f.restDays).toBe(5);
    expect(new Set(f.byMonth.map((m) => m.month)).size).toBeGreaterThan(6);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('home pages: zzb approves three proposals; bumen a rest period and two follow-ups; ganbu has rest left', async () => {
    const keys = async (u: string) =>
      Object.fromEntries(
        (await demo.services.incentives.todos(await demo.ctxOf(u))).map((x) => [x.key, x.count]),
      );
    expect(await keys('zzb')).toMatchObject({ 'incentives.proposals': 3 });
    expect(await keys('bumen')).toMatchObject({ 'incentives.rests': 1, 'incentives.follow_ups': 2 });
    const mine = await demo.services.incentives.rests.mine(await demo.ctxOf('ganbu'));
    expect(mine.rests.map((r) => r.state).sort()).toEqual(['approved', 'requested']);
    expect(mine.rests.find((r) => r.state === 'approved')?.noticeNo).toMatch(/^休整〔\d{4}〕1号$/);
    expect(await keys('ganbu')).toMatchObject({ 'incentives.entitled': 1 });
  });
});
