/**
 * Luohu's rotation limits [004] and the community secretary's two terms.
 * Pure: no IO (re-exported by assessment.rules.ts).
 */
import { type DeptType } from './assessment.rules.vocabulary.ts';

/** Luohu's limits [004] and the community secretary's terms; a district may change the numbers. */
export const DEFAULT_ROTATION = {
  divisionYearsInUnit: 15,
  sectionYearsInOffice: 10,
  sensitiveYearsInPost: 5,
  secretaryTermYears: 5,
  secretaryMaxTerms: 2,
  /** Alert this many days before a limit. */
  warnDays: 365,
};
export type RotationSettings = typeof DEFAULT_ROTATION;

/** Division 处级, section 科级 or staff, from the post and grade. */
export function cadreLevel(post: string, grade: string): 'division' | 'section' | 'staff' {
  if (/局长|党工委书记|办事处主任|^副主任$|处长|调研员/.test(post) || /^[一二]级调研员$|处/.test(grade))
    return 'division';
  if (/科长|办公室主任|所长|股长/.test(post) || /主任科员|科级/.test(grade)) return 'section';
  return 'staff';
}

/** 执纪执法、审计、项目审批等职位 [004]: by the post's words or a law-enforcement unit. */
export function isSensitivePost(post: string, deptType: DeptType | null): boolean {
  return /纪检|监察|执法|审计|审批|稽查/.test(post) || deptType === 'law_enforcement';
}

/** A community party secretary 社区书记, who may serve two terms [004]. */
export function isCommunitySecretary(post: string): boolean {
  return /社区.*书记/.test(post);
}

/** A rotation alert: which rule, since when, the limit day and whether it is near or passed. */
export interface RotationAlert {
  rule: 'division_unit' | 'section_office' | 'sensitive_post' | 'secretary_terms';
  since: string;
  limitOn: string;
  years: number;
  level: 'due_soon' | 'overdue';
}

const addYears = (day: string, n: number) => `${Number(day.slice(0, 4)) + n}${day.slice(4)}`;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/**
 * Luohu's rotation rules [004]: 处级 15 years in one unit, 科级 10 years in one internal office
 * (its post), 执纪执法/审计/审批 5 years in post; 社区书记 beyond two terms. An alert a year ahead
 * (warnDays) and at the limit.
 */
export function rotationAlerts(
  c: { post: string; grade: string; postSince: string; unitSince: string; deptType: DeptType | null },
  today: string,
  s: RotationSettings = DEFAULT_ROTATION,
): RotationAlert[] {
  const out: RotationAlert[] = [];
  const check = (rule: RotationAlert['rule'], since: string, years: number) => {
    const limitOn = addYears(since, years);
    const left = daysBetween(today, limitOn);
    if (left > s.warnDays) return;
    out.push({ rule, since, limitOn, years, level: left <= 0 ? 'overdue' : 'due_soon' });
  };
  const level = cadreLevel(c.post, c.grade);
  if (level === 'division') check('division_unit', c.unitSince, s.divisionYearsInUnit);
  if (level === 'section') check('section_office', c.postSince, s.sectionYearsInOffice);
  if (isSensitivePost(c.post, c.deptType)) check('sensitive_post', c.postSince, s.sensitiveYearsInPost);
  if (isCommunitySecretary(c.post))
    check('secretary_terms', c.postSince, s.secretaryTermYears * s.secretaryMaxTerms);
  return out;
}
