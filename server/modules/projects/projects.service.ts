/**
 * Livelihood projects: composes the families of verbs (micro projects from order to rating, the
 * work on them, the deputies' ballot, home page, dashboards, exports and public pages) over one
 * shared core, and registers the deputies' vote kind with the votes service.
 */
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import type { NotifyService } from '../notify/index.ts';
import type { VotesService } from '../votes/index.ts';
import { createBallotsService } from './projects.ballots.service.ts';
import { createProjectsCore } from './projects.core.ts';
import { createItemsService, type PerformancePort } from './projects.items.service.ts';
import { createWorkService } from './projects.work.service.ts';
import { createWorkbenchService, ownPerformance } from './projects.workbench.service.ts';

/** Records a score in this module and, when given, in the unit's performance elsewhere. */
function alsoTo(own: PerformancePort, other?: PerformancePort): PerformancePort {
  if (!other) return own;
  return {
    async recordUnitScore(trx, ctx, s) {
      await own.recordUnitScore(trx, ctx, s);
      await other.recordUnitScore(trx, ctx, s);
    },
  };
}

export type ProjectsService = ReturnType<typeof createProjectsService>;

/** Builds the projects service. */
export function createProjectsService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  pii: Pick<PiiCipher, 'encrypt'>;
  votes: Pick<VotesService, 'createVote' | 'get' | 'close' | 'registerKind'>;
  /** Accounts holding a role whose grant reaches a node (the deputies who vote on its projects). */
  deputies: { holdersReaching(role: string, path: string): Promise<string[]> };
  /**
   * Where the deputies' satisfaction goes besides this module's own statistic
   * (projects_unit_scores): the responsible unit's performance score in tasks.
   */
  performance?: PerformancePort;
}) {
  const core = createProjectsCore(deps);
  return {
    ...createItemsService({ ...deps, core, performance: alsoTo(ownPerformance(), deps.performance) }),
    ...createWorkService({ ...deps, core }),
    ...createBallotsService({ ...deps, core }),
    ...createWorkbenchService({ db: deps.db, core }),
  };
}
