/**
 * The 双报到 share of the demo: fourteen 守望先锋队 and shequ's brand projects; members of departments
 * and streets reported, placed and serving all year; dangyuan and ganbu among them; the home pages
 * of shequ (to accept, to confirm), dangyuan (a pledge due) and bumen (feedback arrived).
 */
import { describe, expect, it } from 'vitest';
import { seedOutreach } from './outreach.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(2_000, (services, db, districtId) => seedOutreach(services, db, districtId, new Date()));

describe('demo: members reported to communities (seeds 003, 004)', () => {
  it('14 守望先锋队 and the brand projects; members placed and serving, in seconds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const { items: programmes } = await demo.services.outreach.programmes(zzb, {});
    expect(programmes.filter((p) => p.kind === 'watch')).toHaveLength(14);
    expect(new Set(programmes.map((p) => p.kind))).toEqual(
      new Set(['watch', 'pledge', 'sanmin', 'carnival', 'alliance']),
    );
    const { items } = await demo.services.outreach.list(zzb, {});
    expect(items.length).toBeGreaterThan(20);
    const by = (s: string) => items.filter((i) => i.state === s);
    expect(by('reported')).toHaveLength(2);
    expect(by('declined')).toHaveLength(1);
    expect(by('accepted').every((i) => i.programmeName)).toBe(true);
    expect(by('accepted').some((i) => i.rating)).toBe(true);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('dangyuan is placed in the 守望先锋队 with confirmed hours and a pledge due; ganbu is there too', async () => {
    const me = await demo.services.outreach.me(await demo.ctxOf('dangyuan'));
    expect(me.report).toMatchObject({
      state: 'accepted',
      programmeKind: 'watch',
      unitName: '区住房和建设局',
    });
    expect(me.report!.pledges.some((p) => p.state === 'fulfilled')).toBe(true);
    expect(me.report!.feedback).toBeNull();
    const ganbu = await demo.services.outreach.me(await demo.ctxOf('ganbu'));
    expect(ganbu.report?.state).toBe('accepted');
  });

  it('home pages: shequ accepts two and confirms services; dangyuan has a pledge due; bumen reads feedback', async () => {
    const keys = async (u: string) =>
      (await demo.services.outreach.todos(await demo.ctxOf(u))).map((x) => x.key);
    expect(await keys('shequ')).toEqual(['outreach.accept', 'outreach.confirm']);
    expect(await keys('dangyuan')).toEqual(['outreach.pledge_due']);
    expect(await keys('bumen')).toContain('outreach.feedback');
  });

  it('the figures: most accepted members were active this quarter; hours add up', async () => {
    const zzb = await demo.ctxOf('zzb');
    const f = await demo.services.outreach.figures(zzb, {});
    const home = f.communities[0];
    expect(home.reported).toBeGreaterThan(5);
    expect(home.hours).toBeGreaterThan(10);
    expect(f.kinds.find((k) => k.kind === 'watch')!.members).toBeGreaterThan(10);
  });
});
