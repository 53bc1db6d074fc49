/**
 * Pure rules of 示范创建 and the 先锋指数 (seed 000: 福民社区 went from 广东省宜居社区 and 深圳市民主法治
 * 社区 up to 全国民主法治示范村(社区); seed 004: 争创模范机关; seed 003: 基层党建先锋指数测评工作体系).
 * The ladder of levels, who may declare which level, the declaration's states and moves, the pass
 * mark, the 公示 number, a title's 复核, and the index: weights, the 0–100 computation, the flags.
 */

/** The ladder, lowest first: 区级 → 市级 → 省级 → 全国. */
export const LEVELS = ['district', 'city', 'province', 'national'] as const;
export type Level = (typeof LEVELS)[number];

/** A title held: its level and when it lapses. */
export interface Title {
  level: Level;
  expiresOn: string;
}

/** Whether a title still stands on a day (it lapses on its expiry date unless re-checked). */
export function titleStands(t: Title, today: string): boolean {
  return today < t.expiresOn;
}

/** A standing title falls due for 复核 this many days before it lapses. */
export const RECHECK_NOTICE_DAYS = 90;

/** A title's status on a day: standing, due for 复核 soon, or lapsed. */
export function titleStatus(expiresOn: string, today: string): 'valid' | 'recheck_due' | 'lapsed' {
  if (today >= expiresOn) return 'lapsed';
  const soon = addDays(today, RECHECK_NOTICE_DAYS);
  return expiresOn <= soon ? 'recheck_due' : 'valid';
}

/**
 * Who may declare a level: the lowest is open to all; each higher level only to those holding a
 * standing title of the same programme at the level just below; nobody declares a level whose title
 * they already hold standing. Null when the declaration may be made.
 */
export function declareProblem(
  level: Level,
  held: readonly Title[],
  today: string,
): 'below_not_named' | 'already_named' | null {
  const standing = held.filter((t) => titleStands(t, today)).map((t) => t.level);
  if (standing.includes(level)) return 'already_named';
  const i = LEVELS.indexOf(level);
  if (i > 0 && !standing.includes(LEVELS[i - 1])) return 'below_not_named';
  return null;
}

/** The levels a node may declare, given its titles. */
export function openLevels(held: readonly Title[], today: string): Level[] {
  return LEVELS.filter((l) => declareProblem(l, held, today) === null);
}

/** States of a declaration 申报. */
export const STATES = ['draft', 'submitted', 'prereviewed', 'publicity', 'named', 'not_named'] as const;
export type State = (typeof STATES)[number];

/** Who moves a declaration: the declaring unit, the street (初审), the district (评审, 命名). */
export type MoveActor = 'unit' | 'street' | 'district';

