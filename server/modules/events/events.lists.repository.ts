/**
 * SQL of the event lists: events and their counts under a scope, by state, text or due day, and those
 * awaiting evaluation.
 */
import { sql, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { eventSelect, type EventWhere } from './events.repository.ts';

/** The id and state of each of the events given that match a condition (one statement). */
export function eventStates(db: Executor, where: EventWhere, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('events_events as e')
    .select(['e.id', 'e.state'])
    .where('e.id', 'in', ids)
    .where(where)
    .execute();
}

/** Events matching a condition, newest report first, a page of them. */
export function listEvents(db: Executor, where: EventWhere, page: { limit: number; offset: number }) {
  return eventSelect(db)
    .where(where)
    .orderBy('e.reported_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/**
 * Events matching a condition as the register's export reads them (no photos; the evaluation, if
 * any), newest report first as the list orders them, at most `limit`.
 */
export function exportedEvents(db: Executor, where: EventWhere, limit: number) {
  return db
    .selectFrom('events_events as e')
    .where(where)
    .leftJoin('events_evaluations as v', (j) =>
      j.onRef('v.district_id', '=', 'e.district_id').onRef('v.event_id', '=', 'e.id'),
    )
    .select([
      'e.id',
      'e.district_id',
      'e.node_id',
      'e.department_id',
      'e.report_day',
      'e.number',
      'e.category',
      'e.level',
      'e.title',
      'e.address',
      'e.reporter_kind',
      'e.reporter_name',
      'e.state',
      'e.reported_at',
      'e.dispatched_at',
      'e.resolved_at',
      'e.closed_at',
      'v.fixed',
      'v.residents_agree',
    ])
    .orderBy('e.reported_at', 'desc')
    .orderBy('e.id', 'desc')
    .limit(limit)
    .execute();
}

/** How many events match a condition. */
export async function countEvents(db: Executor, where: EventWhere): Promise<number> {
  const r = await db
    .selectFrom('events_events as e')
    .select((eb) => eb.fn.countAll<number>().as('c'))
    .where(where)
    .executeTakeFirstOrThrow();
  return Number(r.c);
}

/** Events matching a condition whose running deadline falls before `by`, earliest first. */
export function eventsDueBy(db: Executor, where: EventWhere, by: Date, limit: number) {
  return eventSelect(db)
    .where(where)
    .where('e.deadline_at', '<', by)
    .orderBy('e.deadline_at')
    .limit(limit)
    .execute();
}

/** A text condition over an event's title, description and address (served by a trigram index). */
export function textMatches(text: string): EventWhere {
  const like = '%' + text.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
  return () => sql<SqlBool>`(e.title || ' ' || e.description || ' ' || e.address) ILIKE ${like}`;
}

/** Closed or resolved events matching a condition with no evaluation yet, a page of them. */
export function unevaluatedEvents(db: Executor, where: EventWhere, limit: number) {
  return eventSelect(db)
    .where(where)
    .where('e.state', 'in', ['closed', 'resolved'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('events_evaluations as v')
            .select('v.event_id')
            .whereRef('v.district_id', '=', 'e.district_id')
            .whereRef('v.event_id', '=', 'e.id'),
        ),
      ),
    )
    .orderBy('e.updated_at', 'desc')
    .limit(limit)
    .execute();
}
