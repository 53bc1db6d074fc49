/**
 * SQL of the property module's own tables (org_nodes only joined for names and paths, as every
 * module's scope helper does). Compounds are scoped by `compoundVisible`: officers by their subtree,
 * property staff by their company's compounds, 业委会 members by their own compound.
 * One file per use-case family (the services import this one).
 */
export * from './property.scope.repository.ts';
export * from './property.registers.repository.ts';
export * from './property.ratings.repository.ts';
export * from './property.fees.repository.ts';
export * from './property.issues.repository.ts';
