/** The state machine, money in fen, the deputies' choice and the scores, table by table. */
import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  averageScore,
  chosenOf,
  fenToWan,
  fenToYuan,
  milestoneDue,
  progressOf,
  satisfiedRate,
  transition,
  unitScore,
  yuanToFen,
  type Facts,
} from './projects.rules.ts';

const none: Facts = {
  hasReason: false,
  hasNote: false,
  budgetFen: 0,
  contractors: 0,
  milestones: 0,
  milestonesOpen: 0,
  ratings: 0,
};

describe('the life of a micro project 民生微实事 (seed 003: residents order the dish 百姓点菜)', () => {
  it.each([
    ['ordered', 'approve', ['manage'], {}, 'approved'],
    ['ordered', 'reject', ['manage'], { hasReason: true }, 'rejected'],
    ['ordered', 'reject', ['manage'], {}, 'projects.needs_reason'],
    ['ordered', 'approve', ['orderer'], {}, 'projects.not_yours'],
    ['ordered', 'withdraw', ['orderer'], {}, 'withdrawn'],
    ['approved', 'withdraw', ['orderer'], {}, 'projects.wrong_stage'],
    ['approved', 'fix_budget', ['manage'], {}, 'projects.needs_budget'],
    ['approved', 'fix_budget', ['manage'], { budgetFen: 1 }, 'budgeted'],
    ['chosen', 'fix_budget', ['manage'], { budgetFen: 100 }, 'budgeted'],
    ['budgeted', 'start', ['manage'], { milestones: 1 }, 'projects.needs_contractor'],
    ['budgeted', 'start', ['manage'], { contractors: 1 }, 'projects.needs_milestone'],
    ['budgeted', 'start', ['manage'], { contractors: 1, milestones: 2 }, 'implementing'],
    [
      'implementing',
      'finish',
      ['manage'],
      { milestones: 2, milestonesOpen: 1 },
      'projects.needs_milestones_done',
    ],
    ['implementing', 'finish', ['manage'], { milestones: 2 }, 'inspecting'],
    ['inspecting', 'fail_inspection', ['manage'], { hasReason: true }, 'implementing'],
    ['inspecting', 'accept', ['manage'], {}, 'projects.needs_note'],
    ['inspecting', 'accept', ['manage'], { hasNote: true }, 'completed'],
    ['completed', 'close', ['manage'], {}, 'projects.needs_rating'],
    ['completed', 'close', ['manage'], { ratings: 3 }, 'closed'],
    ['candidate', 'choose', ['manage'], {}, 'projects.not_yours'],
    ['candidate', 'choose', ['vote'], {}, 'chosen'],
    ['candidate', 'drop', ['manage'], { hasReason: true }, 'withdrawn'],
    ['closed', 'reopen', ['manage'], {}, 'projects.unknown_action'],
  ] as const)('%s + %s by %j with %j → %s', (stage, action, by, facts, want) => {
    const r = transition(stage, action, by, { ...none, ...facts });
    expect('to' in r ? r.to : r.problem).toBe(want);
  });

  it.each([
    ['ordered', ['manage'], ['withdraw', 'reject', 'approve']],
    ['ordered', ['orderer'], ['withdraw']],
    ['ordered', [], []],
    ['candidate', ['manage'], ['drop']],
    ['completed', ['manage'], ['close']],
  ] as const)('buttons in %s for %j: %j', (stage, by, want) => {
    expect(actionsFrom(stage, by)).toEqual(want);
  });
});

describe('money in integer fen, shown in 元 and 万元 (seed 003: ¥177M public, ¥8.3726M social in 2019)', () => {
  it.each([
    ['120000', 12_000_000],
    ['3.5', 350],
    ['0.05', 5],
    [' 17700000.00 ', 1_770_000_000],
    ['1.234', null],
    ['-1', null],
    ['1e5', null],
    ['', null],
    ['abc', null],
  ] as const)('%j 元 → %j fen', (s, fen) => expect(yuanToFen(s)).toBe(fen));

  it('Futian 2019: 1.77亿 public money is 17,700 万元; 837.26万 social money stays exact', () => {
    expect(fenToWan(177_000_000_00)).toBe(17700);
    expect(fenToWan(8_372_600_00)).toBe(837.26);
    expect(fenToYuan(8_372_600_00)).toBe('8372600.00');
    expect(fenToYuan(5)).toBe('0.05');
  });
});

describe('the deputies choose (seed 003: 20 projects chosen by the people’s deputies)', () => {
  it.each([
    [
      [
        { position: 1, count: 5 },
        { position: 2, count: 9 },
        { position: 3, count: 7 },
      ],
      2,
      [2, 3],
    ],
    [
      [
        { position: 1, count: 4 },
        { position: 2, count: 4 },
        { position: 3, count: 4 },
      ],
      2,
      [1, 2],
    ],
    [
      [
        { position: 1, count: 3 },
        { position: 2, count: 0 },
      ],
      2,
      [1],
    ],
    [[], 3, []],
  ])('%j with %i seats → %j', (results, seats, want) => {
    expect([...chosenOf(results, seats)].sort()).toEqual(want);
  });
});

describe('satisfaction and the unit’s score (seed 003: the result enters the performance score)', () => {
  it.each([
    [20, 4, 5, 100],
    [4, 4, 1, 20],
    [17, 4, 4.3, 85],
    [0, 0, null, null],
  ])('sum %i of %i ratings → average %j, unit score %j', (sum, count, avg, score) => {
    expect(averageScore(sum, count)).toBe(avg);
    expect(unitScore(sum, count)).toBe(score);
  });
  it('satisfied rate and progress', () => {
    expect(satisfiedRate(844, 971)).toBe(86.9);
    expect(satisfiedRate(0, 0)).toBeNull();
    expect(progressOf(1, 3)).toBe(33);
    expect(progressOf(0, 0)).toBe(0);
  });
  it.each([
    ['2026-12-10', '2026-12-06', true],
    ['2026-12-13', '2026-12-06', true],
    ['2026-12-14', '2026-12-06', false],
    ['2026-11-30', '2026-12-06', true],
  ])('milestone due %s on %s → %s', (due, today, want) => expect(milestoneDue(due, today)).toBe(want));
});
