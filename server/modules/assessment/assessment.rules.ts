/**
 * The rules of cadre assessment 干部考核, pure: the quarterly sheet's workflow as data, scores and
 * grades with the quota for 好 [000 Futian], points from orders and their rankings [001 Kaihua],
 * promotion months with the yearly cap and the four vetoes [001 Qujiang], rotation limits and the
 * community secretary's two terms [004 Luohu], and who is eligible for promotion [000 Futian].
 * No IO here: the services store and read, these decide.
 */
export * from './assessment.rules.vocabulary.ts';
export * from './assessment.rules.workflow.ts';
export * from './assessment.rules.grades.ts';
export * from './assessment.rules.points.ts';
export * from './assessment.rules.months.ts';
export * from './assessment.rules.rotation.ts';
export * from './assessment.rules.results.ts';
