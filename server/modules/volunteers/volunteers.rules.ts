/**
 * Pure rules of volunteering (seed 003, Futian: star volunteers 星级志愿者 by yearly hours):
 * star levels from a year's hours against a district's thresholds, the hours a check-in and
 * check-out earn, and when an activity's QR code may be scanned.
 */

/** Default yearly hours for one to five stars (a district sets its own). */
export const DEFAULT_STAR_HOURS = [20, 50, 100, 150, 200] as const;

/** Stars (0–5) a year's hours earn against ascending thresholds. */
export function starsFor(hours: number, thresholds: readonly number[]): number {
  let s = 0;
  for (const t of thresholds) if (hours >= t) s++;
  return Math.min(s, 5);
}

/** Whether thresholds are five strictly ascending positive whole hours (at most 10,000). */
export function validThresholds(t: readonly number[]): boolean {
  return (
    t.length === 5 &&
    t.every((x, i) => Number.isInteger(x) && x > 0 && x <= 10_000 && (i === 0 || x > t[i - 1]))
  );
}

/**
 * Hours a volunteer earned between check-in and check-out, only within the activity's time,
 * rounded down to the half hour.
 */
export function earnedHours(checkin: Date, checkout: Date, starts: Date, ends: Date): number {
  const from = Math.max(checkin.getTime(), starts.getTime());
  const to = Math.min(checkout.getTime(), ends.getTime());
  if (to <= from) return 0;
  return Math.floor(((to - from) / 3_600_000) * 2) / 2;
}

/** Check-in opens an hour before an activity starts and closes when it ends (check-out two hours after). */
export function scanWindow(
  now: Date,
  starts: Date,
  ends: Date,
  kind: 'in' | 'out',
): 'early' | 'open' | 'closed' {
  if (now.getTime() < starts.getTime() - 3_600_000) return 'early';
  const closes = ends.getTime() + (kind === 'out' ? 2 * 3_600_000 : 0);
  return now.getTime() > closes ? 'closed' : 'open';
}

export const SIGNUP_STATES = ['signed', 'checked_in', 'checked_out', 'confirmed', 'cancelled'] as const;
export type SignupState = (typeof SIGNUP_STATES)[number];
