/** 党群服务阵地联盟: composes the register, the bookings, the sheets and the figures and home-page verbs. */
import { createBookingsService } from './venues.bookings.service.ts';
import { createVenuesCore, type VenuesDeps } from './venues.core.ts';
import { createFiguresService } from './venues.figures.service.ts';
import { createRegisterService } from './venues.register.service.ts';
import { createSheetsService } from './venues.sheets.service.ts';

export type VenuesService = ReturnType<typeof createVenuesService>;

/** Builds the venues service; population reads a street's residents from the people register. */
export function createVenuesService(deps: VenuesDeps & { now?: () => Date }) {
  const core = createVenuesCore(deps);
  const register = createRegisterService({ ...deps, core });
  return {
    ...register,
    ...createBookingsService({ ...deps, core }),
    ...createSheetsService({ db: deps.db, core, addVenue: register.addVenue }),
    ...createFiguresService({ ...deps, core }),
  };
}
