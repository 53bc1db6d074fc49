/**
 * Backup and restore of a gongzhi database, with no tool beyond this code and PostgreSQL itself
 * (the embedded PostgreSQL ships no pg_dump, and a system pg_dump older than the server refuses
 * to dump it).
 *
 * A backup is one consistent snapshot (a read-only REPEATABLE READ transaction: every write
 * committed before it started, none after) written as a gzip stream: a header naming the applied
 * migrations and the master key's fingerprint, then each table's rows as PostgreSQL's COPY text,
 * then the sequences, then an end mark (a cut-off file is refused). The master key is never in
 * it: it goes to its own file, encrypted under an operator's passphrase (PBKDF2-HMAC-SM3, then
 * SM4-CTR with an HMAC-SM3 tag).
 *
 * A restore goes onto an empty database: it applies the backup's migrations with this code's
 * files of the same names and checksums, then in one transaction drops the foreign keys, sets
 * the tables' own triggers aside (counters, notifications: the data already holds their effect),
 * loads every table, sets the sequences, and puts triggers and foreign keys back (so PostgreSQL
 * checks every reference again). The table owner may do all of it; no superuser is needed.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import zlib from 'node:zlib';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { findMigrations, migrate, type MigrationFile } from './db/migrator.ts';
import { hmacSm3 } from './secrets.ts';

const MAGIC = 'GONGZHI-BACKUP 1\n';
const MIGRATIONS_TABLE = 'platform_migrations';

/** What a backup's header says about it. */
export interface BackupHeader {
  format: 'gongzhi-backup-1';
  createdAt: string;
  serverVersion: string;
  migrations: { name: string; checksum: string }[];
  /** Fingerprint of the master key the personal data and audit chain were written with. */
  keyFingerprint: string;
  tables: { name: string; columns: string[] }[];
}

/** What a backup or restore did. */
export interface BackupSummary {
  header: BackupHeader;
  rows: Record<string, number>;
  bytes: number;
}

/** A short public fingerprint of a master key (tells two keys apart, reveals nothing of either). */
export function keyFingerprint(master: Buffer): string {
  return hmacSm3(master, 'gongzhi/key-fingerprint').subarray(0, 8).toString('hex');
}

const quote = (id: string) => `"${id.replaceAll('"', '""')}"`;

