/**
 * The assessment demo's ranking sheet 省市考核排名 (seed 001 衢江): zzb's import leaves 区管领导
 * situations declared by the units, waiting for the joint review.
 */
import { describe, expect, it } from 'vitest';
import { shanghaiDay } from '../server/platform/time.ts';
import { seedAssessment } from './assessment.ts';
import { useDemo } from './demo.testkit.ts';

const demo = useDemo(2_000, (services, db, districtId) =>
  seedAssessment(services, db, districtId, shanghaiDay()),
);

describe('demo: 省市考核排名 → 区管领导 situations', () => {
  it('leaves P2/P4 and N4 declared for units’ leaders from the ranking sheet', async () => {
    const zzb = await demo.ctxOf('zzb');
    const districtId = zzb.actor!.grants[0].districtId;
    const rows = await demo.services.assessment.points.declarations(zzb, { districtId, status: 'declared' });
    const fromSheet = rows.filter((r) => r.note.includes('据排名表导入'));
    expect(new Set(fromSheet.map((r) => r.code))).toEqual(new Set(['P2', 'P4', 'N4']));
    expect(fromSheet.every((r) => r.declaredAs === 'unit')).toBe(true);
  });
});
