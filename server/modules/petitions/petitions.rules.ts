/**
 * Pure rules of 信访 with 访前法律工作室 and 心访工作室, as data.
 * Seed 003 (福田 七治融合): “创新访前法律工作室，推进诉访分离改革…创建的11个工作室为来访群众提供最合适的诉求解决
 * 渠道，共疏导来访事项3800多件，成功率和调解协议执行率均达到95%以上，目前全区70%的矛盾纠纷在人民调解室得到有效
 * 化解” and “在区和街道两级全面铺开建设‘心访工作室’…将心理调适和疏导干预机制渗透进入信访日常工作”.
 * Deadlines follow the national 信访工作条例 (15 days to tell acceptance, 60 days to handle, 30 days to ask
 * for a review); a district may change them (petitions_settings).
 */

/** 访前法律工作室 (a lawyer's consultation before acceptance) and 心访工作室 (a counsellor). */
export const STUDIO_KINDS = ['legal', 'psych'] as const;
export type StudioKind = (typeof STUDIO_KINDS)[number];

/** Who sits in a studio: lawyers in the legal one, counsellors in the 心访 one. */
export const STAFF_ROLES = ['lawyer', 'counsellor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What a visit is about (the categories the studios count). */
export const CATEGORIES = [
  'labour',
  'property',
  'neighbour',
  'family',
  'contract',
  'land',
  'admin',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * 诉访分离: where the studio sends a matter. The four legal channels are guided away (a 不予受理告知书
 * names the channel); psych goes to a 心访 counsellor; only petition is accepted as 信访 proper.
 */
export const ROUTES = [
  { route: 'litigation', legal: true, accepted: false },
  { route: 'arbitration', legal: true, accepted: false },
  { route: 'reconsideration', legal: true, accepted: false },
  { route: 'mediation', legal: true, accepted: false },
  { route: 'psych', legal: false, accepted: false },
  { route: 'petition', legal: false, accepted: true },
] as const;
export type Route = (typeof ROUTES)[number]['route'];
export const ROUTE_CODES = ROUTES.map((r) => r.route) as unknown as readonly [Route, ...Route[]];

/** Whether a route is one of the legal channels (counts as guided away, 分流). */
export const isLegalRoute = (r: string) => ROUTES.some((x) => x.route === r && x.legal);

/**
 * The rule a category suggests at triage (the studio may choose another): labour disputes go to
 * arbitration, contract and family matters to the courts, administrative acts to reconsideration,
 * neighbour and property quarrels to people's mediation, the rest to the petition way.
 */
export const SUGGESTED_ROUTE: Record<Category, Route> = {
  labour: 'arbitration',
  property: 'mediation',
  neighbour: 'mediation',
  family: 'litigation',
  contract: 'litigation',
  land: 'reconsideration',
  admin: 'reconsideration',
  other: 'petition',
};

export const STATES = [
  'registered',
  'guided',
  'accepted',
  'assigned',
  'replied',
  'reviewing',
  'closed',
] as const;
export type State = (typeof STATES)[number];

/**
 * The visit's state machine. `by`: the studio (a mediator on duty or an officer), the officer who
 * handles accepted petitions, the department it is assigned to, or the petitioner (or an officer
 * recording for them).
 */
export const MOVES = [
  { action: 'triage', from: ['registered'], to: null, by: 'studio' },
  { action: 'settle', from: ['guided'], to: 'closed', by: 'studio' },
  { action: 'assign', from: ['accepted'], to: 'assigned', by: 'handler' },
  { action: 'reply', from: ['assigned', 'reviewing'], to: 'replied', by: 'dept' },
  { action: 'rate', from: ['replied'], to: 'closed', by: 'petitioner' },
  { action: 'review', from: ['replied'], to: 'reviewing', by: 'petitioner' },
  { action: 'close', from: ['replied'], to: 'closed', by: 'handler' },
] as const satisfies readonly {
  action: string;
  from: readonly State[];
  to: State | null;
  by: 'studio' | 'handler' | 'dept' | 'petitioner';
}[];
export type Action = (typeof MOVES)[number]['action'];
export type Who = (typeof MOVES)[number]['by'];

/** Where triage leads: accepted for the petition route, guided for every other. */
export function triageTo(route: Route): State {
  return ROUTES.find((r) => r.route === route)!.accepted ? 'accepted' : 'guided';
}

/** Where an action leads from a state (null when not open); triage needs its route. */
export function move(from: State, action: string, route?: Route): State | null {
  const m = MOVES.find((x) => x.action === action);
  if (!m || !(m.from as readonly string[]).includes(from)) return null;
  if (m.to === null) return route ? triageTo(route) : null;
  return m.to;
}

/** The actions open from a state to someone who acts as the given parts. */
export function actionsFor(from: State, who: Partial<Record<Who, boolean>>): Action[] {
  return MOVES.filter((m) => (m.from as readonly string[]).includes(from) && who[m.by]).map((m) => m.action);
}

/** The national defaults (信访工作条例): days to tell acceptance, to handle, to ask for a review. */
export const DEFAULT_DEADLINES = { acceptDays: 15, handleDays: 60, reviewDays: 30 } as const;

/** At least this many people make a 集体访 (flagged on the list and counted). */
export const COLLECTIVE_MIN = 5;

/** Whether a visit of n people is a 集体访. */
export const isCollective = (n: number) => n >= COLLECTIVE_MIN;

/** A YYYY-MM-DD day plus n days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Whether a visit is overdue today: not yet triaged after its acceptance deadline, or accepted and
 * not replied after its handling deadline.
 */
export function isOverdue(
  v: { state: State; acceptDue: string; handleDue: string | null },
  today: string,
): boolean {
  if (v.state === 'registered') return v.acceptDue < today;
  if (v.state === 'accepted' || v.state === 'assigned' || v.state === 'reviewing')
    return !!v.handleDue && v.handleDue < today;
  return false;
}

/** A replied petition answered on time (reply day on or before the handling deadline). */
export const onTime = (repliedOn: string, handleDue: string) => repliedOn <= handleDue;

/** The number of a notice: 福田信访受〔2026〕第0001号 / 福田信访不受〔2026〕第0001号. */
export function noticeNumber(prefix: string, kind: 'accept' | 'reject', year: number, seq: number): string {
  return `${prefix}信访${kind === 'accept' ? '受' : '不受'}〔${year}〕第${String(seq).padStart(4, '0')}号`;
}

/** The short name a district's notices carry: 福田区 → 福田. */
export const noticePrefix = (districtName: string) => districtName.replace(/(区|县|市)$/, '') || districtName;

/** A rate in percent with one decimal, or null when nothing is counted. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null;
}

/** The seed's targets: success rate and agreement-execution rate both at least 95%. */
export const TARGETS = { success: 95, execution: 95 } as const;
