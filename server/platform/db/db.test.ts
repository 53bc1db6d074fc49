import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../testing/db.ts';
import { compileOnce, PREPARED } from './db.ts';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
  await t.pool.query('CREATE TABLE prep_probe (id int PRIMARY KEY, note text, at timestamptz)');
});
afterAll(() => t.drop());

describe('the pool behind Kysely', () => {
  it('runs a marked statement as a named prepared statement, once parsed per connection', async () => {
    await t.db.connection().execute(async (c) => {
      for (const n of [1, 2, 3])
        expect((await sql<{ n: number }>`${PREPARED}SELECT ${n}::int AS n`.execute(c)).rows).toEqual([{ n }]);
      const prepared = await sql<{ name: string; calls: number }>`
        SELECT name, (SELECT count(*) FROM pg_prepared_statements)::int AS calls
        FROM pg_prepared_statements WHERE statement LIKE '%prepared%SELECT $1::int AS n%'`.execute(c);
      expect(prepared.rows).toHaveLength(1);
      expect(prepared.rows[0].name).toMatch(/^gz_[0-9a-f]{24}$/);
    });
  });

  it('leaves the pool usable with callbacks after Kysely used its connections', async () => {
    // Kysely's queries go through wrapped clients; pg's own pool.query passes a callback to the
    // same clients, which must still be called (a lost callback hangs the caller)
    await Promise.all(Array.from({ length: 10 }, (_, i) => sql`${PREPARED}SELECT ${i}::int`.execute(t.db)));
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.pool.query<{ n: number }>('SELECT $1::int AS n', [i])),
    );
    expect(answers.map((a) => a.rows[0].n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('runs a statement compiled once with its values placed by name, for any number of rows', async () => {
    const insert = compileOnce(['rows', 'tag'] as const, (p) => {
      // a part made by a builder of its own, as shared builders make theirs
      const suffix = sql`|| ${p.tag}::text`;
      return sql<{ id: number }>`${PREPARED}INSERT INTO prep_probe (id, note, at)
        SELECT id, note ${suffix}, at FROM json_to_recordset(${p.rows}::json)
          AS x(id int, note text, at timestamptz)
        RETURNING id`;
    });
    const at = new Date('2026-11-23T08:00:00Z');
    const first = await insert.run(t.db, { rows: JSON.stringify([{ id: 1, note: 'a', at }]), tag: '!' });
    const second = await insert.run(t.db, {
      rows: JSON.stringify([
        { id: 2, note: null, at },
        { id: 3, note: '带"引号",逗号{}', at: null },
      ]),
      tag: '?',
    });
    expect([first, second]).toEqual([[{ id: 1 }], [{ id: 2 }, { id: 3 }]]);
    const got = await t.pool.query('SELECT id, note, at FROM prep_probe ORDER BY id');
    expect(got.rows).toEqual([
      { id: 1, note: 'a!', at },
      { id: 2, note: null, at },
      { id: 3, note: '带"引号",逗号{}?', at: null },
    ]);
    // one prepared statement served both runs
    const prepared = await t.db.connection().execute(async (c) => {
      await insert.run(c, { rows: '[]', tag: '' });
      await insert.run(c, { rows: '[]', tag: '' });
      return (
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_prepared_statements
        WHERE statement LIKE '%prep_probe%'`.execute(c)
      ).rows[0].n;
    });
    expect(prepared).toBe(1);
    // a value that does not go through a placeholder is refused
    const leaky = compileOnce(['x'] as const, (p) => sql`SELECT ${p.x}::int + ${1}::int`);
    await expect(leaky.run(t.db, { x: 1 })).rejects.toThrow(/placeholders/);
  });

  it('plans a marked statement once on the group pool, and afresh for its values on the main pool', async () => {
    // an array shorter than the 10 rows a generic plan assumes: PostgreSQL keeps making custom
    // plans for it on the main pool; the group pool's connections make one generic plan
    const plans = async (db: typeof t.db) =>
      db.connection().execute(async (c) => {
        for (let i = 0; i < 12; i++)
          await sql`${PREPARED}SELECT p.note FROM unnest(${[1, 2]}::int[]) AS u(id)
            JOIN prep_probe p ON p.id = u.id`.execute(c);
        const r = await sql<{ mode: string; generic: number; custom: number }>`
          SELECT current_setting('plan_cache_mode') AS mode, generic_plans::int AS generic,
            custom_plans::int AS custom
          FROM pg_prepared_statements WHERE statement LIKE '%JOIN prep_probe p ON p.id = u.id%'`.execute(c);
        return r.rows[0];
      });
    expect(await plans(t.groupDb)).toEqual({ mode: 'force_generic_plan', generic: 12, custom: 0 });
    const main = await plans(t.db);
    expect(main.mode).toBe('auto');
    expect(main.custom).toBeGreaterThan(0);
  });
});
