/**
 * Pure rules of the 全面从严治党主体责任清单 (seed 004 Luohu: 纵向到底 … 横向到边 … 定向到人; 区委党的
 * 建设领导小组办公室建立年度专项述职、季度专项通报制度; 对党的领导弱化、党的建设缺失等五类情况共20余种
 * 情形进行问责 … 建立容错纠错机制): who carries a list, an item's state machine, overdue, completion
 * rates, the quarter's window, the rating of a yearly report, and the catalogue of situations.
 */

/**
 * The organisations that carry a list, as data: 纵向到底 (区委, 党组, 街道党工委, 社区党委, 其他党(工)委,
 * 基层党组织) and 横向到边 (区纪委's supervision duty; 区委办公室, 组织部, 宣传部, 统战部). levels: the
 * tree levels whose nodes get a list when a year is instantiated (empty: the office adds them one by one).
 */
export const ORG_KINDS = [
  { key: 'district_committee', axis: 'vertical', levels: ['district'] },
  { key: 'party_group', axis: 'vertical', levels: ['department'] },
  { key: 'street_committee', axis: 'vertical', levels: ['street'] },
  { key: 'community_committee', axis: 'vertical', levels: ['community'] },
  { key: 'other_committee', axis: 'vertical', levels: [] },
  { key: 'grassroots', axis: 'vertical', levels: [] },
  { key: 'discipline', axis: 'horizontal', levels: ['district'] },
  { key: 'general_office', axis: 'horizontal', levels: ['district'] },
  { key: 'organisation_dept', axis: 'horizontal', levels: ['district'] },
  { key: 'publicity_dept', axis: 'horizontal', levels: ['district'] },
  { key: 'united_front_dept', axis: 'horizontal', levels: ['district'] },
] as const;

/** The posts that carry a list (定向到人): 书记, 副书记, 纪委书记, 组织部长, 宣传部长, 统战部长. */
export const POSTS = [
  { key: 'secretary', levels: ['district', 'street', 'community'] },
  { key: 'deputy_secretary', levels: ['district', 'street'] },
  { key: 'discipline_secretary', levels: ['district'] },
  { key: 'organisation_head', levels: ['district'] },
  { key: 'publicity_head', levels: ['district'] },
  { key: 'united_front_head', levels: ['district'] },
] as const;

export const ORG_KIND_KEYS = ORG_KINDS.map((k) => k.key);
export const POST_KEYS = POSTS.map((p) => p.key);
export const KIND_KEYS = [...ORG_KIND_KEYS, ...POST_KEYS] as [string, ...string[]];
export type Target = 'org' | 'post';

/** Whether kind belongs to target (an organisation kind to 'org', a post to 'post'). */
export function kindFits(target: Target, kind: string): boolean {
  return (
    target === 'org' ? (ORG_KIND_KEYS as readonly string[]) : (POST_KEYS as readonly string[])
  ).includes(kind);
}

/** The lists a node of a level gets when a year is instantiated: [target, kind] pairs. */
export function kindsForLevel(level: string): [Target, string][] {
  return [
    ...ORG_KINDS.filter((k) => (k.levels as readonly string[]).includes(level)).map(
      (k) => ['org', k.key] as [Target, string],
    ),
    ...POSTS.filter((p) => (p.levels as readonly string[]).includes(level)).map(
      (p) => ['post', p.key] as [Target, string],
    ),
  ];
}

