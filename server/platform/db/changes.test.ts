import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../testing/db.ts';
import { cacheInvalidatedByNotify, listenForChanges, noChanges, type Changes } from './changes.ts';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t.drop());

/** Waits until the predicate holds, or fails after a few seconds. */
async function until(what: string, ok: () => boolean, ms = 8000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

function recorder(changes: Changes, channel = 'gz_probe') {
  const seen: string[] = [];
  let resets = 0;
  changes.subscribe(channel, { message: (p) => seen.push(p), reset: () => resets++ });
  return { seen, resets: () => resets };
}

describe('changes heard through LISTEN/NOTIFY', () => {
  it('delivers what other connections notify, only once they commit, and nothing rolled back', async () => {
    const changes = listenForChanges(t.url, { retryMs: 50 });
    try {
      const r = recorder(changes);
      await until('the listener', () => changes.live());
      await t.pool.query(`SELECT pg_notify('gz_probe', 'one')`);
      const c = await t.pool.connect();
      try {
        await c.query('BEGIN');
        await c.query(`SELECT pg_notify('gz_probe', 'rolled back')`);
        await c.query('ROLLBACK');
        await c.query('BEGIN');
        await c.query(`SELECT pg_notify('gz_probe', 'two')`);
        await changes.sync('gz_probe');
        expect(r.seen).toEqual(['one']); // 'two' is not committed yet
        await c.query('COMMIT');
      } finally {
        c.release();
      }
      await changes.sync('gz_probe');
      expect(r.seen).toEqual(['one', 'two']);
      changes.announce('gz_probe', 'local');
      expect(r.seen).toEqual(['one', 'two', 'local']); // announced in-process at once
    } finally {
      await changes.close();
    }
  });

  it('resets subscribers when the connection is lost, is not live meanwhile, and comes back', async () => {
    const changes = listenForChanges(t.url, { retryMs: 50 });
    try {
      const r = recorder(changes);
      await until('the listener', () => changes.live());
      const before = r.resets();
      await t.pool.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE application_name = 'gongzhi-listen' AND datname = current_database()`,
      );
      await until('the loss to be noticed', () => r.resets() > before);
      await until('the listener to come back', () => changes.live());
      // reset again on reconnecting: whatever was sent while it was down is lost
      expect(r.resets()).toBeGreaterThanOrEqual(before + 2);
      await t.pool.query(`SELECT pg_notify('gz_probe', 'after')`);
      await changes.sync('gz_probe');
      expect(r.seen).toEqual(['after']);
    } finally {
      await changes.close();
    }
  });

  it('is never live without a listener, so nothing built on it caches', async () => {
    expect(noChanges.live()).toBe(false);
    const changes = listenForChanges('postgres://nobody@127.0.0.1:1/none', { retryMs: 20 });
    recorder(changes);
    await new Promise((r) => setTimeout(r, 200));
    expect(changes.live()).toBe(false);
    await changes.close();
  });

  it('refuses a channel name that is not a plain identifier', () => {
    expect(() => noChanges.subscribe('x', { message() {}, reset() {} })).not.toThrow();
    const changes = listenForChanges(t.url);
    expect(() => changes.subscribe('bad"; DROP', { message() {}, reset() {} })).toThrow(/channel/);
    return changes.close();
  });
});

describe('values kept while their channel is heard', () => {
  it('loads only the keys it does not keep, in one go, and forgets what a committed change names', async () => {
    const changes = listenForChanges(t.url, { retryMs: 50 });
    try {
      const kept = cacheInvalidatedByNotify<string>(changes, 'gz_probe_kept', 10);
      await until('the listener', () => changes.live());
      const loads: string[][] = [];
      const load = async (keys: string[]) => {
        loads.push(keys);
        return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, `v-${k}-${loads.length}`]));
      };
      expect([...(await kept.getMany(['a', 'b', 'missing'], load))]).toEqual([
        ['a', 'v-a-1'],
        ['b', 'v-b-1'],
      ]);
      // a and b are kept; missing is asked again, with c
      expect([...(await kept.getMany(['a', 'c', 'missing', 'c'], load))]).toEqual([
        ['a', 'v-a-1'],
        ['c', 'v-c-2'],
      ]);
      expect(loads).toEqual([
        ['a', 'b', 'missing'],
        ['c', 'missing'],
      ]);
      await t.pool.query(`SELECT pg_notify('gz_probe_kept', 'a')`);
      await changes.sync('gz_probe_kept');
      expect((await kept.getMany(['a', 'b'], load)).get('a')).toBe('v-a-3');
      expect(loads[2]).toEqual(['a']);
    } finally {
      await changes.close();
    }
  });

  it('does not keep what was loaded while a change was heard (it may be from before the change)', async () => {
    const changes = listenForChanges(t.url, { retryMs: 50 });
    try {
      const kept = cacheInvalidatedByNotify<string>(changes, 'gz_probe_race', 10);
      await until('the listener', () => changes.live());
      let n = 0;
      const slowLoad = async (keys: string[]) => {
        n++;
        // the change commits while the load is on its way
        await t.pool.query(`SELECT pg_notify('gz_probe_race', '*')`);
        await changes.sync('gz_probe_race');
        return new Map(keys.map((k) => [k, `v${n}`]));
      };
      expect((await kept.getMany(['x'], slowLoad)).get('x')).toBe('v1');
      expect(kept.has('x')).toBe(false);
      const plain = async (keys: string[]) => new Map(keys.map((k) => [k, 'fresh']));
      expect((await kept.getMany(['x'], plain)).get('x')).toBe('fresh');
      expect(kept.has('x')).toBe(true);
    } finally {
      await changes.close();
    }
  });
});
