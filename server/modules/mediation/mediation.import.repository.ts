/** SQL of the cases import: the cases already there. */
import type { Executor } from '../../platform/db/db.ts';
import { caseVisible, type CaseScope } from './mediation.scope.repository.ts';

/** Cases in scope with one of these titles (a repeated file finds its rows there). */
export function casesTitled(db: Executor, s: CaseScope, titles: string[]) {
  if (!titles.length) return Promise.resolve([]);
  return db
    .selectFrom('mediation_cases as c')
    .select(['c.node_id', 'c.title'])
    .where(caseVisible(s))
    .where('c.title', 'in', titles)
    .execute();
}
