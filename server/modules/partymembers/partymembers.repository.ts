/** SQL of the mobile party member module: its own tables, and org_nodes for paths and names (scope). */
import { sql, type SqlBool } from 'kysely';
import {
  isDistrict,
  nodeInPaths,
  nodeJoin,
  rowUnder,
  type SubtreeRoot,
} from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { Direction } from './partymembers.rules.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

// ---------- members ----------

const memberColumns = [
  'm.district_id',
  'm.id',
  'm.person_id',
  'm.party_org_id',
  'm.node_id',
  'm.direction',
  'm.left_on',
  'm.origin',
  'm.destination',
  'm.lat',
  'm.lng',
  'm.work',
  'm.conduct',
  'm.basic_checked',
  'm.status',
  'm.returned_on',
  'm.team_id',
  'm.source',
  'm.version',
  'm.created_at',
  'n.path',
  'n.name as node_name',
] as const;

/** A member by id with the branch node's path and name (optionally locked). */
export function findMember(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('partymembers_members as m')
    .innerJoin('org_nodes as n', nodeJoin('m'))
    .select(memberColumns)
    .where('m.id', '=', id);
  if (lock) q = q.forUpdate('m');
  return q.executeTakeFirst();
}
export type MemberRow = NonNullable<Awaited<ReturnType<typeof findMember>>>;

/** A person's active record in one direction (the scan updates it rather than adding another). */
export function findActive(db: Executor, districtId: string, personId: string, direction: Direction) {
  return db
    .selectFrom('partymembers_members as m')
    .innerJoin('org_nodes as n', nodeJoin('m'))
    .select(memberColumns)
    .where('m.district_id', '=', districtId)
    .where('m.person_id', '=', personId)
    .where('m.direction', '=', direction)
    .where('m.status', '=', 'active')
    .forUpdate('m')
    .executeTakeFirst();
}

/** Filters of the register. */
export interface MemberFilter {
  paths: string[];
  personId?: string;
  direction?: Direction;
  status?: 'active' | 'returned';
  teamId?: string;
  limit: number;
  offset: number;
}

/** Members inside the subtrees (or one person's own), newest first. */
export function listMembers(db: Executor, f: MemberFilter) {
  let q = db
    .selectFrom('partymembers_members as m')
    .innerJoin('org_nodes as n', nodeJoin('m'))
    .select(memberColumns)
    .select(sql<number>`count(*) over ()`.as('total'));
  q = f.personId ? q.where('m.person_id', '=', f.personId) : q.where(nodeInPaths('m.node_id', f.paths));
  if (f.direction) q = q.where('m.direction', '=', f.direction);
  if (f.status) q = q.where('m.status', '=', f.status);
  if (f.teamId) q = q.where('m.team_id', '=', f.teamId);
  return q.orderBy('m.created_at', 'desc').orderBy('m.id').limit(f.limit).offset(f.offset).execute();
}

/** A member as registered. */
export type NewMember = {
  district_id: string;
  id: string;
  person_id: string;
  party_org_id: string;
  node_id: string;
  direction: Direction;
  left_on: string | null;
  origin: string;
  destination: string;
  lat: number | null;
  lng: number | null;
  work: string;
  conduct: string;
  basic_checked: boolean;
  source: 'register' | 'scan' | 'import';
};

/** Inserts a member. */
export async function insertMember(db: Executor, row: NewMember) {
  await db.insertInto('partymembers_members').values(row).execute();
}

