/** The Idempotency-Keys of the events module's writes, as stored (platform/idempotency.ts). */

/** Writes of the events module that a phone may replay. */
export type EventsWriteKind = 'report' | 'transition' | 'photo' | 'note';

/**
 * The stored key of an events write made with a client's Idempotency-Key: what the grid module's
 * offline sync asks to learn whether a queued operation was applied before.
 */
export function idempotencyKeyOf(kind: EventsWriteKind, key: string): string {
  return `events.${kind}:${key}`;
}
