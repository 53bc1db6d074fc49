/** SQL of the public notes: public events, their latest notes and their public steps. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { eventSelect } from './events.repository.ts';

/** Public events under a subtree condition (Open311), by ids or reported in a window, newest first. */
export function publicEvents(
  db: Executor,
  q: {
    inSubtree: Expression<SqlBool>;
    ids?: string[];
    categories?: string[];
    from: Date;
    to: Date;
    limit: number;
  },
) {
  let query = eventSelect(db)
    .where(q.inSubtree)
    .where('e.public', '=', true)
    .where('e.state', '!=', 'merged');
  if (q.ids)
    query = query.where('e.id', 'in', q.ids.length ? q.ids : ['00000000-0000-0000-0000-000000000000']);
  else query = query.where('e.reported_at', '>=', q.from).where('e.reported_at', '<=', q.to);
  if (q.categories) query = query.where('e.category', 'in', q.categories.length ? q.categories : ['']);
  return query.orderBy('e.reported_at', 'desc').limit(q.limit).execute();
}

/** The latest public reply of each event given (internal notes never). */
export function latestPublicNotes(db: Executor, eventIds: string[]) {
  if (!eventIds.length) return Promise.resolve([]);
  return db
    .selectFrom('events_steps')
    .distinctOn('event_id')
    .select(['event_id', 'note', 'at'])
    .where('event_id', 'in', eventIds)
    .where('public', '=', true)
    .where('note', 'is not', null)
    .orderBy('event_id')
    .orderBy('at', 'desc')
    .execute();
}

/**
 * Steps of public events under a subtree condition in a time window (Open311 updates): changes of
 * state and public replies, with the note only when it is public.
 */
export function publicSteps(
  db: Executor,
  q: { inSubtree: Expression<SqlBool>; from: Date; to: Date; limit: number },
) {
  return db
    .selectFrom('events_steps as s')
    .innerJoin('events_events as e', (j) =>
      j.onRef('e.district_id', '=', 's.district_id').onRef('e.id', '=', 's.event_id'),
    )
    .select([
      's.id',
      's.event_id',
      's.at',
      's.action',
      's.to_state',
      sql<string | null>`CASE WHEN s.public THEN s.note END`.as('note'),
    ])
    .where(q.inSubtree)
    .where('e.public', '=', true)
    .where((eb) =>
      eb.or([eb('s.public', '=', true), eb('s.from_state', 'is distinct from', eb.ref('s.to_state'))]),
    )
    .where('s.at', '>=', q.from)
    .where('s.at', '<=', q.to)
    .orderBy('s.at')
    .limit(q.limit)
    .execute();
}
