/**
 * The grid worker's offline queue: every field write (visit, event report, event transition,
 * register update, photo) is stored in IndexedDB with its client-made UUIDv7 and an
 * Idempotency-Key, then replayed in order through POST /api/grid/sync (photos through the event's
 * photo upload) when the network is back: on the browser's online event and on a timer with
 * exponential backoff. A 409 from the server parks the op as a conflict for the worker to decide;
 * nothing is overwritten silently.
 */
import { useSyncExternalStore } from 'react';
import { ApiError } from '../../app/api.ts';
import { syncOps, uploadEventPhoto, type SyncOps, type SyncResponse } from './grid.api.ts';
import { putAll, store } from './idb.ts';
import { uuidv7 } from './uuidv7.ts';

/** Kinds of queued writes (the first five are the server's sync op kinds). */
export type OpKind =
  'visit.create' | 'event.create' | 'event.transition' | 'record.update' | 'patrol.create' | 'photo.upload';

/** One queued write as stored on the phone. */
export interface OutboxOp {
  /** UUIDv7 of the op itself: ordering in the queue. */
  id: string;
  /** Idempotency-Key sent with it; the same on every replay. */
  key: string;
  kind: OpKind;
  /** Target id for transitions, record updates and photos (the event id). */
  targetId?: string;
  registerKind?: string;
  body: Record<string, unknown>;
  /** What the worker sees in the queue list. */
  label: string;
  createdAt: string;
  state: 'pending' | 'conflict' | 'failed';
  attempts: number;
  nextAt: number;
  /** The server's own (localised) words on why it refused the op. */
  lastError?: string;
  /** Why the op waits when the server did not say: shown as grid.sync.reason.<reason>. */
  reason?: FailReason;
  /** The server's copy when it answered 409. */
  current?: unknown;
}

/** Why an op could not be sent, in words the worker reads (grid.sync.reason.*), never a raw exception. */
export type FailReason = 'network' | 'server' | 'session' | 'busy' | 'unknown';

/** The reason for a failed send: no network, the server down or busy, the session ended. */
export function failReason(e: unknown): FailReason {
  if (e instanceof TypeError) return 'network';
  if (e instanceof ApiError) {
    if (e.status === 401 || e.status === 403) return 'session';
    if (e.status === 429) return 'busy';
    if (e.status >= 500) return e.status === 502 || e.status === 504 ? 'network' : 'server';
  }
  return 'unknown';
}

type SyncResult = SyncResponse['results'][number];

/** What the status bar shows. */
export interface OutboxStatus {
  online: boolean;
  syncing: boolean;
  pending: number;
  conflicts: number;
  failed: number;
  ops: OutboxOp[];
  lastSyncAt: string | null;
  /** Why the last run could not send everything (grid.sync.reason.*). */
  lastError: FailReason | null;
  /** Ids of records the server confirmed in this session (to show ✓ synced). */
  synced: string[];
}

const outbox = store('outbox');
const photos = store('photos');

let status: OutboxStatus = {
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  syncing: false,
  pending: 0,
  conflicts: 0,
  failed: 0,
  ops: [],
  lastSyncAt: null,
  lastError: null,
  synced: [],
};
const listeners = new Set<() => void>();

function setStatus(patch: Partial<OutboxStatus>) {
  status = { ...status, ...patch };
  listeners.forEach((l) => l());
}

async function refreshCounts() {
  const ops = (await outbox.all()).sort((a, b) => (a.id < b.id ? -1 : 1));
  setStatus({
    ops,
    pending: ops.filter((o) => o.state === 'pending').length,
    conflicts: ops.filter((o) => o.state === 'conflict').length,
    failed: ops.filter((o) => o.state === 'failed').length,
  });
}

/** The queue status, re-rendering when it changes. */
export function useOutbox(): OutboxStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
  );
}

type NewOp = Pick<OutboxOp, 'kind' | 'body' | 'label'> & Partial<Pick<OutboxOp, 'targetId' | 'registerKind'>>;

