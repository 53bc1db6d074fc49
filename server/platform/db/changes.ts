/**
 * Changes announced through PostgreSQL LISTEN/NOTIFY, for in-process caches that must never serve
 * what another process (or a trigger, or an operator's SQL) has changed. A trigger sends
 * `pg_notify(channel, payload)` in the transaction that changes the rows, so the message arrives
 * after that transaction commits, and only if it commits. A process that commits a change itself
 * announces it at once (`announce`), before its own notification comes back.
 *
 * A cache may trust itself only while the LISTEN connection is up: when it drops, every subscriber
 * is reset (and should stop caching) until the connection is back, and reset again then, since
 * messages sent in between were lost.
 */
import pg from 'pg';

/** What a cache subscribes with. */
export interface ChangeHandler {
  /** A payload announced on the channel. */
  message(payload: string): void;
  /** The connection dropped or came back: forget everything. */
  reset(): void;
}

/** Channels a process listens on. */
export interface Changes {
  subscribe(channel: string, handler: ChangeHandler): void;
  /** True while notifications are being received. */
  live(): boolean;
  /** Delivers a payload to this process's subscribers now (after a local commit). */
  announce(channel: string, payload: string): void;
  /**
   * Resolves once every notification on the channel committed before the call has been handled
   * (a marker sent on the listening connection comes back after them: PostgreSQL delivers in
   * commit order). For tests that change rows with plain SQL and then read through a cache.
   */
  sync(channel: string): Promise<void>;
  close(): Promise<void>;
}

/** No notifications: never live, so caches built on it never cache (scripts, the demo loader). */
export const noChanges: Changes = {
  subscribe: () => undefined,
  live: () => false,
  announce: () => undefined,
  sync: async () => undefined,
  close: async () => undefined,
};

const MARKER = '\u0001sync:';

/** Channel names are identifiers, quoted here; only these characters are accepted. */
const CHANNEL = /^[a-z_][a-z0-9_]*$/;

/**
 * Listens on one dedicated connection (not from the pool) and reconnects after `retryMs` when it
 * drops. The socket does not keep the process alive.
 */
export function listenForChanges(url: string, opts: { retryMs?: number } = {}): Changes {
  const retryMs = opts.retryMs ?? 1000;
  const handlers = new Map<string, ChangeHandler[]>();
  let client: pg.Client | null = null;
  let up = false;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let connecting: Promise<void> | null = null;

  const resetAll = () => {
    for (const hs of handlers.values()) for (const h of hs) h.reset();
  };
  const markers = new Map<string, () => void>();
  let marks = 0;
  const deliver = (channel: string, payload: string) => {
    if (payload.startsWith(MARKER)) {
      markers.get(payload)?.();
      markers.delete(payload);
      return;
    }
    for (const h of handlers.get(channel) ?? []) h.message(payload);
  };
  const lost = (c: pg.Client) => {
    if (client !== c) return;
    client = null;
    if (up) {
      up = false;
      resetAll();
    }
    c.end().catch(() => undefined);
    if (!closed && !timer) {
      timer = setTimeout(() => {
        timer = null;
        void connect();
      }, retryMs);
      timer.unref();
    }
  };
  const connect = () =>
    (connecting ??= (async () => {
      const c = new pg.Client({ connectionString: url, application_name: 'gongzhi-listen' });
      client = c;
      c.on('error', () => lost(c));
      c.on('end', () => lost(c));
      c.on('notification', (n) => deliver(n.channel, n.payload ?? ''));
      try {
        await c.connect();
        (c as unknown as { connection?: { stream?: { unref?: () => void } } }).connection?.stream?.unref?.();
        for (const channel of handlers.keys()) await c.query(`LISTEN "${channel}"`);
        if (client === c && !closed) {
          up = true;
          // whatever was cached before this connection may have missed messages
          resetAll();
        }
      } catch {
        lost(c);
      }
    })().finally(() => (connecting = null)));

  return {
    subscribe(channel, handler) {
      if (!CHANNEL.test(channel)) throw new Error(`bad channel name ${channel}`);
      const first = !handlers.has(channel);
      handlers.set(channel, [...(handlers.get(channel) ?? []), handler]);
      if (!client && !closed && !timer) void connect();
      else if (first && client && up) {
        // a channel added while connected: not live for it until LISTEN has run
        const c = client;
        up = false;
        void c.query(`LISTEN "${channel}"`).then(
          () => {
            if (client === c) {
              up = true;
              resetAll();
            }
          },
          () => lost(c),
        );
      }
    },
    live: () => up,
    announce: deliver,
    async sync(channel) {
      if (!up || !client) return;
      const marker = `${MARKER}${++marks}`;
      const heard = new Promise<void>((resolve) => markers.set(marker, resolve));
      await client.query('SELECT pg_notify($1, $2)', [channel, marker]);
      await heard;
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await connecting?.catch(() => undefined);
      const c = client;
      client = null;
      up = false;
      await c?.end().catch(() => undefined);
    },
  };
}

/** Values kept in memory while a channel is heard (see cacheInvalidatedByNotify). */
export interface NotifyCache<V> {
  /** The kept value, or what load gives (kept if nothing was heard while it ran). */
  get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined>;
  /**
   * The kept values of several keys; those not kept are loaded in one go (and kept if nothing was
   * heard while the load ran). A key the load does not answer is absent from the result.
   */
  getMany(keys: string[], load: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>>;
  /** Reads afresh (and keeps what it reads). */
  reload(key: string, load: () => Promise<V | undefined>): Promise<V | undefined>;
  /** Whether a value is kept for the key. */
  has(key: string): boolean;
  /** Forgets one key, or every key with '*' or none. */
  forget(key?: string): void;
}

/**
 * A bounded in-memory map whose entries live only while `changes` is live on `channel`: a payload
 * heard there forgets that key ('*': every key), a reset forgets all, and a value read while
 * something was heard is not kept (it may be from before the change). `announce` on the channel
 * after a local commit forgets at once.
 */
export function cacheInvalidatedByNotify<V>(changes: Changes, channel: string, max: number): NotifyCache<V> {
  const map = new Map<string, V>();
  let generation = 0;
  const forget = (key?: string) => {
    generation++;
    if (key && key !== '*') map.delete(key);
    else map.clear();
  };
  changes.subscribe(channel, { message: forget, reset: () => forget() });
  const keep = (key: string, v: V) => {
    // the oldest entry makes room (insertion order)
    if (map.size >= max && !map.has(key)) map.delete(map.keys().next().value!);
    map.set(key, v);
  };
  const reload = async (key: string, load: () => Promise<V | undefined>) => {
    const at = generation;
    const v = await load();
    if (v !== undefined && changes.live() && at === generation) keep(key, v);
    return v;
  };
  return {
    async get(key, load) {
      if (changes.live()) {
        const hit = map.get(key);
        if (hit !== undefined) return hit;
      }
      return reload(key, load);
    },
    async getMany(keys, load) {
      const found = new Map<string, V>();
      const missing: string[] = [];
      const live = changes.live();
      for (const key of new Set(keys)) {
        const hit = live ? map.get(key) : undefined;
        if (hit !== undefined) found.set(key, hit);
        else missing.push(key);
      }
      if (!missing.length) return found;
      const at = generation;
      const loaded = await load(missing);
      const fresh = changes.live() && at === generation;
      for (const [key, v] of loaded) {
        found.set(key, v);
        if (fresh) keep(key, v);
      }
      return found;
    },
    reload,
    has: (key) => map.has(key),
    forget,
  };
}
