/**
 * A year of 擂台赛 in the demo district (seed 001 开化: 常态开展“两勤”“两专”擂台赛): a “两勤” contest of
 * quarterly rounds (three published, the fourth planned for zzb to open) and a “两专” contest of two
 * half-year rounds (the first published, the second open with entries, partly scored, ready to
 * publish). bumen's department and jiedao's street take part beside two more departments and
 * streets; zzb judges. Played through the service with a clock set inside each round.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { roleHoldersInDistrict } from '../server/modules/accounts/index.ts';
import { createContestsService } from '../server/modules/contests/index.ts';
import { Rng } from './prng.ts';

const SUMMARIES = [
  ['完成年度重点任务 {n} 项，群众满意度 9{m}%', '办结群众诉求 {n}0 件'],
  ['推进项目 {n} 个，提前完成投资计划', '到位资金 {n}.{m} 亿元'],
  ['开展“勤学勤干”专题活动 {n} 场', '参与干部 {n}{m} 人次'],
  ['创新“专班+专人”工作法，形成经验 {n} 条', '被上级推广 {m} 次'],
];

/** Seeds the two contests and their year of rounds. */
export async function seedContests(services: Services, db: Db, districtId: string, today: string) {
  const rng = new Rng('contests');
  const users = await db
    .selectFrom('accounts_users')
    .select(['id', 'username'])
    .where('username', 'in', ['zzb', 'jiedao', 'bumen'])
    .execute();
  const ctxOf = async (u: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(users.find((x) => x.username === u)!.id))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const [zzb, jiedao, bumen] = await Promise.all(['zzb', 'jiedao', 'bumen'].map(ctxOf));
  const dept = bumen.actor!.grants.find((g) => g.role === 'dept_officer')!;
  const street = jiedao.actor!.grants.find((g) => g.role === 'street_officer')!;
  const others = await db
    .selectFrom('org_nodes')
    .select(['id', 'path', 'level'])
    .where('district_id', '=', districtId)
    .where('level', 'in', ['department', 'street'])
    .where('id', 'not in', [dept.nodeId, street.nodeId])
    .orderBy('code')
    .orderBy('id')
    .execute();
  const extra = [
    ...others.filter((n) => n.level === 'department').slice(0, 2),
    ...others.filter((n) => n.level === 'street').slice(0, 2),
  ];
  // the other units' officers have no demo accounts: their entries are filed as by zzb for them
  const officerOf = (n: { id: string; path: string; level: string }): RequestContext => ({
    ...zzb,
    actor: {
      ...zzb.actor!,
      grants: [
        {
          role: n.level === 'street' ? 'street_officer' : 'dept_officer',
          nodeId: n.id,
          districtId,
          path: n.path,
        },
      ],
    },
  });
  const units: [string, RequestContext][] = [
    [dept.nodeId, bumen],
    [street.nodeId, jiedao],
    ...extra.map((n) => [n.id, officerOf(n)] as [string, RequestContext]),
  ];
  const year = Number(today.slice(0, 4));
  const play = (day: string) =>
    createContestsService({
      db,
      auditor: services.auditor,
      notify: services.notify,
      actorByUsername: (u) => services.accounts.actorByUsername(u),
      judgeCandidates: (id) => roleHoldersInDistrict(db, id, ['org_officer', 'cadre']),
      today: () => day,
    });
  const base = play(today);
  // ganbu, a cadre of bumen's department, is no judge: a judge never belongs to a participating unit
  const judges: [RequestContext, string][] = [[zzb, 'zzb']];

  /** Opens a round, files every unit's entry on day, scores them (all or some) and maybe publishes. */
  async function runRound(roundId: string, day: string, publish: boolean, scoreShare = 1) {
    const svc = play(day);
    const contestId = (await base.roundRanking(zzb, roundId)).contestId;
    let r = (await base.contest(zzb, contestId)).rounds.find((x) => x.id === roundId)!;
    await base.moveRound(zzb, roundId, 'open', r.version);
    for (const [i, [unitId, ctx]] of units.entries()) {
      if (rng.u32() % 10 === 0 && i > 1) continue; // now and then a unit misses a round
      const [s, f] = SUMMARIES[(i + rng.u32()) % SUMMARIES.length];
      const fill = (x: string) =>
        x.replace('{n}', String(2 + (rng.u32() % 8))).replace('{m}', String(rng.u32() % 10));
      await svc.submitEntry(ctx, roundId, { unitId, summary: fill(s), figures: fill(f), attachments: [] });
    }
    const entries = await base.entries(zzb, roundId);
    for (const [k, e] of entries.entries()) {
      if (k / entries.length >= scoreShare) break;
      for (const [ctx] of judges) {
        const me = (await base.entries(ctx, roundId)).find((x) => x.id === e.id);
        if (!me?.canScore) continue;
        const v = () => 70 + (rng.u32() % 28);
        await base.score(ctx, e.id, {
          scores: { profession: v(), duty: v(), innovation: v(), contribution: v(), position: v() },
        });
      }
    }
    if (publish) {
      r = (await base.contest(zzb, contestId)).rounds.find((x) => x.id === roundId)!;
      await base.moveRound(zzb, roundId, 'publish', r.version);
    }
  }

  const districtNode = zzb.actor!.grants.find((g) => g.role === 'org_officer')!.nodeId;
  const unitIds = units.map(([id]) => id);
  const d = (md: string) => `${year}-${md}`;
  const { id: qin } = await base.createContest(zzb, {
    nodeId: districtNode,
    year,
    title: '“两勤”擂台赛',
    series: '两勤',
    unitIds,
    judges: ['zzb'],
    rounds: [
      { title: '第一季度', opensOn: d('01-06'), dueOn: d('03-31') },
      { title: '第二季度', opensOn: d('04-01'), dueOn: d('06-30') },
      { title: '第三季度', opensOn: d('07-01'), dueOn: d('09-30') },
      { title: '第四季度', opensOn: d('10-01'), dueOn: d('12-31') },
    ],
  });
  const { id: zhuan } = await base.createContest(zzb, {
    nodeId: districtNode,
    year,
    title: '“两专”擂台赛',
    series: '两专',
    weights: { profession: 40, duty: 15, innovation: 15, contribution: 15, position: 15 },
    unitIds,
    judges: ['zzb'],
    rounds: [
      { title: '上半年', opensOn: d('01-06'), dueOn: d('06-30') },
      { title: '下半年', opensOn: d('07-01'), dueOn: d('11-30') },
    ],
  });
  const qr = (await base.contest(zzb, qin)).rounds;
  const zr = (await base.contest(zzb, zhuan)).rounds;
  await runRound(qr[0].id, d('03-20'), true);
  await runRound(qr[1].id, d('06-25'), true);
  await runRound(qr[2].id, d('09-26'), true);
  await runRound(zr[0].id, d('06-28'), true);
  await runRound(zr[1].id, d('11-28'), false, 0.5);
}
