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
  StaleEventError,
  type EventsService,
  type EventsServiceImpl,
} from './events.service.ts';
export { EVENT_CATEGORIES, CATEGORY_NAMES, type EventCategory } from './events.rules.ts';
export { createEventBody, type CreateEventInput, type EventView } from './events.schemas.ts';
