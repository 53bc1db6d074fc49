import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellValue,
  complianceRate,
  dueStatus,
  pickInterval,
  pointInOutline,
  visitOccasions,
  weekOf,
  headWeekStatus,
  headCoverage,
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

  it('a rate is made ÷ due, and nothing when nothing fell due', () => {
    expect(complianceRate(0, 0)).toBe(null);
    expect(complianceRate(4, 3)).toBe(0.75);
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

describe('visit compliance 走访达标率 (issue 16 #9)', () => {
  const day = (n: number) =>
    new Date(Date.parse('2026-12-01T00:00:00Z') + n * 86400_000).toISOString().slice(0, 10);
  it('2 of 25 visits due today made is 8%, not 100%', () => {
    const today = day(5);
    let due = 0;
    let onTime = 0;
    for (let i = 0; i < 25; i++) {
      // each household last visited a week ago: due today; two visited today
      const r = visitOccasions({
        createdDay: day(-30),
        lastBefore: day(-2),
        visits: i < 2 ? [today] : [],
        intervalDays: 7,
        from: today,
        to: today,
      });
      due += r.due;
      onTime += r.onTime;
    }
    expect({ due, onTime, rate: complianceRate(due, onTime) }).toEqual({ due: 25, onTime: 2, rate: 0.08 });
  });

  it.each([
    // [case, lastBefore, visits, from, to, due, onTime]
    ['visited on the due day', day(0), [day(7)], day(7), day(7), 1, 1],
    ['visited a day early: on time, counted that day', day(0), [day(6)], day(6), day(6), 1, 1],
    [
      'early visit moves the next due date: nothing due on the old date',
      day(0),
      [day(6)],
      day(7),
      day(7),
      0,
      0,
    ],
    [
      'visited a day late: the due day was missed, the late visit counts nothing',
      day(0),
      [day(8)],
      day(7),
      day(8),
      1,
      0,
    ],
    ['never visited for three weeks: due again every cycle', day(0), [], day(1), day(21), 3, 0],
    ['overdue since before the period: only cycles inside it count', day(-14), [], day(1), day(7), 1, 0],
    ['a weekly visitor over four weeks', day(0), [day(7), day(14), day(21), day(28)], day(1), day(28), 4, 4],
    ['due today, not yet visited: counts as not on time', day(0), [], day(7), day(7), 1, 0],
  ])('%s', (_c, lastBefore, visits, from, to, due, onTime) => {
    expect(visitOccasions({ createdDay: day(-60), lastBefore, visits, intervalDays: 7, from, to })).toEqual({
      due,
      onTime,
    });
  });

  it('a record never visited falls due the day it joined the register', () => {
    const joinedOnDay3 = (from: string, to: string) =>
      visitOccasions({ createdDay: day(3), lastBefore: null, visits: [], intervalDays: 7, from, to });
    expect(joinedOnDay3(day(3), day(3))).toEqual({ due: 1, onTime: 0 });
    expect(joinedOnDay3(day(0), day(2))).toEqual({ due: 0, onTime: 0 });
  });

  it('on time never exceeds due; a period split in two adds up to the whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 59 }),
        (k, vs, split) => {
          const visits = vs.sort((a, b) => a - b).map(day);
          const run = (f: number, t: number) =>
            visitOccasions({
              createdDay: day(-5),
              lastBefore: null,
              visits: visits.filter((v) => v >= day(f) && v <= day(t)),
              intervalDays: k,
              from: day(f),
              to: day(t),
            });
          // the second half starts from the first half's last visit, as the service reads it
          const whole = run(0, 60);
          const a = run(0, split);
          const before = visits.filter((v) => v <= day(split)).at(-1) ?? null;
          const b = visitOccasions({
            createdDay: day(-5),
            lastBefore: before,
            visits: visits.filter((v) => v > day(split)),
            intervalDays: k,
            from: day(split + 1),
            to: day(60),
          });
          expect(whole.onTime).toBeLessThanOrEqual(whole.due);
          expect(a.due + b.due).toBe(whole.due);
          expect(a.onTime + b.onTime).toBe(whole.onTime);
        },
      ),
    );
  });
});

describe('网格长每周巡查 (seed 003): the weekly cadence', () => {
  it.each([
    ['2026-12-07', '2026-12-07'], // a Monday
    ['2026-12-13', '2026-12-07'], // its Sunday
    ['2026-12-14', '2026-12-14'],
    ['2027-01-01', '2026-12-28'],
  ])('%s falls in the week of Monday %s', (d, monday) => expect(weekOf(d)).toBe(monday));

  it.each([
    // [case, headed from, last walked, today, status, missed weeks]
    ['walked this week', '2026-11-02', '2026-12-08', '2026-12-10', 'done', 0],
    ['walked last week: due by Sunday', '2026-11-02', '2026-12-01', '2026-12-10', 'due', 0],
    ['headship began this week: due', '2026-12-08', null, '2026-12-10', 'due', 0],
    ['last week unwalked: overdue by one', '2026-11-02', '2026-11-25', '2026-12-10', 'overdue', 1],
    ['never walked since three weeks', '2026-11-16', null, '2026-12-10', 'overdue', 3],
  ])('%s', (_c, fromDay, last, today, status, missedWeeks) => {
    expect(headWeekStatus({ fromDay, lastPatrolDay: last, today })).toMatchObject({ status, missedWeeks });
  });

  it('coverage counts the weeks a head held the grid within the period, and those walked', () => {
    const walkedWeeks = new Set(['2026-11-30', '2026-12-07']);
    expect(
      headCoverage({
        fromDay: '2026-11-18',
        toDay: null,
        periodFrom: '2026-11-16',
        periodTo: '2026-12-13',
        walkedWeeks,
      }),
    ).toEqual({ weeks: 4, walked: 2 });
    // handed over mid-period: only the weeks held count
    expect(
      headCoverage({
        fromDay: '2026-11-18',
        toDay: '2026-11-29',
        periodFrom: '2026-11-16',
        periodTo: '2026-12-13',
        walkedWeeks,
      }),
    ).toEqual({ weeks: 2, walked: 0 });
  });
});
