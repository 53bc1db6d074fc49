/** SQL of patrols 巡查 and their findings, and of the 网格长's patrol weeks. */
import { sql } from 'kysely';
import { nodeInPaths, rowUnder, type SubtreeRoot } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

/** Patrols by id: their district and who logged them. */
export function patrolOwners(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_patrols')
    .select(['id', 'district_id', 'user_id'])
    .where('id', 'in', ids)
    .execute();
}

/** Stores a patrol. */
export async function insertPatrol(
  trx: Executor,
  row: {
    district_id: string;
    id: string;
    node_id: string;
    user_id: string;
    user_name: string;
    started_at: Date;
    ended_at: Date;
    track: string;
    note: string;
    number: string;
    as_head: boolean;
    week: string;
  },
) {
  await trx.insertInto('grid_patrols').values(row).execute();
}

/** A finding of a patrol as stored. */
export interface NewFinding {
  district_id: string;
  id: string;
  patrol_id: string;
  node_id: string;
  standard_id: string;
  note: string;
  event_id: string | null;
  rectified_at: Date | null;
  lat: number | null;
  lng: number | null;
}

/** Stores a patrol's findings. */
export async function insertFindings(trx: Executor, rows: NewFinding[]) {
  if (rows.length) await trx.insertInto('grid_patrol_findings').values(rows).execute();
}

/** Findings of some patrols with their standards, in the order found. */
export function findingsOfPatrols(db: Executor, patrolIds: string[]) {
  if (!patrolIds.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_patrol_findings as f')
    .innerJoin('grid_civ_standards as s', (j) =>
      j.onRef('s.district_id', '=', 'f.district_id').onRef('s.id', '=', 'f.standard_id'),
    )
    .select([
      'f.id',
      'f.patrol_id',
      'f.node_id',
      'f.standard_id',
      's.code',
      's.text',
      's.project_name',
      's.category',
      'f.note',
      'f.event_id',
      'f.rectified_at',
      'f.lat',
      'f.lng',
    ])
    .where('f.patrol_id', 'in', patrolIds)
    .orderBy('f.id')
    .execute();
}

/** The latest day each of some grids was walked by a user as its head. */
export function lastHeadPatrolDays(db: Executor, userId: string, nodeIds: string[]) {
  if (!nodeIds.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_patrols')
    .select([
      'node_id',
      sql<string>`to_char(max((started_at AT TIME ZONE 'Asia/Shanghai')::date), 'YYYY-MM-DD')`.as('last_day'),
    ])
    .where('user_id', '=', userId)
    .where('as_head', '=', true)
    .where('node_id', 'in', nodeIds)
    .groupBy('node_id')
    .execute();
}

/** The weeks (Mondays) each head walked each grid under a subtree within [fromWeek, toWeek]. */
export function headWeeksUnder(
  db: Executor,
  districtId: string,
  root: SubtreeRoot,
  fromWeek: string,
  toWeek: string,
) {
  return db
    .selectFrom('grid_patrols')
    .select(['user_id', 'node_id', sql<string>`to_char(week, 'YYYY-MM-DD')`.as('week')])
    .distinct()
    .where('district_id', '=', districtId)
    .where('as_head', '=', true)
    .where(rowUnder('grid_patrols', root))
    .where('week', '>=', fromWeek)
    .where('week', '<=', toWeek)
    .execute();
}

/**
 * Grid-head patrol coverage under a subtree, counted: over every headship overlapping [from, to],
 * the weeks (Mondays from fromWeek up to to) its head held the grid, and how many of them the head
 * walked there (a head patrol of the district in that week); headCoverage summed in SQL.
 */
export async function headCoverageTotal(
  db: Executor,
  districtId: string,
  root: SubtreeRoot,
  q: { from: string; to: string; fromWeek: string },
) {
  const { rows } = await headCoverageTotalSql(districtId, root, q).execute(db);
  return rows[0];
}

/** The statement of headCoverageTotal (compiled alone by the SQL snapshot test). */
export function headCoverageTotalSql(
  districtId: string,
  root: SubtreeRoot,
  q: { from: string; to: string; fromWeek: string },
) {
  return sql<{ grid_weeks: number; walked: number }>`
    SELECT count(*)::int AS grid_weeks,
           count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM grid_patrols p
             WHERE p.district_id = ${districtId} AND p.user_id = a.user_id AND p.node_id = a.node_id
               AND p.as_head AND p.week = w.week))::int AS walked
    FROM grid_assignments a
    JOIN (SELECT d::date AS week FROM generate_series(${q.fromWeek}::date, ${q.to}::date, interval '7 days') d) w
      ON a.from_day <= w.week + 6 AND (a.to_day IS NULL OR a.to_day >= w.week)
    WHERE ${rowUnder('a', root)} AND a.kind = 'head'
      AND a.from_day <= ${q.to}::date AND (a.to_day IS NULL OR a.to_day >= ${q.from}::date)`;
}

/** Ids of the latest patrols under a subtree started within [from, to). */
export async function patrolIdsUnder(
  db: Executor,
  districtId: string,
  path: string,
  from: Date | undefined,
  to: Date | undefined,
  limit: number,
) {
  const rows = await db
    .selectFrom('grid_patrols')
    .select('id')
    .where('district_id', '=', districtId)
    .where(nodeInPaths('node_id', [path]))
    .$if(!!from, (x) => x.where('started_at', '>=', from!))
    .$if(!!to, (x) => x.where('started_at', '<', to!))
    .orderBy('started_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Patrols by id, latest first. */
export function patrolsByIds(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_patrols')
    .select(['id', 'number', 'node_id', 'user_id', 'user_name', 'as_head', 'started_at', 'ended_at', 'note'])
    .where('id', 'in', ids)
    .orderBy('started_at', 'desc')
    .execute();
}
