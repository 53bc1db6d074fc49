/** SQL of the registers: companies, compounds, 业委会 members and the accounts linked to them. */
import { sql, type SqlBool } from 'kysely';
import { nodeJoin } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { likeEscape } from '../../platform/db/like.ts';
import { type CompoundScope, compoundVisible, companyVisible } from './property.scope.repository.ts';

// ---------- companies ----------

const companyCols = [
  'co.district_id',
  'co.id',
  'co.node_id',
  'co.name',
  'co.credit_code',
  'co.contact_name',
  'co.has_party_org',
  'co.party_org_id',
  'co.version',
  'n.path',
  'n.name as node_name',
] as const;

/** Companies in scope (optionally under a path, or named like q), by name. */
export function listCompanies(
  db: Executor,
  s: CompoundScope,
  f: { under?: string; q?: string; limit: number },
) {
  let q = db
    .selectFrom('property_companies as co')
    .innerJoin('org_nodes as n', nodeJoin('co'))
    .select(companyCols)
    .select((eb) =>
      eb
        .selectFrom('property_compounds as x')
        .whereRef('x.district_id', '=', 'co.district_id')
        .whereRef('x.company_id', '=', 'co.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('compounds'),
    )
    .where(companyVisible(s));
  if (f.under)
    q = q.where((eb) =>
      eb.or([
        eb('n.path', 'like', `${f.under}%`),
        sql<SqlBool>`EXISTS (SELECT 1 FROM property_compounds c JOIN org_nodes cn ON cn.district_id = c.district_id AND cn.id = c.node_id WHERE c.district_id = co.district_id AND c.company_id = co.id AND cn.path LIKE ${f.under + '%'})`,
      ]),
    );
  if (f.q) q = q.where('co.name', 'like', `%${likeEscape(f.q)}%`);
  return q.orderBy('co.name').orderBy('co.id').limit(f.limit).execute();
}

/** One company with its node's path, if inside the scope (or, with no scope, at all). */
export function findCompany(db: Executor, id: string, s?: CompoundScope) {
  let q = db
    .selectFrom('property_companies as co')
    .innerJoin('org_nodes as n', nodeJoin('co'))
    .select(companyCols)
    .where('co.id', '=', id);
  if (s) q = q.where(companyVisible(s));
  return q.executeTakeFirst();
}

/** A company by its credit code in a district (for imports). */
export function companyByCode(db: Executor, districtId: string, code: string) {
  return db
    .selectFrom('property_companies')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('credit_code', '=', code)
    .executeTakeFirst();
}

/** Companies of a district by name (for imports of compounds). */
export function companiesByName(db: Executor, districtId: string, names: string[]) {
  if (!names.length) return Promise.resolve([]);
  return db
    .selectFrom('property_companies')
    .select(['id', 'name', 'node_id'])
    .where('district_id', '=', districtId)
    .where('name', 'in', names)
    .execute();
}

export type NewCompany = {
  district_id: string;
  id: string;
  node_id: string;
  name: string;
  credit_code: string;
  contact_name: string;
  has_party_org: boolean;
  party_org_id: string | null;
};

/** Adds companies; a credit code taken already is skipped (returns the ids made). */
export async function insertCompanies(db: Executor, rows: NewCompany[]) {
  if (!rows.length) return [];
  return (
    await db
      .insertInto('property_companies')
      .values(rows)
      .onConflict((oc) => oc.columns(['district_id', 'credit_code']).doNothing())
      .returning('id')
      .execute()
  ).map((r) => r.id);
}

/** Updates a company if its version is still the one read; false otherwise. */
export async function updateCompany(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  patch: Partial<Pick<NewCompany, 'name' | 'contact_name' | 'has_party_org' | 'party_org_id'>>,
) {
  const r = await updateVersioned(db, 'property_companies', { districtId, id, version }, patch);
  return Number(r.numUpdatedRows) === 1;
}

// ---------- compounds ----------

const compoundCols = [
  'c.district_id',
  'c.id',
  'c.node_id',
  'c.name',
  'c.address',
  'c.households',
  'c.company_id',
  'c.party_org_id',
  'c.branch_kind',
  'c.version',
  'n.path',
  'n.name as node_name',
  'co.name as company_name',
] as const;

function compoundsFrom(db: Executor) {
  return db
    .selectFrom('property_compounds as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .leftJoin('property_companies as co', (j) =>
      j.onRef('co.district_id', '=', 'c.district_id').onRef('co.id', '=', 'c.company_id'),
    );
}

/** Compounds in scope, under a path and/or served by a company, by name. */
export function listCompounds(
  db: Executor,
  s: CompoundScope,
  f: { under?: string; companyId?: string; limit: number },
) {
  let q = compoundsFrom(db).select(compoundCols).where(compoundVisible(s));
  if (f.under) q = q.where('n.path', 'like', `${f.under}%`);
  if (f.companyId) q = q.where('c.company_id', '=', f.companyId);
  return q.orderBy('c.name').orderBy('c.id').limit(f.limit).execute();
}

/** One compound, if it is inside the scope (or, with no scope, at all). */
export function findCompound(db: Executor, id: string, s?: CompoundScope) {
  let q = compoundsFrom(db).select(compoundCols).where('c.id', '=', id);
  if (s) q = q.where(compoundVisible(s));
  return q.executeTakeFirst();
}
export type CompoundRow = NonNullable<Awaited<ReturnType<typeof findCompound>>>;

/** Compounds of a district by community and name (imports). */
export function compoundsOfDistrict(db: Executor, districtId: string) {
  return db
    .selectFrom('property_compounds as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .select(['c.id', 'c.name', 'c.node_id', 'c.company_id', 'n.path', 'n.name as node_name'])
    .where('c.district_id', '=', districtId)
    .execute();
}

export type NewCompound = {
  district_id: string;
  id: string;
  node_id: string;
  name: string;
  address: string;
  households: number;
  company_id: string | null;
  party_org_id: string | null;
  branch_kind: string;
};

/** Adds compounds; a name taken on the same community is skipped (returns the ids made). */
export async function insertCompounds(db: Executor, rows: NewCompound[]) {
  if (!rows.length) return [];
  return (
    await db
      .insertInto('property_compounds')
      .values(rows)
      .onConflict((oc) => oc.columns(['district_id', 'node_id', 'name']).doNothing())
      .returning('id')
      .execute()
  ).map((r) => r.id);
}

/** Updates a compound if its version is still the one read; false otherwise. */
export async function updateCompound(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  patch: Partial<
    Pick<NewCompound, 'name' | 'address' | 'households' | 'company_id' | 'party_org_id' | 'branch_kind'>
  >,
) {
  const r = await updateVersioned(db, 'property_compounds', { districtId, id, version }, patch);
  return Number(r.numUpdatedRows) === 1;
}

/** 业委会 members of some compounds. */
export function committeeOf(db: Executor, districtId: string, compoundIds: string[]) {
  if (!compoundIds.length) return Promise.resolve([]);
  return db
    .selectFrom('property_committee_members')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('compound_id', 'in', compoundIds)
    .orderBy(sql`CASE post WHEN 'director' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END`)
    .orderBy('name')
    .execute();
}

/** Adds a 业委会 member. */
export async function insertCommitteeMember(
  db: Executor,
  row: {
    district_id: string;
    compound_id: string;
    id: string;
    name: string;
    post: string;
    party_member: boolean;
    term_ends: string | null;
  },
) {
  await db.insertInto('property_committee_members').values(row).execute();
}

/** Removes a 业委会 member; false when there was none. */
export async function deleteCommitteeMember(
  db: Executor,
  districtId: string,
  compoundId: string,
  id: string,
) {
  const r = await db
    .deleteFrom('property_committee_members')
    .where('district_id', '=', districtId)
    .where('compound_id', '=', compoundId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** Links a property staff account to its company (idempotent). */
export async function linkStaff(db: Executor, districtId: string, companyId: string, userId: string) {
  await db
    .insertInto('property_staff_links')
    .values({ district_id: districtId, company_id: companyId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Links a 业委会 member's account to its compound (idempotent). */
export async function linkCommittee(db: Executor, districtId: string, compoundId: string, userId: string) {
  await db
    .insertInto('property_committee_links')
    .values({ district_id: districtId, compound_id: compoundId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/** Accounts linked to companies (staff) and to compounds (committee). */
export async function linkedUsers(
  db: Executor,
  districtId: string,
  f: { companyId?: string; compoundId?: string },
) {
  if (f.companyId)
    return (
      await db
        .selectFrom('property_staff_links')
        .select('user_id')
        .where('district_id', '=', districtId)
        .where('company_id', '=', f.companyId)
        .execute()
    ).map((r) => r.user_id);
  return (
    await db
      .selectFrom('property_committee_links')
      .select('user_id')
      .where('district_id', '=', districtId)
      .where('compound_id', '=', f.compoundId ?? '')
      .execute()
  ).map((r) => r.user_id);
}

/** Communities under a path (imports name them). */
export function communitiesUnder(db: Executor, path: string) {
  return db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path', 'district_id'])
    .where('path', 'like', `${path}%`)
    .where('level', '=', 'community')
    .limit(5000)
    .execute();
}
