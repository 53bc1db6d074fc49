/**
 * Pure rules of grid events 事件: the category code list, the lifecycle state machine (as data),
 * service-level timers, the rollup contribution each event makes to the receipt and disposal
 * rates, and the recurrence test. No IO here.
 *
 * Receipt rate 接收率 and disposal rate 处置率 (also in ./RATES.md) are cohort rates over the
 * events REPORTED in a date range [from, to] (Asia/Shanghai days) at a node's subtree (by the
 * event's location) or dispatched to a department, leaving out events merged as duplicates:
 *   receipt rate  = received  / reported   — received: the event left `reported` by a decision of
 *                   the handling node (receive, reject or escalate), i.e. someone took it in;
 *   disposal rate = (verified + resolved) / (dispatched + resolved) — dispatched: the event was
 *                   ever dispatched to a department; verified: the department's handling was
 *                   confirmed by the reporter or a grid worker (verified or closed after that);
 *                   resolved: a grid worker or the community resolved it on the spot 自行处置,
 *                   with an after-photo, without dispatching it.
 * Both are null when the denominator is 0. Figures come from rollup rows changed in the same
 * transaction as each event change, so they are exact at any moment.
 */

/** The event category code list 事件分类 (service codes in Open311 are these strings). */
export const EVENT_CATEGORIES = [
  'fire_hazard',
  'illegal_construction',
  'sanitation',
  'dispute',
  'three_small_safety',
  'road_damage',
  'rental_safety',
  'public_order',
  'other',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** Chinese and English names of each category. */
export const CATEGORY_NAMES: Record<EventCategory, { zh: string; en: string }> = {
  fire_hazard: { zh: '消防隐患', en: 'Fire hazard' },
  illegal_construction: { zh: '违法建设', en: 'Illegal construction' },
  sanitation: { zh: '环境卫生', en: 'Sanitation' },
  dispute: { zh: '矛盾纠纷', en: 'Dispute' },
  three_small_safety: { zh: '三小场所安全', en: '“Three small places” safety' },
  road_damage: { zh: '道路破损', en: 'Road damage' },
  rental_safety: { zh: '出租屋安全', en: 'Rental housing safety' },
  public_order: { zh: '治安秩序', en: 'Public order' },
  other: { zh: '其他', en: 'Other' },
};

/** Urgency levels: 1 normal, 2 important, 3 urgent. */
export const EVENT_LEVELS = [1, 2, 3] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];

/** Who can raise an event. */
export const REPORTER_KINDS = ['grid_worker', 'resident', 'patrol', 'open311'] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** Lifecycle states. */
export const EVENT_STATES = [
  'reported',
  'received',
  'dispatched',
  'accepted',
  'returned',
  'handled',
  'verified',
  'closed',
  'rejected',
  'merged',
  'escalated',
  'resolved',
] as const;
export type EventState = (typeof EVENT_STATES)[number];

/** States from which nothing more happens. */
export const FINAL_STATES: readonly EventState[] = ['closed', 'rejected', 'merged', 'resolved'];

/** States after which the problem lifecycle's evaluation 评估 may be recorded. */
export const EVALUABLE_STATES: readonly EventState[] = ['closed', 'resolved'];

/**
 * Who acts in a transition:
 * - manager: an officer with events.manage on the handling node (community, street, district);
 * - department: a dept_officer with events.handle on the department the event is dispatched to;
 * - verifier: the reporter, or someone with events.verify on the event's location;
 * - resolver: a grid worker or community officer with events.resolve on the event's location
 *   (自行处置: a minor event resolved on the spot, without dispatching it).
 */
export type Actor = 'manager' | 'department' | 'verifier' | 'resolver';

/** One allowed move of the state machine. */
export interface Transition {
  from: readonly EventState[];
  to: EventState;
  by: Actor;
  /** Input the move needs. */
  needs?: readonly ('note' | 'departmentId' | 'duplicateOf' | 'photoId')[];
}

/** The state machine of an event, as data: action → allowed move. */
export const TRANSITIONS = {
  receive: { from: ['reported', 'escalated'], to: 'received', by: 'manager' },
  reject: { from: ['reported', 'received', 'escalated'], to: 'rejected', by: 'manager', needs: ['note'] },
  merge: { from: ['reported', 'received'], to: 'merged', by: 'manager', needs: ['duplicateOf'] },
  escalate: { from: ['reported', 'received', 'returned'], to: 'escalated', by: 'manager', needs: ['note'] },
  dispatch: { from: ['received', 'returned'], to: 'dispatched', by: 'manager' },
  accept: { from: ['dispatched'], to: 'accepted', by: 'department' },
  return: { from: ['dispatched'], to: 'returned', by: 'department', needs: ['note'] },
  handle: { from: ['accepted'], to: 'handled', by: 'department', needs: ['note'] },
  verify: { from: ['handled'], to: 'verified', by: 'verifier' },
  redo: { from: ['handled'], to: 'accepted', by: 'verifier', needs: ['note'] },
  close: { from: ['verified'], to: 'closed', by: 'manager' },
  resolve: { from: ['reported', 'received'], to: 'resolved', by: 'resolver', needs: ['note', 'photoId'] },
} as const satisfies Record<string, Transition>;
export type EventAction = keyof typeof TRANSITIONS;
export const EVENT_ACTIONS = Object.keys(TRANSITIONS) as EventAction[];