/** Updates a member if its version is still the one read; false otherwise. */
export async function updateMember(
  db: Executor,
  key: { district_id: string; id: string; version: number },
  set: Partial<
    Omit<NewMember, 'district_id' | 'id' | 'person_id' | 'direction' | 'source'> & {
      status: 'active' | 'returned';
      returned_on: string | null;
      team_id: string | null;
    }
  >,
): Promise<boolean> {
  const r = await db
    .updateTable('partymembers_members')
    .set({ ...set, version: key.version + 1, updated_at: new Date() })
    .where('district_id', '=', key.district_id)
    .where('id', '=', key.id)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Members with no record of some of the five clears (active ones), per subtree; count and a few. */
export async function incompleteMembers(db: Executor, paths: string[]) {
  const rows = await db
    .selectFrom('partymembers_members as m')
    .select(['m.id', 'm.person_id', 'm.basic_checked', 'm.left_on', 'm.destination', 'm.work', 'm.conduct'])
    .where(nodeInPaths('m.node_id', paths))
    .where('m.status', '=', 'active')
    .where((eb) =>
      eb.or([
        eb('m.basic_checked', '=', false),
        eb('m.left_on', 'is', null),
        eb('m.destination', '=', ''),
        eb('m.work', '=', ''),
        eb('m.conduct', '=', ''),
      ]),
    )
    .limit(1000)
    .execute();
  return rows;
}

/** Active members with a place, for the map 初心坐标图. */
export function placedMembers(db: Executor, paths: string[]) {
  return db
    .selectFrom('partymembers_members as m')
    .select(['m.id', 'm.district_id', 'm.person_id', 'm.direction', 'm.lat', 'm.lng', 'm.destination'])
    .where(nodeInPaths('m.node_id', paths))
    .where('m.status', '=', 'active')
    .where('m.lat', 'is not', null)
    .limit(5000)
    .execute();
}

/**
 * Active mobile members under the roots by direction, and how many of them have a five-clears gap
 * (basic information unchecked, or the time of leaving, destination, work or conduct missing), in
 * one pass over the register.
 */
export async function activeFigures(db: Executor, roots: SubtreeRoot[]) {
  return db
    .selectFrom('partymembers_members as m')
    .select([
      sql<number>`count(*) FILTER (WHERE m.direction = 'in')::int`.as('in'),
      sql<number>`count(*) FILTER (WHERE m.direction = 'out')::int`.as('out'),
      sql<number>`count(*) FILTER (WHERE m.basic_checked = false OR m.left_on IS NULL OR m.destination = '' OR m.work = '' OR m.conduct = '')::int`.as(
        'incomplete',
      ),
    ])
    .where(rowUnder('m', roots))
    .where('m.status', '=', 'active')
    .executeTakeFirstOrThrow();
}

/** Active mobile members under the roots by direction. */
export async function countActive(db: Executor, roots: SubtreeRoot[]) {
  const f = await activeFigures(db, roots);
  return { in: f.in, out: f.out };
}

// ---------- moves (the monthly tables) ----------

/** Records a move into the monthly tables. */
export async function insertMove(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    member_id: string;
    node_id: string;
    direction: 'in' | 'out' | 'return';
    moved_on: string;
    place: string;
    source: 'register' | 'scan' | 'import';
  },
) {
  await db.insertInto('partymembers_moves').values(row).execute();
}

/** Moves of one direction in a date range inside the subtrees, with their member, by date. */
export function movesBetween(
  db: Executor,
  paths: string[],
  range: { from: string; to: string },
  direction: 'in' | 'out' | 'return',
) {
  return db
    .selectFrom('partymembers_moves as v')
    .innerJoin('partymembers_members as m', (j) =>
      j.onRef('m.district_id', '=', 'v.district_id').onRef('m.id', '=', 'v.member_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('v'))
    .select([
      'v.id',
      'v.member_id',
      'v.moved_on',
      'v.place',
      'v.source',
      'm.district_id',
      'm.person_id',
      'm.party_org_id',
      'm.origin',
      'm.destination',
      'm.work',
      'n.name as node_name',
    ])
    .where(nodeInPaths('v.node_id', paths))
    .where('v.direction', '=', direction)
    .where('v.moved_on', '>=', range.from)
    .where('v.moved_on', '<', range.to)
    .orderBy('v.moved_on')
    .orderBy('v.id')
    .limit(5000)
    .execute();
}

/** Moves per month and direction in a date range inside the subtrees. */
export function monthlyCounts(db: Executor, roots: SubtreeRoot[], range: { from: string; to: string }) {
  return db
    .selectFrom('partymembers_moves as v')
    .select([
      sql<string>`to_char(v.moved_on, 'YYYY-MM')`.as('month'),
      'v.direction',
      sql<number>`count(*)::int`.as('n'),
    ])
    .where(rowUnder('v', roots))
    .where('v.moved_on', '>=', range.from)
    .where('v.moved_on', '<', range.to)
    .groupBy(['month', 'v.direction'])
    .execute();
}

/** Where members went or came from most, in a date range (the analysis 梳理分析). */
export function topPlaces(
  db: Executor,
  paths: string[],
  range: { from: string; to: string },
  direction: 'in' | 'out',
) {
  return db
    .selectFrom('partymembers_moves as v')
    .select(['v.place', sql<number>`count(*)::int`.as('n')])
    .where(nodeInPaths('v.node_id', paths))
    .where('v.direction', '=', direction)
    .where('v.moved_on', '>=', range.from)
    .where('v.moved_on', '<', range.to)
    .where('v.place', '<>', '')
    .groupBy('v.place')
    .orderBy('n', 'desc')
    .limit(10)
    .execute();
}

// ---------- return codes ----------

/** Stores a return code. */
export async function insertCode(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    node_id: string;
    token: string;
    person_id: string | null;
    expires_at: Date;
    created_by: string;
  },
) {
  await db.insertInto('partymembers_codes').values(row).execute();
}

/** A code by its token with its node (locked when used). */
export function findCode(db: Executor, token: string, lock = false) {
  let q = db
    .selectFrom('partymembers_codes as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .select([
      'c.district_id',
      'c.id',
      'c.node_id',
      'c.token',
      'c.person_id',
      'c.expires_at',
      'c.used_at',
      'n.path',
      'n.name as node_name',
    ])
    .where('c.token', '=', token);
  if (lock) q = q.forUpdate('c');
  return q.executeTakeFirst();
}

