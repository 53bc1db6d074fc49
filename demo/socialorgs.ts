/**
 * A year of support around the social organisations in the demo district, made through the
 * services after the marketplace's organisations exist (seed 001 普陀: 党建指导员派驻, 草根领袖与
 * 本土社工培养; seed 003 福田: 社会组织总部基地, 四联平台 联建联调联管联服):
 *   - the district's 总部基地 and 孵化基地 and two street incubation bases, with organisations
 *     settled in them (one settlement of the demo street ending within a month: jiedao's to-do;
 *     one at the district's headquarters base within two months: zzb's);
 *   - twelve party-building instructors sent from the district and four streets, each to a base
 *     or an organisation since about a year ago, with guidance visits every five to seven weeks,
 *     except one of the demo street's, who has none this quarter (jiedao's to-do); the staff of
 *     the demo organisation (`shehui`) are told of the instructor sent to it;
 *   - about fifty grass-roots leaders, social workers and certified social workers (助理/中级/高级)
 *     on the streets' communities with their trainings;
 *   - the headquarters base's four-link records through the year.
 * A no-op without the demo accounts, without organisations, or when the district has bases already.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { GIVEN_CHARS_F, GIVEN_CHARS_M, SURNAMES } from './names.ts';
import { Rng } from './prng.ts';

const UNITS = [
  '区委组织部',
  '区委社会工作部',
  '区民政局',
  '区司法局',
  '区总工会',
  '团区委',
  '区妇联',
  '街道党工委',
];
const TOPICS = [
  '指导党支部“三会一课”规范化',
  '协助制定年度党建工作计划',
  '指导承接政府购买服务项目',
  '参加组织生活会并点评',
  '指导年检材料准备',
  '宣讲社会组织党建政策',
  '协调联建单位资源',
];
const OUTCOMES = ['完善台账', '形成整改清单三项', '确定联建项目一项', '发展入党积极分子一名', ''];
const COURSES = [
  '社区治理实务',
  '社会工作伦理',
  '项目策划与评估',
  '个案管理',
  '小组工作方法',
  '社工师考前辅导',
];
const LINK_TITLES: Record<'build' | 'mediate' | 'manage' | 'serve', string[]> = {
  build: ['党建联建签约仪式', '联合主题党日', '支部书记轮值座谈'],
  mediate: ['邻里纠纷联调会', '劳资纠纷联合调处', '物业矛盾联调'],
  manage: ['入驻组织季度联合评估', '财务规范联合检查', '基地安全联管会议'],
  serve: ['长者关爱联合服务日', '青少年暑期联合托管', '社区义诊联合行动'],
};

/** Seeds the year. */
export async function seedSocialorgsSupport(services: Services, db: Db, districtId: string, now: Date) {
  const u = await db
    .selectFrom('accounts_users')
    .select('id')
    .where('username', '=', 'zzb')
    .executeTakeFirst();
  const actor = u && (await services.accounts.loadActor(u.id));
  if (!actor) return;
  const zzb: RequestContext = { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' };
  const svc = services.socialorgsSupport;
  if ((await svc.listBases(zzb, { nodeId: districtId })).items.length) return;
  const orgs = await services.socialorgs.list(zzb, { nodeId: districtId });
  if (orgs.length === 0) return;
  const rng = new Rng(`socialorgs/${districtId}`);
  const day = (offset: number) => shanghaiDay(new Date(now.getTime() + offset * 86_400_000));
  const name = () =>
    rng.pick([...SURNAMES]) +
    rng.pick(rng.chance(0.5) ? GIVEN_CHARS_F : GIVEN_CHARS_M) +
    (rng.chance(0.6) ? rng.pick(GIVEN_CHARS_M) : '');
  const phone = () => `13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;

  const streets = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'street')
    .orderBy('path')
    .execute();
  const communities = await db
    .selectFrom('org_nodes')
    .select(['id', 'path'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'community')
    .orderBy('path')
    .execute();
  // the demo street is jiedao's
  const j = await db
    .selectFrom('accounts_users')
    .select('id')
    .where('username', '=', 'jiedao')
    .executeTakeFirst();
  const jiedao = j && (await services.accounts.loadActor(j.id));
  const demoStreetId = jiedao?.grants.find((g) => g.role === 'street_officer')?.nodeId ?? streets[0].id;
  const demoStreet = streets.find((s) => s.id === demoStreetId) ?? streets[0];
  const sending = [demoStreet, ...streets.filter((s) => s.id !== demoStreet.id).slice(0, 3)];
  const orgsOn = (streetId: string) =>
    orgs.filter((o) => o.nodeId === streetId || communityOf(o.nodeId) === streetId);
  const streetOfCommunity = new Map(
    communities.map((c) => [c.id, streets.find((s) => c.path.startsWith(s.path))?.id ?? '']),
  );
  function communityOf(nodeId: string) {
    return streetOfCommunity.get(nodeId);
  }

  // ---- bases and settlements ----
  const hq = (
    await svc.createBase(zzb, {
      nodeId: districtId,
      name: '福田区社会组织总部基地',
      kind: 'headquarters',
      address: '福田区福华三路社会组织总部大楼',
    })
  ).id;
  const inc = (
    await svc.createBase(zzb, {
      nodeId: districtId,
      name: '福田区社会组织孵化基地',
      kind: 'incubation',
      address: '福田区深南中路党群服务中心三楼',
    })
  ).id;
  const streetBases = new Map<string, string>();
  for (const s of sending.slice(0, 2))
    streetBases.set(
      s.id,
      (
        await svc.createBase(zzb, {
          nodeId: s.id,
          name: `${s.name}社会组织孵化基地`,
          kind: 'incubation',
          address: `${s.name}党群服务中心`,
        })
      ).id,
    );
  const districtOrgs = orgs.filter((o) => o.nodeId === districtId);
  const hqOrgs = [...districtOrgs, ...orgs.filter((o) => o.nodeId !== districtId).slice(0, 3)];
  for (const [i, o] of hqOrgs.entries())
    await svc.settle(zzb, hq, {
      orgId: o.id,
      startsOn: day(-330 + i * 7),
      endsOn: i === 1 ? day(45) : day(400 + i * 30),
    });
  for (const o of orgs.filter((x) => x.incubationLevel === 'district' && x.incubationState === 'incubating'))
    await svc.settle(zzb, inc, { orgId: o.id, startsOn: day(-300), endsOn: day(430) });
  for (const [sid, bid] of streetBases) {
    const here = orgsOn(sid);
    for (const [i, o] of here.entries())
      await svc.settle(zzb, bid, {
        orgId: o.id,
        startsOn: day(-320),
        endsOn: sid === demoStreet.id && i === 0 ? day(20) : day(410),
      });
  }

  // ---- instructors, assignments, visits ----
  type Sent = { id: string; since: number; idle: boolean };
  const sent: Sent[] = [];
  const add = async (nodeId: string, unit: string) =>
    (await svc.createInstructor(zzb, { nodeId, name: name(), unit, phone: phone() })).id;
  for (let k = 0; k < 4; k++) {
    const id = await add(districtId, UNITS[k]);
    const since = -360 + k * 5;
    await svc.assign(zzb, id, {
      target: 'base',
      targetId: k % 2 ? inc : hq,
      startsOn: day(since),
      endsOn: day(since + 730),
    });
    sent.push({ id, since, idle: false });
  }
  for (const [si, s] of sending.entries()) {
    const here = orgsOn(s.id);
    for (let k = 0; k < 2; k++) {
      const since = -350 + si * 10 + k * 3;
      const base = streetBases.get(s.id);
      // the first to the street's base, the second to an organisation (or the base, or none)
      const target: { target: 'base' | 'org'; targetId: string } | null =
        k === 0 && base
          ? { target: 'base', targetId: base }
          : here[k]
            ? { target: 'org', targetId: here[k].id }
            : base
              ? { target: 'base', targetId: base }
              : null;
      if (!target) continue;
      const id = await add(s.id, k === 0 ? `${s.name}党工委` : rng.pick(UNITS));
      await svc.assign(zzb, id, { ...target, startsOn: day(since), endsOn: day(since + 730) });
      sent.push({ id, since, idle: s.id === demoStreet.id && k === 1 });
    }
  }
  // the demo organisation (shehui's) gets an instructor of its own if none came through a base
  const demoOrg = orgs.find((o) => o.name === '福田社工服务中心');
  if (demoOrg) {
    const id = await add(districtId, '区委社会工作部');
    await svc.assign(zzb, id, { target: 'org', targetId: demoOrg.id, startsOn: day(-200), endsOn: day(530) });
    sent.push({ id, since: -200, idle: false });
  }
  const quarterStart = (() => {
    const d = day(0);
    const m = Math.floor((Number(d.slice(5, 7)) - 1) / 3) * 3 + 1;
    return `${d.slice(0, 4)}-${String(m).padStart(2, '0')}-01`;
  })();
  for (const s of sent) {
    const inCharge = (await svc.getInstructor(zzb, s.id)).inCharge;
    if (inCharge.length === 0) continue;
    // visits start once every settlement in a base has begun (the latest began 288 days ago)
    for (let off = Math.max(s.since, -280) + rng.int(10, 30); off < 0; off += rng.int(35, 49)) {
      if (s.idle && day(off) >= quarterStart) break;
      await svc.logVisit(zzb, s.id, {
        orgId: rng.pick(inCharge).id,
        visitedOn: day(off),
        topic: rng.pick(TOPICS),
        outcome: rng.pick(OUTCOMES),
      });
    }
  }

  // ---- talents ----
  const kinds = [
    ['leader', null],
    ['leader', null],
    ['worker', null],
    ['worker', null],
    ['certified', 'assistant'],
    ['certified', 'intermediate'],
    ['certified', 'assistant'],
    ['certified', 'senior'],
  ] as const;
  for (const s of sending) {
    const cs = communities.filter((c) => c.path.startsWith(s.path)).slice(0, 4);
    const here = orgsOn(s.id);
    for (const c of cs)
      for (let k = 0; k < 3; k++) {
        const [kind, certLevel] = rng.pick(kinds);
        const t = await svc.createTalent(zzb, {
          nodeId: c.id,
          name: name(),
          kind,
          certLevel,
          certNo: certLevel ? `S${day(-400).slice(0, 4)}4403040${rng.int(10_000, 99_999)}` : '',
          orgId: kind !== 'leader' && here.length ? rng.pick(here).id : null,
          phone: phone(),
        });
        for (let r = rng.int(0, 3); r > 0; r--)
          await svc.addTraining(zzb, t.id, {
            trainedOn: day(-rng.int(5, 350)),
            course: rng.pick(COURSES),
            hours: rng.pick([4, 8, 16, 24]),
          });
      }
  }

  // ---- the headquarters base's four links ----
  const links = ['build', 'mediate', 'manage', 'serve'] as const;
  for (let m = 11; m >= 0; m--)
    for (const l of links) {
      if (!rng.chance(0.6)) continue;
      const start = rng.int(0, hqOrgs.length - 1);
      const takers = [...hqOrgs, ...hqOrgs].slice(start, start + rng.int(2, Math.min(4, hqOrgs.length)));
      await svc.addLink(zzb, hq, {
        link: l,
        heldOn: day(-m * 30 - rng.int(1, 20)),
        title: rng.pick(LINK_TITLES[l]),
        summary: '',
        orgIds: takers.map((o) => o.id),
      });
    }
}
