/** All SQL of the assessment module: one function per query, named for what it returns. */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db, Executor } from '../../platform/db/db.ts';
import type { AssessmentUnits } from '../../platform/db/db.generated.ts';
import { DIMENSIONS, type Grade } from './assessment.rules.ts';
import type { Selectable } from 'kysely';

/** A unit row. */
export type UnitRow = Selectable<AssessmentUnits>;
type Scope = Expression<SqlBool>;
const json = (v: unknown) => JSON.stringify(v);

// ---------------------------------------------------------------- settings and units

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

// ---------------------------------------------------------------- indicators

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

// ---------------------------------------------------------------- cycles

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

// ---------------------------------------------------------------- sheets

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
  return db
    .updateTable('assessment_sheets')
    .set({ ...set, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
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

// ---------------------------------------------------------------- observations

/** Inserts an observation. */
export function insertObservation(
  db: Executor,
  v: Record<string, unknown> & { district_id: string; id: string },
) {
  return db
    .insertInto('assessment_observations')
    .values(v as never)
    .execute();
}

/** Observations of units in scope, newest first (optionally one unit, one person or a period). */
export function findObservations(
  db: Executor,
  districtId: string,
  scope: Scope,
  f: { unitNodeId?: string; personId?: string; from?: string; to?: string } = {},
) {
  let q = db
    .selectFrom('assessment_observations')
    .selectAll()
    .where('district_id', '=', districtId)
    .where(scope);
  if (f.unitNodeId) q = q.where('unit_node_id', '=', f.unitNodeId);
  if (f.personId) q = q.where((e) => e.or([e('person_id', '=', f.personId!), e('person_id', 'is', null)]));
  if (f.from) q = q.where('observed_on', '>=', f.from);
  if (f.to) q = q.where('observed_on', '<=', f.to);
  return q.orderBy('observed_on', 'desc').limit(500).execute();
}

// ---------------------------------------------------------------- work reports

/** Inserts a work report. */
export function insertReport(db: Executor, v: Record<string, unknown> & { district_id: string; id: string }) {
  return db
    .insertInto('assessment_reports')
    .values(v as never)
    .execute();
}

/** Work reports (a person's, or the units' in scope), newest first. */
export function findReports(
  db: Executor,
  districtId: string,
  f: {
    scope?: Scope;
    personId?: string;
    unitNodeId?: string;
    status?: string;
    outstanding?: boolean;
    from?: string;
    to?: string;
  },
) {
  let q = db.selectFrom('assessment_reports').selectAll().where('district_id', '=', districtId);
  if (f.scope) q = q.where(f.scope);
  if (f.personId) q = q.where('person_id', '=', f.personId);
  if (f.unitNodeId) q = q.where('unit_node_id', '=', f.unitNodeId);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.outstanding !== undefined) q = q.where('outstanding', '=', f.outstanding);
  if (f.from) q = q.where('happened_on', '>=', f.from);
  if (f.to) q = q.where('happened_on', '<=', f.to);
  return q.orderBy('happened_on', 'desc').orderBy('id', 'desc').limit(1000).execute();
}

/** One work report within the districts. */
export function findReport(db: Executor, districtIds: string[], id: string, lock = false) {
  if (districtIds.length === 0) return Promise.resolve(undefined);
  let q = db
    .selectFrom('assessment_reports')
    .selectAll()
    .where('district_id', 'in', districtIds)
    .where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Records a supervisor's decision on a work report. */
export function decideReport(db: Executor, districtId: string, id: string, set: Record<string, unknown>) {
  return db
    .updateTable('assessment_reports')
    .set(set)
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Files of some reports (without their bytes). */
export function findReportFiles(db: Executor, districtId: string, reportIds: string[]) {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assessment_report_files')
    .select(['id', 'report_id', 'name', 'mime', 'size'])
    .where('district_id', '=', districtId)
    .where('report_id', 'in', reportIds)
    .orderBy('created_at')
    .execute();
}

/** One file's bytes. */
export function findReportFile(db: Executor, districtId: string, reportId: string, id: string) {
  return db
    .selectFrom('assessment_report_files')
    .select(['mime', 'name', 'data'])
    .where('district_id', '=', districtId)
    .where('report_id', '=', reportId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Adds a file to a report. */
export function insertReportFile(
  db: Executor,
  v: {
    district_id: string;
    id: string;
    report_id: string;
    name: string;
    mime: string;
    size: number;
    data: Buffer;
  },
) {
  return db.insertInto('assessment_report_files').values(v).execute();
}

// ---------------------------------------------------------------- political quality

/** Inserts a political-quality entry. */
export function insertPqEntry(
  db: Executor,
  v: Record<string, unknown> & { district_id: string; id: string },
) {
  return db
    .insertInto('assessment_pq_entries')
    .values(v as never)
    .execute();
}

/** Political-quality entries: a person's, or the library's (filters), newest first. */
export function findPqEntries(
  db: Executor,
  districtId: string,
  f: {
    scope: Scope;
    personId?: string;
    indicatorCode?: string;
    method?: string;
    q?: string;
    library?: boolean;
  },
) {
  let q = db
    .selectFrom('assessment_pq_entries')
    .selectAll()
    .where('district_id', '=', districtId)
    .where(f.scope);
  if (f.personId) q = q.where('person_id', '=', f.personId);
  if (f.indicatorCode) q = q.where('indicator_code', '=', f.indicatorCode);
  if (f.method) q = q.where('method', '=', f.method);
  if (f.library) q = q.where('in_library', '=', true);
  if (f.q) q = q.where('note', 'like', '%' + f.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%');
  return q.orderBy('occurred_on', 'desc').orderBy('id', 'desc').limit(1000).execute();
}

// ---------------------------------------------------------------- points

/** Inserts a manual points request. */
export function insertPoints(db: Executor, v: Record<string, unknown> & { district_id: string; id: string }) {
  return db
    .insertInto('assessment_points')
    .values(v as never)
    .execute();
}

/** Manual points of persons in a period (any status). */
export function findPoints(
  db: Executor,
  districtId: string,
  f: { personIds?: string[]; from: string; to: string; status?: string },
) {
  if (f.personIds?.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('assessment_points')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('day', '>=', f.from)
    .where('day', '<=', f.to);
  if (f.personIds) q = q.where('person_id', 'in', f.personIds);
  if (f.status) q = q.where('status', '=', f.status);
  return q.orderBy('day').execute();
}

/**
 * Approved manual points of a quarter summed per person, one sum per month (m1, m2, m3 from the
 * first days of the quarter's months): one row per person, and no month text computed per row.
 */
export function sumApprovedPoints(
  db: Executor,
  districtId: string,
  f: { months: readonly [string, string, string]; to: string; personIds?: string[] },
) {
  if (f.personIds?.length === 0) return Promise.resolve([]);
  return sumApprovedPointsQuery(db, districtId, f).execute();
}

/** The statement of sumApprovedPoints (its SQL text has a snapshot test). */
export function sumApprovedPointsQuery(
  db: Executor,
  districtId: string,
  f: { months: readonly [string, string, string]; to: string; personIds?: string[] },
) {
  const [first, second, third] = f.months;
  let q = db
    .selectFrom('assessment_points')
    .select([
      'person_id',
      sql<number>`coalesce(sum(points) FILTER (WHERE day < ${second}), 0)::float8`.as('m1'),
      sql<number>`coalesce(sum(points) FILTER (WHERE day >= ${second} AND day < ${third}), 0)::float8`.as(
        'm2',
      ),
      sql<number>`coalesce(sum(points) FILTER (WHERE day >= ${third}), 0)::float8`.as('m3'),
    ])
    .where('district_id', '=', districtId)
    .where('status', '=', 'approved')
    .where('day', '>=', first)
    .where('day', '<=', f.to);
  // one array parameter, not one parameter per person (10,000 cadres; at most 65,535 parameters)
  if (f.personIds) q = q.where(sql<boolean>`person_id = ANY(${f.personIds}::uuid[])`);
  return q.groupBy('person_id');
}

/** Pending manual points in scope. */
export function findPendingPoints(db: Executor, districtId: string, scope: Scope) {
  return db
    .selectFrom('assessment_points')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('status', '=', 'pending')
    .where(scope)
    .orderBy('created_at')
    .limit(500)
    .execute();
}

/** One manual points row within the districts, locked. */
export function findPointsRow(db: Executor, districtIds: string[], id: string) {
  if (districtIds.length === 0) return Promise.resolve(undefined);
  return db
    .selectFrom('assessment_points')
    .selectAll()
    .where('district_id', 'in', districtIds)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Decides a manual points request. */
export function decidePoints(db: Executor, districtId: string, id: string, set: Record<string, unknown>) {
  return db
    .updateTable('assessment_points')
    .set(set)
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

// ---------------------------------------------------------------- declarations

/** Inserts a declaration. */
export function insertDeclaration(
  db: Executor,
  v: Record<string, unknown> & { district_id: string; id: string },
) {
  return db
    .insertInto('assessment_declarations')
    .values(v as never)
    .execute();
}

/** Declarations of a person, or of the units in scope (a status), newest first. */
export function findDeclarations(
  db: Executor,
  districtId: string,
  f: { scope?: Scope; personIds?: string[]; status?: string; years?: number[] },
) {
  if (f.personIds?.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('assessment_declarations').selectAll().where('district_id', '=', districtId);
  if (f.scope) q = q.where(f.scope);
  // one array parameter, not one parameter per person (10,000 cadres: a 10,000-parameter statement)
  if (f.personIds) q = q.where(sql<boolean>`person_id = ANY(${f.personIds}::uuid[])`);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.years) q = q.where('year', 'in', f.years);
  q = q.orderBy('created_at', 'desc');
  // a list page stops at 5,000; the named persons' declarations are read whole (their months need all)
  return (f.personIds ? q : q.limit(5000)).execute();
}

/** One declaration within the districts, locked. */
export function findDeclaration(db: Executor, districtIds: string[], id: string) {
  if (districtIds.length === 0) return Promise.resolve(undefined);
  return db
    .selectFrom('assessment_declarations')
    .selectAll()
    .where('district_id', 'in', districtIds)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Moves a declaration on if its version is still `version`. */
export function updateDeclaration(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Record<string, unknown>,
) {
  return db
    .updateTable('assessment_declarations')
    .set({ ...set, updated_at: new Date(), version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

// ---------------------------------------------------------------- portraits and peer reviews

/** Adds or replaces a reviewer's peer review of a person for a quarter. */
export function upsertPeerReview(
  db: Executor,
  v: {
    district_id: string;
    id: string;
    person_id: string;
    unit_node_id: string;
    quarter: string;
    scores: string;
    created_by: string;
  },
) {
  return db
    .insertInto('assessment_peer_reviews')
    .values(v)
    .onConflict((oc) =>
      oc.columns(['district_id', 'person_id', 'quarter', 'created_by']).doUpdateSet({ scores: v.scores }),
    )
    .execute();
}

/** Peer reviews of some persons. */
export function findPeerReviews(db: Executor, districtId: string, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('assessment_peer_reviews')
    .select(['person_id', 'scores'])
    .where('district_id', '=', districtId)
    .where('person_id', 'in', personIds)
    .execute();
}

/** Stores portraits (replacing earlier ones). */
export async function upsertPortraits(
  db: Executor,
  rows: {
    district_id: string;
    person_id: string;
    unit_node_id: string;
    person_name: string;
    scores: number[];
    evidence: number[];
    tags: string[];
  }[],
) {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('assessment_portraits')
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, updated_at: new Date() })))
      .onConflict((oc) =>
        oc.columns(['district_id', 'person_id']).doUpdateSet((eb) => ({
          unit_node_id: eb.ref('excluded.unit_node_id'),
          person_name: eb.ref('excluded.person_name'),
          scores: eb.ref('excluded.scores'),
          evidence: eb.ref('excluded.evidence'),
          tags: eb.ref('excluded.tags'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
}

/** A district's stored portraits in scope. */
export function findPortraits(db: Executor, districtId: string, scope: Scope) {
  return (
    db
      .selectFrom('assessment_portraits')
      // the number arrays travel as plain text: node-pg's generic array parser cost ~30 µs a row
      .select([
        'person_id',
        'unit_node_id',
        'person_name',
        sql<string>`array_to_string(scores, ',')`.as('scores'),
        sql<string>`array_to_string(evidence, ',')`.as('evidence'),
        'tags',
      ])
      .where('district_id', '=', districtId)
      .where(scope)
      .execute()
      .then((rows) =>
        rows.map((r) => ({
          ...r,
          scores: r.scores.split(',').map(Number),
          evidence: r.evidence.split(',').map(Number),
        })),
      )
  );
}

/**
 * The portraits in scope that best match some traits (by their index in TRAITS), best first: the
 * mean of their scores on those traits, a trait with no evidence counting half (as `suggest` in
 * assessment.portrait.ts), computed in the database so only `limit` rows travel.
 */
export function bestPortraits(
  db: Executor,
  districtId: string,
  scope: Scope,
  traitIndexes: number[],
  limit: number,
) {
  if (traitIndexes.length === 0) return Promise.resolve([]);
  return bestPortraitsQuery(db, districtId, scope, traitIndexes, limit)
    .execute()
    .then((rows) =>
      rows.map((r) => ({
        ...r,
        scores: r.scores.split(',').map(Number),
        evidence: r.evidence.split(',').map(Number),
      })),
    );
}

/** The statement of bestPortraits (its SQL text has a snapshot test). */
export function bestPortraitsQuery(
  db: Executor,
  districtId: string,
  scope: Scope,
  traitIndexes: number[],
  limit: number,
) {
  // PostgreSQL arrays count from 1; one plain sum per row (a subquery over unnest per row cost
  // ten times as much over 10,000 portraits)
  const traitScore = sql.join(
    traitIndexes.map((i) => {
      const k = sql.lit(Math.trunc(i) + 1);
      return sql`CASE WHEN p.evidence[${k}] > 0 THEN p.scores[${k}] ELSE p.scores[${k}] / 2 END`;
    }),
    sql` + `,
  );
  // the best persons are picked over keys only, then their rows are read: turning every row's
  // arrays into text before the sort cost more than the sort itself
  return db
    .selectFrom('assessment_portraits as o')
    .select([
      'o.person_id',
      'o.unit_node_id',
      'o.person_name',
      sql<string>`array_to_string(o.scores, ',')`.as('scores'),
      sql<string>`array_to_string(o.evidence, ',')`.as('evidence'),
      'o.tags',
    ])
    .where('o.district_id', '=', districtId)
    .where('o.person_id', 'in', (eb) =>
      eb
        .selectFrom('assessment_portraits as p')
        .select('p.person_id')
        .where('p.district_id', '=', districtId)
        .where(scope)
        .orderBy(sql`(${traitScore})`, 'desc')
        .orderBy('p.person_id')
        .limit(limit),
    );
}

// ---------------------------------------------------------------- rotation plans

/** Inserts a rotation plan. */
export function insertRotationPlan(
  db: Executor,
  v: Record<string, unknown> & { district_id: string; id: string },
) {
  return db
    .insertInto('assessment_rotation_plans')
    .values(v as never)
    .execute();
}

/** Rotation plans in scope. */
export function findRotationPlans(db: Executor, districtId: string, scope: Scope) {
  return db
    .selectFrom('assessment_rotation_plans')
    .selectAll()
    .where('district_id', '=', districtId)
    .where(scope)
    .orderBy('planned_on')
    .limit(2000)
    .execute();
}

/** Changes a plan's status. */
export function updateRotationPlan(db: Executor, districtIds: string[], id: string, status: string) {
  if (districtIds.length === 0) return Promise.resolve(undefined);
  return db
    .updateTable('assessment_rotation_plans')
    .set({ status })
    .where('district_id', 'in', districtIds)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

// ---------------------------------------------------------------- dashboard figures

/** Sheets of a year under a subtree: per quarter and grade, and how many published. */
export function yearSheetCounts(db: Db, districtId: string, year: number, scope: Scope) {
  return db
    .selectFrom('assessment_sheets')
    .select(['quarter', 'status', 'grade', sql<number>`count(*)::int`.as('n')])
    .where('district_id', '=', districtId)
    .where('quarter', 'like', `${year}Q%`)
    .where(scope)
    .groupBy(['quarter', 'status', 'grade'])
    .execute();
}

/** Work reports of a year under a subtree, and the cadres with an outstanding one. */
export async function yearReportCounts(db: Db, districtId: string, year: number, scope: Scope) {
  const r = await db
    .selectFrom('assessment_reports')
    .select([
      sql<number>`count(*) FILTER (WHERE status <> 'rejected')::int`.as('logged'),
      sql<number>`count(DISTINCT person_id) FILTER (WHERE outstanding)::int`.as('outstanding'),
    ])
    .where('district_id', '=', districtId)
    .where('happened_on', '>=', `${year}-01-01`)
    .where('happened_on', '<=', `${year}-12-31`)
    .where(scope)
    .executeTakeFirstOrThrow();
  return r;
}
