/** SQL of the visitteam module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Expression, type Insertable, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

type Where = Expression<SqlBool>;

/** The district's roster, by street and name. */
export function findMembers(db: Executor, districtId: string) {
  return db
    .selectFrom('visitteam_members')
    .select(['id', 'name', 'phone_mask', 'street', 'term_start', 'term_end', 'version'])
    .where('district_id', '=', districtId)
    .orderBy('street')
    .orderBy('name')
    .limit(5_000)
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof findMembers>>[number];

/** Stores members. */
export function insertMembers(db: Executor, rows: Insertable<DB['visitteam_members']>[]) {
  if (rows.length === 0) return Promise.resolve();
  return db.insertInto('visitteam_members').values(rows).execute();
}

/** Rounds with their area's name and path, members and findings, in scope (inScope on r.node_id). */
function roundsWithArea(db: Executor) {
  return db
    .selectFrom('visitteam_rounds as r')
    .innerJoin('org_nodes as n', nodeJoin('r'))
    .leftJoin('org_nodes as s', (j) =>
      j.onRef('s.district_id', '=', 'n.district_id').onRef('s.id', '=', 'n.parent_id'),
    )
    .selectAll('r')
    .select([
      'n.name as node_name',
      'n.path',
      's.name as street_name',
      (eb) =>
        eb
          .selectFrom('visitteam_round_members as m')
          .select((e) => e.fn.countAll<number>().as('c'))
          .whereRef('m.district_id', '=', 'r.district_id')
          .whereRef('m.round_id', '=', 'r.id')
          .as('members'),
      (eb) =>
        eb
          .selectFrom('visitteam_findings as f')
          .select((e) => e.fn.countAll<number>().as('c'))
          .whereRef('f.district_id', '=', 'r.district_id')
          .whereRef('f.round_id', '=', 'r.id')
          .as('findings'),
      (eb) =>
        eb
          .selectFrom('visitteam_findings as f')
          .select((e) => e.fn.countAll<number>().as('c'))
          .whereRef('f.district_id', '=', 'r.district_id')
          .whereRef('f.round_id', '=', 'r.id')
          .where('f.fixed_on', 'is not', null)
          .as('fixed'),
    ]);
}

/** Rounds in scope held in [from, to), newest first. */
export function findRounds(db: Executor, inScope: Where, from: string, to: string) {
  return roundsWithArea(db)
    .where('r.held_on', '>=', from)
    .where('r.held_on', '<', to)
    .where(inScope)
    .orderBy('r.held_on', 'desc')
    .orderBy('n.path')
    .limit(2_000)
    .execute();
}

/** A round with its area; locked when asked. */
export function findRound(db: Executor, id: string, lock = false) {
  let q = roundsWithArea(db).where('r.id', '=', id);
  if (lock) q = q.forUpdate('r');
  return q.executeTakeFirst();
}
export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

/** Stores a round. */
export function insertRound(db: Executor, row: Insertable<DB['visitteam_rounds']>) {
  return db.insertInto('visitteam_rounds').values(row).execute();
}

/** Bumps a round's version at the version read (false when stale). */
export async function bumpRound(db: Executor, districtId: string, id: string, version: number) {
  const r = await db
    .updateTable('visitteam_rounds')
    .set({ version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** The members on a round, by name. */
export function findRoundMembers(db: Executor, districtId: string, roundId: string) {
  return db
    .selectFrom('visitteam_round_members as rm')
    .innerJoin('visitteam_members as m', (j) =>
      j.onRef('m.district_id', '=', 'rm.district_id').onRef('m.id', '=', 'rm.member_id'),
    )
    .select(['m.id', 'm.name', 'm.phone_mask', 'm.street', 'm.term_start', 'm.term_end', 'm.version'])
    .where('rm.district_id', '=', districtId)
    .where('rm.round_id', '=', roundId)
    .orderBy('m.name')
    .execute();
}

/** Replaces the members on a round. */
export async function setRoundMembers(db: Executor, districtId: string, roundId: string, ids: string[]) {
  await db
    .deleteFrom('visitteam_round_members')
    .where('district_id', '=', districtId)
    .where('round_id', '=', roundId)
    .execute();
  if (ids.length)
    await db
      .insertInto('visitteam_round_members')
      .values(ids.map((member_id) => ({ district_id: districtId, round_id: roundId, member_id })))
      .execute();
}

/** A round's findings, oldest first, with the member's name. */
export function findFindings(db: Executor, districtId: string, roundId: string) {
  return db
    .selectFrom('visitteam_findings as f')
    .leftJoin('visitteam_members as m', (j) =>
      j.onRef('m.district_id', '=', 'f.district_id').onRef('m.id', '=', 'f.member_id'),
    )
    .selectAll('f')
    .select('m.name as member_name')
    .where('f.district_id', '=', districtId)
    .where('f.round_id', '=', roundId)
    .orderBy('f.created_at')
    .limit(500)
    .execute();
}

/** A finding with its round's area (for scope); locked when asked. */
export function findFinding(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('visitteam_findings as f')
    .innerJoin('visitteam_rounds as r', (j) =>
      j.onRef('r.district_id', '=', 'f.district_id').onRef('r.id', '=', 'f.round_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('r'))
    .selectAll('f')
    .select(['n.path', 'r.node_id', 'r.held_on'])
    .where('f.id', '=', id);
  if (lock) q = q.forUpdate('f');
  return q.executeTakeFirst();
}

/** Stores a finding. */
export function insertFinding(db: Executor, row: Insertable<DB['visitteam_findings']>) {
  return db.insertInto('visitteam_findings').values(row).execute();
}

/** Marks a finding fixed at the version read (false when stale). */
export async function fixFinding(
  db: Executor,
  key: { districtId: string; id: string; version: number },
  set: { fixed_on: string; fixed_note: string; fixed_by: string | null },
) {
  const r = await db
    .updateTable('visitteam_findings')
    .set({ ...set, version: sql`version + 1` })
    .where('district_id', '=', key.districtId)
    .where('id', '=', key.id)
    .where('version', '=', key.version)
    .where('fixed_on', 'is', null)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Open findings in scope (inScope on r.node_id), oldest first, with the area's name. */
export function findOpenFindings(db: Executor, inScope: Where) {
  return db
    .selectFrom('visitteam_findings as f')
    .innerJoin('visitteam_rounds as r', (j) =>
      j.onRef('r.district_id', '=', 'f.district_id').onRef('r.id', '=', 'f.round_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('r'))
    .select(['f.id', 'f.round_id', 'f.item', 'f.place', 'r.held_on', 'n.name as node_name'])
    .where('f.fixed_on', 'is', null)
    .where(inScope)
    .orderBy('r.held_on')
    .limit(500)
    .execute();
}

/** Rounds in scope from one day to another (both included) with nobody on them. */
export function findUnstaffed(db: Executor, inScope: Where, from: string, to: string) {
  return roundsWithArea(db)
    .where('r.held_on', '>=', from)
    .where('r.held_on', '<=', to)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('visitteam_round_members as m')
            .select('m.member_id')
            .whereRef('m.district_id', '=', 'r.district_id')
            .whereRef('m.round_id', '=', 'r.id'),
        ),
      ),
    )
    .where(inScope)
    .orderBy('r.held_on')
    .limit(200)
    .execute();
}

/** Rounds held up to a day, findings and fixed findings of [from, to) in scope (inScope on r.node_id). */
export async function findYearFigures(db: Executor, inScope: Where, from: string, to: string, upTo: string) {
  const rounds = await db
    .selectFrom('visitteam_rounds as r')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.held_on', '>=', from)
    .where('r.held_on', '<', to)
    .where('r.held_on', '<=', upTo)
    .where(inScope)
    .executeTakeFirstOrThrow();
  const f = await db
    .selectFrom('visitteam_findings as f')
    .innerJoin('visitteam_rounds as r', (j) =>
      j.onRef('r.district_id', '=', 'f.district_id').onRef('r.id', '=', 'f.round_id'),
    )
    .select([
      (eb) => eb.fn.countAll<number>().as('n'),
      sql<number>`count(*) FILTER (WHERE f.fixed_on IS NOT NULL)`.as('fixed'),
    ])
    .where('r.held_on', '>=', from)
    .where('r.held_on', '<', to)
    .where(inScope)
    .executeTakeFirstOrThrow();
  return { rounds: Number(rounds.n), findings: Number(f.n), fixed: Number(f.fixed) };
}
