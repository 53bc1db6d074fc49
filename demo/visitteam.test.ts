/**
 * The 文明巡访团 share of the demo: a roster, a year of monthly rounds with findings, most fixed; shequ
 * has the last round's findings to fix, zzb a round in four days without members.
 */
import { describe, expect, it } from 'vitest';
import { seedVisitteam } from './visitteam.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(2_000, (services, db, districtId) =>
  seedVisitteam(services, db, districtId, new Date()),
);

describe('demo: the civilisation visiting team (seed 003)', () => {
  it('a roster and a year of monthly rounds with findings, most fixed, in seconds', async () => {
    const r = await demo.services.visitteam.overview(await demo.ctxOf('zzb'), {});
    expect(r.members).toHaveLength(16);
    expect(r.members.filter((m) => !m.inTerm)).toHaveLength(2);
    expect(r.members.every((m) => m.phone.includes('****'))).toBe(true);
    const year = r.figures.year;
    let rounds = 0;
    for (const y of [year - 1, year, year + 1])
      rounds += (await demo.services.visitteam.overview(await demo.ctxOf('zzb'), { year: y })).rounds.length;
    expect(rounds).toBe(14);
    expect(r.figures.findings).toBeGreaterThan(0);
    expect(r.figures.fixedShare!).toBeGreaterThan(50);
    expect(r.figures.fixedShare!).toBeLessThan(100);
    expect(demo.ms).toBeLessThan(60_000);
  });

  it("shequ sees its community's rounds and has findings to fix; zzb has a round without members", async () => {
    const shequ = await demo.ctxOf('shequ');
    const mine = await demo.services.visitteam.overview(shequ, {});
    expect(mine.members).toEqual([]);
    expect(mine.rounds.length).toBeGreaterThan(0);
    const todos = await demo.services.visitteam.todos(shequ);
    expect(todos.find((x) => x.key === 'visitteam.to_fix')?.count).toBeGreaterThan(0);
    const zzbTodos = await demo.services.visitteam.todos(await demo.ctxOf('zzb'));
    expect(zzbTodos.find((x) => x.key === 'visitteam.unstaffed')?.count).toBe(1);
    const held = mine.rounds.find((x) => x.state === 'held' && x.findings > 0)!;
    const v = await demo.services.visitteam.view(shequ, held.id);
    expect(v.findingList.length).toBe(held.findings);
    expect(v.can).toEqual({ staff: false, record: false, fix: true });
  });
});