/** The tables of the public schema (but the migrations' own) and their stored columns, in order. */
async function tablesOf(c: pg.PoolClient): Promise<BackupHeader['tables']> {
  const { rows } = await c.query<{ table: string; columns: string[] }>(
    `SELECT c.relname AS table, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                          AND a.attgenerated = ''
      WHERE c.relkind IN ('r', 'p') AND c.relname <> $1
      GROUP BY c.relname ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((r) => ({ name: r.table, columns: r.columns }));
}

/** Writes `<length>\n<bytes>` frames of what a readable gives, then `0\n`. */
async function frames(source: Readable, out: Writable): Promise<number> {
  let bytes = 0;
  for await (const chunk of source as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (!out.write(`${chunk.length}\n`)) await new Promise((r) => out.once('drain', r));
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  out.write('0\n');
  return bytes;
}

/**
 * Writes a backup of the database behind `pool` to `file`: one consistent snapshot, gzip'ed.
 * `master` is the key in use (only its fingerprint is written).
 */
export async function backupDatabase(pool: pg.Pool, file: string, master: Buffer): Promise<BackupSummary> {
  const c = await pool.connect();
  const gzip = zlib.createGzip({ level: 6 });
  const sink = fs.createWriteStream(file, { mode: 0o600 });
  const written = pipeline(gzip, sink);
  const rows: Record<string, number> = {};
  try {
    await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const version = (await c.query<{ v: string }>('SHOW server_version')).rows[0].v;
    const migrations = (
      await c.query<{ name: string; checksum: string }>(
        `SELECT name, checksum FROM ${MIGRATIONS_TABLE} ORDER BY name`,
      )
    ).rows;
    const header: BackupHeader = {
      format: 'gongzhi-backup-1',
      createdAt: new Date().toISOString(),
      serverVersion: version,
      migrations,
      keyFingerprint: keyFingerprint(master),
      tables: await tablesOf(c),
    };
    gzip.write(MAGIC);
    gzip.write(JSON.stringify(header) + '\n');
    for (const t of header.tables) {
      gzip.write(`T${JSON.stringify({ table: t.name })}\n`);
      const cols = t.columns.map(quote).join(', ');
      const stream = c.query(copyStreams.to(`COPY ${quote(t.name)} (${cols}) TO STDOUT`));
      await frames(stream, gzip);
      rows[t.name] = Number((stream as unknown as { rowCount?: number }).rowCount ?? 0);
    }
    const seqs = (
      await c.query<{ name: string }>(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`,
      )
    ).rows;
    const sequences: { name: string; value: string; called: boolean }[] = [];
    for (const s of seqs) {
      const r = await c.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value::text, is_called FROM ${quote(s.name)}`,
      );
      sequences.push({ name: s.name, value: r.rows[0].last_value, called: r.rows[0].is_called });
    }
    gzip.write(`S${JSON.stringify(sequences)}\n`);
    gzip.write(`E${JSON.stringify({ rows })}\n`);
    await c.query('COMMIT');
    gzip.end();
    await written;
    return { header, rows, bytes: fs.statSync(file).size };
  } catch (e) {
    gzip.destroy();
    await written.catch(() => undefined);
    await c.query('ROLLBACK').catch(() => undefined);
    fs.rmSync(file, { force: true });
    throw e;
  } finally {
    c.release();
  }
}

/** Reads a backup file: its header, then each table's COPY data as a stream, then the end. */
class BackupReader {
  private buf = Buffer.alloc(0);
  private done = false;
  private readonly it: AsyncIterator<Buffer>;
  constructor(file: string) {
    const gunzip = zlib.createGunzip();
    fs.createReadStream(file).pipe(gunzip);
    this.it = (gunzip as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }
  private async fill(n: number) {
    while (this.buf.length < n && !this.done) {
      const r = await this.it.next();
      if (r.done) this.done = true;
      else this.buf = Buffer.concat([this.buf, r.value]);
    }
  }
  async line(): Promise<string> {
    for (;;) {
      const i = this.buf.indexOf(10);
      if (i >= 0) {
        const s = this.buf.subarray(0, i).toString('utf8');
        this.buf = this.buf.subarray(i + 1);
        return s;
      }
      if (this.done) throw new Error('the backup file ends too early (cut off?)');
      await this.fill(this.buf.length + 65536);
    }
  }
  async bytes(n: number): Promise<Buffer> {
    await this.fill(n);
    if (this.buf.length < n) throw new Error('the backup file ends too early (cut off?)');
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }
  /** The framed data of one table, as a stream. */
  data(): Readable {
    return Readable.from(this.chunks());
  }
  private async *chunks(): AsyncGenerator<Buffer> {
    for (;;) {
      const n = Number(await this.line());
      if (!Number.isInteger(n) || n < 0) throw new Error('the backup file is damaged (bad frame)');
      if (n === 0) return;
      yield Buffer.from(await this.bytes(n));
    }
  }
}

/** Reads a whole backup file through to its end mark, so a damaged one is refused before any change. */
export async function checkBackup(file: string): Promise<BackupHeader> {
  const r = new BackupReader(file);
  if ((await r.line()) + '\n' !== MAGIC) throw new Error(`${file} is not a gongzhi backup`);
  const header = JSON.parse(await r.line()) as BackupHeader;
  for (;;) {
    const line = await r.line();
    if (line.startsWith('T')) for await (const chunk of r.data()) void chunk;
    else if (line.startsWith('E')) return header;
    else if (!line.startsWith('S')) throw new Error('the backup file is damaged (unknown section)');
  }
}

/** Reads only the header of a backup file. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const r = new BackupReader(file);
  if ((await r.line()) + '\n' !== MAGIC) throw new Error(`${file} is not a gongzhi backup`);
  return JSON.parse(await r.line()) as BackupHeader;
}

/**
 * Restores a backup onto the empty database behind `pool`. `master` is the key the restored
 * installation will use: it must be the key the backup was written with (its fingerprint).
 */
export async function restoreDatabase(
  pool: pg.Pool,
  file: string,
  master: Buffer,
  opts: { files?: MigrationFile[]; log?: (m: string) => void } = {},
): Promise<BackupSummary> {
  const log = opts.log ?? (() => undefined);
  await checkBackup(file);
  const r = new BackupReader(file);
  if ((await r.line()) + '\n' !== MAGIC) throw new Error(`${file} is not a gongzhi backup`);
  const header = JSON.parse(await r.line()) as BackupHeader;
  if (header.keyFingerprint !== keyFingerprint(master))
    throw new Error(
      `the master key does not match the backup (backup ${header.keyFingerprint}, key ${keyFingerprint(master)})`,
    );
  const c0 = await pool.connect();
  try {
    const existing = await c0.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (existing.rows[0].n > 0)
      throw new Error('the target database is not empty: restore only onto an empty one');
  } finally {
    c0.release();
  }

  // the schema: the backup's migrations, with this code's files (the same names and contents)
  const known = new Map((opts.files ?? findMigrations()).map((f) => [f.name, f]));
  const files = header.migrations.map((m) => {
    const f = known.get(m.name);
    if (!f)
      throw new Error(
        `the backup needs migration ${m.name}, which this code does not have (use a newer gongzhi)`,
      );
    if (f.checksum !== m.checksum)
      throw new Error(`migration ${m.name} differs from the one the backup was made with`);
    return f;
  });
  await migrate(pool, files, log);

  const c = await pool.connect();
  const rows: Record<string, number> = {};
  try {
    await c.query('BEGIN');
    const fks = (
      await c.query<{ table: string; name: string; def: string }>(
        `SELECT cl.relname AS table, co.conname AS name, pg_get_constraintdef(co.oid) AS def
           FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
           JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = 'public'
          WHERE co.contype = 'f' ORDER BY 1, 2`,
      )
    ).rows;
    for (const fk of fks) await c.query(`ALTER TABLE ${quote(fk.table)} DROP CONSTRAINT ${quote(fk.name)}`);
    const tables = (await tablesOf(c)).map((t) => t.name);
    const missing = header.tables.filter((t) => !tables.includes(t.name)).map((t) => t.name);
    if (missing.length)
      throw new Error(`tables of the backup missing after its migrations: ${missing.join(', ')}`);
    for (const t of tables) await c.query(`ALTER TABLE ${quote(t)} DISABLE TRIGGER USER`);
    // rows the migrations themselves wrote (defaults, reference data) are in the backup too
    if (tables.length) await c.query(`TRUNCATE ${tables.map(quote).join(', ')}`);
    for (;;) {
      const line = await r.line();
      if (line.startsWith('T')) {
        const { table } = JSON.parse(line.slice(1)) as { table: string };
        const t = header.tables.find((x) => x.name === table);
        if (!t) throw new Error(`the backup file is damaged (unknown table ${table})`);
        const sink = c.query(
          copyStreams.from(`COPY ${quote(t.name)} (${t.columns.map(quote).join(', ')}) FROM STDIN`),
        );
        await pipeline(r.data(), sink);
        rows[t.name] = Number((sink as unknown as { rowCount?: number }).rowCount ?? 0);
        log(`restored ${t.name}: ${rows[t.name]} rows`);
      } else if (line.startsWith('S')) {
        for (const s of JSON.parse(line.slice(1)) as { name: string; value: string; called: boolean }[])
          await c.query('SELECT setval($1::regclass, $2::bigint, $3)', [quote(s.name), s.value, s.called]);
      } else if (line.startsWith('E')) {
        const end = JSON.parse(line.slice(1)) as { rows: Record<string, number> };
        for (const [t, n] of Object.entries(end.rows))
          if (rows[t] !== n) throw new Error(`table ${t}: ${rows[t]} rows restored, the backup holds ${n}`);
        break;
      } else throw new Error('the backup file is damaged (unknown section)');
    }
    for (const t of tables) await c.query(`ALTER TABLE ${quote(t)} ENABLE TRIGGER USER`);
    // every reference is checked again as the foreign keys come back
    for (const fk of fks)
      await c.query(`ALTER TABLE ${quote(fk.table)} ADD CONSTRAINT ${quote(fk.name)} ${fk.def}`);
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
  await pool.query('ANALYZE');
  return { header, rows, bytes: fs.statSync(file).size };
}

/** The master key, encrypted under a passphrase, as written to a `.key.json` file. */
export interface SealedKey {
  format: 'gongzhi-key-1';
  kdf: 'pbkdf2-hmac-sm3';
  iterations: number;
  salt: string;
  iv: string;
  ciphertext: string;
  tag: string;
  fingerprint: string;
}

const ITERATIONS = 200_000;

function keysFrom(passphrase: string, salt: Buffer, iterations: number) {
  const k = crypto.pbkdf2Sync(passphrase.normalize('NFC'), salt, iterations, 48, 'sm3');
  return { enc: k.subarray(0, 16), mac: k.subarray(16) };
}

/** Encrypts the master key under a passphrase (at least 12 characters). */
export function sealKey(master: Buffer, passphrase: string, iterations = ITERATIONS): SealedKey {
  if ([...passphrase].length < 12) throw new Error('the passphrase must have at least 12 characters');
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(16);
  const k = keysFrom(passphrase, salt, iterations);
  const c = crypto.createCipheriv('sm4-ctr', k.enc, iv);
  const ciphertext = Buffer.concat([c.update(master), c.final()]);
  const tag = hmacSm3(k.mac, Buffer.concat([salt, iv, ciphertext]));
  return {
    format: 'gongzhi-key-1',
    kdf: 'pbkdf2-hmac-sm3',
    iterations,
    salt: salt.toString('hex'),
    iv: iv.toString('hex'),
    ciphertext: ciphertext.toString('hex'),
    tag: tag.toString('hex'),
    fingerprint: keyFingerprint(master),
  };
}

/** Decrypts a sealed master key; a wrong passphrase (or a changed file) is refused. */
export function openKey(sealed: SealedKey, passphrase: string): Buffer {
  if (sealed.format !== 'gongzhi-key-1') throw new Error('not a gongzhi key file');
  const salt = Buffer.from(sealed.salt, 'hex');
  const iv = Buffer.from(sealed.iv, 'hex');
  const ciphertext = Buffer.from(sealed.ciphertext, 'hex');
  const k = keysFrom(passphrase, salt, sealed.iterations);
  const tag = hmacSm3(k.mac, Buffer.concat([salt, iv, ciphertext]));
  const given = Buffer.from(sealed.tag, 'hex');
  if (given.length !== tag.length || !crypto.timingSafeEqual(given, tag))
    throw new Error('wrong passphrase, or the key file was changed');
  const d = crypto.createDecipheriv('sm4-ctr', k.enc, iv);
  const master = Buffer.concat([d.update(ciphertext), d.final()]);
  if (keyFingerprint(master) !== sealed.fingerprint) throw new Error('the key file is damaged');
  return master;
}

/**
 * The passphrase from GONGZHI_BACKUP_PASSPHRASE, or asked on the terminal without echo (twice when
 * `confirm`, as when a key is sealed).
 */
export async function askPassphrase(confirm: boolean, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.GONGZHI_BACKUP_PASSPHRASE) return env.GONGZHI_BACKUP_PASSPHRASE;
  if (!process.stdin.isTTY)
    throw new Error('set GONGZHI_BACKUP_PASSPHRASE, or run on a terminal to be asked for the passphrase');
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const out = new Writable({
        write: (_chunk, _enc, done) => done(), // nothing typed is echoed
      });
      process.stdout.write(prompt);
      const rl = readline.createInterface({ input: process.stdin, output: out, terminal: true });
      rl.question('', (a) => {
        rl.close();
        process.stdout.write('\n');
        resolve(a);
      });
    });
  const first = await ask('passphrase for the master key: ');
  if (confirm && (await ask('again: ')) !== first) throw new Error('the two passphrases differ');
  return first;
}
