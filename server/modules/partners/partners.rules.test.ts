import { describe, expect, it } from 'vitest';
import {
  canSelectAnother,
  isOverdue,
  MATTERS_PER_YEAR,
  needActions,
  needMove,
  partnerActions,
  partnerMove,
  STAR_RULES,
  starsFor,
} from './partners.rules.ts';

describe('共治合伙人 (seed 000 福民社区)', () => {
  it.each([
    ['applied', 'approve', 'active'],
    ['applied', 'decline', 'declined'],
    ['active', 'suspend', 'suspended'],
    ['suspended', 'reinstate', 'active'],
    ['declined', 'approve', null],
    ['active', 'approve', null],
  ] as const)('Fumin: 吸纳各单位…主动参与: a partner %s on %s goes to %s (seed 000)', (from, action, to) => {
    expect(partnerMove(from, action)).toBe(to);
  });

  it('offers the officer only the moves open from a state', () => {
    expect(partnerActions('applied')).toEqual(['approve', 'decline']);
    expect(partnerActions('declined')).toEqual([]);
  });

  it('Fumin: 红利驱动: the star level rises with the year’s points, rules highest first (seed 000)', () => {
    expect(starsFor(0)).toBe(0);
    expect(starsFor(9)).toBe(0);
    expect(starsFor(10)).toBe(1);
    expect(starsFor(39)).toBe(3);
    expect(starsFor(500)).toBe(5);
    const mins = STAR_RULES.map((r) => r.min);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
  });
});

describe('天大的小事 (seed 001 鄞州)', () => {
  it.each([
    ['reported', 'select', 'selected'],
    ['reported', 'merge', 'merged'],
    ['reported', 'decline', 'declined'],
    ['selected', 'progress', 'in_progress'],
    ['in_progress', 'complete', 'done'],
    ['declined', 'select', null],
    ['done', 'progress', null],
    ['reported', 'complete', null],
    ['selected', 'withdraw', 'reported'],
    ['in_progress', 'withdraw', 'reported'],
    ['done', 'withdraw', null],
    ['reported', 'withdraw', null],
  ] as const)(
    'Yinzhou: 找问题、抓需求、求破解: a need %s on %s goes to %s (seed 001)',
    (from, action, to) => {
      expect(needMove(from, action)).toBe(to);
    },
  );

  it('a screener screens reported needs; a partner only moves the matters it works on', () => {
    expect(needActions('reported', { screen: true, partner: false })).toEqual(['merge', 'decline', 'select']);
    expect(needActions('reported', { screen: false, partner: true })).toEqual([]);
    expect(needActions('selected', { screen: false, partner: true })).toEqual(['progress', 'complete']);
    expect(needActions('done', { screen: true, partner: true })).toEqual([]);
    // taking a selection back is the screener's alone
    expect(needActions('in_progress', { screen: true, partner: false })).toEqual([
      'withdraw',
      'progress',
      'complete',
    ]);
  });

  it('Yinzhou: 社区党委每年确定的10件民生实事: the tenth may be selected, an eleventh not (seed 001)', () => {
    expect(MATTERS_PER_YEAR).toBe(10);
    expect(canSelectAnother(9)).toBe(true);
    expect(canSelectAnother(10)).toBe(false);
  });

  it('a matter is overdue after its target day until done', () => {
    expect(isOverdue({ state: 'in_progress', targetDate: '2026-06-30' }, '2026-07-01')).toBe(true);
    expect(isOverdue({ state: 'in_progress', targetDate: '2026-07-01' }, '2026-07-01')).toBe(false);
    expect(isOverdue({ state: 'done', targetDate: '2026-06-30' }, '2026-07-01')).toBe(false);
    expect(isOverdue({ state: 'selected', targetDate: null }, '2026-07-01')).toBe(false);
  });
});
