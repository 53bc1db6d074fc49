/**
 * The 稳评 share of the demo: 30 major decisions over the year, every decided one assessed and
 * confirmed first (100%), mixed levels with the market relocation 暂缓 at 高 and the land
 * preparation reassessed; two waiting for zzb's review; a measure due this week on bumen's page.
 */
import { describe, expect, it } from 'vitest';
import { seedStability } from './stability.ts';
import { useDemo } from './demo.testkit.ts';
import { shanghaiDay } from '../server/platform/time.ts';

const demo = useDemo(2_000, (services, db, districtId) =>
  seedStability(services, db, districtId, new Date()),
);

describe('demo: major-decision risk assessments (seed 003)', () => {
  it('30 decisions in realistic fields, mixed levels, one 暂缓, in seconds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const { items } = await demo.services.stability.list(zzb, {});
    expect(items).toHaveLength(30);
    expect(new Set(items.map((i) => i.field)).size).toBeGreaterThanOrEqual(6);
    const by = (s: string) => items.filter((i) => i.state === s);
    expect(by('suspended').map((i) => [i.title, i.level])).toEqual([['福田农批市场搬迁', 'high']]);
    expect(by('decided').length).toBeGreaterThan(20);
    expect(by('review')).toHaveLength(2);
    expect(by('dropped')).toHaveLength(1);
    const levels = new Set(by('decided').map((i) => i.level));
    expect(levels).toEqual(new Set(['low', 'mid']));
    const land = items.find((i) => i.title === '福田河片区土地整备项目')!;
    const d = await demo.services.stability.view(zzb, land.id);
    expect(d).toMatchObject({ state: 'decided', round: 2, level: 'mid', outcome: 'with_measures' });
    expect(d.history[0]).toMatchObject({ round: 1, confirmedLevel: 'high' });
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('the figures: every decision assessed before it was taken; measures mostly on time; incidents', async () => {
    const zzb = await demo.ctxOf('zzb');
    const year = Number(shanghaiDay().slice(0, 4));
    const node = { id: demo.districtId, districtId: demo.districtId, path: '', level: 'district' };
    const n = await demo.t.db
      .selectFrom('org_nodes')
      .select('path')
      .where('id', '=', demo.districtId)
      .executeTakeFirstOrThrow();
    const figs = await demo.services.stability.stats(zzb, { ...node, path: n.path }, year);
    const f = (k: string) => figs.find((x) => x.key === `stability.${k}`)!.value;
    expect(f('assessed_before')).toBe(100);
    expect(f('low_share')!).toBeGreaterThan(f('mid_share')!);
    expect(f('high_share')!).toBeGreaterThan(0);
    expect(f('measures_on_time')!).toBeGreaterThan(60);
    expect(f('measures_on_time')!).toBeLessThan(100);
  });

  it('home pages: zzb reviews two assessments; bumen has a measure due this week', async () => {
    const keys = async (u: string) =>
      (await demo.services.stability.todos(await demo.ctxOf(u))).map((x) => [x.key, x.count]);
    expect(await keys('zzb')).toEqual(expect.arrayContaining([['stability.review', 2]]));
    const bumen = await demo.services.stability.todos(await demo.ctxOf('bumen'));
    const due = bumen.find((x) => x.key === 'stability.measures_due');
    expect(due?.entries?.map((e) => e.title).join()).toContain('福田河片区土地整备项目');
  });
});
