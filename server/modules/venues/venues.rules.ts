/**
 * The rules of the 党群服务阵地联盟 (seed 003 福田 "1+95+N", seed 001 普陀 "1+2+4"), pure: who may book
 * which level of venue and for how long, the booking's state machine, the time checks of a slot
 * (opening hours, how far ahead), and the figures (utilisation, m² per 10,000 residents, the
 * 10-minute circle of 1 km). No IO.
 */

/** A venue's level: 区级中心, 街道, 社区, a member of the alliance (N: buildings, companies, parks). */
export const LEVELS = ['district', 'street', 'community', 'member'] as const;
export type Level = (typeof LEVELS)[number];

/** Who books: a resident, a social organisation, a party member (for their branch), an officer. */
export const BOOKERS = ['resident', 'social_org', 'party_member', 'officer'] as const;
export type Booker = (typeof BOOKERS)[number];

export const STATES = [
  'pending',
  'confirmed',
  'rejected',
  'cancelled',
  'checked_in',
  'no_show',
  'held',
] as const;
export type State = (typeof STATES)[number];

/** States that hold the room (the exclusion constraint's WHERE says the same). */
export const LIVE_STATES: readonly State[] = ['pending', 'confirmed', 'checked_in', 'held'];

/** Bookings that count as booked hours for utilisation: the room was given to someone. */
export const BOOKED_STATES: readonly State[] = ['confirmed', 'checked_in', 'held', 'no_show'];

/** A level's booking rules: who may book, the longest booking, how many days ahead, approval. */
export interface LevelRule {
  bookers: readonly Booker[];
  maxHours: number;
  advanceDays: number;
  approval: boolean;
}

/**
 * Booking rules by level, as data. The district centre serves the district's organisations (a
 * branch's 主题党日, a social organisation's training), so residents book their street or community
 * centre; an alliance member lends its rooms to branches, organisations and officers, with approval.
 */
export const LEVEL_RULES: Record<Level, LevelRule> = {
  district: {
    bookers: ['party_member', 'social_org', 'officer'],
    maxHours: 4,
    advanceDays: 30,
    approval: true,
  },
  street: { bookers: BOOKERS, maxHours: 4, advanceDays: 21, approval: false },
  community: { bookers: BOOKERS, maxHours: 3, advanceDays: 14, approval: false },
  member: {
    bookers: ['party_member', 'social_org', 'officer'],
    maxHours: 3,
    advanceDays: 14,
    approval: true,
  },
};

/** The rule that applies to one venue: its level's, with the venue's own limits where it set them. */
export function ruleFor(v: {
  level: Level;
  maxHours: number | null;
  advanceDays: number | null;
  needsApproval: boolean;
}): LevelRule {
  const base = LEVEL_RULES[v.level];
  return {
    bookers: base.bookers,
    maxHours: v.maxHours ?? base.maxHours,
    advanceDays: v.advanceDays ?? base.advanceDays,
    approval: v.needsApproval || base.approval,
  };
}

/** The booker kinds an actor's roles allow: a resident, a social organisation, a party member, an officer. */
export function bookerKinds(roles: readonly string[]): Booker[] {
  const out: Booker[] = [];
  if (roles.includes('resident')) out.push('resident');
  if (roles.includes('social_org')) out.push('social_org');
  if (roles.includes('party_member')) out.push('party_member');
  if (roles.some((r) => r === 'community_officer' || r === 'street_officer' || r === 'org_officer'))
    out.push('officer');
  return out;
}

/** Bookers who book for an organisation and must name it (the branch, the social organisation). */
export const NAMES_ORG: readonly Booker[] = ['party_member', 'social_org'];

/** What someone does to a booking. */
export const ACTIONS = ['approve', 'reject', 'cancel', 'check_in', 'no_show', 'record'] as const;
export type Action = (typeof ACTIONS)[number];

/** Who does it: the venue's manager or the one who booked. */
export type By = 'manager' | 'booker';

/** The state machine of a booking, as data: action → from states, to state, who may. */
export const TRANSITIONS: Record<Action, { from: readonly State[]; to: State; by: readonly By[] }> = {
  approve: { from: ['pending'], to: 'confirmed', by: ['manager'] },
  reject: { from: ['pending'], to: 'rejected', by: ['manager'] },
  cancel: { from: ['pending', 'confirmed'], to: 'cancelled', by: ['manager', 'booker'] },
  check_in: { from: ['confirmed'], to: 'checked_in', by: ['booker'] },
  no_show: { from: ['confirmed'], to: 'no_show', by: ['manager'] },
  record: { from: ['checked_in', 'held'], to: 'held', by: ['manager', 'booker'] },
};

/** Minutes before the start the door's QR checks in; a no-show may be marked this long after the start. */
export const CHECK_IN_EARLY_MIN = 30;
export const NO_SHOW_AFTER_MIN = 30;

