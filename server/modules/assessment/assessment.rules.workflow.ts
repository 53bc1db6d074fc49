/**
 * The quarterly sheet's workflow as data [000 Futian] and the quarters it runs in.
 * Pure: no IO (re-exported by assessment.rules.ts).
 */
import { ConflictError } from '../../platform/errors.ts';

/** A sheet's states: dispatched to the cadre, summary submitted, unit reviewed, department assessed, fed back, published. */
export const SHEET_STATES = [
  'dispatched',
  'submitted',
  'reviewed',
  'assessed',
  'fed_back',
  'published',
] as const;
export type SheetState = (typeof SHEET_STATES)[number];

/** One transition of a workflow: where it may start, where it leads, the 409 reason elsewhere. */
export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
  reason: string;
}

/**
 * Futian's online cycle [000]: 任务分派 → 办理跟踪 → 工作小结 → 审核评估 → 结果反馈, with the unit's
 * review before the department's assessment and publication inside the unit at the end. A unit
 * may return a summary to its cadre, who edits and submits again.
 */
export const SHEET_MACHINE = {
  save: { from: ['dispatched'], to: 'dispatched', reason: 'assessment.sheet_not_open' },
  submit: { from: ['dispatched'], to: 'submitted', reason: 'assessment.sheet_not_open' },
  return: { from: ['submitted'], to: 'dispatched', reason: 'assessment.sheet_not_submitted' },
  review: { from: ['submitted'], to: 'reviewed', reason: 'assessment.sheet_not_submitted' },
  assess: { from: ['reviewed', 'assessed'], to: 'assessed', reason: 'assessment.sheet_not_reviewed' },
  feedback: { from: ['assessed'], to: 'fed_back', reason: 'assessment.sheet_not_assessed' },
  publish: { from: ['fed_back'], to: 'published', reason: 'assessment.sheet_not_fed_back' },
} as const satisfies Record<string, Transition<SheetState>>;
export type SheetAction = keyof typeof SHEET_MACHINE;

/** The state an action leads to, or a 409 with the reason it is refused from this state. */
export function sheetTransition(from: SheetState, action: SheetAction): SheetState {
  const t: Transition<SheetState> = SHEET_MACHINE[action];
  if (!t.from.includes(from)) throw new ConflictError(t.reason);
  return t.to;
}

/** The step a sheet waits on, for the cycle board: whose move it is. */
export function waitingOn(state: SheetState): 'cadre' | 'unit' | 'department' | 'done' {
  if (state === 'dispatched') return 'cadre';
  if (state === 'submitted') return 'unit';
  if (state === 'reviewed' || state === 'assessed' || state === 'fed_back') return 'department';
  return 'done';
}

/** The deadline that applies to a sheet in a state (the cycle's deadlines per step). */
export function dueFor(
  state: SheetState,
  d: { summaryDue: string; reviewDue: string; assessDue: string; publishDue: string },
): string | null {
  if (state === 'dispatched') return d.summaryDue;
  if (state === 'submitted') return d.reviewDue;
  if (state === 'reviewed') return d.assessDue;
  if (state === 'assessed' || state === 'fed_back') return d.publishDue;
  return null;
}

/** A quarter as stored: '2026Q1'. */
export type Quarter = `${number}Q${1 | 2 | 3 | 4}`;
const QUARTER = /^(\d{4})Q([1-4])$/;

/** Year and quarter number of '2026Q1'. */
export function parseQuarter(q: string): { year: number; q: 1 | 2 | 3 | 4 } {
  const m = QUARTER.exec(q);
  if (!m) throw new RangeError(`not a quarter: ${q}`);
  return { year: Number(m[1]), q: Number(m[2]) as 1 | 2 | 3 | 4 };
}

/** First and last day of a quarter (YYYY-MM-DD). */
export function quarterRange(q: string): { from: string; to: string } {
  const { year, q: n } = parseQuarter(q);
  const m0 = (n - 1) * 3 + 1;
  const last = new Date(Date.UTC(year, m0 + 2, 0)).getUTCDate();
  const pad = (x: number) => String(x).padStart(2, '0');
  return { from: `${year}-${pad(m0)}-01`, to: `${year}-${pad(m0 + 2)}-${pad(last)}` };
}

/** The first days of a quarter's three months ('2026-10-01', '2026-11-01', '2026-12-01'). */
export function quarterMonths(q: string): [string, string, string] {
  const { year, q: n } = parseQuarter(q);
  const m = (i: number) => `${year}-${String((n - 1) * 3 + 1 + i).padStart(2, '0')}-01`;
  return [m(0), m(1), m(2)];
}

/** The quarter a day falls in. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter before. */
export function previousQuarter(q: string): string {
  const { year, q: n } = parseQuarter(q);
  return n === 1 ? `${year - 1}Q4` : `${year}Q${n - 1}`;
}
