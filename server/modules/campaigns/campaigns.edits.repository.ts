/** SQL of the edits to households, teams and members: locks, name checks, the work that blocks a removal, removals. */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

/** A team, locked (for an edit or a removal). */
export function lockTeam(db: Executor, id: string) {
  return db.selectFrom('campaigns_teams').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Whether another team of the campaign has this name. */
export async function teamNameTaken(
  db: Executor,
  t: { district_id: string; campaign_id: string; id: string },
  name: string,
) {
  const r = await db
    .selectFrom('campaigns_teams')
    .select('id')
    .where('district_id', '=', t.district_id)
    .where('campaign_id', '=', t.campaign_id)
    .where('name', '=', name)
    .where('id', '!=', t.id)
    .executeTakeFirst();
  return r !== undefined;
}

/** Renames a team. */
export function renameTeam(db: Executor, districtId: string, id: string, name: string) {
  return db
    .updateTable('campaigns_teams')
    .set({ name })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** How many visits and signing or moving records name a household, a team or an account (in a campaign). */
export async function countWork(
  db: Executor,
  districtId: string,
  by: { householdId: string } | { teamId: string } | { campaignId: string; userId: string },
) {
  const visits = db
    .selectFrom('campaigns_visits')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('district_id', '=', districtId);
  const records = db
    .selectFrom('campaigns_records')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('district_id', '=', districtId);
  const [v, r] =
    'householdId' in by
      ? [
          visits.where('household_id', '=', by.householdId),
          records.where('household_id', '=', by.householdId),
        ]
      : 'teamId' in by
        ? [visits.where('team_id', '=', by.teamId), records.where('team_id', '=', by.teamId)]
        : [
            visits.where('campaign_id', '=', by.campaignId).where('user_id', '=', by.userId),
            records.where('campaign_id', '=', by.campaignId).where('recorded_by', '=', by.userId),
          ];
  const [a, b] = await Promise.all([v.executeTakeFirstOrThrow(), r.executeTakeFirstOrThrow()]);
  return Number(a.n) + Number(b.n);
}

/** Removes a team: its members go and its households are unassigned (counts back). */
export async function deleteTeam(db: Executor, districtId: string, id: string) {
  const members = await db
    .deleteFrom('campaigns_members')
    .where('district_id', '=', districtId)
    .where('team_id', '=', id)
    .executeTakeFirst();
  const households = await db
    .updateTable('campaigns_households')
    .set({ team_id: null, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('team_id', '=', id)
    .executeTakeFirst();
  await db.deleteFrom('campaigns_teams').where('district_id', '=', districtId).where('id', '=', id).execute();
  return { members: Number(members.numDeletedRows), households: Number(households.numUpdatedRows) };
}

/** A member, locked (for an edit or a removal). */
export function lockMember(db: Executor, id: string) {
  return db.selectFrom('campaigns_members').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Changes a member's name, leadership or team. */
export function updateMember(
  db: Executor,
  districtId: string,
  id: string,
  set: { name: string; leader: boolean; team_id: string },
) {
  return db
    .updateTable('campaigns_members')
    .set(set)
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Removes a member. */
export function deleteMember(db: Executor, districtId: string, id: string) {
  return db
    .deleteFrom('campaigns_members')
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Whether another household of the campaign has this number. */
export async function householdNoTaken(
  db: Executor,
  h: { district_id: string; campaign_id: string; id: string },
  no: string,
) {
  const r = await db
    .selectFrom('campaigns_households')
    .select('id')
    .where('district_id', '=', h.district_id)
    .where('campaign_id', '=', h.campaign_id)
    .where('no', '=', no)
    .where('id', '!=', h.id)
    .executeTakeFirst();
  return r !== undefined;
}

/** Removes a household. */
export function deleteHousehold(db: Executor, districtId: string, id: string) {
  return db
    .deleteFrom('campaigns_households')
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}
