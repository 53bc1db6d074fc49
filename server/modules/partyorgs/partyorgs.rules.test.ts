import { describe, expect, it } from 'vitest';
import { defaultClassOf, levelOf, planKept, scoreTotal, titleBonuses } from './partyorgs.rules.ts';

describe('quality levels 质量等级评定 (seed 004 Luohu)', () => {
  it.each([
    [95, 100, 'five_star'],
    [90, 100, 'five_star'],
    [89.9, 100, 'four_star'],
    [80, 100, 'four_star'],
    [60, 100, 'three_star'],
    [59, 100, 'weak'],
    [0, 0, 'weak'],
  ])('Luohu: %s of %s earns %s (seed 004)', (total, max, level) => {
    expect(levelOf(total, max)).toBe(level);
  });

  it.each([
    ['hometown', 'hometown'],
    ['building', 'two_new'],
    ['branch', 'community'],
  ])('Luohu: a %s organisation is graded as %s by default (seed 004)', (kind, cls) => {
    expect(defaultClassOf(kind)).toBe(cls);
  });
});

describe('scores against criteria', () => {
  const criteria = [
    { id: 'a', max_score: 40 },
    { id: 'b', max_score: 60 },
  ];
  it.each([
    [{ a: 40, b: 55 }, 95, []],
    [{ a: 41, b: 55 }, 96, ['a']],
    [{ a: 30 }, 30, ['b']],
    [{ a: -1, b: 10 }, 9, ['a']],
  ])('%j totals %s, faults %j', (scores, total, bad) => {
    const r = scoreTotal(criteria, scores as Record<string, number>);
    expect(r.total).toBe(total);
    expect(r.max).toBe(100);
    expect(r.bad).toEqual(bad);
  });
});

describe('plans kept (5W1H)', () => {
  it.each([
    [{ planned: 10, recorded: 9, met: 8 }, 80],
    [{ planned: 0, recorded: 0, met: 0 }, null],
  ])('%j → %s%', (a, pct) => {
    expect(planKept(a)).toBe(pct);
  });
});

describe('title bonuses 加分项', () => {
  const t = (nodeId: string, level: 'district' | 'city' | 'province' | 'national') => ({
    declarationId: `d-${nodeId}-${level}`,
    nodeId,
    programme: '模范机关',
    level,
    namedOn: '2026-06-01',
  });
  const orgs = [
    { id: 'c', nodeId: 'dept', parentOrgId: null },
    { id: 'b', nodeId: 'dept', parentOrgId: 'c' },
    { id: 'x', nodeId: 'dept2', parentOrgId: 'c' },
    { id: 'y', nodeId: 'dept3', parentOrgId: null },
  ];
  it.each([
    ['district', 2],
    ['city', 3],
    ['province', 4],
    ['national', 5],
  ] as const)('a %s title is worth %i to the leading organisation of its node', (level, points) => {
    const b = titleBonuses(orgs, [t('dept', level)]);
    expect(b.get('c')).toEqual([expect.objectContaining({ level, points })]);
    expect(b.has('b')).toBe(false);
  });
  it('an organisation on its own node under a parent elsewhere leads there; no title, no entry', () => {
    const b = titleBonuses(orgs, [t('dept2', 'city'), t('dept2', 'district')]);
    expect(b.get('x')?.map((x) => x.points)).toEqual([3, 2]);
    expect(b.has('y')).toBe(false);
  });
});
