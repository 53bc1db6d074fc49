/** The rules of 一榜三令: calendar days, milestone plans, planned and actual progress. */

// ---------------------------------------------------------------- dates

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 for a 'YYYY-MM-DD' calendar day. */
export function dayNumber(d: string): number {
  return Math.round(Date.parse(d + 'T00:00:00Z') / DAY_MS);
}
/** The 'YYYY-MM-DD' of a day number. */
export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- progress

/** A milestone as the rules see it. */
export interface Milestone {
  seq: number;
  weight: number;
  dueDate: string;
  /** Reported completion, 0–100. */
  percent: number;
}

/** Milestones in plan order (by seq). */
function ordered(ms: readonly Milestone[]): Milestone[] {
  return [...ms].sort((a, b) => a.seq - b.seq);
}

/**
 * Planned progress (0–100) on a day: each milestone is planned to rise linearly from the previous
 * milestone's due date (the task's start for the first) to 100% on its own due date; the task's
 * plan is the weighted mean.
 */
export function plannedProgress(ms: readonly Milestone[], startDate: string, day: string): number {
  const total = ms.reduce((s, m) => s + m.weight, 0);
  if (total <= 0) return 0;
  const d = dayNumber(day);
  let prev = dayNumber(startDate);
  let acc = 0;
  for (const m of ordered(ms)) {
    const due = dayNumber(m.dueDate);
    const f = due <= prev ? (d >= due ? 1 : 0) : Math.min(1, Math.max(0, (d - prev) / (due - prev)));
    acc += m.weight * f;
    prev = due;
  }
  return (acc / total) * 100;
}

/** Orders milestones by due date, numbers them 1..n and sets where each one's plan starts. */
export function planMilestones<M extends { dueDate: string }>(
  ms: readonly M[],
  startDate: string,
): (M & { seq: number; plannedFrom: string })[] {
  const sorted = ms
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.dueDate.localeCompare(b.m.dueDate) || a.i - b.i);
  return sorted.map(({ m }, k) => ({
    ...m,
    seq: k + 1,
    plannedFrom: k === 0 ? startDate : sorted[k - 1].m.dueDate,
  }));
}

/** Actual progress (0–100): reported percentages rolled up by milestone weight. */
export function actualProgress(ms: readonly Milestone[]): number {
  const total = ms.reduce((s, m) => s + m.weight, 0);
  if (total <= 0) return 0;
  return ms.reduce((s, m) => s + m.weight * m.percent, 0) / total;
}

/** Whether some milestone is past its due date (before day) and not finished. */
export function milestoneOverdue(ms: readonly Milestone[], day: string): boolean {
  const d = dayNumber(day);
  return ms.some((m) => dayNumber(m.dueDate) < d && m.percent < 100);
}

/** Whether every milestone is reported 100%. */
export function allDone(ms: readonly Milestone[]): boolean {
  return ms.length > 0 && ms.every((m) => m.percent >= 100);
}

/** Milestones must be due no later than the deadline and not before the start; returns bad indexes. */
export function badMilestoneDates(
  ms: readonly { dueDate: string }[],
  startDate: string,
  deadline: string,
): number[] {
  const lo = dayNumber(startDate);
  const hi = dayNumber(deadline);
  return ms.flatMap((m, i) => (dayNumber(m.dueDate) < lo || dayNumber(m.dueDate) > hi ? [i] : []));
}
