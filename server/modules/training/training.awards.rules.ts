/**
 * Pure rules of the teachers' awards of 领雁学苑 (Shangcheng, seed 001: 学苑工作委员会、激励奖项):
 * the award kinds, a teacher's yearly score from the ratings, attendance and exam pass rates of their
 * classes, who is nominated for each kind, the committee's review (a majority of its members), the
 * moves an award may make, and award numbers.
 */

/** 优秀教师、精品课程、最受欢迎教师. */
export const AWARD_KINDS = ['excellent_teacher', 'fine_course', 'popular_teacher'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

export const AWARD_STATUSES = ['nominated', 'approved', 'rejected', 'awarded'] as const;
export type AwardStatus = (typeof AWARD_STATUSES)[number];

export const COMMITTEE_DUTIES = ['chair', 'vice_chair', 'member'] as const;

/** How many are nominated for each kind, and the least a teacher (or course) must have for it. */
export const NOMINATION_RULES: Record<AwardKind, { places: number; minClasses: number; minRatings: number }> =
  {
    excellent_teacher: { places: 3, minClasses: 2, minRatings: 3 },
    fine_course: { places: 2, minClasses: 1, minRatings: 3 },
    popular_teacher: { places: 1, minClasses: 1, minRatings: 5 },
  };

/** What a teacher's (or one course's) classes of a year came to. */
export interface TeachingBasis {
  classes: number;
  ratings: number;
  /** Mean stars 1–5, null without ratings. */
  stars: number | null;
  enrolled: number;
  attended: number;
  tested: number;
  passed: number;
}

/** Attendance percent of the enrolled, null with nobody enrolled. */
export const attendanceRate = (b: TeachingBasis) =>
  b.enrolled > 0 ? Math.round((b.attended * 1000) / b.enrolled) / 10 : null;
/** Exam pass percent of the tested, null with nobody tested. */
export const examPassRate = (b: TeachingBasis) =>
  b.tested > 0 ? Math.round((b.passed * 1000) / b.tested) / 10 : null;

/**
 * The score out of 100: ratings weigh 50 (5 stars = 50), attendance 30, the pass rate 20; a part
 * with no data counts at the weight of the others (a course without an exam is not punished).
 */
export function teachingScore(b: TeachingBasis): number {
  const parts: [number | null, number][] = [
    [b.stars === null ? null : (b.stars / 5) * 100, 50],
    [attendanceRate(b), 30],
    [examPassRate(b), 20],
  ];
  const known = parts.filter((p): p is [number, number] => p[0] !== null);
  const weight = known.reduce((s, p) => s + p[1], 0);
  if (!weight) return 0;
  return Math.round((known.reduce((s, p) => s + p[0] * p[1], 0) / weight) * 10) / 10;
}

/** One candidate: a teacher's year, or a teacher's year on one course (精品课程). */
export interface Candidate {
  teacherId: string;
  courseId: string | null;
  basis: TeachingBasis;
}

/** The nominations of a year: for each kind, the best candidates that qualify, best first. */
export function nominate(
  teachers: readonly Candidate[],
  courses: readonly Candidate[],
): { kind: AwardKind; teacherId: string; courseId: string | null; score: number }[] {
  const pick = (kind: AwardKind, list: readonly Candidate[], by: (c: Candidate) => number) => {
    const r = NOMINATION_RULES[kind];
    return list
      .filter((c) => c.basis.classes >= r.minClasses && c.basis.ratings >= r.minRatings)
      .map((c) => ({ c, v: by(c) }))
      .sort((a, b) => b.v - a.v || a.c.teacherId.localeCompare(b.c.teacherId))
      .slice(0, r.places)
      .map(({ c }) => ({
        kind,
        teacherId: c.teacherId,
        courseId: kind === 'fine_course' ? c.courseId : null,
        score: teachingScore(c.basis),
      }));
  };
  return [
    ...pick('excellent_teacher', teachers, (c) => teachingScore(c.basis)),
    ...pick('fine_course', courses, (c) => teachingScore(c.basis)),
    ...pick('popular_teacher', teachers, (c) => c.basis.stars ?? 0),
  ];
}

/** The committee's vote passes with more than half of its members agreeing. */
export function reviewPasses(agree: number, members: number): boolean {
  return members > 0 && agree * 2 > members;
}

/** Why a review's counts cannot stand (message key), or null. */
export function reviewRefusal(agree: number, against: number, members: number): string | null {
  if (members === 0) return 'training.award.no_committee';
  if (agree + against > members) return 'training.award.votes_exceed';
  return null;
}

/** The moves from each status (the buttons a manager sees). */
export const AWARD_MOVES: Record<AwardStatus, readonly ('review' | 'decide' | 'reject')[]> = {
  nominated: ['review', 'reject'],
  approved: ['decide', 'reject'],
  rejected: [],
  awarded: [],
};

/** An award's number: LYJ-<year>-<3-digit sequence>. */
export function awardNumber(year: number, seq: number): string {
  return `LYJ-${year}-${String(seq).padStart(3, '0')}`;
}
