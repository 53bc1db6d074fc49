/** SQL of the 信访 module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** The district's deadlines, when it changed the national ones. */
export function findSettings(db: Executor, districtId: string) {
  return db
    .selectFrom('petitions_settings')
    .selectAll()
    .where('district_id', '=', districtId)
    .executeTakeFirst();
}

/** Stores the district's deadlines at the version read (0: none stored yet); no row when stale. */
export async function saveSettings(
  db: Executor,
  districtId: string,
  version: number,
  s: { accept_days: number; handle_days: number; review_days: number },
) {
  if (version === 0)
    return db
      .insertInto('petitions_settings')
      .values({ district_id: districtId, ...s })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst()
      .then((r) => Number(r.numInsertedOrUpdatedRows ?? 0n));
  const r = await db
    .updateTable('petitions_settings')
    .set({ ...s, version: sql`version + 1`, updated_at: new Date() })
    .where('district_id', '=', districtId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Stores a studio; nothing when the node has one of that name. */
export function insertStudio(db: Executor, row: Insertable<DB['petitions_studios']>) {
  return db
    .insertInto('petitions_studios')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
}

/** Stores a studio's staff on duty. */
export function insertStaff(db: Executor, rows: Insertable<DB['petitions_staff']>[]) {
  if (!rows.length) return Promise.resolve();
  return db.insertInto('petitions_staff').values(rows).execute();
}

const studioBase = (db: Executor) =>
  db
    .selectFrom('petitions_studios as s')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 's.district_id').onRef('n.id', '=', 's.node_id'),
    )
    .selectAll('s')
    .select([
      'n.name as node_name',
      'n.path',
      sql<number>`(SELECT count(*)::int FROM petitions_visits v
        WHERE v.district_id = s.district_id AND v.studio_id = s.id)`.as('visits'),
    ]);

/** Studios in scope, or these ids. */
export function findStudios(db: Executor, q: { inScope?: Where; ids?: string[] }) {
  let s = studioBase(db).orderBy('n.path').orderBy('s.name');
  if (q.inScope) s = s.where(q.inScope);
  if (q.ids) s = q.ids.length ? s.where('s.id', 'in', q.ids) : s.where(sql<boolean>`false`);
  return s.execute();
}
export type StudioRow = Awaited<ReturnType<typeof findStudios>>[number];

/** A studio in a scope, at one of these nodes (the levels above the actor), or one of these studios. */
export function studioReach(inScope: Where, nodeIds: string[], studioIds: string[]): Where {
  const any: Where[] = [inScope];
  if (nodeIds.length) any.push(sql<SqlBool>`s.node_id IN (${sql.join(nodeIds)})`);
  if (studioIds.length) any.push(sql<SqlBool>`s.id IN (${sql.join(studioIds)})`);
  return sql<SqlBool>`(${sql.join(any, sql` OR `)})`;
}

/** One studio with its node. */
export function findStudio(db: Executor, id: string) {
  return studioBase(db).where('s.id', '=', id).executeTakeFirst();
}

/** The staff of studios. */
export function staffOf(db: Executor, studioIds: string[]) {
  if (!studioIds.length) return Promise.resolve([]);
  return db
    .selectFrom('petitions_staff')
    .select(['studio_id', 'role', 'name', 'phone_mask', 'user_id'])
    .where('studio_id', 'in', studioIds)
    .orderBy('created_at')
    .execute();
}

/** The studios an account sits in. */
export async function studioIdsOf(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('petitions_staff')
    .select('studio_id')
    .distinct()
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.studio_id);
}

/** The names of studios in scope (the import's look-up of what is there). */
export function studioNames(db: Executor, inScope: Where) {
  return db.selectFrom('petitions_studios as s').select(['s.node_id', 's.name']).where(inScope).execute();
}

/** The departments of districts (the handling officer's choice of whom to assign). */
export function findDepartments(db: Executor, districtIds: string[]) {
  if (!districtIds.length) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('district_id', 'in', districtIds)
    .where('level', '=', 'department')
    .orderBy('name')
    .execute();
}

/** Stores a visit. */
export function insertVisit(db: Executor, row: Insertable<DB['petitions_visits']>) {
  return db.insertInto('petitions_visits').values(row).execute();
}

