/**
 * Pure rules of 专班招募令 (seed 001 衢江: 对143名退职领导干部实行单列考核，定期发布专班“招募令”，鼓励退职领导
 * 重返一线，对参与专班工作1年以上且表现突出的，给予一定晋升激励): the application state machine, an
 * order's official number and open period, months served, ratings, the incentive's eligibility, the
 * ratings due, and the separate ranking of the 退职领导 serving.
 */

export const APPLICATION_STATES = ['applied', 'shortlisted', 'selected', 'rejected', 'withdrawn'] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** Who moves an application: the organisation department decides, the applicant withdraws. */
export type Mover = 'department' | 'applicant';

/** The application state machine, as data: shortlisted, then selected or rejected; withdrawn before selection. */
export const APPLICATION_MOVES = [
  { action: 'shortlist', by: 'department', from: ['applied'], to: 'shortlisted' },
  { action: 'select', by: 'department', from: ['applied', 'shortlisted'], to: 'selected' },
  { action: 'reject', by: 'department', from: ['applied', 'shortlisted'], to: 'rejected' },
  { action: 'withdraw', by: 'applicant', from: ['applied', 'shortlisted'], to: 'withdrawn' },
] as const satisfies readonly {
  action: string;
  by: Mover;
  from: readonly ApplicationState[];
  to: ApplicationState;
}[];
export type ApplicationAction = (typeof APPLICATION_MOVES)[number]['action'];

/** Where an action by a mover leads from a state, or null (an illegal transition: 409). */
export function applicationMove(from: ApplicationState, action: string, by: Mover): ApplicationState | null {
  const m = APPLICATION_MOVES.find((x) => x.action === action && x.by === by);
  return m && (m.from as readonly ApplicationState[]).includes(from) ? m.to : null;
}

/** The department's actions open from a state (its buttons). */
export function departmentActions(from: ApplicationState): ApplicationAction[] {
  return APPLICATION_MOVES.filter(
    (m) => m.by === 'department' && (m.from as readonly ApplicationState[]).includes(from),
  ).map((m) => m.action);
}

/** The yearly rating of a member: 优秀/称职/基本称职/不称职. */
export const RATINGS = ['excellent', 'competent', 'basic', 'incompetent'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Record<Rating, string> = {
  excellent: '优秀',
  competent: '称职',
  basic: '基本称职',
  incompetent: '不称职',
};
const RATING_SCORE: Record<Rating, number> = { excellent: 4, competent: 3, basic: 2, incompetent: 1 };

/** The months a member must serve before the incentive (参与专班工作1年以上). */
export const INCENTIVE_MONTHS = 12;
/** The assessment's listed situation the incentive is declared as (参与专班工作1年以上且表现突出). */
export const INCENTIVE_SITUATION = 'P7';

/** Short name of a district for numbers: 福田区 → 福田, 开化县 → 开化, a bare 区 stays whole. */
export function districtShortName(name: string): string {
  return name.length > 1 ? name.replace(/(区|县|市)$/, '') : name;
}

/** An order's official number: 福田专招〔2026〕3号. */
export function orderNumber(districtName: string, year: number, seq: number): string {
  return `${districtShortName(districtName)}专招〔${year}〕${seq}号`;
}

/** Whether an order takes applications on a day (inside its open period and not closed). */
export function orderOpen(o: { openFrom: string; openTo: string; closed: boolean }, day: string): boolean {
  return !o.closed && o.openFrom <= day && day <= o.openTo;
}

/** Whole months from start to day (2026-01-15 → 2027-01-14 is 11, → 2027-01-15 is 12); 0 before start. */
export function monthsServed(start: string, day: string): number {
  if (day < start) return 0;
  const [ys, ms, ds] = start.split('-').map(Number);
  const [yd, md, dd] = day.split('-').map(Number);
  const m = (yd - ys) * 12 + (md - ms) - (dd < ds ? 1 : 0);
  return Math.max(0, m);
}

/** The day a year before day (for “rated in the last 12 months”). */
export function yearBefore(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const md = m === 2 && d === 29 ? 28 : d;
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(md).padStart(2, '0')}`;
}

/** The day n days after day (before it when n is negative). */
export function shiftDay(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A rating is due when the member has served a year without one in the last 12 months (at least yearly). */
export function ratingDue(start: string, lastRatedOn: string | null, day: string): boolean {
  const since = yearBefore(day);
  if (start > since) return false;
  return !lastRatedOn || lastRatedOn <= since;
}

/** Eligible for the promotion incentive: served 12 months or more and the latest rating is 优秀. */
export function eligibleForIncentive(months: number, latest: Rating | null): boolean {
  return months >= INCENTIVE_MONTHS && latest === 'excellent';
}

/** One 退职领导 in the separate ranking. */
export interface RankInput {
  id: string;
  name: string;
  latest: Rating | null;
  months: number;
}

/**
 * 单列考核: the 退职领导 serving, ranked by their latest rating (优秀 first, unrated last), then by
 * months served, then by name; equal rating and months share a rank.
 */
export function rankRetired<T extends RankInput>(rows: readonly T[]): (T & { rank: number })[] {
  const score = (r: T) => (r.latest ? RATING_SCORE[r.latest] : 0);
  const sorted = [...rows].sort(
    (a, b) => score(b) - score(a) || b.months - a.months || a.name.localeCompare(b.name, 'zh-CN'),
  );
  let rank = 0;
  return sorted.map((r, i) => {
    const prev = sorted[i - 1];
    if (!prev || score(prev) !== score(r) || prev.months !== r.months) rank = i + 1;
    return { ...r, rank };
  });
}

/** An order's posts: at least one, each with a positive count; the total places. */
export function placesOf(posts: readonly { count: number }[]): number {
  return posts.reduce((s, p) => s + p.count, 0);
}
