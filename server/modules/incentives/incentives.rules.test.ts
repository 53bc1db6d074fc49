/** The rules of 正向激励与关心关爱, table-driven: catalogue, moves, rest bookings, quota, numbers. */
import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  areaOfCode,
  bookingProblem,
  daysBetween,
  decisionNumber,
  DEFAULT_MEASURES,
  GRANT_MOVES,
  REST_MOVES,
  restNumber,
  withinQuota,
} from './incentives.rules.ts';

describe('the default catalogue (seed 004 Luohu: 17 measures in four areas)', () => {
  it('has 17 measures, every area present, codes unique and matching their area', () => {
    expect(DEFAULT_MEASURES).toHaveLength(17);
    expect(new Set(DEFAULT_MEASURES.map((m) => m.area))).toEqual(
      new Set(['political', 'work', 'spirit', 'life']),
    );
    expect(new Set(DEFAULT_MEASURES.map((m) => m.code)).size).toBe(17);
    for (const m of DEFAULT_MEASURES) expect(areaOfCode(m.code), m.code).toBe(m.area);
  });
  it('the 嘉奖令 and the special award entitle rest days (seed 000 Futian: 休整休养)', () => {
    expect(DEFAULT_MEASURES.filter((m) => m.restDays > 0).map((m) => m.code)).toEqual([
      'S01',
      'S02',
      'S04',
      'L01',
    ]);
  });
});

describe('moves', () => {
  it.each([
    ['proposed', ['approver'], ['approve', 'reject']],
    ['proposed', ['unit'], ['withdraw']],
    ['approved', ['unit', 'approver'], []],
    ['rejected', ['approver'], []],
  ] as const)('a grant %s, moved by %j: %j', (state, roles, want) => {
    expect(actionsOf(GRANT_MOVES, state, roles)).toEqual(want);
  });
  it.each([
    ['requested', ['unit'], ['approve', 'reject']],
    ['requested', ['cadre'], ['cancel']],
    ['approved', ['cadre', 'unit'], []],
  ] as const)('a rest period %s, moved by %j: %j', (state, roles, want) => {
    expect(actionsOf(REST_MOVES, state, roles)).toEqual(want);
  });
});

describe('booking a rest period', () => {
  const g = { year: 2026, approvedOn: '2026-03-10', restDays: 5, usedDays: 0 };
  it.each([
    ['a week inside the year', '2026-04-01', '2026-04-05', g, [], null],
    ['ends before it starts', '2026-04-05', '2026-04-01', g, [], 'incentives.rest_order'],
    ['crosses into the next year', '2026-12-30', '2027-01-02', g, [], 'incentives.rest_year'],
    ['before the approval', '2026-03-01', '2026-03-02', g, [], 'incentives.rest_year'],
    ['six days of five', '2026-04-01', '2026-04-06', g, [], 'incentives.rest_days'],
    [
      'three days when three are used',
      '2026-04-01',
      '2026-04-03',
      { ...g, usedDays: 3 },
      [],
      'incentives.rest_days',
    ],
    [
      'shares a day with another',
      '2026-04-01',
      '2026-04-02',
      g,
      [{ startsOn: '2026-04-02', endsOn: '2026-04-04' }],
      'incentives.rest_overlap',
    ],
    [
      'right after another',
      '2026-04-05',
      '2026-04-06',
      g,
      [{ startsOn: '2026-04-02', endsOn: '2026-04-04' }],
      null,
    ],
  ] as const)('%s', (_, startsOn, endsOn, grant, others, want) => {
    expect(bookingProblem({ startsOn, endsOn }, grant, [...others])).toBe(want);
  });
  it('counts both ends', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(4);
  });
});

describe('quota and numbers', () => {
  it.each([
    [null, 99, true],
    [2, 1, true],
    [2, 2, false],
  ] as const)('quota %s with %s approved: fits %s', (q, n, want) => expect(withinQuota(q, n)).toBe(want));
  it('numbers documents per year', () => {
    expect(decisionNumber(2026, 7)).toBe('激励决〔2026〕7号');
    expect(restNumber(2026, 12)).toBe('休整〔2026〕12号');
  });
});
