/**
 * Pure rules of the support around social organisations: party-building instructors 党建指导员
 * sent for a term, the quarter a visit counts in, the talent kinds 草根领袖/社工/持证社工 with the
 * certificate levels 助理/中级/高级, the base kinds, the four links 联建联调联管联服, and when a
 * settlement in a base is about to end.
 */

/** Kinds of base: an incubation base of the 1+2+4 matrix, or a headquarters base 社会组织总部基地. */
export const BASE_KINDS = ['incubation', 'headquarters'] as const;
/** The four links of the platform: 联建 build, 联调 mediate, 联管 manage, 联服 serve. */
export const LINKS = ['build', 'mediate', 'manage', 'serve'] as const;
export type Link = (typeof LINKS)[number];
/** Talent kinds: grass-roots leader 草根领袖, social worker 社工, certified social worker 持证社工. */
export const TALENT_KINDS = ['leader', 'worker', 'certified'] as const;
export type TalentKind = (typeof TALENT_KINDS)[number];
/** The national social-worker certificate levels: 助理社会工作师, 社会工作师 (中级), 高级社会工作师. */
export const CERT_LEVELS = ['assistant', 'intermediate', 'senior'] as const;
export type CertLevel = (typeof CERT_LEVELS)[number];

/** A settlement ending within this many days shows on the home page. */
export const SETTLEMENT_WARN_DAYS = 60;
/** Longest term an instructor is sent for (days; three years). */
export const MAX_TERM_DAYS = 3 * 366;

const DAY = 86_400_000;
const dayNo = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;
/** The day n days after d (both YYYY-MM-DD). */
export const addDays = (d: string, n: number) => new Date((dayNo(d) + n) * DAY).toISOString().slice(0, 10);

/** The quarter a day falls in, e.g. '2026-Q3'. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The first day of the quarter a day falls in. */
export function quarterStart(day: string): string {
  const m = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
  return `${day.slice(0, 4)}-${String(m).padStart(2, '0')}-01`;
}

/** The first day of a quarter named as quarterOf names it ('2026-Q3' → '2026-07-01'). */
export function quarterFirstDay(quarter: string): string {
  const q = Number(quarter.slice(-1));
  return `${quarter.slice(0, 4)}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The last n quarters up to the one of day, oldest first. */
export function lastQuarters(day: string, n: number): string[] {
  let y = Number(day.slice(0, 4));
  let q = Number(quarterOf(day).slice(-1));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.unshift(`${y}-Q${q}`);
    q -= 1;
    if (q === 0) [y, q] = [y - 1, 4];
  }
  return out;
}

/** Whether a term (assignment or settlement) runs on day. */
export function termRuns(t: { startsOn: string; endsOn: string }, day: string): boolean {
  return t.startsOn <= day && day <= t.endsOn;
}

/** What is wrong with a term's dates (field and message key), or null. */
export function termProblem(
  t: { startsOn: string; endsOn: string },
  maxDays = MAX_TERM_DAYS,
): { field: string; key: string } | null {
  if (t.endsOn < t.startsOn) return { field: 'endsOn', key: 'socialorgs.support.ends_before_start' };
  if (dayNo(t.endsOn) - dayNo(t.startsOn) > maxDays)
    return { field: 'endsOn', key: 'socialorgs.support.term_too_long' };
  return null;
}

/** Whether a settlement ending on endsOn is to be renewed or closed soon (not yet ended, within the days). */
export function settlementEnding(endsOn: string, today: string, days = SETTLEMENT_WARN_DAYS): boolean {
  return endsOn >= today && dayNo(endsOn) - dayNo(today) <= days;
}

/** A talent's kind and certificate level as the register keeps them: only a certified one has a level. */
export function talentProblem(kind: TalentKind, certLevel: CertLevel | null | undefined) {
  if (kind === 'certified' && !certLevel)
    return { field: 'certLevel', key: 'socialorgs.talent.level_needed' };
  if (kind !== 'certified' && certLevel)
    return { field: 'certLevel', key: 'socialorgs.talent.level_only_certified' };
  return null;
}

/** Share in percent with one decimal, null when nothing to divide by. */
export const share = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);

/** Chinese labels, for Excel sheets in and out. */
export const SUPPORT_ZH = {
  kind: { leader: '草根领袖', worker: '社工', certified: '持证社工' } as Record<TalentKind, string>,
  certLevel: { assistant: '助理社会工作师', intermediate: '社会工作师', senior: '高级社会工作师' } as Record<
    CertLevel,
    string
  >,
  link: { build: '联建', mediate: '联调', manage: '联管', serve: '联服' } as Record<Link, string>,
  baseKind: { incubation: '孵化基地', headquarters: '总部基地' },
};

/** The code a sheet's text stands for: the Chinese label, a short form, or the code itself; undefined if none. */
export function supportCodeOf<K extends 'kind' | 'certLevel'>(
  list: K,
  text: string,
): (K extends 'kind' ? TalentKind : CertLevel) | undefined {
  const s = text.trim();
  const labels = SUPPORT_ZH[list] as Record<string, string>;
  const short: Record<string, string> = {
    助理: 'assistant',
    初级: 'assistant',
    中级: 'intermediate',
    高级: 'senior',
    草根: 'leader',
    草根领袖: 'leader',
    本土社工: 'worker',
    社工: 'worker',
    持证: 'certified',
  };
  for (const [code, label] of Object.entries(labels)) if (label === s || code === s) return code as never;
  const c = short[s];
  return c && c in labels ? (c as never) : undefined;
}