const visitBase = (db: Executor) =>
  db
    .selectFrom('petitions_visits as v')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'v.district_id').onRef('n.id', '=', 'v.node_id'),
    )
    .leftJoin('petitions_studios as s', (j) =>
      j.onRef('s.district_id', '=', 'v.district_id').onRef('s.id', '=', 'v.studio_id'),
    )
    .leftJoin('org_nodes as d', (j) =>
      j.onRef('d.district_id', '=', 'v.district_id').onRef('d.id', '=', 'v.dept_node_id'),
    )
    .select([
      'v.district_id',
      'v.id',
      'v.node_id',
      'v.studio_id',
      'v.channel',
      'v.person_id',
      'v.name',
      'v.id_mask',
      'v.phone_mask',
      'v.resident_user_id',
      'v.matter',
      'v.category',
      'v.people_count',
      sql<string>`to_char(v.visited_on, 'YYYY-MM-DD')`.as('visited_on'),
      'v.repeat_of',
      'v.state',
      'v.route',
      'v.route_note',
      sql<string | null>`to_char(v.triaged_on, 'YYYY-MM-DD')`.as('triaged_on'),
      'v.mediation_case_no',
      sql<string>`to_char(v.accept_due, 'YYYY-MM-DD')`.as('accept_due'),
      sql<string | null>`to_char(v.handle_due, 'YYYY-MM-DD')`.as('handle_due'),
      'v.notice_no',
      'v.dept_node_id',
      'v.reply',
      sql<string | null>`to_char(v.replied_on, 'YYYY-MM-DD')`.as('replied_on'),
      'v.satisfaction',
      'v.review_reason',
      'v.outcome',
      'v.agreement',
      'v.executed',
      sql<string | null>`to_char(v.closed_on, 'YYYY-MM-DD')`.as('closed_on'),
      'v.version',
      'n.name as node_name',
      'n.path',
      's.name as studio_name',
      'd.name as dept_name',
      'd.path as dept_path',
      sql<number>`(SELECT count(*)::int FROM petitions_visits r
        WHERE r.district_id = v.district_id AND r.repeat_of = v.id)`.as('repeats'),
    ]);

/** The visits under a node: received there, or assigned to a department under it. */
export function visitsUnder(path: string): Where {
  return sql<SqlBool>`(${nodeInPaths('v.node_id', [path])} OR ${nodeInPaths('v.dept_node_id', [path])})`;
}

