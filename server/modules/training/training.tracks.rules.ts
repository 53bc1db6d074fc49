/**
 * Pure rules of the training plans per track (Kaihua, seed 001: 一把手“领航计划”、年轻干部“雏鹰计划”、
 * 退出现职领导干部“常青藤计划”): a cadre's progress against their track's plan for the year, and
 * who lags (behind the hours the year's elapsed share asks for, or a required course not attended
 * by the last quarter).
 */

/** A cadre's year against a plan. */
export interface Progress {
  hours: number;
  requiredHours: number;
  /** Required courses attended / required. */
  coursesDone: number;
  coursesRequired: number;
  /** Share of the hours, percent 0–100 (100 with nothing required). */
  percent: number;
  complete: boolean;
  lagging: boolean;
}

/** Share of the year gone on a day (0–1), from 1 January to 31 December. */
export function yearElapsed(day: string): number {
  const y = Number(day.slice(0, 4));
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  const d = Date.parse(`${day}T00:00:00Z`);
  return Math.min(1, Math.max(0, (d - start) / (end - start)));
}

/**
 * Progress of a cadre: complete with the hours and every required course; lagging when not
 * complete and either the hours are below the year's elapsed share of the required hours, or a
 * required course is still missing in the last quarter (from 1 October).
 */
export function progressOf(
  p: { hours: number; requiredHours: number; coursesDone: number; coursesRequired: number },
  day: string,
): Progress {
  const hours = Math.round(p.hours * 10) / 10;
  const percent = p.requiredHours > 0 ? Math.min(100, Math.round((hours * 100) / p.requiredHours)) : 100;
  const complete = hours >= p.requiredHours && p.coursesDone >= p.coursesRequired;
  const expected = p.requiredHours * yearElapsed(day);
  const lateQuarter = day.slice(5) >= '10-01';
  const lagging =
    !complete && (hours + 1e-9 < expected || (lateQuarter && p.coursesDone < p.coursesRequired));
  return { ...p, hours, percent, complete, lagging };
}
