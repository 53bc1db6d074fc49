/** The rules of 契约化党建 and the monthly 圆桌会, table-driven. */
import { describe, expect, it } from 'vitest';
import {
  contractNumber,
  doneOnTime,
  evaluate,
  flaggedAbsent,
  inForce,
  missedInARow,
  monthsDue,
  monthsOfYearUpTo,
  nextMonth,
  overdue,
} from './compacts.rules.ts';

describe('a contract in force and its number', () => {
  it.each([
    ['signed, in its term', 'signed', '2026-03-01', true],
    ['signed, on its last day', 'signed', '2026-12-31', true],
    ['signed, before its term', 'signed', '2025-12-31', false],
    ['signed, after its term', 'signed', '2027-01-01', false],
    ['a draft is never in force', 'draft', '2026-03-01', false],
  ])('%s', (_, state, day, want) => {
    expect(inForce({ state, startsOn: '2026-01-01', endsOn: '2026-12-31' }, day)).toBe(want);
  });
  it('numbers read 共建契约〔year〕N号', () => {
    expect(contractNumber(2026, 7)).toBe('共建契约〔2026〕7号');
  });
});

describe('the round tables a community owes', () => {
  it('months of a year up to a day; all twelve for a past year; next month wraps', () => {
    expect(monthsOfYearUpTo(2026, '2026-03-15')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsOfYearUpTo(2025, '2026-03-15')).toHaveLength(12);
    expect(monthsOfYearUpTo(2027, '2026-03-15')).toEqual([]);
    expect([nextMonth('2026-12'), nextMonth('2026-09')]).toEqual(['2027-01', '2026-10']);
  });
  it.each([
    ['no contract: none owed', [], []],
    ['a draft owes nothing', [{ state: 'draft', startsOn: '2026-01-01', endsOn: '2026-12-31' }], []],
    [
      'a term from mid-February: February and March',
      [{ state: 'signed', startsOn: '2026-02-15', endsOn: '2027-02-14' }],
      ['2026-02', '2026-03'],
    ],
    [
      'two overlapping contracts owe one round table a month',
      [
        { state: 'signed', startsOn: '2025-06-01', endsOn: '2026-01-31' },
        { state: 'signed', startsOn: '2026-01-10', endsOn: '2026-12-31' },
      ],
      ['2026-01', '2026-02', '2026-03'],
    ],
    [
      'a gap between terms owes nothing in the gap',
      [
        { state: 'signed', startsOn: '2025-06-01', endsOn: '2026-01-31' },
        { state: 'signed', startsOn: '2026-03-01', endsOn: '2026-12-31' },
      ],
      ['2026-01', '2026-03'],
    ],
  ])('%s', (_, contracts, want) => {
    expect(monthsDue(contracts, 2026, '2026-03-20')).toEqual(want);
  });
});

describe('a unit absent three round tables in a row is flagged', () => {
  it.each([
    [[], 0, false],
    [[true, true], 0, false],
    [[false, false, true], 0, false],
    [[true, false, false], 2, false],
    [[true, false, false, false], 3, true],
    [[false, false, false, false], 4, true],
  ])('%j → %i missed in a row', (presence, n, flagged) => {
    expect(missedInARow(presence)).toBe(n);
    expect(flaggedAbsent(presence)).toBe(flagged);
  });
});

describe('projects overdue and done on time', () => {
  it.each([
    ['open past due', { state: 'open', dueOn: '2026-03-01', doneOn: null }, true, false],
    ['open, due today', { state: 'open', dueOn: '2026-03-10', doneOn: null }, false, false],
    ['done on the due day', { state: 'done', dueOn: '2026-03-01', doneOn: '2026-03-01' }, false, true],
    ['done late', { state: 'done', dueOn: '2026-03-01', doneOn: '2026-03-05' }, false, false],
  ])('%s', (_, p, late, onTime) => {
    expect(overdue(p, '2026-03-10')).toBe(late);
    expect(doneOnTime(p)).toBe(onTime);
  });
});

describe('the yearly evaluation', () => {
  it.each([
    ['all on time, always present', [4, 4, 10, 10], 100, 'excellent'],
    ['3 of 4 on time, 8 of 10 present', [4, 3, 10, 8], 77, 'good'],
    ['half on time, 7 of 10 present', [4, 2, 10, 7], 58, 'fail'],
    ['2 of 3 on time, 6 of 10 present', [3, 2, 10, 6], 64, 'pass'],
    ['no project due: attendance alone', [0, 0, 10, 9], 90, 'excellent'],
    ['no round table: projects alone', [5, 3, 0, 0], 60, 'pass'],
  ])('%s → %f %s', (_, [projectsDue, projectsOnTime, meetingsHeld, meetingsPresent], score, grade) => {
    const e = evaluate({ projectsDue, projectsOnTime, meetingsHeld, meetingsPresent });
    expect([e.score, e.grade]).toEqual([score, grade]);
  });
  it('nothing to count: no grade', () => {
    expect(evaluate({ projectsDue: 0, projectsOnTime: 0, meetingsHeld: 0, meetingsPresent: 0 })).toEqual({
      onTimePct: null,
      attendancePct: null,
      score: null,
      grade: null,
    });
  });
});