/** The declaration's state machine, as data. */
export const MOVES = [
  { action: 'submit', from: ['draft'], to: 'submitted', by: ['unit'] },
  { action: 'pass', from: ['submitted'], to: 'prereviewed', by: ['street'] },
  { action: 'return', from: ['submitted', 'prereviewed'], to: 'draft', by: ['street', 'district'] },
  { action: 'publicise', from: ['prereviewed'], to: 'publicity', by: ['district'] },
  { action: 'name', from: ['publicity'], to: 'named', by: ['district'] },
  { action: 'reject', from: ['prereviewed', 'publicity'], to: 'not_named', by: ['district'] },
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

/** The moves open to roles in a state (the buttons). */
export function actionsFor(from: State, roles: readonly MoveActor[]): MoveAction[] {
  return MOVES.filter((m) => move(from, m.action, roles)).map((m) => m.action);
}

/** The pass mark: the district's score reaches pass% of the standard's points. */
export function passes(score: number, points: number, passPct: number): boolean {
  return points > 0 && score * 100 >= points * passPct;
}

/** Why naming is refused: the 公示 not over, or the score under the pass mark (null when it may). */
export function nameProblem(x: {
  today: string;
  publicityUntil: string;
  score: number;
  points: number;
  passPct: number;
}): 'publicity_running' | 'below_pass' | null {
  if (x.today < x.publicityUntil) return 'publicity_running';
  if (!passes(x.score, x.points, x.passPct)) return 'below_pass';
  return null;
}

/** The 公示 number as printed: 创建公示〔2026〕3号. */
export function publicityNumber(year: number, no: number): string {
  return `创建公示〔${year}〕${no}号`;
}

/** A day plus n days ('YYYY-MM-DD'). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A title named on a day lapses after the programme's years (then it is re-checked 复核). */
export function expiryOf(namedOn: string, years: number): string {
  return `${Number(namedOn.slice(0, 4)) + years}${namedOn.slice(4)}`;
}

/** 复核 outcomes: passed (the title runs on) or failed (it lapses that day). */
export const RECHECK_OUTCOMES = ['pass', 'fail'] as const;
export type RecheckOutcome = (typeof RECHECK_OUTCOMES)[number];

/**
 * Why a title may not be re-checked 复核 today, or null when it may: only a named title, and only
 * once it is due (within RECHECK_NOTICE_DAYS of its expiry) or has lapsed.
 */
export function recheckProblem(
  state: string,
  expiresOn: string | null,
  today: string,
): 'recheck_not_named' | 'recheck_not_due' | null {
  if (state !== 'named' || !expiresOn) return 'recheck_not_named';
  return titleStatus(expiresOn, today) === 'valid' ? 'recheck_not_due' : null;
}

/**
 * The title's expiry after a 复核: passed, the programme's years on from the old expiry (from today
 * when it had already lapsed, so a late 复核 gives no years back); failed, today (it lapses now),
 * never later than it was.
 */
export function recheckedExpiry(outcome: RecheckOutcome, expiresOn: string, today: string, years: number) {
  if (outcome === 'fail') return expiresOn < today ? expiresOn : today;
  return expiryOf(expiresOn > today ? expiresOn : today, years);
}

/** 先锋指数 indicators: code, name, weight (a district replaces them by importing its own). */
export interface IndexIndicator {
  code: string;
  name: string;
  weight: number;
}

/** The default indicator set (基层党建标准化建设 in five parts; weights a project default summing to 100). */
export const DEFAULT_INDEX_INDICATORS: readonly IndexIndicator[] = [
  { code: 'organisation', name: '组织建设规范化', weight: 25 },
  { code: 'education', name: '党员教育管理', weight: 20 },
  { code: 'service', name: '服务群众成效', weight: 25 },
  { code: 'position', name: '阵地建设与共建', weight: 15 },
  { code: 'vanguard', name: '先锋作用发挥', weight: 15 },
];

/**
 * The index of one organisation in a quarter: the weighted mean of its indicator scores (each
 * 0–100), one decimal; null until every indicator is scored.
 */
export function pioneerIndex(
  indicators: readonly IndexIndicator[],
  scores: Readonly<Record<string, number>>,
): number | null {
  if (indicators.length === 0 || indicators.some((i) => scores[i.code] === undefined)) return null;
  const w = indicators.reduce((s, i) => s + i.weight, 0);
  const sum = indicators.reduce((s, i) => s + i.weight * scores[i.code], 0);
  return Math.round((10 * sum) / w) / 10;
}

/**
 * The organisations the index measures: the grassroots committees 党委/党工委 and general branches
 * 党总支 (grid branches and groups answer to them and are not ranked on their own).
 */
export const INDEX_KINDS = ['committee', 'general_branch'] as const;

/** Flags for 整改, as data: an index under the floor, or in the bottom share of those ranked. */
export const FLAG_RULES = { floor: 60, bottomShare: 0.1 } as const;

/** Ranks indices (highest first, ties share a rank) and flags the bottom ones for 整改. */
export function rankAndFlag<T extends { index: number | null }>(
  rows: readonly T[],
): (T & { rank: number | null; flagged: boolean; flagReason: 'floor' | 'bottom' | null })[] {
  const scored = rows.filter((r) => r.index !== null).sort((a, b) => b.index! - a.index!);
  const bottomCount = Math.ceil(scored.length * FLAG_RULES.bottomShare);
  const cut = bottomCount > 0 ? scored[scored.length - bottomCount].index! : null;
  return rows.map((r) => {
    if (r.index === null) return { ...r, rank: null, flagged: false, flagReason: null };
    const rank = 1 + scored.filter((s) => s.index! > r.index!).length;
    const reason = r.index < FLAG_RULES.floor ? 'floor' : cut !== null && r.index <= cut ? 'bottom' : null;
    return { ...r, rank, flagged: reason !== null, flagReason: reason };
  });
}

/** A quarter as written: 2026Q3. */
export function quarterLabel(year: number, quarter: number): string {
  return `${year}Q${quarter}`;
}

/** The programmes a district usually runs (the demo's and the form's suggestions). */
export const SUGGESTED_PROGRAMMES = ['民主法治示范社区', '模范机关', '儿童友好社区', '宜居社区'] as const;
