/**
 * The 契约化党建 share of the demo: shequ's four contracts in force with 3–5 units (住建局 signed by
 * bumen), ten round tables held, 卫健局 flagged for three absences in a row, resolutions as projects;
 * shequ's to-dos (this month's round table, an overdue project) and bumen's contract to sign.
 */
import { describe, expect, it } from 'vitest';
import { seedCompacts } from './compacts.ts';
import { useDemo } from './demo.testkit.ts';
import { shanghaiDay } from '../server/platform/time.ts';

const demo = useDemo(2_000, (services, db, districtId) => seedCompacts(services, db, districtId, new Date()));

describe('demo: branch contracts and monthly round tables (seed 001 鄞州)', () => {
  it("shequ's four contracts in force, bumen's unit a party, 卫健局 flagged, in seconds", async () => {
    const shequ = await demo.ctxOf('shequ');
    const { items } = await demo.services.compacts.list(shequ, {});
    expect(items).toHaveLength(4);
    expect(items.every((c) => c.inForce)).toBe(true);
    expect(items.map((c) => c.unitName)).toContain('区住房和建设局');
    expect(items.filter((c) => c.flagged).map((c) => c.unitName)).toEqual(['区卫生健康局']);
    expect(items.reduce((s, c) => s + c.projectsOverdue, 0)).toBe(1);
    const bumen = await demo.services.compacts.list(await demo.ctxOf('bumen'), {});
    expect(bumen.items.map((c) => c.state).sort()).toEqual(['draft', 'signed']);
    const zjj = items.find((c) => c.unitName === '区住房和建设局')!;
    const c = await demo.services.compacts.view(await demo.ctxOf('bumen'), zjj.id);
    expect(c.unitSigner).toContain('张局长');
    expect(c.items.filter((i) => i.meetingMonth).length).toBeGreaterThanOrEqual(3);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('round tables: ten held with minutes and resolutions, this month scheduled and owed', async () => {
    const shequ = await demo.ctxOf('shequ');
    const year = Number(shanghaiDay().slice(0, 4));
    const all = (
      await Promise.all([year - 1, year].map((y) => demo.services.compacts.meetings(shequ, { year: y })))
    ).flatMap((x) => x.items);
    const held = all.filter((m) => m.state === 'held');
    expect(held).toHaveLength(10);
    expect(held.every((m) => m.expected === 4)).toBe(true);
    expect(held.reduce((s, m) => s + m.resolutions, 0)).toBe(10);
    const now = await demo.services.compacts.meetings(shequ, { year });
    expect(now.due).toHaveLength(1);
    expect(now.due[0].meetingId).not.toBeNull();
  });

  it('home pages and the dashboard', async () => {
    const keys = async (u: string) =>
      (await demo.services.compacts.todos(await demo.ctxOf(u))).map((x) => x.key);
    expect(await keys('shequ')).toEqual(expect.arrayContaining(['compacts.round_table', 'compacts.overdue']));
    expect(await keys('bumen')).toEqual(['compacts.to_sign']);
    const zzb = await demo.ctxOf('zzb');
    const n = await demo.t.db
      .selectFrom('org_nodes')
      .select(['path', 'level'])
      .where('id', '=', demo.districtId)
      .executeTakeFirstOrThrow();
    const year = Number(shanghaiDay().slice(0, 4));
    const figs = await demo.services.compacts.stats(
      zzb,
      { id: demo.districtId, districtId: demo.districtId, ...n },
      year,
    );
    const f = (k: string) => figs.find((x) => x.key === `compacts.${k}`)?.value;
    expect(f('in_force')).toBe(4);
    expect(f('held_rate')!).toBeGreaterThan(50);
    expect(f('held_rate')!).toBeLessThan(100);
  });
});
