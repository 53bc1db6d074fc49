/**
 * Rules of 公共文化服务与文化志愿者 as data (seed 003 福田): the kinds of facility and the levels they
 * count at, the themed halls, the kinds of culture team, the life of a performance order 点演 (who
 * moves it where), half-days, the titles nominated upward, and the numbers of certificates. No
 * imports: the web pages read these lists too (the star rule is the volunteers module's, in core).
 */

/** 文化馆/主题馆, 图书馆/分馆, 街道文化站, 社区文化室, 文化广场. */
export const KINDS = ['hall', 'library', 'station', 'room', 'square'] as const;
export type Kind = (typeof KINDS)[number];

/** The level of the tree a facility of a kind stands on (a square may stand on any). */
export const KIND_LEVELS: Record<Kind, readonly string[]> = {
  hall: ['district', 'street'],
  library: ['district', 'street', 'community'],
  station: ['street'],
  room: ['community', 'grid'],
  square: ['district', 'street', 'community', 'grid'],
};

/** The seven themed halls 戏剧, 音乐, 舞蹈, 梦工场, 非遗, 钢琴, 书画 (a hall only). */
export const THEMES = ['drama', 'music', 'dance', 'dream', 'heritage', 'piano', 'calligraphy'] as const;
export type Theme = (typeof THEMES)[number];

/** Professional volunteer teams (halls and library), street teams (culture stations), art troupes. */
export const TEAM_KINDS = ['professional', 'street', 'troupe'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

export const MEMBER_KINDS = ['resident', 'volunteer'] as const;
export const GENRES = ['drama', 'music', 'dance', 'opera', 'quyi', 'other'] as const;

/** Morning, afternoon, evening: a troupe performs at most once in each. */
export const HALVES = ['am', 'pm', 'eve'] as const;
export type Half = (typeof HALVES)[number];

export const ORDER_STATES = ['ordered', 'accepted', 'declined', 'cancelled', 'performed', 'rated'] as const;
export type OrderState = (typeof ORDER_STATES)[number];
/** The states that hold the troupe's half-day. */
export const LIVE_STATES: readonly OrderState[] = ['ordered', 'accepted', 'performed', 'rated'];

export const ORDER_ACTIONS = ['accept', 'decline', 'cancel', 'perform', 'rate'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];
/** Who moves an order: the ordering community, or the troupe (its lead or the officers over it). */
export type Side = 'community' | 'troupe';

/** The moves of an order: from, by whom, to. */
export const ORDER_MOVES: Record<OrderAction, { from: readonly OrderState[]; by: Side; to: OrderState }> = {
  accept: { from: ['ordered'], by: 'troupe', to: 'accepted' },
  decline: { from: ['ordered', 'accepted'], by: 'troupe', to: 'declined' },
  cancel: { from: ['ordered', 'accepted'], by: 'community', to: 'cancelled' },
  perform: { from: ['accepted'], by: 'troupe', to: 'performed' },
  rate: { from: ['performed'], by: 'community', to: 'rated' },
};

/** The moves open to sides on an order in a state, on a day relative to the performance's. */
export function orderActions(
  state: OrderState,
  sides: readonly Side[],
  onDay: string,
  today: string,
): OrderAction[] {
  return ORDER_ACTIONS.filter((a) => {
    const m = ORDER_MOVES[a];
    if (!m.from.includes(state) || !sides.includes(m.by)) return false;
    // a performance is recorded on or after its day; it is not cancelled or declined once the day has passed
    if (a === 'perform') return onDay <= today;
    if (a === 'cancel' || a === 'decline') return onDay >= today;
    return true;
  });
}

/** Orders are placed for a day from tomorrow up to 180 days ahead. */
export const ORDER_AHEAD_DAYS = 180;

/** The problem of ordering for day seen today, or null. */
export function orderDayProblem(day: string, today: string): 'order_past' | 'order_too_far' | null {
  if (day <= today) return 'order_past';
  const limit = new Date(Date.parse(`${today}T00:00:00Z`) + ORDER_AHEAD_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return day > limit ? 'order_too_far' : null;
}

/** Whether star thresholds rise strictly from one star to five. */
export const ascending = (t: readonly number[]) => t.every((x, i) => i === 0 || x > t[i - 1]);

/** Titles a district nominates upward: 深圳市五星级义工 (five stars only), 优秀文化志愿者. */
export const TITLES = ['city_five_star', 'outstanding'] as const;
export type Title = (typeof TITLES)[number];
/** The fewest stars a volunteer must hold in the year to be nominated for a title. */
export const TITLE_MIN_STARS: Record<Title, number> = { city_five_star: 5, outstanding: 3 };

export const NOMINATION_STATES = ['proposed', 'accepted', 'declined'] as const;

/** A certificate's printed number: 福田文志证〔2026〕0007. */
export function certificateNumber(year: number, no: number): string {
  return `文志证〔${year}〕${String(no).padStart(4, '0')}`;
}

/** m² of facilities per 10,000 residents, to one decimal (null with no residents). */
export function m2Per10k(areaM2: number, residents: number | null): number | null {
  if (!residents) return null;
  return Math.round((areaM2 * 10_000 * 10) / residents) / 10;
}

/** The 1 km circle: 10 minutes' walk. The lattice the coverage samples is 250 m. */
export const CIRCLE_KM = 1;
export const LATTICE_KM = 0.25;

/** 'HH:MM' → minutes after midnight; '24:00' → 1440. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
/** Minutes after midnight → 'HH:MM'. */
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
