/**
 * A small typed wrapper over IndexedDB: one database for the grid worker's offline data, with
 * promise-returning get/put/delete/all per store. No dependency.
 */

/** The stores of the offline database and the type of their rows. */
export interface StoreMap {
  /** Queued writes waiting for the network (see outbox.ts). */
  outbox: import('./outbox.ts').OutboxOp;
  /** Last good copies of server answers, by a key (the due list, categories, my grids). */
  snapshots: { key: string; at: string; data: unknown };
  /** Compressed photos waiting to be uploaded, by op id. */
  photos: { id: string; blob: Blob; name: string };
}
type StoreName = keyof StoreMap;

const DB_NAME = 'gongzhi-grid';
const DB_VERSION = 1;
let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('snapshots')) db.createObjectStore('snapshots', { keyPath: 'key' });
      if (!db.objectStoreNames.contains('photos')) db.createObjectStore('photos', { keyPath: 'id' });
    };
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => {
      opening = null;
      reject(req.error);
    };
  });
  return opening;
}

function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function committed(t: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    t.oncomplete = () => resolve();
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  });
}

async function tx<S extends StoreName, T>(
  store: S,
  mode: IDBTransactionMode,
  fn: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  const t = db.transaction(store, mode);
  // listen before the request runs, so a quick commit is not missed
  const commit = mode === 'readwrite' ? committed(t) : null;
  const result = await done(fn(t.objectStore(store)));
  if (commit) await commit;
  return result;
}

/** Rows for several stores, written in one transaction: all of them are on the phone, or none. */
export type Batch = { [S in StoreName]?: StoreMap[S][] };

/** Writes a batch of rows across stores atomically; resolves once the phone has committed them. */
export async function putAll(batch: Batch): Promise<void> {
  const names = Object.keys(batch) as StoreName[];
  if (!names.length) return;
  const db = await open();
  const t = db.transaction(names, 'readwrite');
  const commit = committed(t);
  for (const n of names) for (const row of batch[n] ?? []) t.objectStore(n).put(row);
  await commit;
}

/** Typed access to one store of the offline database. */
export function store<S extends StoreName>(name: S) {
  return {
    /** One row by key, or undefined. */
    get: (key: string) => tx(name, 'readonly', (s) => s.get(key) as IDBRequest<StoreMap[S] | undefined>),
    /** Inserts or replaces a row (committed when the promise resolves). */
    put: async (row: StoreMap[S]) => {
      await tx(name, 'readwrite', (s) => s.put(row));
    },
    /** Removes a row. */
    delete: async (key: string) => {
      await tx(name, 'readwrite', (s) => s.delete(key));
    },
    /** Every row, in key order. */
    all: () => tx(name, 'readonly', (s) => s.getAll() as IDBRequest<StoreMap[S][]>),
  };
}
