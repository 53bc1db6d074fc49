/**
 * The 信访 share of the demo (seed 003 福田): 11 访前法律工作室 and the 心访工作室; a year of visits with
 * most guided to legal channels (about seven in ten of those to people's mediation) and success and
 * agreement-execution rates about 95%; something on the home page of tiaojie, bumen, jumin and jiedao.
 */
import { describe, expect, it } from 'vitest';
import { seedPetitions } from './petitions.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(2_000, (services, db, districtId) =>
  seedPetitions(services, db, districtId, new Date()),
);

describe('demo: 信访 with 访前法律工作室 (seed 003)', () => {
  it('11 legal studios and the 心访 ones; a year of visits in the seed’s proportions; in seconds', async () => {
    const jiedao = await demo.ctxOf('jiedao');
    const studios = await demo.services.petitions.studios.list(await demo.ctxOf('zzb'), {});
    expect(studios.filter((s) => s.kind === 'legal')).toHaveLength(11);
    expect(studios.filter((s) => s.kind === 'psych').length).toBeGreaterThanOrEqual(2);
    const mine = (await demo.services.petitions.studios.list(await demo.ctxOf('tiaojie'), {})).filter(
      (s) => s.mine,
    );
    expect(mine).toHaveLength(1);
    const f = await demo.services.petitions.figures(await demo.ctxOf('zzb'), {});
    expect(f.visits).toBeGreaterThan(new Date().getUTCMonth() * 60);
    expect(f.guidedRate).toBeGreaterThan(70);
    expect(f.successRate).toBeGreaterThanOrEqual(93);
    expect(f.executionRate).toBeGreaterThanOrEqual(93);
    expect(f.mediationShare).toBeGreaterThan(60);
    expect(f.mediationShare).toBeLessThan(80);
    expect(f.onTimeRate).toBeGreaterThan(80);
    expect(f.repeatShare).toBeGreaterThan(2);
    expect((await demo.services.petitions.figures(jiedao, {})).visits).toBeLessThan(f.visits);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('the home pages: tiaojie triages today’s visits, bumen replies, jumin rates; a 集体访 waits', async () => {
    const keys = async (u: string) =>
      (await demo.services.petitions.todos(await demo.ctxOf(u))).map((x) => [x.key, x.count] as const);
    const triage = (await keys('tiaojie')).find((k) => k[0] === 'petitions.to_triage');
    expect(triage?.[1]).toBeGreaterThanOrEqual(3); // today's three and the last days' not yet triaged
    expect((await keys('bumen')).map((k) => k[0])).toContain('petitions.to_reply');
    expect(await keys('jumin')).toEqual([['petitions.to_rate', 1]]);
    const list = await demo.services.petitions.visits.list(await demo.ctxOf('jumin'), { mine: '1' });
    expect(list[0]).toMatchObject({ state: 'replied', actions: ['rate', 'review'] });
    const shequ = await demo.services.petitions.visits.list(await demo.ctxOf('shequ'), {});
    expect(shequ.some((v) => v.collective && v.state === 'registered')).toBe(true);
  });
});
