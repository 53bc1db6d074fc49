/** SQL of the linkage module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import { nodeJoin, pathInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;
/** Nodes of some levels under a path (an import names them). */
export function findNodesUnder(db: Executor, districtId: string, path: string, levels: string[]) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path', 'level'])
    .where('district_id', '=', districtId)
    .where(pathInPaths('path', [path]))
    .where('level', 'in', levels)
    .limit(20_000)
    .execute();
}

// ---------- 三联三领 ----------

/** Stores a link. */
export function insertLink(db: Executor, row: Insertable<DB['linkage_links']>) {
  return db.insertInto('linkage_links').values(row).execute();
}

/** Links with their community's name and path. */
function linksWithNode(db: Executor) {
  return db
    .selectFrom('linkage_links as l')
    .innerJoin('org_nodes as n', nodeJoin('l'))
    .selectAll('l')
    .select(['n.name as node_name', 'n.path']);
}

/** A link with its community's name and path; locked for update when asked. */
export function findLink(db: Executor, id: string, lock = false) {
  let q = linksWithNode(db).where('l.id', '=', id);
  if (lock) q = q.forUpdate('l');
  return q.executeTakeFirst();
}
export type LinkRow = NonNullable<Awaited<ReturnType<typeof findLink>>>;

/** Links in scope (optionally of a kind), with counts of their items by state. */
export function findLinks(db: Executor, inScope: Where, kind?: string, limit = 500, orLinker?: string) {
  let q = linksWithNode(db)
    .select([
      sql<number>`(SELECT count(*)::int FROM linkage_items i WHERE i.district_id = l.district_id AND i.link_id = l.id)`.as(
        'items',
      ),
      sql<number>`(SELECT count(*)::int FROM linkage_items i WHERE i.district_id = l.district_id AND i.link_id = l.id AND i.state = 'done')`.as(
        'done',
      ),
    ])
    .where((eb) => (orLinker ? eb.or([inScope, eb('l.linker_user_id', '=', orLinker)]) : inScope))
    .orderBy('n.path')
    .orderBy('l.kind')
    .orderBy('l.linker_name')
    .limit(limit);
  if (kind) q = q.where('l.kind', '=', kind);
  return q.execute();
}

