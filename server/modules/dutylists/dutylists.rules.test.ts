/** The pure rules of the responsibility lists, table by table. */
import { describe, expect, it } from 'vitest';
import {
  SITUATIONS,
  bulletinNo,
  categoryOf,
  completionRate,
  dueDay,
  itemActions,
  itemMove,
  kindFits,
  kindsForLevel,
  lastEndedQuarter,
  monthEnd,
  overdue,
  quarterOf,
  quarterWindow,
  ratingOf,
  reportYear,
  validMonthDay,
} from './dutylists.rules.ts';

describe('who carries a list (纵向到底, 横向到边, 定向到人)', () => {
  it.each([
    [
      'district',
      [
        'org/district_committee',
        'org/discipline',
        'org/general_office',
        'org/organisation_dept',
        'org/publicity_dept',
        'org/united_front_dept',
        'post/secretary',
        'post/deputy_secretary',
        'post/discipline_secretary',
        'post/organisation_head',
        'post/publicity_head',
        'post/united_front_head',
      ],
    ],
    ['street', ['org/street_committee', 'post/secretary', 'post/deputy_secretary']],
    ['community', ['org/community_committee', 'post/secretary']],
    ['department', ['org/party_group']],
    ['grid', []],
  ])('a %s node gets %j', (level, kinds) => {
    expect(kindsForLevel(level).map(([t, k]) => `${t}/${k}`)).toEqual(kinds);
  });
  it.each([
    ['org', 'community_committee', true],
    ['org', 'secretary', false],
    ['post', 'publicity_head', true],
    ['post', 'discipline', false],
    ['org', 'nonsense', false],
  ] as const)('%s %s fits: %s', (target, kind, fits) => expect(kindFits(target, kind)).toBe(fits));
});

describe("an item's state machine", () => {
  it.each([
    ['open', 'report', ['unit'], 'submitted'],
    ['open', 'report', ['office'], null],
    ['submitted', 'report', ['unit'], 'submitted'],
    ['submitted', 'accept', ['office'], 'accepted'],
    ['submitted', 'accept', ['unit'], null],
    ['submitted', 'return', ['office'], 'returned'],
    ['returned', 'report', ['unit'], 'submitted'],
    ['accepted', 'report', ['unit', 'office'], null],
    ['open', 'accept', ['office'], null],
    ['open', 'fly', ['office'], null],
  ] as const)('%s --%s by %j--> %s', (from, action, roles, to) => {
    expect(itemMove(from, action, roles)).toBe(to);
  });
  it('the buttons follow the roles', () => {
    expect(itemActions('submitted', ['unit', 'office'])).toEqual(['report', 'accept', 'return']);
    expect(itemActions('accepted', ['unit', 'office'])).toEqual([]);
  });
});

describe('overdue and completion', () => {
  it.each([
    ['open', '2026-03-31', '2026-04-01', true],
    ['open', '2026-03-31', '2026-03-31', false],
    ['submitted', '2026-03-31', '2026-05-01', true],
    ['accepted', '2026-03-31', '2026-05-01', false],
  ])('%s due %s on %s: overdue %s', (state, dueOn, today, late) =>
    expect(overdue({ state, dueOn }, today)).toBe(late),
  );
  const items = [
    { state: 'accepted', dueOn: '2026-03-31', acceptedOn: '2026-03-20' },
    { state: 'accepted', dueOn: '2026-03-31', acceptedOn: '2026-04-10' },
    { state: 'open', dueOn: '2026-06-30', acceptedOn: null },
    { state: 'accepted', dueOn: '2026-12-31', acceptedOn: '2026-06-01' },
  ];
  it.each([
    ['2026-01-31', null],
    ['2026-03-31', 50],
    ['2026-06-30', 66.7],
    ['2026-12-31', 75],
  ])('by %s: %s%%', (by, rate) => expect(completionRate(items, by)).toBe(rate));
  it('an item done late counts for the year, not for the quarter it was due in', () => {
    expect(completionRate(items, '2026-03-31', '2026-12-31')).toBe(100);
  });
});

describe('quarters, due days and the report year', () => {
  it.each([
    [2026, 1, '2026-01-01', '2026-03-31'],
    [2026, 2, '2026-04-01', '2026-06-30'],
    [2026, 3, '2026-07-01', '2026-09-30'],
    [2026, 4, '2026-10-01', '2026-12-31'],
  ])('%i Q%i runs %s–%s', (y, q, from, to) => expect(quarterWindow(y, q)).toEqual({ from, to }));
  it.each([
    ['2026-01-01', 1],
    ['2026-06-30', 2],
    ['2026-12-07', 4],
  ])('%s is in Q%i', (d, q) => expect(quarterOf(d)).toBe(q));
  it.each([
    ['2026-12-07', [2026, 3]],
    ['2026-02-01', [2025, 4]],
  ])('the last quarter ended by %s is %j', (d, q) => expect(lastEndedQuarter(d)).toEqual(q));
  it.each([
    [2026, '02-29', '2026-02-28'],
    [2028, '02-29', '2028-02-29'],
    [2026, '06-30', '2026-06-30'],
  ])('%i %s falls due on %s', (y, md, d) => expect(dueDay(y, md)).toBe(d));
  it.each([
    ['06-30', true],
    ['02-29', true],
    ['02-30', false],
    ['13-01', false],
    ['6-30', false],
  ])('%s is a month-day: %s', (md, okay) => expect(validMonthDay(md)).toBe(okay));
  it.each([
    ['2026-12-07', 2026],
    ['2027-03-31', 2026],
    ['2026-06-01', null],
  ])('on %s the reports filed are of %s', (d, y) => expect(reportYear(d)).toBe(y));
  it('month end', () => expect(monthEnd('2026-02-10')).toBe('2026-02-28'));
});

describe('the rating of a yearly report (好/较好/一般/差)', () => {
  it.each([
    [95, 92, 'good'],
    [95, 85, 'fair'],
    [85, 95, 'fair'],
    [79, 95, 'average'],
    [70, 50, 'poor'],
    [59, 100, 'poor'],
    [90, null, 'poor'],
  ] as const)('score %s with %s%% done: %s', (score, rate, rating) =>
    expect(ratingOf(score, rate)).toBe(rating),
  );
});

describe('the catalogue of situations 问责情形', () => {
  it('has five categories and more than twenty situations (seed 004: 五类情况共20余种情形)', () => {
    expect(SITUATIONS).toHaveLength(5);
    const n = SITUATIONS.reduce((s, c) => s + c.keys.length, 0);
    expect(n).toBeGreaterThan(20);
    expect(n).toBeLessThan(30);
    expect(categoryOf('four_winds')).toBe('strict_governance');
    expect(categoryOf('nonsense')).toBeNull();
  });
  it('numbers bulletins', () => expect(bulletinNo(2026, 3)).toBe('〔2026〕第3期'));
});
