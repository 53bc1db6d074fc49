/** The support rules, table-driven: quarters, terms, settlements ending, talents' levels, sheet codes. */
import { describe, expect, it } from 'vitest';
import {
  lastQuarters,
  quarterFirstDay,
  quarterOf,
  quarterStart,
  settlementEnding,
  share,
  supportCodeOf,
  talentProblem,
  termProblem,
  termRuns,
} from './socialorgs.support.rules.ts';

describe('quarters a visit counts in', () => {
  it.each([
    ['2026-01-01', '2026-Q1', '2026-01-01'],
    ['2026-03-31', '2026-Q1', '2026-01-01'],
    ['2026-04-01', '2026-Q2', '2026-04-01'],
    ['2026-09-30', '2026-Q3', '2026-07-01'],
    ['2026-12-07', '2026-Q4', '2026-10-01'],
  ])('%s is in %s, which starts %s', (day, q, start) => {
    expect(quarterOf(day)).toBe(q);
    expect(quarterStart(day)).toBe(start);
    expect(quarterFirstDay(q)).toBe(start);
  });
  it('the last four quarters cross the year back', () => {
    expect(lastQuarters('2026-02-10', 4)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1']);
    expect(lastQuarters('2026-12-07', 2)).toEqual(['2026-Q3', '2026-Q4']);
  });
});

describe('terms of an instructor or a settlement', () => {
  it.each([
    [{ startsOn: '2026-01-01', endsOn: '2026-12-31' }, '2026-06-01', true],
    [{ startsOn: '2026-01-01', endsOn: '2026-12-31' }, '2026-12-31', true],
    [{ startsOn: '2026-01-01', endsOn: '2026-12-31' }, '2027-01-01', false],
    [{ startsOn: '2026-03-01', endsOn: '2026-12-31' }, '2026-02-28', false],
  ])('%o runs on %s: %s', (term, day, runs) => expect(termRuns(term, day)).toBe(runs));
  it.each([
    [{ startsOn: '2026-01-01', endsOn: '2026-12-31' }, null],
    [{ startsOn: '2026-01-01', endsOn: '2026-01-01' }, null],
    [{ startsOn: '2026-02-01', endsOn: '2026-01-31' }, 'socialorgs.support.ends_before_start'],
    [{ startsOn: '2026-01-01', endsOn: '2030-01-01' }, 'socialorgs.support.term_too_long'],
  ])('%o: %s', (term, key) => expect(termProblem(term)?.key ?? null).toBe(key));
  it.each([
    ['2026-12-31', '2026-12-07', true],
    ['2027-02-05', '2026-12-07', true],
    ['2027-02-06', '2026-12-07', false],
    ['2026-12-06', '2026-12-07', false],
  ])('a settlement ending %s on %s is to be renewed: %s', (ends, day, yes) =>
    expect(settlementEnding(ends, day)).toBe(yes),
  );
});

describe('talents', () => {
  it.each([
    ['certified', 'intermediate', null],
    ['certified', null, 'socialorgs.talent.level_needed'],
    ['worker', null, null],
    ['leader', 'senior', 'socialorgs.talent.level_only_certified'],
  ] as const)('%s with level %s: %s', (kind, level, key) =>
    expect(talentProblem(kind, level)?.key ?? null).toBe(key),
  );
  it.each([
    ['kind', '草根领袖', 'leader'],
    ['kind', '本土社工', 'worker'],
    ['kind', '持证社工', 'certified'],
    ['kind', '志愿者', undefined],
    ['certLevel', '中级', 'intermediate'],
    ['certLevel', '高级社会工作师', 'senior'],
    ['certLevel', '助理', 'assistant'],
    ['certLevel', '特级', undefined],
  ] as const)('the sheet’s %s “%s” is %s', (list, text, code) =>
    expect(supportCodeOf(list, text)).toBe(code),
  );
  it('a share is null without a denominator and keeps one decimal', () => {
    expect(share(0, 0)).toBeNull();
    expect(share(1, 3)).toBe(33.3);
  });
});