/** Marks a code used now. */
export async function useCode(db: Executor, districtId: string, id: string) {
  await db
    .updateTable('partymembers_codes')
    .set({ used_at: new Date() })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Public (not one-time) codes of nodes inside the subtrees that are still valid. */
export function publicCodes(db: Executor, paths: string[]) {
  return db
    .selectFrom('partymembers_codes as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .select(['c.id', 'c.node_id', 'c.token', 'c.expires_at', 'n.name as node_name'])
    .where(nodeInPaths('c.node_id', paths))
    .where('c.person_id', 'is', null)
    .where('c.expires_at', '>', new Date())
    .orderBy('c.created_at', 'desc')
    .limit(50)
    .execute();
}

// ---------- vanguard teams and services ----------

/** Creates a team. */
export async function insertTeam(
  db: Executor,
  row: { district_id: string; id: string; node_id: string; name: string; services: string[] },
) {
  await db.insertInto('partymembers_teams').values(row).execute();
}

/** A team by id with its node. */
export function findTeam(db: Executor, id: string) {
  return db
    .selectFrom('partymembers_teams as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select(['t.district_id', 't.id', 't.node_id', 't.name', 't.services', 'n.path', 'n.name as node_name'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** Teams inside the subtrees with their members and services counted. */
export function listTeams(db: Executor, paths: string[], year: number) {
  return db
    .selectFrom('partymembers_teams as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select([
      't.id',
      't.node_id',
      't.name',
      't.services',
      'n.name as node_name',
      'n.path',
      sql<number>`(SELECT count(*)::int FROM partymembers_members m
        WHERE m.district_id = t.district_id AND m.team_id = t.id AND m.status = 'active')`.as('members'),
      sql<number>`(SELECT count(*)::int FROM partymembers_services s
        WHERE s.district_id = t.district_id AND s.team_id = t.id
          AND s.served_on >= make_date(${year}, 1, 1) AND s.served_on < make_date(${year + 1}, 1, 1))`.as(
        'served',
      ),
    ])
    .where(nodeInPaths('t.node_id', paths))
    .orderBy('n.path')
    .orderBy('t.name')
    .limit(500)
    .execute();
}

/** Records a service. */
export async function insertService(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    team_id: string;
    member_id: string;
    service: string;
    served_on: string;
    hours: number;
    note: string;
  },
) {
  await db.insertInto('partymembers_services').values(row).execute();
}

/** Services of a member (newest first) with the count and hours of a year. */
export function servicesOf(db: Executor, districtId: string, memberId: string) {
  return db
    .selectFrom('partymembers_services')
    .select(['id', 'service', 'served_on', 'hours', 'note'])
    .where('district_id', '=', districtId)
    .where('member_id', '=', memberId)
    .orderBy('served_on', 'desc')
    .limit(200)
    .execute();
}

/** Services counted per member (all time), for lists. */
export async function serviceCounts(db: Executor, districtId: string, memberIds: string[]) {
  if (memberIds.length === 0) return new Map<string, { n: number; hours: number }>();
  const rows = await db
    .selectFrom('partymembers_services')
    .select([
      'member_id',
      sql<number>`count(*)::int`.as('n'),
      sql<number>`coalesce(sum(hours), 0)::float8`.as('hours'),
    ])
    .where('district_id', '=', districtId)
    .where('member_id', 'in', memberIds)
    .groupBy('member_id')
    .execute();
  return new Map(rows.map((r) => [r.member_id, { n: r.n, hours: r.hours }]));
}

/** Services given in the subtree in a date range. */
export async function countServices(db: Executor, roots: SubtreeRoot[], range: { from: string; to: string }) {
  const r = await db
    .selectFrom('partymembers_services as s')
    .select(sql<number>`count(*)::int`.as('n'))
    // a district's services carry its tenant key; a smaller subtree's are its teams'
    .where(
      roots.length && roots.every(isDistrict)
        ? rowUnder('s', roots)
        : sql<SqlBool>`(s.district_id, s.team_id) IN (SELECT t.district_id, t.id FROM partymembers_teams t WHERE ${rowUnder('t', roots)})`,
    )
    .where('s.served_on', '>=', range.from)
    .where('s.served_on', '<', range.to)
    .executeTakeFirst();
  return r?.n ?? 0;
}
