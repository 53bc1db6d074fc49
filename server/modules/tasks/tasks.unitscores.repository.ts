/** SQL of units' performance scores from outside the task lists (tasks_unit_scores). */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

export interface UnitScoreRow {
  district_id: string;
  id: string;
  unit_node_id: string;
  year: number;
  source: string;
  label: string;
  score: number;
  recorded_by: string | null;
}

/** Records a source's score of a unit, or replaces it when the same source scores again. */
export async function upsertUnitScore(trx: Executor, s: UnitScoreRow) {
  await trx
    .insertInto('tasks_unit_scores')
    .values(s)
    .onConflict((oc) =>
      oc.columns(['district_id', 'source']).doUpdateSet({
        score: s.score,
        label: s.label,
        unit_node_id: s.unit_node_id,
        year: s.year,
        recorded_by: s.recorded_by,
        recorded_at: sql`now()`,
      }),
    )
    .execute();
}

/** A year's scores of the units in scope, each with its unit's name, newest first. */
export function findUnitScores(db: Executor, inScope: Expression<SqlBool>, year: number) {
  return db
    .selectFrom('tasks_unit_scores as s')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 's.district_id').onRef('n.id', '=', 's.unit_node_id'),
    )
    .select(['s.unit_node_id', 'n.name as unit_name', 's.source', 's.label', 's.score', 's.recorded_at'])
    .where('s.year', '=', year)
    .where(inScope)
    .orderBy('n.name')
    .orderBy('s.recorded_at', 'desc')
    .execute();
}
