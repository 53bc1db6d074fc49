/** SQL of the follow-up notices: the patients whose next follow-up falls due soon, and who is to be told. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { FOLLOWUP_CYCLE_DAYS } from './psych.rules.ts';

/** The cycle of each risk level 0–5 as a PostgreSQL array (indexed from 1). */
const cycles = () => [0, 1, 2, 3, 4, 5].map((l) => FOLLOWUP_CYCLE_DAYS[l] ?? 90);

/**
 * Patients whose next follow-up is due on or before `until`, with that day; a patient with no grid
 * worker comes with the path of the community over its node (its officers arrange the follow-up).
 */
export async function findFollowupsDue(db: Executor, until: string) {
  const { rows } = await sql<{
    district_id: string;
    id: string;
    name_mask: string;
    grid_worker_id: string | null;
    community_path: string | null;
    due: string;
  }>`
    SELECT p.district_id, p.id, p.name_mask, p.grid_worker_id, c.path AS community_path, d.due::text AS due
    FROM psych_patients p
    CROSS JOIN LATERAL (SELECT coalesce(p.last_visit_on, p.registered_on)
      + (${cycles()}::int[])[p.risk_level + 1] AS due) d
    LEFT JOIN LATERAL (
      SELECT cn.path FROM org_nodes n
      JOIN org_nodes cn ON cn.district_id = n.district_id AND cn.level = 'community'
        AND n.path LIKE cn.path || '%'
      WHERE p.grid_worker_id IS NULL AND n.district_id = p.district_id AND n.id = p.node_id
      LIMIT 1) c ON true
    WHERE d.due <= ${until}::date
    ORDER BY p.district_id, d.due
    LIMIT 20000`.execute(db);
  return rows;
}
