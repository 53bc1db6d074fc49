/**
 * The 示范创建 share of the demo: four programmes, about thirty declarations across the ladder,
 * 福民社区 named 全国 after 区级, 市级 and 省级; the to-dos of zzb, jiedao and shequ; four quarters of
 * the 先锋指数 with the weakest flagged.
 */
import { describe, expect, it } from 'vitest';
import { seedCreation } from './creation.ts';
import { useDemo } from './demo.testkit.ts';
import { shanghaiDay } from '../server/platform/time.ts';

const demo = useDemo(2_000, (services, db, districtId) => seedCreation(services, db, districtId, new Date()));
const year = Number(shanghaiDay().slice(0, 4));

describe('demo: 示范创建 and the 先锋指数 (seeds 000, 003, 004)', () => {
  it('four programmes, ~30 declarations in every state; 福民 climbed to 全国', async () => {
    const zzb = await demo.ctxOf('zzb');
    const { items: programmes } = await demo.services.creation.listProgrammes(zzb);
    expect(programmes.map((p) => p.name).sort()).toEqual([
      '儿童友好社区',
      '宜居社区',
      '模范机关',
      '民主法治示范社区',
    ]);
    const { items } = await demo.services.creation.list(zzb, {});
    expect(items.length).toBeGreaterThanOrEqual(28);
    expect(new Set(items.map((i) => i.state))).toEqual(
      new Set(['draft', 'submitted', 'prereviewed', 'publicity', 'named', 'not_named']),
    );
    const fumin = items
      .filter((i) => i.nodeName === '福民社区' && i.programmeName === '民主法治示范社区')
      .map((i) => [i.level, i.state, i.titleStatus]);
    expect(fumin.sort()).toEqual([
      ['city', 'named', 'valid'],
      ['district', 'named', 'valid'],
      ['national', 'named', 'valid'],
      ['province', 'named', 'valid'],
    ]);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('the to-dos: zzb reviews, jiedao pre-reviews, shequ self-assesses', async () => {
    const keys = async (u: string) =>
      (await demo.services.creation.todos(await demo.ctxOf(u))).map((t) => t.key);
    expect(await keys('zzb')).toContain('creation.review');
    expect(await keys('jiedao')).toEqual(
      expect.arrayContaining(['creation.prereview', 'creation.index_scoring']),
    );
    expect(await keys('shequ')).toContain('creation.self_assess');
  });

  it('four quarters of the index, ranked, the weakest flagged', async () => {
    const zzb = await demo.ctxOf('zzb');
    const v = await demo.services.creation.index(zzb, { year });
    expect(v.orgs.length).toBeGreaterThan(90);
    const q1 = v.orgs.map((o) => o.quarters[0]);
    // all but the district's own committee, which nobody in the district scores
    expect(q1.filter((x) => x.index === null)).toHaveLength(1);
    console.info(`creation demo step: ${demo.ms} ms`);
    expect(q1.filter((x) => x.flagged).length).toBeGreaterThanOrEqual(Math.ceil((v.orgs.length - 1) / 10));
    expect(q1.filter((x) => x.rank === 1).length).toBeGreaterThanOrEqual(1);
  });

  it('the departments named 模范机关 this year show it as a 加分项 on the year-end grades (zzb)', async () => {
    const zzb = await demo.ctxOf('zzb');
    const { rows } = await demo.services.partyorgs.grades(zzb, { nodeId: zzb.actor!.grants[0].nodeId, year });
    const titled = rows.filter((r) => r.bonuses.some((b) => b.title === '模范机关'));
    expect(titled.length).toBeGreaterThanOrEqual(2);
    expect(titled[0].bonuses[0]).toMatchObject({ source: 'creation', level: 'district', points: 2 });
  });
});
