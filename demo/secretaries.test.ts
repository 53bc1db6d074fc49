/**
 * The secretaries share of the demo: every community has had a secretary, with term history; 2–3
 * vacancies this year; some due for rotation and ten rotated; an open selection under way with the
 * cadre `ganbu` a candidate; something on the home page of zzb, jiedao and ganbu.
 */

import { describe, expect, it } from 'vitest';
import { seedSecretaries } from './secretaries.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(2_000, (services, db, districtId) =>
  seedSecretaries(services, db, districtId, new Date()),
);

describe('demo: community party secretaries (seed 004)', () => {
  it('every community has had a secretary; 2–3 vacant; some due for rotation; rotations kept; in seconds', async () => {
    const zzb = await demo.ctxOf('zzb');
    const roster = (await demo.services.secretaries.roster(zzb, {})).entries;
    expect(roster).toHaveLength(95);
    const vacant = roster.filter((e) => e.vacant);
    expect(vacant.length).toBeGreaterThanOrEqual(2);
    expect(vacant.length).toBeLessThanOrEqual(3);
    const due = roster.filter((e) => e.rotationDue).length;
    expect(due).toBeGreaterThan(3);
    expect(due).toBeLessThan(20);
    for (const e of roster)
      expect((await demo.services.secretaries.history(zzb, e.nodeId)).length).toBeGreaterThan(0);
    expect(new Set(roster.filter((e) => e.term).map((e) => e.term!.method))).toEqual(
      new Set(['election', 'rotation', 'open', 'competition', 'assigned']),
    );
    expect((await demo.services.secretaries.rotations(zzb, {})).length).toBeGreaterThanOrEqual(8);
    expect(demo.ms).toBeLessThan(30_000);
  });

  it('an open selection is under way with ganbu a candidate; the home pages show it', async () => {
    const ganbu = await demo.ctxOf('ganbu');
    const [sel] = await demo.services.secretaries.listSelections(ganbu);
    expect(sel).toMatchObject({ state: 'open', registrationOpen: true });
    expect(sel.candidates).toEqual([expect.objectContaining({ mine: true, stage: 'examined' })]);
    const keys = async (u: string) =>
      (await demo.services.secretaries.todos(await demo.ctxOf(u))).map((x) => x.key);
    expect(await keys('ganbu')).toEqual(['secretaries.mine']);
    expect(await keys('zzb')).toEqual([
      'secretaries.vacancies',
      'secretaries.rotation_due',
      'secretaries.candidates',
    ]);
    expect(await keys('jiedao')).toEqual(['secretaries.vacancies']);
    const shequ = (await demo.ctxOf('shequ')).actor!.grants[0].nodeId;
    const c0 = (await demo.services.secretaries.roster(await demo.ctxOf('zzb'), {})).entries.find(
      (e) => e.nodeId === shequ,
    );
    expect(c0?.term?.name).toMatch(/^陈/);
  });
});
