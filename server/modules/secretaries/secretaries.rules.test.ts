/** The rules of 社区书记: rotation due, term numbers, the selection's stages, the 公示 period. */
import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  nextTermNo,
  noticeOver,
  noticeProblem,
  registrationOpen,
  rotationDue,
  rotationReasons,
  stageActions,
  stageMove,
  STAGE_MOVES,
  STAGES,
  totalScore,
} from './secretaries.rules.ts';

describe('rotation 岗位交流 (seed 004: 对任职超过两届的31名社区党委书记进行了岗位交流)', () => {
  it.each([
    [1, false],
    [2, false],
    [3, true],
    [5, true],
  ])('term %i in the same community → due %s', (termNo, due) => {
    expect(rotationDue({ termNo })).toBe(due);
    expect(rotationReasons({ termNo })).toEqual(due ? ['more_than_two_terms'] : []);
  });
});

describe('term numbers 第几届', () => {
  const last = { termNo: 2, personId: 'p1', userId: null, name: '张三' };
  it.each([
    ['no one before', null, { personId: 'p1', userId: null, name: '张三' }, 1],
    ['the same person re-elected', last, { personId: 'p1', userId: null, name: '张三' }, 3],
    ['someone else', last, { personId: 'p2', userId: null, name: '张三' }, 1],
    [
      'the same name when no register person is given',
      last,
      { personId: null, userId: null, name: '张三' },
      3,
    ],
    ['another name', last, { personId: null, userId: null, name: '李四' }, 1],
  ] as const)('%s', (_, before, next, want) => {
    expect(nextTermNo(before, next)).toBe(want);
  });
});

describe('the selection stages 报名 → 资格审查 → 笔试/面试 → 考察 → 公示 → 任用', () => {
  it.each([
    ['registered', 'qualify', ['officer'], 'qualified'],
    ['qualified', 'score', ['officer'], 'examined'],
    ['examined', 'score', ['officer'], 'examined'],
    ['examined', 'inspect', ['officer'], 'inspected'],
    ['inspected', 'publicise', ['officer'], 'publicised'],
    ['publicised', 'publicise', ['officer'], 'publicised'],
    ['publicised', 'appoint', ['officer'], 'appointed'],
    ['registered', 'appoint', ['officer'], null],
    ['qualified', 'inspect', ['officer'], null],
    ['inspected', 'reject', ['officer'], 'rejected'],
    ['qualified', 'withdraw', ['candidate'], 'withdrawn'],
    ['qualified', 'withdraw', ['officer'], null],
    ['registered', 'qualify', ['candidate'], null],
    ['publicised', 'withdraw', ['candidate'], null],
    ['appointed', 'reject', ['officer'], null],
    ['registered', 'nonsense', ['officer'], null],
  ] as const)('%s —%s by %j→ %s', (from, action, by, to) => {
    expect(stageMove(from, action, by)).toBe(to);
  });

  it('no move leaves a final stage, and every stage is reachable', () => {
    for (const f of ['appointed', 'rejected', 'withdrawn'] as const)
      expect(stageActions(f, ['officer', 'candidate'])).toEqual([]);
    const reached = new Set<string>(['registered', ...STAGE_MOVES.map((m) => m.to)]);
    expect([...reached].sort()).toEqual([...STAGES].sort());
  });

  it('a candidate sees only withdraw; the officer the forward moves and reject', () => {
    expect(stageActions('registered', ['candidate'])).toEqual(['withdraw']);
    expect(stageActions('registered', ['officer'])).toEqual(['qualify', 'reject']);
  });
});

describe('the 公示 period, scores and registration', () => {
  it.each([
    ['2026-03-01', '2026-03-05', null],
    ['2026-03-01', '2026-03-04', 'short'],
    ['2026-03-05', '2026-03-01', 'order'],
    ['2026-02-26', '2026-03-02', null],
  ] as const)('%s to %s → %s', (from, to, want) => expect(noticeProblem(from, to)).toBe(want));

  it('appointment comes the day after the notice ends', () => {
    expect(noticeOver('2026-03-05', '2026-03-05')).toBe(false);
    expect(noticeOver('2026-03-05', '2026-03-06')).toBe(true);
    expect(noticeOver(null, '2026-03-06')).toBe(false);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });

  it('the total is the mean of the written and interview scores', () => {
    expect(totalScore(80, 91)).toBe(85.5);
    expect(totalScore(80, null)).toBe(null);
  });

  it('registration is open through the deadline day while the selection is open', () => {
    expect(registrationOpen('open', '2026-03-10', '2026-03-10')).toBe(true);
    expect(registrationOpen('open', '2026-03-10', '2026-03-11')).toBe(false);
    expect(registrationOpen('closed', '2026-03-10', '2026-03-01')).toBe(false);
  });
});
