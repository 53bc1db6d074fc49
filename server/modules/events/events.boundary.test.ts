/**
 * The events and Open311 modules touch only their own tables (house rule 2): no statement of theirs
 * names another module's table, and they import other modules only through their index.ts. The
 * platform's own tables (platform_*, audit_* through the auditor) and its scope helper are allowed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MODULES = path.resolve(import.meta.dirname, '..');
const OTHERS = ['org', 'grid', 'accounts', 'people', 'tasks', 'notify', 'home'];

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

/** Tables of other modules a source file names (in SQL text or query builders). */
function foreignTables(text: string, own: string): string[] {
  const names = text.match(/\b[a-z0-9]+_[a-z0-9_]+\b/g) ?? [];
  return [...new Set(names)].filter(
    (n) =>
      TABLES.includes(n) && !n.startsWith(`${own}_`) && !n.startsWith('platform_') && !n.startsWith('audit_'),
  );
}

describe('module boundaries of events and open311', () => {
  it("finds a deliberate read of another module's table", () => {
    expect(TABLES).toContain('org_nodes');
    expect(foreignTables("db.selectFrom('org_nodes').select('path')", 'events')).toEqual(['org_nodes']);
    expect(foreignTables("db.selectFrom('events_steps')", 'open311')).toEqual(['events_steps']);
    expect(foreignTables("db.selectFrom('events_steps')", 'events')).toEqual([]);
  });

  for (const own of ['events', 'open311'])
    it(`${own} names no other module's table and imports other modules only through index.ts`, () => {
      for (const file of sources(path.join(MODULES, own))) {
        const text = fs.readFileSync(file, 'utf8');
        expect(foreignTables(text, own), path.relative(MODULES, file)).toEqual([]);
        for (const m of text.matchAll(/from '\.\.\/([a-z0-9]+)\/([^']+)'/g)) {
          if (!OTHERS.includes(m[1]) && m[1] !== 'events') continue;
          if (m[1] === own) continue;
          expect(m[2], `${path.relative(MODULES, file)} imports ../${m[1]}/${m[2]}`).toBe('index.ts');
        }
      }
    });
});
