import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb } from './db.ts';
import { findMigrations, migrate, UnknownMigrationError } from './migrator.ts';
import { adminQuery, withDatabase } from '../../testing/pg-server.ts';

const admin = inject('pgAdminUrl');
const name = `gz_mig_${process.pid}`;
let pool: ReturnType<typeof createDb>['pool'];
let db: ReturnType<typeof createDb>['db'];

beforeAll(async () => {
  await adminQuery(admin, `DROP DATABASE IF EXISTS ${name}`);
  await adminQuery(admin, `CREATE DATABASE ${name}`);
  ({ db, pool } = createDb(withDatabase(admin, name), 3));
});
afterAll(async () => {
  await db.destroy();
  await adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe('migrator', () => {
  it('applies every module migration in name order, records each, and is idempotent', async () => {
    const files = findMigrations();
    expect(files.map((f) => f.name)).toEqual([...files.map((f) => f.name)].sort());
    const first = await migrate(pool, files);
    expect(first).toEqual(files.map((f) => f.name));
    expect(await migrate(pool, files)).toEqual([]);
    const rows = await pool.query('SELECT name FROM platform_migrations ORDER BY name');
    expect(rows.rows.map((r) => r.name)).toEqual(first);
  });

  it('runs each migration in a transaction: a failing one leaves nothing behind', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gz-mig-'));
    const bad = {
      name: '999912312359_test_bad',
      file: path.join(dir, 'x.sql'),
      sql: 'CREATE TABLE test_half_done (id int); SELECT 1/0;',
      checksum: 'x',
    };
    await expect(migrate(pool, [...findMigrations(), bad])).rejects.toThrow(/999912312359_test_bad failed/);
    const t = await pool.query("SELECT to_regclass('test_half_done') AS t");
    expect(t.rows[0].t).toBeNull();
  });

  it('refuses a database that holds a migration the code does not know', async () => {
    await pool.query(
      "INSERT INTO platform_migrations (name, checksum) VALUES ('999912312359_from_the_future', 'x')",
    );
    await expect(migrate(pool)).rejects.toBeInstanceOf(UnknownMigrationError);
    await pool.query("DELETE FROM platform_migrations WHERE name = '999912312359_from_the_future'");
  });
});
