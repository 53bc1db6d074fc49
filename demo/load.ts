/**
 * Loads a generated district into PostgreSQL through COPY: the tree and party organisations first,
 * then people and their identities in chunks, encoded by the people module's row builder (SM4 +
 * HMAC-SM3). Memory stays bounded: only one chunk of identity lines waits at a time.
 */
import { sql } from 'kysely';
import type pg from 'pg';
import { personRow, type PersonRow } from '../server/modules/people/index.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { PiiCipher } from '../server/platform/pii/pii.ts';
import type { Keys } from '../server/platform/secrets.ts';
import { Worker } from 'node:worker_threads';
import {
  batched,
  COPY_SQL,
  copyInto,
  encodePeople,
  namePinyinKeys,
  nodeLine,
  partyOrgLine,
  type EncodedPeople,
} from './copy.ts';
import { buildTree, people, type DemoOptions, type DemoTree, type PersonSpec } from './generate.ts';

/** Where a load stands, for progress lines. */
export interface Progress {
  phase: 'tree' | 'people' | 'done';
  persons: number;
  rows: number;
  total: number;
  elapsedMs: number;
  rowsPerSec: number;
  rssMb: number;
}

/** How to load. */
export interface LoadOptions extends DemoOptions {
  /** Persons per COPY chunk. */
  chunk?: number;
  /** One transaction for everything (first start); otherwise each chunk commits on its own. */
  atomic?: boolean;
  onProgress?: (p: Progress) => void;
  /** A tree already built from the same options (else it is built here). */
  tree?: DemoTree;
  /** Encode people on this many worker threads (needs keys); 0 or absent: on the main thread. */
  workers?: number;
  /** The platform keys, for worker threads to build their own cipher. */
  keys?: Keys;
  /** Sees every person as it is written (to pick demo accounts). */
  onPerson?: (p: PersonSpec) => void;
}

/** What a load wrote. */
export interface LoadResult {
  tree: DemoTree;
  nodes: number;
  partyOrgs: number;
  persons: number;
  identities: number;
  /** Rows of people and identities per second, the figure the benchmark compares with raw COPY. */
  peopleRowsPerSec: number;
  ms: number;
  peakRssMb: number;
}

/** Statistics for the planner after a bulk load. */
export const ANALYZE_SQL = 'ANALYZE org_nodes, org_party_orgs, people_persons, people_identities';

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Generates and loads a district into an empty, migrated database. */
export async function loadDemo(pool: pg.Pool, pii: PiiCipher, opts: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const chunk = opts.chunk ?? 50_000;
  const tree = opts.tree ?? buildTree(opts);
  const a = await pool.connect();
  const b = opts.atomic ? a : await pool.connect();
  let persons = 0;
  let identities = 0;
  let lastReport = 0;
  let peopleMs = 1;
  const approxTotal = opts.residents * 2.15;
  const report = (phase: Progress['phase'], force = false) => {
    const now = performance.now();
    if (!opts.onProgress || (!force && now - lastReport < 1000)) return;
    lastReport = now;
    const rows = persons + identities;
    opts.onProgress({
      phase,
      persons,
      rows,
      total: Math.max(rows, Math.round(approxTotal)),
      elapsedMs: Math.round(now - started),
      rowsPerSec: Math.round(rows / Math.max(0.001, (now - started) / 1000)),
      rssMb: Math.round(process.memoryUsage().rss / 1048576),
    });
  };
  try {
    if (opts.atomic) await a.query('BEGIN');
    await copyInto(a, COPY_SQL.nodes, batched(tree.nodes.map(nodeLine)));
    await copyInto(a, COPY_SQL.partyOrgs, batched(tree.partyOrgs.map(partyOrgLine)));
    report('tree', true);

    const peopleStarted = performance.now();
    const gen = people(tree);
    const source = (
      opts.workers && opts.keys
        ? encodeInWorkers(gen, opts.keys, opts.workers, opts.onPerson)
        : encodeInline(gen, pii, opts.onPerson)
    )[Symbol.asyncIterator]();
    let exhausted = false;
    let pendingIdentities: Promise<number> = Promise.resolve(0);
    try {
      while (!exhausted) {
        const idPieces: string[] = [];
        let n = 0;
        const personPieces = async function* (): AsyncGenerator<string> {
          while (n < chunk) {
            const next = await source.next();
            if (next.done) {
              exhausted = true;
              break;
            }
            const e = next.value;
            n += e.persons;
            persons += e.persons;
            identities += e.identities;
            idPieces.push(e.identityLines);
            yield e.personLines;
            report('people');
          }
        };
        await copyInto(a, COPY_SQL.persons, personPieces());
        // the previous chunk's identities must be in before this chunk's start (bounded memory)
        await pendingIdentities;
        if (opts.atomic) await copyInto(b, COPY_SQL.identities, idPieces);
        else pendingIdentities = copyInto(b, COPY_SQL.identities, idPieces);
        report('people');
      }
    } finally {
      await source.return?.(undefined);
    }
    await pendingIdentities;
    if (opts.atomic) await a.query('COMMIT');
    peopleMs = performance.now() - peopleStarted;
    // fresh statistics, or the planner takes the bulk-loaded tables for empty ones
    await a.query(ANALYZE_SQL);
  } catch (e) {
    if (opts.atomic) await a.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    a.release();
    if (b !== a) b.release();
  }
  report('done', true);
  return {
    tree,
    nodes: tree.nodes.length,
    partyOrgs: tree.partyOrgs.length,
    persons,
    identities,
    peopleRowsPerSec: Math.round((persons + identities) / (peopleMs / 1000)),
    ms: Math.round(performance.now() - started),
    peakRssMb: peakRssMb(),
  };
}

