/**
 * Pure rules of the 文明巡访团 (seed 003 福田: 区级“文明巡访团”, 全民参与、全民监督、全民创文): the team's
 * own checklist, where a round walks, who may walk it, which day a finding may be fixed on, when a round
 * without members is a to-do, and the figures' arithmetic.
 */

/** The team's checklist: 环境卫生, 公共秩序, 文明交通, 公益广告, 设施维护. */
export const CHECK_ITEMS = ['sanitation', 'order', 'traffic', 'psa', 'facilities'] as const;
export type CheckItem = (typeof CHECK_ITEMS)[number];

/** A round walks one community (the finding goes to that community to fix). */
export const AREA_LEVELS = ['community'] as const;

/** A round scheduled this many days ahead without members shows on the organiser's home page. */
export const UNSTAFFED_WARN_DAYS = 7;

/** The most members on one round. */
export const MAX_ROUND_MEMBERS = 20;

const DAY_MS = 86_400_000;
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** A share in percent with one decimal; null without a denominator. */
export function pct(a: number, b: number): number | null {
  return b === 0 ? null : Math.round((1000 * a) / b) / 10;
}

/** Whether a member's term covers a day (start and end included). */
export function inTerm(m: { termStart: string; termEnd: string }, day: string): boolean {
  return m.termStart <= day && day <= m.termEnd;
}

/** The round's state on a day: scheduled (ahead), today, or held (past). */
export function roundState(heldOn: string, today: string) {
  if (heldOn > today) return 'scheduled' as const;
  if (heldOn === today) return 'today' as const;
  return 'held' as const;
}

/** Whether a round is a to-do for its organiser: ahead within the warning days and nobody on it. */
export function unstaffed(heldOn: string, members: number, today: string, warnDays = UNSTAFFED_WARN_DAYS) {
  const ahead = Math.round((dayMs(heldOn) - dayMs(today)) / DAY_MS);
  return members === 0 && ahead >= 0 && ahead <= warnDays;
}

/** A finding is recorded on the round's day or later (never before the walk), and for an item it checks. */
export function findingProblem(
  round: { heldOn: string; items: readonly string[] },
  item: string,
  today: string,
): 'not_held' | 'not_on_checklist' | null {
  if (round.heldOn > today) return 'not_held';
  if (!round.items.includes(item)) return 'not_on_checklist';
  return null;
}

/** A fix is dated from the round's day (when the finding was seen) to today. */
export function fixDayOk(fixedOn: string, foundOn: string, today: string): boolean {
  return fixedOn >= foundOn && fixedOn <= today;
}
