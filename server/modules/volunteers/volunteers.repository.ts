/**
 * SQL of the volunteers module's settings, teams and volunteers, and the node lookup for scope checks.
 * Only its own tables, and org_nodes for paths and names.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import { nodeJoin } from '../../platform/access/scope.ts';

/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

/** A district's star thresholds, if set. */
export function findSettings(db: Executor, districtId: string) {
  return db
    .selectFrom('volunteers_settings')
    .select(['star_hours', 'version'])
    .where('district_id', '=', districtId)
    .executeTakeFirst();
}

/** Sets a district's thresholds if its version is still the one read (0: never set). */
export async function saveSettings(trx: Executor, districtId: string, starHours: number[], version: number) {
  if (version === 0) {
    const r = await trx
      .insertInto('volunteers_settings')
      .values({ district_id: districtId, star_hours: starHours })
      .onConflict((oc) => oc.column('district_id').doNothing())
      .returning('version')
      .executeTakeFirst();
    return !!r;
  }
  const r = await trx
    .updateTable('volunteers_settings')
    .set({ star_hours: starHours, version: sql`version + 1`, updated_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Teams on nodes inside the scope (and under path). */
export function findTeams(db: Executor, inScope: Expression<SqlBool>, path?: string) {
  let q = db
    .selectFrom('volunteers_teams as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select([
      't.district_id',
      't.id',
      't.node_id',
      'n.name as node_name',
      't.name',
      't.leader',
      sql<number>`(SELECT count(*)::int FROM volunteers_volunteers v WHERE v.district_id = t.district_id AND v.team_id = t.id)`.as(
        'members',
      ),
    ])
    .where(inScope);
  if (path) q = q.where('n.path', 'like', `${path}%`);
  return q.orderBy('t.name').orderBy('t.id').limit(5000).execute();
}

/** A team with its node's path. */
export function findTeam(db: Executor, id: string) {
  return db
    .selectFrom('volunteers_teams as t')
    .innerJoin('org_nodes as n', nodeJoin('t'))
    .select(['t.district_id', 't.id', 't.name', 'n.path'])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** Makes a team (false when the node has one of that name). */
export async function insertTeam(
  trx: Executor,
  t: { district_id: string; id: string; node_id: string; name: string; leader: string },
) {
  const r = await trx
    .insertInto('volunteers_teams')
    .values(t)
    .onConflict((oc) => oc.columns(['district_id', 'node_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!r;
}

/** The volunteer an account is, if any. */
export function findVolunteerOfUser(db: Executor, userId: string) {
  return db.selectFrom('volunteers_volunteers').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** The volunteer a person is, if any. */
export function findVolunteerOfPerson(db: Executor, districtId: string, personId: string) {
  return db
    .selectFrom('volunteers_volunteers')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** A volunteer by id with its node's path. */
export function findVolunteer(db: Executor, id: string) {
  return db
    .selectFrom('volunteers_volunteers as v')
    .innerJoin('org_nodes as n', nodeJoin('v'))
    .selectAll('v')
    .select('n.path')
    .where('v.id', '=', id)
    .executeTakeFirst();
}

export type VolunteerRow = NonNullable<Awaited<ReturnType<typeof findVolunteerOfUser>>>;

/** Adds volunteers, skipping persons or accounts already in (returns how many were added). */
export async function insertVolunteers(
  trx: Executor,
  rows: {
    district_id: string;
    id: string;
    node_id: string;
    person_id: string | null;
    user_id: string | null;
    label: string;
    team_id: string | null;
  }[],
) {
  if (rows.length === 0) return 0;
  let added = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const r = await trx
      .insertInto('volunteers_volunteers')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    added += r.length;
  }
  return added;
}

/** Attaches an account to a volunteer who came from the register. */
export async function attachUser(trx: Executor, districtId: string, id: string, userId: string) {
  await trx
    .updateTable('volunteers_volunteers')
    .set({ user_id: userId })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('user_id', 'is', null)
    .execute();
}
