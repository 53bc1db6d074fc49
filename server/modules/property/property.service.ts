/**
 * 红色物业 and quality communities: composes the families of verbs (registers, ratings and the
 * quality index, fees, the problem list and meetings, Excel in and out, home page and dashboards)
 * over one shared core.
 */
import { createPropertyCore, type PropertyDeps } from './property.core.ts';
import { createExportsService } from './property.exports.service.ts';
import { createFeesService } from './property.fees.service.ts';
import { createImportsService } from './property.imports.service.ts';
import { createIssuesService } from './property.issues.service.ts';
import { createRatingsService } from './property.ratings.service.ts';
import { createRegistersService } from './property.registers.service.ts';
import { createPropertyWorkbench } from './property.workbench.service.ts';

export type PropertyService = ReturnType<typeof createPropertyService>;

/** Builds the property service. */
export function createPropertyService(deps: PropertyDeps) {
  const core = createPropertyCore(deps);
  const registers = createRegistersService({ ...deps, core });
  return {
    ...registers,
    ...createRatingsService({ ...deps, core, registers }),
    ...createFeesService({ ...deps, core }),
    ...createIssuesService({ ...deps, core }),
    ...createImportsService({ ...deps, core }),
    ...createExportsService({ ...deps, core }),
    ...createPropertyWorkbench(deps),
  };
}
