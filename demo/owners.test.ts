/**
 * The owners share of the demo: every street compound with its register, the demo compound's
 * committee due for 换届, this year's assemblies closed with gapless notices (the maintenance-fund
 * matter failing the 3/4 rule), one assembly open with paper ballots to confirm and jumin's vote.
 */
import { describe, expect, it } from 'vitest';
import { seedProperty } from './property.ts';
import { seedOwners } from './owners.ts';
import { useDemo } from './demo.testkit.ts';
import { shanghaiDay } from '../server/platform/time.ts';

const demo = useDemo(2_000, (services, db, districtId) => seedOwners(services, db, districtId, new Date()), {
  before: (services, db, districtId) => seedProperty(services, db, districtId, new Date()),
});

describe('demo: owners’ assemblies and 业委会 (seeds 001, 004)', () => {
  it('registers, closed assemblies with gapless notices, an open one, in about three seconds', async () => {
    const street = await demo.ctxOf('jiedao');
    const year = Number(shanghaiDay().slice(0, 4));
    const compounds = (await demo.services.owners.compounds(street, {})).items;
    expect(compounds.length).toBeGreaterThanOrEqual(10);
    expect(compounds.every((c) => c.owners >= 18 && c.units > c.owners)).toBe(true);
    const { items } = await demo.services.owners.list(street, {});
    const closed = items.filter((a) => a.state === 'closed');
    expect(
      closed
        .map((a) => a.noticeNo)
        .filter((n) => n?.includes(`〔${year}〕`))
        .sort(),
    ).toEqual([1, 2, 3].map((n) => `业主大会表决公告〔${year}〕${n}号`));
    const withFund = closed.find((a) => a.title.endsWith('第 1 次业主大会'))!;
    const v = await demo.services.owners.view(street, withFund.id);
    expect(v.matters.map((m) => [m.kind, m.passed])).toEqual([
      ['ordinary', true],
      ['major', false],
    ]);
    expect(items.filter((a) => a.state === 'open')).toHaveLength(1);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('the to-dos a newcomer sees: jumin’s ballot, paper ballots to confirm, vetting, the 换届', async () => {
    const keys = async (u: string) =>
      (await demo.services.owners.todos(await demo.ctxOf(u))).map((t) => t.key);
    expect(await keys('jumin')).toEqual(['owners.vote']);
    expect(await keys('yeweihui')).toContain('owners.confirm');
    expect(await keys('shequ')).toEqual(expect.arrayContaining(['owners.vet', 'owners.renewal']));
    const elections = (await demo.services.owners.listElections(await demo.ctxOf('shequ'), {})).items;
    const elected = elections.find((e) => e.state === 'elected')!;
    expect(elected).toMatchObject({ elected: 5, renewalDue: true });
    const e = await demo.services.owners.election(await demo.ctxOf('shequ'), elected.id);
    expect(e.partyShare).toBeGreaterThan(0);
    expect(e.candidatesList.find((c) => c.vetting === 'rejected')?.vetReason).toContain('物业费');
  });
});
