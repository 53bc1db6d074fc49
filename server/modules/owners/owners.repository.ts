/** SQL of the owners module: its own tables, and org_nodes for paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { nodeInPaths, nodeJoin } from '../../platform/access/scope.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';

/** A scope condition on a row's node (the services build it with inReach). */
export type Where = Expression<SqlBool>;

/** A row (its node and compound columns) inside the officer subtrees or among the 业委会's compounds. */
export function inReach(nodeCol: string, compoundCol: string, r: { paths: string[]; compoundIds: string[] }) {
  const byNode = nodeInPaths(nodeCol, r.paths);
  if (!r.compoundIds.length) return byNode;
  return sql<SqlBool>`(${byNode} OR ${sql.ref(compoundCol)} = ANY(${r.compoundIds}::uuid[]))`;
}

// ---- the owners' register ------------------------------------------------------------------

/** The owners of a compound with their units' count and area, by name. */
export function ownersOfCompound(db: Executor, districtId: string, compoundId: string) {
  return db
    .selectFrom('owners_owners as o')
    .select([
      'o.id',
      'o.name',
      'o.phone_mask',
      'o.user_id',
      sql<string[]>`COALESCE((SELECT array_agg(u.room ORDER BY u.room) FROM owners_units u
        WHERE u.district_id = o.district_id AND u.owner_id = o.id), '{}')`.as('rooms'),
      sql<number>`COALESCE((SELECT sum(u.area_x100) FROM owners_units u
        WHERE u.district_id = o.district_id AND u.owner_id = o.id), 0)::int`.as('area_x100'),
    ])
    .where('o.district_id', '=', districtId)
    .where('o.compound_id', '=', compoundId)
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(20_000)
    .execute();
}

/** The units of a compound with their owner, by room (the export). */
export function unitsOfCompound(db: Executor, districtId: string, compoundId: string) {
  return db
    .selectFrom('owners_units as u')
    .innerJoin('owners_owners as o', (j) =>
      j.onRef('o.district_id', '=', 'u.district_id').onRef('o.id', '=', 'u.owner_id'),
    )
    .select(['u.room', 'u.area_x100', 'o.name', 'o.phone_mask'])
    .where('u.district_id', '=', districtId)
    .where('u.compound_id', '=', compoundId)
    .orderBy('u.room')
    .limit(20_000)
    .execute();
}

/** An owner with the path of the compound's community; locked when asked. */
export function findOwner(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('owners_owners as o')
    .innerJoin('org_nodes as n', nodeJoin('o'))
    .selectAll('o')
    .select('n.path')
    .where('o.id', '=', id);
  if (lock) q = q.forUpdate('o');
  return q.executeTakeFirst();
}

/** The owners of a compound by their keys (phone index or name). */
export function ownersByKeys(db: Executor, districtId: string, compoundId: string, keys: string[]) {
  if (!keys.length) return Promise.resolve([]);
  return db
    .selectFrom('owners_owners')
    .select(['id', 'owner_key'])
    .where('district_id', '=', districtId)
    .where('compound_id', '=', compoundId)
    .where('owner_key', 'in', keys)
    .execute();
}

/** The rooms of a compound already registered. */
export function roomsOf(db: Executor, districtId: string, compoundId: string) {
  return db
    .selectFrom('owners_units')
    .select('room')
    .where('district_id', '=', districtId)
    .where('compound_id', '=', compoundId)
    .execute();
}

