/**
 * The vocabularies every rule speaks: grades, the four dimensions, department types, indicator
 * layers and scorings, work-report categories.
 * Pure: no IO (re-exported by assessment.rules.ts).
 */

/** Grades of the routine assessment 平时考核: 好 / 较好 / 一般 / 较差 [000]. */
export const GRADES = ['good', 'fairly_good', 'average', 'poor'] as const;
export type Grade = (typeof GRADES)[number];
/** Qujiang's four dimensions rated every quarter [001]: 岗位适应度, 工作实绩度, 服务口碑度, 重难点工作参与度. */
export const DIMENSIONS = ['post_fit', 'results', 'reputation', 'key_tasks'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** Futian's five department types for individual indicators [000]: 党政综合, 经济发展, 民生保障, 街道, 执法. */
export const DEPT_TYPES = ['party_admin', 'economy', 'livelihood', 'street', 'law_enforcement'] as const;
export type DeptType = (typeof DEPT_TYPES)[number];
/** 共性 + 个性 + 动态 [000]. */
export const LAYERS = ['common', 'individual', 'dynamic'] as const;
export type Layer = (typeof LAYERS)[number];
/** How an indicator is scored: a score out of its maximum, a grade, or pass/fail. */
export const SCORING = ['score', 'grade', 'pass_fail'] as const;
export type Scoring = (typeof SCORING)[number];
/** Work-report categories 大事 / 要事 / 难事 [000]. */
export const MATTER_CATEGORIES = ['major', 'important', 'hard'] as const;
export type MatterCategory = (typeof MATTER_CATEGORIES)[number];

/** Rounds to two decimals (scores and points). */
export const round2 = (x: number) => Math.round(x * 100) / 100;
