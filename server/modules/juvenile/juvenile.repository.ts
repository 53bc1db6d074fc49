/** SQL of the juvenile module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import { nodeInPaths, nodeJoin } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** Where an actor reaches cases: officers by subtree, a social worker the cases assigned to them. */
export interface CaseScope {
  userId: string;
  officer: string[];
  worker: boolean;
}

/** A case row (alias c) is inside the scope. */
export function caseVisible(s: CaseScope): Where {
  const parts: Where[] = [];
  if (s.officer.length) parts.push(nodeInPaths('c.node_id', s.officer));
  if (s.worker) parts.push(sql<SqlBool>`c.worker_user_id = ${s.userId}`);
  if (!parts.length) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(parts, sql` OR `)})`;
}

// ---- sites

/** Sites under the roots, with this year's activities and attendance. */
export function findSites(db: Executor, where: Where, from: string, to: string) {
  return db
    .selectFrom('juvenile_sites as s')
    .innerJoin('org_nodes as n', nodeJoin('s'))
    .selectAll('s')
    .select([
      'n.name as node_name',
      'n.path',
      sql<number>`(SELECT count(*)::int FROM juvenile_activities a WHERE a.district_id = s.district_id
        AND a.site_id = s.id AND a.held_on >= ${from} AND a.held_on < ${to})`.as('activities'),
      sql<number>`(SELECT coalesce(sum(a.attendance), 0)::int FROM juvenile_activities a
        WHERE a.district_id = s.district_id AND a.site_id = s.id AND a.held_on >= ${from}
        AND a.held_on < ${to})`.as('attendance'),
    ])
    .where(where)
    .orderBy('s.kind')
    .orderBy('s.name')
    .execute();
}

/** One site with its node's path. */
export function findSite(db: Executor, id: string) {
  return db
    .selectFrom('juvenile_sites as s')
    .innerJoin('org_nodes as n', nodeJoin('s'))
    .selectAll('s')
    .select(['n.path'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** Stores a site (false when the district already has one of that name). */
export async function insertSite(db: Executor, row: Insertable<DB['juvenile_sites']>) {
  const r = await db
    .insertInto('juvenile_sites')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

// ---- workers

const load = sql<number>`(SELECT count(*)::int FROM juvenile_cases c WHERE c.district_id = w.district_id
  AND c.worker_id = w.id AND c.state = 'helping')`;

/** Workers on the roster under the roots (or of a district), with their current load. */
export function findWorkers(db: Executor, where: Where) {
  return db
    .selectFrom('juvenile_workers as w')
    .innerJoin('org_nodes as n', nodeJoin('w'))
    .selectAll('w')
    .select(['n.name as node_name', 'n.path', load.as('load')])
    .where(where)
    .orderBy('w.name')
    .execute();
}
export type WorkerRow = Awaited<ReturnType<typeof findWorkers>>[number];

/** The workers on a district's roster. */
export function findDistrictWorkers(db: Executor, districtId: string) {
  return findWorkers(db, sql<SqlBool>`w.district_id = ${districtId}`);
}

/** One worker with its node's path and load (locked when asked). */
export function findWorker(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('juvenile_workers as w')
    .innerJoin('org_nodes as n', nodeJoin('w'))
    .selectAll('w')
    .select(['n.name as node_name', 'n.path', load.as('load')])
    .where('w.id', '=', id);
  if (lock) q = q.forUpdate('w');
  return q.executeTakeFirst();
}

/** Stores a worker (false when the account is on the district's roster already). */
export async function insertWorker(db: Executor, row: Insertable<DB['juvenile_workers']>) {
  const r = await db
    .insertInto('juvenile_workers')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** Changes a worker, checking the version. */
export function updateWorker(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['juvenile_workers']>,
) {
  return updateVersioned(db, 'juvenile_workers', { districtId, id, version }, set);
}

// ---- library

/** A district's own library entries. */
export function findLibrary(db: Executor, districtId: string) {
  return db
    .selectFrom('juvenile_library')
    .select(['id', 'kind', 'code', 'name', 'guidance'])
    .where('district_id', '=', districtId)
    .orderBy('kind')
    .orderBy('code')
    .execute();
}

/** Stores a library entry, or replaces the name and guidance of the entry with its code. */
export function upsertLibrary(db: Executor, row: Insertable<DB['juvenile_library']>) {
  return db
    .insertInto('juvenile_library')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['district_id', 'kind', 'code']).doUpdateSet({
        name: (eb) => eb.ref('excluded.name'),
        guidance: (eb) => eb.ref('excluded.guidance'),
      }),
    )
    .execute();
}

// ---- cases

function casesWithNode(db: Executor) {
  return db
    .selectFrom('juvenile_cases as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .leftJoin('juvenile_workers as w', (j) =>
      j.onRef('w.district_id', '=', 'c.district_id').onRef('w.id', '=', 'c.worker_id'),
    )
    .selectAll('c')
    .select([
      'n.name as node_name',
      'n.path',
      'w.name as worker_name',
      sql<number>`(SELECT count(*)::int FROM juvenile_sessions s WHERE s.district_id = c.district_id
        AND s.case_id = c.id)`.as('sessions'),
    ]);
}

/** The cases in the scope, referred in a period and in a state, newest first. */
export function findCases(
  db: Executor,
  scope: Where,
  f: { from?: string; to?: string; state?: string; nodeRoots?: string[] },
) {
  let q = casesWithNode(db).where(scope);
  if (f.nodeRoots) q = q.where(nodeInPaths('c.node_id', f.nodeRoots));
  if (f.from) q = q.where('c.referred_on', '>=', f.from);
  if (f.to) q = q.where('c.referred_on', '<', f.to);
  if (f.state) q = q.where('c.state', '=', f.state);
  return q.orderBy('c.referred_on', 'desc').orderBy('c.id', 'desc').limit(2000).execute();
}

/** One case inside the scope (locked when asked). */
export function findCase(db: Executor, id: string, scope: Where, lock = false) {
  let q = casesWithNode(db).where('c.id', '=', id).where(scope);
  if (lock) q = q.forUpdate('c');
  return q.executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof findCase>>>;

/** Stores a case. */
export function insertCase(db: Executor, row: Insertable<DB['juvenile_cases']>) {
  return db.insertInto('juvenile_cases').values(row).execute();
}

/** Changes a case, checking the version. */
export function updateCase(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['juvenile_cases']>,
) {
  return updateVersioned(db, 'juvenile_cases', { districtId, id, version }, set);
}

/** The next gapless report number of a district's year (the row is locked until commit). */
export async function nextReportNo(db: Executor, districtId: string, year: number) {
  const r = await db
    .insertInto('juvenile_report_numbers')
    .values({ district_id: districtId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'year']).doUpdateSet({ last: sql`juvenile_report_numbers.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}