/** Stores owners; an owner of the same key already there is kept. */
export function insertOwners(db: Executor, rows: Insertable<DB['owners_owners']>[]) {
  if (!rows.length) return Promise.resolve([]);
  return db
    .insertInto('owners_owners')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Stores units; the rooms already there are skipped: the rooms stored. */
export async function insertUnits(db: Executor, rows: Insertable<DB['owners_units']>[]) {
  const r = await db
    .insertInto('owners_units')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .returning('room')
    .execute();
  return r.map((x) => x.room);
}

/** Links an owner to a resident account. */
export function setOwnerUser(db: Executor, districtId: string, id: string, userId: string) {
  return db
    .updateTable('owners_owners')
    .set({ user_id: userId })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Per compound: units, owners holding a unit, area, owners linked to an account. */
export function registerFigures(db: Executor, districtId: string, compoundIds: string[]) {
  if (!compoundIds.length) return Promise.resolve([]);
  return db
    .selectFrom('owners_units as u')
    .innerJoin('owners_owners as o', (j) =>
      j.onRef('o.district_id', '=', 'u.district_id').onRef('o.id', '=', 'u.owner_id'),
    )
    .select([
      'u.compound_id',
      sql<number>`count(*)::int`.as('units'),
      sql<number>`count(DISTINCT u.owner_id)::int`.as('owners'),
      sql<number>`sum(u.area_x100)::int`.as('area_x100'),
      sql<number>`count(DISTINCT u.owner_id) FILTER (WHERE o.user_id IS NOT NULL)::int`.as('linked'),
    ])
    .where('u.district_id', '=', districtId)
    .where('u.compound_id', 'in', compoundIds)
    .groupBy('u.compound_id')
    .execute();
}

/** An owner's area in 0.01 m² (all their units). */
export async function ownerArea(db: Executor, districtId: string, ownerId: string) {
  const r = await db
    .selectFrom('owners_units')
    .select(sql<number>`COALESCE(sum(area_x100), 0)::int`.as('a'))
    .where('district_id', '=', districtId)
    .where('owner_id', '=', ownerId)
    .executeTakeFirstOrThrow();
  return r.a;
}

/** The owners of a compound linked to a resident account (notifications). */
export function linkedUsers(db: Executor, districtId: string, compoundId: string) {
  return db
    .selectFrom('owners_owners')
    .select('user_id')
    .distinct()
    .where('district_id', '=', districtId)
    .where('compound_id', '=', compoundId)
    .where('user_id', 'is not', null)
    .execute();
}

// ---- assemblies ----------------------------------------------------------------------------

function assembliesWithNode(db: Executor) {
  return db
    .selectFrom('owners_assemblies as a')
    .innerJoin('org_nodes as n', nodeJoin('a'))
    .selectAll('a')
    .select([
      'n.path',
      sql<number>`(SELECT count(*)::int FROM owners_ballots b WHERE b.district_id = a.district_id
        AND b.assembly_id = a.id AND (b.channel = 'online' OR b.confirmed_by IS NOT NULL))`.as('counted'),
      sql<number>`(SELECT count(*)::int FROM owners_ballots b WHERE b.district_id = a.district_id
        AND b.assembly_id = a.id AND b.channel = 'paper' AND b.confirmed_by IS NULL)`.as('pending'),
    ]);
}

/** Assemblies in scope (on a.node_id) opened in a period, newest first. */
export function listAssemblies(
  db: Executor,
  inScope: Where,
  f: { from?: string; to?: string; compoundId?: string; state?: string },
) {
  let q = assembliesWithNode(db).where(inScope);
  if (f.from) q = q.where('a.opens_on', '>=', f.from);
  if (f.to) q = q.where('a.opens_on', '<', f.to);
  if (f.compoundId) q = q.where('a.compound_id', '=', f.compoundId);
  if (f.state) q = q.where('a.state', '=', f.state);
  return q.orderBy('a.opens_on', 'desc').orderBy('a.id', 'desc').limit(2000).execute();
}

/** An assembly with its community's path; locked when asked. */
export function findAssembly(db: Executor, id: string, lock = false) {
  let q = assembliesWithNode(db).where('a.id', '=', id);
  if (lock) q = q.forUpdate('a');
  return q.executeTakeFirst();
}
export type AssemblyRow = NonNullable<Awaited<ReturnType<typeof findAssembly>>>;

/** Stores an assembly. */
export function insertAssembly(db: Executor, row: Insertable<DB['owners_assemblies']>) {
  return db.insertInto('owners_assemblies').values(row).execute();
}

/** Stores an assembly's matters. */
export function insertMatters(db: Executor, rows: Insertable<DB['owners_matters']>[]) {
  return db.insertInto('owners_matters').values(rows).execute();
}

/** An assembly's matters in order. */
export function mattersOf(db: Executor, districtId: string, assemblyId: string) {
  return db
    .selectFrom('owners_matters')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('assembly_id', '=', assemblyId)
    .orderBy('seq')
    .execute();
}

/** An assembly's ballots with the owner's name, by cast time. */
export function ballotsOf(db: Executor, districtId: string, assemblyId: string) {
  return db
    .selectFrom('owners_ballots as b')
    .innerJoin('owners_owners as o', (j) =>
      j.onRef('o.district_id', '=', 'b.district_id').onRef('o.id', '=', 'b.owner_id'),
    )
    .selectAll('b')
    .select('o.name')
    .where('b.district_id', '=', districtId)
    .where('b.assembly_id', '=', assemblyId)
    .orderBy('b.cast_at')
    .execute();
}

/** Stores a ballot unless the owner has one: true when stored. */
export async function insertBallot(db: Executor, row: Insertable<DB['owners_ballots']>) {
  const r = await db
    .insertInto('owners_ballots')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('owner_id')
    .executeTakeFirst();
  return r !== undefined;
}

/** An owner's ballot in an assembly, locked. */
export function findBallot(db: Executor, districtId: string, assemblyId: string, ownerId: string) {
  return db
    .selectFrom('owners_ballots')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('assembly_id', '=', assemblyId)
    .where('owner_id', '=', ownerId)
    .forUpdate()
    .executeTakeFirst();
}

/** Replaces an owner's ballot (a change before the close): it waits for confirmation again when on paper. */
export function replaceBallot(
  db: Executor,
  row: Pick<
    Insertable<DB['owners_ballots']>,
    | 'district_id'
    | 'assembly_id'
    | 'owner_id'
    | 'channel'
    | 'choices'
    | 'area_x100'
    | 'entered_by'
    | 'proxy_name'
  >,
) {
  return db
    .updateTable('owners_ballots')
    .set({
      channel: row.channel,
      choices: row.choices,
      area_x100: row.area_x100,
      entered_by: row.entered_by,
      proxy_name: row.proxy_name ?? null,
      confirmed_by: null,
      confirmed_at: null,
      cast_at: sql`now()`,
      changes: sql`changes + 1`,
    })
    .where('district_id', '=', row.district_id)
    .where('assembly_id', '=', row.assembly_id)
    .where('owner_id', '=', row.owner_id)
    .execute();
}

/** Confirms a paper ballot entered by someone else: true when one was waiting. */
export async function confirmBallot(
  db: Executor,
  districtId: string,
  assemblyId: string,
  ownerId: string,
  userId: string,
) {
  const r = await db
    .updateTable('owners_ballots')
    .set({ confirmed_by: userId, confirmed_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('assembly_id', '=', assemblyId)
    .where('owner_id', '=', ownerId)
    .where('channel', '=', 'paper')
    .where('confirmed_by', 'is', null)
    .where('entered_by', '<>', userId)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Closes an assembly at its version with its notice number. */
export function closeAssembly(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: { closed_on: string; notice_year: number; notice_no: number },
) {
  return updateVersioned(db, 'owners_assemblies', { districtId, id, version }, { ...set, state: 'closed' });
}

/** Freezes a matter's outcome. */
export function setMatterPassed(
  db: Executor,
  districtId: string,
  assemblyId: string,
  seq: number,
  passed: boolean,
) {
  return db
    .updateTable('owners_matters')
    .set({ passed })
    .where('district_id', '=', districtId)
    .where('assembly_id', '=', assemblyId)
    .where('seq', '=', seq)
    .execute();
}

/** The next gapless notice number of a district's year (the row is locked until commit). */
export async function nextNoticeNo(db: Executor, districtId: string, year: number) {
  const r = await db
    .insertInto('owners_notice_numbers')
    .values({ district_id: districtId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'year']).doUpdateSet({ last: sql`owners_notice_numbers.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}

/** The owners a resident account votes for in a compound. */
export function ownersOfUser(db: Executor, userId: string, districtId: string, compoundId: string) {
  return db
    .selectFrom('owners_owners')
    .select(['id', 'name'])
    .where('user_id', '=', userId)
    .where('district_id', '=', districtId)
    .where('compound_id', '=', compoundId)
    .execute();
}

/** Open assemblies of the compounds where the account is linked to an owner, with whether it voted. */
export function openForUser(db: Executor, userId: string, today: string) {
  return db
    .selectFrom('owners_owners as o')
    .innerJoin('owners_assemblies as a', (j) =>
      j.onRef('a.district_id', '=', 'o.district_id').onRef('a.compound_id', '=', 'o.compound_id'),
    )
    .select([
      'a.id',
      'a.title',
      'a.closes_on',
      'a.compound_id',
      'o.id as owner_id',
      'o.name as owner_name',
      sql<boolean>`EXISTS (SELECT 1 FROM owners_ballots b WHERE b.district_id = a.district_id
        AND b.assembly_id = a.id AND b.owner_id = o.id)`.as('voted'),
    ])
    .where('o.user_id', '=', userId)
    .where('a.state', '=', 'open')
    .where('a.opens_on', '<=', today)
    .orderBy('a.closes_on')
    .limit(200)
    .execute();
}

/** Paper ballots waiting for a second officer (not the one who entered them) in scope (on a.node_id). */
export function paperToConfirm(db: Executor, inScope: Where, userId: string) {
  return db
    .selectFrom('owners_ballots as b')
    .innerJoin('owners_assemblies as a', (j) =>
      j.onRef('a.district_id', '=', 'b.district_id').onRef('a.id', '=', 'b.assembly_id'),
    )
    .select(['a.id', 'a.title', sql<number>`count(*)::int`.as('n')])
    .where('b.channel', '=', 'paper')
    .where('b.confirmed_by', 'is', null)
    .where('b.entered_by', '<>', userId)
    .where('a.state', '=', 'open')
    .where(inScope)
    .groupBy(['a.id', 'a.title'])
    .limit(500)
    .execute();
}

/**
 * The dashboard's counts under a scope: committees in term today and their members (party members,
 * 交叉任职); assemblies closed in the period and their matters (passed).
 */
export async function findFigures(db: Executor, under: string[], from: string, to: string, today: string) {
  const committees = await db
    .selectFrom('owners_elections as e')
    .select([
      sql<number>`count(DISTINCT e.compound_id)::int`.as('compounds'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM owners_candidates c WHERE c.district_id = e.district_id
        AND c.election_id = e.id AND c.elected)), 0)::int`.as('members'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM owners_candidates c WHERE c.district_id = e.district_id
        AND c.election_id = e.id AND c.elected AND c.party_member)), 0)::int`.as('party'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM owners_candidates c WHERE c.district_id = e.district_id
        AND c.election_id = e.id AND c.elected AND c.cross_post)), 0)::int`.as('cross'),
    ])
    .where('e.state', '=', 'elected')
    .where('e.term_starts', '<=', today)
    .where('e.term_ends', '>=', today)
    .where(nodeInPaths('e.node_id', under))
    .executeTakeFirstOrThrow();
  const assemblies = await db
    .selectFrom('owners_assemblies as a')
    .select([
      sql<number>`count(*)::int`.as('held'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM owners_matters m WHERE m.district_id = a.district_id
        AND m.assembly_id = a.id)), 0)::int`.as('matters'),
      sql<number>`COALESCE(sum((SELECT count(*) FROM owners_matters m WHERE m.district_id = a.district_id
        AND m.assembly_id = a.id AND m.passed)), 0)::int`.as('passed'),
    ])
    .where('a.state', '=', 'closed')
    .where('a.closed_on', '>=', from)
    .where('a.closed_on', '<', to)
    .where(nodeInPaths('a.node_id', under))
    .executeTakeFirstOrThrow();
  return { ...committees, ...assemblies };
}