/**
 * The same load through plain multi-row INSERTs on a Kysely handle, in one transaction: for callers
 * that hold no pg pool (COPY needs a raw connection). Fine for the default size, slow for millions.
 */
export async function insertDemo(db: Db, pii: PiiCipher, opts: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const tree = opts.tree ?? buildTree(opts);
  let persons = 0;
  let identities = 0;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < tree.nodes.length; i += 2000)
      await trx
        .insertInto('org_nodes')
        .values(
          tree.nodes.slice(i, i + 2000).map((n) => ({
            district_id: n.districtId,
            id: n.id,
            parent_id: n.parentId,
            level: n.level,
            name: n.name,
            code: n.code,
            path: n.path,
            depth: n.depth,
            name_initials: namePinyinKeys(n.name, n.parts)[0],
            name_pinyin: namePinyinKeys(n.name, n.parts)[1],
            sort: n.sort,
          })),
        )
        .execute();
    for (let i = 0; i < tree.partyOrgs.length; i += 2000)
      await trx
        .insertInto('org_party_orgs')
        .values(
          tree.partyOrgs.slice(i, i + 2000).map((o) => ({
            district_id: o.districtId,
            id: o.id,
            node_id: o.nodeId,
            parent_org_id: o.parentOrgId,
            kind: o.kind,
            name: o.name,
            name_initials: namePinyinKeys(o.name, o.parts)[0],
          })),
        )
        .execute();
    let rows: PersonRow[] = [];
    let ids: { district_id: string; id: string; person_id: string; kind: string; attrs: string }[] = [];
    const flush = async () => {
      if (rows.length) await trx.insertInto('people_persons').values(rows).execute();
      if (ids.length) await trx.insertInto('people_identities').values(ids).execute();
      rows = [];
      ids = [];
    };
    for (const p of people(tree)) {
      opts.onPerson?.(p);
      rows.push(personRow(pii, p));
      persons++;
      for (const i of p.identities) {
        ids.push({
          district_id: p.districtId,
          id: i.id,
          person_id: p.id,
          kind: i.kind,
          attrs: JSON.stringify(i.attrs),
        });
        identities++;
      }
      if (rows.length >= 2000) await flush();
    }
    await flush();
  });
  await sql.raw(ANALYZE_SQL).execute(db);
  const ms = performance.now() - started;
  return {
    tree,
    nodes: tree.nodes.length,
    partyOrgs: tree.partyOrgs.length,
    persons,
    identities,
    peopleRowsPerSec: Math.round((persons + identities) / (ms / 1000)),
    ms: Math.round(ms),
    peakRssMb: peakRssMb(),
  };
}

const BATCH = 1000;

/** Encodes people on the main thread, a batch at a time (the event loop breathes between batches). */
async function* encodeInline(
  gen: Iterator<PersonSpec>,
  pii: PiiCipher,
  onPerson?: (p: PersonSpec) => void,
): AsyncGenerator<EncodedPeople> {
  for (;;) {
    const batch = takeBatch(gen, onPerson);
    if (!batch.length) return;
    yield encodePeople(pii, batch);
  }
}

function takeBatch(gen: Iterator<PersonSpec>, onPerson?: (p: PersonSpec) => void): PersonSpec[] {
  const batch: PersonSpec[] = [];
  while (batch.length < BATCH) {
    const next = gen.next();
    if (next.done) break;
    onPerson?.(next.value);
    batch.push(next.value);
  }
  return batch;
}

/**
 * Encodes people on worker threads (SM4, HMAC-SM3 and pinyin are the costly part) while the main
 * thread generates and streams; results come back in generation order, at most two batches per
 * worker in flight.
 */
async function* encodeInWorkers(
  gen: Iterator<PersonSpec>,
  keys: Keys,
  count: number,
  onPerson?: (p: PersonSpec) => void,
): AsyncGenerator<EncodedPeople> {
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./encode-worker.mjs', import.meta.url), { workerData: { keys } }),
  );
  const waiting = workers.map(
    () => [] as { resolve: (e: EncodedPeople) => void; reject: (e: unknown) => void }[],
  );
  workers.forEach((w, i) => {
    w.on('message', (e: EncodedPeople) => waiting[i].shift()?.resolve(e));
    w.on('error', (err) => waiting[i].splice(0).forEach((x) => x.reject(err)));
  });
  const inFlight: Promise<EncodedPeople>[] = [];
  let next = 0;
  const submit = (): boolean => {
    const batch = takeBatch(gen, onPerson);
    if (!batch.length) return false;
    const i = next++ % count;
    inFlight.push(
      new Promise<EncodedPeople>((resolve, reject) => {
        waiting[i].push({ resolve, reject });
        workers[i].postMessage(batch);
      }),
    );
    return true;
  };
  try {
    let more = true;
    while (more && inFlight.length < count * 2) more = submit();
    while (inFlight.length) {
      const done = await inFlight.shift()!;
      if (more) more = submit();
      yield done;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