/** Why a move is refused, as a message key; null when it is allowed. */
export function transitionProblem(state: EventState, action: EventAction): string | null {
  const t: Transition = TRANSITIONS[action];
  if (!t) return 'events.unknown_action';
  if (FINAL_STATES.includes(state)) return 'events.already_final';
  if (!t.from.includes(state)) return 'events.illegal_transition';
  return null;
}

/** The actions possible from a state (before checking who acts). */
export function actionsFrom(state: EventState): EventAction[] {
  return EVENT_ACTIONS.filter((a) => transitionProblem(state, a) === null);
}

/** Service level for a category and level: receive within hours, handle within days. */
export interface ServiceLevel {
  receiveHours: number;
  handleDays: number;
}

/** Default service levels; a district can override each (events_sla). */
export function defaultServiceLevel(category: EventCategory, level: EventLevel): ServiceLevel {
  const urgent =
    category === 'fire_hazard' || category === 'three_small_safety' || category === 'rental_safety';
  const base: ServiceLevel = urgent
    ? { receiveHours: 2, handleDays: 3 }
    : { receiveHours: 24, handleDays: 7 };
  if (level === 3) return { receiveHours: Math.max(1, base.receiveHours / 2), handleDays: 1 };
  if (level === 2) return { receiveHours: base.receiveHours, handleDays: Math.max(1, base.handleDays - 2) };
  return base;
}

/** Timer colour: green inside the first 2/3 of the allowance, yellow after, red once past it. */
export type TimerColour = 'green' | 'yellow' | 'red' | 'none';

/** The running deadline of an event in its state, and the colour of its timer at `now`. */
export function timer(
  e: { state: EventState; reportedAt: Date; dispatchedAt: Date | null },
  sla: ServiceLevel,
  now: Date,
): { phase: 'receive' | 'handle' | null; deadline: Date | null; colour: TimerColour } {
  let start: Date;
  let ms: number;
  let phase: 'receive' | 'handle';
  if (e.state === 'reported' || e.state === 'escalated') {
    start = e.reportedAt;
    ms = sla.receiveHours * 3600_000;
    phase = 'receive';
  } else if (['dispatched', 'accepted', 'returned', 'received'].includes(e.state)) {
    start = e.dispatchedAt ?? e.reportedAt;
    ms = sla.handleDays * 86400_000;
    phase = 'handle';
  } else return { phase: null, deadline: null, colour: 'none' };
  const deadline = new Date(start.getTime() + ms);
  const used = now.getTime() - start.getTime();
  const colour: TimerColour = used > ms ? 'red' : used > (ms * 2) / 3 ? 'yellow' : 'green';
  return { phase, deadline, colour };
}

/** Counters an event contributes to the rates rollup. */
export interface RateVector {
  reported: number;
  received: number;
  dispatched: number;
  handled: number;
  verified: number;
  /** Resolved on the spot (自行处置), never dispatched. */
  resolved: number;
}
export const ZERO_VECTOR: RateVector = {
  reported: 0,
  received: 0,
  dispatched: 0,
  handled: 0,
  verified: 0,
  resolved: 0,
};
/** The counters, in the order the rollup table has them. */
export const RATE_COUNTERS = Object.keys(ZERO_VECTOR) as (keyof RateVector)[];

/** Milestones an event has passed (set once, never cleared except by a merge). */
export interface Milestones {
  state: EventState;
  receivedAt: Date | null;
  everDispatched: boolean;
  handledAt: Date | null;
  verifiedAt: Date | null;
  resolvedAt?: Date | null;
}

/** What one event adds to the rollup counters; a merged duplicate adds nothing. */
export function rateVector(m: Milestones): RateVector {
  if (m.state === 'merged') return { ...ZERO_VECTOR };
  return {
    reported: 1,
    received: m.receivedAt ? 1 : 0,
    dispatched: m.everDispatched ? 1 : 0,
    handled: m.handledAt ? 1 : 0,
    verified: m.verifiedAt ? 1 : 0,
    resolved: m.resolvedAt ? 1 : 0,
  };
}

/**
 * Receipt and disposal rates and the on-the-spot share from summed counters (null when the
 * denominator is 0): receipt = received ÷ reported; disposal = (verified + resolved) ÷
 * (dispatched + resolved); on the spot = resolved ÷ reported.
 */
export function rates(v: RateVector): {
  receiptRate: number | null;
  disposalRate: number | null;
  onSpotShare: number | null;
} {
  const disposed = v.dispatched + v.resolved;
  return {
    receiptRate: v.reported ? v.received / v.reported : null,
    disposalRate: disposed ? (v.verified + v.resolved) / disposed : null,
    onSpotShare: v.reported ? v.resolved / v.reported : null,
  };
}

