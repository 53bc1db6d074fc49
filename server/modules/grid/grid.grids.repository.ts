/** SQL of the grid directory: who is assigned to which grid and when, and the grids' outlines on the map. */
import { nodeInPaths, rowUnder, type SubtreeRoot } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

/** Node ids of the grids a user is assigned to on a day (any kind, or some). */
export async function assignedNodeIds(db: Executor, userId: string, day: string, kinds?: string[]) {
  const rows = await db
    .selectFrom('grid_assignments')
    .select('node_id')
    .where('user_id', '=', userId)
    .where('from_day', '<=', day)
    .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', day)]))
    .$if(!!kinds, (q) => q.where('kind', 'in', kinds!))
    .execute();
  return rows.map((r) => r.node_id);
}

const ASSIGNMENT_COLUMNS = ['id', 'user_id', 'user_name', 'node_id', 'kind', 'from_day', 'to_day'] as const;

/** Assignments on the nodes of some subtrees (any period). */
export function assignmentsUnder(db: Executor, paths: string[], limit: number) {
  return db
    .selectFrom('grid_assignments')
    .select(ASSIGNMENT_COLUMNS)
    .where(nodeInPaths('node_id', paths))
    .orderBy('from_day', 'desc')
    .limit(limit)
    .execute();
}

/** A user's assignments that have not ended before a day. */
export function assignmentsOfUser(db: Executor, userId: string, day: string) {
  return db
    .selectFrom('grid_assignments')
    .select(ASSIGNMENT_COLUMNS)
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', day)]))
    .orderBy('from_day')
    .execute();
}

/** Assignments in force on a day on some nodes. */
export function assignmentsOnNodes(db: Executor, nodeIds: string[], day: string) {
  if (!nodeIds.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_assignments')
    .select(ASSIGNMENT_COLUMNS)
    .where('node_id', 'in', nodeIds)
    .where('from_day', '<=', day)
    .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', day)]))
    .execute();
}

/** Assignments of some kinds under a subtree overlapping a period [from, to] (a district by its key). */
export function assignmentsOverlapping(
  db: Executor,
  root: SubtreeRoot,
  kinds: string[],
  from: string,
  to: string,
) {
  return db
    .selectFrom('grid_assignments')
    .select(ASSIGNMENT_COLUMNS)
    .where(rowUnder('grid_assignments', root))
    .where('kind', 'in', kinds)
    .where('from_day', '<=', to)
    .where((eb) => eb.or([eb('to_day', 'is', null), eb('to_day', '>=', from)]))
    .execute();
}

/** One assignment, locked for an update. */
export function assignmentForUpdate(trx: Executor, id: string) {
  return trx
    .selectFrom('grid_assignments')
    .select(['district_id', 'node_id', 'from_day'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Stores an assignment. */
export async function insertAssignment(
  trx: Executor,
  row: {
    district_id: string;
    id: string;
    user_id: string;
    user_name: string;
    node_id: string;
    kind: string;
    from_day: string;
    to_day: string | null;
  },
) {
  await trx.insertInto('grid_assignments').values(row).execute();
}

/** Ends an assignment on a day. */
export async function endAssignment(trx: Executor, districtId: string, id: string, day: string) {
  await trx
    .updateTable('grid_assignments')
    .set({ to_day: day })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Outlines of some nodes. */
export function outlinesOf(db: Executor, nodeIds: string[]) {
  if (!nodeIds.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_outlines')
    .select(['node_id', 'geojson', 'version'])
    .where('node_id', 'in', nodeIds)
    .execute();
}

/** The version of a node's outline (none: undefined), locked for an update. */
export function outlineVersionForUpdate(trx: Executor, districtId: string, nodeId: string) {
  return trx
    .selectFrom('grid_outlines')
    .select('version')
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .forUpdate()
    .executeTakeFirst();
}

/** Removes a node's outline. */
export async function deleteOutline(trx: Executor, districtId: string, nodeId: string) {
  await trx
    .deleteFrom('grid_outlines')
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .execute();
}

/** Stores a node's outline (insert or replace). */
export async function upsertOutline(
  trx: Executor,
  row: {
    district_id: string;
    node_id: string;
    geojson: string;
    min_lng: number;
    min_lat: number;
    max_lng: number;
    max_lat: number;
    version: number;
    updated_at: Date;
  },
) {
  const { district_id: _d, node_id: _n, ...set } = row;
  await trx
    .insertInto('grid_outlines')
    .values(row)
    .onConflict((oc) => oc.columns(['district_id', 'node_id']).doUpdateSet(set))
    .execute();
}

/** Outlines under a subtree whose bounding box holds a point. */
export function outlinesAround(db: Executor, path: string, lat: number, lng: number) {
  return db
    .selectFrom('grid_outlines')
    .select(['node_id', 'geojson'])
    .where(nodeInPaths('node_id', [path]))
    .where('min_lng', '<=', lng)
    .where('max_lng', '>=', lng)
    .where('min_lat', '<=', lat)
    .where('max_lat', '>=', lat)
    .limit(50)
    .execute();
}

/** Housing records under subtrees, counted per node path they sit on (summed per grid by the caller). */
export async function housingByPath(db: Executor, districtId: string, paths: string[]) {
  if (!paths.length) return [];
  const rows = await db
    .selectFrom('grid_records as r')
    .innerJoin('org_nodes as n', 'n.id', 'r.node_id')
    .select(['n.path', (eb) => eb.fn.countAll<number>().as('n')])
    .where('r.district_id', '=', districtId)
    .where('r.kind', '=', 'housing')
    .where(nodeInPaths('r.node_id', paths))
    .groupBy('n.path')
    .execute();
  return rows.map((r) => ({ path: r.path, count: Number(r.n) }));
}