function opOf(op: NewOp): OutboxOp {
  return {
    ...op,
    id: uuidv7(),
    key: uuidv7(),
    createdAt: new Date().toISOString(),
    state: 'pending',
    attempts: 0,
    nextAt: 0,
  };
}

/**
 * Queues writes together, each with the photo it carries: all are committed on the phone in one
 * transaction before this resolves (so "saved" is never said of a photo still in memory), then
 * sending starts when online. Returns the ops in order.
 */
export async function enqueueAll(items: { op: NewOp; photo?: { blob: Blob; name: string } }[]) {
  const ops = items.map((i) => opOf(i.op));
  await putAll({
    outbox: ops,
    photos: items.flatMap((i, n) =>
      i.photo ? [{ id: ops[n].id, blob: i.photo.blob, name: i.photo.name }] : [],
    ),
  });
  await refreshCounts();
  void flush();
  return ops;
}

/** Queues one write and tries to send it at once when online. Returns the op. */
export async function enqueue(op: NewOp, photo?: { blob: Blob; name: string }): Promise<OutboxOp> {
  return (await enqueueAll([{ op, photo }]))[0];
}

/** Backoff after the n-th failed attempt: 2 s, 4 s, 8 s … at most one minute. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(1, attempts));
}

/** Failures worth trying again later: no network, the server down or busy, a session to renew. */
function isTransient(e: unknown) {
  return failReason(e) !== 'unknown';
}

async function later(op: OutboxOp, why: { reason?: FailReason; text?: string }) {
  op.attempts += 1;
  op.nextAt = Date.now() + backoffMs(op.attempts);
  op.reason = why.reason;
  op.lastError = why.text;
  await outbox.put(op);
}

async function failed(op: OutboxOp, why: { reason?: FailReason; text?: string }) {
  op.state = 'failed';
  op.reason = why.reason;
  op.lastError = why.text;
  await outbox.put(op);
}

/** What to record of a thrown error: the server's localised problem, else a reason to translate. */
function whyOf(e: unknown): { reason?: FailReason; text?: string } {
  const text = e instanceof ApiError ? problemText(e.problem) : '';
  const reason = failReason(e);
  return text && reason === 'unknown' ? { text } : { reason, text: e instanceof ApiError ? text : undefined };
}

function problemText(body: unknown): string {
  const p = body as { title?: string; errors?: { message: string }[] } | undefined;
  if (!p) return '';
  const details = (p.errors ?? []).map((e) => e.message).join('; ');
  return [p.title, details].filter(Boolean).join(': ');
}

let running: Promise<void> | null = null;

/** Sends every due op now (one run at a time). `force` ignores backoff timers. */
export function flush(force = false): Promise<void> {
  if (running) return running;
  running = run(force).finally(() => {
    running = null;
  });
  return running;
}

