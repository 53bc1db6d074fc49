/** Public face of the 信访 module (seed 003 福田): 访前法律工作室 (诉访分离), 心访工作室, visits and their handling. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { petitionsMessages } from './petitions.i18n.ts';
import { petitionsPermissions } from './petitions.permissions.ts';

registerPermissions(petitionsPermissions);
registerMessages(petitionsMessages);

export { createPetitionsService, type PetitionsService } from './petitions.service.ts';
export { petitionsRoutes } from './petitions.routes.ts';
export type { PetitionsMediation, PetitionsPeople } from './petitions.core.ts';
