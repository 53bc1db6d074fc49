/** The 擂台赛 rules: round moves, the deadline, weights, and the ranking with its tie-breaks (table-driven). */
import { describe, expect, it } from 'vitest';
import {
  contestDraft,
  DEFAULT_WEIGHTS,
  entryAccepted,
  judgesUnit,
  overallStandings,
  ownUnit,
  rank,
  roundMove,
  roundStandings,
  weighted,
  weightsProblems,
  weightsValid,
  type Scores,
} from './contests.rules.ts';

const s = (profession: number, duty: number, innovation: number, contribution: number, position: number) =>
  ({ profession, duty, innovation, contribution, position }) satisfies Scores;

describe('rounds', () => {
  it.each([
    ['planned', 'open', 'open'],
    ['planned', 'publish', null],
    ['open', 'publish', 'published'],
    ['open', 'open', null],
    ['published', 'publish', null],
    ['published', 'open', null],
  ] as const)('%s + %s → %s', (from, action, to) => {
    expect(roundMove(from, action)).toBe(to);
  });

  it.each([
    ['open', '2026-03-31', 0, null],
    ['open', '2026-03-01', 0, null],
    ['open', '2026-04-01', 0, 'contests.late'],
    ['planned', '2026-03-10', 0, 'contests.round_not_open'],
    ['published', '2026-03-10', 0, 'contests.round_not_open'],
    // replaced only until the first judge's score
    ['open', '2026-03-10', 1, 'contests.entry_scored'],
    ['open', '2026-03-10', 3, 'contests.entry_scored'],
    ['open', '2026-04-01', 1, 'contests.late'],
  ] as const)('a round %s, an entry on %s with %d scores → %s', (state, day, scored, problem) => {
    expect(entryAccepted({ state, opens_on: '2026-03-01', due_on: '2026-03-31' }, day, scored)).toBe(problem);
  });
});

describe('weights', () => {
  it.each([
    [DEFAULT_WEIGHTS, true],
    [{ profession: 40, duty: 15, innovation: 15, contribution: 15, position: 15 }, true],
    [{ profession: 33.32, duty: 16.67, innovation: 16.67, contribution: 16.67, position: 16.67 }, true],
    [{ profession: 100, duty: 0, innovation: 0, contribution: 0, position: 0 }, true],
    [{ ...DEFAULT_WEIGHTS, position: 0 }, false], // 80 %
    [{ ...DEFAULT_WEIGHTS, position: 21 }, false], // 101 %
    [{ profession: 0, duty: 0, innovation: 0, contribution: 0, position: 0 }, false],
    [{ ...DEFAULT_WEIGHTS, duty: 101 }, false],
    [{ ...DEFAULT_WEIGHTS, duty: -1 }, false],
    [{ profession: 20.005, duty: 19.995, innovation: 20, contribution: 20, position: 20 }, false],
  ])('%o valid: %s', (w, ok) => expect(weightsValid(w)).toBe(ok));

  it('a sum other than 100 % is shown on every weight, with the sum; a bad weight only on its own', () => {
    const sum = weightsProblems({ ...DEFAULT_WEIGHTS, position: 10 });
    expect(sum.map((p) => p.field)).toEqual([
      'weights.profession',
      'weights.duty',
      'weights.innovation',
      'weights.contribution',
      'weights.position',
    ]);
    expect(sum[0]).toMatchObject({ key: 'contests.weights_sum', params: { sum: 90 } });
    expect(weightsProblems({ ...DEFAULT_WEIGHTS, duty: 120 })).toEqual([
      { field: 'weights.duty', key: 'contests.weight_range' },
    ]);
  });

  it.each([
    [s(80, 90, 70, 60, 100), DEFAULT_WEIGHTS, 80],
    [s(80, 90, 70, 60, 100), { ...DEFAULT_WEIGHTS, position: 0 }, 75],
    [s(100, 0, 0, 0, 0), { profession: 3, duty: 1, innovation: 0, contribution: 0, position: 0 }, 75],
    [s(91, 92, 93, 94, 95), { profession: 1, duty: 2, innovation: 0, contribution: 0, position: 0 }, 91.67],
  ])('weighted(%o, %o) = %d', (scores, w, total) => expect(weighted(scores, w)).toBe(total));
});

