/**
 * The PostgreSQL server that tests, code generation and benchmarks use: DATABASE_URL when set,
 * otherwise an embedded one of its own under .tmp/pg-run-<pid>, removed when the run ends.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { startEmbedded } from '../platform/db/embedded.ts';
import { findMigrations, migrate } from '../platform/db/migrator.ts';
import crypto from 'node:crypto';

/** Returns an admin URL (a database we may CREATE DATABASE from). */
export async function adminUrl(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  // one server per run, so concurrent runs never stop each other's
  const dir = path.resolve(`.tmp/pg-run-${process.pid}`);
  const e = await startEmbedded(dir);
  return {
    url: e.url,
    stop: async () => {
      await e.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The URL of another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = '/' + database;
  return u.toString();
}

/** Runs SQL on the admin connection. */
export async function adminQuery(url: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/**
 * Makes (once per set of migrations) a migrated template database and returns its name. Named by
 * the migrations' checksum, so concurrent runs with the same code share it safely.
 */
export async function ensureTemplate(url: string): Promise<string> {
  const files = findMigrations();
  const sum = crypto
    .createHash('sha256')
    .update(files.map((f) => f.name + f.checksum).join())
    .digest('hex')
    .slice(0, 12);
  const name = `gz_tpl_${sum}`;
  await templateOnce(url, name, async (building) => {
    await adminQuery(url, `CREATE DATABASE ${building}`);
    const pool = new pg.Pool({ connectionString: withDatabase(url, building), max: 1 });
    try {
      await migrate(pool, files);
    } finally {
      await pool.end();
    }
  });
  return name;
}

/**
 * Makes the template database `name` once across processes: under an advisory lock on the name, and
 * unless it exists, `build` creates and fills a database of another name, which then becomes `name`,
 * marked as a template. A failed build leaves nothing behind.
 */
export async function templateOnce(
  url: string,
  name: string,
  build: (building: string) => Promise<void>,
): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const exists = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount !== 0) return;
    const building = `${name}_b${process.pid}`;
    await c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    try {
      await build(building);
    } catch (e) {
      await c.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      throw e;
    }
    await c.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    await c.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true`);
  } finally {
    await c.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    await c.end();
  }
}
