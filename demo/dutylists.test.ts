/**
 * The responsibility lists of the demo: this year's and last year's lists for every organisation and
 * post, most items done and some late in red, three bulletins published this year, last year's
 * reports rated, 问责 records; something on the home page of zzb and shequ.
 */
import { describe, expect, it } from 'vitest';
import { seedDutylists } from './dutylists.ts';
import { useDemo } from './demo.testkit.ts';

const NOW = new Date();
const demo = useDemo(2_000, (services, db, districtId) => seedDutylists(services, db, districtId, NOW));

describe('demo: 主体责任清单 (seed 004)', () => {
  it('the lists: every street and community, the district’s departments and posts; mostly done, some late', async () => {
    const zzb = await demo.ctxOf('zzb');
    const year = NOW.getFullYear();
    const { lists } = await demo.services.dutylists.lists(zzb, { year });
    const kinds = new Set(lists.map((l) => l.kind));
    for (const k of [
      'district_committee',
      'discipline',
      'organisation_dept',
      'street_committee',
      'community_committee',
      'party_group',
      'secretary',
      'publicity_head',
    ])
      expect(kinds).toContain(k);
    expect(lists.filter((l) => l.kind === 'community_committee')).toHaveLength(95);
    const due = lists.reduce((s, l) => s + l.items, 0);
    expect(due).toBeGreaterThan(1000);
    const overdue = lists.reduce((s, l) => s + l.overdue, 0);
    expect(overdue).toBeGreaterThan(20);
    const last = (await demo.services.dutylists.lists(zzb, { year: year - 1 })).lists;
    const rate = last.reduce((s, l) => s + l.accepted, 0) / last.reduce((s, l) => s + l.items, 0);
    expect(rate).toBeGreaterThan(0.8);
    expect(rate).toBeLessThan(0.97);
    expect(demo.ms).toBeLessThan(60_000);
  });

  it('three bulletins published, last year’s reports rated, 问责 records; the home pages show work', async () => {
    const zzb = await demo.ctxOf('zzb');
    const shequ = await demo.ctxOf('shequ');
    const year = NOW.getFullYear();
    const bulletins = await demo.services.dutylists.bulletins(shequ);
    // the last three quarters ended, newest first
    expect(bulletins.map((b) => b.state)).toEqual(['published', 'published', 'published']);
    const q = Math.floor(NOW.getMonth() / 3);
    expect([bulletins[0].year, bulletins[0].quarter]).toEqual(q === 0 ? [year - 1, 4] : [year, q]);
    expect(bulletins[0].figures.ranking.length).toBeGreaterThan(50);
    expect(bulletins[0].figures.overdue.length).toBeGreaterThan(0);
    const reports = await demo.services.dutylists.reports(zzb, { year: year - 1 });
    expect(reports.length).toBeGreaterThan(95);
    expect(reports.every((r) => r.rating)).toBe(true);
    expect(new Set(reports.map((r) => r.rating)).size).toBeGreaterThan(1);
    const refs = await demo.services.dutylists.referrals(zzb, {});
    expect(refs.map((r) => r.exempt)).toContain(true);
    const keys = async (c: typeof zzb) => (await demo.services.dutylists.todos(c)).map((x) => x.key);
    expect(await keys(zzb)).toContain('dutylists.to_check');
    expect(await keys(shequ)).toEqual(expect.arrayContaining(['dutylists.due', 'dutylists.to_file']));
  });
});
