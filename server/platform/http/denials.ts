/**
 * Anonymous denials (401s and the like to callers with no session) counted per client address and
 * minute, and written to the audit log as one entry per address and minute when the minute is
 * over: anyone can send thousands of requests without logging in, and one hash-chained row each
 * would let them flood the audit log. Denials to logged-in accounts are still audited one by one.
 */
import type { RequestContext } from '../access/access.ts';
import type { AuditEntry } from '../audit/audit.ts';

/** How many distinct addresses a window tracks; denials from any further address share one entry. */
const MAX_ADDRESSES = 1000;
const OTHERS = '*';

interface Window {
  start: number;
  ip: string;
  count: number;
  first: string;
  last: string;
  userAgent: string;
  statuses: Record<string, number>;
  routes: Map<string, number>;
}

/** Counts anonymous denials and writes each address's count once its window is over. */
export interface DenialCounter {
  note(ctx: RequestContext, route: string, status: number): void;
  /** Writes every window that is over (all of them with `all`, as on shutdown). */
  flush(all?: boolean): Promise<void>;
  /** Stops the timer and writes what is counted. */
  close(): Promise<void>;
}

/** A counter writing through `record` (the auditor), windows of `windowMs`, checked every few seconds. */
export function createDenialCounter(
  record: (ctx: RequestContext, entry: AuditEntry) => Promise<unknown>,
  opts: { windowMs?: number; onError?: (e: unknown) => void; now?: () => number } = {},
): DenialCounter {
  const windowMs = opts.windowMs ?? 60_000;
  const now = opts.now ?? Date.now;
  const windows = new Map<string, Window>();

  const write = async (w: Window) => {
    const top = [...w.routes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10);
    await record(
      { actor: null, ip: w.ip === OTHERS ? '0.0.0.0' : w.ip, userAgent: w.userAgent, lang: 'zh-CN' },
      {
        action: 'http.denied',
        objectType: 'anonymous',
        objectId: w.ip,
        result: 'denied',
        detail: {
          count: w.count,
          from: w.first,
          to: w.last,
          statuses: w.statuses,
          routes: Object.fromEntries(top),
          ...(w.ip === OTHERS ? { note: `addresses beyond the first ${MAX_ADDRESSES} of the minute` } : {}),
        },
      },
    ).catch((e) => opts.onError?.(e));
  };

  const flush = async (all = false) => {
    const due: Window[] = [];
    const t = now();
    for (const [key, w] of windows)
      if (all || t - w.start >= windowMs) {
        windows.delete(key);
        due.push(w);
      }
    for (const w of due) await write(w);
  };

  const timer = setInterval(() => void flush(), Math.min(5000, windowMs));
  timer.unref();

  return {
    note(ctx, route, status) {
      const t = now();
      const key = windows.has(ctx.ip) || windows.size < MAX_ADDRESSES ? ctx.ip : OTHERS;
      let w = windows.get(key);
      if (w && t - w.start >= windowMs) {
        windows.delete(key);
        void write(w);
        w = undefined;
      }
      const at = new Date(t).toISOString();
      if (!w) {
        w = {
          start: t,
          ip: key,
          count: 0,
          first: at,
          last: at,
          userAgent: '',
          statuses: {},
          routes: new Map(),
        };
        windows.set(key, w);
      }
      w.count++;
      w.last = at;
      w.userAgent = ctx.userAgent;
      w.statuses[status] = (w.statuses[status] ?? 0) + 1;
      if (w.routes.has(route) || w.routes.size < 50) w.routes.set(route, (w.routes.get(route) ?? 0) + 1);
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush(true);
    },
  };
}
