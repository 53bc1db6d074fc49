/**
 * The campaigns share of the demo (seeds 004 and 002): a finished 棚改 with 830 households, 70 cadres,
 * 98.8% signed and 99.9% of residents moved out; a 土地整备 drive under way, 30% signed three months
 * ago and about 80% now; ganbu's team with overdue households and three signings waiting for jiedao.
 */
import { describe, expect, it } from 'vitest';
import { seedCampaigns } from './campaigns.ts';
import { useDemo } from './demo.testkit.ts';
import { shanghaiDay } from '../server/platform/time.ts';

const demo = useDemo(2_000, (services, db, districtId) =>
  seedCampaigns(services, db, districtId, new Date()),
);

describe('demo: sign-up drives 攻坚签约 (seeds 004, 002)', () => {
  it('the finished 棚改: 830 households, 70 cadres in 10 teams, 98.8% signed, 99.9% moved; in seconds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const list = await demo.services.campaigns.list(zzb, {});
    expect(list.map((c) => [c.kind, c.stage])).toEqual([
      ['land', 'signing'],
      ['shantytown', 'done'],
    ]);
    const shanty = list[1];
    expect(shanty.figures).toMatchObject({ households: 830, signed: 820, signRate: 98.8 });
    expect(shanty.figures.moveRate).toBeGreaterThanOrEqual(99.8);
    expect(shanty.figures.moveRate).toBeLessThan(100);
    const teams = await demo.services.campaigns.teams(zzb, shanty.id);
    expect(teams).toHaveLength(10);
    expect(teams.reduce((a, t) => a + t.members.length, 0)).toBe(70);
    const b = await demo.services.campaigns.bulletin(zzb, shanty.id, {});
    expect(b.no).toBeGreaterThan(130);
    expect(b.series.at(-1)!.signRate).toBe(98.8);
    expect(b.series[0].signRate).toBe(0);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('the 土地整备 drive: 30% signed when the cadres came, about 80% now; ganbu and jiedao have work', async () => {
    const jiedao = await demo.ctxOf('jiedao');
    const [land] = await demo.services.campaigns.list(jiedao, {});
    expect(land.figures.households).toBe(150);
    expect(land.figures.signRate).toBe(80);
    const b = await demo.services.campaigns.bulletin(jiedao, land.id, {});
    const ninetyDaysAgo = b.series.find(
      (p) => p.date === shanghaiDay(new Date(Date.now() - 90 * 86_400_000)),
    );
    expect(ninetyDaysAgo?.signRate).toBeGreaterThanOrEqual(28);
    expect(ninetyDaysAgo?.signRate).toBeLessThanOrEqual(32);
    expect(b.teams).toHaveLength(4);
    expect((await demo.services.campaigns.confirmations(jiedao, land.id)).map((r) => r.kind)).toEqual([
      'sign',
      'sign',
      'sign',
    ]);
    const keys = async (u: string) =>
      (await demo.services.campaigns.todos(await demo.ctxOf(u))).map((x) => x.key);
    expect(await keys('ganbu')).toEqual(['campaigns.overdue']);
    expect(await keys('jiedao')).toEqual(['campaigns.confirmations']);
    const ganbu = await demo.ctxOf('ganbu');
    const mine = await demo.services.campaigns.list(ganbu, {});
    expect(mine.map((c) => c.id)).toEqual([land.id]);
    expect(mine[0].myTeamId).not.toBeNull();
    const part = await demo.services.campaigns.participation(
      land.id && demo.districtId,
      '2000-01-01',
      '2100-01-01',
    );
    expect(part.find((p) => p.userId === ganbu.actor!.userId)?.visits).toBeGreaterThan(10);
  });
});
