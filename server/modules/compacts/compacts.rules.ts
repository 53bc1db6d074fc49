/**
 * Pure rules of 契约化党建 and the monthly 圆桌会 (seed 001 鄞州): the contract's number and when it is
 * in force, the round tables a community owes, a unit absent three times in a row, a project done on
 * time or overdue, and the yearly evaluation of a contract as a grade (bands as data).
 */

/** The three lists of a contract: 资源清单, 需求清单, 项目清单. */
export const ITEM_KINDS = ['resource', 'need', 'project'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** A contract is drafted by the community and signed by the unit. */
export const CONTRACT_STATES = ['draft', 'signed'] as const;
export type ContractState = (typeof CONTRACT_STATES)[number];

/** A round table is scheduled, then held. */
export const MEETING_STATES = ['scheduled', 'held'] as const;

/** Grades of the yearly evaluation, best first. */
export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type Grade = (typeof GRADES)[number];

/** A unit absent from this many held round tables in a row is flagged. */
export const MISSED_IN_A_ROW = 3;

/**
 * The yearly score is 60% projects done on time and 40% attendance (a project default), banded as
 * data: 90+ 优秀, 75+ 良好, 60+ 合格, below 不合格.
 */
export const SCORE_WEIGHTS = { onTime: 0.6, attendance: 0.4 } as const;
export const GRADE_BANDS: readonly { min: number; grade: Grade }[] = [
  { min: 90, grade: 'excellent' },
  { min: 75, grade: 'good' },
  { min: 60, grade: 'pass' },
  { min: 0, grade: 'fail' },
];

/** The contract's number: 共建契约〔2026〕3号. */
export function contractNumber(year: number, seq: number): string {
  return `共建契约〔${year}〕${seq}号`;
}

/** Whether a signed contract is in force on a day (its term includes the day). */
export function inForce(c: { state: string; startsOn: string; endsOn: string }, day: string): boolean {
  return c.state === 'signed' && c.startsOn <= day && day <= c.endsOn;
}

/** The month 'YYYY-MM' of a day 'YYYY-MM-DD'. */
export const monthOf = (day: string) => day.slice(0, 7);

/** The month after 'YYYY-MM'. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The months 'YYYY-MM' of a year up to and including the month of day (all twelve for a past year). */
export function monthsOfYearUpTo(year: number, day: string): string[] {
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month <= monthOf(day)) out.push(month);
  }
  return out;
}

/** Whether a contract's term touches a month (so its community owes a round table with the unit). */
export function termTouches(c: { startsOn: string; endsOn: string }, month: string): boolean {
  return monthOf(c.startsOn) <= month && month <= monthOf(c.endsOn);
}

/**
 * The round tables a community owes in a year up to day: one per month in which it has at least one
 * signed contract whose term touches the month.
 */
export function monthsDue(
  contracts: readonly { state: string; startsOn: string; endsOn: string }[],
  year: number,
  day: string,
): string[] {
  return monthsOfYearUpTo(year, day).filter((m) =>
    contracts.some((c) => c.state === 'signed' && termTouches(c, m)),
  );
}

/** How many of the latest held round tables in a row a unit missed (attendance oldest first). */
export function missedInARow(presence: readonly boolean[]): number {
  let n = 0;
  for (let i = presence.length - 1; i >= 0 && !presence[i]; i--) n++;
  return n;
}

/** Whether a unit is flagged for absence (MISSED_IN_A_ROW round tables in a row). */
export const flaggedAbsent = (presence: readonly boolean[]) => missedInARow(presence) >= MISSED_IN_A_ROW;

/** A project open after its due day is overdue. */
export function overdue(p: { state: string; dueOn: string | null }, day: string): boolean {
  return p.state === 'open' && !!p.dueOn && p.dueOn < day;
}

/** A project done on or before its due day. */
export function doneOnTime(p: { state: string; dueOn: string | null; doneOn: string | null }): boolean {
  return p.state === 'done' && !!p.dueOn && !!p.doneOn && p.doneOn <= p.dueOn;
}

const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);

/** What a contract's year is graded on. */
export interface YearFigures {
  /** Projects due in the year (by their due day, up to today). */
  projectsDue: number;
  projectsOnTime: number;
  /** Round tables held in the year while the contract was in force, and those the unit attended. */
  meetingsHeld: number;
  meetingsPresent: number;
}

/**
 * The yearly evaluation: the on-time and attendance rates, the weighted score and its grade; a
 * rate with nothing to count drops out (the other carries the score); nothing at all: no grade.
 */
export function evaluate(f: YearFigures) {
  const onTimePct = pct(f.projectsOnTime, f.projectsDue);
  const attendancePct = pct(f.meetingsPresent, f.meetingsHeld);
  const parts: [number, number][] = [];
  if (onTimePct !== null) parts.push([onTimePct, SCORE_WEIGHTS.onTime]);
  if (attendancePct !== null) parts.push([attendancePct, SCORE_WEIGHTS.attendance]);
  if (parts.length === 0) return { onTimePct, attendancePct, score: null, grade: null };
  const weight = parts.reduce((s, [, w]) => s + w, 0);
  const score = Math.round((10 * parts.reduce((s, [v, w]) => s + v * w, 0)) / weight) / 10;
  const grade = GRADE_BANDS.find((b) => score >= b.min)!.grade;
  return { onTimePct, attendancePct, score, grade };
}
