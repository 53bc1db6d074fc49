/** The academy's pure rules, table-driven (Shangcheng 领雁学苑, seed 001). */
import { describe, expect, it } from 'vitest';
import {
  academyServes,
  attemptRefusal,
  certificateNumber,
  checkinOpen,
  lateSubmission,
  passRate,
  POOLS,
  POWERS,
  scoreAttempt,
  STANDARD_CURRICULUM,
} from './training.rules.ts';

describe('Shangcheng: five pools and 五力十课 (seed 001)', () => {
  it('five teacher pools and five powers, two standard courses for each power', () => {
    expect(POOLS).toHaveLength(5);
    expect(POWERS).toEqual(['political', 'leading', 'professional', 'service', 'integrity']);
    expect(STANDARD_CURRICULUM).toHaveLength(10);
    for (const p of POWERS) expect(STANDARD_CURRICULUM.filter((c) => c.power === p)).toHaveLength(2);
    expect(new Set(STANDARD_CURRICULUM.map((c) => c.code)).size).toBe(10);
  });
});

describe('who an academy serves', () => {
  it.each([
    [['/d/s1/c11/'], '/d/s1/', true], // the street's academy serves its community secretaries
    [['/d/s1/'], '/d/s1/c11/', true], // and the street runs what is below it
    [['/d/s1/c11/'], '/d/s2/', false],
    [[], '/d/', false],
  ])('grants %j, academy at %s → %s', (grants, path, want) => {
    expect(academyServes(grants, path)).toBe(want);
  });
});

describe('check-in window', () => {
  const startsAt = new Date('2026-05-10T01:00:00Z');
  const until = new Date('2026-05-10T03:00:00Z');
  it.each([
    ['2026-05-10T00:29:00Z', 'tok', until, false],
    ['2026-05-10T00:30:00Z', 'tok', until, true],
    ['2026-05-10T03:00:00Z', 'tok', until, true],
    ['2026-05-10T03:00:01Z', 'tok', until, false],
    ['2026-05-10T02:00:00Z', null, until, false],
  ])('at %s (token %s) → %s', (now, token, checkinUntil, want) => {
    expect(checkinOpen(new Date(now), { startsAt, checkinUntil, token })).toBe(want);
  });
});

describe('exams', () => {
  const q = (answer: number, points: number) => ({ text: 'q', options: ['a', 'b', 'c'], answer, points });
  const questions = [q(0, 10), q(1, 20), q(2, 30), q(0, 40)];
  it.each([
    [[0, 1, 2, 0], 60, 100, true],
    [[0, 1, 2, 1], 60, 60, true],
    [[0, 1, 1, 1], 60, 30, false],
    [[null, null, null, null], 60, 0, false],
    [[0, 1], 60, 30, false],
  ])('answers %j, pass mark %s → %s points, passed %s', (answers, mark, score, passed) => {
    expect(scoreAttempt(questions, answers, mark)).toEqual({ score, passed });
  });
  it.each([
    [{ status: 'draft', attempts: 0, maxAttempts: 3, passed: false, open: false }, 'training.exam_closed'],
    [{ status: 'open', attempts: 1, maxAttempts: 3, passed: true, open: false }, 'training.already_passed'],
    [
      { status: 'open', attempts: 3, maxAttempts: 3, passed: false, open: false },
      'training.no_attempts_left',
    ],
    [{ status: 'open', attempts: 2, maxAttempts: 3, passed: false, open: true }, null],
    [{ status: 'open', attempts: 0, maxAttempts: 3, passed: false, open: false }, null],
  ])('%j → %s', (e, want) => {
    expect(attemptRefusal(e)).toBe(want);
  });
  it('an answer more than a minute late does not count', () => {
    const d = new Date('2026-05-10T02:00:00Z');
    expect(lateSubmission(new Date('2026-05-10T02:01:00Z'), d)).toBe(false);
    expect(lateSubmission(new Date('2026-05-10T02:01:01Z'), d)).toBe(true);
  });
  it('certificate numbers and the pass rate', () => {
    expect(certificateNumber(2026, 7)).toBe('LY-2026-00007');
    expect(passRate(17, 20)).toBe(85);
    expect(passRate(0, 0)).toBeNull();
  });
});
