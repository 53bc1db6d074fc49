/** The order machine, the two rates and the three leaderboards (seed 001, Putuo). */
import { describe, expect, it } from 'vitest';
import { actionsFor, byAccepted, byCategory, byGoodRate, isGood, rates } from './services.rules.ts';

describe('an order’s steps: 点单 → 接单 → 服务 → 评价', () => {
  it.each([
    ['open', { org: true, resident: false }, ['accept']],
    ['open', { org: false, resident: true }, ['cancel']],
    ['accepted', { org: true, resident: false }, ['deliver']],
    ['accepted', { org: false, resident: true }, []],
    ['delivered', { org: false, resident: true }, ['rate']],
    ['delivered', { org: true, resident: false }, []],
    ['rated', { org: true, resident: true }, []],
    ['cancelled', { org: true, resident: true }, []],
  ] as const)('%s for %j → %j', (state, party, want) => expect(actionsFor(state, party)).toEqual(want));
});

describe('Putuo: rates per node (971 orders, 844 accepted, 100% good)', () => {
  it('acceptance = accepted ÷ placed, good = 4–5 stars ÷ rated, null when nothing counted', () => {
    expect(rates({ placed: 971, accepted: 844, rated: 800, good: 800 })).toEqual({
      acceptance: 86.9,
      good: 100,
    });
    expect(rates({ placed: 0, accepted: 0, rated: 0, good: 0 })).toEqual({ acceptance: null, good: null });
    expect([1, 2, 3, 4, 5].map(isGood)).toEqual([false, false, false, true, true]);
  });

  it('the three leaderboards: by orders accepted, by good rate (rated at least 3 times), by category', () => {
    const tallies = [
      { orgId: 'a', accepted: 10, rated: 9, good: 8 },
      { orgId: 'b', accepted: 12, rated: 2, good: 2 },
      { orgId: 'c', accepted: 10, rated: 10, good: 10 },
    ];
    expect(byAccepted(tallies).map((x) => x.orgId)).toEqual(['b', 'c', 'a']);
    expect(byGoodRate(tallies).map((x) => [x.orgId, x.rate])).toEqual([
      ['c', 100],
      ['a', 88.9],
    ]);
    expect(
      byCategory([
        { category: 'repair', placed: 3, accepted: 3, rated: 0, good: 0 },
        { category: 'elderly', placed: 9, accepted: 7, rated: 5, good: 5 },
      ]).map((x) => x.category),
    ).toEqual(['elderly', 'repair']);
  });
});