/** Why an action is refused by time, or null: cancel before start, check in near it, no-show after it. */
export function timeProblem(action: Action, slot: { start: Date; end: Date }, now: Date): string | null {
  const t = now.getTime();
  const s = slot.start.getTime();
  const e = slot.end.getTime();
  if (action === 'cancel' && t >= s) return 'venues.started';
  if (action === 'check_in' && (t < s - CHECK_IN_EARLY_MIN * 60_000 || t >= e))
    return 'venues.checkin_window';
  if (action === 'no_show' && t < s + NO_SHOW_AFTER_MIN * 60_000) return 'venues.too_early';
  if (action === 'record' && t < s) return 'venues.not_started';
  return null;
}

/** The actions `by` may take on a booking in state (the page's buttons; the time checks come after). */
export function actionsFor(state: State, by: readonly By[]): Action[] {
  return ACTIONS.filter(
    (a) => TRANSITIONS[a].from.includes(state) && TRANSITIONS[a].by.some((b) => by.includes(b)),
  );
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
const BEIJING = 8 * HOUR;

/** Minutes after midnight in Beijing. */
export function beijingMinute(d: Date): number {
  return Math.floor(((d.getTime() + BEIJING) % DAY) / 60_000);
}
/** ISO weekday in Beijing (1 = Monday … 7 = Sunday). */
export function beijingWeekday(d: Date): number {
  return new Date(d.getTime() + BEIJING).getUTCDay() || 7;
}
/** The Beijing day of an instant, as a number of days since 1970-01-01. */
function beijingDayNo(d: Date): number {
  return Math.floor((d.getTime() + BEIJING) / DAY);
}

/** What a venue's opening says. */
export interface Opening {
  opensAt: number;
  closesAt: number;
  openDays: readonly number[];
}

/**
 * The problems of a slot for a venue (field, message key, params): the end after the start, on one
 * day, not in the past, not further ahead than allowed, within opening hours on an open day, no
 * longer than allowed. Empty when it may be booked.
 */
export function slotProblems(
  rule: Pick<LevelRule, 'maxHours' | 'advanceDays'>,
  open: Opening,
  slot: { start: Date; end: Date },
  now: Date,
): { field: string; key: string; params?: Record<string, unknown> }[] {
  const out: { field: string; key: string; params?: Record<string, unknown> }[] = [];
  const { start, end } = slot;
  if (end.getTime() <= start.getTime()) return [{ field: 'end', key: 'venues.end_before_start' }];
  if (start.getTime() < now.getTime()) out.push({ field: 'start', key: 'venues.in_past' });
  if (start.getTime() > now.getTime() + rule.advanceDays * DAY)
    out.push({ field: 'start', key: 'venues.too_far_ahead', params: { days: rule.advanceDays } });
  const sameDay = beijingDayNo(start) === beijingDayNo(new Date(end.getTime() - 1));
  const endMin = beijingMinute(end) || 1440;
  if (!sameDay || !open.openDays.includes(beijingWeekday(start)))
    out.push({ field: 'start', key: 'venues.closed_day' });
  else if (beijingMinute(start) < open.opensAt || endMin > open.closesAt)
    out.push({
      field: beijingMinute(start) < open.opensAt ? 'start' : 'end',
      key: 'venues.outside_hours',
      params: { from: hhmm(open.opensAt), to: hhmm(open.closesAt) },
    });
  if (end.getTime() - start.getTime() > rule.maxHours * HOUR)
    out.push({ field: 'end', key: 'venues.too_long', params: { hours: rule.maxHours } });
  return out;
}

/** 'HH:MM' of minutes after midnight. */
export function hhmm(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}
/** Minutes after midnight of 'HH:MM' (24:00 allowed as the end of the day). */
export function minutesOf(s: string): number {
  const [h, m] = s.split(':').map(Number);
  return h * 60 + m;
}

/**
 * A room's open hours in [from, to): each Beijing day on an open day counts its opening hours
 * (a venue that joined or left in the period counts from its joining day and until its leaving).
 */
export function openHours(open: Opening, from: Date, to: Date): number {
  let hours = 0;
  for (let d = beijingDayNo(from); d < beijingDayNo(new Date(to.getTime() - 1)) + 1; d++) {
    const weekday = new Date(d * DAY).getUTCDay() || 7;
    if (open.openDays.includes(weekday)) hours += (open.closesAt - open.opensAt) / 60;
  }
  return hours;
}

/** Utilisation, percent to one decimal: booked hours ÷ open hours (null when never open). */
export function utilisation(bookedHours: number, openHoursTotal: number): number | null {
  if (openHoursTotal <= 0) return null;
  return Math.round((1000 * bookedHours) / openHoursTotal) / 10;
}

/** Square metres per 10,000 residents, to one decimal (福田: public cultural facilities 3,227 m²). */
export function m2Per10k(areaM2: number, population: number): number | null {
  if (population <= 0) return null;
  return Math.round((areaM2 * 100_000) / population) / 10;
}

/** The "10-minute circle": every resident finds a facility within a 10-minute walk or 1 km (seed 003). */
export const CIRCLE_KM = 1;

const EARTH_KM = 6371.0088;
/** Great-circle distance in km between two points (haversine). */
export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Minutes on foot at 5 km/h, rounded up (1 km ≈ 12 minutes; the seed says "10 minutes or 1 km"). */
export function walkMinutes(km: number): number {
  return Math.ceil((km / 5) * 60);
}
