/** The 信访 rules as tables: 诉访分离 routes, the state machine, deadlines, overdue, notice numbers, rates. */
import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  addDays,
  CATEGORIES,
  DEFAULT_DEADLINES,
  isCollective,
  isLegalRoute,
  isOverdue,
  move,
  noticeNumber,
  noticePrefix,
  onTime,
  rate,
  ROUTE_CODES,
  SUGGESTED_ROUTE,
  triageTo,
  type State,
} from './petitions.rules.ts';

describe('诉访分离 routes', () => {
  it.each([
    ['litigation', 'guided', true],
    ['arbitration', 'guided', true],
    ['reconsideration', 'guided', true],
    ['mediation', 'guided', true],
    ['psych', 'guided', false],
    ['petition', 'accepted', false],
  ] as const)('%s → %s (legal channel: %s)', (route, to, legal) => {
    expect(triageTo(route)).toBe(to);
    expect(isLegalRoute(route)).toBe(legal);
  });
  it('every category suggests a known route; only the rest go the petition way', () => {
    for (const c of CATEGORIES) expect(ROUTE_CODES).toContain(SUGGESTED_ROUTE[c]);
    expect(CATEGORIES.filter((c) => SUGGESTED_ROUTE[c] === 'petition')).toEqual(['other']);
  });
});

describe('the state machine', () => {
  it.each([
    ['registered', 'triage', 'petition', 'accepted'],
    ['registered', 'triage', 'mediation', 'guided'],
    ['registered', 'triage', undefined, null],
    ['guided', 'settle', undefined, 'closed'],
    ['accepted', 'assign', undefined, 'assigned'],
    ['assigned', 'reply', undefined, 'replied'],
    ['reviewing', 'reply', undefined, 'replied'],
    ['replied', 'rate', undefined, 'closed'],
    ['replied', 'review', undefined, 'reviewing'],
    ['replied', 'close', undefined, 'closed'],
    ['closed', 'review', undefined, null],
    ['accepted', 'reply', undefined, null],
    ['registered', 'settle', undefined, null],
    ['guided', 'nope', undefined, null],
  ] as const)('%s --%s(%s)--> %s', (from, action, route, to) => {
    expect(move(from, action, route)).toBe(to);
  });
  it.each([
    ['registered', { studio: true }, ['triage']],
    ['registered', { handler: true, dept: true, petitioner: true }, []],
    ['accepted', { handler: true }, ['assign']],
    ['replied', { petitioner: true }, ['rate', 'review']],
    ['replied', { handler: true, petitioner: true }, ['rate', 'review', 'close']],
    ['assigned', { dept: true }, ['reply']],
  ] as const)('%s: %o may %o', (from, who, actions) => {
    expect(actionsFor(from as State, who)).toEqual(actions);
  });
});

describe('deadlines (信访工作条例) and flags', () => {
  it('15 days to tell acceptance, 60 to handle, 30 to ask for a review', () => {
    expect(DEFAULT_DEADLINES).toEqual({ acceptDays: 15, handleDays: 60, reviewDays: 30 });
    expect(addDays('2026-12-20', 15)).toBe('2027-01-04');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
  it.each([
    [{ state: 'registered', acceptDue: '2026-05-01', handleDue: null }, '2026-05-02', true],
    [{ state: 'registered', acceptDue: '2026-05-01', handleDue: null }, '2026-05-01', false],
    [{ state: 'assigned', acceptDue: '2026-01-01', handleDue: '2026-03-01' }, '2026-03-02', true],
    [{ state: 'reviewing', acceptDue: '2026-01-01', handleDue: '2026-03-01' }, '2026-03-02', true],
    [{ state: 'replied', acceptDue: '2026-01-01', handleDue: '2026-03-01' }, '2026-09-01', false],
    [{ state: 'guided', acceptDue: '2026-01-01', handleDue: null }, '2026-09-01', false],
  ] as const)('%o on %s overdue: %s', (v, today, late) => {
    expect(isOverdue(v, today)).toBe(late);
  });
  it.each([
    [4, false],
    [5, true],
    [30, true],
  ])('%i people: 集体访 %s', (nPeople, flag) => expect(isCollective(nPeople)).toBe(flag));
  it('on time: replied on or before the deadline', () => {
    expect(onTime('2026-03-01', '2026-03-01')).toBe(true);
    expect(onTime('2026-03-02', '2026-03-01')).toBe(false);
  });
});

describe('notices and rates', () => {
  it.each([
    ['福田区', 'accept', 2026, 1, '福田信访受〔2026〕第0001号'],
    ['福田区', 'reject', 2026, 3800, '福田信访不受〔2026〕第3800号'],
    ['南山', 'accept', 2027, 12, '南山信访受〔2027〕第0012号'],
  ] as const)('%s %s %i #%i → %s', (district, kind, year, seq, number) => {
    expect(noticeNumber(noticePrefix(district), kind, year, seq)).toBe(number);
  });
  it.each([
    [95, 100, 95],
    [2, 3, 66.7],
    [0, 0, null],
    [3610, 3800, 95],
  ])('%i / %i → %s%', (a, b, r) => expect(rate(a, b)).toBe(r));
});
