/**
 * The quarterly cycle: cycles and their sheets (SQL of assessment_cycles, assessment_sheets).
 * One function per query, named for what it returns; re-exported by assessment.repository.ts.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { DIMENSIONS, type Grade } from './assessment.rules.ts';
import { updateVersionedReturning } from '../../platform/db/versioned.ts';

type Scope = Expression<SqlBool>;

/** A district's cycles, newest first. */
export function findCycles(db: Executor, districtIds: string[]) {
  if (districtIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assessment_cycles')
    .selectAll()
    .where('district_id', 'in', districtIds)
    .orderBy('quarter', 'desc')
    .execute();
}

/** A cycle by id within the districts. */
export function findCycle(db: Executor, districtIds: string[], id: string) {
  if (districtIds.length === 0) return Promise.resolve(undefined);
  return db
    .selectFrom('assessment_cycles')
    .selectAll()
    .where('district_id', 'in', districtIds)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A district's cycle of a quarter. */
export function findCycleOfQuarter(db: Executor, districtId: string, quarter: string) {
  return db
    .selectFrom('assessment_cycles')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('quarter', '=', quarter)
    .executeTakeFirst();
}

/** Creates a cycle (null when the quarter already has one). */
export function insertCycle(
  db: Executor,
  v: {
    district_id: string;
    id: string;
    quarter: string;
    summary_due: string;
    review_due: string;
    assess_due: string;
    publish_due: string;
    good_quota: number;
    sheets: number;
    dispatched_by: string | null;
  },
) {
  return db
    .insertInto('assessment_cycles')
    .values(v)
    .onConflict((oc) => oc.columns(['district_id', 'quarter']).doNothing())
    .returning('id')
    .executeTakeFirst();
}

/** A sheet row as inserted. */
export interface SheetInsert {
  district_id: string;
  id: string;
  cycle_id: string;
  quarter: string;
  person_id: string;
  person_name: string;
  unit_node_id: string;
  unit_name: string;
  post: string;
  rank_title: string;
  dept_type: string;
  items: string;
}

/** Inserts a cycle's sheets, in chunks of 500 rows a statement. */
export async function insertSheets(db: Executor, rows: SheetInsert[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('assessment_sheets')
      .values(rows.slice(i, i + 500))
      .execute();
}

const SHEET_LIST = [
  'id',
  'district_id',
  'cycle_id',
  'quarter',
  'person_id',
  'person_name',
  'unit_node_id',
  'unit_name',
  'post',
  'rank_title',
  'dept_type',
  'status',
  'score',
  'grade',
  'post_mismatch',
  'submitted_at',
  'version',
  'dimension_grades',
  'dimension_scores',
] as const;

/** A cycle's sheets in scope (optionally one unit or state), by unit then name. */
export function findSheets(
  db: Executor,
  districtId: string,
  cycleId: string,
  scope: Scope,
  f: { unitNodeId?: string; status?: string } = {},
) {
  let q = db
    .selectFrom('assessment_sheets')
    .select(SHEET_LIST)
    .where('district_id', '=', districtId)
    .where('cycle_id', '=', cycleId)
    .where(scope);
  if (f.unitNodeId) q = q.where('unit_node_id', '=', f.unitNodeId);
  if (f.status) q = q.where('status', '=', f.status);
  return q.orderBy('unit_name').orderBy('person_name').orderBy('id').execute();
}

/** A cycle's sheets in scope with what a ranking needs (no items, no JSON columns). */
export function findSheetsToRank(db: Executor, districtId: string, cycleId: string, scope: Scope) {
  return db
    .selectFrom('assessment_sheets')
    .select(['id', 'person_id', 'person_name', 'unit_node_id', 'unit_name', 'dept_type', 'score', 'grade'])
    .where('district_id', '=', districtId)
    .where('cycle_id', '=', cycleId)
    .where(scope)
    .execute();
}

/** A sheet by id within the districts. */
export function findSheet(db: Executor, districtIds: string[], id: string, lock = false) {
  if (districtIds.length === 0) return Promise.resolve(undefined);
  let q = db
    .selectFrom('assessment_sheets')
    .selectAll()
    .where('district_id', 'in', districtIds)
    .where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** A person's sheets, newest quarter first. */
export function findSheetsOfPerson(db: Executor, districtId: string, personId: string) {
  return db
    .selectFrom('assessment_sheets')
    .select(SHEET_LIST)
    .where('district_id', '=', districtId)
    .where('person_id', '=', personId)
    .orderBy('quarter', 'desc')
    .execute();
}

/** Writes a sheet if its version is still `version`; the new row, or undefined when it moved. */
export function updateSheet(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Record<string, unknown>,
) {
  return updateVersionedReturning(db, 'assessment_sheets', { districtId, id, version }, set);
}

/** Moves a unit's sheets from one state to the next; the rows moved. */
export function advanceUnitSheets(
  db: Executor,
  districtId: string,
  cycleId: string,
  unitNodeId: string,
  from: string,
  set: Record<string, unknown>,
) {
  return db
    .updateTable('assessment_sheets')
    .set({ ...set, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('cycle_id', '=', cycleId)
    .where('unit_node_id', '=', unitNodeId)
    .where('status', '=', from)
    .returning(['id', 'person_id', 'person_name', 'grade', 'unit_node_id'])
    .execute();
}

/** Counts of a cycle's sheets per unit and state (in scope). */
export function countSheetsByUnit(db: Executor, districtId: string, cycleId: string, scope: Scope) {
  return db
    .selectFrom('assessment_sheets')
    .select(['unit_node_id', 'unit_name', 'status', sql<number>`count(*)::int`.as('n')])
    .where('district_id', '=', districtId)
    .where('cycle_id', '=', cycleId)
    .where(scope)
    .groupBy(['unit_node_id', 'unit_name', 'status'])
    .execute();
}

/** Counts of a cycle's grades (in scope). */
export function countGrades(db: Executor, districtId: string, cycleId: string, scope: Scope) {
  return db
    .selectFrom('assessment_sheets')
    .select(['grade', sql<number>`count(*)::int`.as('n')])
    .where('district_id', '=', districtId)
    .where('cycle_id', '=', cycleId)
    .where('grade', 'is not', null)
    .where(scope)
    .groupBy('grade')
    .execute();
}

/** Grades of a unit's sheets in a cycle other than one sheet (for the quota). */
export function unitGrades(db: Executor, districtId: string, cycleId: string, unitNodeId: string) {
  return db
    .selectFrom('assessment_sheets')
    .select(['id', 'grade'])
    .where('district_id', '=', districtId)
    .where('cycle_id', '=', cycleId)
    .where('unit_node_id', '=', unitNodeId)
    .execute();
}

/** A cycle's sheets in scope as a grade import reads them, by id (locked when committing). */
export function findSheetsToGrade(
  db: Executor,
  districtId: string,
  cycleId: string,
  scope: Scope,
  lock = false,
) {
  let q = db
    .selectFrom('assessment_sheets')
    .select(['id', 'person_id', 'person_name', 'unit_node_id', 'unit_name', 'status', 'grade'])
    .where('district_id', '=', districtId)
    .where('cycle_id', '=', cycleId)
    .where(scope)
    .orderBy('id');
  if (lock) q = q.forUpdate();
  return q.execute();
}

/** Grades many sheets in one statement (a grade import): each becomes assessed with its grade. */
export function setSheetGrades(
  db: Executor,
  districtId: string,
  grades: { id: string; grade: string }[],
  at: Date,
) {
  if (grades.length === 0) return Promise.resolve();
  return setSheetGradesQuery(districtId, grades, at)
    .execute(db)
    .then(() => undefined);
}

/** The statement of setSheetGrades (its SQL text has a snapshot test). */
export function setSheetGradesQuery(districtId: string, grades: { id: string; grade: string }[], at: Date) {
  return sql`UPDATE assessment_sheets s
    SET grade = x.grade, status = 'assessed', assessed_at = ${at}, version = s.version + 1
    FROM json_to_recordset(${JSON.stringify(grades)}::json) AS x(id uuid, grade text)
    WHERE s.district_id = ${districtId} AND s.id = x.id`;
}

/** Published or assessed sheets of some persons in a year (portrait, months, eligibility). */
export function findGradedSheets(
  db: Executor,
  districtId: string,
  f: { personIds?: string[]; quarters: string[] },
) {
  if (f.personIds?.length === 0 || f.quarters.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('assessment_sheets')
    .select([
      'id',
      'person_id',
      'quarter',
      'unit_node_id',
      'score',
      'grade',
      'dimension_scores',
      'dimension_grades',
      'status',
      'post_mismatch',
    ])
    .where('district_id', '=', districtId)
    .where('quarter', 'in', f.quarters)
    .where('status', 'in', ['assessed', 'fed_back', 'published']);
  if (f.personIds) q = q.where('person_id', 'in', f.personIds);
  return q.execute();
}

/** The dimension grades of some persons' graded sheets in some quarters (their promotion months). */
export function findDimensionGrades(
  db: Executor,
  districtId: string,
  f: { personIds: string[]; quarters: string[] },
) {
  if (f.personIds.length === 0 || f.quarters.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assessment_sheets')
    .select(['person_id', 'quarter', 'dimension_grades'])
    .where('district_id', '=', districtId)
    .where('quarter', 'in', f.quarters)
    .where('status', 'in', ['assessed', 'fed_back', 'published'])
    .where(sql<boolean>`person_id = ANY(${f.personIds}::uuid[])`)
    .execute();
}

/**
 * Per person and year, the graded sheets' 好 and 较差 ratings on the four dimensions counted (what
 * the promotion months read of a quarter): one row per person and year instead of each sheet's
 * grades, for the whole district's months.
 */
export function countDimensionGrades(
  db: Executor,
  districtId: string,
  f: { personIds: string[]; quarters: string[] },
) {
  if (f.personIds.length === 0 || f.quarters.length === 0) return Promise.resolve([]);
  return countDimensionGradesQuery(db, districtId, f).execute();
}

/** The statement of countDimensionGrades (its SQL text has a snapshot test). */
export function countDimensionGradesQuery(
  db: Executor,
  districtId: string,
  f: { personIds: string[]; quarters: string[] },
) {
  const count = (grade: Grade) =>
    sql.join(
      DIMENSIONS.map((d) => sql`(coalesce(dimension_grades->>${d}, '') = ${grade})::int`),
      sql` + `,
    );
  return db
    .selectFrom('assessment_sheets')
    .select([
      'person_id',
      sql<number>`substr(quarter, 1, 4)::int`.as('year'),
      sql<number>`sum(${count('good')})::int`.as('good'),
      sql<number>`sum(${count('poor')})::int`.as('last'),
    ])
    .where('district_id', '=', districtId)
    .where('quarter', 'in', f.quarters)
    .where('status', 'in', ['assessed', 'fed_back', 'published'])
    .where(sql<boolean>`person_id = ANY(${f.personIds}::uuid[])`)
    .groupBy(['person_id', sql`substr(quarter, 1, 4)`]);
}

/** Sheets waiting on the actor's units (review) or the cadre (own), for the to-do list. */
export function findOpenSheets(db: Executor, f: { scope?: Scope; personId?: string; status: string }) {
  let q = db
    .selectFrom('assessment_sheets as s')
    .innerJoin('assessment_cycles as c', (j) =>
      j.onRef('c.district_id', '=', 's.district_id').onRef('c.id', '=', 's.cycle_id'),
    )
    .select(['s.id', 's.quarter', 's.person_name', 's.unit_name', 'c.summary_due', 'c.review_due'])
    .where('c.status', '=', 'open')
    .where('s.status', '=', f.status);
  if (f.scope) q = q.where(f.scope);
  if (f.personId) q = q.where('s.person_id', '=', f.personId);
  return q.orderBy('s.quarter', 'desc').orderBy('s.person_name').limit(200).execute();
}
