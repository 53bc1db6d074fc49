import { describe, expect, it } from 'vitest';
import {
  cellValue,
  complianceRate,
  dueStatus,
  pickInterval,
  pointInOutline,
  validateOutline,
  visitCategoryOf,
} from './grid.rules.ts';

describe('visit cycles', () => {
  it.each([
    [null, '2026-03-01', 7, '2026-03-01', 'today', '2026-03-01'],
    [null, '2026-02-20', 7, '2026-03-01', 'overdue', '2026-02-20'],
    ['2026-02-25', '2026-01-01', 7, '2026-03-01', 'later', '2026-03-04'],
    ['2026-02-22', '2026-01-01', 7, '2026-03-01', 'today', '2026-03-01'],
    ['2026-02-21', '2026-01-01', 7, '2026-03-01', 'overdue', '2026-02-28'],
    ['2026-03-01', '2026-01-01', 7, '2026-03-01', 'done', '2026-03-01'],
  ])(
    'last %s, joined %s, every %i days, on %s → %s (due %s)',
    (last, created, interval, today, status, dueOn) => {
      expect(dueStatus(last, created, interval, today)).toEqual({ status, dueOn });
    },
  );

  it('the deepest rule for the category wins; the default is 7 days', () => {
    const rules = [
      { path: '/c/d/', category: 'rental' as const, intervalDays: 5 },
      { path: '/c/d/s/', category: 'rental' as const, intervalDays: 3 },
      { path: '/c/d/', category: 'special_care' as const, intervalDays: 2 },
    ];
    expect(pickInterval(rules, '/c/d/s/g/', 'rental')).toBe(3);
    expect(pickInterval(rules, '/c/d/x/g/', 'rental')).toBe(5);
    expect(pickInterval(rules, '/c/d/s/g/', 'household')).toBe(7);
  });

  it('rental housing and special-care people follow their own cycle', () => {
    expect(visitCategoryOf('housing', { occupancy: 'rented' })).toBe('rental');
    expect(visitCategoryOf('housing', { occupancy: 'owner' })).toBe('household');
    expect(visitCategoryOf('population', { specialCare: true })).toBe('special_care');
    expect(visitCategoryOf('entity', {})).toBe('entity');
  });

  it('compliance is the share not overdue', () => {
    expect(complianceRate(0, 0)).toBe(null);
    expect(complianceRate(4, 1)).toBe(0.75);
  });
});

describe('outlines', () => {
  const ring = [
    [0, 0],
    [2, 0],
    [2, 2],
    [0, 2],
    [0, 0],
  ];
  const hole = [
    [0.5, 0.5],
    [1, 0.5],
    [1, 1],
    [0.5, 1],
    [0.5, 0.5],
  ];
  it.each([
    [{ type: 'Polygon', coordinates: [ring] }, null],
    [{ type: 'MultiPolygon', coordinates: [[ring]] }, null],
    [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] } }, null],
    [
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] } }],
      },
      null,
    ],
    [{ type: 'Point', coordinates: [0, 0] }, 'grid.geojson_shape'],
    [{ type: 'Polygon', coordinates: [ring.slice(0, 4)] }, 'grid.geojson_ring_open'],
    [{ type: 'Polygon', coordinates: [ring.slice(0, 3)] }, 'grid.geojson_ring_short'],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [200, 0],
            [2, 2],
            [0, 0],
          ],
        ],
      },
      'grid.geojson_position',
    ],
    ['nonsense', 'grid.geojson_shape'],
  ])('%j → %s', (g, problem) => {
    const v = validateOutline(g);
    expect('problem' in v ? v.problem : null).toBe(problem);
  });
  it('finds points inside, outside and in holes', () => {
    const g = { type: 'Polygon', coordinates: [ring, hole] };
    expect(pointInOutline(g, 1.5, 1.5)).toBe(true);
    expect(pointInOutline(g, 0.75, 0.75)).toBe(false);
    expect(pointInOutline(g, 3, 1)).toBe(false);
  });
});

describe('spreadsheet cells', () => {
  it.each([
    ['出租', 'text', 'rented'],
    ['是', 'bool', true],
    ['否', 'bool', false],
    [' 12 ', 'number', 12],
    [{ text: '户籍' }, 'text', 'registered'],
    ['', 'text', undefined],
  ] as const)('%j as %s → %j', (v, type, out) => {
    expect(cellValue(v, type)).toEqual(out);
  });
});
