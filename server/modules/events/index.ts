/** Public face of the events module: grid events, their lifecycle, routing, service levels and rates. */
import { registerPermissions } from '../../platform/access/access.ts';
import { registerMessages } from '../../platform/i18n.ts';
import { eventsMessages } from './events.i18n.ts';
import { eventsPermissions } from './events.permissions.ts';

registerPermissions(eventsPermissions);
registerMessages(eventsMessages);

export { eventsRoutes, idempotencyKey } from './events.routes.ts';
export {
  createEventsService,
  type EventsService,
  type EventsServiceImpl,
  type EventsDeps,
} from './events.service.ts';
export { StaleEventError } from './events.errors.ts';
export { idempotencyKeyOf, type EventsWriteKind } from './events.keys.ts';
export { NO_GRID, type EventsGridPort } from './events.ports.ts';
export type { PublicReport, PublicUpdate } from './events.notes.service.ts';
export { EVENT_CATEGORIES, CATEGORY_NAMES, type EventCategory } from './events.rules.ts';
export { createEventBody, transitionBody, type CreateEventInput, type EventView } from './events.schemas.ts';
