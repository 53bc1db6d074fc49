/** SQL of the dutylists module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** The templates of a district, by target, kind and order. */
export function findTemplates(db: Executor, districtId: string) {
  return db
    .selectFrom('dutylists_templates')
    .selectAll()
    .where('district_id', '=', districtId)
    .orderBy('target')
    .orderBy('kind')
    .orderBy('seq')
    .limit(5_000)
    .execute();
}
export type TemplateRow = Awaited<ReturnType<typeof findTemplates>>[number];

/** A template, locked for a change. */
export function findTemplate(db: Executor, districtId: string, id: string) {
  return db
    .selectFrom('dutylists_templates')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Stores a template unless one of the same target, kind and title exists: true when stored. */
export async function insertTemplate(db: Executor, row: Insertable<DB['dutylists_templates']>) {
  const r = await db
    .insertInto('dutylists_templates')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Changes a template, checking the version. */
export function updateTemplate(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['dutylists_templates']>,
) {
  return updateVersioned(db, 'dutylists_templates', { districtId, id, version }, set);
}

/** The nodes in scope (inScope on n.id) of a district with their level, in tree order. */
export function findNodes(db: Executor, districtId: string, inScope: Where) {
  return db
    .selectFrom('org_nodes as n')
    .select(['n.id', 'n.name', 'n.level', 'n.path'])
    .where('n.district_id', '=', districtId)
    .where(inScope)
    .orderBy('n.path')
    .limit(20_000)
    .execute();
}

/** Stores a list unless the organisation or post has one for the year: its id when stored. */
export async function insertList(db: Executor, row: Insertable<DB['dutylists_lists']>) {
  const r = await db
    .insertInto('dutylists_lists')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id ?? null;
}

/** Stores a list's items. */
export async function insertItems(db: Executor, rows: Insertable<DB['dutylists_items']>[]) {
  if (rows.length) await db.insertInto('dutylists_items').values(rows).execute();
}

/** Lists with their node (name, path), optionally one by id. */
function listsWithNode(db: Executor) {
  return db
    .selectFrom('dutylists_lists as l')
    .innerJoin('org_nodes as n', nodeJoin('l'))
    .selectAll('l')
    .select(['n.name as node_name', 'n.path', 'n.level']);
}

/** A year's lists in scope (inScope on l.node_id), in tree order. */
export function findLists(db: Executor, year: number, inScope: Where) {
  return listsWithNode(db)
    .where('l.year', '=', year)
    .where(inScope)
    .orderBy('n.path')
    .orderBy('l.target')
    .orderBy('l.kind')
    .limit(20_000)
    .execute();
}
export type ListRow = Awaited<ReturnType<typeof findLists>>[number];

/** A list with its node. */
export function findList(db: Executor, id: string) {
  return listsWithNode(db).where('l.id', '=', id).executeTakeFirst();
}

/** The items of the given lists, in order. */
export function findItemsOfLists(db: Executor, districtId: string, listIds: string[]) {
  if (listIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dutylists_items')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('list_id', 'in', listIds)
    .orderBy('list_id')
    .orderBy('seq')
    .execute();
}
export type ItemRow = Awaited<ReturnType<typeof findItemsOfLists>>[number];

/** An item with its list and node, locked for a change. */
export function findItem(db: Executor, id: string) {
  return db
    .selectFrom('dutylists_items as i')
    .innerJoin('dutylists_lists as l', (j) =>
      j.onRef('l.district_id', '=', 'i.district_id').onRef('l.id', '=', 'i.list_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('l'))
    .selectAll('i')
    .select(['l.node_id', 'l.year', 'l.kind', 'l.target', 'n.name as node_name', 'n.path'])
    .where('i.id', '=', id)
    .forUpdate('i')
    .executeTakeFirst();
}

/** Changes an item, checking the version. */
export function updateItem(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['dutylists_items']>,
) {
  return updateVersioned(db, 'dutylists_items', { districtId, id, version }, set);
}

/** Items not accepted, due on or before a day, of lists on exactly the given nodes (the to-do list). */
export function findDueItemsOfNodes(db: Executor, nodeIds: string[], by: string) {
  if (nodeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dutylists_items as i')
    .innerJoin('dutylists_lists as l', (j) =>
      j.onRef('l.district_id', '=', 'i.district_id').onRef('l.id', '=', 'i.list_id'),
    )
    .select(['i.id', 'i.title', 'i.due_on', 'i.state', 'l.id as list_id'])
    .where('l.node_id', 'in', nodeIds)
    .where('i.state', 'in', ['open', 'returned'])
    .where('i.due_on', '<=', by)
    .orderBy('i.due_on')
    .limit(500)
    .execute();
}

/** Items reported and waiting for the office's check in scope (inScope on l.node_id). */
export function findSubmittedItems(db: Executor, inScope: Where) {
  return db
    .selectFrom('dutylists_items as i')
    .innerJoin('dutylists_lists as l', (j) =>
      j.onRef('l.district_id', '=', 'i.district_id').onRef('l.id', '=', 'i.list_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('l'))
    .select(['i.id', 'i.title', 'i.due_on', 'l.id as list_id', 'n.name as node_name'])
    .where('i.state', '=', 'submitted')
    .where(inScope)
    .orderBy('i.reported_at')
    .limit(500)
    .execute();
}

/** Bulletins with their node's path, newest first: of a district (published, or all when drafts). */
export function findBulletins(db: Executor, districtIds: string[], withDrafts: Where) {
  if (districtIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dutylists_bulletins as b')
    .innerJoin('org_nodes as n', nodeJoin('b'))
    .selectAll('b')
    .select(['n.path'])
    .where('b.district_id', 'in', districtIds)
    .where((eb) => eb.or([eb('b.state', '=', 'published'), withDrafts]))
    .orderBy('b.year', 'desc')
    .orderBy('b.no', 'desc')
    .limit(500)
    .execute();
}
export type BulletinRow = Awaited<ReturnType<typeof findBulletins>>[number];

/** A bulletin with its node's path; locked when asked. */
export function findBulletin(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('dutylists_bulletins as b')
    .innerJoin('org_nodes as n', nodeJoin('b'))
    .selectAll('b')
    .select(['n.path'])
    .where('b.id', '=', id);
  if (lock) q = q.forUpdate('b');
  return q.executeTakeFirst();
}

/** The next bulletin number of a node's year, serialised by a transaction lock on (node, year). */
export async function nextBulletinNo(db: Executor, districtId: string, nodeId: string, year: number) {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`dutylists.bulletin/${nodeId}/${year}`}))`.execute(db);
  const r = await db
    .selectFrom('dutylists_bulletins')
    .select((eb) => eb.fn.max('no').as('no'))
    .where('district_id', '=', districtId)
    .where('node_id', '=', nodeId)
    .where('year', '=', year)
    .executeTakeFirst();
  return (r?.no ?? 0) + 1;
}

/** Stores a bulletin. */
export function insertBulletin(db: Executor, row: Insertable<DB['dutylists_bulletins']>) {
  return db.insertInto('dutylists_bulletins').values(row).execute();
}

/** Changes a draft bulletin, checking the version (a published one is never touched). */
export function updateDraft(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['dutylists_bulletins']>,
) {
  return db
    .updateTable('dutylists_bulletins')
    .set({ ...set, version: version + 1 })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'draft')
    .executeTakeFirst();
}

/** The yearly reports in scope (inScope on r.node_id), in tree order. */
export function findReports(db: Executor, year: number, inScope: Where) {
  return db
    .selectFrom('dutylists_reports as r')
    .innerJoin('org_nodes as n', nodeJoin('r'))
    .selectAll('r')
    .select(['n.name as node_name', 'n.path'])
    .where('r.year', '=', year)
    .where(inScope)
    .orderBy('n.path')
    .limit(20_000)
    .execute();
}
export type ReportRow = Awaited<ReturnType<typeof findReports>>[number];

/** A report with its node, locked. */
export function findReport(db: Executor, id: string) {
  return db
    .selectFrom('dutylists_reports as r')
    .innerJoin('org_nodes as n', nodeJoin('r'))
    .selectAll('r')
    .select(['n.name as node_name', 'n.path'])
    .where('r.id', '=', id)
    .forUpdate('r')
    .executeTakeFirst();
}

/** Stores a report unless the organisation filed one for the year: true when stored. */
export async function insertReport(db: Executor, row: Insertable<DB['dutylists_reports']>) {
  const r = await db
    .insertInto('dutylists_reports')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Changes a report, checking the version. */
export function updateReport(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['dutylists_reports']>,
) {
  return updateVersioned(db, 'dutylists_reports', { districtId, id, version }, set);
}

/** Stores a record of a case handed to accountability. */
export function insertReferral(db: Executor, row: Insertable<DB['dutylists_referrals']>) {
  return db.insertInto('dutylists_referrals').values(row).execute();
}

/** The hand-over records in scope (inScope on r.node_id), newest first, optionally of a year. */
export function findReferrals(db: Executor, year: number | undefined, inScope: Where) {
  let q = db
    .selectFrom('dutylists_referrals as r')
    .innerJoin('org_nodes as n', nodeJoin('r'))
    .selectAll('r')
    .select(['n.name as node_name'])
    .where(inScope);
  if (year) q = q.where('r.year', '=', year);
  return q.orderBy('r.handed_on', 'desc').limit(2_000).execute();
}
