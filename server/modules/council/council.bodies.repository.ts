/** SQL of the councils 议事会 and their members, and a council's figures. */
import { sql, type Expression, type SqlBool } from 'kysely';
import { nodeJoin } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

/** Councils with their node's path, name and level. */
function bodiesWithNode(db: Executor) {
  return db
    .selectFrom('council_bodies as b')
    .innerJoin('org_nodes as n', nodeJoin('b'))
    .select([
      'b.district_id',
      'b.id',
      'b.node_id',
      'b.kind',
      'b.name',
      'n.path',
      'n.name as node_name',
      'n.level',
    ]);
}

/** A council by id with its node's path and name. */
export function findBody(db: Executor, id: string) {
  return bodiesWithNode(db).where('b.id', '=', id).executeTakeFirst();
}

export type BodyRow = NonNullable<Awaited<ReturnType<typeof findBody>>>;

/** The council of a kind on a node, if made. */
export function findBodyOfNode(db: Executor, districtId: string, nodeId: string, kind: string) {
  return bodiesWithNode(db)
    .where('b.district_id', '=', districtId)
    .where('b.node_id', '=', nodeId)
    .where('b.kind', '=', kind)
    .executeTakeFirst();
}

/** Makes the council of a kind on a node unless it exists. */
export async function insertBody(
  trx: Executor,
  b: { districtId: string; id: string; nodeId: string; kind: string; name: string },
) {
  await trx
    .insertInto('council_bodies')
    .values({ district_id: b.districtId, id: b.id, node_id: b.nodeId, kind: b.kind, name: b.name })
    .onConflict((oc) => oc.columns(['district_id', 'node_id', 'kind']).doNothing())
    .execute();
}

/** Councils on nodes inside the scope expression. */
export function findBodies(db: Executor, inScope: Expression<SqlBool>, nodeId?: string, kind?: string) {
  let q = bodiesWithNode(db).where(inScope);
  if (nodeId) q = q.where('b.node_id', '=', nodeId);
  if (kind) q = q.where('b.kind', '=', kind);
  return q.orderBy('n.path').orderBy('b.kind', 'desc').limit(200).execute();
}

/** A council's present members, in joining order. */
export function findMembers(db: Executor, districtId: string, bodyId: string) {
  return db
    .selectFrom('council_members')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('body_id', '=', bodyId)
    .where('left_at', 'is', null)
    .orderBy('seq')
    .execute();
}

/** Adds (or brings back) a member; its number is the next in the council. */
export async function upsertMember(
  trx: Executor,
  m: {
    districtId: string;
    bodyId: string;
    personId: string;
    role: string;
    alias: string;
    guardianId: string | null;
  },
) {
  const { rows } = await sql<{ seq: number; alias: string }>`
    INSERT INTO council_members (district_id, body_id, person_id, role, alias, seq, guardian_id)
    SELECT ${m.districtId}::uuid, ${m.bodyId}::uuid, ${m.personId}::uuid, ${m.role},
      replace(${m.alias}, '{n}', (coalesce(max(seq), 0) + 1)::text), coalesce(max(seq), 0) + 1, ${m.guardianId}::uuid
    FROM council_members WHERE district_id = ${m.districtId}::uuid AND body_id = ${m.bodyId}::uuid
    ON CONFLICT (district_id, body_id, person_id)
      DO UPDATE SET role = excluded.role, left_at = NULL, guardian_id = excluded.guardian_id
    RETURNING seq, alias`.execute(trx);
  return rows[0];
}

/** A member leaves: true when they were a member. */
export async function endMember(trx: Executor, districtId: string, bodyId: string, personId: string) {
  const r = await trx
    .updateTable('council_members')
    .set({ left_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('body_id', '=', bodyId)
    .where('person_id', '=', personId)
    .where('left_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Present members among these persons (any council of the district when bodyId is null). */
export function membersAmong(db: Executor, districtId: string, bodyId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('council_members')
    .select(['person_id', 'role', 'alias', 'guardian_id'])
    .where('district_id', '=', districtId)
    .where('body_id', '=', bodyId)
    .where('person_id', 'in', personIds)
    .where('left_at', 'is', null)
    .execute();
}

/** How many present members of these roles a council has. */
export async function countMembers(
  db: Executor,
  districtId: string,
  bodyId: string,
  roles: readonly string[],
) {
  const r = await db
    .selectFrom('council_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('district_id', '=', districtId)
    .where('body_id', '=', bodyId)
    .where('role', 'in', roles)
    .where('left_at', 'is', null)
    .executeTakeFirstOrThrow();
  return r.n;
}

/** A council's own counts: topics raised, meetings held, topics resolved (all time). */
export async function bodyFigures(db: Executor, districtId: string, bodyId: string) {
  const r = await db
    .selectFrom('council_bodies as b')
    .select([
      sql<number>`(SELECT count(*)::int FROM council_topics t WHERE t.district_id = b.district_id
        AND t.body_id = b.id AND t.hidden_at IS NULL)`.as('topics'),
      sql<number>`(SELECT count(*)::int FROM council_meetings m WHERE m.district_id = b.district_id
        AND m.body_id = b.id AND m.status = 'held')`.as('meetings'),
      sql<number>`(SELECT count(*)::int FROM council_topics t WHERE t.district_id = b.district_id
        AND t.body_id = b.id AND t.stage = 'resolved')`.as('resolved'),
    ])
    .where('b.district_id', '=', districtId)
    .where('b.id', '=', bodyId)
    .executeTakeFirstOrThrow();
  return r;
}

/** Per kind of council inside the scope expression: councils, present members, topics raised, meetings held. */
export function kindFigures(db: Executor, inScope: Expression<SqlBool>) {
  return db
    .selectFrom('council_bodies as b')
    .innerJoin('org_nodes as n', nodeJoin('b'))
    .where(inScope)
    .groupBy('b.kind')
    .select([
      'b.kind',
      sql<number>`count(*)::int`.as('bodies'),
      sql<number>`coalesce(sum((SELECT count(*) FROM council_members m WHERE m.district_id = b.district_id
        AND m.body_id = b.id AND m.left_at IS NULL)), 0)::int`.as('members'),
      sql<number>`coalesce(sum((SELECT count(*) FROM council_topics t WHERE t.district_id = b.district_id
        AND t.body_id = b.id AND t.hidden_at IS NULL)), 0)::int`.as('topics'),
      sql<number>`coalesce(sum((SELECT count(*) FROM council_meetings x WHERE x.district_id = b.district_id
        AND x.body_id = b.id AND x.status = 'held')), 0)::int`.as('meetings'),
    ])
    .execute();
}