// ---- sessions and evaluations

export function insertSession(db: Executor, row: Insertable<DB['juvenile_sessions']>) {
  return db.insertInto('juvenile_sessions').values(row).execute();
}

/** A case's sessions, newest first. */
export function findSessions(db: Executor, districtId: string, caseId: string) {
  return db
    .selectFrom('juvenile_sessions')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('case_id', '=', caseId)
    .orderBy('held_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

export function insertEvaluation(db: Executor, row: Insertable<DB['juvenile_evaluations']>) {
  return db.insertInto('juvenile_evaluations').values(row).execute();
}

/** A case's evaluations, oldest first (the trend). */
export function findEvaluations(db: Executor, districtId: string, caseId: string) {
  return db
    .selectFrom('juvenile_evaluations')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('case_id', '=', caseId)
    .orderBy('evaluated_on')
    .orderBy('created_at')
    .execute();
}

// ---- activities

export function insertActivity(db: Executor, row: Insertable<DB['juvenile_activities']>) {
  return db.insertInto('juvenile_activities').values(row).execute();
}

/** Activities at the sites under the roots in a period, newest first. */
export function findActivities(db: Executor, where: Where, from: string, to: string) {
  return db
    .selectFrom('juvenile_activities as a')
    .innerJoin('juvenile_sites as s', (j) =>
      j.onRef('s.district_id', '=', 'a.district_id').onRef('s.id', '=', 'a.site_id'),
    )
    .select(['a.id', 'a.site_id', 's.name as site_name', 'a.held_on', 'a.title', 'a.attendance'])
    .where(where)
    .where('a.held_on', '>=', from)
    .where('a.held_on', '<', to)
    .orderBy('a.held_on', 'desc')
    .limit(2000)
    .execute();
}

// ---- home and figures

/** The helping cases of a worker account with their last session and evaluation (or assignment) day. */
export function findWorkerCases(db: Executor, userId: string) {
  return db
    .selectFrom('juvenile_cases as c')
    .select([
      'c.id',
      'c.name_mask',
      sql<string>`coalesce((SELECT max(s.held_on)::text FROM juvenile_sessions s
        WHERE s.district_id = c.district_id AND s.case_id = c.id), c.referred_on::text)`.as('last_session'),
      sql<string>`coalesce((SELECT max(e.evaluated_on)::text FROM juvenile_evaluations e
        WHERE e.district_id = c.district_id AND e.case_id = c.id), c.referred_on::text)`.as(
        'last_evaluation',
      ),
    ])
    .where('c.worker_user_id', '=', userId)
    .where('c.state', '=', 'helping')
    .orderBy('c.referred_on')
    .execute();
}

/** Cases under the roots still waiting for a worker, oldest first. */
export function findUnassigned(db: Executor, where: Where) {
  return db
    .selectFrom('juvenile_cases as c')
    .select(['c.id', 'c.name_mask', 'c.referred_on'])
    .where(where)
    .where('c.state', '=', 'open')
    .orderBy('c.referred_on')
    .limit(50)
    .execute();
}

/** The figures of cases closed and activities held under the roots in a period. */
export async function findFigures(db: Executor, cases: Where, sites: Where, from: string, to: string) {
  const c = await db
    .selectFrom('juvenile_cases as c')
    .select([
      sql<number>`count(*) FILTER (WHERE c.referred_on >= ${from} AND c.referred_on < ${to})::int`.as(
        'cases',
      ),
      sql<number>`count(*) FILTER (WHERE c.closed_on >= ${from} AND c.closed_on < ${to})::int`.as('closed'),
      sql<number>`count(*) FILTER (WHERE c.closed_on >= ${from} AND c.closed_on < ${to} AND c.diverted)::int`.as(
        'diverted',
      ),
      sql<number>`count(*) FILTER (WHERE c.closed_on >= ${from} AND c.closed_on < ${to} AND c.outcome = 'work')::int`.as(
        'work',
      ),
      sql<number>`count(*) FILTER (WHERE c.closed_on >= ${from} AND c.closed_on < ${to} AND c.outcome = 'school')::int`.as(
        'school',
      ),
      sql<number>`count(*) FILTER (WHERE c.closed_on >= ${from} AND c.closed_on < ${to}
        AND c.outcome = 'university')::int`.as('university'),
      sql<number>`count(*) FILTER (WHERE c.closed_on >= ${from} AND c.closed_on < ${to} AND c.outcome = 'other')::int`.as(
        'other',
      ),
      sql<number>`count(*) FILTER (WHERE c.closed_on >= ${from} AND c.closed_on < ${to}
        AND c.outcome = 'reoffended')::int`.as('reoffended'),
      sql<number>`coalesce(sum((SELECT count(*) FROM juvenile_sessions s WHERE s.district_id = c.district_id
        AND s.case_id = c.id)) FILTER (WHERE c.closed_on >= ${from} AND c.closed_on < ${to}), 0)::int`.as(
        'closed_sessions',
      ),
    ])
    .where(cases)
    .executeTakeFirstOrThrow();
  const a = await db
    .selectFrom('juvenile_activities as a')
    .innerJoin('juvenile_sites as s', (j) =>
      j.onRef('s.district_id', '=', 'a.district_id').onRef('s.id', '=', 'a.site_id'),
    )
    .select([
      sql<number>`count(*)::int`.as('activities'),
      sql<number>`coalesce(sum(a.attendance), 0)::int`.as('attendance'),
    ])
    .where(sites)
    .where('a.held_on', '>=', from)
    .where('a.held_on', '<', to)
    .executeTakeFirstOrThrow();
  return { ...c, ...a };
}
