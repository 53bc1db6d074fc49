/**
 * Every module touches only its own tables (house rule 2): no statement of a module names another
 * module's table; and a module's statements live only in its repositories (house rule 13). The platform's tables (platform_*, audit_* through the auditor) are everyone's,
 * and the tree's org_nodes may be read (not written) by all, as below.
 * Imports of other modules' files other than their index.ts are refused by eslint
 * (no-restricted-imports in eslint.config.js).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULES = import.meta.dirname;

/**
 * The tree's table may be read by any module's repository, joined in the same statement for a
 * row's node name and path (display and scope), the way a reference table is: every module's rows
 * hang on its nodes. Only org writes it. Anything else of another module is read through its service.
 */
const SHARED_READ = ['org_nodes'];
const WRITE =
  /\b(insertInto|updateTable|deleteFrom|mergeInto)\(\s*'([a-z0-9_]+)|\b(INSERT INTO|UPDATE|DELETE FROM)\s+([a-z0-9_]+)/gi;

function modules(): string[] {
  return fs.readdirSync(MODULES).filter((m) => fs.statSync(path.join(MODULES, m)).isDirectory());
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'migrations' || e.name === '__snapshots__' ? [] : sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** Every table of the schema (from the generated types), by name. */
const TABLES = [
  ...fs
    .readFileSync(path.resolve(MODULES, '../platform/db/db.generated.ts'), 'utf8')
    .split('export interface DB {')[1]
    .matchAll(/^ {2}([a-z0-9_]+): [A-Z]\w*;$/gm),
].map((m) => m[1]);

/** Tables of other modules a source file names (in SQL text or query builders), or writes. */
function foreignTables(text: string, own: string): string[] {
  const names = text.match(/\b[a-z0-9]+_[a-z0-9_]+\b/g) ?? [];
  const written = [...text.matchAll(WRITE)].map((m) => (m[2] ?? m[4]).toLowerCase());
  return [...new Set(names)].filter(
    (n) =>
      TABLES.includes(n) &&
      !n.startsWith(`${own}_`) &&
      !n.startsWith('platform_') &&
      !n.startsWith('audit_') &&
      (!SHARED_READ.includes(n) || written.includes(n)),
  );
}

describe('module boundaries', () => {
  it("finds a deliberate read of another module's table", () => {
    expect(TABLES).toContain('org_nodes');
    expect(foreignTables("db.selectFrom('org_nodes').select('path')", 'events')).toEqual([]);
    expect(foreignTables("db.updateTable('org_nodes').set({ name })", 'events')).toEqual(['org_nodes']);
    expect(foreignTables('DELETE FROM org_nodes WHERE id = $1', 'grid')).toEqual(['org_nodes']);
    expect(foreignTables("db.selectFrom('people_persons')", 'grid')).toEqual(['people_persons']);
    expect(foreignTables('SELECT count(*) FROM events_steps s', 'open311')).toEqual(['events_steps']);
    expect(foreignTables("db.selectFrom('events_steps')", 'events')).toEqual([]);
    expect(foreignTables("db.selectFrom('platform_settings')", 'events')).toEqual([]);
  });

  for (const own of modules())
    it(`${own} names no other module's table`, () => {
      for (const file of sources(path.join(MODULES, own))) {
        expect(foreignTables(fs.readFileSync(file, 'utf8'), own), path.relative(MODULES, file)).toEqual([]);
      }
    });
});

/**
 * Module files that may build a statement outside a `*.repository.ts`, each with its reason. None
 * today: the event intake, fenced for speed, keeps its statement in intake/intake.repository.ts too.
 */
const SQL_OUTSIDE_REPOSITORIES: Record<string, string> = {};

/**
 * What builds or sends a statement: a query builder's start, a raw query, or hand-written SQL text
 * that reads or writes a table (SELECT, INSERT INTO, UPDATE, DELETE FROM, FROM, JOIN). A template
 * that is only a condition or a value (`sql<boolean>\`o.org_id = ${id}\``), handed to a
 * repository's function, is not one.
 */
const QUERY = new RegExp(
  [
    /\b(?:selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto)\(/.source,
    /\.(?:query|executeQuery)\(|\bCompiledQuery\.raw\(|\bsql\.raw\(/.source,
    /\bsql(?:<[^`]*?>)?`[^`]*?\b(?:SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|FROM|JOIN)\b/.source,
  ].join('|'),
  'gi',
);

/** Where a source text builds or sends a statement: 'line: what', one per place. */
function queryCalls(text: string): string[] {
  return [...text.matchAll(QUERY)].map(
    (m) => `${text.slice(0, m.index).split('\n').length}: ${m[0].replace(/\s+/g, ' ').slice(0, 40)}`,
  );
}

describe('SQL only in repositories', () => {
  it('finds a deliberate statement outside a repository, and no mere condition', () => {
    expect(queryCalls("const n = await db.selectFrom('notify_reads').selectAll().execute();")).toEqual([
      '1: selectFrom(',
    ]);
    expect(queryCalls("\nawait trx.insertInto('notify_reads').values(r).execute();")).toEqual([
      '2: insertInto(',
    ]);
    expect(queryCalls('await sql<{ c: number }>`\n  SELECT count(*) AS c FROM x`.execute(db);')).toHaveLength(
      1,
    );
    expect(queryCalls('await sql`DELETE FROM notify_reads WHERE user_id = ${u}`.execute(trx);')).toHaveLength(
      1,
    );
    expect(queryCalls("await client.query('UPDATE x SET y = 1');")).toHaveLength(1);
    expect(queryCalls('repo.findSheets(db, d, cycleId, sql<boolean>`true`);')).toEqual([]);
    expect(queryCalls('q.where(sql<boolean>`o.org_id = ${org.id} AND ${scope}`);')).toEqual([]);
    expect(queryCalls('const rows = await repo.findInbox(db, reader, { unreadOnly, limit });')).toEqual([]);
  });

  for (const own of modules())
    it(`${own} builds statements only in its repositories`, () => {
      for (const file of sources(path.join(MODULES, own))) {
        const name = path.relative(MODULES, file);
        if (name.endsWith('.repository.ts')) continue;
        const calls = queryCalls(fs.readFileSync(file, 'utf8'));
        if (name in SQL_OUTSIDE_REPOSITORIES)
          expect(calls, `${name} is listed but builds none`).not.toEqual([]);
        else expect(calls.join('\n'), name).toBe('');
      }
    });
});
