/**
 * Pure rules of 领雁学苑 (Shangcheng, seed 001): the five teacher pools, the five powers 五力 and the
 * standard ten courses 五力十课 (loaded as data, then edited), who an academy serves, check-in
 * windows, exam scoring against a pass mark, the time limit, and certificate numbers.
 */

/** 专家教师库、治社名师库、红领导师库、草根民师库、8090讲师库. */
export const POOLS = ['expert', 'master', 'red_mentor', 'grassroots', 'post8090'] as const;
export type Pool = (typeof POOLS)[number];

/** 政治力、引领力、专业力、服务力、防腐力. */
export const POWERS = ['political', 'leading', 'professional', 'service', 'integrity'] as const;
export type Power = (typeof POWERS)[number];

export const MODES = ['online', 'offline'] as const;
export const COURSE_MODES = ['online', 'offline', 'mixed'] as const;
export const PROBLEM_KINDS = ['difficulty', 'dispute', 'blockage'] as const;

/** One course of the curriculum as data. */
export interface CourseSpec {
  code: string;
  power: Power;
  title: string;
  description: string;
  hours: number;
  mode: (typeof COURSE_MODES)[number];
}

/** The standard 五力十课: two courses for each of the five powers (the district edits them after loading). */
export const STANDARD_CURRICULUM: readonly CourseSpec[] = [
  {
    code: 'ZZ-01',
    power: 'political',
    title: '党的创新理论学习',
    description: '党的理论知识自主学习，按进度定期考核',
    hours: 4,
    mode: 'online',
  },
  {
    code: 'ZZ-02',
    power: 'political',
    title: '政治纪律和政治规矩',
    description: '严守政治纪律，提高政治判断力',
    hours: 2,
    mode: 'offline',
  },
  {
    code: 'YL-01',
    power: 'leading',
    title: '党建引领基层治理',
    description: '社区党委如何统筹各方力量',
    hours: 3,
    mode: 'offline',
  },
  {
    code: 'YL-02',
    power: 'leading',
    title: '头雁领航：书记工作法',
    description: '治社名师讲授社区治理的实战经验',
    hours: 3,
    mode: 'offline',
  },
  {
    code: 'ZY-01',
    power: 'professional',
    title: '基层治理法律知识',
    description: '社区工作常用法律法规',
    hours: 4,
    mode: 'online',
  },
  {
    code: 'ZY-02',
    power: 'professional',
    title: '公文写作',
    description: '社区常用文书的写作规范',
    hours: 2,
    mode: 'online',
  },
  {
    code: 'FW-01',
    power: 'service',
    title: '群众工作方法',
    description: '走访、议事与矛盾化解',
    hours: 3,
    mode: 'offline',
  },
  {
    code: 'FW-02',
    power: 'service',
    title: '为民服务数字化',
    description: '用好数字化平台服务居民',
    hours: 2,
    mode: 'mixed',
  },
  {
    code: 'FF-01',
    power: 'integrity',
    title: '廉洁自律',
    description: '基层干部廉洁从政要求',
    hours: 2,
    mode: 'offline',
  },
  {
    code: 'FF-02',
    power: 'integrity',
    title: '警示教育',
    description: '典型案例剖析',
    hours: 2,
    mode: 'offline',
  },
];

/** Paths of the grants of a role set, and a target: whether the academy's node serves those grants (on it, above it or below it). */
export function academyServes(grantPaths: readonly string[], nodePath: string): boolean {
  return grantPaths.some((g) => nodePath.startsWith(g) || g.startsWith(nodePath));
}

/** QR check-in is open from 30 minutes before the class starts until the window the teacher set. */
export function checkinOpen(
  now: Date,
  c: { startsAt: Date; checkinUntil: Date | null; token: string | null },
): boolean {
  if (!c.token || !c.checkinUntil) return false;
  return now.getTime() >= c.startsAt.getTime() - 30 * 60_000 && now.getTime() <= c.checkinUntil.getTime();
}

/** A question of an exam: one right option, worth some points. */
export interface Question {
  text: string;
  options: string[];
  answer: number;
  points: number;
}

/** Scores an attempt: percent of the points answered right, passed at or above the pass mark. */
export function scoreAttempt(
  questions: readonly Question[],
  answers: readonly (number | null)[],
  passMark: number,
) {
  const total = questions.reduce((s, q) => s + q.points, 0);
  const got = questions.reduce((s, q, i) => s + (answers[i] === q.answer ? q.points : 0), 0);
  const score = total > 0 ? Math.round((got * 100) / total) : 0;
  return { score, passed: score >= passMark };
}

/** A late answer (after the deadline and a minute's grace for the network) is not counted. */
export function lateSubmission(now: Date, deadline: Date): boolean {
  return now.getTime() > deadline.getTime() + 60_000;
}

/** Why a trainee may not start an attempt (message key), or null. */
export function attemptRefusal(e: {
  status: string;
  attempts: number;
  maxAttempts: number;
  passed: boolean;
  open: boolean;
}): string | null {
  if (e.status !== 'open') return 'training.exam_closed';
  if (e.passed) return 'training.already_passed';
  if (e.open) return null; // the open attempt resumes
  if (e.attempts >= e.maxAttempts) return 'training.no_attempts_left';
  return null;
}

/** A certificate's number: LY-<year>-<5-digit sequence>. */
export function certificateNumber(year: number, seq: number): string {
  return `LY-${year}-${String(seq).padStart(5, '0')}`;
}

/** Share of attempts' trainees who passed, percent with one decimal; null with nobody tested. */
export function passRate(passed: number, tested: number): number | null {
  return tested > 0 ? Math.round((passed * 1000) / tested) / 10 : null;
}
