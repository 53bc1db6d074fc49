/** The rules of 点演 orders, stars, certificates and the per-10,000 figure, as tables. */
import { describe, expect, it } from 'vitest';
import {
  ascending,
  certificateNumber,
  KIND_LEVELS,
  m2Per10k,
  orderActions,
  orderDayProblem,
  type OrderState,
  type Side,
} from './culture.rules.ts';
import { starsOf } from './culture.core.ts';

describe('who moves an order, when', () => {
  const today = '2026-06-10';
  it.each<[OrderState, Side[], string, string[]]>([
    ['ordered', ['troupe'], '2026-06-20', ['accept', 'decline']],
    ['ordered', ['community'], '2026-06-20', ['cancel']],
    ['ordered', ['community', 'troupe'], '2026-06-20', ['accept', 'decline', 'cancel']],
    ['accepted', ['troupe'], '2026-06-20', ['decline']],
    ['accepted', ['troupe'], '2026-06-10', ['decline', 'perform']],
    ['accepted', ['troupe'], '2026-06-01', ['perform']],
    ['accepted', ['community'], '2026-06-01', []],
    ['performed', ['community'], '2026-06-01', ['rate']],
    ['performed', ['troupe'], '2026-06-01', []],
    ['rated', ['community', 'troupe'], '2026-06-01', []],
    ['declined', ['community', 'troupe'], '2026-06-20', []],
    ['cancelled', ['community', 'troupe'], '2026-06-20', []],
    ['ordered', [], '2026-06-20', []],
  ])('%s by %j on %s → %j', (state, sides, day, actions) => {
    expect(orderActions(state, sides, day, today)).toEqual(actions);
  });
});

describe('the day a performance is ordered for', () => {
  it.each([
    ['2026-06-10', 'order_past'],
    ['2026-06-09', 'order_past'],
    ['2026-06-11', null],
    ['2026-12-07', null],
    ['2026-12-08', 'order_too_far'],
  ])('%s → %s', (day, problem) => {
    expect(orderDayProblem(day, '2026-06-10')).toBe(problem);
  });
});

describe('stars and thresholds', () => {
  const t = [20, 50, 100, 150, 200];
  it.each([
    [0, 0],
    [19.5, 0],
    [20, 1],
    [99, 2],
    [150, 4],
    [1000, 5],
  ])('%s hours → %s stars', (hours, stars) => expect(starsOf(hours, t)).toBe(stars));
  it.each([
    [[20, 50, 100, 150, 200], true],
    [[20, 20, 100, 150, 200], false],
    [[200, 150, 100, 50, 20], false],
  ])('%j ascending: %s', (x, ok) => expect(ascending(x)).toBe(ok));
});

describe('figures and papers', () => {
  it('m² per 10,000 residents, none without residents', () => {
    expect(m2Per10k(3227, 10_000)).toBe(3227);
    expect(m2Per10k(500, 2_000)).toBe(2500);
    expect(m2Per10k(500, 0)).toBeNull();
    expect(m2Per10k(500, null)).toBeNull();
  });
  it('a certificate number carries its year and four digits', () => {
    expect(certificateNumber(2026, 7)).toBe('文志证〔2026〕0007');
  });
  it('a street culture station stands on a street only; a community room not on the district', () => {
    expect(KIND_LEVELS.station).toEqual(['street']);
    expect(KIND_LEVELS.room).not.toContain('district');
  });
});
