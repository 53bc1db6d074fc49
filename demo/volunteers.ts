/**
 * A year of volunteering in the demo district (seed 003, Futian): a volunteer team per community
 * (named as the people register names volunteers' teams, so the register's volunteers join
 * them), the register's volunteers brought in through the service, an activity a month per
 * community with sign-ups, check-ins and confirmed hours written in bulk, a few activities coming
 * up, and the demo resident `jumin` with 17 hours this year (three short of the first star).
 */
import crypto from 'node:crypto';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import type { Services } from '../server/composition-root.ts';
import { Rng } from './prng.ts';

const TITLES = [
  '关爱空巢老人上门探访',
  '社区环境清洁日',
  '文明交通劝导',
  '“四点半课堂”辅导',
  '反诈宣传进小区',
  '垃圾分类督导',
  '健康义诊志愿服务',
  '图书馆阅读推广',
  '新市民入户培训',
  '助残送温暖',
];

/** Seeds a year of volunteering (deterministic choices; rows dated back from today). */
export async function seedVolunteers(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const rng = new Rng('volunteers');
  const user = async (username: string) =>
    (
      await db
        .selectFrom('accounts_users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const ctxOf = async (username: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(await user(username)))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const zzb = await ctxOf('zzb');
  const shequ = await ctxOf('shequ');
  const jumin = await ctxOf('jumin');
  const communities = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'community')
    .orderBy('path')
    .execute();
  const home = jumin.actor!.grants.find((g) => g.role === 'resident')!;

  // teams, named as the register names its volunteers' teams
  await db
    .insertInto('volunteers_teams')
    .values(
      communities.flatMap((c) => [
        { district_id: districtId, id: uuidv7(), node_id: c.id, name: `${c.name}志愿服务队`, leader: '' },
        { district_id: districtId, id: uuidv7(), node_id: c.id, name: `${c.name}党员先锋队`, leader: '' },
      ]),
    )
    .execute();
  await services.volunteers.syncFromRegister(zzb, districtId);
  const vols = await db
    .selectFrom('volunteers_volunteers as v')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'v.district_id').onRef('n.id', '=', 'v.node_id'),
    )
    .select(['v.id', 'n.path'])
    .where('v.district_id', '=', districtId)
    .orderBy('v.id')
    .execute();
  // each volunteer serves in the community they live in
  const byNode = new Map<string, string[]>();
  for (const v of vols) {
    const c = communities.find((x) => v.path.startsWith(x.path));
    if (c) byNode.set(c.id, [...(byNode.get(c.id) ?? []), v.id]);
  }
  const teams = await db
    .selectFrom('volunteers_teams')
    .select(['id', 'node_id'])
    .where('district_id', '=', districtId)
    .execute();

  // an activity a month per community over the past year, with sign-ups and confirmed hours
  const organiser = shequ.actor!.userId;
  const day = 86_400_000;
  const activities = [];
  const signups = [];
  const hours = [];
  const yearOf = (d: Date) => new Date(d.getTime() + 8 * 3600_000).getUTCFullYear();
  for (const c of communities) {
    const people = [...(byNode.get(c.id) ?? [])];
    const team = teams.find((x) => x.node_id === c.id)?.id ?? null;
    for (let m = 0; m < 12; m++) {
      const starts = new Date(today.getTime() - (m * 30 + rng.int(1, 28)) * day);
      starts.setUTCHours(1 + rng.int(0, 6), 0, 0, 0);
      const len = rng.int(2, 4);
      const ends = new Date(starts.getTime() + len * 3600_000);
      const id = uuidv7();
      activities.push({
        district_id: districtId,
        id,
        node_id: c.id,
        team_id: team,
        title: TITLES[rng.int(0, TITLES.length - 1)],
        description: '',
        place: `${c.name}党群服务中心`,
        starts_at: starts,
        ends_at: ends,
        capacity: 30,
        organiser_user_id: organiser,
        checkin_token: crypto.randomBytes(18).toString('base64url'),
      });
      const n = Math.min(people.length, rng.int(3, 8));
      const chosen = new Set<string>();
      while (chosen.size < n) chosen.add(people[rng.int(0, people.length - 1)]);
      for (const v of chosen) {
        signups.push({
          district_id: districtId,
          activity_id: id,
          volunteer_id: v,
          state: 'confirmed',
          signed_at: new Date(starts.getTime() - 3 * day),
          checkin_at: starts,
          checkout_at: ends,
          hours: len,
          confirmed_by: organiser,
          confirmed_at: new Date(ends.getTime() + 3600_000),
        });
        hours.push({
          district_id: districtId,
          id: uuidv7(),
          volunteer_id: v,
          node_id: c.id,
          year: yearOf(starts),
          hours: len,
          activity_id: id,
          source: 'activity',
          recorded_by: organiser,
        });
      }
    }
    // coming up: one next week
    const soon = new Date(today.getTime() + rng.int(2, 9) * day);
    soon.setUTCHours(1, 0, 0, 0);
    activities.push({
      district_id: districtId,
      id: uuidv7(),
      node_id: c.id,
      team_id: team,
      title: TITLES[rng.int(0, TITLES.length - 1)],
      description: '欢迎居民报名参加',
      place: `${c.name}党群服务中心`,
      starts_at: soon,
      ends_at: new Date(soon.getTime() + 3 * 3600_000),
      capacity: 30,
      organiser_user_id: organiser,
      checkin_token: crypto.randomBytes(18).toString('base64url'),
    });
  }
  for (let i = 0; i < activities.length; i += 500)
    await db
      .insertInto('volunteers_activities')
      .values(activities.slice(i, i + 500))
      .execute();
  for (let i = 0; i < signups.length; i += 1000)
    await db
      .insertInto('volunteers_signups')
      .values(signups.slice(i, i + 1000))
      .execute();
  for (let i = 0; i < hours.length; i += 1000)
    await db
      .insertInto('volunteers_hours')
      .values(hours.slice(i, i + 1000))
      .execute();

  // the demo resident: 17 hours this year in the demo community's activities
  const yearStart = new Date(`${yearOf(today)}-01-01T00:00:00+08:00`);
  const mine = activities
    .filter((a) => a.node_id === home.nodeId && a.ends_at < today && a.starts_at >= yearStart)
    .slice(0, 12);
  let left = 17;
  await db.transaction().execute(async (trx) => {
    const me = await trx
      .insertInto('volunteers_volunteers')
      .values({
        district_id: districtId,
        id: uuidv7(),
        node_id: home.nodeId,
        person_id: jumin.actor!.personId,
        user_id: jumin.actor!.userId,
        label: jumin.actor!.displayName,
        team_id: teams.find((x) => x.node_id === home.nodeId)?.id ?? null,
      })
      .onConflict((oc) =>
        oc.columns(['district_id', 'person_id']).doUpdateSet({ user_id: jumin.actor!.userId }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const a of mine) {
      if (left <= 0) break;
      const h = Math.min(left, (a.ends_at.getTime() - a.starts_at.getTime()) / 3600_000);
      left -= h;
      await trx
        .insertInto('volunteers_signups')
        .values({
          district_id: districtId,
          activity_id: a.id,
          volunteer_id: me.id,
          state: 'confirmed',
          checkin_at: a.starts_at,
          checkout_at: a.ends_at,
          hours: h,
          confirmed_by: organiser,
          confirmed_at: a.ends_at,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await trx
        .insertInto('volunteers_hours')
        .values({
          district_id: districtId,
          id: uuidv7(),
          volunteer_id: me.id,
          node_id: a.node_id,
          year: yearOf(a.starts_at),
          hours: h,
          activity_id: a.id,
          source: 'activity',
          recorded_by: organiser,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  });
}
