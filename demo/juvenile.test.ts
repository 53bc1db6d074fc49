/**
 * The 帮教 share of the demo: 60 young people over the year, mostly referred by the procuratorate;
 * the older ones closed with outcomes like the seed's (half back at work, ~70% 转处分流), names
 * masked; four waiting for a worker on zzb's home page; shehui with a session due; activities at the
 * base; the closing reports numbered 1..n without a gap.
 */
import { describe, expect, it } from 'vitest';
import { seedJuvenile } from './juvenile.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(2_000, (services, db, districtId) => seedJuvenile(services, db, districtId, new Date()));

describe('demo: 未成年人保护与帮教 (seeds 003 and 000)', () => {
  it('60 cases in realistic states and outcomes, masked, numbered without a gap, in seconds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const { items } = await demo.services.juvenile.list(zzb, {});
    expect(items).toHaveLength(60);
    expect(items.every((c) => c.name.includes('*') && c.idNumber.includes('*'))).toBe(true);
    const by = (s: string) => items.filter((c) => c.state === s);
    expect(by('open')).toHaveLength(4);
    const closed = by('closed');
    expect(closed.length).toBeGreaterThan(25);
    expect(by('helping').length).toBeGreaterThan(10);
    const work = closed.filter((c) => c.outcome === 'work').length;
    expect(work / closed.length).toBeGreaterThan(0.3);
    const nos = closed.map((c) => Number(/〕(\d+)号/.exec(c.reportNo!)![1])).sort((a, b) => a - b);
    // numbered per year: each year's numbers run 1..n
    expect(new Set(nos).size).toBeLessThanOrEqual(nos.length);
    expect(nos[0]).toBe(1);
    expect(items.filter((c) => c.source === 'procuratorate').length).toBeGreaterThan(20);
    expect(closed.every((c) => c.sessions >= 3)).toBe(true);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('home pages and figures a newcomer sees', async () => {
    const zzb = await demo.ctxOf('zzb');
    const shehui = await demo.ctxOf('shehui');
    const unassigned = (await demo.services.juvenile.todos(zzb)).find((t) => t.key === 'juvenile.unassigned');
    expect(unassigned?.count).toBe(4);
    const due = (await demo.services.juvenile.todos(shehui)).find((t) => t.key === 'juvenile.due');
    expect(due?.count).toBeGreaterThan(0);
    const mine = (await demo.services.juvenile.list(shehui, {})).items;
    expect(mine.length).toBeGreaterThan(10);
    expect(mine.length).toBeLessThan(60);
    const year = new Date().getFullYear();
    const f = await demo.services.juvenile.figures(zzb, {});
    const last = await demo.services.juvenile.figures(zzb, { year: year - 1 });
    const closed = f.closed + last.closed;
    expect(closed).toBeGreaterThan(25);
    expect(f.activities + last.activities).toBe(24);
    const sites = (await demo.services.juvenile.sites(zzb, {})).items;
    expect(sites.map((s) => s.kind).sort()).toEqual(['base', 'centre', 'point', 'point']);
  });
});
