/** SQL of the campaigns module: its own tables, and org_nodes for names and paths (scope). */
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { nodeInPaths, nodeJoin } from '../../platform/access/scope.ts';
/** A node of the tree with its path (for scope checks). */
export { findNode } from '../../platform/access/scope.ts';

/** Campaigns with their owning node's name and path, and the figures of their households. */
function campaignsWithNode(db: Executor) {
  return db
    .selectFrom('campaigns_campaigns as c')
    .innerJoin('org_nodes as n', nodeJoin('c'))
    .selectAll('c')
    .select(['n.name as node_name', 'n.path']);
}

/**
 * Campaigns owned under the paths, or in which the account is a team member, newest first.
 */
export function findCampaigns(db: Executor, paths: string[], userId: string) {
  return campaignsWithNode(db)
    .where((eb) =>
      eb.or([
        nodeInPaths('c.node_id', paths),
        eb.exists(
          eb
            .selectFrom('campaigns_members as m')
            .select('m.id')
            .whereRef('m.district_id', '=', 'c.district_id')
            .whereRef('m.campaign_id', '=', 'c.id')
            .where('m.user_id', '=', userId),
        ),
      ]),
    )
    .orderBy('c.started_on', 'desc')
    .limit(500)
    .execute();
}

/** Campaigns owned under the paths (dashboards, to-dos). */
export function findCampaignsIn(db: Executor, paths: string[]) {
  return campaignsWithNode(db).where(nodeInPaths('c.node_id', paths)).limit(500).execute();
}

/** A campaign with its node; locked when asked. */
export function findCampaign(db: Executor, id: string, lock = false) {
  let q = campaignsWithNode(db).where('c.id', '=', id);
  if (lock) q = q.forUpdate('c');
  return q.executeTakeFirst();
}
export type CampaignRow = NonNullable<Awaited<ReturnType<typeof findCampaign>>>;

/** Stores a campaign. */
export function insertCampaign(db: Executor, row: Insertable<DB['campaigns_campaigns']>) {
  return db.insertInto('campaigns_campaigns').values(row).execute();
}

/** Changes a campaign, checking the version. */
export function updateCampaign(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['campaigns_campaigns']>,
) {
  return updateVersioned(db, 'campaigns_campaigns', { districtId, id, version }, set);
}

/** The figures of campaigns' households (rates are worked out from them). */
export function findCampaignTotals(db: Executor, ids: string[], overdueBefore: string) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('campaigns_households as h')
    .innerJoin('campaigns_campaigns as c', (j) =>
      j.onRef('c.district_id', '=', 'h.district_id').onRef('c.id', '=', 'h.campaign_id'),
    )
    .select([
      'h.campaign_id',
      sql<number>`count(*)::int`.as('households'),
      sql<number>`count(*) FILTER (WHERE h.sign_status = 'signed')::int`.as('signed'),
      sql<number>`coalesce(sum(h.people), 0)::int`.as('people'),
      sql<number>`coalesce(sum(h.people) FILTER (WHERE h.move_status = 'moved'), 0)::int`.as('moved_people'),
      // not both signed and moved, and no visit since overdueBefore (never visited: since the start)
      sql<number>`count(*) FILTER (WHERE NOT (h.sign_status = 'signed' AND h.move_status = 'moved')
        AND coalesce(h.last_visit_on, c.started_on) <= ${overdueBefore}::date)::int`.as('overdue'),
    ])
    .where('h.campaign_id', 'in', ids)
    .groupBy('h.campaign_id')
    .execute();
}

/** Households of a campaign with their team's name, by building and number. */
export function findHouseholds(db: Executor, districtId: string, campaignId: string) {
  return db
    .selectFrom('campaigns_households as h')
    .leftJoin('campaigns_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'h.district_id').onRef('t.id', '=', 'h.team_id'),
    )
    .selectAll('h')
    .select('t.name as team_name')
    .where('h.district_id', '=', districtId)
    .where('h.campaign_id', '=', campaignId)
    .orderBy('h.building_no')
    .orderBy('h.no')
    .limit(20_000)
    .execute();
}
export type HouseholdRow = Awaited<ReturnType<typeof findHouseholds>>[number];

