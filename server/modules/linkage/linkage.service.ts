/**
 * Linkage 三联三领 · 三官三师 · 两代表一委员进社区: composes the families of verbs (links and items,
 * rosters and cases, sessions and problems, home page, dashboards and exports) over one core.
 */
import { createLinkageCore, type LinkageDeps } from './linkage.core.ts';
import { createExpertsService } from './linkage.experts.service.ts';
import { createLinksService } from './linkage.links.service.ts';
import { createSessionsService } from './linkage.sessions.service.ts';
import { createLinkageWorkbench } from './linkage.workbench.service.ts';

export type LinkageService = ReturnType<typeof createLinkageService>;

/** Builds the linkage service. */
export function createLinkageService(deps: LinkageDeps) {
  const core = createLinkageCore(deps);
  return {
    ...createLinksService({ ...deps, core }),
    ...createExpertsService({ ...deps, core }),
    ...createSessionsService({ ...deps, core }),
    ...createLinkageWorkbench({ ...deps, core }),
  };
}
