/**
 * SQL of an event itself, which every family reads: the scope condition, one event (locked or by number),
 * its steps and changes, routing rules, settings and SLA overrides, and the nodes an event rolls up to.
 * Only the module's own tables (events_*); nodes come from org's public reads, subtree scoping from the
 * platform's scope helper. The event intake's statements are in intake/intake.repository.ts.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../platform/db/db.generated.ts';
import type { Executor } from '../../platform/db/db.ts';

/** A condition on an event row (aliased `e`), built by a service from the actor's scope. */
export type EventWhere = (eb: ExpressionBuilder<DB & { e: DB['events_events'] }, 'e'>) => Expression<SqlBool>;

/** No condition: every event. */
export const ANY_EVENT: EventWhere = () => sql<SqlBool>`true`;

/** An event's columns as views read them, with its photos' ids. */
export function eventSelect(db: Executor) {
  return db
    .selectFrom('events_events as e')
    .selectAll('e')
    .select(
      sql<string[]>`coalesce((SELECT array_agg(p.id::text ORDER BY p.created_at) FROM events_photos p
        WHERE p.district_id = e.district_id AND p.event_id = e.id), '{}')`.as('photo_ids'),
    );
}

/** An event row as views read it. */
export type EventRow = Awaited<ReturnType<ReturnType<typeof eventSelect>['executeTakeFirstOrThrow']>>;

/** One event by id. */
export function findEvent(db: Executor, id: string): Promise<EventRow | undefined> {
  return eventSelect(db).where('e.id', '=', id).executeTakeFirst();
}

/** Locks one event's row until the end of the transaction; false when there is none. */
export async function lockEvent(db: Executor, id: string): Promise<boolean> {
  return !!(await db
    .selectFrom('events_events')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst());
}

/** Events with a given number (report day and sequence) in the districts given. */
export function eventsByNumber(db: Executor, districtIds: string[], reportDay: string, seq: number) {
  if (!districtIds.length) return Promise.resolve([]);
  return eventSelect(db)
    .where('e.district_id', 'in', districtIds)
    .where('e.report_day', '=', reportDay)
    .where('e.number', '=', seq)
    .execute();
}

/** The lifecycle steps of one event, oldest first. */
export function stepsOf(db: Executor, districtId: string, eventId: string) {
  return db
    .selectFrom('events_steps as s')
    .select([
      's.id',
      's.at',
      's.action',
      's.from_state',
      's.to_state',
      's.actor_user_id',
      's.actor_name',
      's.note',
      's.public',
      's.department_id',
    ])
    .where('s.district_id', '=', districtId)
    .where('s.event_id', '=', eventId)
    .orderBy('s.at')
    .orderBy('s.id')
    .execute();
}

/** A lifecycle step (or a note) as written. */
export interface StepRow {
  district_id: string;
  id: string;
  event_id: string;
  at: Date;
  action: string;
  from_state: string | null;
  to_state: string;
  actor_user_id: string | null;
  actor_name: string;
  note: string | null;
  public: boolean;
  department_id: string | null;
}

/** Writes a step (or a note) of an event's history. */
export async function insertStep(db: Executor, row: StepRow) {
  await db.insertInto('events_steps').values(row).execute();
}

/** What a change of state writes to an event's row. */
export interface EventChange {
  state: string;
  department_id: string | null;
  handling_node_id: string;
  duplicate_of: string | null;
  received_at: Date | null;
  dispatched_at: Date | null;
  ever_dispatched: boolean;
  handled_at: Date | null;
  verified_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | string | null;
  deadline_at: Date | null;
  version: number;
  updated_at: Date;
}

/** Writes an event's change of state. */
export async function updateEvent(db: Executor, districtId: string, id: string, set: EventChange) {
  await db
    .updateTable('events_events')
    .set(set)
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Marks an event public (Open311 may publish it) or not. */
export async function setEventPublic(db: Executor, districtId: string, id: string, value: boolean) {
  await db
    .updateTable('events_events')
    .set({ public: value, updated_at: new Date() })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** The routing rules of a district for one category: which department each node sends it to. */
export function routingRulesFor(db: Executor, districtId: string, category: string) {
  return db
    .selectFrom('events_routing')
    .select(['node_id', 'department_id'])
    .where('district_id', '=', districtId)
    .where('category', '=', category)
    .execute();
}

/** Districts' own settings rows (recurrence rule), by district. */
export async function settingsRows(db: Executor, districtIds: string[]) {
  if (!districtIds.length) return [];
  return db.selectFrom('events_settings').selectAll().where('district_id', 'in', districtIds).execute();
}

/** The evaluation 评估 of an event, if one was recorded. */
export function evaluationOf(db: Executor, districtId: string, eventId: string) {
  return db
    .selectFrom('events_evaluations')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
}

/** The ids on a path, root first. */
export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** The nodes an event's counters live at: its location and every ancestor up to the district. */
export function rollupNodesOf(locationPath: string, districtId: string): string[] {
  const ids = pathIds(locationPath);
  const i = ids.indexOf(districtId);
  return i < 0 ? ids : ids.slice(i);
}

/** A district's own service levels, by `category:level`. */
export type SlaOverrides = Map<string, { receive_hours: number; handle_days: number }>;

/** The service levels districts set for themselves (one statement). */
export async function slaOverrides(db: Executor, districtIds: string[]): Promise<Map<string, SlaOverrides>> {
  const rows = await db
    .selectFrom('events_sla')
    .select(['district_id', 'category', 'level', 'receive_hours', 'handle_days'])
    .where('district_id', 'in', districtIds)
    .execute();
  const m = new Map<string, SlaOverrides>(districtIds.map((d) => [d, new Map()]));
  for (const r of rows)
    m.get(r.district_id)!.set(`${r.category}:${r.level}`, {
      receive_hours: r.receive_hours,
      handle_days: r.handle_days,
    });
  return m;
}