/** A household with its team's name; locked when asked. */
export function findHousehold(db: Executor, id: string, lock = false) {
  let q = db
    .selectFrom('campaigns_households as h')
    .leftJoin('campaigns_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'h.district_id').onRef('t.id', '=', 'h.team_id'),
    )
    .selectAll('h')
    .select('t.name as team_name')
    .where('h.id', '=', id);
  if (lock) q = q.forUpdate('h');
  return q.executeTakeFirst();
}

/** The household numbers a campaign already has. */
export async function findHouseholdNos(db: Executor, districtId: string, campaignId: string) {
  const rows = await db
    .selectFrom('campaigns_households')
    .select('no')
    .where('district_id', '=', districtId)
    .where('campaign_id', '=', campaignId)
    .execute();
  return new Set(rows.map((r) => r.no));
}

/** Stores households (skipping a number the campaign has): how many were stored. */
export async function insertHouseholds(db: Executor, rows: Insertable<DB['campaigns_households']>[]) {
  if (rows.length === 0) return 0;
  const r = await db
    .insertInto('campaigns_households')
    .values(rows)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return r.length;
}

/** Changes a household, checking the version. */
export function updateHousehold(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['campaigns_households']>,
) {
  return updateVersioned(db, 'campaigns_households', { districtId, id, version }, set);
}

/** Gives households of a campaign to a team: the ids changed. */
export async function assignHouseholds(
  db: Executor,
  districtId: string,
  campaignId: string,
  teamId: string,
  ids: string[],
) {
  const r = await db
    .updateTable('campaigns_households')
    .set({ team_id: teamId, version: sql`version + 1` })
    .where('district_id', '=', districtId)
    .where('campaign_id', '=', campaignId)
    .where('id', 'in', ids)
    .returning('id')
    .execute();
  return r.map((x) => x.id);
}

