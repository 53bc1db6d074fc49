/** Star levels, earned hours and scan windows (seed 003: star volunteers by yearly hours). */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STAR_HOURS,
  earnedHours,
  scanWindow,
  starsFor,
  validThresholds,
} from './volunteers.rules.ts';

const at = (hhmm: string) => new Date(`2026-03-05T${hhmm}:00+08:00`);

describe('Futian: star levels from a year of hours, thresholds set per district (seed 003)', () => {
  it.each([
    [0, 0],
    [19.5, 0],
    [20, 1],
    [49, 1],
    [50, 2],
    [100, 3],
    [150, 4],
    [200, 5],
    [4000, 5],
  ])('%s hours against the defaults → %s stars', (hours, stars) => {
    expect(starsFor(hours, DEFAULT_STAR_HOURS)).toBe(stars);
  });
  it.each([
    [[10, 20, 30, 40, 50], true],
    [[10, 20, 20, 40, 50], false],
    [[10, 20, 30, 40], false],
    [[0, 20, 30, 40, 50], false],
    [[1.5, 20, 30, 40, 50], false],
  ])('thresholds %j valid: %s', (t, ok) => expect(validThresholds(t)).toBe(ok));
});

describe('hours earned between check-in and check-out', () => {
  it.each([
    ['09:00', '12:00', 3],
    ['08:00', '12:00', 3], // before the start does not count
    ['09:10', '11:55', 2.5], // rounded down to the half hour
    ['09:00', '13:00', 3], // after the end does not count
    ['12:30', '13:00', 0],
  ])('in %s out %s for a 09:00–12:00 activity → %s h', (i, o, h) => {
    expect(earnedHours(at(i), at(o), at('09:00'), at('12:00'))).toBe(h);
  });
  it.each([
    ['07:59', 'in', 'early'],
    ['08:00', 'in', 'open'],
    ['12:00', 'in', 'open'],
    ['12:01', 'in', 'closed'],
    ['13:59', 'out', 'open'],
    ['14:01', 'out', 'closed'],
  ] as const)('a scan at %s (%s) is %s', (now, kind, want) => {
    expect(scanWindow(at(now), at('09:00'), at('12:00'), kind)).toBe(want);
  });
});
