/** SQL of the socialfund module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeInPaths, nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** Stores a fund. */
export function insertFund(db: Executor, row: Insertable<DB['socialfund_funds']>) {
  return db.insertInto('socialfund_funds').values(row).execute();
}

/** The funds of districts, with their node's name and path, social first. */
export function findFunds(db: Executor, districtIds: string[]) {
  if (districtIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('socialfund_funds as f')
    .innerJoin('org_nodes as n', nodeJoin('f'))
    .selectAll('f')
    .select(['n.name as node_name', 'n.path'])
    .where('f.district_id', 'in', districtIds)
    .orderBy('f.kind', 'desc')
    .orderBy('f.created_at')
    .limit(100)
    .execute();
}

/** One fund with its node. */
export function findFund(db: Executor, id: string) {
  return db
    .selectFrom('socialfund_funds as f')
    .innerJoin('org_nodes as n', nodeJoin('f'))
    .selectAll('f')
    .select(['n.name as node_name', 'n.path'])
    .where('f.id', '=', id)
    .executeTakeFirst();
}
export type FundRow = NonNullable<Awaited<ReturnType<typeof findFund>>>;

/** Stores a round unless the fund has one of that number: true when stored. */
export async function insertRound(db: Executor, row: Insertable<DB['socialfund_rounds']>) {
  const r = await db
    .insertInto('socialfund_rounds')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Rounds with their fund's kind, name, plan and node path, and their application counts. */
function roundsWithFund(db: Executor) {
  return db
    .selectFrom('socialfund_rounds as r')
    .innerJoin('socialfund_funds as f', (j) =>
      j.onRef('f.district_id', '=', 'r.district_id').onRef('f.id', '=', 'r.fund_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('f'))
    .selectAll('r')
    .select([
      'f.kind as fund_kind',
      'f.name as fund_name',
      'f.tranche_plan',
      'f.node_id as fund_node_id',
      'n.path',
      sql<number>`(SELECT count(*) FROM socialfund_applications a WHERE a.district_id = r.district_id
        AND a.round_id = r.id AND a.state <> 'draft')::int`.as('applications'),
      sql<number>`(SELECT count(*) FROM socialfund_applications a WHERE a.district_id = r.district_id
        AND a.round_id = r.id AND a.state IN ('funded', 'agreed', 'completed', 'failed'))::int`.as('funded'),
    ]);
}

/** The rounds of funds, newest first. */
export function findRounds(db: Executor, fundIds: string[]) {
  if (fundIds.length === 0) return Promise.resolve([]);
  return roundsWithFund(db)
    .where('r.fund_id', 'in', fundIds)
    .orderBy('r.round_no', 'desc')
    .limit(1000)
    .execute();
}

/** A round with its fund; locked when asked (decisions lock it so two never overspend). */
export function findRound(db: Executor, id: string, lock = false) {
  let q = roundsWithFund(db).where('r.id', '=', id);
  if (lock) q = q.forUpdate('r');
  return q.executeTakeFirst();
}
export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

/** Rounds of districts in a year (the figures). */
export function findRoundsOfYear(db: Executor, districtId: string, year: number) {
  return roundsWithFund(db)
    .where('r.district_id', '=', districtId)
    .where('r.year', '=', year)
    .orderBy('f.kind', 'desc')
    .orderBy('r.round_no')
    .execute();
}

/** Changes a round, checking the version. */
export function updateRound(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['socialfund_rounds']>,
) {
  return updateVersioned(db, 'socialfund_rounds', { districtId, id, version }, set);
}

/** Adds a grant to what a round has allocated (the caller holds the round's row lock). */
export function addAllocated(db: Executor, districtId: string, id: string, fen: number) {
  return db
    .updateTable('socialfund_rounds')
    .set({ allocated_fen: sql`allocated_fen + ${fen}`, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Stores an application with its budget lines. */
export async function insertApplication(
  db: Executor,
  row: Insertable<DB['socialfund_applications']>,
  lines: { item: string; amountFen: number }[],
) {
  await db.insertInto('socialfund_applications').values(row).execute();
  await insertLines(db, row.district_id, row.id, lines, 1);
}

/** Appends budget lines numbered from first. */
export async function insertLines(
  db: Executor,
  districtId: string,
  applicationId: string,
  lines: { item: string; amountFen: number }[],
  first: number,
) {
  if (lines.length === 0) return;
  await db
    .insertInto('socialfund_budget_lines')
    .values(
      lines.map((l, i) => ({
        district_id: districtId,
        application_id: applicationId,
        line_no: first + i,
        item: l.item,
        amount_fen: l.amountFen,
      })),
    )
    .execute();
}

/** Removes an application's budget lines (a draft rewritten). */
export function deleteLines(db: Executor, districtId: string, applicationId: string) {
  return db
    .deleteFrom('socialfund_budget_lines')
    .where('district_id', '=', districtId)
    .where('application_id', '=', applicationId)
    .execute();
}

/** The budget lines of applications, in order. */
export function findLines(db: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('socialfund_budget_lines')
    .selectAll()
    .where('application_id', 'in', applicationIds)
    .orderBy('application_id')
    .orderBy('line_no')
    .execute();
}

/** Applications with their node, round and fund. */
function applicationsWithRound(db: Executor) {
  return db
    .selectFrom('socialfund_applications as a')
    .innerJoin('org_nodes as n', nodeJoin('a'))
    .innerJoin('socialfund_rounds as r', (j) =>
      j.onRef('r.district_id', '=', 'a.district_id').onRef('r.id', '=', 'a.round_id'),
    )
    .innerJoin('socialfund_funds as f', (j) =>
      j.onRef('f.district_id', '=', 'r.district_id').onRef('f.id', '=', 'r.fund_id'),
    )
    .selectAll('a')
    .select([
      'n.name as node_name',
      'n.path',
      'r.title as round_title',
      'r.state as round_state',
      'f.name as fund_name',
      'f.kind as fund_kind',
      sql<number>`(SELECT count(*) FROM socialfund_tranches t WHERE t.district_id = a.district_id
        AND t.application_id = a.id AND t.state = 'paid')::int`.as('paid_tranches'),
      sql<number>`(SELECT count(*) FROM socialfund_reports p WHERE p.district_id = a.district_id
        AND p.application_id = a.id)::int`.as('report_count'),
    ]);
}

/** Applications by a condition, oldest first. */
export function findApplications(db: Executor, where: Where, limit = 2000) {
  return applicationsWithRound(db).where(where).orderBy('a.created_at').limit(limit).execute();
}

/** One application; locked when asked. */
export function findApplication(db: Executor, id: string, lock = false) {
  let q = applicationsWithRound(db).where('a.id', '=', id);
  if (lock) q = q.forUpdate('a');
  return q.executeTakeFirst();
}
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

/** Who sees an application: what the actor oversees, or was made by them or their organisation. */
export function applicationVisible(v: {
  paths: string[];
  reviewDistricts: string[];
  userId: string;
  orgId: string | null;
}): Where {
  return sql<SqlBool>`(
    (a.state <> 'draft' AND (${nodeInPaths('a.node_id', v.paths)}
      OR ${v.reviewDistricts.length ? sql`a.district_id IN (${sql.join(v.reviewDistricts)})` : sql`false`}))
    OR a.user_id = ${v.userId}
    OR ${v.orgId ? sql`a.org_id = ${v.orgId}` : sql`false`})`;
}

/** Applications of a round. */
export const ofRound = (districtId: string, roundId: string): Where =>
  sql<SqlBool>`a.district_id = ${districtId} AND a.round_id = ${roundId}`;

/** The application of an id. */
export const withId = (id: string): Where => sql<SqlBool>`a.id = ${id}`;

/** Both conditions. */
export const both = (x: Where, y: Where): Where => sql<SqlBool>`(${x}) AND (${y})`;

/** Applications in states. */
export const inStates = (states: readonly string[]): Where =>
  sql<SqlBool>`a.state IN (${sql.join([...states])})`;

/** Changes an application, checking the version. */
export function updateApplication(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['socialfund_applications']>,
) {
  return updateVersioned(db, 'socialfund_applications', { districtId, id, version }, set);
}

/** Stores a score unless the reviewer scored it already: true when stored (a score is never changed). */
export async function insertScore(db: Executor, row: Insertable<DB['socialfund_scores']>) {
  const r = await db
    .insertInto('socialfund_scores')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('reviewer_id')
    .executeTakeFirst();
  return r !== undefined;
}

/** The scores of applications. */
export function findScores(db: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('socialfund_scores')
    .selectAll()
    .where('application_id', 'in', applicationIds)
    .orderBy('submitted_at')
    .execute();
}

/** Stores an agreement's tranches. */
export function insertTranches(db: Executor, rows: Insertable<DB['socialfund_tranches']>[]) {
  return db.insertInto('socialfund_tranches').values(rows).execute();
}

/** The tranches of applications, in order. */
export function findTranches(db: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('socialfund_tranches')
    .selectAll()
    .where('application_id', 'in', applicationIds)
    .orderBy('application_id')
    .orderBy('seq')
    .execute();
}

/** Marks a due tranche paid: true when it was due. */
export async function payTranche(
  db: Executor,
  districtId: string,
  applicationId: string,
  seq: number,
  paidOn: string,
) {
  const r = await db
    .updateTable('socialfund_tranches')
    .set({ state: 'paid', paid_on: paidOn })
    .where('district_id', '=', districtId)
    .where('application_id', '=', applicationId)
    .where('seq', '=', seq)
    .where('state', '=', 'due')
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Cancels the tranches not yet paid (a project failing 结项评估). */
export function cancelDueTranches(db: Executor, districtId: string, applicationId: string) {
  return db
    .updateTable('socialfund_tranches')
    .set({ state: 'cancelled' })
    .where('district_id', '=', districtId)
    .where('application_id', '=', applicationId)
    .where('state', '=', 'due')
    .execute();
}

/** Stores a progress report. */
export function insertReport(db: Executor, row: Insertable<DB['socialfund_reports']>) {
  return db.insertInto('socialfund_reports').values(row).execute();
}

/** The progress reports of applications, oldest first. */
export function findReports(db: Executor, applicationIds: string[]) {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('socialfund_reports')
    .selectAll()
    .where('application_id', 'in', applicationIds)
    .orderBy('created_at')
    .execute();
}

/** Graded funded applications under a node (the pass share): counts by grade. */
export function countGrades(db: Executor, inScope: Where) {
  return db
    .selectFrom('socialfund_applications as a')
    .select(['a.grade', sql<number>`count(*)::int`.as('n')])
    .where('a.grade', 'is not', null)
    .where(inScope)
    .groupBy('a.grade')
    .execute();
}

/** Per round of a year, the funded applications under a node: count, granted and beneficiaries. */
export function fundedByRound(db: Executor, districtId: string, year: number, inScope: Where) {
  return db
    .selectFrom('socialfund_applications as a')
    .innerJoin('socialfund_rounds as r', (j) =>
      j.onRef('r.district_id', '=', 'a.district_id').onRef('r.id', '=', 'a.round_id'),
    )
    .select([
      'a.round_id',
      sql<number>`count(*)::int`.as('n'),
      sql<number>`coalesce(sum(a.granted_fen), 0)::bigint`.as('granted'),
      sql<number>`coalesce(sum(a.beneficiaries), 0)::bigint`.as('beneficiaries'),
    ])
    .where('a.district_id', '=', districtId)
    .where('r.year', '=', year)
    .where('a.state', 'in', ['funded', 'agreed', 'completed', 'failed'])
    .where(inScope)
    .groupBy('a.round_id')
    .execute();
}

/** Communities and streets (party committees) by id, with paths (an officer's applying node). */
export function findNodesByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'name', 'path', 'level'])
    .where('id', 'in', ids)
    .execute();
}

/** The next gapless 资助协议 number of a district's year (the row is locked until commit). */
export async function nextAgreementNo(db: Executor, districtId: string, year: number) {
  const r = await db
    .insertInto('socialfund_agreement_numbers')
    .values({ district_id: districtId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'year']).doUpdateSet({ last: sql`socialfund_agreement_numbers.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}
