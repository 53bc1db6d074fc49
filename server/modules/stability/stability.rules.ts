/**
 * Pure rules of 重大决策社会稳定风险评估 (seed 003 Futian 智治: 将重大决策社会稳定影响风险评估纳入重大
 * 决策前置程序; 重大决策社会风险源分析与识别机制): the fields of a major decision, the five dimensions of
 * risk sources, likelihood × impact scoring, the overall level 高/中/低 by rules as data, what each
 * level allows (the rule of outcome), and the decision's state machine with the pre-decision gate.
 */

/** Fields of a major decision: 征地拆迁, 棚改, 重大工程, 价格调整, 教育医疗资源调整, 环境, 其他. */
export const FIELDS = [
  'land',
  'shantytown',
  'project',
  'price',
  'public_service',
  'environment',
  'other',
] as const;
export type Field = (typeof FIELDS)[number];

/** The five dimensions of risk 合法性, 合理性, 可行性, 可控性, 安全性. */
export const DIMENSIONS = ['legality', 'rationality', 'feasibility', 'controllability', 'safety'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** How public opinion was gathered: 问卷 / 座谈 / 听证 / 走访. */
export const METHODS = ['questionnaire', 'forum', 'hearing', 'visit'] as const;
export type Method = (typeof METHODS)[number];

/** Levels, highest first. */
export const LEVELS = ['high', 'mid', 'low'] as const;
export type Level = (typeof LEVELS)[number];

/** Likelihood and impact are each rated 1 (very low) to 5 (very high). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/**
 * A risk source's score is likelihood × impact (1–25), banded as data: 15 and above 高, 8–14 中,
 * below 8 低 (a 5 × 5 matrix's usual thirds; a project default).
 */
export const SCORE_BANDS: readonly { min: number; level: Level }[] = [
  { min: 15, level: 'high' },
  { min: 8, level: 'mid' },
  { min: 1, level: 'low' },
];

/** The score of one risk source. */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The level of a score. */
export function scoreLevel(score: number): Level {
  return SCORE_BANDS.find((b) => score >= b.min)?.level ?? 'low';
}

/** One identified risk source. */
export interface Risk {
  dimension: Dimension;
  source: string;
  likelihood: number;
  impact: number;
}

const rank = (l: Level) => LEVELS.length - LEVELS.indexOf(l);
/** The higher of two levels. */
export function higher(a: Level, b: Level): Level {
  return rank(a) >= rank(b) ? a : b;
}

/** Each dimension's level: its highest-scoring source's (low when it has none). */
export function dimensionLevels(risks: readonly Risk[]): Record<Dimension, Level> {
  const out = Object.fromEntries(DIMENSIONS.map((d) => [d, 'low'])) as Record<Dimension, Level>;
  for (const r of risks)
    out[r.dimension] = higher(out[r.dimension], scoreLevel(riskScore(r.likelihood, r.impact)));
  return out;
}

/** The share opposed in the survey, in percent (null when nobody was asked). */
export function oppositionPct(s: { for: number; against: number; neutral: number }): number | null {
  const all = s.for + s.against + s.neutral;
  return all === 0 ? null : Math.round((1000 * s.against) / all) / 10;
}

/** A district's thresholds: opposition at or above high% → 高, at or above mid% → 中 (defaults 30 and 10). */
export interface Thresholds {
  oppositionHighPct: number;
  oppositionMidPct: number;
}
export const DEFAULT_THRESHOLDS: Thresholds = { oppositionHighPct: 30, oppositionMidPct: 10 };

/** What the level rules read. */
export interface LevelInput {
  risks: readonly Risk[];
  survey: { for: number; against: number; neutral: number };
  thresholds: Thresholds;
}

/** The overall level's rules, as data: each names itself, the level it sets and when it applies. */
export const LEVEL_RULES: readonly { key: string; level: Level; applies: (x: LevelInput) => boolean }[] = [
  {
    key: 'dimension_high',
    level: 'high',
    applies: (x) => Object.values(dimensionLevels(x.risks)).includes('high'),
  },
  {
    key: 'opposition_high',
    level: 'high',
    applies: (x) => (oppositionPct(x.survey) ?? 0) >= x.thresholds.oppositionHighPct,
  },
  {
    key: 'dimension_mid',
    level: 'mid',
    applies: (x) => Object.values(dimensionLevels(x.risks)).includes('mid'),
  },
  {
    key: 'opposition_mid',
    level: 'mid',
    applies: (x) => (oppositionPct(x.survey) ?? 0) >= x.thresholds.oppositionMidPct,
  },
];

/** The overall level and the rules that set it (低 when none applies). */
export function assessLevel(x: LevelInput): { level: Level; reasons: string[] } {
  const hits = LEVEL_RULES.filter((r) => r.applies(x));
  const level = hits.reduce<Level>((l, r) => higher(l, r.level), 'low');
  return { level, reasons: hits.filter((r) => r.level === level).map((r) => r.key) };
}

/**
 * The rule of outcome: 高 → not decided as is (暂缓 or 不实施, or changed and reassessed); 中 →
 * decided only with mitigation measures, each with an owner and a due date; 低 → may proceed.
 */
export const OUTCOME_RULES: Record<
  Level,
  { decide: readonly ('as_is' | 'with_measures')[]; measuresRequired: boolean }
> = {
  high: { decide: [], measuresRequired: true },
  mid: { decide: ['with_measures'], measuresRequired: true },
  low: { decide: ['as_is', 'with_measures'], measuresRequired: false },
};

/** Why a decision may not be taken at a level with so many measures: null when it may. */
export function decideProblem(
  level: Level,
  outcome: 'as_is' | 'with_measures',
  measures: number,
): 'high_level' | 'measures_required' | 'outcome_not_allowed' | null {
  const r = OUTCOME_RULES[level];
  if (r.decide.length === 0) return 'high_level';
  if (!r.decide.includes(outcome)) return 'outcome_not_allowed';
  if ((r.measuresRequired || outcome === 'with_measures') && measures === 0) return 'measures_required';
  return null;
}

/** States of a major decision. */
export const STATES = [
  'assessing',
  'review',
  'assessed',
  'decided',
  'suspended',
  'dropped',
  'withdrawn',
] as const;
export type State = (typeof STATES)[number];

/** Who moves a decision: the registering unit, or the district's reviewer (政法委). */
export type MoveActor = 'unit' | 'reviewer';

/**
 * The decision's state machine, as data. 决策 (decide) is open only once the assessment is
 * confirmed: the pre-decision procedure 前置程序. Until it is decided the unit may withdraw it.
 */
export const MOVES = [
  { action: 'submit', from: ['assessing'], to: 'review', by: ['unit'] },
  { action: 'confirm', from: ['review'], to: 'assessed', by: ['reviewer'] },
  { action: 'return', from: ['review'], to: 'assessing', by: ['reviewer'] },
  { action: 'decide', from: ['assessed'], to: 'decided', by: ['unit'] },
  { action: 'suspend', from: ['assessed'], to: 'suspended', by: ['unit'] },
  { action: 'drop', from: ['assessed', 'suspended'], to: 'dropped', by: ['unit'] },
  { action: 'reassess', from: ['assessed', 'suspended'], to: 'assessing', by: ['unit'] },
  // 撤回: the unit takes the matter back (with a reason) at any point before it is decided
  {
    action: 'withdraw',
    from: ['assessing', 'review', 'assessed', 'suspended'],
    to: 'withdrawn',
    by: ['unit'],
  },
] as const satisfies readonly {
  action: string;
  from: readonly State[];
  to: State;
  by: readonly MoveActor[];
}[];
export type MoveAction = (typeof MOVES)[number]['action'];
export const MOVE_ACTIONS = MOVES.map((m) => m.action) as MoveAction[];

/** Where a move leads for one acting as any of roles, or null when it may not be taken. */
export function move(from: State, action: string, roles: readonly MoveActor[]): State | null {
  const m = MOVES.find((x) => x.action === action);
  if (!m || !(m.from as readonly State[]).includes(from)) return null;
  return (m.by as readonly MoveActor[]).some((r) => roles.includes(r)) ? m.to : null;
}

/** The moves open (the buttons); decide, suspend and drop also follow the confirmed level. */
export function actionsFor(from: State, roles: readonly MoveActor[], level: Level | null): MoveAction[] {
  return MOVES.filter((m) => move(from, m.action, roles))
    .map((m) => m.action)
    .filter((a) => !(a === 'decide' && level === 'high'));
}

/** Why deciding is refused in a state: the pre-decision gate (null when the state allows it). */
export function gateProblem(state: State): 'not_assessed' | 'closed' | null {
  if (state === 'assessing' || state === 'review') return 'not_assessed';
  if (state !== 'assessed') return 'closed';
  return null;
}

/** A measure is on time when done by its due date. */
export function onTime(m: { dueOn: string; doneOn: string | null }): boolean {
  return m.doneOn !== null && m.doneOn <= m.dueOn;
}

/** A measure is overdue when not done after its due date. */
export function overdue(m: { dueOn: string; doneOn: string | null }, today: string): boolean {
  return m.doneOn === null && today > m.dueOn;
}

/** The report number as printed: 稳评〔2026〕7号. */
export function reportNumber(year: number, no: number): string {
  return `稳评〔${year}〕${no}号`;
}

/**
 * The default catalogue of risk sources by dimension (a district replaces it by importing its own):
 * the usual questions of a 稳评 under each of the five dimensions.
 */
export const DEFAULT_SOURCES: readonly { dimension: Dimension; name: string }[] = [
  { dimension: 'legality', name: '决策权限与程序是否合法' },
  { dimension: 'legality', name: '征收补偿依据是否充分' },
  { dimension: 'rationality', name: '补偿安置标准是否公平合理' },
  { dimension: 'rationality', name: '是否兼顾不同群体利益' },
  { dimension: 'feasibility', name: '资金保障是否到位' },
  { dimension: 'feasibility', name: '实施时机与周期是否成熟' },
  { dimension: 'controllability', name: '群体性上访或聚集风险' },
  { dimension: 'controllability', name: '网络舆情炒作风险' },
  { dimension: 'safety', name: '施工安全与环境影响' },
  { dimension: 'safety', name: '公共服务中断影响' },
];
