/**
 * Pure rules of the community talent service station 社区人才发展服务站 (seed 001 Haichuang, 鄞州:
 * 聚焦居民求职需求 … 设置“服务工单”): kinds of work and hours, which postings match a resident's need,
 * the service ticket's state machine and the recommendation's, the ticket number, the 7-day rule.
 */

/** Kinds of work a need asks for and a posting offers (a project list; 其他 catches the rest). */
export const WORK_KINDS = [
  'retail',
  'catering',
  'cleaning',
  'property',
  'care',
  'logistics',
  'office',
  'education',
  'manufacturing',
  'tech',
  'other',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/** Hours a posting offers: 全职, 兼职, 灵活用工. */
export const POSTING_HOURS = ['full', 'part', 'flexible'] as const;
export type PostingHours = (typeof POSTING_HOURS)[number];
/** Hours a resident wants: the same, or 均可 (any). */
export const NEED_HOURS = [...POSTING_HOURS, 'any'] as const;
export type NeedHours = (typeof NEED_HOURS)[number];

/**
 * Whether a posting's hours suit a need's: 'any' takes every posting; flexible work suits one who
 * wants part-time and the other way round (both are short of a full day); full-time only full-time.
 */
export function hoursFit(want: NeedHours, offer: PostingHours): boolean {
  if (want === 'any' || want === offer) return true;
  return want !== 'full' && offer !== 'full';
}

/** A posting as the matching rule sees it. */
export interface MatchPosting {
  id: string;
  kind: string;
  hours: PostingHours;
  closesOn: string;
  closed: boolean;
  /** Residents already hired through the station for it. */
  hired: number;
  headcount: number;
}

/** Whether a posting is open on a day: not closed by hand, not past its closing date, places left. */
export function postingOpen(
  p: Pick<MatchPosting, 'closesOn' | 'closed' | 'hired' | 'headcount'>,
  day: string,
) {
  return !p.closed && p.closesOn >= day && p.hired < p.headcount;
}

/**
 * The postings to recommend for a need on a day: open ones whose kind of work is among those wanted
 * and whose hours fit; exact hours first, then those closing later (more time to apply).
 */
export function matchPostings<P extends MatchPosting>(
  need: { kinds: readonly string[]; hours: NeedHours },
  postings: readonly P[],
  day: string,
): P[] {
  return postings
    .filter((p) => postingOpen(p, day) && need.kinds.includes(p.kind) && hoursFit(need.hours, p.hours))
    .sort(
      (a, b) =>
        Number(b.hours === need.hours) - Number(a.hours === need.hours) ||
        b.closesOn.localeCompare(a.closesOn) ||
        a.id.localeCompare(b.id),
    );
}

/** States of a service ticket 服务工单: registered, being worked, and the four outcomes. */
export const TICKET_STATES = ['new', 'working', 'employed', 'training', 'paused', 'closed'] as const;
export type TicketState = (typeof TICKET_STATES)[number];
/** The outcomes the station records (seed-style labels 已就业/培训中/暂缓/关闭). */
export const OUTCOMES = ['employed', 'training', 'paused', 'closed'] as const;

/** Who takes a move: the station (its community's officers) or the resident who filed the need. */
export type TicketActor = 'station' | 'requester';

/**
 * The ticket state machine, as data. 'same' keeps the state (confirm: the resident confirms the
 * outcome and rates the service; once, see confirmable).
 */
export const TICKET_MOVES = [
  { action: 'start', from: ['new'], to: 'working', by: ['station'] },
  { action: 'employ', from: ['new', 'working'], to: 'employed', by: ['station'] },
  { action: 'train', from: ['new', 'working'], to: 'training', by: ['station'] },
  { action: 'pause', from: ['new', 'working'], to: 'paused', by: ['station'] },
  { action: 'resume', from: ['paused', 'training'], to: 'working', by: ['station'] },
  {
    action: 'close',
    from: ['new', 'working', 'paused', 'training'],
    to: 'closed',
    by: ['station', 'requester'],
  },
  { action: 'confirm', from: ['employed', 'training', 'paused', 'closed'], to: 'same', by: ['requester'] },
] as const satisfies readonly {
  action: string;
  from: readonly TicketState[];
  to: TicketState | 'same';
  by: readonly TicketActor[];
}[];
export type TicketAction = (typeof TICKET_MOVES)[number]['action'];
export const TICKET_ACTIONS = TICKET_MOVES.map((m) => m.action) as TicketAction[];

/** Where a move leads for one who acts as any of roles, or null when it may not be taken. */
export function ticketMove(
  t: { state: TicketState; confirmed: boolean },
  action: string,
  roles: readonly TicketActor[],
): TicketState | null {
  const m = TICKET_MOVES.find((x) => x.action === action);
  if (!m || !(m.from as readonly TicketState[]).includes(t.state)) return null;
  if (m.action === 'confirm' && t.confirmed) return null;
  if (!(m.by as readonly TicketActor[]).some((r) => roles.includes(r))) return null;
  return m.to === 'same' ? t.state : m.to;
}

/** The moves open to one who acts as roles (the per-ticket buttons). */
export function ticketActions(
  t: { state: TicketState; confirmed: boolean },
  roles: readonly TicketActor[],
): TicketAction[] {
  return TICKET_MOVES.filter((m) => ticketMove(t, m.action, roles)).map((m) => m.action);
}

/** Whether the station may still recommend postings on a ticket. */
export const recommendable = (s: TicketState) => s === 'new' || s === 'working';

/** States of a recommended posting: proposed → the resident accepts or declines → hired or not. */
export const REC_STATES = ['proposed', 'accepted', 'declined', 'hired', 'not_hired'] as const;
export type RecState = (typeof REC_STATES)[number];
export const REC_MOVES = [
  { action: 'accept', from: ['proposed'], to: 'accepted', by: ['requester'] },
  { action: 'decline', from: ['proposed'], to: 'declined', by: ['requester'] },
  { action: 'interview', from: ['accepted'], to: 'accepted', by: ['station'] },
  { action: 'hire', from: ['accepted'], to: 'hired', by: ['station'] },
  { action: 'reject', from: ['accepted'], to: 'not_hired', by: ['station'] },
] as const satisfies readonly {
  action: string;
  from: readonly RecState[];
  to: RecState;
  by: readonly TicketActor[];
}[];
export type RecAction = (typeof REC_MOVES)[number]['action'];
export const REC_ACTIONS = REC_MOVES.map((m) => m.action) as RecAction[];

/** Where a recommendation's move leads for roles, or null. */
export function recMove(from: RecState, action: string, roles: readonly TicketActor[]): RecState | null {
  const m = REC_MOVES.find((x) => x.action === action);
  if (!m || !(m.from as readonly RecState[]).includes(from)) return null;
  return (m.by as readonly TicketActor[]).some((r) => roles.includes(r)) ? m.to : null;
}

/** The recommendation's moves open to roles. */
export function recActions(from: RecState, roles: readonly TicketActor[]): RecAction[] {
  return REC_MOVES.filter((m) => recMove(from, m.action, roles)).map((m) => m.action);
}

/** A ticket's number 工单号: JY, the Shanghai day, and six characters of its id. */
export function ticketNumber(day: string, id: string): string {
  return `JY${day.replaceAll('-', '')}${id.replaceAll('-', '').slice(-6).toUpperCase()}`;
}

/** Days without the station acting on an open ticket before it shows yellow, and red. */
export const IDLE_YELLOW_DAYS = 7;
export const IDLE_RED_DAYS = 14;

/** An open ticket's to-do level by whole days since the station last acted, or null when fresh. */
export function idleLevel(lastActed: Date, now: Date): 'yellow' | 'red' | null {
  const days = Math.floor((now.getTime() - lastActed.getTime()) / 86_400_000);
  if (days >= IDLE_RED_DAYS) return 'red';
  if (days >= IDLE_YELLOW_DAYS) return 'yellow';
  return null;
}

/** Postings closing within so many days show on their publisher's home page. */
export const CLOSING_SOON_DAYS = 7;

/** The day n days after a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Pay in fen as yuan for people: 3500.00 → "3,500"; a range "3,500–5,000 元/月". */
export function yuan(fen: number): string {
  const y = fen / 100;
  return Number.isInteger(y)
    ? y.toLocaleString('en-US')
    : y.toLocaleString('en-US', { minimumFractionDigits: 2 });
}
