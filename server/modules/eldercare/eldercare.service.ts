/** 一老一小: composes the stations (circles and reach), the service tickets and the home page verbs. */
import { createEldercareCore, type EldercareDeps } from './eldercare.core.ts';
import {
  createStationsService,
  type GridHouseholds,
  type GridOutlines,
} from './eldercare.stations.service.ts';
import { createStationsImport } from './eldercare.stations.import.service.ts';
import { createTicketsService } from './eldercare.tickets.service.ts';
import { createEldercareWorkbench } from './eldercare.workbench.service.ts';

export type EldercareService = ReturnType<typeof createEldercareService>;

/** Builds the eldercare service; grids lists a node's grids with outlines (the grid module's). */
export function createEldercareService(
  deps: EldercareDeps & {
    grids: GridOutlines;
    /** Households registered per grid (the grid module's register), for the circle's household count. */
    households?: GridHouseholds;
  },
) {
  const core = createEldercareCore(deps);
  const stations = createStationsService({ ...deps, core });
  return {
    ...stations,
    ...createStationsImport({ ...deps, core }),
    ...createTicketsService({ ...deps, core }),
    ...createEldercareWorkbench({ ...deps, core, gridPlaces: stations.gridPlaces }),
  };
}
