/** The rules of 专职党务工作者配备: vacancies, contracts ending, when appraisals are due, log months. */
import { describe, expect, it } from 'vitest';
import {
  appraisalYearDue,
  appraisedFor,
  contractState,
  logMonthOpen,
  pct,
  vacancies,
} from './partyworkers.rules.ts';

describe('vacancies and shares', () => {
  it.each([
    [3, 1, 2],
    [2, 2, 0],
    [1, 3, 0], // posts cut below the workers in them never shows a negative vacancy
    [0, 0, 0],
  ])('%i posts with %i workers leave %i vacant', (posts, filled, vacant) => {
    expect(vacancies(posts, filled)).toBe(vacant);
  });
  it('a share has one decimal and no denominator gives null', () => {
    expect(pct(1, 3)).toBe(33.3);
    expect(pct(180, 180)).toBe(100);
    expect(pct(1, 0)).toBeNull();
  });
});

describe('contracts ending (60 days)', () => {
  it.each([
    ['2026-12-07', '2026-12-07', 'ending'],
    ['2027-02-05', '2026-12-07', 'ending'], // day 60
    ['2027-02-06', '2026-12-07', 'fine'], // day 61
    ['2026-12-06', '2026-12-07', 'over'],
  ] as const)('a contract ending %s on %s is %s', (end, today, state) => {
    expect(contractState(end, today)).toBe(state);
  });
});

describe('the yearly appraisal', () => {
  it.each([
    ['2026-12-01', 2026],
    ['2027-01-15', 2026],
    ['2027-03-31', 2026],
    ['2027-04-01', null],
    ['2026-11-30', null],
  ] as const)('on %s the appraisal of %s is due', (today, year) => {
    expect(appraisalYearDue(today)).toBe(year);
  });
  it.each([
    [{ startedOn: '2026-10-01', endedOn: null }, true],
    [{ startedOn: '2026-10-02', endedOn: null }, false], // less than a quarter's work
    [{ startedOn: '2025-03-01', endedOn: '2026-11-30' }, false], // gone before December
    [{ startedOn: '2025-03-01', endedOn: '2026-12-20' }, true],
  ])('%o is appraised for 2026: %s', (p, yes) => {
    expect(appraisedFor(p, 2026)).toBe(yes);
  });
});

describe('monthly work logs', () => {
  const p = { startedOn: '2026-03-15', endedOn: null };
  it.each([
    ['2026-03', true],
    ['2026-02', false],
    ['2026-12', true],
    ['2027-01', false],
  ])('month %s is open: %s', (month, open) => {
    expect(logMonthOpen(month, p, '2026-12-07')).toBe(open);
  });
  it('not after the worker left', () => {
    expect(logMonthOpen('2026-09', { startedOn: '2026-03-15', endedOn: '2026-08-31' }, '2026-12-07')).toBe(
      false,
    );
  });
});
