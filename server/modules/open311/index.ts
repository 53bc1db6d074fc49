/** Public face of the Open311 module: GeoReport v2 endpoints and their API keys. */
import { registerPermissions } from '../../platform/access/access.ts';
import { open311Permissions } from './open311.permissions.ts';

registerPermissions(open311Permissions);

export { open311Routes } from './open311.routes.ts';
export { createOpen311Service, type Open311Service } from './open311.service.ts';
