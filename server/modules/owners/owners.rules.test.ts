/** The double count of 业主大会 voting at its edges (exactly 2/3, exactly 1/2, exactly 3/4), terms and areas. */
import { describe, expect, it } from 'vitest';
import { areaOf, renewalDue, tallyMatter, termEnds, type Choice, type MatterKind } from './owners.rules.ts';

/** n ballots of the same area and choice. */
const many = (n: number, area: number, choice: Choice) => Array.from({ length: n }, () => ({ area, choice }));

describe('tallyMatter: quorum by area and by head, then the share of the participants', () => {
  // 12 owners of 100 m² each unless said: 1,200 m² in all
  const totals = { area: 120_000, heads: 12 };
  const cases: [
    string,
    MatterKind,
    { area: number; choice: Choice }[],
    boolean,
    Partial<Record<string, boolean>>,
  ][] = [
    ['exactly 2/3 take part, all yes: quorum reached', 'ordinary', many(8, 10_000, 'yes'), true, {}],
    ['one short of 2/3 by head', 'ordinary', many(7, 10_000, 'yes'), false, { quorumHeads: false }],
    [
      '2/3 by head but not by area (small flats)',
      'ordinary',
      many(8, 9_000, 'yes'),
      false,
      { quorumHeads: true, quorumArea: false },
    ],
    [
      'exactly half of the participants yes is not more than half',
      'ordinary',
      [...many(4, 10_000, 'yes'), ...many(4, 10_000, 'no')],
      false,
      { passHeads: false, passArea: false },
    ],
    [
      'abstentions count as taking part, not as yes',
      'ordinary',
      [...many(5, 10_000, 'yes'), ...many(3, 10_000, 'abstain')],
      true,
      {},
    ],
    [
      'more than half by head but not by area',
      'ordinary',
      [...many(5, 10_000, 'yes'), ...many(3, 20_000, 'no')],
      false,
      { passHeads: true, passArea: false },
    ],
    [
      'major: exactly 3/4 of both passes',
      'major',
      [...many(6, 10_000, 'yes'), ...many(2, 10_000, 'no')],
      true,
      {},
    ],
    [
      'major: 5 of 8 is not 3/4',
      'major',
      [...many(5, 10_000, 'yes'), ...many(3, 10_000, 'no')],
      false,
      { passHeads: false },
    ],
    [
      'nobody votes: no quorum, nothing passes',
      'ordinary',
      [],
      false,
      { quorumArea: false, quorumHeads: false },
    ],
  ];
  it.each(cases)('%s', (_name, kind, ballots, passed, flags) => {
    const r = tallyMatter(kind, totals, ballots);
    expect(r.passed).toBe(passed);
    if (flags.quorumArea !== undefined) expect(r.quorum.area).toBe(flags.quorumArea);
    if (flags.quorumHeads !== undefined) expect(r.quorum.heads).toBe(flags.quorumHeads);
    if (flags.passArea !== undefined) expect(r.pass.area).toBe(flags.passArea);
    if (flags.passHeads !== undefined) expect(r.pass.heads).toBe(flags.passHeads);
  });

  it('sums area and heads of each choice', () => {
    const r = tallyMatter('ordinary', totals, [
      { area: 12_345, choice: 'yes' },
      { area: 20_000, choice: 'no' },
      { area: 5, choice: 'abstain' },
    ]);
    expect(r.yes).toEqual({ area: 12_345, heads: 1 });
    expect(r.participating).toEqual({ area: 32_350, heads: 3 });
  });
});

describe('terms, renewal and areas', () => {
  it.each([
    ['2026-03-01', '2031-02-28'],
    ['2024-02-29', '2029-02-28'],
    ['2026-01-01', '2030-12-31'],
  ])('a term from %s ends on %s (five years)', (from, to) => expect(termEnds(from)).toBe(to));

  it.each([
    ['2031-02-28', '2030-09-01', true],
    ['2031-02-28', '2030-08-31', false],
    ['2026-01-01', '2026-06-01', true],
  ])('a term ending %s is due for 换届 on %s: %s', (end, today, due) =>
    expect(renewalDue(end, today)).toBe(due),
  );

  it.each([
    ['89.5', 8_950],
    ['120', 12_000],
    ['0.01', 1],
    ['0', null],
    ['12.345', null],
    ['-3', null],
    ['1e3', null],
    ['10000000', null],
  ])('area %s is %s (0.01 m²)', (text, v) => expect(areaOf(text)).toBe(v));
});
