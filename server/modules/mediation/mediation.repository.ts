/**
 * SQL of the mediation module's own tables (org_nodes joined for names and paths). Cases are scoped
 * by `caseVisible`: officers by their subtree, mediators by the cases assigned to or received by them.
 * One file per use-case family (the services import this one).
 */
export * from './mediation.scope.repository.ts';
export * from './mediation.rooms.repository.ts';
export * from './mediation.cases.repository.ts';
export * from './mediation.proceedings.repository.ts';
export * from './mediation.figures.repository.ts';
