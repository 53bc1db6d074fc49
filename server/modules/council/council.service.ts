/**
 * The council 议事厅: composes the families of verbs (topics and their steps, contributions,
 * moderation, meetings, councils and members, public pages, home page and exports) over one
 * shared core, and registers who may vote in its votes.
 */
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import type { NotifyService } from '../notify/index.ts';
import type { ClaimService } from '../people/index.ts';
import type { VotesService } from '../votes/index.ts';
import { createBodiesService } from './council.bodies.service.ts';
import { createContributionsService } from './council.contributions.service.ts';
import { createCouncilCore } from './council.core.ts';
import { createMeetingsService } from './council.meetings.service.ts';
import { createModerationService } from './council.moderation.service.ts';
import { createPublicService } from './council.public.service.ts';
import { createTopicsService } from './council.topics.service.ts';
import { createWorkbenchService } from './council.workbench.service.ts';

export type CouncilService = ReturnType<typeof createCouncilService>;

/** Builds the council service and registers its vote kinds with the votes service. */
export function createCouncilService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  votes: Pick<VotesService, 'createVote' | 'get' | 'registerKind' | 'publicResults' | 'figures'>;
  claims: Pick<
    ClaimService,
    'guardedAmong' | 'residentsAmongUnder' | 'countResidentsUnder' | 'maskedNames' | 'childrenOf' | 'claimOf'
  >;
}) {
  const core = createCouncilCore(deps);
  const topics = createTopicsService({ ...deps, core });
  const bodies = createBodiesService({ ...deps, core });
  bodies.registerVoteKinds(deps.votes, topics.decided);
  return {
    ...topics,
    ...createContributionsService({ ...deps, core }),
    ...createModerationService({ ...deps, core }),
    ...createMeetingsService({ ...deps, core }),
    ...bodies,
    ...createPublicService(deps),
    ...createWorkbenchService(deps),
  };
}
