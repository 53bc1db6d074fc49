import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ballotProblem,
  decodeChoices,
  encodeChoices,
  MAX_OPTIONS,
  ranked,
  SEALED_SIZE,
  setupProblem,
  shuffle,
  stateOf,
  tally,
  turnout,
  withShares,
} from './votes.rules.ts';

describe('ballotProblem', () => {
  it.each([
    ['single', 3, 1, [2], null],
    ['single', 3, 1, [1, 2], 'votes.ballot_single'],
    ['single', 3, 1, [], 'votes.ballot_empty'],
    ['single', 3, 1, [4], 'votes.ballot_unknown_option'],
    ['single', 3, 1, [0], 'votes.ballot_unknown_option'],
    ['approval', 4, 2, [1, 3], null],
    ['approval', 4, 2, [1, 3, 4], 'votes.ballot_too_many'],
    ['approval', 4, 4, [2, 2], 'votes.ballot_repeated'],
    ['ranking', 5, 3, [5, 1, 2], null],
    ['ranking', 5, 3, [5, 1, 2, 3], 'votes.ballot_too_many'],
    ['ranking', 5, 5, [1.5], 'votes.ballot_unknown_option'],
  ] as const)('%s of %i options, at most %i: %j → %s', (method, n, max, choices, expected) => {
    expect(ballotProblem(method, n, max, choices)).toBe(expected);
  });
});

describe('stateOf', () => {
  const at = (s: string) => new Date(`2026-05-01T${s}:00+08:00`);
  const v = { opensAt: at('09:00'), closesAt: at('17:00'), closedAt: null, cancelledAt: null };
  it.each([
    ['08:59', 'scheduled'],
    ['09:00', 'open'],
    ['16:59', 'open'],
    ['17:00', 'closing'],
  ] as const)('at %s a vote open 09:00–17:00 is %s', (time, state) => {
    expect(stateOf(v, at(time))).toBe(state);
  });
  it('a tallied vote is closed and a cancelled one cancelled, whatever the time', () => {
    expect(stateOf({ ...v, closedAt: at('17:01') }, at('10:00'))).toBe('closed');
    expect(stateOf({ ...v, cancelledAt: at('10:00'), closedAt: at('17:01') }, at('18:00'))).toBe('cancelled');
  });
});

describe('setupProblem', () => {
  const base = {
    method: 'single' as const,
    options: ['赞成', '反对', '弃权'],
    maxChoices: 1,
    opensAt: new Date(1000),
    closesAt: new Date(2000),
  };
  it('accepts a plain yes/no/abstain vote', () => expect(setupProblem(base)).toBeNull());
  it.each([
    [{ options: ['赞成'] }, 'votes.options_count'],
    [{ options: ['赞成', '赞成 '] }, 'votes.options_duplicate'],
    [{ maxChoices: 2 }, 'votes.max_choices'],
    [{ method: 'approval' as const, maxChoices: 4 }, 'votes.max_choices'],
    [{ closesAt: new Date(1000) }, 'votes.closes_before_opens'],
  ])('%j → %s', (change, key) => expect(setupProblem({ ...base, ...change })?.key).toBe(key));
});

describe('sealed ballots', () => {
  it('every encoding has the same length and decodes to the same choices', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: MAX_OPTIONS }), { minLength: 1, maxLength: MAX_OPTIONS }),
        (choices) => {
          const b = encodeChoices(choices);
          expect(b.length).toBe(SEALED_SIZE);
          expect(decodeChoices(b)).toEqual(choices);
        },
      ),
    );
  });
});

describe('tally', () => {
  it('single choice: counts per option, summing to the ballots', () => {
    const r = tally('single', 3, 1, [[1], [2], [1], [3], [1]]);
    expect(r.map((x) => x.count)).toEqual([3, 1, 1]);
    expect(ranked(r)[0].position).toBe(1);
  });
  it('ranking: Borda points over the ranks, first preferences apart', () => {
    // three ranks: first 3 points, second 2, third 1
    const r = tally('ranking', 3, 3, [
      [1, 2, 3],
      [2, 1],
      [2, 3, 1],
    ]);
    expect(r).toEqual([
      { position: 1, count: 3, first: 1, points: 3 + 2 + 1 },
      { position: 2, count: 3, first: 2, points: 2 + 3 + 3 },
      { position: 3, count: 2, first: 0, points: 1 + 2 },
    ]);
    expect(ranked(r).map((x) => x.position)).toEqual([2, 1, 3]);
  });
  it('ranking points always sum to what the ballots give away', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }), {
          maxLength: 40,
        }),
        (ballots) => {
          const r = tally('ranking', 6, 4, ballots);
          const given = ballots.reduce((s, b) => s + b.reduce((t, _, i) => t + 4 - i, 0), 0);
          expect(r.reduce((s, x) => s + x.points, 0)).toBe(given);
          expect(r.reduce((s, x) => s + x.first, 0)).toBe(ballots.length);
        },
      ),
    );
  });
});

describe('turnout and shuffle', () => {
  it('turnout is ballots over eligible, null with nobody eligible', () => {
    expect(turnout(30, 120)).toBe(0.25);
    expect(turnout(0, 0)).toBeNull();
  });
  it('a shuffle is a permutation of its input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.infiniteStream(fc.nat()), (xs, rnd) => {
        const it = rnd[Symbol.iterator]();
        const out = shuffle([...xs], (n) => it.next().value % n);
        expect([...out].sort()).toEqual([...xs].sort());
      }),
    );
  });
});

describe('shares in an export', () => {
  it("single: each option's part of the ballots, in outcome order", () => {
    const r = withShares(tally('single', 3, 1, [[1], [2], [2], [2]]), 4);
    expect(r.map((x) => [x.rank, x.position, x.count, x.share])).toEqual([
      [1, 2, 3, 0.75],
      [2, 1, 1, 0.25],
      [3, 3, 0, 0],
    ]);
  });
  it('approval: shares of the ballots need not sum to one', () => {
    const r = withShares(tally('approval', 2, 2, [[1, 2], [1]]), 2);
    expect(r.map((x) => x.share)).toEqual([1, 0.5]);
  });
  it('ranking (Borda): decided by points; pointsShare is the part of all points', () => {
    const r = withShares(
      tally('ranking', 3, 3, [
        [3, 1, 2],
        [3, 2, 1],
      ]),
      2,
    );
    expect(r.map((x) => [x.position, x.points, x.pointsShare])).toEqual([
      [3, 6, 0.5],
      [1, 3, 0.25],
      [2, 3, 0.25],
    ]);
  });
  it('no ballots: no shares', () => {
    expect(withShares(tally('single', 2, 1, []), 0).map((x) => x.share)).toEqual([null, null]);
  });
});
