/**
 * A year of 未成年人保护与帮教 in the demo district (seed 003 福田区检察院 智慧未检帮教云服务; seed 000
 * 未成年人保护服务中心 and 青少年法治教育实践基地 in 福民社区), made through the juvenile service: a
 * protection centre, a legal-education base and two 帮教点 with two dozen activities; the social
 * worker `shehui` and the community officer `shequ` on the roster; 60 young people referred over
 * eleven months (mostly by the procuratorate), matched and helped with sessions every two to three
 * weeks and quarterly evaluations; those referred long enough ago closed with outcomes in the seed's
 * proportions (about half back at work, a fifth back at school or into university, ~70% 转处分流, a
 * few reoffending); the four newest still waiting for a worker. Dates are the services' own (every
 * date is an argument); numbers come from a fixed seed.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { makeNationalId } from '../server/platform/pii/national-id.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import type { Outcome } from '../server/modules/juvenile/juvenile.rules.ts';
import { Rng } from './prng.ts';

const SURNAMES = ['陈', '李', '张', '王', '刘', '黄', '林', '吴', '周', '郑', '梁', '何', '谢', '罗'];
const GIVEN = [
  '子轩',
  '浩然',
  '梓涵',
  '宇航',
  '欣怡',
  '俊杰',
  '思彤',
  '嘉豪',
  '雨桐',
  '志强',
  '晓峰',
  '诗琪',
];
const SOURCES = [
  'procuratorate',
  'procuratorate',
  'procuratorate',
  'procuratorate',
  'police',
  'police',
  'court',
  'school',
  'community',
] as const;
const PROBLEMS = ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07'];
/** The technique that answers each problem first. */
const ANSWER: Record<string, string> = {
  P01: 'T01',
  P02: 'T05',
  P03: 'T02',
  P04: 'T02',
  P05: 'T03',
  P06: 'T04',
  P07: 'T06',
};
const OUTCOMES: [string, number][] = [
  ['work', 55],
  ['school', 18],
  ['university', 5],
  ['other', 17],
  ['reoffended', 5],
];

