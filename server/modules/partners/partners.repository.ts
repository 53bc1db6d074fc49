/** SQL of the partners module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** Stores a partner; nothing when the community has one of that name. */
export function insertPartner(db: Executor, row: Insertable<DB['partners_partners']>) {
  return db
    .insertInto('partners_partners')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
}

/** Links an account to a partner it acts for. */
export function addMember(db: Executor, districtId: string, partnerId: string, userId: string) {
  return db
    .insertInto('partners_members')
    .values({ district_id: districtId, partner_id: partnerId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The partners an account acts for (any state). */
export async function partnerIdsOf(db: Executor, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('partners_members')
    .select('partner_id')
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.partner_id);
}

/** The accounts acting for partners. */
export function membersOf(db: Executor, partnerIds: string[]) {
  if (!partnerIds.length) return Promise.resolve([]);
  return db
    .selectFrom('partners_members')
    .select(['district_id', 'partner_id', 'user_id'])
    .where('partner_id', 'in', partnerIds)
    .execute();
}

const partnerBase = (db: Executor, year: number) =>
  db
    .selectFrom('partners_partners as p')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'p.district_id').onRef('n.id', '=', 'p.node_id'),
    )
    .selectAll('p')
    .select([
      'n.name as node_name',
      'n.path',
      sql<number>`(SELECT coalesce(sum(x.points), 0)::int FROM partners_points x
        WHERE x.district_id = p.district_id AND x.partner_id = p.id AND x.year = ${year})`.as('points'),
      sql<number>`(SELECT count(*)::int FROM partners_assignments a
        WHERE a.district_id = p.district_id AND a.partner_id = p.id)`.as('matters'),
    ]);

/** A partner with its node and the year's points; locked when asked. */
export function findPartner(db: Executor, id: string, year: number, lock = false) {
  let q = partnerBase(db, year).where('p.id', '=', id);
  if (lock) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
export type PartnerRow = NonNullable<Awaited<ReturnType<typeof findPartner>>>;

/** Partners in scope (or these ids), of some states, with the year's points. */
export function findPartners(
  db: Executor,
  q: { inScope?: Where; ids?: string[]; states?: string[]; year: number; limit?: number },
) {
  let s = partnerBase(db, q.year)
    .orderBy('p.created_at')
    .limit(q.limit ?? 5000);
  if (q.inScope) s = s.where(q.inScope);
  if (q.ids) s = q.ids.length ? s.where('p.id', 'in', q.ids) : s.where(sql<boolean>`false`);
  if (q.states) s = s.where('p.state', 'in', q.states);
  return s.execute();
}

/** Writes a partner's review, checking the version. */
export function updatePartner(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['partners_partners']>,
) {
  return updateVersioned(db, 'partners_partners', { districtId, id, version }, set);
}

/** The names of a community's partners (the import's look-up of what is there). */
export function partnerNames(db: Executor, inScope: Where) {
  return db.selectFrom('partners_partners as p').select(['p.node_id', 'p.name']).where(inScope).execute();
}

/** Communities in scope (the import's look-up). */
export function findCommunities(db: Executor, inScope: Where) {
  return db
    .selectFrom('org_nodes as n')
    .select(['n.id', 'n.district_id', 'n.name', 'n.path'])
    .where('n.level', '=', 'community')
    .where(inScope)
    .execute();
}

/** Stores a need. */
export function insertNeed(db: Executor, row: Insertable<DB['partners_needs']>) {
  return db.insertInto('partners_needs').values(row).execute();
}

const needBase = (db: Executor) =>
  db
    .selectFrom('partners_needs as d')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'd.district_id').onRef('n.id', '=', 'd.node_id'),
    )
    .selectAll('d')
    .select(['n.name as node_name', 'n.path']);

/** A need with its node; locked when asked. */
export function findNeed(db: Executor, id: string, lock = false) {
  let q = needBase(db).where('d.id', '=', id);
  if (lock) q = q.forUpdate('d');
  return q.executeTakeFirst();
}
export type NeedRow = NonNullable<Awaited<ReturnType<typeof findNeed>>>;

/** Needs in scope, by a reporter, assigned to partners, of a year and states. */
export function findNeeds(
  db: Executor,
  q: {
    inScope?: Where;
    by?: string;
    partnerIds?: string[];
    year?: number;
    states?: string[];
    limit?: number;
  },
) {
  let s = needBase(db)
    .orderBy('d.created_at', 'desc')
    .limit(q.limit ?? 5000);
  if (q.inScope) s = s.where(q.inScope);
  if (q.by) s = s.where('d.reported_by', '=', q.by);
  if (q.partnerIds)
    s = q.partnerIds.length
      ? s.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('partners_assignments as a')
              .select('a.need_id')
              .whereRef('a.district_id', '=', 'd.district_id')
              .whereRef('a.need_id', '=', 'd.id')
              .where('a.partner_id', 'in', q.partnerIds!),
          ),
        )
      : s.where(sql<boolean>`false`);
  if (q.year) s = s.where('d.year', '=', q.year);
  if (q.states) s = s.where('d.state', 'in', q.states);
  return s.execute();
}

