/**
 * All SQL of the assessment module: one function per query, named for what it returns, in one file
 * per use-case family (the services import this one).
 */
export * from './assessment.setup.repository.ts';
export * from './assessment.cycle.repository.ts';
export * from './assessment.records.repository.ts';
export * from './assessment.points.repository.ts';
export * from './assessment.portraits.repository.ts';
export * from './assessment.results.repository.ts';