describe('set-up', () => {
  it.each([
    [[], true],
    [['planned', 'planned'], true],
    [['open', 'planned'], false],
    [['published', 'open'], false],
  ] as const)('rounds %o: a draft %s', (states, draft) =>
    expect(contestDraft(states.map((state) => ({ state })))).toBe(draft),
  );

  const units = [
    { id: 'd', path: '/fu/dept/' },
    { id: 's', path: '/fu/s1/' },
  ];
  it.each([
    [['/fu/'], null], // the district's organisation department judges every unit
    [['/fu/s2/c21/'], null], // another street's cadre
    [['/fu/s1/c11/'], 's'], // a cadre inside a participating street
    [['/fu/s2/', '/fu/dept/'], 'd'], // one grant of several is enough
  ])('a judge with grants %o belongs to unit %s', (paths, unit) =>
    expect(judgesUnit(paths, units)?.id ?? null).toBe(unit),
  );
});

describe('ranking', () => {
  it.each([
    [
      'higher total first',
      [
        { unitId: 'a', unitName: '甲', total: 80, position: 90 },
        { unitId: 'b', unitName: '乙', total: 85, position: 70 },
      ],
      ['b', 'a'],
    ],
    [
      'a tie broken by 比位次',
      [
        { unitId: 'a', unitName: '甲', total: 80, position: 70 },
        { unitId: 'b', unitName: '乙', total: 80, position: 90 },
      ],
      ['b', 'a'],
    ],
    [
      'then by name (pinyin: 城 cheng before 住 zhu)',
      [
        { unitId: 'z', unitName: '区住房和建设局', total: 80, position: 90 },
        { unitId: 'c', unitName: '区城管局', total: 80, position: 90 },
      ],
      ['c', 'z'],
    ],
  ])('%s', (_, list, order) => {
    const r = rank(list);
    expect(r.map((x) => x.unitId)).toEqual(order);
    expect(r.map((x) => x.rank)).toEqual([1, 2]);
  });

  it('a round: the judges are averaged per dimension, then weighted; units no judge scored are left out', () => {
    const r = roundStandings(
      [
        { unitId: 'a', unitName: '甲', scores: [s(80, 80, 80, 80, 80), s(90, 90, 90, 90, 90)] },
        { unitId: 'b', unitName: '乙', scores: [s(70, 70, 70, 70, 100)] },
        { unitId: 'c', unitName: '丙', scores: [] },
      ],
      DEFAULT_WEIGHTS,
    );
    expect(r.map((x) => [x.unitId, x.total, x.judges, x.rank])).toEqual([
      ['a', 85, 2, 1],
      ['b', 76, 1, 2],
    ]);
  });

  it('overall: the mean of the rounds, a round not entered counting 0', () => {
    const r = overallStandings(
      [
        { unitId: 'a', unitName: '甲' },
        { unitId: 'b', unitName: '乙' },
      ],
      [
        [
          { unitId: 'a', total: 90, position: 90 },
          { unitId: 'b', total: 80, position: 80 },
        ],
        [{ unitId: 'b', total: 80, position: 80 }],
      ],
    );
    expect(r.map((x) => [x.unitId, x.total, x.rounds, x.rank])).toEqual([
      ['b', 80, 2, 1],
      ['a', 45, 1, 2],
    ]);
  });

  it.each([
    [['/d/s1/'], '/d/s1/', true],
    [['/d/s1/c1/'], '/d/s1/', true],
    [['/d/'], '/d/s1/', false],
    [['/d/s2/'], '/d/s1/', false],
  ])('a judge at %o belongs to %s: %s', (paths, unit, own) => expect(ownUnit(paths, unit)).toBe(own));
});
