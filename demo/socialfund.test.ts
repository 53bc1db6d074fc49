/**
 * The socialfund share of the demo: eight rounds of the 社会建设专项资金, seven published with their
 * projects evaluated and this year's in review; the party innovation fund for the demo's committees;
 * something on the home page of zzb, bumen, shehui and jiedao; the figures of this year.
 */
import { describe, expect, it } from 'vitest';
import { seedServices } from './services.ts';
import { seedSocialfund } from './socialfund.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(
  2_000,
  (services, db, districtId) => seedSocialfund(services, db, districtId, new Date()),
  { before: (services, db, districtId) => seedServices(services, db, districtId, new Date()) },
);

describe('demo: 社会建设专项资金 and 党建创新项目启动资金 (seed 003)', () => {
  it('eight rounds of the social fund, the last in review; the party fund for the committees; in seconds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const { funds } = await demo.services.socialfund.listFunds(zzb);
    expect(funds.map((f) => [f.kind, f.yearlyBudgetFen])).toEqual([
      ['social', 20_000_000_00],
      ['party', 16_000_000_00],
    ]);
    const rounds = funds[0].rounds;
    expect(rounds.map((r) => r.roundNo)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    expect(rounds.map((r) => r.state)).toEqual(['review', ...Array(7).fill('published')]);
    for (const r of rounds.slice(1)) {
      expect(r.funded).toBeGreaterThanOrEqual(2);
      expect(r.allocatedFen).toBeLessThanOrEqual(r.budgetFen);
    }
    expect(rounds[0].callOpen).toBe(false);
    expect(funds[1].rounds.map((r) => r.funded)).toEqual([2, 2]);
    const applicants = new Set(
      (await demo.services.socialfund.listApplications(zzb, {})).map((a) => a.applicantName),
    );
    expect(applicants.size).toBeGreaterThanOrEqual(6);
    expect(demo.ms).toBeLessThan(60_000);
  });

  it('the home pages: zzb checks, bumen scores, shehui and jiedao owe progress reports', async () => {
    const keys = async (u: string) =>
      (await demo.services.socialfund.todos(await demo.ctxOf(u))).map((x) => [x.key, x.count]);
    expect(await keys('zzb')).toContainEqual(['socialfund.to_check', 2]);
    expect(await keys('bumen')).toEqual([['socialfund.to_score', 3]]);
    expect(await keys('shehui')).toEqual([['socialfund.reports_due', 1]]);
    expect(await keys('jiedao')).toEqual([['socialfund.reports_due', 1]]);
  });

  it('a published round reads as the public list; the figures cover last year’s rounds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const last = (await demo.services.socialfund.listFunds(zzb)).funds[0].rounds[1];
    const pub = await demo.services.socialfund.published(last.id);
    expect(pub.projects.length).toBe(last.funded);
    expect(pub.totalFen).toBe(last.allocatedFen);
    const node = { id: demo.districtId, districtId: demo.districtId, path: '', level: 'district' };
    node.path = (
      await demo.t.db
        .selectFrom('org_nodes')
        .select('path')
        .where('id', '=', demo.districtId)
        .executeTakeFirstOrThrow()
    ).path;
    const figs = await demo.services.socialfund.stats(zzb, node, last.year);
    const fig = (k: string) => figs.find((f) => f.key === `socialfund.${k}`)!;
    expect(fig('funded').value).toBe(last.funded + 2);
    expect(fig('average_grant').value).toBeGreaterThan(50_000);
    expect(fig('budget_used').series).toHaveLength(2);
    expect(fig('pass_share').value).toBeGreaterThan(70);
  });
});