/** A campaign's teams, in the order they were formed. */
export function findTeams(db: Executor, districtId: string, campaignId: string) {
  return db
    .selectFrom('campaigns_teams')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('campaign_id', '=', campaignId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A team. */
export function findTeam(db: Executor, id: string) {
  return db.selectFrom('campaigns_teams').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Stores a team unless the campaign has one of that name: true when stored. */
export async function insertTeam(db: Executor, row: Insertable<DB['campaigns_teams']>) {
  const r = await db
    .insertInto('campaigns_teams')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** A campaign's members, leaders first, by name. */
export function findMembers(db: Executor, districtId: string, campaignId: string) {
  return db
    .selectFrom('campaigns_members')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('campaign_id', '=', campaignId)
    .orderBy('leader', 'desc')
    .orderBy('created_at')
    .execute();
}

/** The membership of an account in a campaign. */
export function findMembership(db: Executor, districtId: string, campaignId: string, userId: string) {
  return db
    .selectFrom('campaigns_members')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('campaign_id', '=', campaignId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** The teams an account works in (one per campaign). */
export function findMembershipsOf(db: Executor, userId: string) {
  return db.selectFrom('campaigns_members').selectAll().where('user_id', '=', userId).execute();
}

/** Stores a member unless the account is in a team of the campaign already: true when stored. */
export async function insertMember(db: Executor, row: Insertable<DB['campaigns_members']>) {
  const r = await db
    .insertInto('campaigns_members')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Stores a visit. */
export function insertVisit(db: Executor, row: Insertable<DB['campaigns_visits']>) {
  return db.insertInto('campaigns_visits').values(row).execute();
}

/** A household's visits, newest first. */
export function findVisits(db: Executor, districtId: string, householdId: string) {
  return db
    .selectFrom('campaigns_visits')
    .select(['id', 'visited_on', 'outcome', 'concerns', 'by_name'])
    .where('district_id', '=', districtId)
    .where('household_id', '=', householdId)
    .orderBy('visited_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
}

/** How many visits a campaign logged on a day. */
export async function countVisitsOn(db: Executor, districtId: string, campaignId: string, day: string) {
  const r = await db
    .selectFrom('campaigns_visits')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('district_id', '=', districtId)
    .where('campaign_id', '=', campaignId)
    .where('visited_on', '=', day)
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Stores a signing or moving record. */
export function insertRecord(db: Executor, row: Insertable<DB['campaigns_records']>) {
  return db.insertInto('campaigns_records').values(row).execute();
}

/** Records with their household and team, by a condition on r. */
function recordsWith(db: Executor) {
  return db
    .selectFrom('campaigns_records as r')
    .innerJoin('campaigns_households as h', (j) =>
      j.onRef('h.district_id', '=', 'r.district_id').onRef('h.id', '=', 'r.household_id'),
    )
    .leftJoin('campaigns_teams as t', (j) =>
      j.onRef('t.district_id', '=', 'r.district_id').onRef('t.id', '=', 'r.team_id'),
    )
    .selectAll('r')
    .select(['h.no', 'h.building_no', 'h.head_name', 't.name as team_name']);
}

/** A record; locked when asked. */
export function findRecord(db: Executor, id: string, lock = false) {
  let q = recordsWith(db).where('r.id', '=', id);
  if (lock) q = q.forUpdate('r');
  return q.executeTakeFirst();
}
export type RecordRow = NonNullable<Awaited<ReturnType<typeof findRecord>>>;

/** A household's records, newest first. */
export function findRecordsOfHousehold(db: Executor, districtId: string, householdId: string) {
  return recordsWith(db)
    .where('r.district_id', '=', districtId)
    .where('r.household_id', '=', householdId)
    .orderBy('r.created_at', 'desc')
    .limit(200)
    .execute();
}

/** Records waiting for the office of campaigns, oldest first. */
export function findPendingRecords(db: Executor, campaignIds: string[]) {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return recordsWith(db)
    .where('r.campaign_id', 'in', campaignIds)
    .where('r.state', '=', 'pending')
    .orderBy('r.created_at')
    .limit(2000)
    .execute();
}

/** Changes a record, checking the version. */
export function updateRecord(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['campaigns_records']>,
) {
  return updateVersioned(db, 'campaigns_records', { districtId, id, version }, set);
}

/** Pending records counted per campaign. */
export function countPending(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('campaigns_records')
    .select(['campaign_id', sql<number>`count(*)::int`.as('n')])
    .where('campaign_id', 'in', ids)
    .where('state', '=', 'pending')
    .groupBy('campaign_id')
    .execute();
}

/** Visits and confirmed signings per account over a period (others may read a cadre's participation). */
export function findParticipation(db: Executor, districtId: string, from: string, to: string) {
  return db
    .selectFrom(
      db
        .selectFrom('campaigns_visits')
        .select(['user_id', sql<number>`count(*)::int`.as('visits'), sql<number>`0`.as('signings')])
        .where('district_id', '=', districtId)
        .where('user_id', 'is not', null)
        .where('visited_on', '>=', from)
        .where('visited_on', '<=', to)
        .groupBy('user_id')
        .unionAll(
          db
            .selectFrom('campaigns_records')
            .select([
              'recorded_by as user_id',
              sql<number>`0`.as('visits'),
              sql<number>`count(*)::int`.as('signings'),
            ])
            .where('district_id', '=', districtId)
            .where('recorded_by', 'is not', null)
            .where('kind', '=', 'sign')
            .where('state', '=', 'confirmed')
            .where('on_date', '>=', from)
            .where('on_date', '<=', to)
            .groupBy('recorded_by'),
        )
        .as('x'),
    )
    .select([
      'x.user_id',
      sql<number>`sum(x.visits)::int`.as('visits'),
      sql<number>`sum(x.signings)::int`.as('signings'),
    ])
    .groupBy('x.user_id')
    .execute();
}
