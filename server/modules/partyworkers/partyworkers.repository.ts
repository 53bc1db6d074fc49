/** SQL of the partyworkers module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** The district's settings (undefined until it sets its own). */
export function findSettings(db: Executor, districtId: string) {
  return db
    .selectFrom('partyworkers_settings')
    .selectAll()
    .where('district_id', '=', districtId)
    .executeTakeFirst();
}

/** Sets the yearly target: inserts at version 0, else only at the version read; false when stale. */
export async function saveSettings(db: Executor, districtId: string, yearlyTarget: number, version: number) {
  if (version === 0) {
    const r = await db
      .insertInto('partyworkers_settings')
      .values({ district_id: districtId, yearly_target: yearlyTarget })
      .onConflict((oc) => oc.column('district_id').doNothing())
      .returning('district_id')
      .executeTakeFirst();
    return !!r;
  }
  const r = await db
    .updateTable('partyworkers_settings')
    .set({ yearly_target: yearlyTarget, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Workers in office per node (the subquery of the post rows). */
function filledOf(db: Executor) {
  return db
    .selectFrom('partyworkers_placements as w')
    .select(['w.district_id', 'w.node_id', (eb) => eb.fn.countAll<number>().as('filled')])
    .where('w.ended_on', 'is', null)
    .groupBy(['w.district_id', 'w.node_id']);
}

/** Streets and communities in scope (inScope on n.id) with their posts and workers, in tree order. */
export function findPostNodes(db: Executor, inScope: Where) {
  return db
    .selectFrom('org_nodes as n')
    .leftJoin('org_nodes as s', (j) =>
      j.onRef('s.district_id', '=', 'n.district_id').onRef('s.id', '=', 'n.parent_id'),
    )
    .leftJoin('partyworkers_posts as q', (j) =>
      j.onRef('q.district_id', '=', 'n.district_id').onRef('q.node_id', '=', 'n.id'),
    )
    .leftJoin(filledOf(db).as('f'), (j) =>
      j.onRef('f.district_id', '=', 'n.district_id').onRef('f.node_id', '=', 'n.id'),
    )
    .select([
      'n.id',
      'n.district_id',
      'n.name',
      'n.level',
      'n.path',
      's.name as street_name',
      (eb) => eb.fn.coalesce('q.posts', sql<number>`0`).as('posts'),
      (eb) => eb.fn.coalesce('q.version', sql<number>`0`).as('version'),
      (eb) => eb.fn.coalesce('f.filled', sql<number>`0`).as('filled'),
    ])
    .where('n.level', 'in', ['street', 'community'])
    .where(inScope)
    .orderBy('n.path')
    .limit(10_000)
    .execute();
}
export type PostNodeRow = Awaited<ReturnType<typeof findPostNodes>>[number];

/** The names of nodes by id (the ancestors named in an imported path). */
export function findNodeNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('org_nodes').select(['id', 'name']).where('id', 'in', ids).execute();
}

/** A node's posts row, locked (the guard of placing into it). */
export function lockPosts(db: Executor, districtId: string, nodeId: string) {
  return db
    .selectFrom('partyworkers_posts')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .forUpdate()
    .executeTakeFirst();
}

/** Sets a node's posts: inserts at version 0, else only at the version read; false when stale. */
export async function savePosts(
  db: Executor,
  key: { districtId: string; nodeId: string },
  posts: number,
  version: number,
) {
  if (version === 0) {
    const r = await db
      .insertInto('partyworkers_posts')
      .values({ district_id: key.districtId, node_id: key.nodeId, posts })
      .onConflict((oc) => oc.columns(['district_id', 'node_id']).doNothing())
      .returning('district_id')
      .executeTakeFirst();
    return !!r;
  }
  const r = await db
    .updateTable('partyworkers_posts')
    .set({ posts, version: sql`version + 1`, updated_at: sql`now()` })
    .where('district_id', '=', key.districtId)
    .where('node_id', '=', key.nodeId)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Workers in office at a node. */
export async function countActive(db: Executor, districtId: string, nodeId: string) {
  const r = await db
    .selectFrom('partyworkers_placements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .where('ended_on', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Placements with their node's name and path, their street's name and their latest appraisal. */
function workersWithNode(db: Executor) {
  return db
    .selectFrom('partyworkers_placements as w')
    .innerJoin('org_nodes as n', nodeJoin('w'))
    .leftJoin('org_nodes as s', (j) =>
      j.onRef('s.district_id', '=', 'n.district_id').onRef('s.id', '=', 'n.parent_id'),
    )
    .selectAll('w')
    .select([
      'n.name as node_name',
      'n.path',
      'n.level',
      's.name as street_name',
      (eb) =>
        eb
          .selectFrom('partyworkers_appraisals as a')
          .select(sql<string>`a.year || ':' || a.grade`.as('g'))
          .whereRef('a.district_id', '=', 'w.district_id')
          .whereRef('a.placement_id', '=', 'w.id')
          .orderBy('a.year', 'desc')
          .limit(1)
          .as('last_grade'),
    ]);
}

/** Workers in scope (inScope on w.node_id), in office or gone, by node and start. */
export function findWorkers(db: Executor, inScope: Where, active: boolean) {
  return workersWithNode(db)
    .where('w.ended_on', active ? 'is' : 'is not', null)
    .where(inScope)
    .orderBy('n.path')
    .orderBy('w.started_on')
    .limit(10_000)
    .execute();
}

/** A placement with its node; locked when asked. */
export function findWorker(db: Executor, id: string, lock = false) {
  let q = workersWithNode(db).where('w.id', '=', id);
  if (lock) q = q.forUpdate('w');
  return q.executeTakeFirst();
}
export type WorkerRow = NonNullable<Awaited<ReturnType<typeof findWorker>>>;

/** Stores a placement. */
export function insertPlacement(db: Executor, row: Insertable<DB['partyworkers_placements']>) {
  return db.insertInto('partyworkers_placements').values(row).execute();
}

/** Changes a placement at the version read (numUpdatedRows 0n when stale). */
export function updatePlacement(
  db: Executor,
  key: { districtId: string; id: string; version: number },
  set: { contract_end?: string; ended_on?: string; end_reason?: string },
) {
  return updateVersioned(db, 'partyworkers_placements', key, set);
}

/** A worker's monthly logs, newest first. */
export function findLogs(db: Executor, districtId: string, placementId: string) {
  return db
    .selectFrom('partyworkers_logs')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('placement_id', '=', placementId)
    .orderBy('month', 'desc')
    .limit(240)
    .execute();
}

/** Writes (or rewrites) a month's log. */
export function upsertLog(db: Executor, row: Insertable<DB['partyworkers_logs']>) {
  return db
    .insertInto('partyworkers_logs')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['district_id', 'placement_id', 'month']).doUpdateSet({
        days: row.days,
        summary: row.summary,
        written_by: row.written_by,
        written_at: sql`now()`,
      }),
    )
    .execute();
}

/** A worker's appraisals, newest first. */
export function findAppraisals(db: Executor, districtId: string, placementId: string) {
  return db
    .selectFrom('partyworkers_appraisals')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('placement_id', '=', placementId)
    .orderBy('year', 'desc')
    .limit(100)
    .execute();
}

/** Stores a year's appraisal; false when that year has one already. */
export async function insertAppraisal(db: Executor, row: Insertable<DB['partyworkers_appraisals']>) {
  const r = await db
    .insertInto('partyworkers_appraisals')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'placement_id', 'year']).doNothing())
    .returning('year')
    .executeTakeFirst();
  return !!r;
}

