/** Shapes of the tasks API: the daily evaluation 每日研判 and its thresholds per district. */
import { z } from 'zod';
import { id, day } from './tasks.common.schemas.ts';

// ---------- evaluation ----------
export const evaluateBody = z.object({
  districtId: id.optional(),
  /** The day evaluated (Asia/Shanghai calendar day); defaults to today. */
  day: day.optional(),
});
export const evaluateResult = z.object({
  day: z.string(),
  evaluated: z.number(),
  yellow: z.number(),
  red: z.number(),
  commendationDrafts: z.number(),
  accountabilityDrafts: z.number(),
  deadlineNotices: z.number(),
});
/** Thresholds of the daily evaluation, per district (percentage points behind plan, days). */
const whole = (min: number, max: number, key: string) =>
  z.number().int('tasks.settings.whole').min(min, key).max(max, key);
export const evalSettingsQuery = z.object({ districtId: id });
export const evalSettingsBody = z.object({
  districtId: id,
  /** Behind plan by at least this many percentage points → yellow. */
  yellowMargin: whole(1, 99, 'tasks.settings.yellow_range'),
  /** Behind by at least this many (or a milestone overdue) → red; greater than yellowMargin. */
  redMargin: whole(2, 100, 'tasks.settings.red_range'),
  /** Red for this many days → an accountability order is drafted. */
  redDaysForAccountability: whole(1, 365, 'tasks.settings.red_days_range'),
  /** Units are told of a deadline this many days ahead (0: on the day). */
  deadlineNoticeDays: whole(0, 90, 'tasks.settings.notice_days_range'),
  /** 排名严重滞后: the last this many places of the ranking (0: off); kept when left out. */
  rankingLagPlaces: whole(0, 50, 'tasks.settings.lag_places_range').optional(),
  /** Days in the last places before an accountability order is drafted; kept when left out. */
  rankingLagDays: whole(1, 365, 'tasks.settings.lag_days_range').optional(),
  /** Days after the deadline for a completed task's indicators to be met; kept when left out. */
  indicatorGraceDays: whole(0, 180, 'tasks.settings.grace_days_range').optional(),
  /** The version read (0 while the district uses the defaults). */
  version: z.number().int().min(0),
});
const thresholds = z.object({
  yellowMargin: z.number(),
  redMargin: z.number(),
  redDaysForAccountability: z.number(),
  deadlineNoticeDays: z.number(),
  rankingLagPlaces: z.number(),
  rankingLagDays: z.number(),
  indicatorGraceDays: z.number(),
});
export const evalSettingsView = thresholds.extend({
  districtId: id,
  version: z.number(),
  /** True while the district has never set its own (the defaults apply). */
  isDefault: z.boolean(),
  defaults: thresholds,
  updatedAt: z.string().nullable(),
  /** Whether the caller may change them. */
  canEdit: z.boolean(),
});
export type EvalSettingsView = z.infer<typeof evalSettingsView>;
