/**
 * The dashboard's grid-head patrol coverage counted in SQL (coverageTotal) equals the total of the
 * full coverage read row by row (coverage(...).total), on seeded headships that begin and end
 * inside the period, overlap, and walks inside and outside it, walked as head or not.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../platform/ids.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let officer: Client; // 福田区
let street: Client; // 福田街道

/** A small repeatable sequence of numbers in [0, 1). */
function numbers(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const day = (d: string, n: number) =>
  new Date(Date.parse(d + 'T00:00:00Z') + n * 86400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  const next = numbers(17);
  const grids = [env.nodes.grid111, env.nodes.grid211, env.nodes.micro1111];
  const users = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
  for (let i = 0; i < 14; i++) {
    const g = grids[i % grids.length];
    const user = users[Math.floor(next() * users.length)];
    const from = day('2025-11-20', Math.floor(next() * 300));
    const to = next() < 0.4 ? null : day(from, Math.floor(next() * 200));
    await sql`
      INSERT INTO grid_assignments (district_id, id, user_id, user_name, node_id, kind, from_day, to_day)
      VALUES (${g.districtId}, ${uuidv7()}, ${user}, '网格长' || ${i}, ${g.id}, 'head', ${from}::date, ${to}::date)`.execute(
      env.db,
    );
    // walks by this head on this grid (as head or not), some outside the headship
    for (let k = 0; k < 20; k++) {
      const started = day('2025-12-01', Math.floor(next() * 420));
      await sql`
        INSERT INTO grid_patrols (district_id, id, node_id, user_id, user_name, started_at, ended_at, as_head, week)
        VALUES (${g.districtId}, ${uuidv7()}, ${g.id}, ${user}, '网格长', ${started}::timestamptz, ${started}::timestamptz,
                ${next() < 0.85}, date_trunc('week', ${started}::date)::date)`.execute(env.db);
    }
  }
});
afterAll(() => env.close());

describe('grid-head patrol coverage on the dashboard, counted in SQL', () => {
  it('equals the full coverage total over periods and nodes', async () => {
    const grid = env.services.grid;
    const asked: [Client, string][] = [
      [officer, env.nodes.district.id],
      [officer, env.nodes.street2.id],
      [street, env.nodes.street1.id],
      [street, env.nodes.community11.id],
      [street, env.nodes.grid111.id],
    ];
    const periods = [
      { from: '2026-01-01', to: '2026-12-31' },
      { from: '2026-03-04', to: '2026-06-17' },
      { from: '2025-12-29', to: '2026-01-04' },
      { from: '2026-11-01', to: '2026-12-07' },
      {},
    ];
    let nonEmpty = 0;
    for (const [c, nodeId] of asked)
      for (const p of periods) {
        const full = await grid.coverage(c.ctx, { nodeId, ...p });
        const total = await grid.coverageTotal(c.ctx, { nodeId, ...p });
        expect(total).toEqual({ rate: full.total.rate, definition: full.definition });
        if (full.total.gridWeeks) nonEmpty++;
      }
    expect(nonEmpty).toBeGreaterThan(10);
  });

  it('is asked where the actor may read the grid, and for at most a year', async () => {
    await expect(
      env.services.grid.coverageTotal(street.ctx, { nodeId: env.nodes.street2.id }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      env.services.grid.coverageTotal(officer.ctx, {
        nodeId: env.nodes.district.id,
        from: '2025-01-01',
        to: '2026-12-31',
      }),
    ).rejects.toMatchObject({ status: 422 });
  });
});
