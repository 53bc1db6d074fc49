/**
 * The 结对联系 share of the demo (seed 001, Beilun): most outflowing members paired, a year of
 * monthly contacts with gaps, the demo party member keeping in touch with a member of the demo
 * community, and members of that community still to pair — loaded in seconds.
 */

import { describe, expect, it } from 'vitest';
import { shanghaiDay } from '../server/platform/time.ts';
import { seedPairing } from './pairing.ts';
import { seedPartymembers } from './partymembers.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(
  20_000,
  (services, db, districtId) => seedPairing(services, db, districtId, shanghaiDay()),
  { before: (services, db, districtId) => seedPartymembers(services, db, districtId, shanghaiDay()) },
);

describe('demo: a year of 结对联系 (seed 001 Beilun)', () => {
  it('most outflowing members are paired and the pairs kept in touch most months, with gaps', async () => {
    const p = demo.services.partymembers.pairing;
    const pairs = await p.listPairs(await demo.ctxOf('jiedao'), { status: 'active', limit: 200, offset: 0 });
    expect(pairs.total).toBeGreaterThan(10);
    const risks = pairs.items.map((x) => x.risk);
    expect(risks).toContain('ok');
    expect(risks).toContain('red');
    const d = await p.getPair(await demo.ctxOf('jiedao'), pairs.items.find((x) => x.risk === 'ok')!.id);
    expect(d.months.filter((m) => m.mark === 'contacted').length).toBeGreaterThan(5);
    const help = await p.listHelp(await demo.ctxOf('jiedao'), {});
    expect(help.some((h) => h.status === 'helped')).toBe(true);
  });

  it('dangyuan keeps in touch with a member of the demo community; two are left for shequ to pair', async () => {
    const mine = await demo.services.partymembers.pairing.myPairs(await demo.ctxOf('dangyuan'));
    expect(mine.items.length).toBeGreaterThanOrEqual(1);
    const left = await demo.services.partymembers.pairing.unpaired(await demo.ctxOf('shequ'));
    expect(left.length).toBeGreaterThanOrEqual(2);
    // dangyuan may keep in touch with them too (the e2e pairs one)
    const cands = await demo.services.partymembers.pairing.candidates(
      await demo.ctxOf('shequ'),
      left[0].memberId,
    );
    expect(cands.map((c) => c.personId)).toContain((await demo.ctxOf('dangyuan')).actor!.personId);
  });

  it('loads in a few seconds', () => {
    expect(demo.ms).toBeLessThan(20_000);
  });
});
