/**
 * SQL of the events module: one function per query, named for what it returns. Only the module's
 * own tables (events_*) are read and written here; nodes of the tree come from org's public reads
 * (org.tree), and subtree scoping from the platform's scope helper. The event intake's statements
 * are in intake/intake.repository.ts.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../platform/db/db.generated.ts';
import type { Executor } from '../../platform/db/db.ts';
import { RATE_COUNTERS, ROLLUP_SHARDS, type RateVector } from './events.rules.ts';

/** A condition on an event row (aliased `e`), built by a service from the actor's scope. */
export type EventWhere = (eb: ExpressionBuilder<DB & { e: DB['events_events'] }, 'e'>) => Expression<SqlBool>;

/** No condition: every event. */
export const ANY_EVENT: EventWhere = () => sql<SqlBool>`true`;

/** An event's columns as views read them, with its photos' ids. */
function eventSelect(db: Executor) {
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

/** Locks one event's row until the end of the transaction; false when there is none. */
export async function lockEvent(db: Executor, id: string): Promise<boolean> {
  return !!(await db
    .selectFrom('events_events')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst());
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

/** How many events match a condition. */
export async function countEvents(db: Executor, where: EventWhere): Promise<number> {
  const r = await db
    .selectFrom('events_events as e')
    .select((eb) => eb.fn.countAll<number>().as('c'))
    .where(where)
    .executeTakeFirstOrThrow();
  return Number(r.c);
}

/** Events matching a condition whose running deadline has passed, most overdue first. */
export function overdueEvents(db: Executor, where: EventWhere, now: Date, limit: number) {
  return eventSelect(db)
    .where(where)
    .where('e.deadline_at', '<', now)
    .orderBy('e.deadline_at')
    .limit(limit)
    .execute();
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

/** Events with a given number (report day and sequence) in the districts given. */
export function eventsByNumber(db: Executor, districtIds: string[], reportDay: string, seq: number) {
  if (!districtIds.length) return Promise.resolve([]);
  return eventSelect(db)
    .where('e.district_id', 'in', districtIds)
    .where('e.report_day', '=', reportDay)
    .where('e.number', '=', seq)
    .execute();
}

/** A text condition over an event's title, description and address (served by a trigram index). */
export function textMatches(text: string): EventWhere {
  const like = '%' + text.replace(/[\\%_]/g, (c) => '\\' + c) + '%';
  return () => sql<SqlBool>`(e.title || ' ' || e.description || ' ' || e.address) ILIKE ${like}`;
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

/** Routing rules located in a subtree condition, optionally at one node. */
export function routingRules(db: Executor, inScope: Expression<SqlBool>, nodeId?: string) {
  let q = db
    .selectFrom('events_routing as x')
    .select(['x.id', 'x.district_id', 'x.category', 'x.node_id', 'x.department_id'])
    .where(inScope);
  if (nodeId) q = q.where('x.node_id', '=', nodeId);
  return q.orderBy('x.node_id').orderBy('x.category').limit(1000).execute();
}

/** One routing rule by id. */
export function routingRule(db: Executor, id: string) {
  return db
    .selectFrom('events_routing')
    .select(['district_id', 'id', 'node_id', 'category'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Sets the department a node sends a category to; returns the rule's id. */
export async function upsertRoutingRule(
  db: Executor,
  r: { district_id: string; id: string; category: string; node_id: string; department_id: string },
): Promise<string> {
  const row = await db
    .insertInto('events_routing')
    .values(r)
    .onConflict((oc) =>
      oc.columns(['district_id', 'category', 'node_id']).doUpdateSet({ department_id: r.department_id }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Deletes a routing rule. */
export async function deleteRoutingRule(db: Executor, districtId: string, id: string) {
  await db.deleteFrom('events_routing').where('district_id', '=', districtId).where('id', '=', id).execute();
}

/** A district's own service levels as stored. */
export function slaRows(db: Executor, districtId: string) {
  return db.selectFrom('events_sla').selectAll().where('district_id', '=', districtId).execute();
}

/** Sets a district's service level for a category and level. */
export async function upsertSla(
  db: Executor,
  r: { district_id: string; category: string; level: number; receive_hours: number; handle_days: number },
) {
  await db
    .insertInto('events_sla')
    .values(r)
    .onConflict((oc) =>
      oc
        .columns(['district_id', 'category', 'level'])
        .doUpdateSet({ receive_hours: r.receive_hours, handle_days: r.handle_days }),
    )
    .execute();
}

/** Districts' own settings rows (recurrence rule), by district. */
export async function settingsRows(db: Executor, districtIds: string[]) {
  if (!districtIds.length) return [];
  return db.selectFrom('events_settings').selectAll().where('district_id', 'in', districtIds).execute();
}

/** Writes a district's settings if their version is still `version` (0: none yet); false if it moved. */
export async function saveSettings(
  db: Executor,
  r: { district_id: string; recur_count: number; recur_metres: number; recur_days: number },
  version: number,
): Promise<boolean> {
  if (version === 0) {
    const ins = await db
      .insertInto('events_settings')
      .values({ ...r, version: 1 })
      .onConflict((oc) => oc.column('district_id').doNothing())
      .executeTakeFirst();
    return Number(ins.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const up = await db
    .updateTable('events_settings')
    .set({ ...r, version: version + 1, updated_at: new Date() })
    .where('district_id', '=', r.district_id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(up.numUpdatedRows) === 1;
}

/** The photo with this id on an event, with who added it. */
export function photoOf(db: Executor, districtId: string, eventId: string, photoId: string) {
  return db
    .selectFrom('events_photos')
    .select(['id', 'mime', 'bytes', 'created_by', 'created_at'])
    .where('district_id', '=', districtId)
    .where('event_id', '=', eventId)
    .where('id', '=', photoId)
    .executeTakeFirst();
}

/** The id of a photo with these bytes (by SHA-256) already on the event. */
export async function samePhoto(db: Executor, districtId: string, eventId: string, sha256: string) {
  return (
    await db
      .selectFrom('events_photos')
      .select('id')
      .where('district_id', '=', districtId)
      .where('event_id', '=', eventId)
      .where('sha256', '=', sha256)
      .executeTakeFirst()
  )?.id;
}

/** Stores a photo of an event. */
export async function insertPhoto(
  db: Executor,
  r: {
    district_id: string;
    id: string;
    event_id: string;
    mime: string;
    size: number;
    sha256: string;
    bytes: Buffer;
    created_by: string;
  },
) {
  await db.insertInto('events_photos').values(r).execute();
}

/** Event counts per state matching a condition, reported in [from, to]. */
export function countByState(db: Executor, where: EventWhere, from: string, to: string) {
  return db
    .selectFrom('events_events as e')
    .select(['e.state', (eb) => eb.fn.countAll<number>().as('c')])
    .where(where)
    .where('e.report_day', '>=', from)
    .where('e.report_day', '<=', to)
    .groupBy('e.state')
    .execute();
}

/** Event counts per category matching a condition, reported in [from, to]. */
export function countByCategory(db: Executor, where: EventWhere, from: string, to: string) {
  return db
    .selectFrom('events_events as e')
    .select(['e.category', (eb) => eb.fn.countAll<number>().as('reported')])
    .where(where)
    .where('e.report_day', '>=', from)
    .where('e.report_day', '<=', to)
    .groupBy('e.category')
    .execute();
}

/** Places with recurring events (category and address), most reports first. */
export function recurringPlaces(db: Executor, where: EventWhere, from: string, to: string, limit: number) {
  return db
    .selectFrom('events_events as e')
    .select([
      'e.category',
      'e.address',
      (eb) => eb.fn.countAll<number>().as('c'),
      sql<string>`(max(e.id::text))`.as('last_id'),
      sql<number | null>`avg(e.lat)`.as('lat'),
      sql<number | null>`avg(e.lng)`.as('lng'),
      sql<string>`(array_agg(e.node_id::text ORDER BY e.reported_at DESC))[1]`.as('node_id'),
    ])
    .where(where)
    .where('e.recurring', '=', true)
    .where('e.report_day', '>=', from)
    .where('e.report_day', '<=', to)
    .groupBy(['e.category', 'e.address'])
    .orderBy('c', 'desc')
    .limit(limit)
    .execute();
}

/** Events with a position matching a condition, reported in [from, to], newest first. */
export function mapPoints(db: Executor, where: EventWhere, from: string, to: string, limit: number) {
  return db
    .selectFrom('events_events as e')
    .select(['e.id', 'e.lat', 'e.lng', 'e.category', 'e.state', 'e.title', 'e.recurring'])
    .where(where)
    .where('e.lat', 'is not', null)
    .where('e.report_day', '>=', from)
    .where('e.report_day', '<=', to)
    .orderBy('e.reported_at', 'desc')
    .limit(limit)
    .execute();
}

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

/** The evaluation 评估 of an event, if one was recorded. */
export function evaluationOf(db: Executor, districtId: string, eventId: string) {
  return db
    .selectFrom('events_evaluations')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
}

/** Records an event's evaluation; false when one was recorded already. */
export async function insertEvaluation(
  db: Executor,
  r: {
    district_id: string;
    event_id: string;
    fixed: boolean;
    residents_agree: boolean;
    note: string;
    by_user_id: string;
    by_name: string;
  },
): Promise<boolean> {
  const x = await db
    .insertInto('events_evaluations')
    .values(r)
    .onConflict((oc) => oc.columns(['district_id', 'event_id']).doNothing())
    .executeTakeFirst();
  return Number(x.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** A prevention item 预防 as stored. */
export interface PreventionRow {
  district_id: string;
  id: string;
  node_id: string;
  kind: 'place' | 'category';
  category: string;
  title: string;
  measures: string;
  lat: number | null;
  lng: number | null;
  address: string;
  source_event_id: string | null;
  owner_user_id: string | null;
  owner_name: string;
  review_on: string;
  created_by: string;
}

/** Opens a prevention item. */
export async function insertPrevention(db: Executor, r: PreventionRow) {
  await db.insertInto('events_prevention').values(r).execute();
}

/** Prevention items under a subtree condition, soonest review first. */
export function preventionItems(
  db: Executor,
  inSubtree: Expression<SqlBool>,
  state: string | undefined,
  limit: number,
) {
  let q = db.selectFrom('events_prevention as x').selectAll('x').where(inSubtree);
  if (state) q = q.where('x.state', '=', state);
  return q.orderBy('x.review_on').orderBy('x.id').limit(limit).execute();
}

/** Prevention items not yet closed inside a condition (one count). */
export async function countOpenPrevention(db: Executor, inSubtree: Expression<SqlBool>) {
  const r = await db
    .selectFrom('events_prevention as x')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(inSubtree)
    .where('x.state', '!=', 'closed')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** One prevention item by id. */
export function preventionItem(db: Executor, id: string, lock = false) {
  let q = db.selectFrom('events_prevention').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Records a prevention item's review: its state, note and next review date. */
export async function reviewPrevention(
  db: Executor,
  r: {
    district_id: string;
    id: string;
    state: string;
    review_note: string;
    review_on: string;
    version: number;
  },
) {
  await db
    .updateTable('events_prevention')
    .set({ state: r.state, review_note: r.review_note, review_on: r.review_on, version: r.version + 1 })
    .where('district_id', '=', r.district_id)
    .where('id', '=', r.id)
    .execute();
}

/** Open prevention items owned by a user whose review is due by a day. */
export async function preventionDueCount(db: Executor, userId: string, byDay: string): Promise<number> {
  const r = await db
    .selectFrom('events_prevention')
    .select((eb) => eb.fn.countAll<number>().as('c'))
    .where('owner_user_id', '=', userId)
    .where('state', '!=', 'closed')
    .where('review_on', '<=', byDay)
    .executeTakeFirstOrThrow();
  return Number(r.c);
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

/** Signed counter deltas for one rollup row. */
export type RollupDelta = {
  districtId: string;
  nodeId: string;
  day: string;
  category: string;
  shard: number;
  v: RateVector;
};

/** Adds signed counter deltas to the rollup rows (one statement; rows in key order to avoid deadlocks). */
export async function addToRollup(db: Executor, rows: RollupDelta[]) {
  const json = rollupJson(rows);
  if (json) await rollupUpsert(json).execute(db);
}

/**
 * The deltas as the JSON array rollupUpsert reads: summed per row (one upsert may touch a row only
 * once), only those that change something, in key order (so concurrent writers lock rows in one
 * order); null when all are zero.
 */
function rollupJson(rows: RollupDelta[]): string | null {
  const key = (r: RollupDelta) => [r.districtId, r.nodeId, r.day, r.category, String(r.shard)];
  const cmp = (a: RollupDelta, b: RollupDelta) => {
    const x = key(a);
    const y = key(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  };
  const live = sumDeltas(rows)
    .filter((r) => RATE_COUNTERS.some((k) => r.v[k] !== 0))
    .sort(cmp);
  if (!live.length) return null;
  return JSON.stringify(
    live.map((r, o) => ({
      o,
      district_id: r.districtId,
      node_id: r.nodeId,
      day: r.day,
      category: r.category,
      shard: r.shard,
      ...r.v,
    })),
  );
}

/**
 * The upsert adding the deltas of a JSON array from rollupJson (or a placeholder of a statement
 * compiled once), in the array's order. A statement of its own, or a CTE of a larger one.
 */
export function rollupUpsert(json: unknown) {
  return sql`
    INSERT INTO events_rollup (district_id, node_id, day, category, shard, reported, received, dispatched,
      handled, verified, resolved)
    SELECT district_id, node_id, day, category, shard, reported, received, dispatched, handled, verified, resolved
    FROM json_to_recordset(${json}::json) AS x(o int, district_id uuid, node_id uuid, day date, category text,
      shard smallint, reported int, received int, dispatched int, handled int, verified int, resolved int)
    ORDER BY o
    ON CONFLICT (district_id, node_id, day, category, shard) DO UPDATE SET
      reported = events_rollup.reported + excluded.reported,
      received = events_rollup.received + excluded.received,
      dispatched = events_rollup.dispatched + excluded.dispatched,
      handled = events_rollup.handled + excluded.handled,
      verified = events_rollup.verified + excluded.verified,
      resolved = events_rollup.resolved + excluded.resolved`;
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

/** Deltas of the same rollup row added together (one upsert may touch a row only once). */
function sumDeltas(rows: RollupDelta[]): RollupDelta[] {
  const by = new Map<string, RollupDelta>();
  for (const r of rows) {
    const shard = r.shard % ROLLUP_SHARDS;
    const k = `${r.districtId}|${r.nodeId}|${r.day}|${r.category}|${shard}`;
    const d = by.get(k);
    if (!d) by.set(k, { ...r, shard, v: { ...r.v } });
    else for (const c of Object.keys(d.v) as (keyof RateVector)[]) d.v[c] += r.v[c];
  }
  return [...by.values()];
}

/** Rollup sums of one node per day in [from, to]. */
export async function rollupByDay(
  db: Executor,
  districtId: string,
  nodeId: string,
  from: string,
  to: string,
) {
  const r = await sql<{
    day: string;
    reported: number;
    received: number;
    dispatched: number;
    handled: number;
    verified: number;
    resolved: number;
  }>`SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(reported)::int AS reported, sum(received)::int AS received,
        sum(dispatched)::int AS dispatched, sum(handled)::int AS handled, sum(verified)::int AS verified,
        sum(resolved)::int AS resolved
      FROM events_rollup
      WHERE district_id = ${districtId} AND node_id = ${nodeId} AND day BETWEEN ${from}::date AND ${to}::date
      GROUP BY day ORDER BY day`.execute(db);
  return r.rows;
}

/** Rollup sums per node for several nodes (ranking) in [from, to]. */
export async function rollupByNode(
  db: Executor,
  districtId: string,
  nodeIds: string[],
  from: string,
  to: string,
) {
  if (!nodeIds.length) return [];
  const r = await sql<{
    node_id: string;
    reported: number;
    received: number;
    dispatched: number;
    handled: number;
    verified: number;
    resolved: number;
  }>`SELECT node_id, sum(reported)::int AS reported, sum(received)::int AS received,
        sum(dispatched)::int AS dispatched, sum(handled)::int AS handled, sum(verified)::int AS verified,
        sum(resolved)::int AS resolved
      FROM events_rollup
      WHERE district_id = ${districtId} AND node_id = ANY(${nodeIds}::uuid[])
        AND day BETWEEN ${from}::date AND ${to}::date
      GROUP BY node_id`.execute(db);
  return r.rows;
}

/** Reported counts per category of a node in [from, to]. */
export async function rollupByCategory(
  db: Executor,
  districtId: string,
  nodeId: string,
  from: string,
  to: string,
) {
  const r = await sql<{ category: string; reported: number }>`
    SELECT category, sum(reported)::int AS reported FROM events_rollup
    WHERE district_id = ${districtId} AND node_id = ${nodeId} AND day BETWEEN ${from}::date AND ${to}::date
    GROUP BY category`.execute(db);
  return r.rows;
}