/** Writes a need's move, checking the version. */
export function updateNeed(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['partners_needs']>,
) {
  return updateVersioned(db, 'partners_needs', { districtId, id, version }, set);
}

/**
 * Counts one more 民生实事 of a community's year, only while fewer than max are counted: the
 * row lock makes a second selector wait and re-read the count, so two officers selecting the last
 * one at once cannot both pass. Undefined when the cap is reached.
 */
export async function countSelection(
  db: Executor,
  k: { districtId: string; nodeId: string; year: number },
  max: number,
) {
  await db
    .insertInto('partners_years')
    .values({ district_id: k.districtId, node_id: k.nodeId, year: k.year, selected: 0 })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return db
    .updateTable('partners_years')
    .set({ selected: sql`selected + 1` })
    .where('district_id', '=', k.districtId)
    .where('node_id', '=', k.nodeId)
    .where('year', '=', k.year)
    .where('selected', '<', max)
    .returning('selected')
    .executeTakeFirst();
}

/**
 * Counts one 民生实事 of a community's year fewer (a selection taken back), under the same row lock
 * as countSelection, so a selection waiting for the lock sees the freed place.
 */
export function uncountSelection(db: Executor, k: { districtId: string; nodeId: string; year: number }) {
  return db
    .updateTable('partners_years')
    .set({ selected: sql`selected - 1` })
    .where('district_id', '=', k.districtId)
    .where('node_id', '=', k.nodeId)
    .where('year', '=', k.year)
    .where('selected', '>', 0)
    .executeTakeFirst();
}

/** Removes a matter's partners (its selection taken back); their progress notes stay. */
export function deleteAssignments(db: Executor, districtId: string, needId: string) {
  return db
    .deleteFrom('partners_assignments')
    .where('district_id', '=', districtId)
    .where('need_id', '=', needId)
    .execute();
}

/** Assigns partners to a matter (a repeat adds nothing). */
export function insertAssignments(db: Executor, districtId: string, needId: string, partnerIds: string[]) {
  return db
    .insertInto('partners_assignments')
    .values(partnerIds.map((p) => ({ district_id: districtId, need_id: needId, partner_id: p })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The partners assigned to matters. */
export function assignmentsOf(db: Executor, needIds: string[]) {
  if (!needIds.length) return Promise.resolve([]);
  return db
    .selectFrom('partners_assignments as a')
    .innerJoin('partners_partners as p', (j) =>
      j.onRef('p.district_id', '=', 'a.district_id').onRef('p.id', '=', 'a.partner_id'),
    )
    .select(['a.need_id', 'a.partner_id', 'p.name'])
    .where('a.need_id', 'in', needIds)
    .orderBy('a.created_at')
    .execute();
}

/** Stores a progress report. */
export function insertUpdate(db: Executor, row: Insertable<DB['partners_updates']>) {
  return db.insertInto('partners_updates').values(row).execute();
}

/** The progress reports of matters, oldest first. */
export function updatesOf(db: Executor, needIds: string[]) {
  if (!needIds.length) return Promise.resolve([]);
  return db
    .selectFrom('partners_updates as u')
    .leftJoin('partners_partners as p', (j) =>
      j.onRef('p.district_id', '=', 'u.district_id').onRef('p.id', '=', 'u.partner_id'),
    )
    .select(['u.need_id', 'u.progress', 'u.note', 'u.created_at', 'p.name as partner_name'])
    .where('u.need_id', 'in', needIds)
    .orderBy('u.created_at')
    .execute();
}

/** Credits the partners of a completed matter (once per partner and matter). */
export function insertPoints(db: Executor, rows: Insertable<DB['partners_points']>[]) {
  if (!rows.length) return Promise.resolve([]);
  return db
    .insertInto('partners_points')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** The dashboard's counts under a subtree in a year. */
export async function figures(db: Executor, inScope: (column: string) => Where, year: number) {
  const [p, d, x] = await Promise.all([
    db
      .selectFrom('partners_partners as p')
      .select(sql<number>`count(*)::int`.as('active'))
      .where(inScope('p.node_id'))
      .where('p.state', '=', 'active')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('partners_needs as d')
      .select([
        sql<number>`count(*) FILTER (WHERE extract(year FROM d.created_at AT TIME ZONE 'Asia/Shanghai') = ${year})::int`.as(
          'needs',
        ),
        sql<number>`count(*) FILTER (WHERE d.year = ${year} AND d.state IN ('selected', 'in_progress', 'done'))::int`.as(
          'selected',
        ),
        sql<number>`count(*) FILTER (WHERE d.year = ${year} AND d.state = 'done')::int`.as('done'),
      ])
      .where(inScope('d.node_id'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('partners_points as x')
      .innerJoin('partners_partners as p', (j) =>
        j.onRef('p.district_id', '=', 'x.district_id').onRef('p.id', '=', 'x.partner_id'),
      )
      .select(sql<number>`coalesce(sum(x.points), 0)::int`.as('points'))
      .where(inScope('p.node_id'))
      .where('x.year', '=', year)
      .executeTakeFirstOrThrow(),
  ]);
  return { active: p.active, needs: d.needs, selected: d.selected, done: d.done, points: x.points };
}
