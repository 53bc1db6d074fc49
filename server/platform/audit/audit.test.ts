import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../testing/db.ts';
import { createDb, retryOnSerializationFailure } from '../db/db.ts';
import { startEmbedded } from '../db/embedded.ts';
import { migrate } from '../db/migrator.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../secrets.ts';
import {
  appendCtes,
  AUDIT_LANES,
  createAuditor,
  laneHead,
  laneLease,
  verifyChain,
  type LaneHead,
} from './audit.ts';
import { main } from './audit.verify-cli.ts';

const key = deriveKeys(TEST_MASTER_KEY).audit;
const ctx = { actor: null, ip: '10.0.0.1', userAgent: 'vitest' };
const dbs: TestDb[] = [];
afterEach(async () => {
  while (dbs.length) await dbs.pop()!.drop();
});

/**
 * A fresh database with n chained entries 'test.e1'..'test.en', all in one lane by default so the
 * classic single-chain cases below read as before; `lanes` spreads them as production does.
 */
async function chainOf(n: number, lanes = 1) {
  const t = await freshDb();
  dbs.push(t);
  const auditor = createAuditor({ db: t.db, key, lanes });
  for (let i = 1; i <= n; i++)
    await auditor.record(ctx, {
      action: `test.e${i}`,
      objectType: 'thing',
      actorName: 'tester',
      detail: { i },
    });
  const seqs = (await t.db.selectFrom('audit_log').select('seq').orderBy('seq').execute()).map((r) => r.seq);
  return { t, auditor, seqs };
}

/** Runs tampering SQL with the append-only trigger bypassed, as someone with database access could. */
async function tamper(t: TestDb, fn: (trx: any) => Promise<unknown>) {
  await t.db.transaction().execute(async (trx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    await fn(trx);
  });
}

/** The CLI's exit code and its output, run in-process against the test database. */
/**
 * Swaps the contents of two rows (all but seq, an identity column), the id parked on a spare value
 * in between; seqA is the earlier.
 */
function swapRows(t: TestDb, seqA: number, seqB: number) {
  return tamper(t, async (trx) => {
    const [a, b] = await trx
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', 'in', [seqA, seqB])
      .orderBy('seq')
      .execute();
    const { seq: _a, ...aRest } = a;
    const { seq: _b, ...bRest } = b;
    await trx
      .updateTable('audit_log')
      .set({ id: '00000000-0000-7000-8000-000000000000' })
      .where('seq', '=', a.seq)
      .execute();
    await trx.updateTable('audit_log').set(aRest).where('seq', '=', b.seq).execute();
    await trx.updateTable('audit_log').set(bRest).where('seq', '=', a.seq).execute();
  });
}

async function cli(t: TestDb) {
  const out: string[] = [];
  const code = await main(
    { DATABASE_URL: t.url, GONGZHI_MASTER_KEY: TEST_MASTER_KEY.toString('hex') },
    (m) => out.push(m),
    (m) => out.push(m),
  );
  return { code, text: out.join('\n') };
}