/** A visit's encrypted ID number and phone (for an audited reveal). */
export function visitSecrets(db: Executor, districtId: string, id: string) {
  return db
    .selectFrom('petitions_visits')
    .select(['id_enc', 'phone_enc'])
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

/** A visit with its node, studio and department; locked when asked. */
export function findVisit(db: Executor, id: string, lock = false) {
  let q = visitBase(db).where('v.id', '=', id);
  if (lock) q = q.forUpdate('v');
  return q.executeTakeFirst();
}
export type VisitRow = NonNullable<Awaited<ReturnType<typeof findVisit>>>;

/**
 * Visits any of whose reaches holds: in a scope, of studios, assigned to department nodes, filed by
 * a resident; of states and a year, newest first.
 */
export function findVisits(
  db: Executor,
  q: {
    inScope?: Where;
    /** Only the visits under this (the node picked in the tree), whatever the reach. */
    within?: Where;
    studioIds?: string[];
    deptScope?: Where;
    residentUserId?: string;
    states?: string[];
    year?: number;
    limit?: number;
  },
) {
  let s = visitBase(db)
    .orderBy('v.visited_on', 'desc')
    .orderBy('v.created_at', 'desc')
    .limit(q.limit ?? 2000);
  s = s.where((eb) => {
    const any: Where[] = [];
    if (q.inScope) any.push(q.inScope);
    if (q.studioIds?.length) any.push(eb('v.studio_id', 'in', q.studioIds));
    if (q.deptScope) any.push(q.deptScope);
    if (q.residentUserId) any.push(eb('v.resident_user_id', '=', q.residentUserId));
    return any.length ? eb.or(any) : sql<SqlBool>`false`;
  });
  if (q.within) s = s.where(q.within);
  if (q.states) s = s.where('v.state', 'in', q.states);
  if (q.year)
    s = s.where('v.visited_on', '>=', `${q.year}-01-01`).where('v.visited_on', '<', `${q.year + 1}-01-01`);
  return s.execute();
}

/** Writes a visit, checking the version. */
export function updateVisit(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['petitions_visits']>,
) {
  return updateVersioned(db, 'petitions_visits', { districtId, id, version }, set);
}

/** The same person's latest earlier visit (by register person, ID number or phone), for 重复访. */
export function earlierVisit(
  db: Executor,
  districtId: string,
  who: { personId: string | null; idBidx: Buffer | null; phoneBidx: Buffer | null },
) {
  const any: Where[] = [];
  if (who.personId) any.push(sql<SqlBool>`person_id = ${who.personId}`);
  if (who.idBidx) any.push(sql<SqlBool>`id_bidx = ${who.idBidx}`);
  if (who.phoneBidx) any.push(sql<SqlBool>`phone_bidx = ${who.phoneBidx}`);
  if (!any.length) return Promise.resolve(undefined);
  return db
    .selectFrom('petitions_visits')
    .select(['id', 'repeat_of'])
    .where('district_id', '=', districtId)
    .where((eb) => eb.or(any))
    .orderBy('visited_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The next number of a kind of notice in a district's year (locks the counter's row). */
export async function nextNoticeSeq(
  db: Executor,
  districtId: string,
  year: number,
  kind: 'accept' | 'reject',
) {
  const r = await db
    .insertInto('petitions_counters')
    .values({ district_id: districtId, year, kind, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'year', 'kind']).doUpdateSet({ last: sql`petitions_counters.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}

/** A node's name (the district's, on notices). */
export async function nodeName(db: Executor, districtId: string, id: string) {
  const r = await db
    .selectFrom('org_nodes')
    .select('name')
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r?.name ?? '';
}

/** The counts behind a subtree's figures in a year, and by month. */
export async function figures(db: Executor, inScope: Where, year: number) {
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const base = db
    .selectFrom('petitions_visits as v')
    .where(inScope)
    .where('v.visited_on', '>=', from)
    .where('v.visited_on', '<', to);
  const legal = sql`v.route IN ('litigation', 'arbitration', 'reconsideration', 'mediation')`;
  const total = await base
    .select([
      sql<number>`count(*)::int`.as('visits'),
      sql<number>`count(*) FILTER (WHERE v.route IS NOT NULL)::int`.as('triaged'),
      sql<number>`count(*) FILTER (WHERE ${legal})::int`.as('guided'),
      sql<number>`count(*) FILTER (WHERE v.route = 'mediation')::int`.as('mediation'),
      sql<number>`count(*) FILTER (WHERE v.state = 'closed' AND v.route <> 'petition')::int`.as('settled'),
      sql<number>`count(*) FILTER (WHERE v.state = 'closed' AND v.route <> 'petition' AND v.outcome = 'resolved')::int`.as(
        'resolved',
      ),
      sql<number>`count(*) FILTER (WHERE v.agreement)::int`.as('agreements'),
      sql<number>`count(*) FILTER (WHERE v.agreement AND v.executed)::int`.as('executed'),
      sql<number>`count(*) FILTER (WHERE v.replied_on IS NOT NULL)::int`.as('replied'),
      sql<number>`count(*) FILTER (WHERE v.replied_on IS NOT NULL AND v.replied_on <= v.handle_due)::int`.as(
        'on_time',
      ),
      sql<number>`count(*) FILTER (WHERE v.repeat_of IS NOT NULL)::int`.as('repeats'),
      sql<number>`count(*) FILTER (WHERE v.people_count >= 5)::int`.as('collective'),
    ])
    .executeTakeFirstOrThrow();
  const byRoute = await base
    .select(['v.route', sql<number>`count(*)::int`.as('count')])
    .where('v.route', 'is not', null)
    .groupBy('v.route')
    .execute();
  const byMonth = await base
    .select([
      sql<number>`extract(month FROM v.visited_on)::int`.as('month'),
      sql<number>`count(*)::int`.as('visits'),
      sql<number>`count(*) FILTER (WHERE ${legal})::int`.as('guided'),
      sql<number>`count(*) FILTER (WHERE v.route = 'petition')::int`.as('accepted'),
    ])
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .execute();
  return { total, byRoute, byMonth };
}
