/** SQL of the social-organisation register: its own tables, and org_nodes for paths and names (scope). */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

function orgSelect(db: Executor) {
  return db
    .selectFrom('socialorgs_orgs as o')
    .innerJoin('org_nodes as n', nodeJoin('o'))
    .select([
      'o.district_id',
      'o.id',
      'o.node_id',
      'n.name as node_name',
      'n.path',
      'o.name',
      'o.credit_code',
      'o.category',
      'o.party_branch',
      'o.incubation_level',
      'o.incubation_state',
      'o.contact',
      'o.version',
      sql<number>`(SELECT count(*)::int FROM socialorgs_projects p WHERE p.district_id = o.district_id AND p.org_id = o.id)`.as(
        'projects',
      ),
      sql<{
        year: number;
        result: string;
      } | null>`(SELECT json_build_object('year', i.year, 'result', i.result)
        FROM socialorgs_inspections i WHERE i.district_id = o.district_id AND i.org_id = o.id
        ORDER BY i.year DESC LIMIT 1)`.as('last_inspection'),
    ]);
}
export type OrgRow = NonNullable<Awaited<ReturnType<typeof findOrg>>>;

/** An organisation by id with its node's path. */
export function findOrg(db: Executor, id: string, lock = false) {
  let q = orgSelect(db).where('o.id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Organisations on nodes in scope, by name. */
export function findOrgs(
  db: Executor,
  inScope: Expression<SqlBool>,
  f: { path?: string; q?: string; category?: string; limit?: number },
) {
  let q = orgSelect(db).where(inScope);
  if (f.path) q = q.where('n.path', 'like', `${f.path}%`);
  if (f.q)
    q = q.where((eb) =>
      eb.or([eb('o.name', 'ilike', `%${f.q}%`), eb('o.credit_code', '=', f.q!.toUpperCase())]),
    );
  if (f.category) q = q.where('o.category', '=', f.category);
  return q
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(f.limit ?? 2000)
    .execute();
}

/** Whether a credit code is registered in a district. */
export async function codeTaken(db: Executor, districtId: string, code: string) {
  const r = await db
    .selectFrom('socialorgs_orgs')
    .select('id')
    .where('district_id', '=', districtId)
    .where('credit_code', '=', code)
    .executeTakeFirst();
  return !!r;
}

/** Registers an organisation (false when its credit code was taken meanwhile). */
export async function insertOrg(
  trx: Executor,
  o: {
    district_id: string;
    id: string;
    node_id: string;
    name: string;
    credit_code: string;
    category: string;
    party_branch: string;
    incubation_level: string | null;
    incubation_state: string | null;
    contact: string;
  },
) {
  const r = await trx
    .insertInto('socialorgs_orgs')
    .values(o)
    .onConflict((oc) => oc.columns(['district_id', 'credit_code']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** Updates an organisation if its version is still the one read. */
export async function updateOrg(
  trx: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Partial<{
    name: string;
    category: string;
    party_branch: string;
    incubation_level: string | null;
    incubation_state: string | null;
    contact: string;
  }>,
) {
  const r = await trx
    .updateTable('socialorgs_orgs')
    .set({ ...set, version: sql`version + 1`, updated_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Records (or corrects) a year's inspection. */
export async function upsertInspection(
  trx: Executor,
  i: { district_id: string; org_id: string; year: number; result: string; note: string; recorded_by: string },
) {
  await trx
    .insertInto('socialorgs_inspections')
    .values(i)
    .onConflict((oc) =>
      oc.columns(['district_id', 'org_id', 'year']).doUpdateSet({
        result: i.result,
        note: i.note,
        recorded_by: i.recorded_by,
        recorded_at: sql`now()`,
      }),
    )
    .execute();
}

/** An organisation's inspections, latest first. */
export function inspectionsOf(db: Executor, districtId: string, orgId: string) {
  return db
    .selectFrom('socialorgs_inspections')
    .select(['year', 'result', 'note'])
    .where('district_id', '=', districtId)
    .where('org_id', '=', orgId)
    .orderBy('year', 'desc')
    .execute();
}

/** Records a project the organisation took on. */
export async function insertProject(
  trx: Executor,
  p: {
    district_id: string;
    id: string;
    org_id: string;
    year: number;
    title: string;
    funder: string;
    amount_yuan: number;
  },
) {
  await trx.insertInto('socialorgs_projects').values(p).execute();
}

/** An organisation's projects, latest first. */
export function projectsOf(db: Executor, districtId: string, orgId: string) {
  return db
    .selectFrom('socialorgs_projects')
    .select(['id', 'year', 'title', 'funder', 'amount_yuan'])
    .where('district_id', '=', districtId)
    .where('org_id', '=', orgId)
    .orderBy('year', 'desc')
    .orderBy('id')
    .execute();
}

/** Links a staff account to an organisation (false when it is linked to one already). */
export async function insertStaff(
  trx: Executor,
  s: { district_id: string; user_id: string; org_id: string },
) {
  const r = await trx
    .insertInto('socialorgs_staff')
    .values(s)
    .onConflict((oc) => oc.column('user_id').doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return !!r;
}

/** Unlinks a staff account; true when it was linked to this organisation. */
export async function deleteStaff(trx: Executor, districtId: string, orgId: string, userId: string) {
  const r = await trx
    .deleteFrom('socialorgs_staff')
    .where('district_id', '=', districtId)
    .where('org_id', '=', orgId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** The staff accounts of an organisation. */
export function staffOf(db: Executor, districtId: string, orgId: string) {
  return db
    .selectFrom('socialorgs_staff')
    .select('user_id')
    .where('district_id', '=', districtId)
    .where('org_id', '=', orgId)
    .orderBy('linked_at')
    .execute();
}

/** The organisation a staff account acts for. */
export function orgOfUser(db: Executor, userId: string) {
  return db
    .selectFrom('socialorgs_staff as s')
    .innerJoin('socialorgs_orgs as o', (j) =>
      j.onRef('o.district_id', '=', 's.district_id').onRef('o.id', '=', 's.org_id'),
    )
    .select(['o.district_id', 'o.id', 'o.name', 'o.node_id', 'o.category'])
    .where('s.user_id', '=', userId)
    .executeTakeFirst();
}

/** Names of organisations by id. */
export function orgNames(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('socialorgs_orgs').select(['id', 'name', 'category']).where('id', 'in', ids).execute();
}

/** Counts of a subtree's organisations: all, with a party branch, incubated. */
export function countsUnder(db: Executor, districtId: string, path: string) {
  return db
    .selectFrom('socialorgs_orgs as o')
    .innerJoin('org_nodes as n', nodeJoin('o'))
    .select([
      sql<number>`count(*)::int`.as('orgs'),
      sql<number>`count(*) FILTER (WHERE o.party_branch <> 'none')::int`.as('branches'),
      sql<number>`count(*) FILTER (WHERE o.incubation_level IS NOT NULL)::int`.as('incubated'),
    ])
    .where('o.district_id', '=', districtId)
    .where('n.path', 'like', `${path}%`)
    .executeTakeFirstOrThrow();
}
