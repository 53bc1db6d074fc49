import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  answerDue,
  DEFAULT_EXPERT_ROLES,
  ITEM_KIND_OF,
  ITEM_MOVES,
  itemOverdue,
  missingRoles,
  nextState,
  percent,
  PROBLEM_MOVES,
  progressAfter,
  SESSION_MOVES,
} from './linkage.rules.ts';

describe('三联三领 (seed 001)', () => {
  it('Haichuang: 街道班子领衔破难、机关单位领办项目、在职党员领跑示范: each kind of link leads its own kind of item (seed 001)', () => {
    expect(ITEM_KIND_OF).toEqual({ leader: 'hard_problem', department: 'project', member: 'example' });
  });

  it.each([
    ['planned', 'start', 'in_progress'],
    ['in_progress', 'progress', 'in_progress'],
    ['in_progress', 'complete', 'done'],
    ['planned', 'drop', 'dropped'],
    ['done', 'reopen', 'in_progress'],
    ['done', 'complete', null],
    ['dropped', 'start', null],
    ['planned', 'progress', null],
  ] as const)('Haichuang: an item in %s on %s goes to %s (seed 001)', (from, action, to) => {
    expect(nextState(ITEM_MOVES, from, action)).toBe(to);
  });

  it('offers only the moves open from a state', () => {
    expect(actionsFrom(ITEM_MOVES, 'planned')).toEqual(['start', 'complete', 'drop']);
    expect(actionsFrom(ITEM_MOVES, 'done')).toEqual(['reopen']);
  });

  it.each([
    ['complete', 40, undefined, 100],
    ['progress', 40, 60, 60],
    ['progress', 40, 100, 99],
    ['start', 0, undefined, 1],
    ['drop', 30, undefined, 30],
  ] as const)('progress after %s from %i (reported %s) is %i', (a, cur, rep, out) => {
    expect(progressAfter(a, cur, rep)).toBe(out);
  });

  it('an unfinished item past its due day is overdue; a done one never', () => {
    expect(itemOverdue('in_progress', '2026-03-01', '2026-03-02')).toBe(true);
    expect(itemOverdue('done', '2026-03-01', '2026-03-02')).toBe(false);
    expect(itemOverdue('planned', null, '2026-03-02')).toBe(false);
  });
});

describe('三官三师 (seed 001)', () => {
  it('Haichuang: 同步配齐“三官三师”: the default roster is police officer, judge, prosecutor; lawyer, psychologist, social worker (seed 001)', () => {
    expect(DEFAULT_EXPERT_ROLES.map((r) => r.name)).toEqual([
      '警官',
      '法官',
      '检察官',
      '律师',
      '心理咨询师',
      '社工师',
    ]);
    expect(DEFAULT_EXPERT_ROLES.filter((r) => r.grp === 'official')).toHaveLength(3);
  });

  it('Haichuang: a grid lacking a role is not yet 配齐 (seed 001)', () => {
    expect(missingRoles(DEFAULT_EXPERT_ROLES, ['police', 'lawyer']).map((r) => r.code)).toEqual([
      'judge',
      'prosecutor',
      'psychologist',
      'social_worker',
    ]);
    expect(
      missingRoles(
        DEFAULT_EXPERT_ROLES,
        DEFAULT_EXPERT_ROLES.map((r) => r.code),
      ),
    ).toEqual([]);
  });
});

describe('两代表一委员进社区 (seed 003)', () => {
  it.each([
    [SESSION_MOVES, 'planned', 'hold', 'held'],
    [SESSION_MOVES, 'planned', 'cancel', 'cancelled'],
    [SESSION_MOVES, 'held', 'cancel', null],
    [PROBLEM_MOVES, 'open', 'answer', 'answered'],
    [PROBLEM_MOVES, 'answered', 'answer', null],
    [PROBLEM_MOVES, 'answered', 'reopen', 'open'],
  ] as const)(
    'Futian: 坐诊/摆摊 解决群众实际问题: %#: %s on %s goes to %s (seed 003)',
    (moves, from, action, to) => {
      expect(nextState(moves as never, from, action)).toBe(to);
    },
  );

  it('a problem raised is due for its answer 15 days after the session (a project default)', () => {
    expect(answerDue('2026-03-20')).toBe('2026-04-04');
    expect(answerDue('2026-12-25', 10)).toBe('2027-01-04');
  });

  it('Futian: 346 proposals, 254 resolved: a rate is part ÷ whole to one decimal, none for nothing (seed 003)', () => {
    expect(percent(254, 346)).toBe(73.4);
    expect(percent(0, 0)).toBeNull();
  });
});
