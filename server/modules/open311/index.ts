/** Public face of the Open311 module: GeoReport v2 endpoints, their API keys and what each district publishes. */
import { registerPermissions } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { createOpen311Admin } from './open311.admin.service.ts';
import { open311Permissions } from './open311.permissions.ts';
import { createGeoReport, type Open311Deps } from './open311.service.ts';

registerPermissions(open311Permissions);

export { open311Routes } from './open311.routes.ts';

/** Builds the Open311 service: the GeoReport endpoints and their administration. */
export function createOpen311Service(deps: Open311Deps & { auditor: Auditor }) {
  return { ...createGeoReport(deps), ...createOpen311Admin(deps) };
}
/** The Open311 use cases. */
export type Open311Service = ReturnType<typeof createOpen311Service>;
