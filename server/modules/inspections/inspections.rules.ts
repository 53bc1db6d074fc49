/**
 * Pure rules of inspections 巡察 (seed 004 Luohu: 将5个派驻组转为巡察组…先后对民政局、教育局等5个单位开展了
 * 3轮巡察，共发现问题81个，提出整改建议62条; 政治巡查 of the main responsibility; 问责 of 党的领导弱化、党的建设
 * 缺失等五类情况): the default problem categories, the rectification state machine as data, who moves
 * which step, deadlines and the on-time rate.
 */

/** The categories a district starts with (seed 004's five classes of accountability, and the special inspections). */
export const DEFAULT_CATEGORIES = [
  '党的领导弱化',
  '党的建设缺失',
  '全面从严治党不力',
  '选人用人问题',
  '公共资源交易',
  '换届风气',
  '作风建设问题',
] as const;

export const ROUND_KINDS = ['regular', 'special'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const SEVERITIES = ['general', 'serious', 'grave'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_STATES = [
  'recorded',
  'awaiting_plan',
  'plan_submitted',
  'rectifying',
  'closure_submitted',
  'rectified',
] as const;
export type FindingState = (typeof FINDING_STATES)[number];

/** Which side moves a step: the inspection side (巡察组, org_officer) or the inspected unit. */
export type Side = 'inspection' | 'unit';

/**
 * The rectification state machine, as data: feedback issued → the unit's plan → accepted (or
 * returned) → progress reports → closure evidence → verified 已整改 (or returned with a reason).
 */
export const FINDING_MOVES = [
  { action: 'issue', side: 'inspection', from: ['recorded'], to: 'awaiting_plan' },
  { action: 'submit_plan', side: 'unit', from: ['awaiting_plan'], to: 'plan_submitted' },
  { action: 'accept_plan', side: 'inspection', from: ['plan_submitted'], to: 'rectifying' },
  { action: 'return_plan', side: 'inspection', from: ['plan_submitted'], to: 'awaiting_plan' },
  { action: 'report_progress', side: 'unit', from: ['rectifying'], to: 'rectifying' },
  { action: 'submit_closure', side: 'unit', from: ['rectifying'], to: 'closure_submitted' },
  { action: 'accept_closure', side: 'inspection', from: ['closure_submitted'], to: 'rectified' },
  { action: 'return_closure', side: 'inspection', from: ['closure_submitted'], to: 'rectifying' },
] as const satisfies readonly {
  action: string;
  side: Side;
  from: readonly FindingState[];
  to: FindingState;
}[];
export type FindingAction = (typeof FINDING_MOVES)[number]['action'];
export const FINDING_ACTIONS = FINDING_MOVES.map((m) => m.action) as FindingAction[];

/** The actions a user moves on a finding (issue goes with the unit's feedback letter, not one by one). */
export const USER_ACTIONS = FINDING_ACTIONS.filter((a) => a !== 'issue') as Exclude<FindingAction, 'issue'>[];

/** What an action needs besides the version: a text, a deadline. */
export const ACTION_NEEDS: Record<FindingAction, { note: boolean; deadline: boolean }> = {
  issue: { note: false, deadline: false },
  submit_plan: { note: true, deadline: true },
  accept_plan: { note: false, deadline: false },
  return_plan: { note: true, deadline: false },
  report_progress: { note: true, deadline: false },
  submit_closure: { note: true, deadline: false },
  accept_closure: { note: false, deadline: false },
  return_closure: { note: true, deadline: false },
};

/** Where an action leads from a state, or null when it is not allowed there. */
export function findingMove(from: FindingState, action: string): FindingState | null {
  const m = FINDING_MOVES.find((x) => x.action === action);
  return m && (m.from as readonly FindingState[]).includes(from) ? m.to : null;
}

/** The side that takes an action. */
export function sideOf(action: FindingAction): Side {
  return FINDING_MOVES.find((m) => m.action === action)!.side;
}

/** The actions open from a state to the sides the user acts for (the buttons). */
export function findingActions(from: FindingState, sides: readonly Side[]): FindingAction[] {
  return FINDING_MOVES.filter(
    (m) =>
      m.action !== 'issue' && sides.includes(m.side) && (m.from as readonly FindingState[]).includes(from),
  ).map((m) => m.action);
}

/** Still to be rectified by its deadline (the unit has the ball or the verification is pending). */
const OPEN: readonly FindingState[] = ['awaiting_plan', 'plan_submitted', 'rectifying', 'closure_submitted'];

/** Overdue: a deadline passed before the problem was verified rectified (red). */
export function isOverdue(f: { state: string; deadline: string | null }, today: string): boolean {
  return OPEN.includes(f.state as FindingState) && !!f.deadline && f.deadline < today;
}

/** Due within `days` days from today (and not yet overdue). */
export function isDueSoon(f: { state: string; deadline: string | null }, today: string, days = 14): boolean {
  if (!OPEN.includes(f.state as FindingState) || !f.deadline || f.deadline < today) return false;
  return f.deadline <= addDays(today, days);
}

/** A calendar day plus n days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A plan's deadline must be from today up to two years ahead. */
export function deadlineAllowed(deadline: string, today: string): boolean {
  return deadline >= today && deadline <= addDays(today, 731);
}

/**
 * The on-time rectification rate 按期整改率 (percent, one decimal): problems verified rectified on or
 * before their deadline, over problems whose deadline has come (due today or earlier) plus those
 * rectified before it came; null when there are none yet.
 */
export function onTimeRate(
  findings: readonly { state: string; deadline: string | null; rectifiedOn: string | null }[],
  today: string,
): number | null {
  let num = 0;
  let den = 0;
  for (const f of findings) {
    const done = f.state === 'rectified';
    const onTime = done && !!f.deadline && !!f.rectifiedOn && f.rectifiedOn <= f.deadline;
    if ((f.deadline && f.deadline <= today) || onTime) den++;
    if (onTime) num++;
  }
  return den ? Math.round((num / den) * 1000) / 10 : null;
}

/** The number of a feedback letter: 福田区巡察反馈〔2026〕3号. */
export function feedbackNumber(districtName: string, year: number, seq: number): string {
  return `${districtName}巡察反馈〔${year}〕${seq}号`;
}

/** Units inspected are departments, streets and communities. */
export const UNIT_LEVELS = ['department', 'street', 'community'] as const;

/** A category must be one of the district's list. */
export function categoryAllowed(categories: readonly string[], category: string): boolean {
  return categories.includes(category);
}
