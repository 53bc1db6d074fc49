/** Shapes of the assessment API: bodies, queries and exactly what leaves the server (one file per family). */
export { created, districtQuery, idParams, personParams, yearQuery } from './assessment.base.schemas.ts';
export * from './assessment.setup.schemas.ts';
export * from './assessment.cycle.schemas.ts';
export * from './assessment.records.schemas.ts';
export * from './assessment.points.schemas.ts';
export * from './assessment.results.schemas.ts';
