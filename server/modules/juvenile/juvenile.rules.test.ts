import { describe, expect, it } from 'vitest';
import { ageOn, dueOn, matchScore, mayMove, pct, rankWorkers, reportNumber } from './juvenile.rules.ts';

describe('社工匹配: score by skills overlap and free places', () => {
  it.each([
    // skills, capacity, load, problems, score
    [['P01', 'P02'], 5, 0, ['P01', 'P02'], 2 * 10 + 5 * 2],
    [['P01'], 5, 0, ['P01', 'P02'], 10 + 10],
    [[], 5, 0, ['P01'], 10],
    [['P01'], 20, 0, ['P01'], 10 + 5 * 2], // free places are capped at 5
    [['P01'], 3, 2, ['P01'], 10 + 2],
    [['P01'], 3, 3, ['P01'], null], // full: not suggested
    [['P01'], 3, 4, ['P01'], null],
  ] as const)('skills %j cap %i load %i for %j → %s', (skills, capacity, load, problems, score) => {
    expect(matchScore({ id: 'w', skills, capacity, load }, problems)).toBe(score);
  });

  it('ranks by skills overlap first, drops the full one, breaks ties by free places', () => {
    const ranked = rankWorkers(
      [
        { id: 'a', skills: [], capacity: 10, load: 0 },
        { id: 'b', skills: ['P03', 'P04'], capacity: 2, load: 1 },
        { id: 'c', skills: ['P03', 'P04'], capacity: 4, load: 4 },
        { id: 'd', skills: ['P03'], capacity: 8, load: 0 },
        { id: 'e', skills: ['P03'], capacity: 9, load: 0 },
      ],
      ['P03', 'P04'],
    );
    expect(ranked.map((r) => r.worker.id)).toEqual(['b', 'e', 'd', 'a']);
    expect(ranked.find((r) => r.worker.id === 'b')!.overlap).toEqual(['P03', 'P04']);
  });
});

describe('dates, moves and numbers', () => {
  it.each([
    ['2007-06-15', '2025-06-14', 17],
    ['2007-06-15', '2025-06-15', 18],
    ['2008-02-29', '2026-02-28', 17],
  ])('born %s is %i on %s', (birth, day, age) => expect(ageOn(birth, day)).toBe(age));

  it('due dates cross months and years', () => {
    expect(dueOn('2026-12-25', 14)).toBe('2027-01-08');
    expect(dueOn('2026-02-20', 14)).toBe('2026-03-06');
  });

  it.each([
    ['assign', 'open', true],
    ['assign', 'helping', true],
    ['assign', 'closed', false],
    ['close', 'open', false],
    ['close', 'helping', true],
    ['close', 'closed', false],
  ] as const)('%s from %s: %s', (m, s, ok) => expect(mayMove(m, s)).toBe(ok));

  it('rates and report numbers', () => {
    expect(pct(42, 60)).toBe(70);
    expect(pct(1, 3)).toBe(33.3);
    expect(pct(1, 0)).toBeNull();
    expect(reportNumber(2026, 7)).toBe('未检帮教〔2026〕7号');
  });
});
