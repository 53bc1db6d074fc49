/** The rules of 双报到, table-driven: moves, a second tap of 报到, half hours, quarters, ratings, pledges due. */
import { describe, expect, it } from 'vitest';
import {
  hasPlace,
  hoursOf,
  movesFrom,
  pct,
  pledgeDue,
  quarterOf,
  reportStep,
  suggestedRating,
  toHalfHours,
} from './outreach.rules.ts';

describe('a report’s moves', () => {
  it.each([
    ['invited', []],
    ['reported', ['accept', 'decline']],
    ['accepted', ['place']],
    ['declined', []],
  ] as const)('from %s the community may %j', (state, moves) => {
    expect(movesFrom(state)).toEqual(moves);
  });
});

describe('报到 tapped again', () => {
  it.each([
    [null, 'c1', 'insert'],
    [{ state: 'invited', communityId: 'c1' }, 'c1', 'report'],
    [{ state: 'invited', communityId: 'c1' }, 'c2', 'report'],
    [{ state: 'declined', communityId: 'c1' }, 'c2', 'report'],
    [{ state: 'reported', communityId: 'c1' }, 'c1', 'same'],
    [{ state: 'accepted', communityId: 'c1' }, 'c1', 'same'],
    [{ state: 'reported', communityId: 'c1' }, 'c2', 'conflict'],
    [{ state: 'accepted', communityId: 'c1' }, 'c2', 'conflict'],
  ] as const)('%j to %s → %s', (existing, community, step) => {
    expect(reportStep(existing, community)).toBe(step);
  });
});

describe('hours, quarters, ratings, places, pledges', () => {
  it.each([
    [0.5, 1],
    [2, 4],
    [3.5, 7],
    [24, 48],
  ])('%s hours are %s half hours and back', (h, half) => {
    expect(toHalfHours(h)).toBe(half);
    expect(hoursOf(half)).toBe(h);
  });
  it.each([
    ['2026-01-01', '2026-01-01', '2026-04-01'],
    ['2026-05-31', '2026-04-01', '2026-07-01'],
    ['2026-09-30', '2026-07-01', '2026-10-01'],
    ['2026-12-31', '2026-10-01', '2027-01-01'],
  ])('%s lies in [%s, %s)', (day, from, to) => {
    expect(quarterOf(day)).toEqual({ from, to });
  });
  it.each([
    [0, 'fail'],
    [7.5, 'fail'],
    [8, 'pass'],
    [19.5, 'pass'],
    [20, 'excellent'],
    [120, 'excellent'],
  ] as const)('%s confirmed hours suggest %s', (h, rating) => {
    expect(suggestedRating(h)).toBe(rating);
  });
  it('a programme has a place while fewer are placed than its places', () => {
    expect([hasPlace(0, 1), hasPlace(11, 12), hasPlace(12, 12), hasPlace(13, 12)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
  it.each([
    [{ state: 'open', dueOn: '2026-06-01' }, '2026-06-10', true],
    [{ state: 'open', dueOn: '2026-06-10' }, '2026-06-10', true],
    [{ state: 'open', dueOn: '2026-06-11' }, '2026-06-10', false],
    [{ state: 'fulfilled', dueOn: '2026-06-01' }, '2026-06-10', false],
  ] as const)('%j is due by %s: %s', (p, soon, due) => {
    expect(pledgeDue(p, soon)).toBe(due);
  });
  it('shares round to one decimal; nothing to divide by is null', () => {
    expect([pct(1, 3), pct(2, 2), pct(0, 0)]).toEqual([33.3, 100, null]);
  });
});
