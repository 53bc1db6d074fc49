/** Progress against a track's plan: complete, on the way, behind the year's share or a missing course late in the year. */
import { describe, expect, it } from 'vitest';
import { progressOf, yearElapsed } from './training.tracks.rules.ts';

describe('yearElapsed', () => {
  it.each([
    ['2026-01-01', 0],
    ['2026-07-02', 182 / 365],
    ['2026-12-31', 364 / 365],
  ])('%s', (day, want) => expect(yearElapsed(day)).toBeCloseTo(want, 5));
});

describe('progressOf', () => {
  const p = (hours: number, coursesDone = 2) => ({
    hours,
    requiredHours: 40,
    coursesDone,
    coursesRequired: 2,
  });
  it.each([
    ['done on the hours and courses', p(40), '2026-06-30', { complete: true, lagging: false, percent: 100 }],
    [
      'hours done, a course missing, mid-year',
      p(42, 1),
      '2026-06-30',
      { complete: false, lagging: false, percent: 100 },
    ],
    [
      'hours done, a course missing in the last quarter',
      p(42, 1),
      '2026-10-01',
      { complete: false, lagging: true },
    ],
    ['ahead of the year’s share', p(25), '2026-06-30', { complete: false, lagging: false, percent: 63 }],
    ['behind the year’s share', p(12), '2026-06-30', { complete: false, lagging: true, percent: 30 }],
    ['nothing yet on 1 January', p(0, 0), '2026-01-01', { complete: false, lagging: false, percent: 0 }],
  ])('%s', (_, input, day, want) => expect(progressOf(input, day)).toMatchObject(want));
  it('nothing required: complete at once', () =>
    expect(
      progressOf({ hours: 0, requiredHours: 0, coursesDone: 0, coursesRequired: 0 }, '2026-05-01'),
    ).toMatchObject({
      complete: true,
      percent: 100,
    }));
});