/** Ends a link (its items stay on record). */
export function endLink(db: Executor, districtId: string, id: string, endedOn: string) {
  return db
    .updateTable('linkage_links')
    .set({ ended_on: endedOn, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Stores an item of a link. */
export function insertItem(db: Executor, row: Insertable<DB['linkage_items']>) {
  return db.insertInto('linkage_items').values(row).execute();
}

/** Items with their link's kind and linker and their community. */
function itemsWithLink(db: Executor) {
  return db
    .selectFrom('linkage_items as i')
    .innerJoin('linkage_links as l', (j) =>
      j.onRef('l.district_id', '=', 'i.district_id').onRef('l.id', '=', 'i.link_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('i'))
    .selectAll('i')
    .select(['l.kind', 'l.linker_name', 'l.linker_user_id', 'n.name as node_name', 'n.path']);
}

/** An item with its link and community path; locked for update when asked. */
export function findItem(db: Executor, id: string, lock = false) {
  let q = itemsWithLink(db).where('i.id', '=', id);
  if (lock) q = q.forUpdate('i');
  return q.executeTakeFirst();
}
export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

/** Items of some links, or every item in scope. */
export function findItems(db: Executor, q: { linkIds?: string[]; inScope?: Where; states?: string[] }) {
  let s = itemsWithLink(db).orderBy('i.created_at');
  if (q.linkIds) s = q.linkIds.length ? s.where('i.link_id', 'in', q.linkIds) : s.where(sql<SqlBool>`false`);
  if (q.inScope) s = s.where(q.inScope);
  if (q.states) s = s.where('i.state', 'in', q.states);
  return s.limit(20_000).execute();
}

/** Items whose linker is this account and which are not finished. */
export function findOpenItemsOfLinker(db: Executor, userId: string) {
  return db
    .selectFrom('linkage_items as i')
    .innerJoin('linkage_links as l', (j) =>
      j.onRef('l.district_id', '=', 'i.district_id').onRef('l.id', '=', 'i.link_id'),
    )
    .select(['i.id', 'i.title', 'i.due_on', 'i.link_id'])
    .where('l.linker_user_id', '=', userId)
    .where('i.state', 'in', ['planned', 'in_progress'])
    .orderBy('i.due_on')
    .limit(50)
    .execute();
}

/** Writes an item's new state, checking the version the caller read. */
export function updateItem(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['linkage_items']>,
) {
  return updateVersioned(db, 'linkage_items', { districtId, id, version }, set);
}

// ---------- 三官三师 ----------

/** A district's configured roster roles, in order (empty: the defaults apply). */
export function findExpertRoles(db: Executor, districtId: string) {
  return db
    .selectFrom('linkage_expert_roles')
    .select(['code', 'name', 'grp'])
    .where('district_id', '=', districtId)
    .orderBy('seq')
    .execute();
}

/** Replaces a district's roster roles. */
export async function replaceExpertRoles(
  db: Executor,
  districtId: string,
  roles: { code: string; name: string; grp: string }[],
) {
  await db.deleteFrom('linkage_expert_roles').where('district_id', '=', districtId).execute();
  if (roles.length)
    await db
      .insertInto('linkage_expert_roles')
      .values(roles.map((r, seq) => ({ district_id: districtId, seq, ...r })))
      .execute();
}

/** Stores a member of a roster. */
export function insertExpert(db: Executor, row: Insertable<DB['linkage_experts']>) {
  return db.insertInto('linkage_experts').values(row).execute();
}

/** Stores several members of rosters (an import). */
export function insertExperts(db: Executor, rows: Insertable<DB['linkage_experts']>[]) {
  return rows.length ? db.insertInto('linkage_experts').values(rows).execute() : Promise.resolve([]);
}

const EXPERT_COLUMNS = [
  'e.district_id',
  'e.id',
  'e.node_id',
  'e.role',
  'e.name',
  'e.unit',
  'e.phone_mask',
  'e.office_hours',
  'e.active',
  'e.version',
  'e.created_at',
] as const;

/** Roster members with their node. */
function expertsWithNode(db: Executor) {
  return db
    .selectFrom('linkage_experts as e')
    .innerJoin('org_nodes as n', nodeJoin('e'))
    .select([...EXPERT_COLUMNS, 'n.name as node_name', 'n.path', 'n.level']);
}

/** A roster member with their node; locked for update when asked. */
export function findExpert(db: Executor, id: string, lock = false) {
  let q = expertsWithNode(db).where('e.id', '=', id);
  if (lock) q = q.forUpdate('e');
  return q.executeTakeFirst();
}

/** Roster members in scope, with how many cases each took in a period. */
export function findExperts(db: Executor, inScope: Where, from: Date, to: Date, activeOnly = false) {
  let q = expertsWithNode(db)
    .select([
      sql<number>`(SELECT count(*)::int FROM linkage_expert_cases c WHERE c.district_id = e.district_id
        AND c.expert_id = e.id AND c.taken_on >= ${from}::date AND c.taken_on < ${to}::date)`.as('cases'),
    ])
    .where(inScope)
    .orderBy('n.path')
    .orderBy('e.role')
    .limit(10_000);
  if (activeOnly) q = q.where('e.active', '=', true);
  return q.execute();
}
export type ExpertRow = Awaited<ReturnType<typeof findExperts>>[number];

/** Changes a roster member's office hours, unit or duty, checking the version. */
export function updateExpert(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['linkage_experts']>,
) {
  return updateVersioned(db, 'linkage_experts', { districtId, id, version }, set);
}

/** The encrypted phone of a roster member (for an audited reveal). */
export function findExpertPhone(db: Executor, districtId: string, id: string) {
  return db
    .selectFrom('linkage_experts')
    .select(['phone_enc'])
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Stores a case a roster member took. */
export function insertCase(db: Executor, row: Insertable<DB['linkage_expert_cases']>) {
  return db.insertInto('linkage_expert_cases').values(row).execute();
}

/** The cases of one roster member, newest first. */
export function findCases(db: Executor, districtId: string, expertId: string) {
  return db
    .selectFrom('linkage_expert_cases')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('expert_id', '=', expertId)
    .orderBy('taken_on', 'desc')
    .limit(500)
    .execute();
}

// ---------- 两代表一委员进社区 ----------

/** Stores a session. */
export function insertSession(db: Executor, row: Insertable<DB['linkage_sessions']>) {
  return db.insertInto('linkage_sessions').values(row).execute();
}

/** Sessions with their community's name and path. */
function sessionsWithNode(db: Executor) {
  return db
    .selectFrom('linkage_sessions as s')
    .innerJoin('org_nodes as n', nodeJoin('s'))
    .selectAll('s')
    .select(['n.name as node_name', 'n.path']);
}

/** A session with its community; locked for update when asked. */
export function findSession(db: Executor, id: string, lock = false) {
  let q = sessionsWithNode(db).where('s.id', '=', id);
  if (lock) q = q.forUpdate('s');
  return q.executeTakeFirst();
}
export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/** Sessions in scope in a period, with counts of problems raised and answered. */
export function findSessions(db: Executor, inScope: Where, from: Date, to: Date) {
  return sessionsWithNode(db)
    .select([
      sql<number>`(SELECT count(*)::int FROM linkage_problems p WHERE p.district_id = s.district_id AND p.session_id = s.id)`.as(
        'problems',
      ),
      sql<number>`(SELECT count(*)::int FROM linkage_problems p WHERE p.district_id = s.district_id AND p.session_id = s.id AND p.state = 'answered')`.as(
        'answered',
      ),
    ])
    .where(inScope)
    .where('s.starts_at', '>=', from)
    .where('s.starts_at', '<', to)
    .orderBy('s.starts_at', 'desc')
    .limit(5000)
    .execute();
}

/** Writes a session's new state, checking the version. */
export function updateSession(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['linkage_sessions']>,
) {
  return updateVersioned(db, 'linkage_sessions', { districtId, id, version }, set);
}

/** Stores a problem raised at a session. */
export function insertProblem(db: Executor, row: Insertable<DB['linkage_problems']>) {
  return db.insertInto('linkage_problems').values(row).execute();
}

/** Problems with their session's host and their community. */
function problemsWithSession(db: Executor) {
  return db
    .selectFrom('linkage_problems as p')
    .innerJoin('linkage_sessions as s', (j) =>
      j.onRef('s.district_id', '=', 'p.district_id').onRef('s.id', '=', 'p.session_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('p'))
    .selectAll('p')
    .select(['s.host_name', 's.host_user_id', 's.created_by', 'n.name as node_name', 'n.path']);
}

/** A problem with its session's community path; locked for update when asked. */
export function findProblem(db: Executor, id: string, lock = false) {
  let q = problemsWithSession(db).where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
export type ProblemRow = NonNullable<Awaited<ReturnType<typeof findProblem>>>;

/** Problems of some sessions, or every problem in scope (optionally only open ones). */
export function findProblems(db: Executor, q: { sessionIds?: string[]; inScope?: Where; open?: boolean }) {
  let s = problemsWithSession(db).orderBy('p.due_on');
  if (q.sessionIds)
    s = q.sessionIds.length ? s.where('p.session_id', 'in', q.sessionIds) : s.where(sql<SqlBool>`false`);
  if (q.inScope) s = s.where(q.inScope);
  if (q.open) s = s.where('p.state', '=', 'open');
  return s.limit(20_000).execute();
}

/** Writes a problem's answer (or reopens it), checking the version. */
export function updateProblem(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['linkage_problems']>,
) {
  return updateVersioned(db, 'linkage_problems', { districtId, id, version }, set);
}

// ---------- figures ----------

/** The dashboard figures under some subtree roots in a period. */
export async function figures(db: Executor, inScope: (col: string) => Where, from: Date, to: Date) {
  const links = await db
    .selectFrom('linkage_links as l')
    .select(['l.kind', sql<number>`count(*)::int`.as('n')])
    .where(inScope('l.node_id'))
    .where((eb) => eb.or([eb('l.ended_on', 'is', null), eb('l.ended_on', '>=', sql<string>`${from}::date`)]))
    .groupBy('l.kind')
    .execute();
  const items = await db
    .selectFrom('linkage_items as i')
    .select([
      sql<number>`count(*) FILTER (WHERE i.state <> 'dropped')::int`.as('items'),
      sql<number>`count(*) FILTER (WHERE i.state = 'done')::int`.as('done'),
    ])
    .where(inScope('i.node_id'))
    .executeTakeFirstOrThrow();
  const experts = await db
    .selectFrom('linkage_experts as e')
    .select([sql<number>`count(*)::int`.as('n')])
    .where(inScope('e.node_id'))
    .where('e.active', '=', true)
    .executeTakeFirstOrThrow();
  const cases = await db
    .selectFrom('linkage_expert_cases as c')
    .select([sql<number>`count(*)::int`.as('n')])
    .where(inScope('c.node_id'))
    .where('c.taken_on', '>=', sql<string>`${from}::date`)
    .where('c.taken_on', '<', sql<string>`${to}::date`)
    .executeTakeFirstOrThrow();
  const sessions = await db
    .selectFrom('linkage_sessions as s')
    .select([
      sql<number>`count(*) FILTER (WHERE s.state = 'held')::int`.as('held'),
      sql<number>`coalesce(sum(s.attendance) FILTER (WHERE s.state = 'held'), 0)::int`.as('attendance'),
    ])
    .where(inScope('s.node_id'))
    .where('s.starts_at', '>=', from)
    .where('s.starts_at', '<', to)
    .executeTakeFirstOrThrow();
  const problems = await db
    .selectFrom('linkage_problems as p')
    .innerJoin('linkage_sessions as s', (j) =>
      j.onRef('s.district_id', '=', 'p.district_id').onRef('s.id', '=', 'p.session_id'),
    )
    .select([
      sql<number>`count(*)::int`.as('raised'),
      sql<number>`count(*) FILTER (WHERE p.state = 'answered')::int`.as('answered'),
    ])
    .where(inScope('p.node_id'))
    .where('s.starts_at', '>=', from)
    .where('s.starts_at', '<', to)
    .executeTakeFirstOrThrow();
  const byKind = Object.fromEntries(links.map((r) => [r.kind, r.n]));
  return {
    leaderLinks: byKind.leader ?? 0,
    departmentLinks: byKind.department ?? 0,
    memberLinks: byKind.member ?? 0,
    items: items.items,
    itemsDone: items.done,
    experts: experts.n,
    cases: cases.n,
    sessions: sessions.held,
    attendance: sessions.attendance,
    problems: problems.raised,
    answered: problems.answered,
  };
}
