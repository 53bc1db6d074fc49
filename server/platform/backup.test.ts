/**
 * The restore drill: write, back up (while writes go on), write more, restore onto an empty
 * database with the key opened from its passphrase-sealed file. Every write acknowledged before the
 * backup began is there and none made after it finished, the audit chain verifies, and the
 * national IDs decrypt with the restored key. Also: the commands end to end on an embedded
 * PostgreSQL (`npm run backup` while it runs, `npm run restore` into a new data folder), and the
 * refusals (wrong passphrase, another key, a non-empty target, a cut-off file).
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../testing/harness.ts';
import { adminQuery, withDatabase } from '../testing/pg-server.ts';
import { verifyChain } from './audit/audit.ts';
import { backupDatabase, keyFingerprint, openKey, restoreDatabase, sealKey } from './backup.ts';
import { createDb } from './db/db.ts';
import { startEmbedded } from './db/embedded.ts';
import { migrate } from './db/migrator.ts';
import { makeNationalId } from './pii/national-id.ts';
import { createPiiCipher } from './pii/pii.ts';
import { deriveKeys, TEST_MASTER_KEY } from './secrets.ts';

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-backup-'));
fs.chmodSync(dir, 0o755); // the embedded PostgreSQL runs as another user when the tests run as root
let env: TestEnv;
let officer: Client;
const made: string[] = [];
beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
});
afterAll(async () => {
  await env.close();
  const admin = inject('pgAdminUrl');
  for (const name of made) await adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** An empty database on the test server (not from the migrated template). */
