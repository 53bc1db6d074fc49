/** SQL of culture volunteers' hours, certificates and nominations (the culture module's own tables). */
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { likeEscape } from '../../platform/db/like.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeJoin, pathInPaths } from '../../platform/access/scope.ts';

// ---------------------------------------------------------------- hours

/** Adds hours. */
export async function insertHours(db: Executor, rows: Insertable<DB['culture_hours']>[]) {
  if (rows.length) await db.insertInto('culture_hours').values(rows).execute();
}

/** Hours of teams in a state, oldest first; at most 500. */
export function findHours(db: Executor, teamIds: string[], state?: string) {
  if (teamIds.length === 0) return Promise.resolve([]);
  let s = db
    .selectFrom('culture_hours as h')
    .innerJoin('culture_members as m', (j) =>
      j.onRef('m.district_id', '=', 'h.district_id').onRef('m.id', '=', 'h.member_id'),
    )
    .innerJoin('culture_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'h.district_id').onRef('t.id', '=', 'h.team_id'),
    )
    .select([
      'h.id',
      'h.member_id',
      'm.name',
      't.name as team_name',
      'h.served_on',
      'h.hours',
      'h.duty',
      'h.state',
    ])
    .where('h.team_id', 'in', teamIds);
  if (state) s = s.where('h.state', '=', state);
  return s.orderBy('h.served_on').orderBy('h.id').limit(500).execute();
}

/** Teams among teamIds with hours waiting, and how many. */
export function pendingHoursCount(db: Executor, teamIds: string[]) {
  if (teamIds.length === 0) return Promise.resolve(0);
  return db
    .selectFrom('culture_hours')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('team_id', 'in', teamIds)
    .where('state', '=', 'pending')
    .executeTakeFirstOrThrow()
    .then((r) => r.n);
}

/** One hours line with its team's node path and lead; locked. */
export function findHourLine(db: Executor, id: string) {
  return db
    .selectFrom('culture_hours as h')
    .innerJoin('culture_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'h.district_id').onRef('t.id', '=', 'h.team_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select([
      'h.id',
      'h.district_id',
      'h.team_id',
      'h.state',
      'h.hours',
      'h.member_id',
      't.leader_user_id',
      'n.path',
    ])
    .where('h.id', '=', id)
    .forUpdate('h')
    .executeTakeFirst();
}

/** Confirms or rejects a pending hours line. */
export function decideHours(db: Executor, districtId: string, id: string, state: string, by: string) {
  return db
    .updateTable('culture_hours')
    .set({ state, confirmed_by: by })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
}

/** Each member of the teams under a path with their confirmed hours in a period (those with any). */
export function confirmedHours(db: Executor, districtId: string, path: string, from: string, to: string) {
  return db
    .selectFrom('culture_hours as h')
    .innerJoin('culture_members as m', (j) =>
      j.onRef('m.district_id', '=', 'h.district_id').onRef('m.id', '=', 'h.member_id'),
    )
    .innerJoin('culture_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'm.district_id').onRef('t.id', '=', 'm.team_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select(['m.id', 'm.name', 't.name as team_name', sql<number>`sum(h.hours)::float8`.as('hours')])
    .where('h.district_id', '=', districtId)
    .where('n.path', 'like', likeEscape(path) + '%')
    .where('h.state', '=', 'confirmed')
    .where('h.served_on', '>=', from)
    .where('h.served_on', '<', to)
    .groupBy(['m.id', 'm.name', 't.name'])
    .orderBy(sql`sum(h.hours)`, 'desc')
    .orderBy('m.name')
    .limit(10_000)
    .execute();
}

// ---------------------------------------------------------------- certificates and nominations

/** The next gapless certificate number of a district's year (the row is locked until commit). */
export async function nextCertificateNo(db: Executor, districtId: string, year: number) {
  const r = await db
    .insertInto('culture_certificate_numbers')
    .values({ district_id: districtId, year, last: 1 })
    .onConflict((oc) =>
      oc.columns(['district_id', 'year']).doUpdateSet({ last: sql`culture_certificate_numbers.last + 1` }),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  return r.last;
}

/** Adds a certificate. */
export function insertCertificate(db: Executor, row: Insertable<DB['culture_certificates']>) {
  return db.insertInto('culture_certificates').values(row).execute();
}

/** A member's certificate of a year, if printed. */
export function findCertificateOf(db: Executor, districtId: string, memberId: string, year: number) {
  return db
    .selectFrom('culture_certificates')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('member_id', '=', memberId)
    .where('year', '=', year)
    .executeTakeFirst();
}

/** The certificates of a district's year by member. */
export function findCertificates(db: Executor, districtId: string, year: number) {
  return db
    .selectFrom('culture_certificates')
    .select(['id', 'member_id', 'no'])
    .where('district_id', '=', districtId)
    .where('year', '=', year)
    .execute();
}

/** One certificate with its member, team, district name and team path. */
export function findCertificate(db: Executor, id: string) {
  return db
    .selectFrom('culture_certificates as c')
    .innerJoin('culture_members as m', (j) =>
      j.onRef('m.district_id', '=', 'c.district_id').onRef('m.id', '=', 'c.member_id'),
    )
    .innerJoin('culture_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'm.district_id').onRef('t.id', '=', 'm.team_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .innerJoin('org_nodes as d', (j) =>
      j.onRef('d.district_id', '=', 'c.district_id').onRef('d.id', '=', 'c.district_id'),
    )
    .selectAll('c')
    .select(['m.name', 't.name as team_name', 'n.path', 'd.name as district_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** Adds a nomination. */
export function insertNomination(db: Executor, row: Insertable<DB['culture_nominations']>) {
  return db.insertInto('culture_nominations').values(row).execute();
}

function nominationsWithNames(db: Executor) {
  return db
    .selectFrom('culture_nominations as x')
    .innerJoin('culture_members as m', (j) =>
      j.onRef('m.district_id', '=', 'x.district_id').onRef('m.id', '=', 'x.member_id'),
    )
    .innerJoin('culture_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'm.district_id').onRef('t.id', '=', 'm.team_id'),
    )
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .selectAll('x')
    .select(['m.name', 't.name as team_name', 'n.path']);
}

/** Nominations of members under paths (of a year when given); at most 500. */
export function findNominations(db: Executor, paths: string[], year?: number) {
  let s = nominationsWithNames(db).where(pathInPaths('n.path', paths));
  if (year) s = s.where('x.year', '=', year);
  return s.orderBy('x.year', 'desc').orderBy('x.created_at').limit(500).execute();
}

/** One nomination; locked. */
export function findNomination(db: Executor, id: string) {
  return nominationsWithNames(db).where('x.id', '=', id).forUpdate('x').executeTakeFirst();
}

/** Decides a nomination when its version still matches. */
export function updateNomination(
  db: Executor,
  key: { districtId: string; id: string; version: number },
  set: Updateable<DB['culture_nominations']>,
) {
  return updateVersioned(db, 'culture_nominations', key, set);
}
