/**
 * Rules of 正向激励与关心关爱 as data (seed 004 Luohu: 17 positive-incentive measures in four areas;
 * seed 000 Futian: 一榜三令 results used for 休整休养 and 嘉奖激励, 谈心谈话 with low-score cadres):
 * the default catalogue, the states and moves of a grant and of a rest booking, rest-day arithmetic
 * and the document numbers.
 */

/** The four areas of the Luohu plan: 政治激励, 工作激励, 精神激励, 生活激励. */
export const AREAS = ['political', 'work', 'spirit', 'life'] as const;
export type Area = (typeof AREAS)[number];

/** One measure of the catalogue. */
export interface MeasureDef {
  code: string;
  area: Area;
  name: string;
  restDays: number;
  quota: number | null;
}

/**
 * The default catalogue (our own wording of the seed's four areas, 17 measures). Measures of the
 * spirit area that honour a result (嘉奖令, 专项奖) entitle 休整休养 days; 休整休养 itself does.
 */
export const DEFAULT_MEASURES: readonly MeasureDef[] = [
  { code: 'P01', area: 'political', name: '实绩突出者优先提拔使用', restDays: 0, quota: 2 },
  { code: 'P02', area: 'political', name: '实绩突出者优先晋升职级', restDays: 0, quota: 3 },
  { code: 'P03', area: 'political', name: '列入优秀年轻干部储备', restDays: 0, quota: null },
  { code: 'P04', area: 'political', name: '优先推荐到重要岗位挂职锻炼', restDays: 0, quota: null },
  { code: 'P05', area: 'political', name: '容错免责，为担当者撑腰', restDays: 0, quota: null },
  { code: 'W01', area: 'work', name: '制定个人成长规划', restDays: 0, quota: null },
  { code: 'W02', area: 'work', name: '优先安排专题培训', restDays: 0, quota: null },
  { code: 'W03', area: 'work', name: '多岗位交流锻炼', restDays: 0, quota: null },
  { code: 'W04', area: 'work', name: '导师结对帮带', restDays: 0, quota: null },
  { code: 'S01', area: 'spirit', name: '嘉奖令', restDays: 3, quota: 5 },
  { code: 'S02', area: 'spirit', name: '专项工作奖励（如疫情防控专项奖）', restDays: 5, quota: null },
  { code: 'S03', area: 'spirit', name: '月度之星', restDays: 0, quota: 1 },
  { code: 'S04', area: 'spirit', name: '季度之星', restDays: 2, quota: 1 },
  { code: 'S05', area: 'spirit', name: '入选干部荣誉殿堂', restDays: 0, quota: null },
  { code: 'L01', area: 'life', name: '安排休整休养', restDays: 5, quota: null },
  { code: 'L02', area: 'life', name: '年度健康体检与心理疏导', restDays: 0, quota: null },
  { code: 'L03', area: 'life', name: '困难帮扶，解除后顾之忧', restDays: 0, quota: null },
];

/** The area a code's letter stands for (P/W/S/L). */
export function areaOfCode(code: string): Area | null {
  return ({ P: 'political', W: 'work', S: 'spirit', L: 'life' } as const)[code[0] as 'P'] ?? null;
}

export const GRANT_STATES = ['proposed', 'approved', 'rejected', 'withdrawn'] as const;
export type GrantState = (typeof GRANT_STATES)[number];
export const GRANT_ACTIONS = ['approve', 'reject', 'withdraw'] as const;
export type GrantAction = (typeof GRANT_ACTIONS)[number];
/** Who moves a grant: the proposing unit, or the organisation department that approves. */
export type GrantActor = 'unit' | 'approver';

/** The moves of a grant: from a state, by whom, to what. */
export const GRANT_MOVES: Record<GrantAction, { from: GrantState; by: GrantActor; to: GrantState }> = {
  approve: { from: 'proposed', by: 'approver', to: 'approved' },
  reject: { from: 'proposed', by: 'approver', to: 'rejected' },
  withdraw: { from: 'proposed', by: 'unit', to: 'withdrawn' },
};

export const REST_STATES = ['requested', 'approved', 'rejected', 'cancelled'] as const;
export type RestState = (typeof REST_STATES)[number];
export const REST_ACTIONS = ['approve', 'reject', 'cancel'] as const;
export type RestAction = (typeof REST_ACTIONS)[number];
/** Who moves a rest booking: the cadre who booked it, or their unit. */
export type RestActor = 'cadre' | 'unit';
export const REST_MOVES: Record<RestAction, { from: RestState; by: RestActor; to: RestState }> = {
  approve: { from: 'requested', by: 'unit', to: 'approved' },
  reject: { from: 'requested', by: 'unit', to: 'rejected' },
  cancel: { from: 'requested', by: 'cadre', to: 'cancelled' },
};

/** The actions an actor in some roles may take on an object in a state. */
export function actionsOf<A extends string, S extends string, R extends string>(
  moves: Record<A, { from: S; by: R }>,
  state: S,
  roles: readonly R[],
): A[] {
  return (Object.keys(moves) as A[]).filter((a) => moves[a].from === state && roles.includes(moves[a].by));
}

/** A booking that holds its days (requested or approved). */
export const holdsDays = (state: string) => state === 'requested' || state === 'approved';

/** Days from a to b, both included (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Whether two periods (both ends included) share a day. */
export function overlaps(a: { startsOn: string; endsOn: string }, b: { startsOn: string; endsOn: string }) {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

/**
 * Why a booking cannot be made, or null: the period must lie within the grant's year, not before
 * its approval, take no more days than are left, and share no day with another booking held.
 */
export function bookingProblem(
  p: { startsOn: string; endsOn: string },
  g: { year: number; approvedOn: string; restDays: number; usedDays: number },
  others: { startsOn: string; endsOn: string }[],
):
  | 'incentives.rest_order'
  | 'incentives.rest_year'
  | 'incentives.rest_days'
  | 'incentives.rest_overlap'
  | null {
  if (p.endsOn < p.startsOn) return 'incentives.rest_order';
  if (!p.startsOn.startsWith(`${g.year}-`) || !p.endsOn.startsWith(`${g.year}-`) || p.startsOn < g.approvedOn)
    return 'incentives.rest_year';
  if (daysBetween(p.startsOn, p.endsOn) > g.restDays - g.usedDays) return 'incentives.rest_days';
  if (others.some((o) => overlaps(p, o))) return 'incentives.rest_overlap';
  return null;
}

/** Whether one more grant fits a measure's yearly quota per unit (null: no quota). */
export const withinQuota = (quota: number | null, approved: number) => quota === null || approved < quota;

export const CARE_KINDS = ['visit', 'checkup', 'hardship'] as const;
export type CareKind = (typeof CARE_KINDS)[number];
export const TALK_REASONS = ['low_score', 'warning', 'difficulty', 'other'] as const;
export const TALK_OUTCOMES = ['improving', 'support', 'watch', 'closed'] as const;

/** 激励决定 number: 激励决〔2026〕7号. */
export const decisionNumber = (year: number, no: number) => `激励决〔${year}〕${no}号`;
/** 休整休养通知 number: 休整〔2026〕12号. */
export const restNumber = (year: number, no: number) => `休整〔${year}〕${no}号`;
