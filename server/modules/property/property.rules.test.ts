/** The rules of 红色物业 and quality communities, table-driven (seed 001, Longquan). */
import { describe, expect, it } from 'vitest';
import {
  BATCHES,
  collectionRate,
  DEFAULT_COMPANY_CRITERIA,
  DEFAULT_QUALITY_CRITERIA,
  issueActions,
  issueDue,
  nextIssueState,
  quarterOf,
  rank,
  scoreProblems,
  starsOf,
  weightedTotal,
  yearlyQuality,
} from './property.rules.ts';

describe('star ratings and the quality index', () => {
  it('Longquan: five musts 五个必须落实 by default, and 六好三高 as six goods and three highs (seed 001)', () => {
    expect(DEFAULT_COMPANY_CRITERIA).toHaveLength(5);
    expect(DEFAULT_COMPANY_CRITERIA.every((c) => c.name.startsWith('必须落实'))).toBe(true);
    expect(DEFAULT_QUALITY_CRITERIA.filter((c) => c.grp === 'six_good')).toHaveLength(6);
    expect(DEFAULT_QUALITY_CRITERIA.filter((c) => c.grp === 'three_high')).toHaveLength(3);
  });
  it.each([
    [100, 5],
    [90, 5],
    [89.99, 4],
    [80, 4],
    [79, 3],
    [70, 3],
    [60, 2],
    [59.9, 1],
    [0, 1],
  ])('a total of %d earns %d stars', (total, stars) => expect(starsOf(total)).toBe(stars));

  it.each([
    [{ a: 100, b: 0 }, [1, 1], 50],
    [{ a: 100, b: 0 }, [3, 1], 75],
    [{ a: 90, b: 80 }, [20, 20], 85],
    [{ a: 77.7, b: 77.7 }, [1, 2], 77.7],
  ])('weighted total of %o with weights %o is %d', (scores, [wa, wb], total) =>
    expect(
      weightedTotal(
        [
          { code: 'a', weight: wa },
          { code: 'b', weight: wb },
        ],
        scores,
      ),
    ).toBe(total),
  );

  it('a score sheet names every criterion, only them, each 0–100', () => {
    const c = [{ code: 'a' }, { code: 'b' }];
    expect(scoreProblems(c, { a: 1, b: 2 })).toEqual([]);
    expect(scoreProblems(c, { a: 1 })).toEqual([{ field: 'scores.b', key: 'property.score_missing' }]);
    expect(scoreProblems(c, { a: 1, b: 2, x: 3 })).toEqual([
      { field: 'scores.x', key: 'property.score_unknown' },
    ]);
    expect(scoreProblems(c, { a: 101, b: -1 })).toHaveLength(2);
  });

  it('Longquan: scored each quarter, rated once a year — the rating waits for all four quarters (seed 001)', () => {
    expect(yearlyQuality([{ quarter: 1, total: 90 }])).toBeNull();
    expect(
      yearlyQuality([
        { quarter: 1, total: 88 },
        { quarter: 2, total: 90 },
        { quarter: 3, total: 92 },
        { quarter: 4, total: 94 },
      ]),
    ).toEqual({ average: 91, stars: 5 });
  });

  it('ranking: highest first, ties share a rank', () => {
    expect(
      rank([{ score: 80 }, { score: 95 }, { score: 80 }, { score: 70 }]).map((r) => [r.score, r.rank]),
    ).toEqual([
      [95, 1],
      [80, 2],
      [80, 2],
      [70, 4],
    ]);
  });
});

describe('fees', () => {
  it.each([
    [100000, 92000, 0.92],
    [100, 120, 1],
    [0, 0, null],
  ])("Longquan: a compound's collection rate is paid ÷ billed (seed 001): %d billed, %d paid", (b, p, r) =>
    expect(collectionRate(b, p)).toBe(r),
  );
  it.each([
    ['2026-01', 1],
    ['2026-03', 1],
    ['2026-04', 2],
    ['2026-12', 4],
  ])('%s is in quarter %d', (p, q) => expect(quarterOf(p)).toBe(q));
});

describe('the four batches 四个一批 (seed 001)', () => {
  it('Longquan: the order is publicise, negotiate, help in hardship, mediate or sue', () =>
    expect(BATCHES).toEqual(['publicise', 'negotiate', 'hardship', 'litigate']));

  it.each([
    ['arrears', 'listed', 'decide', 'publicise', { to: 'publicise' }],
    ['arrears', 'listed', 'decide', 'hardship', { to: 'hardship' }],
    ['arrears', 'listed', 'decide', null, { refused: 'needs_batch' }],
    ['service', 'listed', 'decide', null, { to: 'working' }],
    ['service', 'listed', 'decide', 'publicise', { refused: 'not_arrears' }],
    ['arrears', 'publicise', 'escalate', null, { to: 'negotiate' }],
    ['arrears', 'negotiate', 'escalate', null, { to: 'hardship' }],
    ['arrears', 'hardship', 'escalate', null, { to: 'litigate' }],
    ['arrears', 'litigate', 'escalate', null, { refused: 'wrong_state' }],
    ['service', 'working', 'escalate', null, { refused: 'wrong_state' }],
    ['arrears', 'listed', 'resolve', null, { refused: 'wrong_state' }],
    ['arrears', 'negotiate', 'resolve', null, { to: 'resolved' }],
    ['arrears', 'resolved', 'reopen', null, { to: 'listed' }],
    ['arrears', 'resolved', 'decide', 'litigate', { refused: 'wrong_state' }],
    ['arrears', 'negotiate', 'decide', 'litigate', { to: 'litigate' }],
  ] as const)('%s in %s, %s (%s) → %o', (kind, state, action, batch, out) =>
    expect(nextIssueState(kind, state, action, batch)).toEqual(out),
  );

  it('buttons: a listed item waits for the meeting; a batch may escalate or resolve', () => {
    expect(issueActions('arrears', 'listed')).toEqual([]);
    expect(issueActions('arrears', 'publicise')).toEqual(['escalate', 'resolve']);
    expect(issueActions('arrears', 'litigate')).toEqual(['resolve']);
    expect(issueActions('facility', 'working')).toEqual(['resolve']);
    expect(issueActions('arrears', 'resolved')).toEqual(['reopen']);
  });

  it('an open item is due on its day', () => {
    expect(issueDue('negotiate', '2026-03-01', '2026-03-01')).toBe(true);
    expect(issueDue('negotiate', '2026-03-02', '2026-03-01')).toBe(false);
    expect(issueDue('resolved', '2026-01-01', '2026-03-01')).toBe(false);
    expect(issueDue('listed', null, '2026-03-01')).toBe(false);
  });
});
