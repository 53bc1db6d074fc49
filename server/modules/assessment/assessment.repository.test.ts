/** Snapshot of the hand-written SQL of the repository (rule 13). */
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { DB } from '../../platform/db/db.ts';
import { bestPortraitsQuery } from './assessment.repository.ts';

const db = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

describe('bestPortraits', () => {
  it('orders by the mean of the needed traits in the database, halving traits with no evidence', () => {
    const q = bestPortraitsQuery(db, 'd', sql<boolean>`true`, [1, 7], 10).compile();
    expect(q.sql).toMatchInlineSnapshot(
      `"select "p"."person_id", "p"."unit_node_id", "p"."person_name", array_to_string(p.scores, ',') as "scores", array_to_string(p.evidence, ',') as "evidence", "p"."tags" from "assessment_portraits" as "p" where "p"."district_id" = $1 and true order by (SELECT avg(CASE WHEN p.evidence[i] > 0 THEN p.scores[i] ELSE p.scores[i] / 2 END) FROM unnest($2::int[]) AS i) desc, "p"."person_id" limit $3"`,
    );
    expect(q.parameters).toEqual(['d', [2, 8], 10]);
  });
});
