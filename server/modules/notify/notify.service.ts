/**
 * Notifications: other modules call send() inside their own transaction (so a notice exists only
 * if the change it announces commits); people read their inbox in the app; extra channels (the SMS
 * stub) are called in the same transaction for the kinds they accept.
 */
import { sql, type RawBuilder } from 'kysely';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { t, type Lang } from '../../platform/i18n.ts';
import type { NotificationChannel, OutgoingNotification } from './notify.channels.ts';

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

export type NotifyService = ReturnType<typeof createNotifyService>;

/** A notification row as inserted and handed to the channels. */
interface InsertedRow {
  id: string;
  district_id: string;
  user_id: string | null;
  node_id: string | null;
  kind: string;
  title: string;
  body: string;
}

/**
 * The columns a query given to sendSelect must yield, one row per notification, named as here:
 * district_id, user_id, node_id, kind, title, body, link, object_type, object_id, dedupe_key,
 * title_key, title_params (the last two may be NULL).
 */
export type NotificationSelect = RawBuilder<unknown>;

/** A keyed title in a language; parameters given as `{ $t: key }` are translated first. */
export function titleIn(lang: Lang, key: string, params: unknown): string {
  const p: Record<string, unknown> = {};
  for (const [k, v] of Object.entries((params ?? {}) as Record<string, unknown>))
    p[k] = v && typeof v === 'object' && '$t' in v ? t(lang, String((v as { $t: unknown }).$t)) : v;
  return t(lang, key, p);
}

/**
 * A title given as a message key: the Chinese text (for SMS and as the fallback) with the key and
 * its parameters, so each reader sees it in their own language.
 */
export function keyedTitle(key: string, params: Record<string, unknown>) {
  return { title: titleIn('zh-CN', key, params), titleKey: key, titleParams: params };
}