describe('audit chain', () => {
  it('refuses UPDATE and DELETE through the append-only trigger', async () => {
    const { t } = await chainOf(2);
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('stays valid under 50 concurrent appends, each in its own transaction', async () => {
    const { t, auditor } = await chainOf(0);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        auditor.record(ctx, { action: 'test.concurrent', objectType: 'thing', detail: { i } }),
      ),
    );
    expect(await verifyChain(t.db, key)).toEqual({ ok: true, count: 50 });
    expect((await cli(t)).code).toBe(0);
  });

  it('an entry whose write rolled back leaves no trace and no break', async () => {
    const { t, auditor } = await chainOf(3);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await auditor.append(trx, ctx, { action: 'test.rolledback', objectType: 'thing' });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    await auditor.record(ctx, { action: 'test.after', objectType: 'thing' });
    expect(await verifyChain(t.db, key)).toEqual({ ok: true, count: 4 });
  });

  it('reports an edited row by its seq, time and action', async () => {
    const { t, seqs } = await chainOf(6);
    await tamper(t, (trx) => sql`UPDATE audit_log SET ip = '6.6.6.6' WHERE seq = ${seqs[3]}`.execute(trx));
    expect(await verifyChain(t.db, key)).toMatchObject({ ok: false, count: 3, badSeq: seqs[3] });
    const r = await cli(t);
    expect(r.code).toBe(1);
    expect(r.text).toContain(`seq ${seqs[3]}`);
    expect(r.text).toContain('action test.e4');
    expect(r.text).toMatch(/at \d{4}-\d\d-\d\dT/);
    expect(r.text).toContain('this entry was changed');
  });

  it('reports a deleted row at the entry after the gap', async () => {
    const { t, seqs } = await chainOf(6);
    await tamper(t, (trx) => sql`DELETE FROM audit_log WHERE seq = ${seqs[2]}`.execute(trx));
    const r = await cli(t);
    expect(r.code).toBe(1);
    expect(r.text).toContain(`seq ${seqs[3]}`);
    expect(r.text).toContain('action test.e4');
    expect(r.text).toContain('removed');
  });

  it('reports two rows whose contents were swapped', async () => {
    const { t, seqs } = await chainOf(6);
    await swapRows(t, seqs[1], seqs[2]);
    const r = await cli(t);
    expect(r.code).toBe(1);
    expect(r.text).toContain(`seq ${seqs[1]}`);
    expect(r.text).toContain('action test.e3'); // the row at seq 2 now holds entry 3
    expect(r.text).toContain('reordered');
  });

  it('a different key finds every entry changed', async () => {
    const { t, seqs } = await chainOf(2);
    const other = await main(
      { DATABASE_URL: t.url, GONGZHI_MASTER_KEY: 'ab'.repeat(32) },
      () => {},
      () => {},
    );
    expect(other).toBe(1);
    expect(await verifyChain(t.db, Buffer.alloc(32, 1))).toMatchObject({ ok: false, badSeq: seqs[0] });
  });

  it('reports entries removed from the end', async () => {
    const { t, seqs } = await chainOf(6);
    await tamper(t, (trx) => sql`DELETE FROM audit_log WHERE seq >= ${seqs[4]}`.execute(trx));
    const r = await cli(t);
    expect(r.code).toBe(1);
    expect(r.text).toContain(`seq ${seqs[5]} (no longer in the log)`);
    expect(r.text).toContain('removed from the end');
  });

  it('npm run audit:verify exits 0 on an intact chain and 1 on a broken one', async () => {
    const { t, seqs } = await chainOf(3);
    const run = (env: NodeJS.ProcessEnv) =>
      promisify(execFile)('node', ['--import', 'tsx', 'server/platform/audit/audit.verify-cli.ts'], {
        env: { ...process.env, ...env },
      }).then(
        (r) => ({ code: 0, out: r.stdout + r.stderr }),
        (e) => ({ code: e.code as number, out: String(e.stdout) + String(e.stderr) }),
      );
    const env = { DATABASE_URL: t.url, GONGZHI_MASTER_KEY: TEST_MASTER_KEY.toString('hex') };
    const good = await run(env);
    expect(good).toMatchObject({ code: 0 });
    expect(good.out).toContain('3 entries');
    await tamper(t, (trx) =>
      sql`UPDATE audit_log SET action = 'test.forged' WHERE seq = ${seqs[1]}`.execute(trx),
    );
    const bad = await run(env);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`seq ${seqs[1]}`);
  }, 90_000);
});

/** Every entry with its lane, in seq order. */
async function entries(t: TestDb) {
  return t.db.selectFrom('audit_log').select(['seq', 'lane', 'action', 'detail']).orderBy('seq').execute();
}

