/** 文明巡访团: composes the roster, the rounds and the home-page verbs. */
import type { VisitteamDeps } from './visitteam.core.ts';
import { createMembersService } from './visitteam.members.service.ts';
import { createRoundsService } from './visitteam.rounds.service.ts';
import { createVisitteamWorkbench } from './visitteam.workbench.service.ts';

export type VisitteamService = ReturnType<typeof createVisitteamService>;

/** Builds the visitteam service. */
export function createVisitteamService(deps: VisitteamDeps) {
  return {
    ...createMembersService(deps),
    ...createRoundsService(deps),
    ...createVisitteamWorkbench({ db: deps.db }),
  };
}
