import { describe, expect, it } from 'vitest';
import { clearsOf, codeProblem, monthRange, monthsOf } from './partymembers.rules.ts';

const full = {
  basicChecked: true,
  hasPhone: true,
  leftOn: '2026-03-01',
  destination: '宁波市北仑区大碶街道',
  work: '外卖骑手',
  conduct: '表现良好',
};

describe('five clears 五清 (seed 001 Beilun)', () => {
  it.each([
    ['all five filled', full, []],
    ['basic info not checked by the branch', { ...full, basicChecked: false }, ['basic']],
    ['no phone on file', { ...full, hasPhone: false }, ['basic']],
    ['no time of leaving', { ...full, leftOn: null }, ['time']],
    ['destination blank', { ...full, destination: '  ' }, ['destination']],
    ['work and conduct blank', { ...full, work: '', conduct: '' }, ['work', 'conduct']],
  ])('Beilun: %s (seed 001)', (_, facts, missing) => {
    const r = clearsOf(facts);
    expect(r.missing).toEqual(missing);
    expect(r.complete).toBe(missing.length === 0);
  });
});

describe('monthly tables', () => {
  it.each([
    ['2026-03', '2026-03-01', '2026-04-01'],
    ['2026-12', '2026-12-01', '2027-01-01'],
  ])('month %s runs from %s to before %s', (m, from, to) => {
    expect(monthRange(m)).toEqual({ from, to });
  });
  it('a year has twelve months', () => {
    expect(monthsOf(2026)).toHaveLength(12);
    expect(monthsOf(2026)[11]).toBe('2026-12');
  });
});

describe('return code 归队码', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  it.each([
    ['valid public code', { expires_at: new Date('2027-01-01'), used_at: null, person_id: null }, null],
    [
      'public code used before stays valid',
      { expires_at: new Date('2027-01-01'), used_at: now, person_id: null },
      null,
    ],
    [
      'expired',
      { expires_at: new Date('2026-05-01'), used_at: null, person_id: null },
      'partymembers.code_expired',
    ],
    [
      'one-time used',
      { expires_at: new Date('2027-01-01'), used_at: now, person_id: 'p' },
      'partymembers.code_used',
    ],
  ])('%s', (_, c, problem) => {
    expect(codeProblem(c, now)).toBe(problem);
  });
});
