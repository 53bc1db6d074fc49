/**
 * A year of 在职党员到社区报到 "双报到" in the demo district (seed 003 福田: 千名党员进社区, 14 支守望先锋队;
 * seed 004 罗湖: 亮身份, 三民, 党群嘉年华, 志愿者联盟), made through the outreach service: the first
 * fourteen communities each run a 守望先锋队, `shequ`'s community also 亮身份践承诺, 三民走访 and a
 * 党群嘉年华, the street a 党员志愿者联盟; party members working in departments and streets report to
 * the community they live in early in the year (`dangyuan` and the cadre `ganbu` among them), are
 * accepted and placed, record services every two or three months that the community confirms (a few still to
 * confirm), make pledges (`dangyuan`'s next one due within days); the communities send most members'
 * yearly feedback to their units (`bumen` has some to read); two members still wait to be accepted and
 * one was declined. Dates are set back to when they happened; numbers come from a fixed seed.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { createPartyMembersReader } from '../server/modules/people/index.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { Rng } from './prng.ts';

type Kind = Parameters<Services['outreach']['addProgramme']>[1]['kind'];

const SERVICES = [
  '夜间治安巡逻',
  '走访独居老人',
  '楼栋消防隐患排查',
  '协助社区疫苗接种登记',
  '垃圾分类督导',
  '民情民意入户走访',
  '为居民代办政务服务',
  '文明交通劝导',
  '社区义诊志愿服务',
  '青少年课后托管辅导',
];
const PLEDGES = [
  '每月参加两次守望巡逻',
  '结对帮扶一户困难家庭',
  '每季度走访楼栋居民一次，收集民情民意',
  '带头做好垃圾分类并督导本楼栋',
  '为社区老人讲一堂防诈骗课',
];

/** Seeds the year (idempotent: nothing when the district already has reports). */
export async function seedOutreach(services: Services, db: Db, districtId: string, now: Date) {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [shequ, jiedao, dangyuan, ganbu] = await Promise.all(
    ['shequ', 'jiedao', 'dangyuan', 'ganbu'].map(ctxOf),
  );
  if (!shequ || !jiedao || !dangyuan || !ganbu) return;
  const had = await db
    .selectFrom('outreach_reports')
    .select('id')
    .where('district_id', '=', districtId)
    .limit(1)
    .executeTakeFirst();
  if (had) return;
  const svc = services.outreach;
  const rng = new Rng(`outreach/${districtId}`);
  const today = shanghaiDay(now);
  const year = Number(today.slice(0, 4));
  const dayOfYear = Math.floor((Date.parse(today) - Date.parse(`${year}-01-01`)) / 86_400_000);
  const plus = (d: string, n: number) => shanghaiDay(new Date(Date.parse(`${d}T04:00:00Z`) + n * 86_400_000));
  const at = (d: string, hour = 10) => new Date(`${d}T${String(hour).padStart(2, '0')}:00:00+08:00`);

  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path', 'level', 'parent_id'])
    .where('district_id', '=', districtId)
    .where('level', 'in', ['community', 'department', 'street'])
    .orderBy('path')
    .execute();
  const home = shequ.actor!.grants[0];
  const street = jiedao.actor!.grants[0];
  const communities = [
    nodes.find((n) => n.id === home.nodeId)!,
    ...nodes.filter((n) => n.level === 'community' && n.id !== home.nodeId),
  ].slice(0, 14);
  const units = nodes.filter((n) => n.level === 'department' || n.level === 'street');
  const dept = units.find((u) => u.name === '区住房和建设局') ?? units[0];
  const officerOf = (c: { id: string; path: string }): RequestContext => ({
    ...shequ,
    actor: {
      ...shequ.actor!,
      userId: c.id,
      username: `seed-${c.id.slice(0, 8)}`,
      grants: [{ role: 'community_officer', nodeId: c.id, districtId, path: c.path }],
    },
  });

  // the programmes: 14 守望先锋队, shequ's community's brand projects, the street's alliance
  const programme = new Map<string, string[]>();
  for (const c of communities) {
    const ctx = c.id === home.nodeId ? shequ : officerOf(c);
    const add = async (name: string, kind: Kind, places: number, season = '全年') => {
      const r = await svc.addProgramme(ctx, { nodeId: c.id, year, name, kind, season, places, summary: '' });
      programme.set(c.id, [...(programme.get(c.id) ?? []), r.id]);
    };
    await add(`${c.name}守望先锋队`, 'watch', 20);
    if (c.id === home.nodeId) {
      await add('亮身份践承诺', 'pledge', 60);
      await add('三民走访队', 'sanmin', 30);
      await add('社区党群嘉年华', 'carnival', 80, '国庆');
    }
  }
  await svc.addProgramme(jiedao, {
    nodeId: street.nodeId,
    year,
    name: '党员志愿者联盟',
    kind: 'alliance',
    season: '全年',
    places: 300,
    summary: '街道在职党员志愿服务联盟，统筹社区大型志愿活动',
  });

  // the members: party members living in these communities (by their home node's path), and the demo's two
  const reader = createPartyMembersReader({ db, pii: services.pii });
  const all = await reader.partyMembersOf(districtId, { limit: 3000 });
  const paths = new Map(
    (
      await db
        .selectFrom('org_nodes')
        .select(['id', 'path'])
        .where('district_id', '=', districtId)
        .where(
          'id',
          'in',
          [...new Set(all.map((m) => m.nodeId))]
            .slice(0, 5000)
            .concat(['00000000-0000-7000-8000-000000000000']),
        )
        .execute()
    ).map((n) => [n.id, n.path]),
  );
  const communityOf = (nodeId: string) => communities.find((c) => paths.get(nodeId)?.startsWith(c.path));
  const members: { ctx: RequestContext; community: (typeof communities)[number]; unit: string }[] = [
    { ctx: dangyuan, community: communities[0], unit: dept.id },
    { ctx: ganbu, community: communities[0], unit: dept.id },
  ];
  const perCommunity = new Map<string, number>();
  const taken = new Set([dangyuan.actor!.personId, ganbu.actor!.personId]);
  const enrol = (m: (typeof all)[number], c: (typeof communities)[number]) => {
    taken.add(m.personId);
    perCommunity.set(c.id, (perCommunity.get(c.id) ?? 0) + 1);
    members.push({
      ctx: {
        ...dangyuan,
        actor: {
          userId: m.personId,
          username: `seed-${m.personId.slice(0, 8)}`,
          displayName: m.name,
          personId: m.personId,
          grants: [{ role: 'party_member', nodeId: c.id, districtId, path: c.path }],
        },
      },
      community: c,
      unit: units[rng.int(0, units.length - 1)].id,
    });
  };
  // one living in each community; shequ's community gets ten (from nearby when too few live there)
  for (const m of all) {
    const c = communityOf(m.nodeId);
    if (c && !taken.has(m.personId) && (perCommunity.get(c.id) ?? 0) < (c.id === home.nodeId ? 10 : 1))
      enrol(m, c);
  }
  for (const m of all) {
    if ((perCommunity.get(home.nodeId) ?? 0) >= 10) break;
    if (!taken.has(m.personId)) enrol(m, communities[0]);
  }

  const reportsInHome = members.filter((m) => m.community.id === home.nodeId).slice(2);
  const waiting = new Set(reportsInHome.slice(-2).map((m) => m.ctx.actor!.personId));
  const declined = reportsInHome.at(-3)?.ctx.actor!.personId;
  let toConfirm = 4;
  for (const [k, m] of members.entries()) {
    const reportedOn = plus(`${year}-01-01`, Math.min(dayOfYear, rng.int(10, 80)));
    const { id } = await svc.report(m.ctx, { communityId: m.community.id, unitNodeId: m.unit });
    await db
      .updateTable('outreach_reports')
      .set({ reported_at: at(reportedOn, 9) })
      .where('district_id', '=', districtId)
      .where('id', '=', id)
      .execute();
    const officer = m.community.id === home.nodeId ? shequ : officerOf(m.community);
    const personId = m.ctx.actor!.personId!;
    if (waiting.has(personId)) continue;
    if (personId === declined) {
      await svc.move(officer, id, {
        action: 'decline',
        version: 1,
        note: '居住地不在本社区，请到居住地社区报到',
      });
      continue;
    }
    const options = programme.get(m.community.id)!;
    const programmeId = personId === dangyuan.actor!.personId ? options[0] : options[k % options.length];
    const post = ['巡逻队员', '楼栋联络员', '宣传员', '走访员'][k % 4];
    await svc.move(officer, id, { action: 'accept', version: 1, programmeId, post });
    await db
      .updateTable('outreach_reports')
      .set({ accepted_at: at(plus(reportedOn, rng.int(1, 5)), 15) })
      .where('district_id', '=', districtId)
      .where('id', '=', id)
      .execute();

    // services every two or three months since the report, most confirmed by the community
    let day = plus(reportedOn, rng.int(5, 20));
    while (day < today) {
      const s = await svc.addService(m.ctx, {
        servedOn: day,
        hours: rng.int(2, 8) / 2,
        content: SERVICES[rng.int(0, SERVICES.length - 1)],
        residents: rng.int(3, 40),
      });
      const recent = day > plus(today, -20);
      if (m.community.id === home.nodeId && recent && toConfirm > 0) toConfirm--;
      else await svc.moveService(officer, s.id, { action: 'confirm', version: 1 });
      day = plus(day, rng.int(60, 100));
    }
    await db
      .updateTable('outreach_services')
      .set({
        created_at: sql`served_on::timestamptz + interval '20 hours'`,
        confirmed_at: sql`served_on::timestamptz + interval '2 days'`,
      })
      .where('district_id', '=', districtId)
      .where('report_id', '=', id)
      .execute();

    // 亮身份: a pledge each, most kept; dangyuan's next one due within days
    const pledgeDue = plus(today, personId === dangyuan.actor!.personId ? 6 : rng.int(20, 60));
    await svc.addPledge(m.ctx, { content: PLEDGES[k % PLEDGES.length], dueOn: pledgeDue });
    if (personId === dangyuan.actor!.personId || rng.chance(0.4)) {
      const earlier = await svc.addPledge(m.ctx, {
        content: PLEDGES[(k + 1) % PLEDGES.length],
        dueOn: today,
      });
      await svc.fulfil(m.ctx, earlier.id, {
        version: 1,
        fulfilment: '已按承诺完成，社区居民认可',
        fulfilledOn: today,
      });
      await db
        .updateTable('outreach_pledges')
        .set({ due_on: plus(reportedOn, 90), fulfilled_on: plus(reportedOn, rng.int(60, 88)) })
        .where('district_id', '=', districtId)
        .where('id', '=', earlier.id)
        .execute();
    }

    // the yearly feedback to the unit, for most (dangyuan's is left for shequ to send)
    if (personId !== dangyuan.actor!.personId && rng.chance(0.75)) {
      const rating = (await svc.view(officer, id)).suggestedRating;
      await svc.sendFeedback(officer, id, {
        rating,
        comment: rating === 'fail' ? '参加服务次数偏少，希望来年积极参与' : '服务认真，群众反映良好',
      });
    }
  }
  await sql`ANALYZE outreach_reports`.execute(db);
}