/** Builds the notifications service with its extra channels. */
export function createNotifyService(deps: { db: Db; channels?: readonly NotificationChannel[] }) {
  const { db } = deps;
  const channels = deps.channels ?? [];

  /** Node ids the actor holds a role on: node-addressed notices reach them. */
  const myNodes = (ctx: RequestContext) => [...new Set((ctx.actor?.grants ?? []).map((g) => g.nodeId))];

  /**
   * Sends the notifications a query yields (see NotificationSelect), built and inserted by
   * PostgreSQL in one statement, and hands the new ones to the channels.
   */
  async function sendSelect(trx: Executor, select: NotificationSelect): Promise<number> {
    const { rows: inserted } = await sql<InsertedRow>`
      INSERT INTO notify_notifications (district_id, id, user_id, node_id, kind, title, body, link,
        object_type, object_id, dedupe_key, title_key, title_params)
      SELECT s.district_id, platform_uuidv7(), s.user_id, s.node_id, s.kind, left(s.title, 300),
        coalesce(s.body, ''), s.link, s.object_type, s.object_id, s.dedupe_key, s.title_key, s.title_params
      FROM (${select}) s
      ON CONFLICT (district_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
      RETURNING id, district_id, user_id, node_id, kind, title, body`.execute(trx);
    const out: OutgoingNotification[] = inserted.map((r) => ({
      id: r.id,
      districtId: r.district_id,
      userId: r.user_id,
      nodeId: r.node_id,
      kind: r.kind,
      title: r.title,
      body: r.body,
    }));
    for (const ch of channels)
      await ch.deliver(
        trx,
        out.filter((n) => ch.accepts(n.kind)),
      );
    return inserted.length;
  }

  return {
    /**
     * Sends notifications inside the caller's transaction; returns how many were new. The batch goes
     * in as column arrays (unnest), so a statement has ten parameters whatever its size.
     */
    async send(trx: Executor, items: readonly NotificationInput[]): Promise<number> {
      let sent = 0;
      for (let i = 0; i < items.length; i += 5000) {
        const chunk = items.slice(i, i + 5000);
        const col = <T>(f: (n: NotificationInput) => T) => chunk.map(f);
        sent += await sendSelect(
          trx,
          sql`SELECT * FROM unnest(${col((n) => n.districtId)}::uuid[], ${col((n) => n.userId ?? null)}::uuid[],
            ${col((n) => n.nodeId ?? null)}::uuid[], ${col((n) => n.kind)}::text[], ${col((n) => n.title)}::text[],
            ${col((n) => n.body ?? '')}::text[], ${col((n) => n.link ?? null)}::text[],
            ${col((n) => n.objectType ?? null)}::text[], ${col((n) => n.objectId ?? null)}::uuid[],
            ${col((n) => n.dedupeKey ?? null)}::text[], ${col((n) => n.titleKey ?? null)}::text[],
            ${col((n) => (n.titleParams ? JSON.stringify(n.titleParams) : null))}::jsonb[])
            AS s(district_id, user_id, node_id, kind, title, body, link, object_type, object_id, dedupe_key,
              title_key, title_params)`,
        );
      }
      return sent;
    },

    /** Sends the notifications a query yields: for a sender with thousands at once (the daily evaluation). */
    sendSelect,

    /** The actor's inbox: addressed to the account or to a node it holds a role on. */
    async inbox(ctx: RequestContext, q: { unread: '0' | '1'; limit: number }) {
      const actor = requirePermission(ctx, 'notify.read');
      const nodes = myNodes(ctx);
      let query = db
        .selectFrom('notify_notifications as n')
        .leftJoin('notify_reads as r', (j) =>
          j
            .onRef('r.district_id', '=', 'n.district_id')
            .onRef('r.notification_id', '=', 'n.id')
            .on('r.user_id', '=', actor.userId),
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
            eb('n.user_id', '=', actor.userId),
            ...(nodes.length ? [eb('n.node_id', 'in', nodes)] : []),
          ]),
        );
      if (q.unread === '1') query = query.where('r.user_id', 'is', null);
      const rows = await query
        .orderBy('n.created_at', 'desc')
        .orderBy('n.id', 'desc')
        .limit(q.limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title_key ? titleIn(ctx.lang, r.title_key, r.title_params) : r.title,
        body: r.body,
        link: r.link,
        objectType: r.object_type,
        objectId: r.object_id,
        createdAt: new Date(r.created_at).toISOString(),
        read: r.read,
      }));
    },

    /** How many unread notices the actor has. */
    async unreadCount(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'notify.read');
      const nodes = myNodes(ctx);
      const row = await db
        .selectFrom('notify_notifications as n')
        .select((eb) => eb.fn.countAll<number>().as('c'))
        .where((eb) =>
          eb.or([
            eb('n.user_id', '=', actor.userId),
            ...(nodes.length ? [eb('n.node_id', 'in', nodes)] : []),
          ]),
        )
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('notify_reads as r')
                .select('r.user_id')
                .whereRef('r.district_id', '=', 'n.district_id')
                .whereRef('r.notification_id', '=', 'n.id')
                .where('r.user_id', '=', actor.userId),
            ),
          ),
        )
        .executeTakeFirstOrThrow();
      return { unread: Number(row.c) };
    },

    /** Marks one notice read for the actor (404 when it is not theirs). Reading is not audited. */
    async markRead(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'notify.read');
      const nodes = myNodes(ctx);
      const n = await db
        .selectFrom('notify_notifications')
        .select(['district_id', 'id'])
        .where('id', '=', id)
        .where((eb) =>
          eb.or([eb('user_id', '=', actor.userId), ...(nodes.length ? [eb('node_id', 'in', nodes)] : [])]),
        )
        .executeTakeFirst();
      if (!n) throw new NotFoundError();
      await db
        .insertInto('notify_reads')
        .values({ district_id: n.district_id, notification_id: n.id, user_id: actor.userId })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return { ok: true };
    },
  };
}
