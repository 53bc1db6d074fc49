/**
 * Points 积分 and promotion-month declarations 职级晋升 (SQL of assessment_points,
 * assessment_declarations).
 * One function per query, named for what it returns; re-exported by assessment.repository.ts.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { updateVersionedReturning } from '../../platform/db/versioned.ts';

type Scope = Expression<SqlBool>;

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
  return updateVersionedReturning(
    db,
    'assessment_declarations',
    { districtId, id, version },
    { ...set, updated_at: new Date() },
  );
}
