/** The teachers' awards rules: the score, who is nominated, the committee's majority, the moves, numbers. */
import { describe, expect, it } from 'vitest';
import {
  AWARD_MOVES,
  awardNumber,
  nominate,
  reviewPasses,
  reviewRefusal,
  teachingScore,
  type TeachingBasis,
} from './training.awards.rules.ts';

const basis = (o: Partial<TeachingBasis> = {}): TeachingBasis => ({
  classes: 3,
  ratings: 6,
  stars: 4.5,
  enrolled: 30,
  attended: 27,
  tested: 10,
  passed: 8,
  ...o,
});

describe('teachingScore', () => {
  it.each([
    ['all parts', basis(), 45 + 27 + 16],
    ['full marks', basis({ stars: 5, attended: 30, passed: 10 }), 100],
    [
      'no exam: ratings and attendance only',
      basis({ tested: 0, passed: 0 }),
      Math.round(((90 * 50 + 90 * 30) / 80) * 10) / 10,
    ],
    ['no ratings', basis({ ratings: 0, stars: null }), Math.round(((90 * 30 + 80 * 20) / 50) * 10) / 10],
    ['nothing known', basis({ ratings: 0, stars: null, enrolled: 0, attended: 0, tested: 0, passed: 0 }), 0],
  ])('%s', (_, b, want) => expect(teachingScore(b)).toBe(want));
});

describe('nominate', () => {
  const teachers = [
    { teacherId: 'a', courseId: null, basis: basis({ stars: 4.9 }) },
    { teacherId: 'b', courseId: null, basis: basis({ stars: 4.0, attended: 30 }) },
    { teacherId: 'c', courseId: null, basis: basis({ stars: 3.0 }) },
    { teacherId: 'd', courseId: null, basis: basis({ stars: 5, classes: 1, ratings: 2 }) },
    { teacherId: 'e', courseId: null, basis: basis({ stars: 2.0 }) },
  ];
  const courses = [
    { teacherId: 'a', courseId: 'x', basis: basis({ stars: 4.9, classes: 1 }) },
    { teacherId: 'b', courseId: 'y', basis: basis({ stars: 3.5, classes: 1 }) },
    { teacherId: 'c', courseId: 'z', basis: basis({ stars: 5, classes: 1, ratings: 2 }) },
  ];
  const picks = nominate(teachers, courses);
  it('优秀教师: the best three scores among those with two classes and three ratings', () =>
    expect(picks.filter((p) => p.kind === 'excellent_teacher').map((p) => p.teacherId)).toEqual([
      'a',
      'b',
      'c',
    ]));
  it('精品课程: the best two courses with three ratings, the course named', () =>
    expect(picks.filter((p) => p.kind === 'fine_course').map((p) => [p.teacherId, p.courseId])).toEqual([
      ['a', 'x'],
      ['b', 'y'],
    ]));
  it('最受欢迎教师: the most stars among those rated five times (d has too few ratings)', () =>
    expect(picks.filter((p) => p.kind === 'popular_teacher').map((p) => p.teacherId)).toEqual(['a']));
  it('nobody qualifies: no nominations', () => expect(nominate([], [])).toEqual([]));
});

describe('the committee review', () => {
  it.each([
    [4, 7, true],
    [3, 7, false],
    [3, 6, false],
    [4, 6, true],
    [0, 0, false],
  ])('%i agreeing of %i members passes: %s', (agree, members, want) =>
    expect(reviewPasses(agree, members)).toBe(want),
  );
  it.each([
    [3, 2, 5, null],
    [4, 2, 5, 'training.award.votes_exceed'],
    [0, 0, 0, 'training.award.no_committee'],
  ])('%i for, %i against of %i: %s', (a, b, m, want) => expect(reviewRefusal(a, b, m)).toBe(want));
});

describe('moves and numbers', () => {
  it('a decided or turned-down award moves no more', () => {
    expect(AWARD_MOVES.awarded).toEqual([]);
    expect(AWARD_MOVES.rejected).toEqual([]);
    expect(AWARD_MOVES.nominated).toContain('review');
    expect(AWARD_MOVES.approved).toContain('decide');
  });
  it('numbers run per year', () => expect(awardNumber(2026, 7)).toBe('LYJ-2026-007'));
});
