/** The rules of 重大决策社会稳定风险评估: scores, the overall level, the rule of outcome, the pre-decision gate. */
import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  assessLevel,
  decideProblem,
  DEFAULT_THRESHOLDS,
  dimensionLevels,
  gateProblem,
  move,
  onTime,
  oppositionPct,
  overdue,
  reportNumber,
  riskScore,
  scoreLevel,
  type Risk,
} from './stability.rules.ts';

describe('a risk source: likelihood × impact → score → band', () => {
  it.each([
    [1, 1, 1, 'low'],
    [2, 3, 6, 'low'],
    [2, 4, 8, 'mid'],
    [3, 4, 12, 'mid'],
    [3, 5, 15, 'high'],
    [5, 5, 25, 'high'],
  ] as const)('%i × %i = %i → %s', (l, i, score, level) => {
    expect(riskScore(l, i)).toBe(score);
    expect(scoreLevel(score)).toBe(level);
  });
  it('a dimension takes its highest source; one without sources is low', () => {
    const risks: Risk[] = [
      { dimension: 'rationality', source: '补偿标准', likelihood: 2, impact: 2 },
      { dimension: 'rationality', source: '利益兼顾', likelihood: 4, impact: 4 },
      { dimension: 'safety', source: '施工安全', likelihood: 2, impact: 4 },
    ];
    expect(dimensionLevels(risks)).toEqual({
      legality: 'low',
      rationality: 'high',
      feasibility: 'low',
      controllability: 'low',
      safety: 'mid',
    });
  });
});

describe('the overall level 高/中/低 (rules as data, thresholds per district)', () => {
  const r = (likelihood: number, impact: number): Risk => ({
    dimension: 'controllability',
    source: 'x',
    likelihood,
    impact,
  });
  const survey = (f: number, a: number, n = 0) => ({ for: f, against: a, neutral: n });
  it.each([
    ['no risk, everyone for', [r(1, 2)], survey(100, 0), DEFAULT_THRESHOLDS, 'low', []],
    ['one dimension high', [r(4, 4)], survey(100, 0), DEFAULT_THRESHOLDS, 'high', ['dimension_high']],
    [
      'opposition 30% (the default threshold)',
      [r(1, 1)],
      survey(70, 30),
      DEFAULT_THRESHOLDS,
      'high',
      ['opposition_high'],
    ],
    ['opposition 29%', [r(1, 1)], survey(71, 29), DEFAULT_THRESHOLDS, 'mid', ['opposition_mid']],
    [
      'a district with a stricter threshold (20%)',
      [r(1, 1)],
      survey(75, 25),
      { oppositionHighPct: 20, oppositionMidPct: 5 },
      'high',
      ['opposition_high'],
    ],
    ['a mid source, 5% opposed', [r(3, 3)], survey(95, 5), DEFAULT_THRESHOLDS, 'mid', ['dimension_mid']],
    [
      'both high',
      [r(5, 5)],
      survey(50, 50),
      DEFAULT_THRESHOLDS,
      'high',
      ['dimension_high', 'opposition_high'],
    ],
    ['nobody surveyed', [], survey(0, 0), DEFAULT_THRESHOLDS, 'low', []],
  ] as const)('%s → %s', (_, risks, s, thresholds, level, reasons) => {
    expect(assessLevel({ risks, survey: s, thresholds })).toEqual({ level, reasons });
  });
  it('opposition is against ÷ all asked, one decimal', () => {
    expect(oppositionPct(survey(2, 1))).toBe(33.3);
    expect(oppositionPct(survey(0, 0))).toBeNull();
  });
});

describe('the rule of outcome', () => {
  it.each([
    ['high', 'as_is', 3, 'high_level'],
    ['high', 'with_measures', 3, 'high_level'],
    ['mid', 'as_is', 3, 'outcome_not_allowed'],
    ['mid', 'with_measures', 0, 'measures_required'],
    ['mid', 'with_measures', 1, null],
    ['low', 'as_is', 0, null],
    ['low', 'with_measures', 0, 'measures_required'],
  ] as const)('%s, %s with %i measures → %s', (level, outcome, n, problem) => {
    expect(decideProblem(level, outcome, n)).toBe(problem);
  });
});

describe('the state machine and the pre-decision gate 前置程序', () => {
  it.each([
    ['assessing', 'submit', ['unit'], 'review'],
    ['assessing', 'decide', ['unit'], null],
    ['review', 'decide', ['unit'], null],
    ['review', 'confirm', ['unit'], null],
    ['review', 'confirm', ['reviewer'], 'assessed'],
    ['review', 'return', ['reviewer'], 'assessing'],
    ['assessed', 'decide', ['unit'], 'decided'],
    ['assessed', 'suspend', ['unit'], 'suspended'],
    ['suspended', 'reassess', ['unit'], 'assessing'],
    ['suspended', 'decide', ['unit'], null],
    ['decided', 'reassess', ['unit'], null],
  ] as const)('%s --%s (%j)--> %s', (from, action, roles, to) => {
    expect(move(from, action, roles)).toBe(to);
  });
  it.each([
    ['assessing', 'not_assessed'],
    ['review', 'not_assessed'],
    ['assessed', null],
    ['decided', 'closed'],
  ] as const)('deciding in %s → %s', (state, problem) => {
    expect(gateProblem(state)).toBe(problem);
  });
  it('a high level offers no 决策 button, only 暂缓, 不实施 and reassessment', () => {
    expect(actionsFor('assessed', ['unit'], 'high')).toEqual(['suspend', 'drop', 'reassess', 'withdraw']);
    expect(actionsFor('assessed', ['unit'], 'low')).toEqual([
      'decide',
      'suspend',
      'drop',
      'reassess',
      'withdraw',
    ]);
    // 撤回 is the unit's, until decided
    for (const from of ['assessing', 'review', 'assessed', 'suspended'] as const)
      expect(move(from, 'withdraw', ['unit'])).toBe('withdrawn');
    for (const from of ['decided', 'dropped', 'withdrawn'] as const)
      expect(move(from, 'withdraw', ['unit'])).toBeNull();
    expect(move('review', 'withdraw', ['reviewer'])).toBeNull();
    expect(actionsFor('review', ['unit', 'reviewer'], null)).toEqual(['confirm', 'return', 'withdraw']);
  });
});

describe('measures and reports', () => {
  it.each([
    [{ dueOn: '2026-05-01', doneOn: '2026-04-30' }, true, false],
    [{ dueOn: '2026-05-01', doneOn: '2026-05-01' }, true, false],
    [{ dueOn: '2026-05-01', doneOn: '2026-05-02' }, false, false],
    [{ dueOn: '2026-05-01', doneOn: null }, false, true],
  ])('%j → on time %s, overdue on 05-10 %s', (m, ok, late) => {
    expect(onTime(m)).toBe(ok);
    expect(overdue(m, '2026-05-10')).toBe(late);
  });
  it('numbers the report 稳评〔year〕N号', () => {
    expect(reportNumber(2026, 7)).toBe('稳评〔2026〕7号');
  });
});