describe('audit chain in lanes', () => {
  it('spreads concurrent appends from many transactions over several lanes, and all of them verify', async () => {
    const { t, auditor } = await chainOf(0, AUDIT_LANES);
    await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        auditor.record(ctx, { action: 'test.concurrent', objectType: 'thing', detail: { i } }),
      ),
    );
    const rows = await entries(t);
    expect(rows).toHaveLength(80);
    expect(new Set(rows.map((r) => r.lane)).size).toBeGreaterThanOrEqual(4);
    expect(await verifyChain(t.db, key)).toEqual({ ok: true, count: 80 });
    // every lane's head names its newest entry
    const heads = await t.db.selectFrom('audit_head').select(['lane', 'seq']).orderBy('lane').execute();
    expect(heads).toHaveLength(AUDIT_LANES);
    for (const h of heads)
      expect(h.seq).toBe(Math.max(0, ...rows.filter((r) => r.lane === h.lane).map((r) => r.seq)));
  });

  it('keeps every entry of one transaction in the same lane', async () => {
    const { t, auditor } = await chainOf(0, AUDIT_LANES);
    for (let k = 0; k < 6; k++)
      await t.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 3; i++)
          await auditor.append(trx, ctx, { action: `test.tx${k}`, objectType: 'thing', detail: { i } });
      });
    const rows = await entries(t);
    for (let k = 0; k < 6; k++)
      expect(new Set(rows.filter((r) => r.action === `test.tx${k}`).map((r) => r.lane)).size).toBe(1);
    expect(new Set(rows.map((r) => r.lane)).size).toBeGreaterThan(1);
    expect(await verifyChain(t.db, key)).toEqual({ ok: true, count: 18 });
  });

  it("entries folded into callers' own statements (laneLock, entryCtes) chain with plain appends", async () => {
    const { t, auditor } = await chainOf(0, AUDIT_LANES);
    const folded = (i: number, write: boolean) =>
      t.db.transaction().execute(async (trx) => {
        const r = await sql<{ head: unknown }>`SELECT ${auditor.laneLock()} AS head`.execute(trx);
        if (!write) return; // a lock taken and no entry written (a replay, a refusal)
        const w = appendCtes(
          auditor.chain(laneHead(r.rows[0].head), [
            { ctx, entry: { action: 'test.folded', objectType: 'thing', detail: { i } } },
          ]),
        );
        await sql`WITH a AS ${w.entry}, b AS ${w.head} SELECT 1`.execute(trx);
      });
    await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        i % 3 === 0
          ? auditor.record(ctx, { action: 'test.plain', objectType: 'thing', detail: { i } })
          : folded(i, i % 3 === 1),
      ),
    );
    const rows = await entries(t);
    expect(rows.filter((r) => r.action === 'test.folded')).toHaveLength(20);
    expect(rows.filter((r) => r.action === 'test.plain')).toHaveLength(20);
    expect(await verifyChain(t.db, key)).toEqual({ ok: true, count: 40 });
  });

  it('entries on a head read without a lock are written only if the head has not moved', async () => {
    const { t, auditor } = await chainOf(2, 1);
    await t.pool.query('CREATE TABLE probe_rows (n int)');
    const unlocked = async (n: number, between?: () => Promise<void>) => {
      const r = await sql<{ head: unknown }>`SELECT ${auditor.laneRead(1)} AS head`.execute(t.db);
      await between?.();
      const w = appendCtes(
        auditor.chain(laneHead(r.rows[0].head), [
          { ctx, entry: { action: 'test.unlocked', objectType: 'thing', detail: { n } } },
        ]),
      );
      // one statement, committing on its own: the entry, the head, and a row of the caller's
      await sql`WITH a AS ${w.entry}, audit_head_moved AS ${w.head}
        INSERT INTO probe_rows SELECT ${n}::int WHERE ${w.guard}`.execute(t.db);
    };
    await unlocked(1);
    // another appender takes the lane between the read and the write: nothing of ours is kept
    const moved = unlocked(2, () => auditor.record(ctx, { action: 'test.between', objectType: 'thing' }));
    await expect(moved).rejects.toMatchObject({ code: '40001' });
    const rows = await entries(t);
    expect(rows.map((r) => r.action)).toEqual(['test.e1', 'test.e2', 'test.unlocked', 'test.between']);
    expect((await t.pool.query('SELECT n FROM probe_rows')).rows).toEqual([{ n: 1 }]);
    expect(await verifyChain(t.db, key)).toEqual({ ok: true, count: 4 });
  });

  it('unlocked writers retried after a moved head chain with plain and locked appends', async () => {
    const { t, auditor } = await chainOf(0, 2);
    const unlocked = (i: number) =>
      retryOnSerializationFailure(
        async () => {
          const r = await sql<{ head: unknown }>`SELECT ${auditor.laneRead(2)} AS head`.execute(t.db);
          const w = appendCtes(
            auditor.chain(
              laneHead(r.rows[0].head),
              [0, 1].map((k) => ({
                ctx,
                entry: { action: 'test.unlocked', objectType: 'thing', detail: { i, k } },
              })),
            ),
          );
          await sql`WITH a AS ${w.entry}, audit_head_moved AS ${w.head} SELECT ${w.guard}`.execute(t.db);
        },
        { attempts: 100 },
      );
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i % 2
          ? unlocked(i)
          : auditor.record(ctx, { action: 'test.plain', objectType: 'thing', detail: { i } }),
      ),
    );
    const rows = await entries(t);
    expect(rows.filter((r) => r.action === 'test.unlocked')).toHaveLength(40);
    expect(rows.filter((r) => r.action === 'test.plain')).toHaveLength(20);
    expect(await verifyChain(t.db, key)).toEqual({ ok: true, count: 60 });
  });

  it('a writer keeping its lane chains with no read while nobody else writes there, and reads again when someone did', async () => {
    const { t, auditor } = await chainOf(0, 1);
    const keeper = laneLease(60_000);
    const write = async (i: number, head: LaneHead) => {
      const c = auditor.chain(head, [
        { ctx, entry: { action: 'test.kept', objectType: 'thing', detail: { i } } },
      ]);
      const w = appendCtes(c);
      await sql`WITH a AS ${w.entry}, audit_head_moved AS ${w.head} SELECT ${w.guard}`.execute(t.db);
      keeper.wrote(head, c);
    };
    const read = async (count: number) =>
      laneHead(
        (await sql<{ head: unknown }>`SELECT ${auditor.laneRead(count)} AS head`.execute(t.db)).rows[0].head,
      );
    // a head read once, with seqs drawn ahead for the writes to come
    await write(0, await read(1 + 4));
    for (let i = 1; i <= 4; i++) {
      const kept = keeper.take(1);
      expect(kept, `write ${i} has a kept head`).not.toBeNull();
      await write(i, kept!);
    }
    expect(keeper.take(1)).toBeNull(); // the seqs drawn ahead are used up
    await write(5, await read(3));
    // someone else writes on the lane: the kept head no longer fits, and the write undoes itself
    const stale = keeper.take(1)!;
    await auditor.record(ctx, { action: 'test.other', objectType: 'thing' });
    await expect(write(6, stale)).rejects.toMatchObject({ code: '40001' });
    keeper.drop();
    await write(6, await read(1));
    const rows = await entries(t);
    expect(rows.map((x) => x.action)).toEqual([...Array(6).fill('test.kept'), 'test.other', 'test.kept']);
    expect(rows.map((x) => (x.detail as { i?: number }).i)).toEqual([0, 1, 2, 3, 4, 5, undefined, 6]);
    expect(await verifyChain(t.db, key)).toEqual({ ok: true, count: 8 });
  });

  it('a kept lane gives up seqs drawn too long ago, and keeps drawing as many as its writer used lately', async () => {
    const keeper = laneLease(50);
    const head: LaneHead = { lane: 3, hash: 'h0', seqs: [10, 11, 12, 13, 14, 15], drawnAt: Date.now() };
    keeper.wrote(head, { rows: '[]', lane: 3, count: 2, prevHash: 'h0', seq: 11, hash: 'h1' });
    expect(keeper.take(4)).toMatchObject({ lane: 3, hash: 'h1', seqs: [12, 13, 14, 15] });
    expect(keeper.take(5)).toBeNull();
    expect(keeper.spare()).toBe(2);
    await new Promise((r) => setTimeout(r, 60));
    // entries chained after seqs drawn 60 ms ago would show among later entries in the audit list
    expect(keeper.take(1)).toBeNull();
    keeper.drop();
    expect(keeper.take(1)).toBeNull();
  });

  it('appends several entries of one transaction in order, in one lane, alongside plain appends', async () => {
    const { t, auditor } = await chainOf(0, AUDIT_LANES);
    const many = (g: number) =>
      t.db.transaction().execute((trx) =>
        auditor.appendAll(
          trx,
          Array.from({ length: 5 }, (_, i) => ({
            ctx,
            entry: { action: 'test.many', objectType: 'thing', objectId: `${g}.${i}` },
          })),
        ),
      );
    await Promise.all(
      Array.from({ length: 20 }, (_, g) =>
        g % 2 ? many(g) : auditor.record(ctx, { action: 'test.plain', objectType: 'thing' }),
      ),
    );
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['seq', 'lane', 'action', 'object_id'])
      .orderBy('seq')
      .execute();
    expect(rows.filter((r) => r.action === 'test.many')).toHaveLength(50);
    for (let g = 1; g < 20; g += 2) {
      const mine = rows.filter((r) => r.object_id?.startsWith(`${g}.`)).sort((a, b) => a.seq - b.seq);
      expect(mine.map((r) => r.object_id)).toEqual([0, 1, 2, 3, 4].map((i) => `${g}.${i}`));
      expect(new Set(mine.map((r) => r.lane)).size).toBe(1);
    }
    expect(await verifyChain(t.db, key)).toEqual({ ok: true, count: 60 });
  });

  it('finds an edited entry in a lane other than lane 0', async () => {
    const { t } = await chainOf(40, AUDIT_LANES);
    const rows = await entries(t);
    const victim = rows.filter((r) => r.lane !== 0)[20];
    await tamper(t, (trx) =>
      sql`UPDATE audit_log SET detail = '{"i": 0}' WHERE seq = ${victim.seq}`.execute(trx),
    );
    const r = await verifyChain(t.db, key);
    expect(r).toMatchObject({ ok: false, badSeq: victim.seq, reason: 'this entry was changed' });
    expect(r.count).toBe(rows.findIndex((x) => x.seq === victim.seq));
    const out = await cli(t);
    expect(out.code).toBe(1);
    expect(out.text).toContain(`seq ${victim.seq} (lane ${victim.lane})`);
  });

  it('finds an entry whose lane was changed', async () => {
    const { t } = await chainOf(40, AUDIT_LANES);
    const rows = await entries(t);
    const victim = rows[25];
    const other = (victim.lane + 5) % AUDIT_LANES;
    await tamper(t, (trx) =>
      sql`UPDATE audit_log SET lane = ${other} WHERE seq = ${victim.seq}`.execute(trx),
    );
    const r = await verifyChain(t.db, key);
    expect(r).toMatchObject({
      ok: false,
      badSeq: victim.seq,
      reason: `this entry was moved from lane ${victim.lane} to lane ${other}`,
    });
  });

  it('finds a deleted entry in the middle of a lane at the next entry of that lane', async () => {
    const { t } = await chainOf(40, AUDIT_LANES);
    const rows = await entries(t);
    const lane = rows.find((r) => rows.filter((x) => x.lane === r.lane).length >= 2)!.lane;
    const inLane = rows.filter((r) => r.lane === lane);
    await tamper(t, (trx) => sql`DELETE FROM audit_log WHERE seq = ${inLane[0].seq}`.execute(trx));
    expect(await verifyChain(t.db, key)).toMatchObject({
      ok: false,
      badSeq: inLane[1].seq,
      reason: 'the entry before this one in its lane was removed, or entries were reordered',
    });
  });

  it('finds entries removed from the end of one lane while the others are intact', async () => {
    const { t } = await chainOf(40, AUDIT_LANES);
    const rows = await entries(t);
    const newest = rows[rows.length - 1];
    const lane = rows.find((r) => r.lane !== newest.lane)!.lane;
    const last = rows.filter((r) => r.lane === lane).at(-1)!;
    await tamper(t, (trx) => sql`DELETE FROM audit_log WHERE seq = ${last.seq}`.execute(trx));
    expect(await verifyChain(t.db, key)).toMatchObject({
      ok: false,
      count: 39,
      badSeq: last.seq,
      reason: `entries were removed from the end of lane ${lane} (its newest entry is missing)`,
    });
  });

  it('finds two entries of different lanes whose places in the log were swapped', async () => {
    const { t } = await chainOf(40, AUDIT_LANES);
    const rows = await entries(t);
    const a = rows[10];
    const b = rows.slice(11).find((r) => r.lane !== a.lane)!;
    // seq is an identity column: swap everything else, as the single-chain case above does
    await swapRows(t, a.seq, b.seq);
    expect(await verifyChain(t.db, key)).toMatchObject({
      ok: false,
      badSeq: a.seq,
      reason: `entries were reordered: this entry was recorded at seq ${b.seq}`,
    });
  });
});