/** Whether a state change sets a milestone. */
export function milestonesAfter(m: Milestones, to: EventState, at: Date): Milestones {
  const next = { ...m, state: to };
  if (!m.receivedAt && ['received', 'rejected', 'escalated'].includes(to)) next.receivedAt = at;
  if (to === 'dispatched') next.everDispatched = true;
  if (to === 'handled' && !m.handledAt) next.handledAt = at;
  if (to === 'verified' && !m.verifiedAt) next.verifiedAt = at;
  if (to === 'resolved') {
    // resolving on the spot is taking the event in, and disposing of it
    if (!m.receivedAt) next.receivedAt = at;
    next.resolvedAt = at;
  }
  // a redo means the handling was not accepted: it must be handled and verified again
  if (to === 'accepted' && m.state === 'handled') next.handledAt = null;
  return next;
}

/** Rollup shards per (node, day, category): spreads concurrent intake over several rows. */
export const ROLLUP_SHARDS = 8;

/** The shard an event's counters live in (stable per event id). */
export function shardOf(eventId: string): number {
  return parseInt(eventId.slice(-2), 16) % ROLLUP_SHARDS;
}

/**
 * Recurrence 重复发生: a report recurs when, with it, `count` reports of one category lie within
 * `metres` (haversine on a sphere of 6,371 km: events_metres() in SQL) over `days`. The numbers are
 * a district's settings (events_settings); these are the defaults. The intake decides it inside
 * the statement that writes the reports (intake/intake.repository.ts), each report with its
 * district's numbers.
 */
export interface RecurrenceRule {
  count: number;
  metres: number;
  days: number;
}
export const DEFAULT_RECURRENCE: RecurrenceRule = { count: 3, metres: 50, days: 90 };
/**
 * Bounds of the settings. The radius stays ≤ 60 m: the intake's index looks in the 0.001° cells
 * around a point (events_cells), which cover a box of ±60 m everywhere in China (up to 54° N).
 */
export const RECURRENCE_BOUNDS = {
  count: { min: 2, max: 20 },
  metres: { min: 10, max: 60 },
  days: { min: 7, max: 365 },
} as const;
export const RECUR_COUNT = DEFAULT_RECURRENCE.count;
export const RECUR_METRES = DEFAULT_RECURRENCE.metres;
export const RECUR_DAYS = DEFAULT_RECURRENCE.days;

/**
 * A district's short name for event numbers: 福田区 → 福田, 龙岗区 → 龙岗, 开化县 → 开化 (the
 * administrative suffix dropped when a name is longer than two characters).
 */
export function districtShortName(name: string): string {
  const m = /^(.{2,}?)(新区|自治县|区|县|市|旗)$/.exec(name);
  return m ? m[1] : name;
}

/** An event's number as people read it: 福田-20261206-0007 (short name, report day, sequence). */
export function eventNumber(districtName: string, reportDay: string, seq: number | null): string | null {
  if (seq === null || seq === undefined) return null;
  return `${districtShortName(districtName)}-${reportDay.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
}

/** Reads an event number back (spaces and a full-width dash tolerated); null if it is not one. */
export function parseEventNumber(text: string): { shortName: string; reportDay: string; seq: number } | null {
  const m = /^\s*(\S+?)\s*[-－—]\s*(\d{4})(\d{2})(\d{2})\s*[-－—]\s*(\d{1,6})\s*$/.exec(text);
  if (!m) return null;
  const seq = Number(m[5]);
  if (!seq) return null;
  return { shortName: m[1], reportDay: `${m[2]}-${m[3]}-${m[4]}`, seq };
}

/** Granularity of a trend series. */
export type Granularity = 'day' | 'week' | 'month';

/** The bucket (first day) a local day falls in, for trends. */
export function bucketOf(day: string, g: Granularity): string {
  if (g === 'day') return day;
  if (g === 'month') return day.slice(0, 8) + '01';
  const d = new Date(day + 'T00:00:00Z');
  const dow = (d.getUTCDay() + 6) % 7; // Monday first
  return new Date(d.getTime() - dow * 86400_000).toISOString().slice(0, 10);
}

/** The most rows one export of the events register holds (more answer 422 events.export_too_many). */
export const EXPORT_MAX_ROWS = 50_000;

const ID_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE_IN_TEXT = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/g;

/**
 * Free text (a title, an address) with the national ID and mainland mobile numbers someone typed
 * into it masked as the people register masks them: 440304********1234, 138****5678 (separators
 * and a +86 prefix kept).
 */
export function maskNumbersIn(text: string): string {
  return text
    .replace(ID_IN_TEXT, (id) => id.slice(0, 6) + '*'.repeat(8) + id.slice(-4))
    .replace(MOBILE_IN_TEXT, (m) => {
      const digits = [...m].flatMap((c, i) => (c >= '0' && c <= '9' ? [i] : []));
      // the mobile is the last 11 digits: its 4th to 7th are hidden
      const hide = new Set(digits.slice(-8, -4));
      return [...m].map((c, i) => (hide.has(i) ? '*' : c)).join('');
    });
}
