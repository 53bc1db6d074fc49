/**
 * Runs every module's timestamped plain-SQL migrations in order, each in its own transaction,
 * recorded in platform_migrations. Idempotent, serialised by an advisory lock, and refuses a
 * database that holds a migration this code does not know.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One migration file found on disk. */
export interface MigrationFile {
  name: string;
  file: string;
  sql: string;
  checksum: string;
}

/** Lists migrations from server/platform/**\/migrations and server/modules/*\/migrations, by name. */
export function findMigrations(base = root): MigrationFile[] {
  const dirs: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.name === 'migrations') dirs.push(p);
      else walk(p);
    }
  };
  walk(base);
  const files = dirs.flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => /^\d{12}_[a-z0-9_]+\.sql$/.test(f))
      .map((f) => path.join(d, f)),
  );
  const byName = new Map<string, MigrationFile>();
  for (const file of files) {
    const name = path.basename(file, '.sql');
    if (byName.has(name)) throw new Error(`two migrations are named ${name}`);
    const sql = fs.readFileSync(file, 'utf8');
    byName.set(name, { name, file, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Thrown when the database was migrated by code newer than this one. */
export class UnknownMigrationError extends Error {}

/** Applies the pending migrations; returns the names applied. */
export async function migrate(pool: pg.Pool, files = findMigrations(), log: (m: string) => void = () => {}) {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(727274)');
    await client.query(`CREATE TABLE IF NOT EXISTS platform_migrations (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM platform_migrations',
    );
    const known = new Map(files.map((f) => [f.name, f]));
    const unknown = rows.filter((r) => !known.has(r.name)).map((r) => r.name);
    if (unknown.length)
      throw new UnknownMigrationError(
        `the database holds migrations this code does not know: ${unknown.join(', ')}; refusing to start (run a newer gongzhi)`,
      );
    const applied = new Set(rows.map((r) => r.name));
    const done: string[] = [];
    for (const f of files) {
      if (applied.has(f.name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(f.sql);
        await client.query('INSERT INTO platform_migrations (name, checksum) VALUES ($1, $2)', [
          f.name,
          f.checksum,
        ]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${f.name} failed: ${(e as Error).message}`, { cause: e });
      }
      log(`migrated ${f.name}`);
      done.push(f.name);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock(727274)').catch(() => {});
    client.release();
  }
}
