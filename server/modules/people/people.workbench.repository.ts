/** SQL of the people figures on the home page: pending imports and people counted under a subtree. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { likeEscape } from './people.repository.ts';

/** An uploader's previews still waiting for their commit (the officer's to-do). */
export async function countPendingImports(db: Executor, userId: string, now: Date): Promise<number> {
  const [{ n }] = await db
    .selectFrom('people_import_batches')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('status', '=', 'pending')
    .where('expires_at', '>', now)
    .execute();
  return Number(n);
}

/** Counts of persons per identity kind under a node (a '' kind: everyone), from the kept counts. */
export async function countsUnder(db: Executor, districtId: string, path: string) {
  const { rows } = await sql<{ kind: string; n: string }>`
    SELECT c.kind, sum(c.n)::bigint AS n
    FROM people_node_counts c
    WHERE c.district_id = ${districtId}
      AND c.node_id IN (SELECT id FROM org_nodes WHERE path LIKE ${likeEscape(path) + '%'})
    GROUP BY c.kind`.execute(db);
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}
