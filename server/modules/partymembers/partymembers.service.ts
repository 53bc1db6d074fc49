/**
 * Mobile party members 流动党员 (seed 001, Beilun): composes the register and its five clears, the
 * return code, the monthly tables and map, the vanguard teams, and the home page and Excel verbs
 * over one shared core.
 */
import { createPartymembersCore, type PartymembersDeps } from './partymembers.core.ts';
import { createFlowsService } from './partymembers.flows.service.ts';
import { createPairingService } from './partymembers.pairing.service.ts';
import { createPairingWorkbench } from './partymembers.pairing.workbench.ts';
import { createPairEndService } from './partymembers.pairs.end.service.ts';
import { createRegisterService } from './partymembers.register.service.ts';
import { createReturnService } from './partymembers.return.service.ts';
import { createVanguardService } from './partymembers.vanguard.service.ts';
import { createPartymembersWorkbench } from './partymembers.workbench.service.ts';

export type PartymembersService = ReturnType<typeof createPartymembersService>;

/** Builds the mobile party member service. */
export function createPartymembersService(deps: PartymembersDeps) {
  const core = createPartymembersCore(deps);
  const flows = createFlowsService({ ...deps, core });
  const pairing = createPairingService({ ...deps, core });
  return {
    ...createRegisterService({ ...deps, core }),
    ...createReturnService({ ...deps, core }),
    ...flows,
    ...createVanguardService({ ...deps, core }),
    ...createPartymembersWorkbench({ ...deps, core, flows }),
    pairing: {
      ...pairing,
      ...createPairingWorkbench({ ...deps, core, pairing }),
      ...createPairEndService({ ...deps, core, pairing }),
    },
  };
}