async function run(force: boolean) {
  const now = Date.now();
  const all = (await outbox.all()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const due = all.filter((o) => o.state === 'pending' && (force || o.nextAt <= now));
  if (!due.length) {
    await refreshCounts();
    return;
  }
  setStatus({ syncing: true });
  const synced: string[] = [];
  let lastError: FailReason | null = null;
  try {
    const batch = due.filter((o) => o.kind !== 'photo.upload');
    if (batch.length) {
      try {
        const res = await syncOps(
          batch.map((o) => ({
            key: o.key,
            kind: o.kind,
            body: o.body,
            ...(o.targetId ? { id: o.targetId } : {}),
            ...(o.registerKind ? { registerKind: o.registerKind } : {}),
          })) as SyncOps,
        );
        const byKey = new Map<string, SyncResult>(res.results.map((r) => [r.key, r]));
        for (const op of batch) {
          const r = byKey.get(op.key);
          if (!r) continue;
          if (r.status === 'ok' || r.status === 'replayed') {
            await outbox.delete(op.id);
            const id = (op.body.id as string | undefined) ?? op.targetId;
            if (id) synced.push(id);
          } else if (r.status === 'conflict') {
            op.state = 'conflict';
            op.current = r.current ?? (r.body as { current?: unknown } | undefined)?.current;
            op.lastError = problemText(r.body);
            await outbox.put(op);
          } else if (r.httpStatus >= 500 || r.httpStatus === 401 || r.httpStatus === 403) {
            await later(op, {
              reason: r.httpStatus >= 500 ? 'server' : 'session',
              text: problemText(r.body) || undefined,
            });
          } else
            await failed(op, problemText(r.body) ? { text: problemText(r.body) } : { reason: 'unknown' });
        }
      } catch (e) {
        const why = whyOf(e);
        lastError = why.reason ?? 'unknown';
        if (isTransient(e)) for (const op of batch) await later(op, why);
        else for (const op of batch) await failed(op, why);
      }
    }
    const left = new Set((await outbox.all()).map((o) => o.id));
    const pendingEvents = new Set(
      (await outbox.all()).filter((o) => o.kind === 'event.create').map((o) => o.body.id as string),
    );
    for (const op of due.filter((o) => o.kind === 'photo.upload')) {
      if (!left.has(op.id) || pendingEvents.has(op.targetId!)) continue; // its event is not on the server yet
      const p = await photos.get(op.id);
      if (!p) {
        await outbox.delete(op.id);
        continue;
      }
      try {
        await uploadEventPhoto(op.targetId!, p.blob, p.name, op.key);
        await outbox.delete(op.id);
        await photos.delete(op.id);
        synced.push(op.body.photoId as string);
      } catch (e) {
        const why = whyOf(e);
        lastError = why.reason ?? 'unknown';
        if (isTransient(e)) await later(op, why);
        else await failed(op, why);
      }
    }
  } finally {
    setStatus({
      syncing: false,
      lastSyncAt: new Date().toISOString(),
      lastError,
      synced: [...status.synced, ...synced],
    });
    await refreshCounts();
  }
  if (synced.length) syncedListeners.forEach((l) => l());
}

const syncedListeners = new Set<() => void>();
/** Calls back after ops reached the server (pages refetch their lists). */
export function onSynced(l: () => void): () => void {
  syncedListeners.add(l);
  return () => syncedListeners.delete(l);
}

/**
 * Resolves a conflict. 'mine' re-sends the worker's version over the server's current version
 * (a new Idempotency-Key, since it is a new decision); 'theirs' drops the queued write.
 */
export async function resolveConflict(opId: string, choice: 'mine' | 'theirs'): Promise<void> {
  const op = await outbox.get(opId);
  if (!op) return;
  if (choice === 'theirs') {
    await outbox.delete(op.id);
    await photos.delete(op.id);
  } else {
    const cur = op.current as { id?: string; version?: number } | undefined;
    if (cur?.version !== undefined) {
      if (op.kind === 'visit.create') {
        const verified = (op.body.verified as { recordId: string; version: number }[] | undefined) ?? [];
        op.body = {
          ...op.body,
          verified: verified.map((v) => (v.recordId === cur.id ? { ...v, version: cur.version! } : v)),
        };
      } else op.body = { ...op.body, version: cur.version };
    }
    op.key = uuidv7();
    op.state = 'pending';
    op.attempts = 0;
    op.nextAt = 0;
    op.current = undefined;
    op.lastError = undefined;
    op.reason = undefined;
    await outbox.put(op);
  }
  await refreshCounts();
  void flush(true);
}

/** Puts a failed op back in the queue, or removes it. */
export async function retryOrDrop(opId: string, drop: boolean): Promise<void> {
  const op = await outbox.get(opId);
  if (!op) return;
  if (drop) {
    await outbox.delete(op.id);
    await photos.delete(op.id);
  } else await outbox.put({ ...op, state: 'pending', attempts: 0, nextAt: 0 });
  await refreshCounts();
  void flush(true);
}

let started = false;
/** Starts the replay loop: on the online event at once, else every few seconds when something is due. */
export function startOutbox() {
  if (started || typeof window === 'undefined' || typeof indexedDB === 'undefined') return;
  started = true;
  window.addEventListener('online', () => {
    setStatus({ online: true });
    void flush(true);
  });
  window.addEventListener('offline', () => setStatus({ online: false }));
  setInterval(() => {
    if (navigator.onLine) void flush();
  }, 3000);
  void refreshCounts().then(() => flush());
}
