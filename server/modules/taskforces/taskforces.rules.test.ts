/** The task-force rules, table-driven: the application state machine, numbers, months, dues, eligibility, ranking. */
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATES,
  applicationMove,
  departmentActions,
  eligibleForIncentive,
  monthsServed,
  orderNumber,
  orderOpen,
  rankRetired,
  ratingDue,
  type ApplicationState,
  type Rating,
} from './taskforces.rules.ts';

describe('the application state machine (as data)', () => {
  it.each([
    ['applied', 'shortlist', 'department', 'shortlisted'],
    ['applied', 'select', 'department', 'selected'],
    ['shortlisted', 'select', 'department', 'selected'],
    ['applied', 'reject', 'department', 'rejected'],
    ['shortlisted', 'reject', 'department', 'rejected'],
    ['applied', 'withdraw', 'applicant', 'withdrawn'],
    ['shortlisted', 'withdraw', 'applicant', 'withdrawn'],
    // illegal: after a decision, twice, by the wrong party, unknown
    ['selected', 'withdraw', 'applicant', null],
    ['rejected', 'select', 'department', null],
    ['withdrawn', 'select', 'department', null],
    ['selected', 'reject', 'department', null],
    ['shortlisted', 'shortlist', 'department', null],
    ['applied', 'withdraw', 'department', null],
    ['applied', 'select', 'applicant', null],
    ['applied', 'promote', 'department', null],
  ] as const)('%s --%s by %s--> %s', (from, action, by, to) => {
    expect(applicationMove(from, action, by)).toBe(to);
  });
  it.each([
    ['applied', ['shortlist', 'select', 'reject']],
    ['shortlisted', ['select', 'reject']],
    ['selected', []],
    ['rejected', []],
    ['withdrawn', []],
  ] as const)('the department may press on %s: %j', (from, actions) => {
    expect(departmentActions(from)).toEqual(actions);
  });
  it('no state is a dead end before a decision, and decisions are final', () => {
    for (const s of APPLICATION_STATES) {
      const open = departmentActions(s as ApplicationState).length > 0;
      expect(open).toBe(s === 'applied' || s === 'shortlisted');
    }
  });
});

describe('orders', () => {
  it.each([
    ['福田区', 2026, 1, '福田专招〔2026〕1号'],
    ['衢江区', 2027, 12, '衢江专招〔2027〕12号'],
    ['开化县', 2026, 3, '开化专招〔2026〕3号'],
    ['区', 2026, 1, '区专招〔2026〕1号'],
  ] as const)('%s %d #%d → %s', (name, year, seq, expected) => {
    expect(orderNumber(name, year, seq)).toBe(expected);
  });
  it.each([
    ['2026-03-01', false, '2026-02-28', false],
    ['2026-03-01', false, '2026-03-01', true],
    ['2026-03-01', false, '2026-03-31', true],
    ['2026-03-01', false, '2026-04-01', false],
    ['2026-03-01', true, '2026-03-10', false],
  ] as const)('open from %s (closed %s) on %s: %s', (openFrom, closed, day, open) => {
    expect(orderOpen({ openFrom, openTo: '2026-03-31', closed }, day)).toBe(open);
  });
});

describe('service, ratings and the incentive (参与专班工作1年以上且表现突出)', () => {
  it.each([
    ['2026-01-15', '2026-01-01', 0],
    ['2026-01-15', '2026-02-14', 0],
    ['2026-01-15', '2026-02-15', 1],
    ['2026-01-15', '2027-01-14', 11],
    ['2026-01-15', '2027-01-15', 12],
    ['2025-01-31', '2026-02-28', 12],
  ] as const)('from %s to %s: %d months', (start, day, months) => {
    expect(monthsServed(start, day)).toBe(months);
  });
  it.each([
    [12, 'excellent', true],
    [30, 'excellent', true],
    [11, 'excellent', false],
    [12, 'competent', false],
    [24, null, false],
  ] as const)('%d months, latest %s: eligible %s', (months, latest, eligible) => {
    expect(eligibleForIncentive(months, latest as Rating | null)).toBe(eligible);
  });
  it.each([
    ['2026-01-01', null, '2026-06-01', false], // not a year on the force yet
    ['2025-01-01', null, '2026-06-01', true], // a year, never rated
    ['2025-01-01', '2025-06-01', '2026-06-01', true], // last rating a year ago
    ['2025-01-01', '2025-06-02', '2026-06-01', false], // rated within the last 12 months
  ] as const)('start %s, last rated %s, on %s: due %s', (start, last, day, due) => {
    expect(ratingDue(start, last, day)).toBe(due);
  });
});

describe('单列考核: the separate ranking of 退职领导', () => {
  it('ranks by latest rating, then months served; equal places share a rank; unrated last', () => {
    const r = rankRetired([
      { id: 'a', name: '甲', latest: 'competent', months: 20 },
      { id: 'b', name: '乙', latest: 'excellent', months: 6 },
      { id: 'c', name: '丙', latest: null, months: 40 },
      { id: 'd', name: '丁', latest: 'excellent', months: 14 },
      { id: 'e', name: '戊', latest: 'competent', months: 20 },
    ]);
    expect(r.map((x) => [x.id, x.rank])).toEqual([
      ['d', 1],
      ['b', 2],
      ['a', 3],
      ['e', 3],
      ['c', 5],
    ]);
  });
});
