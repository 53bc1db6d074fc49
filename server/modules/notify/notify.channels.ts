/**
 * Delivery channels. In-app delivery is the notification row itself; other channels (SMS later)
 * plug in through NotificationChannel. The SMS channel here is a STUB: it sends nothing, it only
 * logs and records that a message would have gone out.
 */
import type { Executor } from '../../platform/db/db.ts';
import { insertSmsStubDeliveries } from './notify.repository.ts';

/** A notification as channels receive it. */
export interface OutgoingNotification {
  id: string;
  districtId: string;
  userId: string | null;
  nodeId: string | null;
  kind: string;
  title: string;
  body: string;
}

/** A way to reach people beyond the app. deliver runs inside the sender's transaction. */
export interface NotificationChannel {
  /** Channel name, stored with each delivery ('sms', …). */
  readonly name: string;
  /** Which kinds this channel carries (others are skipped). */
  accepts(kind: string): boolean;
  /** Delivers (or queues) a batch; records what happened in notify_deliveries. */
  deliver(trx: Executor, batch: readonly OutgoingNotification[]): Promise<void>;
}

/**
 * SMS STUB — sends nothing. Logs one line per batch and records status 'stub_logged' per
 * notification, so a real gateway can replace it without touching senders.
 */
export function createSmsStubChannel(opts: {
  kinds: readonly string[];
  log?: (line: string) => void;
}): NotificationChannel {
  const kinds = new Set(opts.kinds);
  return {
    name: 'sms',
    accepts: (kind) => kinds.has(kind),
    async deliver(trx, batch) {
      if (batch.length === 0) return;
      opts.log?.(`[SMS STUB — nothing sent] ${batch.length} message(s): ${batch[0].title}`);
      await insertSmsStubDeliveries(trx, batch);
    },
  };
}
