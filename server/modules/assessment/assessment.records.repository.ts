/**
 * The records gathered around a cadre: the field's observations, work reports 云端述事 and the
 * political-quality file 一人一档.
 * One function per query, named for what it returns; re-exported by assessment.repository.ts.
 */
import { type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { likeEscape } from '../../platform/db/like.ts';

type Scope = Expression<SqlBool>;

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
  if (f.q) q = q.where('note', 'like', '%' + likeEscape(f.q) + '%');
  return q.orderBy('occurred_on', 'desc').orderBy('id', 'desc').limit(1000).execute();
}