describe('audit:verify on the embedded PostgreSQL under DATA_DIR', () => {
  it('uses the running server through its socket and leaves it running; otherwise starts and stops one', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-verify-'));
    fs.chmodSync(dir, 0o755); // as root the server runs as 'postgres' and must reach its folder
    const env = { DATA_DIR: dir, GONGZHI_MASTER_KEY: TEST_MASTER_KEY.toString('hex') };
    const pidFile = path.join(dir, 'pg', 'postmaster.pid');
    const out: string[] = [];
    const e = await startEmbedded(dir);
    try {
      const { db, pool } = createDb(e.url, 2);
      await migrate(pool);
      const auditor = createAuditor({ db, key });
      for (let i = 0; i < 3; i++) await auditor.record(ctx, { action: 'test.embedded', objectType: 'thing' });
      await db.destroy();
      expect(
        await main(
          env,
          (m) => out.push(m),
          (m) => out.push(m),
        ),
      ).toBe(0);
      expect(out.join('\n')).toContain('3 entries');
      expect(fs.existsSync(pidFile)).toBe(true); // the app's server was not stopped
    } finally {
      await e.stop();
    }
    expect(
      await main(
        env,
        (m) => out.push(m),
        (m) => out.push(m),
      ),
    ).toBe(0);
    expect(fs.existsSync(pidFile)).toBe(false); // started for the check, stopped again
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('exits 2 with a clear message when there is no key or no database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-verify-'));
    const out: string[] = [];
    expect(
      await main(
        { DATA_DIR: dir },
        (m) => out.push(m),
        (m) => out.push(m),
      ),
    ).toBe(2);
    expect(out.join('\n')).toContain('no audit key');
    out.length = 0;
    expect(
      await main(
        { DATA_DIR: dir, GONGZHI_MASTER_KEY: TEST_MASTER_KEY.toString('hex') },
        (m) => out.push(m),
        (m) => out.push(m),
      ),
    ).toBe(2);
    expect(out.join('\n')).toContain('no database');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