/** An item's states: 未报送 → 已报送 → 已认定, or 退回 to report again. */
export const ITEM_STATES = ['open', 'submitted', 'returned', 'accepted'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/** Who moves an item: the organisation (reports progress) or the office (checks it). */
export type ItemActor = 'unit' | 'office';

/** The item's state machine, as data. */
export const ITEM_MOVES = [
  { action: 'report', from: ['open', 'returned', 'submitted'], to: 'submitted', by: 'unit' },
  { action: 'accept', from: ['submitted'], to: 'accepted', by: 'office' },
  { action: 'return', from: ['submitted'], to: 'returned', by: 'office' },
] as const satisfies readonly { action: string; from: readonly ItemState[]; to: ItemState; by: ItemActor }[];
export type ItemAction = (typeof ITEM_MOVES)[number]['action'];

/** Where a move leads for one who acts as roles, or null when it may not be taken. */
export function itemMove(from: ItemState, action: string, roles: readonly ItemActor[]): ItemState | null {
  const m = ITEM_MOVES.find((x) => x.action === action);
  if (!m || !(m.from as readonly ItemState[]).includes(from) || !roles.includes(m.by)) return null;
  return m.to;
}

/** The moves open to one who acts as roles (the buttons). */
export function itemActions(from: ItemState, roles: readonly ItemActor[]): ItemAction[] {
  return ITEM_MOVES.filter((m) => itemMove(from, m.action, roles)).map((m) => m.action);
}

/** An item is overdue (shown in red) when it is not accepted by the end of its due day. */
export function overdue(item: { state: string; dueOn: string }, today: string): boolean {
  return item.state !== 'accepted' && item.dueOn < today;
}

/** A share as a percentage with one decimal; null when nothing is counted. */
export function pct(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}

/**
 * The completion rate: items due on or before a day that were accepted as done on or before
 * acceptedBy (by default the same day: a quarter's figures as they stood at its end) ÷ items due on
 * or before that day. The yearly rate: due by the year's end (or today), accepted by today, so an
 * item done late still counts as done.
 */
export function completionRate(
  items: readonly { state: string; dueOn: string; acceptedOn: string | null }[],
  dueBy: string,
  acceptedBy = dueBy,
): number | null {
  const due = items.filter((i) => i.dueOn <= dueBy);
  return pct(
    due.filter((i) => i.state === 'accepted' && i.acceptedOn !== null && i.acceptedOn <= acceptedBy).length,
    due.length,
  );
}

/** A quarter's first and last day. */
export function quarterWindow(year: number, quarter: number): { from: string; to: string } {
  const m = (quarter - 1) * 3 + 1;
  const last = new Date(Date.UTC(year, m + 2, 0)).getUTCDate();
  const mm = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${mm(m)}-01`, to: `${year}-${mm(m + 2)}-${last}` };
}

/** The quarter a day falls in (1–4). */
export function quarterOf(day: string): number {
  return Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
}

/** An item's due day in a year from a template's MM-DD (29 February falls to the 28th in other years). */
export function dueDay(year: number, md: string): string {
  const [m, d] = md.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${md.slice(0, 2)}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** A valid MM-DD. */
export function validMonthDay(md: string): boolean {
  if (!/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(md)) return false;
  const [m, d] = md.split('-').map(Number);
  return d <= new Date(Date.UTC(2024, m, 0)).getUTCDate();
}

/** The ratings of a yearly report 年度专项述职: 好, 较好, 一般, 差. */
export const RATINGS = ['good', 'fair', 'average', 'poor'] as const;
export type Rating = (typeof RATINGS)[number];

/**
 * How a report is rated, as data (a project default the district may change): the office's score of
 * the written report and the list's yearly completion rate must both reach a row's minimums; the
 * first row reached gives the rating, else 差.
 */
export const RATING_RULES = [
  { rating: 'good', minScore: 90, minCompletion: 90 },
  { rating: 'fair', minScore: 80, minCompletion: 75 },
  { rating: 'average', minScore: 60, minCompletion: 60 },
] as const satisfies readonly { rating: Rating; minScore: number; minCompletion: number }[];

/** The rating of a report from its score and the list's completion rate (null rate counts as 0). */
export function ratingOf(score: number, completion: number | null): Rating {
  const c = completion ?? 0;
  return RATING_RULES.find((r) => score >= r.minScore && c >= r.minCompletion)?.rating ?? 'poor';
}

/**
 * The catalogue of situations an office cites when it hands a case to accountability 问责: five
 * categories (党的领导弱化, 党的建设缺失, 全面从严治党不力, 维护党的纪律不力, 党风廉政建设和反腐败工作
 * 不坚决不扎实) with 22 situations; the texts are in the module's messages (dutylists.situation.<key>).
 */
export const SITUATIONS = [
  {
    category: 'leadership',
    keys: ['line_deviation', 'major_decisions', 'ideology_work', 'leading_role', 'reform_tasks'],
  },
  {
    category: 'party_building',
    keys: ['org_lax', 'cadre_selection', 'members_management', 'org_life', 'weak_units'],
  },
  {
    category: 'strict_governance',
    keys: ['duty_unfulfilled', 'list_ignored', 'four_winds', 'report_false', 'supervision_absent'],
  },
  { category: 'discipline', keys: ['discipline_lax', 'cases_covered', 'rules_broken'] },
  {
    category: 'integrity',
    keys: ['corruption_tolerated', 'clues_ignored', 'inspection_unrectified', 'risk_unchecked'],
  },
] as const;
export const SITUATION_KEYS = SITUATIONS.flatMap((c) => c.keys) as unknown as [string, ...string[]];

/** The category of a situation, or null when the catalogue has no such situation. */
export function categoryOf(situation: string): string | null {
  return SITUATIONS.find((c) => (c.keys as readonly string[]).includes(situation))?.category ?? null;
}

/** A bulletin's number as printed: 〔2026〕第3期. */
export function bulletinNo(year: number, no: number): string {
  return `〔${year}〕第${no}期`;
}

/**
 * The year whose 年度专项述职 is being filed on a day: from November the current year's, until the
 * end of March the year before's (a project default); null in between.
 */
export function reportYear(today: string): number | null {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  if (m >= 11) return y;
  if (m <= 3) return y - 1;
  return null;
}

/** The last quarter that has ended by a day: [year, quarter]. */
export function lastEndedQuarter(today: string): [number, number] {
  const y = Number(today.slice(0, 4));
  const q = quarterOf(today) - 1;
  return q === 0 ? [y - 1, 4] : [y, q];
}

/** The last day of a day's month. */
export function monthEnd(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  return `${day.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
