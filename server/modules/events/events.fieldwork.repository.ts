/** SQL of a grid worker's field figures: events reported, and events raised by patrols. */
import { type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

/** How many events a user reported under a subtree condition in [from, to] (to open: no end). */
export async function reportedCount(
  db: Executor,
  userId: string,
  inSubtree: Expression<SqlBool>,
  from: string,
  to: string | null,
): Promise<number> {
  const r = await db
    .selectFrom('events_events as e')
    .select((eb) => eb.fn.countAll<number>().as('c'))
    .where('e.reporter_user_id', '=', userId)
    .where(inSubtree)
    .where('e.report_day', '>=', from)
    .$if(!!to, (qb) => qb.where('e.report_day', '<=', to!))
    .executeTakeFirstOrThrow();
  return Number(r.c);
}

/** The events raised on each of the patrols given, in report order. */
export function eventIdsOfPatrols(db: Executor, patrolIds: string[]) {
  if (!patrolIds.length) return Promise.resolve([]);
  return db
    .selectFrom('events_events')
    .select(['id', 'patrol_id'])
    .where('patrol_id', 'in', patrolIds)
    .orderBy('reported_at')
    .execute();
}
