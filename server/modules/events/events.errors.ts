/** Errors of the events module that carry more than a message. */
import { StaleError } from '../../platform/errors.ts';
import type { EventView } from './events.schemas.ts';

/** A stale or conflicting update: carries the server's current copy for the client to show. */
export class StaleEventError extends StaleError {
  constructor(
    key: string,
    override readonly current: EventView,
    params: Record<string, unknown> = {},
  ) {
    super(current, key, params);
  }
}

/** A district's settings changed since the client read them: carries the current copy. */
export class StaleSettingsError extends StaleError {}
