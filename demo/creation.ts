/**
 * A year of 示范创建 and the 先锋指数 in the demo district (seeds 000, 003, 004), made through the
 * creation service: four programmes (民主法治示范社区, 宜居社区, 儿童友好社区, 模范机关) with their
 * standards; 福民社区 climbing the ladder 区级 → 市级 → 省级 (named in earlier years, dates set back)
 * and named 全国 this year; about thirty declarations across levels in every state — some named,
 * one not, one in 公示, one waiting for zzb's review, two for jiedao's 初审, shequ's 百花社区 still
 * self-assessing; and four quarters of index scores for every community committee and general
 * branch (the current quarter only partly scored), the weakest flagged for 整改. Scores come from a
 * fixed seed.
 */
import { sql } from 'kysely';
import type { Actor, Grant, RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { Rng } from './prng.ts';

type Level = 'district' | 'city' | 'province' | 'national';
type End = 'named' | 'not_named' | 'publicity' | 'prereviewed' | 'submitted' | 'draft';

const PROGRAMMES: [string, number, [string, number][]][] = [
  [
    '民主法治示范社区',
    80,
    [
      ['民主选举规范有序', 20],
      ['民主决策与居民议事会', 20],
      ['民主管理与居务公开', 20],
      ['民主监督与居务监督委员会', 15],
      ['法治宣传与公共法律服务', 15],
      ['矛盾纠纷多元化解', 10],
    ],
  ],
  [
    '宜居社区',
    80,
    [
      ['环境整洁与垃圾分类', 25],
      ['公共服务设施配套', 25],
      ['社区安全与平安建设', 25],
      ['居民满意度', 25],
    ],
  ],
  [
    '儿童友好社区',
    75,
    [
      ['儿童议事会', 30],
      ['儿童友好空间', 40],
      ['儿童安全出行', 30],
    ],
  ],
  [
    '模范机关',
    85,
    [
      ['两讲三强：讲政治、讲规矩', 30],
      ['党建与业务深度融合', 40],
      ['服务基层与群众评价', 30],
    ],
  ],
];

/** Seeds the year; a no-op without the demo accounts or when the district has programmes already. */
export async function seedCreation(services: Services, db: Db, districtId: string, now: Date) {
  const users = await db
    .selectFrom('accounts_users')
    .select(['id', 'username'])
    .where('username', 'in', ['zzb', 'jiedao', 'shequ'])
    .execute();
  const zzbUser = users.find((u) => u.username === 'zzb');
  const zzbActor = zzbUser && (await services.accounts.loadActor(zzbUser.id));
  if (!zzbActor) return;
  const had = await db
    .selectFrom('creation_programmes')
    .select('id')
    .where('district_id', '=', districtId)
    .limit(1)
    .executeTakeFirst();
  if (had) return;
  const ctx = (actor: Actor): RequestContext => ({
    actor,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const zzb = ctx(zzbActor);
  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path', 'level', 'parent_id'])
    .where('district_id', '=', districtId)
    .where('level', 'in', ['street', 'community', 'department'])
    .orderBy('path')
    .execute();
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const grant = (role: Grant['role'], n: { id: string; path: string }): Grant =>
    ({ role, nodeId: n.id, districtId, path: n.path }) as Grant;
  /** The officer of a unit (the demo's shequ or jiedao account where it works there, a stand-in elsewhere). */
  const officer = (role: Grant['role'], n: { id: string; path: string; name: string }, username: string) => {
    const u = users.find((x) => x.username === username);
    return ctx({
      userId: u?.id ?? zzbActor.userId,
      username,
      displayName: `${n.name}经办人`,
      personId: null,
      grants: [grant(role, n)],
    });
  };
  const unitOf = (n: (typeof nodes)[number]) =>
    officer(n.level === 'department' ? 'dept_officer' : 'community_officer', n, 'shequ');
  const streetOf = (n: (typeof nodes)[number]) =>
    officer('street_officer', byId.get(n.parent_id!)!, 'jiedao');

  const svc = services.creation;
  const rng = new Rng(`creation/${districtId}`);
  const today = shanghaiDay(now);
  const year = Number(today.slice(0, 4));
  const ids: Record<string, string> = {};
  for (const [name, passPct, standard] of PROGRAMMES) {
    const r = await svc.createProgramme(zzb, {
      nodeId: districtId,
      name,
      description: '',
      passPct,
      publicityDays: 0,
      renewYears: 3,
      indicators: standard.map(([n, points]) => ({ name: n, points, guide: '' })),
    });
    ids[name] = r.id;
  }

  /** Takes one declaration to where it ends, scoring to pass or fail. */
  const run = async (programme: string, n: (typeof nodes)[number], level: Level, end: End, strong = true) => {
    const unit = unitOf(n);
    const { id } = await svc.declare(unit, { programmeId: ids[programme], nodeId: n.id, level });
    let d = await svc.view(unit, id);
    if (end === 'draft' && rng.int(0, 1) === 0) return id;
    const self = (p: number) =>
      Math.max(0, Math.min(p, Math.round((p * (strong ? rng.int(85, 98) : rng.int(60, 75))) / 100)));
    d = await svc.selfAssess(unit, id, {
      version: d.version,
      items: d.items.map((i) => ({
        indicatorId: i.indicatorId,
        selfScore: end === 'draft' && i === d.items[d.items.length - 1] ? null : self(i.points),
        evidence: `${n.name}${i.name}台账及照片`,
      })),
    });
    if (end === 'draft') return id;
    const go = async (c: RequestContext, action: 'submit', note?: string) =>
      svc.moveDeclaration(c, id, { action, version: (await svc.view(zzb, id)).version, note });
    await go(unit, 'submit');
    if (end === 'submitted') return id;
    await go(n.level === 'department' ? zzb : streetOf(n), 'pass' as 'submit', '材料齐全，同意推荐');
    if (end === 'prereviewed') return id;
    for (const i of d.items) {
      const s = Math.max(
        0,
        Math.min(i.points, Math.round((i.points * (strong ? rng.int(90, 99) : rng.int(55, 70))) / 100)),
      );
      await svc.score(zzb, id, { indicatorId: i.indicatorId, score: s, note: '' });
    }
    await go(zzb, 'publicise' as 'submit');
    if (end === 'publicity') return id;
    if (end === 'named') await go(zzb, 'name' as 'submit');
    else await go(zzb, 'reject' as 'submit', '评审得分未达及格线');
    return id;
  };

  const communities = nodes.filter((n) => n.level === 'community');
  const depts = nodes.filter((n) => n.level === 'department');
  const fumin = byName.get('福民社区') ?? communities[1];
  const baihua = byName.get('百花社区') ?? communities[0];
  const yuanling = communities.filter((c) => c.parent_id === baihua.parent_id && c.id !== baihua.id);
  const others = communities.filter((c) => c.parent_id !== baihua.parent_id && c.id !== fumin.id);
  const backdate: [string, number][] = [];

  // 福民社区 up the ladder: 区级 2019, 市级 2021, 省级 2023 (dates set back), 全国 this year
  for (const [level, y] of [
    ['district', year - 7],
    ['city', year - 5],
    ['province', year - 3],
  ] as const) {
    backdate.push([await run('民主法治示范社区', fumin, level, 'named'), y]);
  }
  // the earlier titles were re-checked 复核 and stand; the national one is named now
  await run('民主法治示范社区', fumin, 'national', 'named');
  const plan: [string, (typeof nodes)[number], Level, End, boolean?][] = [
    ['民主法治示范社区', others[0], 'district', 'named'],
    ['民主法治示范社区', others[3], 'district', 'named'],
    ['民主法治示范社区', others[6], 'district', 'named'],
    ['民主法治示范社区', others[9], 'district', 'not_named', false],
    ['民主法治示范社区', others[12], 'district', 'publicity'],
    ['民主法治示范社区', others[15], 'district', 'prereviewed'],
    ['民主法治示范社区', others[0], 'city', 'named'],
    ['民主法治示范社区', others[3], 'city', 'prereviewed'],
    ['宜居社区', yuanling[0] ?? others[20], 'district', 'submitted'],
    ['宜居社区', yuanling[1] ?? others[21], 'district', 'submitted'],
    ['宜居社区', baihua, 'district', 'draft'],
    ['宜居社区', others[18], 'district', 'named'],
    ['宜居社区', others[21], 'district', 'named'],
    ['宜居社区', others[24], 'district', 'named'],
    ['宜居社区', others[27], 'district', 'named'],
    ['宜居社区', others[30], 'district', 'not_named', false],
    ['宜居社区', others[18], 'city', 'named'],
    ['儿童友好社区', others[33], 'district', 'named'],
    ['儿童友好社区', others[36], 'district', 'named'],
    ['儿童友好社区', others[39], 'district', 'named'],
    ['儿童友好社区', others[42], 'district', 'draft'],
    ['儿童友好社区', fumin, 'district', 'named'],
    ['模范机关', depts[0], 'district', 'named'],
    ['模范机关', depts[1], 'district', 'named'],
    ['模范机关', depts[2], 'district', 'prereviewed'],
    ['模范机关', depts[3], 'district', 'submitted'],
  ];
  for (const [p, n, level, end, strong] of plan) if (n) await run(p, n, level, end, strong ?? true);
  // earlier years' titles: declared, named and re-checked then (the service names today)
  for (const [id, y] of backdate)
    await sql`UPDATE creation_declarations SET year = ${y},
      named_on = make_date(${y}, 11, 20), expires_on = make_date(${year + 1}, 11, 20),
      publicity_from = make_date(${y}, 11, 10), publicity_until = make_date(${y}, 11, 17),
      created_at = make_date(${y}, 5, 1) WHERE district_id = ${districtId} AND id = ${id}`.execute(db);
  for (const p of Object.values(ids))
    await svc.setSettings(zzb, p, { version: 1, passPct: 80, publicityDays: 7, renewYears: 3 });

  // 先锋指数: every community committee and general branch, four quarters (the current one partly)
  const district = await db
    .selectFrom('org_nodes')
    .select('path')
    .where('id', '=', districtId)
    .executeTakeFirstOrThrow();
  const orgs = (await services.org.partyOrgsUnder(district.path))
    .filter((o) => !o.dissolvedOn && (o.kind === 'committee' || o.kind === 'general_branch'))
    .filter((o) => o.nodeId !== districtId);
  const quarterNow = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const codes = ['organisation', 'education', 'service', 'position', 'vanguard'];
  // the scorings are drawn first (a fixed order of draws), then sent a few at a time
  const calls: [RequestContext, Parameters<typeof svc.scoreIndex>[1]][] = [];
  for (const o of orgs) {
    const n = byId.get(o.nodeId);
    // a community's organisations are scored by its street, the others (党工委, 机关) by the district
    const scorer = n?.level === 'community' ? streetOf(n) : zzb;
    const base = rng.int(58, 92);
    for (let q = 1; q <= quarterNow; q++) {
      if (q === quarterNow && n?.parent_id === baihua.parent_id) continue;
      if (q === quarterNow && rng.int(0, 2) === 0) continue;
      calls.push([
        scorer,
        {
          partyOrgId: o.id,
          year,
          quarter: q,
          scores: codes.map((code) => ({
            code,
            score: Math.max(0, Math.min(100, base + q * 2 + rng.int(-8, 8))),
          })),
        },
      ]);
    }
  }
  for (let i = 0; i < calls.length; i += 8)
    await Promise.all(calls.slice(i, i + 8).map(([c, b]) => svc.scoreIndex(c, b)));
}
