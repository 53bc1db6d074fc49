/**
 * SQL of the notifications module: one function per query, over notify's own tables
 * (notify_notifications, notify_reads, notify_deliveries). The hand-written statements have a
 * snapshot test of their text (notify.sql.test.ts).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

/** A notification row as inserted and handed to the channels. */
export interface InsertedNotification {
  id: string;
  district_id: string;
  user_id: string | null;
  node_id: string | null;
  kind: string;
  title: string;
  body: string;
}

/**
 * The columns a query given to insertNotificationsFrom must yield, one row per notification, named
 * as here: district_id, user_id, node_id, kind, title, body, link, object_type, object_id,
 * dedupe_key, title_key, title_params (the last two may be NULL).
 */
export type NotificationSelect = RawBuilder<unknown>;

/** What a sender asks for: to a user, or to a node (every account with a role on exactly it). */
export interface NotificationInput {
  districtId: string;
  userId?: string | null;
  nodeId?: string | null;
  kind: string;
  /** The title in Chinese (SMS; the fallback). */
  title: string;
  /**
   * The title as a message key with parameters: readers see it in their own language. A parameter
   * given as `{ $t: key }` is itself translated first.
   */
  titleKey?: string | null;
  titleParams?: Record<string, unknown> | null;
  body?: string;
  link?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  /** At most one notification per (district, key); repeats are dropped silently. */
  dedupeKey?: string | null;
}

/**
 * Notifications as a NotificationSelect over column arrays (unnest), so a statement has ten
 * parameters whatever the batch's size.
 */
export function notificationsUnnested(chunk: readonly NotificationInput[]): NotificationSelect {
  const col = <T>(f: (n: NotificationInput) => T) => chunk.map(f);
  return sql`SELECT * FROM unnest(${col((n) => n.districtId)}::uuid[], ${col((n) => n.userId ?? null)}::uuid[],
            ${col((n) => n.nodeId ?? null)}::uuid[], ${col((n) => n.kind)}::text[], ${col((n) => n.title)}::text[],
            ${col((n) => n.body ?? '')}::text[], ${col((n) => n.link ?? null)}::text[],
            ${col((n) => n.objectType ?? null)}::text[], ${col((n) => n.objectId ?? null)}::uuid[],
            ${col((n) => n.dedupeKey ?? null)}::text[], ${col((n) => n.titleKey ?? null)}::text[],
            ${col((n) => (n.titleParams ? JSON.stringify(n.titleParams) : null))}::jsonb[])
            AS s(district_id, user_id, node_id, kind, title, body, link, object_type, object_id, dedupe_key,
              title_key, title_params)`;
}

/**
 * Inserts the notifications a query yields (ids from platform_uuidv7(), titles cut to 300
 * characters), dropping repeats of a dedupe key; returns the new ones.
 */
export async function insertNotificationsFrom(
  trx: Executor,
  select: NotificationSelect,
): Promise<InsertedNotification[]> {
  const { rows } = await sql<InsertedNotification>`
      INSERT INTO notify_notifications (district_id, id, user_id, node_id, kind, title, body, link,
        object_type, object_id, dedupe_key, title_key, title_params)
      SELECT s.district_id, platform_uuidv7(), s.user_id, s.node_id, s.kind, left(s.title, 300),
        coalesce(s.body, ''), s.link, s.object_type, s.object_id, s.dedupe_key, s.title_key, s.title_params
      FROM (${select}) s
      ON CONFLICT (district_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
      RETURNING id, district_id, user_id, node_id, kind, title, body`.execute(trx);
  return rows;
}

/** Who reads: an account and the node ids it holds a role on (node-addressed notices reach them). */
export interface Reader {
  userId: string;
  nodeIds: readonly string[];
}

/** A reader's notices, newest first (at most limit), each with whether the reader has read it. */
export function findInbox(db: Executor, reader: Reader, q: { unreadOnly: boolean; limit: number }) {
  let query = db
    .selectFrom('notify_notifications as n')
    .leftJoin('notify_reads as r', (j) =>
      j
        .onRef('r.district_id', '=', 'n.district_id')
        .onRef('r.notification_id', '=', 'n.id')
        .on('r.user_id', '=', reader.userId),
    )
    .select([
      'n.id',
      'n.kind',
      'n.title',
      'n.title_key',
      'n.title_params',
      'n.body',
      'n.link',
      'n.object_type',
      'n.object_id',
      'n.created_at',
    ])
    .select(sql<boolean>`r.user_id IS NOT NULL`.as('read'))
    .where((eb) =>
      eb.or([
        eb('n.user_id', '=', reader.userId),
        ...(reader.nodeIds.length ? [eb('n.node_id', 'in', reader.nodeIds)] : []),
      ]),
    );
  if (q.unreadOnly) query = query.where('r.user_id', 'is', null);
  return query.orderBy('n.created_at', 'desc').orderBy('n.id', 'desc').limit(q.limit).execute();
}

/** How many of a reader's notices they have not read. */
export async function countUnread(db: Executor, reader: Reader): Promise<number> {
  const row = await db
    .selectFrom('notify_notifications as n')
    .select((eb) => eb.fn.countAll<number>().as('c'))
    .where((eb) =>
      eb.or([
        eb('n.user_id', '=', reader.userId),
        ...(reader.nodeIds.length ? [eb('n.node_id', 'in', reader.nodeIds)] : []),
      ]),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notify_reads as r')
            .select('r.user_id')
            .whereRef('r.district_id', '=', 'n.district_id')
            .whereRef('r.notification_id', '=', 'n.id')
            .where('r.user_id', '=', reader.userId),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.c);
}

/** One notice addressed to the reader (undefined when there is none or it is someone else's). */
export function findReadersNotification(db: Executor, reader: Reader, id: string) {
  return db
    .selectFrom('notify_notifications')
    .select(['district_id', 'id'])
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('user_id', '=', reader.userId),
        ...(reader.nodeIds.length ? [eb('node_id', 'in', reader.nodeIds)] : []),
      ]),
    )
    .executeTakeFirst();
}

/** Records that an account read a notice (once: a repeat does nothing). */
export async function insertRead(
  db: Executor,
  r: { districtId: string; notificationId: string; userId: string },
): Promise<void> {
  await db
    .insertInto('notify_reads')
    .values({ district_id: r.districtId, notification_id: r.notificationId, user_id: r.userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Records the SMS stub's 'stub_logged' delivery of each notification (once per notification). */
export async function insertSmsStubDeliveries(
  trx: Executor,
  batch: readonly { districtId: string; id: string }[],
): Promise<void> {
  await sql`
        INSERT INTO notify_deliveries (district_id, notification_id, channel, status, detail)
        SELECT d, n, 'sms', 'stub_logged', 'SMS stub: not sent'
        FROM unnest(${batch.map((n) => n.districtId)}::uuid[], ${batch.map((n) => n.id)}::uuid[]) AS x(d, n)
        ON CONFLICT DO NOTHING`.execute(trx);
}
