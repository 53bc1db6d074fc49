/** 业主大会与业委会: composes the register, assemblies, ballots, elections and the home page verbs. */
import { createAssembliesService } from './owners.assemblies.service.ts';
import { createBallotsService } from './owners.ballots.service.ts';
import type { OwnersDeps } from './owners.core.ts';
import { createElectionsService } from './owners.elections.service.ts';
import { createRegisterService } from './owners.register.service.ts';
import { createOwnersWorkbench } from './owners.workbench.service.ts';

export type OwnersService = ReturnType<typeof createOwnersService>;

/** Builds the owners service. */
export function createOwnersService(deps: OwnersDeps) {
  const assemblies = createAssembliesService(deps);
  return {
    ...createRegisterService(deps),
    ...assemblies,
    ...createBallotsService(deps),
    ...createElectionsService(deps, assemblies),
    ...createOwnersWorkbench(deps),
  };
}
