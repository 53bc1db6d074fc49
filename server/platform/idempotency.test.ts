import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../testing/db.ts';
import { DomainError } from './errors.ts';
import { withIdempotency } from './idempotency.ts';
import { uuidv7 } from './ids.ts';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
  await t.pool.query('CREATE TABLE idem_probe (id serial primary key, note text)');
});
afterAll(() => t.drop());

async function write(userId: string, key: string, note: string) {
  return t.db.transaction().execute((trx) =>
    withIdempotency(trx, { userId, key, payload: { note } }, async () => {
      const r = await sql<{
        id: number;
      }>`INSERT INTO idem_probe (note) VALUES (${note}) RETURNING id`.execute(trx);
      return { id: r.rows[0].id };
    }),
  );
}

describe('idempotent writes', () => {
  it('a retried write with the same key returns the first answer and acts once, even when 20 arrive at once', async () => {
    const user = uuidv7();
    const key = uuidv7();
    const results = await Promise.all(Array.from({ length: 20 }, () => write(user, key, 'same')));
    const ids = new Set(results.map((r) => r.result.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
  });

  it('refuses the same key with a different payload', async () => {
    const user = uuidv7();
    const key = uuidv7();
    await write(user, key, 'one');
    await expect(write(user, key, 'two')).rejects.toBeInstanceOf(DomainError);
  });

  it('forgets the key when the write rolls back, so the retry can succeed', async () => {
    const user = uuidv7();
    const key = uuidv7();
    await expect(
      t.db.transaction().execute((trx) =>
        withIdempotency(trx, { userId: user, key, payload: {} }, async () => {
          throw new Error('boom');
        }),
      ),
    ).rejects.toThrow('boom');
    const again = await t.db
      .transaction()
      .execute((trx) => withIdempotency(trx, { userId: user, key, payload: {} }, async () => 'done'));
    expect(again).toEqual({ result: 'done', replayed: false });
  });

  it('with the answer known up front, stores it with the claim: the first call gets its own result, a retry the stored answer, and it acts once', async () => {
    const user = uuidv7();
    const key = uuidv7();
    const once = (note: string) =>
      t.db.transaction().execute((trx) =>
        withIdempotency<{ id: string; extra?: number }>(
          trx,
          { userId: user, key, payload: { note }, answer: { id: 'client-id' } },
          async () => {
            const r = await sql<{ id: number }>`
              INSERT INTO idem_probe (note) VALUES (${note}) RETURNING id`.execute(trx);
            return { id: 'client-id', extra: r.rows[0].id };
          },
        ),
      );
    const before = await t.pool.query('SELECT count(*)::int AS n FROM idem_probe');
    const results = await Promise.all(Array.from({ length: 10 }, () => once('known')));
    const fresh = results.filter((r) => !r.replayed);
    expect(fresh).toHaveLength(1);
    expect(fresh[0].result.extra).toBeGreaterThan(0);
    for (const r of results.filter((x) => x.replayed)) expect(r.result).toEqual({ id: 'client-id' });
    const after = await t.pool.query('SELECT count(*)::int AS n FROM idem_probe');
    expect(after.rows[0].n - before.rows[0].n).toBe(1);
    await expect(once('other')).rejects.toBeInstanceOf(DomainError);
  });

  it('with the answer known up front, a rolled-back write leaves no stored answer behind', async () => {
    const user = uuidv7();
    const key = uuidv7();
    await expect(
      t.db.transaction().execute((trx) =>
        withIdempotency(trx, { userId: user, key, payload: {}, answer: 'stored' }, async () => {
          throw new Error('boom');
        }),
      ),
    ).rejects.toThrow('boom');
    const rows = await t.pool.query('SELECT 1 FROM platform_idempotency WHERE user_id = $1', [user]);
    expect(rows.rowCount).toBe(0);
  });
});
