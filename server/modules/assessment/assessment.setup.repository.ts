/**
 * The settings, units and indicators of the assessment (SQL of assessment_settings, assessment_units,
 * assessment_indicators).
 * One function per query, named for what it returns; re-exported by assessment.repository.ts.
 */
import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { AssessmentUnits } from '../../platform/db/db.generated.ts';

/** A unit row. */
export type UnitRow = Selectable<AssessmentUnits>;
const json = (v: unknown) => JSON.stringify(v);

/** A district's stored settings (null when never set). */
export function findSettings(db: Executor, districtId: string) {
  return db
    .selectFrom('assessment_settings')
    .selectAll()
    .where('district_id', '=', districtId)
    .executeTakeFirst();
}

/** Writes a district's settings if its version is still `version` (0: none yet); false when it moved. */
export async function saveSettings(
  db: Executor,
  s: {
    districtId: string;
    goodQuota: number;
    orderPoints: unknown;
    situations: unknown;
    groups: unknown;
    rotation: unknown;
    version: number;
    by: string;
  },
): Promise<boolean> {
  const values = {
    good_quota: s.goodQuota,
    order_points: json(s.orderPoints),
    situations: json(s.situations),
    groups: json(s.groups),
    rotation: json(s.rotation),
    updated_by: s.by,
    updated_at: new Date(),
  };
  if (s.version === 0) {
    const r = await db
      .insertInto('assessment_settings')
      .values({ district_id: s.districtId, ...values })
      .onConflict((oc) => oc.column('district_id').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await db
    .updateTable('assessment_settings')
    .set({ ...values, version: sql`version + 1` })
    .where('district_id', '=', s.districtId)
    .where('version', '=', s.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Stored units of a district (some or all). */
export function findUnits(db: Executor, districtId: string, nodeIds?: string[]) {
  if (nodeIds && nodeIds.length === 0) return Promise.resolve([] as UnitRow[]);
  let q = db.selectFrom('assessment_units').selectAll().where('district_id', '=', districtId);
  if (nodeIds) q = q.where('node_id', 'in', nodeIds);
  return q.orderBy('name').execute();
}

/** Adds units seen for the first time (a concurrent insert of the same unit is kept). */
export async function insertUnits(db: Executor, rows: UnitRow[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('assessment_units')
    .values(rows)
    .onConflict((oc) => oc.columns(['district_id', 'node_id']).doNothing())
    .execute();
}

/** Updates a unit's type and 双点 roles. */
export function updateUnit(
  db: Executor,
  districtId: string,
  nodeId: string,
  v: {
    dept_type: string;
    liaison: boolean;
    observation: boolean;
    supervising_group: string;
    leader_name: string;
  },
) {
  return db
    .updateTable('assessment_units')
    .set({ ...v, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .returningAll()
    .executeTakeFirst();
}

/** A quarter's indicators, common first. */
export function findIndicators(db: Executor, districtId: string, quarter: string) {
  return db
    .selectFrom('assessment_indicators')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('quarter', '=', quarter)
    .orderBy(sql`array_position(array['common','individual','dynamic'], layer)`)
    .orderBy('dept_type')
    .orderBy('post')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One indicator. */
export function findIndicator(db: Executor, districtId: string, id: string) {
  return db
    .selectFrom('assessment_indicators')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** One indicator by id in any of the districts. */
export function findIndicatorIn(db: Executor, districtIds: string[], id: string) {
  if (districtIds.length === 0) return Promise.resolve(undefined);
  return db
    .selectFrom('assessment_indicators')
    .selectAll()
    .where('district_id', 'in', districtIds)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Inserts indicators. */
export async function insertIndicators(
  db: Executor,
  rows: {
    district_id: string;
    id: string;
    quarter: string;
    layer: string;
    dept_type: string | null;
    post: string | null;
    person_id: string | null;
    name: string;
    description: string;
    dimension: string;
    weight: number;
    scoring: string;
    max_score: number;
    evidence_required: boolean;
  }[],
) {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('assessment_indicators')
      .values(rows.slice(i, i + 1000))
      .execute();
}

/** Changes an indicator. */
export function updateIndicator(db: Executor, districtId: string, id: string, set: Record<string, unknown>) {
  return db
    .updateTable('assessment_indicators')
    .set(set)
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/** Removes an indicator. */
export function deleteIndicator(db: Executor, districtId: string, id: string) {
  return db
    .deleteFrom('assessment_indicators')
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}
