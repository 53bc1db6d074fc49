/** The psych rules as tables: follow-up cycles by risk level, slot checks, subsidy moves. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  followupOverdue,
  nextDue,
  slotProblem,
  subsidyActions,
  subsidyMove,
} from './psych.rules.ts';

describe('follow-up cycle by risk level (our setting: 3+ monthly, else quarterly)', () => {
  it.each([
    [0, '2026-01-10', null, '2026-04-10'],
    [2, '2026-01-10', null, '2026-04-10'],
    [3, '2026-01-10', null, '2026-02-09'],
    [5, '2026-01-10', '2026-03-01', '2026-03-31'],
    [1, '2026-01-10', '2026-11-20', '2027-02-18'],
  ])('level %i registered %s last visit %s → due %s', (riskLevel, registeredOn, lastVisitOn, due) => {
    expect(nextDue({ riskLevel, registeredOn, lastVisitOn })).toBe(due);
  });
  it.each([
    ['2026-02-09', false],
    ['2026-02-10', true],
  ])('a level-3 patient registered 2026-01-10 is overdue on %s: %s', (today, overdue) => {
    expect(followupOverdue({ riskLevel: 3, registeredOn: '2026-01-10', lastVisitOn: null }, today)).toBe(
      overdue,
    );
  });
  it('adds days across a month and a year', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });
});

describe('counselling slots (Beijing time, on the hour, 9:00–17:00, up to 30 days ahead)', () => {
  const now = new Date('2026-12-07T02:00:00Z'); // 10:00 in Beijing
  it.each([
    ['2026-12-08T09:00:00+08:00', null],
    ['2026-12-08T17:00:00+08:00', null],
    ['2026-12-08T18:00:00+08:00', 'outside_hours'],
    ['2026-12-08T08:00:00+08:00', 'outside_hours'],
    ['2026-12-08T09:30:00+08:00', 'not_on_hour'],
    ['2026-12-07T09:00:00+08:00', 'past'],
    ['2027-01-07T09:00:00+08:00', 'too_far'],
  ])('%s → %s', (at, problem) => {
    expect(slotProblem(new Date(at), now)).toBe(problem);
  });
});

describe('服药补贴: apply → community check → street approval', () => {
  it.each([
    ['applied', 'check', ['community'], 'checked'],
    ['applied', 'check', ['street'], null],
    ['applied', 'approve', ['street'], null],
    ['checked', 'approve', ['street'], 'approved'],
    ['checked', 'approve', ['community'], null],
    ['applied', 'reject', ['community'], 'rejected'],
    ['checked', 'reject', ['street'], 'rejected'],
    ['approved', 'reject', ['community', 'street'], null],
    ['rejected', 'check', ['community'], null],
  ] as const)('%s, %s by %j → %s', (state, action, by, to) => {
    expect(subsidyMove(state, action, [...by])).toBe(to);
  });
  it('offers each actor only their moves', () => {
    expect(subsidyActions('applied', ['community'])).toEqual(['check', 'reject']);
    expect(subsidyActions('applied', ['street'])).toEqual([]);
    expect(subsidyActions('checked', ['street'])).toEqual(['approve', 'reject']);
  });
});
