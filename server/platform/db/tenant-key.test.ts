/**
 * The tenant key, checked on the migrated schema (docs/scale.md): every table with a `district_id`
 * has it as the first column of its primary key, and every foreign key between two such tables
 * carries it (the referencing district_id to the referenced one). That is what lets a province
 * distribute the tables by district on Citus with no data migration. The few deliberate
 * exceptions are listed below with their reason; a new table or key that breaks the rule fails
 * here with what to change.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../testing/db.ts';
import type { Executor } from './db.ts';

/** Tables with a district_id that are deliberately not keyed by it (see docs/scale.md). */
export const NOT_DISTRICT_KEYED: Record<string, string> = {
  accounts_grants:
    "its district_id is not always its node's: accounts made by bootstrapAccount (the demo, first " +
    "installs) store the account's home district on grants given on the city node; once every grant " +
    "stores its node's district it is keyed (district_id, id) and refers to (district_id, node_id) " +
    '(docs/scale.md, "Accounts and grants")',
  audit_log:
    'one hash chain (16 lanes) for the whole installation: entries of city-wide accounts have no district, ' +
    'and an entry is chained to whatever entry came before it in its lane, whatever its district; ' +
    'on Citus it stays on the coordinator (docs/scale.md, "The audit chain")',
};

/** Foreign keys between district tables that deliberately do not carry district_id, by "table(columns)". */
export const CROSS_DISTRICT_KEYS: Record<string, string> = {
  'org_nodes(parent_id)':
    "a district's root node hangs under its city, which is its own tenant: that one edge of the tree " +
    'crosses districts, so the link is by id (docs/scale.md, "City nodes")',
};

interface Violation {
  table: string;
  message: string;
}

/** Every breach of the tenant-key rules in the schema behind `db`, each saying what to change. */
export async function tenantKeyViolations(db: Executor): Promise<Violation[]> {
  const tables = await sql<{ table: string; pk: string[] | null }>`
    SELECT c.relname AS table,
           (SELECT array_agg(a.attname::text ORDER BY k.i)
              FROM pg_constraint p, unnest(p.conkey) WITH ORDINALITY AS k(attnum, i)
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
             WHERE p.conrelid = c.oid AND p.contype = 'p') AS pk
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
     WHERE c.relkind IN ('r', 'p')
       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'district_id'
                   AND NOT a.attisdropped)
     ORDER BY 1`.execute(db);
  const keyed = new Set(tables.rows.map((t) => t.table));
  const out: Violation[] = [];
  for (const t of tables.rows) {
    if (NOT_DISTRICT_KEYED[t.table]) continue;
    const pk = t.pk ?? [];
    if (pk[0] !== 'district_id')
      out.push({
        table: t.table,
        message:
          `${t.table} has a district_id column but its primary key is ${pk.length ? `(${pk.join(', ')})` : 'missing'}: ` +
          `make it PRIMARY KEY (district_id, ${pk.filter((c) => c !== 'district_id').join(', ') || 'id'}) in a new migration, ` +
          `or, if its rows belong to no single district, add it to NOT_DISTRICT_KEYED in ` +
          `server/platform/db/tenant-key.test.ts with the reason, and to docs/scale.md`,
      });
  }
  const fks = await sql<{ table: string; target: string; cols: string[]; refs: string[]; def: string }>`
    SELECT cl.relname AS table, ft.relname AS target,
           (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(co.conkey) WITH ORDINALITY AS k(attnum, i)
              JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.attnum) AS cols,
           (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(co.confkey) WITH ORDINALITY AS k(attnum, i)
              JOIN pg_attribute a ON a.attrelid = co.confrelid AND a.attnum = k.attnum) AS refs,
           pg_get_constraintdef(co.oid) AS def
      FROM pg_constraint co
      JOIN pg_class cl ON cl.oid = co.conrelid
      JOIN pg_class ft ON ft.oid = co.confrelid
      JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = 'public'
     WHERE co.contype = 'f'
     ORDER BY 1, 2, 3`.execute(db);
  for (const fk of fks.rows) {
    if (!keyed.has(fk.table) || !keyed.has(fk.target)) continue;
    if (NOT_DISTRICT_KEYED[fk.table] || NOT_DISTRICT_KEYED[fk.target]) continue;
    const label = `${fk.table}(${fk.cols.filter((c) => c !== 'district_id').join(', ')})`;
    if (CROSS_DISTRICT_KEYS[label]) continue;
    const i = fk.cols.indexOf('district_id');
    if (i < 0 || fk.refs[i] !== 'district_id')
      out.push({
        table: fk.table,
        message:
          `${fk.table}: ${fk.def} joins two district tables without the district: write it ` +
          `FOREIGN KEY (district_id, ${fk.cols.filter((c) => c !== 'district_id').join(', ')}) REFERENCES ` +
          `${fk.target} (district_id, ${fk.refs.filter((c) => c !== 'district_id').join(', ')}) in a new migration, ` +
          `or, if the link really crosses districts, add '${label}' to CROSS_DISTRICT_KEYS in ` +
          `server/platform/db/tenant-key.test.ts with the reason, and to docs/scale.md`,
      });
  }
  return out;
}

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t.drop());

describe('the tenant key on the migrated schema', () => {
  it('every district table leads its primary key with district_id, and every key between them carries it', async () => {
    const v = await tenantKeyViolations(t.db);
    expect(v.map((x) => x.message)).toEqual([]);
  });

  it('the listed exceptions still exist (remove an entry once its table or key is fixed)', async () => {
    const tables = await sql<{ table: string }>`SELECT relname AS table FROM pg_class
      WHERE relkind IN ('r', 'p') AND relnamespace = 'public'::regnamespace`.execute(t.db);
    const names = tables.rows.map((r) => r.table);
    for (const table of Object.keys(NOT_DISTRICT_KEYED)) expect(names, table).toContain(table);
    const pk = await sql<{ def: string }>`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'audit_log'::regclass AND contype = 'p'`.execute(t.db);
    expect(pk.rows[0].def).not.toMatch(/^PRIMARY KEY \(district_id/);
    const parent = await sql<{ def: string }>`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'org_nodes'::regclass AND contype = 'f'`.execute(t.db);
    expect(parent.rows.map((r) => r.def)).toContain('FOREIGN KEY (parent_id) REFERENCES org_nodes(id)');
  });

  it('catches a new table or key that breaks the rule, and says what to write instead', async () => {
    await t.db
      .transaction()
      .execute(async (trx) => {
        await sql`CREATE TABLE zz_things (district_id uuid NOT NULL, id uuid PRIMARY KEY,
        node_id uuid NOT NULL REFERENCES org_nodes (id))`.execute(trx);
        const v = await tenantKeyViolations(trx);
        expect(v.map((x) => x.message)).toEqual([
          'zz_things has a district_id column but its primary key is (id): make it PRIMARY KEY (district_id, id) ' +
            'in a new migration, or, if its rows belong to no single district, add it to NOT_DISTRICT_KEYED in ' +
            'server/platform/db/tenant-key.test.ts with the reason, and to docs/scale.md',
          'zz_things: FOREIGN KEY (node_id) REFERENCES org_nodes(id) joins two district tables without the district: ' +
            'write it FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id) in a new migration, ' +
            "or, if the link really crosses districts, add 'zz_things(node_id)' to CROSS_DISTRICT_KEYS in " +
            'server/platform/db/tenant-key.test.ts with the reason, and to docs/scale.md',
        ]);
        throw new Error('rolled back'); // the table is not kept
      })
      .catch((e: Error) => {
        if (e.message !== 'rolled back') throw e;
      });
  });
});
