/**
 * A fresh, migrated database for one test file, cloned from the template in milliseconds, and
 * dropped afterwards. No test shares rows with another file. (The demo tests clone a template that
 * holds the demo district too: demo/demo.testkit.ts.)
 */
import crypto from 'node:crypto';
import { inject } from 'vitest';
import { createDb, createGroupDb, type Db } from '../platform/db/db.ts';
import { adminQuery, withDatabase } from './pg-server.ts';
import type pg from 'pg';

/** A database made for one test file. */
export interface TestDb {
  db: Db;
  pool: pg.Pool;
  /** The group pool, as the app has it (generic plans). */
  groupDb: Db;
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Creates a fresh database from the migrated template (or from `template`, a copy of it with data). */
export async function freshDb(template = inject('pgTemplate')): Promise<TestDb> {
  const admin = inject('pgAdminUrl');
  const name = `gz_t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  await adminQuery(admin, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(admin, name);
  const { db, pool } = createDb(url, 10);
  const group = createGroupDb(url);
  return {
    db,
    pool,
    groupDb: group.db,
    url,
    name,
    async drop() {
      await group.db.destroy();
      await db.destroy();
      await adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
