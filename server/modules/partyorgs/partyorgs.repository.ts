/** SQL of the party-organisation quality module: its own tables, and org_nodes for paths and names (scope). */
import { sql } from 'kysely';
import { nodeInPaths, nodeJoin } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

/** What an activity, a grade and a report start with: the district, the id, the organisation and its node. */
interface OrgRowKey {
  district_id: string;
  id: string;
  party_org_id: string;
  node_id: string;
}

// ---------- activities ----------

const activityColumns = [
  'a.district_id',
  'a.id',
  'a.party_org_id',
  'a.node_id',
  'a.menu_id',
  'a.who',
  'a.what',
  'a.why',
  'a.planned_on',
  'a.how',
  'a.extent',
  'a.target_attendance',
  'a.status',
  'a.held_on',
  'a.attendance',
  'a.outcome',
  'a.extent_met',
  'a.version',
  'n.path',
  'n.name as node_name',
] as const;

/** An activity by id with its node (optionally locked). */
export function findActivity(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('partyorgs_activities as a')
    .innerJoin('org_nodes as n', nodeJoin('a'))
    .select(activityColumns)
    .where('a.id', '=', id);
  if (lock) q = q.forUpdate('a');
  return q.executeTakeFirst();
}
export type ActivityRow = NonNullable<Awaited<ReturnType<typeof findActivity>>>;

/** Activities inside the subtrees in a date range, by planned date. */
export function listActivities(
  db: Executor,
  f: { paths: string[]; from: string; to: string; partyOrgId?: string; status?: string; limit: number },
) {
  let q = db
    .selectFrom('partyorgs_activities as a')
    .innerJoin('org_nodes as n', nodeJoin('a'))
    .select(activityColumns)
    .where(nodeInPaths('a.node_id', f.paths))
    .where('a.planned_on', '>=', f.from)
    .where('a.planned_on', '<', f.to);
  if (f.partyOrgId) q = q.where('a.party_org_id', '=', f.partyOrgId);
  if (f.status) q = q.where('a.status', '=', f.status);
  return q.orderBy('a.planned_on').orderBy('a.id').limit(f.limit).execute();
}

/** Inserts an activity plan. */
export async function insertActivity(
  db: Executor,
  row: OrgRowKey & {
    menu_id: string | null;
    who: string;
    what: string;
    why: string;
    planned_on: string;
    how: string;
    extent: string;
    target_attendance: number;
  },
) {
  await db.insertInto('partyorgs_activities').values(row).execute();
}

