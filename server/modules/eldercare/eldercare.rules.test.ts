import { describe, expect, it } from 'vitest';
import {
  circlePolygon,
  circleRadius,
  distanceMetres,
  outlineCentre,
  ticketActions,
  ticketMove,
  ticketNumber,
  withinCircle,
} from './eldercare.rules.ts';

const station = { lat: 29.8, lng: 121.56, minutes: 15 };
const north = (m: number) => ({ lat: station.lat + m / 111_195, lng: station.lng });

describe('15分钟照护圈 (seed 001)', () => {
  it('Haichuang: “15分钟照护圈”: fifteen minutes on foot is a 1,200 m circle at 80 m a minute (seed 001)', () => {
    expect(circleRadius()).toBe(1200);
    expect(circleRadius(10)).toBe(800);
  });

  it.each([
    [1000, true],
    [1190, true],
    [1250, false],
    [3000, false],
  ])('Haichuang: a household %i m away is within the circle: %s (seed 001)', (m, inside) => {
    expect(Math.abs(distanceMetres(station, north(m)) - m)).toBeLessThan(2);
    expect(withinCircle(station, north(m))).toBe(inside);
  });

  it('draws the circle as a closed polygon whose points lie on the radius', () => {
    const p = circlePolygon(station.lat, station.lng, 1200, 24);
    const ring = p.coordinates[0];
    expect(ring).toHaveLength(25);
    expect(ring[0]).toEqual(ring[24]);
    for (const [lng, lat] of ring)
      expect(Math.abs(distanceMetres(station, { lat, lng }) - 1200)).toBeLessThan(15);
  });

  it("a grid is placed at its outline's centre; no outline, no place", () => {
    const sq = {
      type: 'Polygon',
      coordinates: [
        [
          [121, 29],
          [121.02, 29],
          [121.02, 29.02],
          [121, 29.02],
          [121, 29],
        ],
      ],
    };
    expect(outlineCentre(sq)!.lat).toBeCloseTo(29.01, 9);
    expect(outlineCentre(sq)!.lng).toBeCloseTo(121.01, 9);
    expect(outlineCentre({ type: 'Feature', geometry: sq })).toEqual(outlineCentre(sq));
    expect(outlineCentre(null)).toBeNull();
    expect(outlineCentre({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
});

describe('服务工单 (seed 001)', () => {
  it.each([
    ['requested', 'assign', ['manage'], 'assigned'],
    ['requested', 'assign', ['requester'], null],
    ['assigned', 'complete', ['serve'], 'done'],
    ['assigned', 'complete', ['requester'], null],
    ['done', 'rate', ['requester'], 'rated'],
    ['done', 'rate', ['manage', 'serve'], null],
    ['requested', 'cancel', ['requester'], 'cancelled'],
    ['done', 'cancel', ['manage'], null],
    ['rated', 'rate', ['requester'], null],
  ] as const)(
    'Haichuang: 设置“服务工单”: a ticket %s on %s by %j goes to %s (seed 001)',
    (from, action, roles, to) => {
      expect(ticketMove(from, action, roles)).toBe(to);
    },
  );

  it('offers each party only its own buttons', () => {
    expect(ticketActions('requested', ['manage', 'serve'])).toEqual(['assign', 'cancel']);
    expect(ticketActions('requested', ['requester'])).toEqual(['cancel']);
    expect(ticketActions('done', ['requester'])).toEqual(['rate']);
  });

  it('numbers a ticket by its day and id', () => {
    expect(ticketNumber('2026-03-05', '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')).toBe('GD202603053F4A5B');
  });
});