/** Workers in office whose contract ends by a day (inScope on w.node_id), soonest first. */
export function findContractsEnding(db: Executor, inScope: Where, by: string) {
  return workersWithNode(db)
    .where('w.ended_on', 'is', null)
    .where('w.contract_end', '<=', by)
    .where(inScope)
    .orderBy('w.contract_end')
    .limit(500)
    .execute();
}

/**
 * Workers due an appraisal for a year (inScope on w.node_id): placed by 1 October, not gone before
 * 1 December, without one for that year (the rules' appraisedFor, in SQL).
 */
export function findAppraisalsDue(db: Executor, inScope: Where, year: number) {
  return workersWithNode(db)
    .where('w.started_on', '<=', `${year}-10-01`)
    .where((eb) => eb.or([eb('w.ended_on', 'is', null), eb('w.ended_on', '>=', `${year}-12-01`)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('partyworkers_appraisals as a')
            .select('a.year')
            .whereRef('a.district_id', '=', 'w.district_id')
            .whereRef('a.placement_id', '=', 'w.id')
            .where('a.year', '=', year),
        ),
      ),
    )
    .where(inScope)
    .orderBy('n.path')
    .limit(2_000)
    .execute();
}

/** Placements started and ended in [from, to) under scope (inScope on w.node_id). */
export async function findYearFigures(db: Executor, inScope: Where, from: string, to: string) {
  const r = await db
    .selectFrom('partyworkers_placements as w')
    .select([
      sql<number>`count(*) FILTER (WHERE w.started_on >= ${from} AND w.started_on < ${to})`.as('placed'),
      sql<number>`count(*) FILTER (WHERE w.ended_on >= ${from} AND w.ended_on < ${to})`.as('left'),
    ])
    .where(inScope)
    .executeTakeFirstOrThrow();
  return { placed: Number(r.placed), left: Number(r.left) };
}

/** A year's appraisals by grade under scope (inScope on w.node_id). */
export function findGrades(db: Executor, inScope: Where, year: number) {
  return db
    .selectFrom('partyworkers_appraisals as a')
    .innerJoin('partyworkers_placements as w', (j) =>
      j.onRef('w.district_id', '=', 'a.district_id').onRef('w.id', '=', 'a.placement_id'),
    )
    .select(['a.grade', (eb) => eb.fn.countAll<number>().as('n')])
    .where('a.year', '=', year)
    .where(inScope)
    .groupBy('a.grade')
    .execute();
}