/** Seeds the year; a no-op without the demo accounts or when the district has cases already. */
export async function seedJuvenile(services: Services, db: Db, districtId: string, now: Date) {
  const users = await db
    .selectFrom('accounts_users')
    .select(['id', 'username'])
    .where('username', 'in', ['zzb', 'shequ', 'shehui'])
    .execute();
  const ctxOf = async (name: string): Promise<RequestContext | null> => {
    const u = users.find((x) => x.username === name);
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [zzb, shequ, shehui] = [await ctxOf('zzb'), await ctxOf('shequ'), await ctxOf('shehui')];
  if (!zzb || !shequ || !shehui) return;
  const svc = services.juvenile;
  if ((await svc.list(zzb, {})).items.length) return;
  const community = shequ.actor!.grants[0].nodeId;
  const streets = await db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'street')
    .orderBy('code')
    .limit(2)
    .execute();
  const rng = new Rng(`juvenile/${districtId}`);
  const day = (offset: number) => shanghaiDay(new Date(now.getTime() + offset * 86_400_000));
  const plus = (d: string, n: number) =>
    shanghaiDay(new Date(Date.parse(`${d}T12:00:00+08:00`) + n * 86_400_000));
  const today = day(0);

  // sites and activities
  const site = async (nodeId: string, kind: 'centre' | 'base' | 'point', name: string, address: string) =>
    (await svc.addSite(zzb, { nodeId, kind, name, address })).id;
  // seed 000: the centre and the base are in 福民社区 (the demo tree's, when it has one)
  const fumin = await db
    .selectFrom('org_nodes')
    .select('id')
    .where('district_id', '=', districtId)
    .where('name', '=', '福民社区')
    .executeTakeFirst();
  const home = fumin?.id ?? community;
  const centre = await site(home, 'centre', '福民社区未成年人保护服务中心', '福民路党群服务中心二楼');
  const base = await site(home, 'base', '福民青少年法治教育实践基地', '福民路党群服务中心三楼');
  for (const s of streets) await site(s.id, 'point', `${s.name}帮教点`, `${s.name}综治中心`);
  const TITLES = [
    '模拟法庭',
    '禁毒知识课堂',
    '防范校园欺凌讲座',
    '网络安全与个人信息保护',
    '宪法宣传周',
    '暑期法治夏令营',
  ];
  for (let i = 0; i < 24; i++) {
    await svc.addActivity(zzb, {
      siteId: i % 3 === 0 ? centre : base,
      heldOn: day(-340 + i * 14),
      title: TITLES[i % TITLES.length],
      attendance: rng.int(30, 120),
    });
  }

  // the roster
  const worker = async (
    ctx: RequestContext,
    name: string,
    agency: string,
    skills: string[],
    capacity: number,
  ) =>
    (
      await svc.addWorker(zzb, {
        nodeId: community,
        username: ctx.actor!.username,
        name,
        agency,
        skills,
        capacity,
      })
    ).id;
  const workers = [
    {
      id: await worker(shehui, '李敏', '福田区启航青少年社工服务中心', ['P02', 'P03', 'P04', 'P05'], 40),
      ctx: shehui,
    },
    { id: await worker(shequ, '何志华', '', ['P01', 'P06', 'P07'], 30), ctx: shequ },
  ];

  // the cases: planned first from the seeded numbers, then made four at a time
  type Plan = {
    i: number;
    referredOn: string;
    body: Parameters<typeof svc.register>[1];
    w: (typeof workers)[number] | null;
    plan: string[];
    sessions: { heldOn: string; technique: string; minutes: number; score: number | null }[];
    close: { on: string; outcome: Outcome; diverted: boolean } | null;
  };
  const plans: Plan[] = [];
  for (let i = 0; i < 60; i++) {
    const referredOn = day(-330 + i * 5 + rng.int(0, 3));
    const age = rng.int(14, 19);
    const birth = plus(`${Number(referredOn.slice(0, 4)) - age}-01-01`, rng.int(10, 350));
    const problems = [...new Set([rng.pick(PROBLEMS), rng.pick(PROBLEMS)])].sort();
    const body = {
      nodeId: i % 3 === 2 ? streets[i % 2].id : community,
      name: rng.pick(SURNAMES) + rng.pick(GIVEN),
      idNumber: makeNationalId('440304', birth, 100 + i * 7),
      source: rng.pick(SOURCES),
      referredOn,
      summary: '',
      problems,
    };
    const plan = [...new Set(problems.map((p) => ANSWER[p]))];
    if (i >= 56) {
      plans.push({ i, referredOn, body, w: null, plan, sessions: [], close: null }); // waiting for a worker
      continue;
    }
    const w = problems.some((p) => ['P01', 'P06', 'P07'].includes(p)) && i % 2 ? workers[1] : workers[0];
    const closeOn = referredOn < day(-150) ? plus(referredOn, rng.int(110, 150)) : null;
    // one case of shehui's a little behind, so the home page has something due
    const last = i === 50 ? plus(referredOn, 3) : (closeOn ?? day(-rng.int(2, 12)));
    const sessions: Plan['sessions'] = [];
    let evaluated = referredOn;
    for (let d = plus(referredOn, rng.int(3, 7)); d <= last && d < today; d = plus(d, rng.int(18, 30))) {
      const due = d >= plus(evaluated, 85);
      if (due) evaluated = d;
      const weeks = (Date.parse(d) - Date.parse(referredOn)) / 604_800_000;
      sessions.push({
        heldOn: d,
        technique: rng.pick([plan[0], 'T03', 'T04']),
        minutes: rng.pick([45, 60, 60, 90]),
        score: due ? Math.min(100, 50 + Math.round(weeks * 1.5) + rng.int(0, 10)) : null,
      });
    }
    let close: Plan['close'] = null;
    if (closeOn) {
      const r = rng.int(1, 100);
      let acc = 0;
      const outcome = (OUTCOMES.find(([, p]) => (acc += p) >= r) ?? OUTCOMES[0])[0] as Outcome;
      close = { on: closeOn, outcome, diverted: outcome !== 'reoffended' && rng.chance(0.75) };
    }
    plans.push({ i, referredOn, body, w, plan, sessions, close });
  }

  const make = async (p: Plan) => {
    const { id } = await svc.register(zzb, p.body);
    if (!p.w) return;
    const ctx = p.w.ctx;
    const { version } = await svc.assign(zzb, id, { version: 1, workerId: p.w.id, plan: p.plan });
    for (const s of p.sessions) {
      await svc.addSession(ctx, id, {
        heldOn: s.heldOn,
        technique: s.technique,
        minutes: s.minutes,
        note: '',
      });
      if (s.score !== null)
        await svc.addEvaluation(ctx, id, {
          instrument: 'E01',
          score: s.score,
          evaluatedOn: s.heldOn,
          note: '',
        });
    }
    if (!p.close) return;
    await svc.close(zzb, id, {
      version,
      outcome: p.close.outcome,
      diverted: p.close.diverted,
      closedOn: p.close.on,
      note: p.close.outcome === 'reoffended' ? '帮教期间再次涉案，移送司法机关' : '帮教期满，回归正常生活',
    });
  };
  for (let k = 0; k < plans.length; k += 4) await Promise.all(plans.slice(k, k + 4).map(make));
}