async function emptyDatabase() {
  const name = `gz_restore_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  await adminQuery(inject('pgAdminUrl'), `CREATE DATABASE ${name}`);
  made.push(name);
  return createDb(withDatabase(inject('pgAdminUrl'), name), 4);
}

let seq = 0;
async function newPerson(): Promise<{ id: string; nationalId: string }> {
  const i = ++seq;
  const nationalId = makeNationalId('440304', '1980-01-01', i);
  const res = await officer.post('/api/people', {
    nodeId: env.nodes.community11.id,
    name: `备份测试${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`,
    gender: Number(nationalId[16]) % 2 ? 'M' : 'F',
    birthDate: '1980-01-01',
    nationalId,
  });
  expect(res.status, res.raw).toBe(200);
  return { id: res.body.id, nationalId };
}
async function newNode(tag: string): Promise<string | null> {
  const res = await officer.post('/api/org/nodes', {
    parentId: env.nodes.district.id,
    level: 'department',
    name: `${tag}${++seq}`,
  });
  return res.status === 200 ? (res.body.id as string) : null;
}

describe('restore drill', () => {
  it('keeps every write acknowledged before the backup, verifies the chain and decrypts with the restored key', async () => {
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await newPerson());
    const before: string[] = [];
    for (let i = 0; i < 5; i++) before.push((await newNode('备份前部门'))!);

    // writes go on while the backup runs
    let writing = true;
    const during: string[] = [];
    const writer = (async () => {
      while (writing) {
        const id = await newNode('备份中部门');
        if (id) during.push(id);
      }
    })();
    await new Promise((r) => setTimeout(r, 100));
    const acknowledgedBefore = [...before, ...during];
    const file = path.join(dir, 'drill.backup.gz');
    const summary = await backupDatabase(env.pool, file, TEST_MASTER_KEY);
    writing = false;
    await writer;
    expect(summary.rows.people_persons).toBeGreaterThanOrEqual(5);
    const after = [(await newNode('备份后部门'))!, (await newPerson()).id];

    const sealed = sealKey(TEST_MASTER_KEY, 'correct horse battery staple', 1000);
    expect(JSON.stringify(sealed)).not.toContain(TEST_MASTER_KEY.toString('hex'));
    const key = openKey(JSON.parse(JSON.stringify(sealed)), 'correct horse battery staple');
    expect(key.equals(TEST_MASTER_KEY)).toBe(true);

    const target = await emptyDatabase();
    try {
      await restoreDatabase(target.pool, file, key);
      const ids = (await target.db.selectFrom('org_nodes').select('id').execute()).map((r) => r.id);
      for (const id of acknowledgedBefore)
        expect(ids, `node ${id} acknowledged before the backup`).toContain(id);
      expect(ids).not.toContain(after[0]);
      const persons = await target.db.selectFrom('people_persons').select(['id', 'id_enc']).execute();
      expect(persons.map((p) => p.id)).not.toContain(after[1]);
      const pii = createPiiCipher(deriveKeys(key));
      for (const p of people)
        expect(pii.decrypt(persons.find((x) => x.id === p.id)!.id_enc)).toBe(p.nationalId);
      expect(await verifyChain(target.db, deriveKeys(key).audit)).toMatchObject({ ok: true });
      // the restored tables are the same as the source's at the snapshot, counters included
      const count = async (db: typeof env.db, table: string) =>
        Number(
          (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(db)).rows[0]
            .n,
        );
      for (const t of ['accounts_users', 'accounts_grants', 'audit_log', 'people_node_counts'])
        expect(await count(target.db, t), t).toBe(summary.rows[t]);
      // foreign keys and triggers are back
      const fks = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f'`.execute(target.db);
      const sourceFks = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f'`.execute(env.db);
      expect(fks.rows[0].n).toBe(sourceFks.rows[0].n);
      const disabled = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM pg_trigger WHERE tgenabled = 'D'`.execute(target.db);
      expect(disabled.rows[0].n).toBe(0);

      // onto a database that is not empty: refused
      await expect(restoreDatabase(target.pool, file, key)).rejects.toThrow(/not empty/);
    } finally {
      await target.db.destroy();
    }
  });

  it('refuses a wrong passphrase, another key and a cut-off file', async () => {
    const sealed = sealKey(TEST_MASTER_KEY, 'correct horse battery staple', 1000);
    expect(() => openKey(sealed, 'wrong horse battery staple')).toThrow(/wrong passphrase/);
    expect(() => sealKey(TEST_MASTER_KEY, 'short')).toThrow(/12 characters/);
    const file = path.join(dir, 'refusals.backup.gz');
    await backupDatabase(env.pool, file, TEST_MASTER_KEY);
    const other = crypto.randomBytes(32);
    const t1 = await emptyDatabase();
    await expect(restoreDatabase(t1.pool, file, other)).rejects.toThrow(/does not match/);
    await t1.db.destroy();
    const cut = path.join(dir, 'cut.backup.gz');
    const whole = fs.readFileSync(file);
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.7)));
    const t2 = await emptyDatabase();
    await expect(restoreDatabase(t2.pool, cut, TEST_MASTER_KEY)).rejects.toThrow();
    // refused before anything was changed: the target is still empty
    const rows = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`.execute(t2.db);
    expect(rows.rows[0].n).toBe(0);
    await t2.db.destroy();
  });

  it(
    'npm run backup and npm run restore on the embedded PostgreSQL, end to end',
    { timeout: 300_000 },
    async () => {
      const source = path.join(dir, 'source');
      const pg = await startEmbedded(source);
      const master = crypto.randomBytes(32);
      fs.writeFileSync(path.join(source, 'master.key'), master.toString('hex') + '\n');
      const { db, pool } = createDb(pg.url, 2);
      let id: string;
      try {
        await migrate(pool);
        id = (
          await sql<{ id: string }>`INSERT INTO platform_settings (key, value) VALUES ('drill', '{"ok":true}')
          RETURNING key AS id`.execute(db)
        ).rows[0].id;
        // backup while the server runs (as it does under the app)
        const envOf = (dataDir: string): NodeJS.ProcessEnv => {
          const e: NodeJS.ProcessEnv = {
            ...process.env,
            DATA_DIR: dataDir,
            GONGZHI_BACKUP_PASSPHRASE: 'drill passphrase 2026',
          };
          delete e.DATABASE_URL;
          delete e.GONGZHI_MASTER_KEY;
          return e;
        };
        const out = path.join(dir, 'out');
        const b = await run(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', '--out', out], {
          env: envOf(source),
        });
        expect(b.stdout).toContain(`fingerprint ${keyFingerprint(master)}`);
        const dump = fs.readdirSync(out).find((f) => f.endsWith('.backup.gz'))!;
        expect(fs.readdirSync(out).some((f) => f.endsWith('.key.json'))).toBe(true);

        // restore into a new, empty data folder
        const target = path.join(dir, 'target');
        const r = await run(
          process.execPath,
          ['--import', 'tsx', 'scripts/restore.ts', path.join(out, dump)],
          {
            env: envOf(target),
          },
        );
        expect(r.stdout).toContain('master key written');
        expect(
          Buffer.from(fs.readFileSync(path.join(target, 'master.key'), 'utf8').trim(), 'hex').equals(master),
        ).toBe(true);
        const restored = await startEmbedded(target);
        const t = createDb(restored.url, 1);
        try {
          const got = await sql<{
            value: unknown;
          }>`SELECT value FROM platform_settings WHERE key = ${id}`.execute(t.db);
          expect(got.rows[0].value).toEqual({ ok: true });
        } finally {
          await t.db.destroy();
          await restored.stop();
        }
      } finally {
        await db.destroy();
        await pg.stop();
      }
    },
  );
});
