/** SQL of each district's evaluation thresholds (tasks_settings; the defaults live in code). */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DB, Executor } from '../../platform/db/db.ts';
import type { EvalSettings } from './tasks.rules.ts';

/** Each district's evaluation thresholds (every district evaluated has an entry). */
export type DistrictSettings = Map<string, EvalSettings>;

/** A district's stored thresholds row, or undefined when it uses the defaults. */
export function findSettings(exec: Executor, districtId: string, forUpdate = false) {
  let q = exec.selectFrom('tasks_settings').selectAll().where('district_id', '=', districtId);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The thresholds of each district, the defaults filling in for districts without a row (one read). */
export async function settingsOf(
  exec: Executor,
  districtIds: string[],
  defaults: EvalSettings,
): Promise<DistrictSettings> {
  const rows = districtIds.length
    ? await exec.selectFrom('tasks_settings').selectAll().where('district_id', 'in', districtIds).execute()
    : [];
  const byId = new Map(rows.map((r) => [r.district_id, r]));
  return new Map(districtIds.map((id) => [id, thresholdsOf(byId.get(id), defaults)]));
}

/** A district's thresholds from its stored row, or the defaults when it has none. */
export function thresholdsOf(
  r: Selectable<DB['tasks_settings']> | undefined,
  defaults: EvalSettings,
): EvalSettings {
  return r
    ? {
        yellowMargin: r.yellow_margin,
        redMargin: r.red_margin,
        redDaysForAccountability: r.red_days_for_accountability,
        deadlineNoticeDays: r.deadline_notice_days,
        rankingLagPlaces: r.ranking_lag_places,
        rankingLagDays: r.ranking_lag_days,
        indicatorGraceDays: r.indicator_grace_days,
      }
    : { ...defaults };
}

/** Rewrites a district's thresholds row. */
export function updateSettings(trx: Executor, districtId: string, values: Updateable<DB['tasks_settings']>) {
  return trx.updateTable('tasks_settings').set(values).where('district_id', '=', districtId).execute();
}

/** Inserts a district's first thresholds row; no row when another save inserted it first. */
export function insertSettings(trx: Executor, row: Insertable<DB['tasks_settings']>) {
  return trx
    .insertInto('tasks_settings')
    .values(row)
    .onConflict((oc) => oc.column('district_id').doNothing())
    .executeTakeFirst();
}
