/**
 * Notifications: other modules call send() inside their own transaction (so a notice exists only
 * if the change it announces commits); people read their inbox in the app; extra channels (the SMS
 * stub) are called in the same transaction for the kinds they accept.
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { t, type Lang } from '../../platform/i18n.ts';
import type { NotificationChannel, OutgoingNotification } from './notify.channels.ts';
import { PERSONAL_INBOX_ROLES } from './notify.permissions.ts';
import * as repo from './notify.repository.ts';
import type { NotificationInput, NotificationSelect } from './notify.repository.ts';

export type { NotificationInput, NotificationSelect } from './notify.repository.ts';

export type NotifyService = ReturnType<typeof createNotifyService>;

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

  /**
   * The actor as a reader: the account and the node ids it holds a role on, whose node-addressed
   * notices are its unit's work; the roles that were given an inbox for their own notices only
   * (PERSONAL_INBOX_ROLES: a party member or a property company's staff on a community) do not
   * read the community officers' notices.
   */
  const readerOf = (ctx: RequestContext): repo.Reader => ({
    userId: requirePermission(ctx, 'notify.read').userId,
    nodeIds: [
      ...new Set(
        (ctx.actor?.grants ?? [])
          .filter((g) => !(PERSONAL_INBOX_ROLES as readonly string[]).includes(g.role))
          .map((g) => g.nodeId),
      ),
    ],
  });

  /**
   * Sends the notifications a query yields (see NotificationSelect), built and inserted by
   * PostgreSQL in one statement, and hands the new ones to the channels.
   */
  async function sendSelect(trx: Executor, select: NotificationSelect): Promise<number> {
    const inserted = await repo.insertNotificationsFrom(trx, select);
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
      for (let i = 0; i < items.length; i += 5000)
        sent += await sendSelect(trx, repo.notificationsUnnested(items.slice(i, i + 5000)));
      return sent;
    },

    /** Sends the notifications a query yields: for a sender with thousands at once (the daily evaluation). */
    sendSelect,

    /** The actor's inbox: addressed to the account or to a node it holds a role on. */
    async inbox(ctx: RequestContext, q: { unread: '0' | '1'; limit: number }) {
      const rows = await repo.findInbox(db, readerOf(ctx), { unreadOnly: q.unread === '1', limit: q.limit });
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
      return { unread: await repo.countUnread(db, readerOf(ctx)) };
    },

    /** Marks one notice read for the actor (404 when it is not theirs). Reading is not audited. */
    async markRead(ctx: RequestContext, id: string) {
      const reader = readerOf(ctx);
      const n = await repo.findReadersNotification(db, reader, id);
      if (!n) throw new NotFoundError();
      await repo.insertRead(db, { districtId: n.district_id, notificationId: n.id, userId: reader.userId });
      return { ok: true };
    },
  };
}
