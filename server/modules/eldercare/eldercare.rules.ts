/**
 * Pure rules of 一老一小 (seed 001 Haichuang: 社区婴幼儿照护服务站 … 养老服务站一体联动，形成“15分钟照护圈”;
 * 设置“服务工单”): the care circle of a station as walking distance, who is within it, the circle as
 * a map outline, and the service ticket's state machine from request to rating.
 */

/** Kinds of station: elderly care 养老服务站, infant care 婴幼儿照护服务站, both 老幼融合. */
export const STATION_KINDS = ['elderly', 'infant', 'integrated'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

/** The care circle's default: 15 minutes (seed 001 “15分钟照护圈”). */
export const CIRCLE_MINUTES = 15;

/**
 * Walking speed used to turn minutes into a radius: 80 m a minute (4.8 km/h, an older person's
 * unhurried pace). A project default, not a seed figure: 15 minutes is then 1,200 m.
 */
export const WALK_METRES_PER_MINUTE = 80;

/** The radius in metres of a circle of so many walking minutes. */
export function circleRadius(minutes: number = CIRCLE_MINUTES): number {
  return minutes * WALK_METRES_PER_MINUTE;
}

/** Great-circle distance in metres between two WGS-84 points. */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const R = 6_371_000;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether a place is within a station's circle (on or inside its radius). */
export function withinCircle(
  station: { lat: number; lng: number; minutes: number },
  place: { lat: number; lng: number },
): boolean {
  return distanceMetres(station, place) <= circleRadius(station.minutes);
}

/** The circle as a GeoJSON Polygon (n points, closed), to draw on the map as an outline. */
export function circlePolygon(lat: number, lng: number, radius: number, n = 48) {
  const ring: [number, number][] = [];
  const dLat = radius / 111_320;
  const dLng = radius / (111_320 * Math.cos((lat * Math.PI) / 180));
  for (let i = 0; i <= n; i++) {
    const a = (2 * Math.PI * (i % n)) / n;
    ring.push([lng + dLng * Math.cos(a), lat + dLat * Math.sin(a)]);
  }
  return { type: 'Polygon' as const, coordinates: [ring] };
}

/** The centre of a GeoJSON outline's bounding box (a grid's place for the reach check), or null. */
export function outlineCentre(geojson: unknown): { lat: number; lng: number } | null {
  let minLat = Infinity;
  let maxLat = -Infinity;
  let minLng = Infinity;
  let maxLng = -Infinity;
  const walk = (v: unknown, depth: number): void => {
    if (depth > 8 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      if (v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number') {
        const [x, y] = v as number[];
        if (Number.isFinite(x) && Number.isFinite(y)) {
          minLng = Math.min(minLng, x);
          maxLng = Math.max(maxLng, x);
          minLat = Math.min(minLat, y);
          maxLat = Math.max(maxLat, y);
        }
        return;
      }
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    walk(o.coordinates ?? o.geometry ?? o.features, depth + 1);
  };
  walk(geojson, 0);
  return Number.isFinite(minLat) ? { lat: (minLat + maxLat) / 2, lng: (minLng + maxLng) / 2 } : null;
}

/** States of a service ticket 服务工单. */
export const TICKET_STATES = ['requested', 'assigned', 'done', 'rated', 'cancelled'] as const;
export type TicketState = (typeof TICKET_STATES)[number];

/** Who takes a move: the station's keeper, whoever serves it, the resident who asked. */
export type TicketActor = 'manage' | 'serve' | 'requester';

/** The ticket state machine, as data: request → assign → done → rating; cancel before it is done. */
export const TICKET_MOVES = [
  { action: 'assign', from: ['requested', 'assigned'], to: 'assigned', by: ['manage'] },
  { action: 'complete', from: ['assigned'], to: 'done', by: ['manage', 'serve'] },
  { action: 'rate', from: ['done'], to: 'rated', by: ['requester'] },
  { action: 'cancel', from: ['requested', 'assigned'], to: 'cancelled', by: ['manage', 'requester'] },
] as const satisfies readonly {
  action: string;
  from: readonly TicketState[];
  to: TicketState;
  by: readonly TicketActor[];
}[];
export type TicketAction = (typeof TICKET_MOVES)[number]['action'];

/** Where a move leads for one who acts as any of roles, or null when it may not be taken. */
export function ticketMove(
  from: TicketState,
  action: string,
  roles: readonly TicketActor[],
): TicketState | null {
  const m = TICKET_MOVES.find((x) => x.action === action);
  if (!m || !(m.from as readonly TicketState[]).includes(from)) return null;
  return (m.by as readonly TicketActor[]).some((r) => roles.includes(r)) ? m.to : null;
}

/** The moves open to one who acts as roles, from a state (the per-ticket buttons). */
export function ticketActions(from: TicketState, roles: readonly TicketActor[]): TicketAction[] {
  return TICKET_MOVES.filter((m) => ticketMove(from, m.action, roles)).map((m) => m.action);
}

/** A ticket's number 工单号: GD, the Shanghai day, and six characters of its id. */
export function ticketNumber(day: string, id: string): string {
  return `GD${day.replaceAll('-', '')}${id.replaceAll('-', '').slice(-6).toUpperCase()}`;
}

/** A rating of 4 or 5 stars is good (the satisfaction rate's numerator). */
export const GOOD_RATING = 4;
