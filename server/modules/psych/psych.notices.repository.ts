/** SQL of the follow-up notices: the patients with a grid worker whose next follow-up falls due soon. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { FOLLOWUP_CYCLE_DAYS } from './psych.rules.ts';

/** The cycle of each risk level 0–5 as a PostgreSQL array (indexed from 1). */
const cycles = () => [0, 1, 2, 3, 4, 5].map((l) => FOLLOWUP_CYCLE_DAYS[l] ?? 90);

/** Patients with a grid worker whose next follow-up is due on or before `until`, with that day. */
export async function findFollowupsDue(db: Executor, until: string) {
  const { rows } = await sql<{
    district_id: string;
    id: string;
    name_mask: string;
    grid_worker_id: string;
    due: string;
  }>`
    SELECT p.district_id, p.id, p.name_mask, p.grid_worker_id, d.due::text AS due
    FROM psych_patients p
    CROSS JOIN LATERAL (SELECT coalesce(p.last_visit_on, p.registered_on)
      + (${cycles()}::int[])[p.risk_level + 1] AS due) d
    WHERE p.grid_worker_id IS NOT NULL AND d.due <= ${until}::date
    ORDER BY p.district_id, d.due
    LIMIT 20000`.execute(db);
  return rows;
}
