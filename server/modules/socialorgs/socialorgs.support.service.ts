/**
 * Support around the social organisations (seed 001 普陀, seed 003 福田): composes the instructors
 * 党建指导员, the talent register 草根领袖与本土社工, the bases with the four links 四联平台, and
 * their home-page to-dos and dashboard figures.
 */
import { createBaseService } from './socialorgs.base.service.ts';
import { createInstructorsService } from './socialorgs.instructors.service.ts';
import type { SupportDeps } from './socialorgs.support.core.ts';
import { createSupportWorkbench } from './socialorgs.support.workbench.service.ts';
import { createTalentsService } from './socialorgs.talents.service.ts';

export type SocialOrgsSupportService = ReturnType<typeof createSocialOrgsSupportService>;

/** Builds the support service. */
export function createSocialOrgsSupportService(deps: SupportDeps) {
  return {
    ...createInstructorsService(deps),
    ...createTalentsService(deps),
    ...createBaseService(deps),
    ...createSupportWorkbench(deps),
  };
}
