/** SQL of the offline replay: whether a user has already used an Idempotency-Key. */
import type { Executor } from '../../platform/db/db.ts';

/** Whether a user has already used an Idempotency-Key (its stored claim). */
export function idempotencyClaimOf(db: Executor, userId: string, key: string) {
  return db
    .selectFrom('platform_idempotency')
    .select('status')
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}
