/**
 * Pure rules of 结对联系 (seed 001, Beilun: "联系不断线"): the contact channels, a pair's month
 * judged from the months it had a contact (no contact in a calendar month of Asia/Shanghai is
 * 失联风险, two months in a row red), and the year's months as a grid.
 */

/** How the paired member got in touch: 电话, 微信, 上门, 视频. */
export const CHANNELS = ['phone', 'wechat', 'visit', 'video'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_NAMES: Record<Channel, string> = {
  phone: '电话',
  wechat: '微信',
  visit: '上门',
  video: '视频',
};

/** A pair's standing in a month: contacted, 失联风险 (none this month), red (none for two months). */
export type ContactRisk = 'ok' | 'risk' | 'red';

/** The month before 'YYYY-MM'. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * A pair's standing in `month`: 'ok' with a contact in it; otherwise 'red' when the month before
 * had none either and the pair already stood then (started before `month`), else 'risk'.
 */
export function contactRisk(contactMonths: Iterable<string>, month: string, startedOn: string): ContactRisk {
  const months = new Set(contactMonths);
  if (months.has(month)) return 'ok';
  const prev = previousMonth(month);
  if (startedOn.slice(0, 7) <= prev && !months.has(prev)) return 'red';
  return 'risk';
}

/** Each month of a pair as the year's grid shows it: contacted, missed, or not paired then. */
export type MonthMark = 'contacted' | 'missed' | 'unpaired';

/**
 * The months' marks for a pair that stood from `startedOn` to `endedOn` (null: still), up to
 * `today`: a month after today, or outside the pair's time, is 'unpaired'.
 */
export function monthMarks(
  months: string[],
  contactMonths: Iterable<string>,
  pair: { startedOn: string; endedOn: string | null },
  today: string,
): MonthMark[] {
  const set = new Set(contactMonths);
  const from = pair.startedOn.slice(0, 7);
  const to = (pair.endedOn ?? today).slice(0, 7);
  return months.map((m) => {
    if (set.has(m)) return 'contacted';
    if (m < from || m > to || m > today.slice(0, 7)) return 'unpaired';
    return 'missed';
  });
}

/** A contact's date must be a real day, not in the future, and not before the pair began. */
export function contactDateProblem(day: string, startedOn: string, today: string): string | null {
  if (day > today) return 'partymembers.pairing.contact_future';
  if (day < startedOn) return 'partymembers.pairing.contact_before_pair';
  return null;
}