/** Records an activity against its plan if its version is still the one read. */
export async function recordActivity(
  db: Executor,
  key: { district_id: string; id: string; version: number },
  set: { held_on: string; attendance: number; outcome: string; extent_met: string },
): Promise<boolean> {
  const r = await db
    .updateTable('partyorgs_activities')
    .set({ ...set, status: 'recorded', recorded_at: new Date(), version: key.version + 1 })
    .where('district_id', '=', key.district_id)
    .where('id', '=', key.id)
    .where('version', '=', key.version)
    .where('status', '=', 'planned')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Planned activities whose day has passed (to record), inside the subtrees. */
export function dueActivities(db: Executor, paths: string[], before: string) {
  return db
    .selectFrom('partyorgs_activities as a')
    .select(['a.id', 'a.what', 'a.planned_on'])
    .where(nodeInPaths('a.node_id', paths))
    .where('a.status', '=', 'planned')
    .where('a.planned_on', '<', before)
    .orderBy('a.planned_on')
    .limit(500)
    .execute();
}

/** Per organisation in a date range: activities planned, recorded and met. */
export function activityFacts(db: Executor, paths: string[], range: { from: string; to: string }) {
  return db
    .selectFrom('partyorgs_activities as a')
    .select([
      'a.party_org_id',
      sql<number>`count(*) FILTER (WHERE a.status <> 'cancelled')::int`.as('planned'),
      sql<number>`count(*) FILTER (WHERE a.status = 'recorded')::int`.as('recorded'),
      sql<number>`count(*) FILTER (WHERE a.extent_met = 'met')::int`.as('met'),
    ])
    .where(nodeInPaths('a.node_id', paths))
    .where('a.planned_on', '>=', range.from)
    .where('a.planned_on', '<', range.to)
    .groupBy('a.party_org_id')
    .execute();
}

// ---------- menu ----------

/** Menu items offered on the node or its ancestors (the street's party service centre). */
export function menuFor(db: Executor, ancestorIds: string[]) {
  if (!ancestorIds.length) return Promise.resolve([]);
  return db
    .selectFrom('partyorgs_menu as m')
    .innerJoin('org_nodes as n', nodeJoin('m'))
    .select([
      'm.id',
      'm.district_id',
      'm.node_id',
      'm.title',
      'm.description',
      'm.active',
      'n.name as node_name',
      'n.path',
    ])
    .where('m.node_id', 'in', ancestorIds)
    .where('m.active', '=', true)
    .orderBy('m.created_at')
    .limit(200)
    .execute();
}

/** A menu item by id with its node. */
export function findMenuItem(db: Executor, id: string) {
  return db
    .selectFrom('partyorgs_menu as m')
    .innerJoin('org_nodes as n', nodeJoin('m'))
    .select(['m.id', 'm.district_id', 'm.node_id', 'm.title', 'm.description', 'm.active', 'n.path'])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

/** Adds a menu item. */
export async function insertMenuItem(
  db: Executor,
  row: { district_id: string; id: string; node_id: string; title: string; description: string },
) {
  await db.insertInto('partyorgs_menu').values(row).execute();
}

/** How often each menu item was ordered. */
export async function menuOrders(db: Executor, districtId: string, ids: string[]) {
  if (!ids.length) return new Map<string, number>();
  const rows = await db
    .selectFrom('partyorgs_activities')
    .select(['menu_id', sql<number>`count(*)::int`.as('n')])
    .where('district_id', '=', districtId)
    .where('menu_id', 'in', ids)
    .groupBy('menu_id')
    .execute();
  return new Map(rows.map((r) => [r.menu_id!, r.n]));
}

// ---------- criteria and grades ----------

/** A district's criteria (active ones unless all), by class and order. */
export function criteriaOf(db: Executor, districtId: string) {
  return db
    .selectFrom('partyorgs_criteria')
    .select(['id', 'org_class', 'name', 'max_score', 'sort'])
    .where('district_id', '=', districtId)
    .where('active', '=', true)
    .orderBy('org_class')
    .orderBy('sort')
    .execute();
}

/** Replaces a class's active criteria (old ones retired, so past grades keep their ids). */
export async function replaceCriteria(
  db: Executor,
  districtId: string,
  orgClass: string,
  rows: { id: string; name: string; max_score: number; sort: number }[],
) {
  await db
    .updateTable('partyorgs_criteria')
    .set({ active: false })
    .where('district_id', '=', districtId)
    .where('org_class', '=', orgClass)
    .execute();
  if (rows.length)
    await db
      .insertInto('partyorgs_criteria')
      .values(rows.map((r) => ({ ...r, district_id: districtId, org_class: orgClass })))
      .execute();
}

/** Grades of a year inside the subtrees. */
export function gradesOf(db: Executor, paths: string[], year: number) {
  return db
    .selectFrom('partyorgs_grades as g')
    .select([
      'g.id',
      'g.party_org_id',
      'g.org_class',
      'g.scores',
      'g.total',
      'g.max_total',
      'g.level',
      'g.note',
      'g.version',
      'g.graded_at',
    ])
    .where(nodeInPaths('g.node_id', paths))
    .where('g.year', '=', year)
    .limit(5000)
    .execute();
}

/** The year's grades inside the subtrees, counted: all of them, the five-star and the weak. */
export function gradeCounts(db: Executor, paths: string[], year: number) {
  return db
    .selectFrom('partyorgs_grades as g')
    .select([
      sql<number>`count(*)::int`.as('graded'),
      sql<number>`count(*) FILTER (WHERE g.level = 'five_star')::int`.as('five_star'),
      sql<number>`count(*) FILTER (WHERE g.level = 'weak')::int`.as('weak'),
    ])
    .where(nodeInPaths('g.node_id', paths))
    .where('g.year', '=', year)
    .executeTakeFirstOrThrow();
}

/** The organisations graded in a year inside the subtrees (their ids only). */
export async function gradedOrgIds(db: Executor, paths: string[], year: number) {
  const rows = await db
    .selectFrom('partyorgs_grades as g')
    .select('g.party_org_id')
    .where(nodeInPaths('g.node_id', paths))
    .where('g.year', '=', year)
    .execute();
  return rows.map((r) => r.party_org_id);
}

/** One organisation's grade of a year, locked. */
export function findGrade(db: Executor, districtId: string, partyOrgId: string, year: number) {
  return db
    .selectFrom('partyorgs_grades')
    .select(['id', 'version'])
    .where('district_id', '=', districtId)
    .where('party_org_id', '=', partyOrgId)
    .where('year', '=', year)
    .forUpdate()
    .executeTakeFirst();
}

/** Writes a grade (insert, or update at the version read). */
export async function upsertGrade(
  db: Executor,
  row: OrgRowKey & {
    year: number;
    org_class: string;
    scores: string;
    total: number;
    max_total: number;
    level: string;
    note: string;
    graded_by: string;
  },
  version: number | null,
): Promise<boolean> {
  if (version === null) {
    await db.insertInto('partyorgs_grades').values(row).execute();
    return true;
  }
  const r = await db
    .updateTable('partyorgs_grades')
    .set({
      org_class: row.org_class,
      scores: row.scores,
      total: row.total,
      max_total: row.max_total,
      level: row.level,
      note: row.note,
      graded_by: row.graded_by,
      graded_at: new Date(),
      version: version + 1,
    })
    .where('district_id', '=', row.district_id)
    .where('party_org_id', '=', row.party_org_id)
    .where('year', '=', row.year)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// ---------- secretaries' reports ----------

/** Reports with their node's path (the secretary's text included). */
function reportSelect(db: Executor) {
  return db
    .selectFrom('partyorgs_reports as r')
    .innerJoin('org_nodes as n', nodeJoin('r'))
    .select([
      'r.id',
      'r.district_id',
      'r.party_org_id',
      'r.node_id',
      'r.year',
      'r.secretary',
      'r.report',
      'r.rating',
      'r.rating_note',
      'r.submitted_at',
      'r.rated_at',
      'r.version',
      'n.path',
    ]);
}

/** Reports of a year inside the subtrees. */
export function reportsOf(db: Executor, paths: string[], year: number) {
  return reportSelect(db)
    .where(nodeInPaths('r.node_id', paths))
    .where('r.year', '=', year)
    .orderBy('r.submitted_at')
    .limit(2000)
    .execute();
}

/** The year's reports inside the subtrees, counted: rated and waiting to be rated. */
export function reportCounts(db: Executor, paths: string[], year: number) {
  return db
    .selectFrom('partyorgs_reports as r')
    .select([
      sql<number>`count(*) FILTER (WHERE r.rating IS NOT NULL)::int`.as('rated'),
      sql<number>`count(*) FILTER (WHERE r.rating IS NULL)::int`.as('unrated'),
    ])
    .where(nodeInPaths('r.node_id', paths))
    .where('r.year', '=', year)
    .executeTakeFirstOrThrow();
}

/** A report by id, locked. */
export function findReport(db: Executor, id: string) {
  return reportSelect(db).where('r.id', '=', id).forUpdate('r').executeTakeFirst();
}

/** Stores a submitted report (one per organisation and year; a second is refused by the key). */
export async function insertReport(
  db: Executor,
  row: OrgRowKey & {
    year: number;
    secretary: string;
    report: string;
  },
) {
  const r = await db
    .insertInto('partyorgs_reports')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'party_org_id', 'year']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** Rates a report at the version read. */
export async function rateReport(
  db: Executor,
  key: { district_id: string; id: string; version: number },
  set: { rating: string; rating_note: string; rated_by: string },
) {
  const r = await db
    .updateTable('partyorgs_reports')
    .set({ ...set, rated_at: new Date(), version: key.version + 1 })
    .where('district_id', '=', key.district_id)
    .where('id', '=', key.id)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
