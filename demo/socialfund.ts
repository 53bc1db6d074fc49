/**
 * The funds of the demo district (seed 003 Futian: 每年2000万元的社会建设专项资金 … 共资助8期688个项目，
 * 已资助9651.454万元; 每年为16个基层党(工)委安排1600万元基层党建创新项目启动资金), made through the
 * socialfund service at 1/20 scale: eight rounds 期, one a year, seven of them published with their
 * projects paid 50/30/20 and evaluated (about one in ten 不合格 with a clawback), this year's eighth in
 * review (some applications to check, some to score); the party innovation fund for the demo's street
 * and community committees. Social organisations of the register apply through staff accounts
 * (`shehui` and five more); `zzb` runs the funds and reviews with `bumen`. Texts from fixed lists.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import { ForbiddenError } from '../server/platform/errors.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { Rng } from './prng.ts';

const CATEGORIES = ['为老服务', '青少年成长', '社区治理', '助残帮困', '就业创业', '文化体育'];
const PROJECTS: [category: string, title: string, summary: string][] = [
  ['为老服务', '长者饭堂助餐服务', '为辖区独居、高龄长者提供午餐配送与上门探访'],
  ['为老服务', '银龄互助“时间银行”', '低龄长者服务高龄长者，服务时长存入时间银行'],
  ['青少年成长', '四点半课堂', '为双职工家庭儿童提供放学后的课业辅导与兴趣活动'],
  ['青少年成长', '青少年心理成长营', '开展青少年心理健康讲座与小组辅导'],
  ['社区治理', '楼栋议事会培育', '培育楼栋长与居民议事骨干，推动小区事务协商'],
  ['社区治理', '城中村消防安全宣教', '联合物业开展出租屋消防隐患排查与宣传'],
  ['助残帮困', '残障人士康复陪伴', '组织志愿者为残障人士提供康复训练陪伴'],
  ['助残帮困', '困境家庭帮扶计划', '为困境家庭链接救助资源，开展个案跟进'],
  ['就业创业', '新市民就业创业服务链', '从提供就业岗位到扶持创业的综合服务'],
  ['文化体育', '社区邻里文化节', '举办邻里节、社区运动会，增进邻里关系'],
];
const LINES: [item: string, share: number][] = [
  ['人员经费', 45],
  ['活动物资', 25],
  ['场地及宣传', 15],
  ['专业督导', 15],
];
const PARTY_PROJECTS = [
  ['“党建+”大部制运行保障', '街道党工委统筹各领域党组织，推进“书记+1名副书记+1名委员+1个办公室”工作格局'],
  ['小区党支部“四联”平台', '依托党建联席会议，构筑联建、联调、联管、联服平台'],
  ['党群服务阵地联盟', '整合辖区党群服务阵地，开展“1+95+N”阵地联盟活动'],
] as const;
/** Scaled 1/20: a round's budget ¥600,000 (the seed's ¥12 M of 2019), cap ¥300,000 a project. */
const ROUND_BUDGET = 600_000_00;
const CAP = 300_000_00;

/** Seeds the funds, eight rounds and the party fund; a no-op without the demo accounts or when done. */
export async function seedSocialfund(services: Services, db: Db, districtId: string, today: Date) {
  const idOf = async (username: string) =>
    (await db.selectFrom('accounts_users').select('id').where('username', '=', username).executeTakeFirst())
      ?.id;
  const ctxOf = async (id: string | undefined): Promise<RequestContext | null> => {
    const actor = id ? await services.accounts.loadActor(id) : null;
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [zzb, bumen, jiedao, shequ, shehui] = await Promise.all(
    ['zzb', 'bumen', 'jiedao', 'shequ', 'shehui'].map(async (u) => ctxOf(await idOf(u))),
  );
  if (!zzb || !bumen || !jiedao || !shequ || !shehui) return;
  const svc = services.socialfund;
  if ((await svc.listFunds(zzb)).funds.length > 0) return;
  const orgs = await services.socialorgs.list(zzb, {});
  const own = await services.socialorgs.staffOrg(shehui.actor!.userId);
  if (!own) return;
  const rng = new Rng(`socialfund/${districtId}`);
  const year = Number(shanghaiDay(today).slice(0, 4));
  const day = (offset: number) => shanghaiDay(new Date(today.getTime() + offset * 86_400_000));

  // staff accounts of five more organisations, so that the applicants differ
  const applicants: RequestContext[] = [shehui];
  for (const [i, o] of orgs
    .filter((x) => x.id !== own.id)
    .slice(0, 5)
    .entries()) {
    const username = `shzz${i + 1}`;
    const made = await services.accounts.bootstrapAccount({
      username,
      displayName: o.name,
      password: `Demo!${districtId.slice(0, 8)}s${i}`,
      homeDistrictId: districtId,
      grants: [{ role: 'social_org', nodeId: o.nodeId, districtId }],
    });
    await services.socialorgs.linkStaff(zzb, o.id, username);
    applicants.push((await ctxOf(made.id))!);
  }

  const social = await svc.createFund(zzb, {
    nodeId: districtId,
    kind: 'social',
    name: '福田区社会建设专项资金',
    yearlyBudgetFen: 20_000_000_00,
    tranchePlan: [50, 30, 20],
  });
  const party = await svc.createFund(zzb, {
    nodeId: districtId,
    kind: 'party',
    name: '福田区基层党建创新项目启动资金',
    yearlyBudgetFen: 16_000_000_00,
    tranchePlan: [60, 40],
  });

  const linesOf = (total: number) => {
    const out = LINES.map(([item, share]) => ({ item, amountFen: Math.floor((total * share) / 100) }));
    out[0].amountFen += total - out.reduce((s, l) => s + l.amountFen, 0);
    return out;
  };
  // the versions the moves answer, so that no move reads the application first
  const versions = new Map<string, number>();
  const move = async (ctx: RequestContext, id: string, action: string, extra: object = {}) => {
    const v = await svc.moveApplication(ctx, id, {
      action: action as never,
      version: versions.get(id) ?? 1,
      ...extra,
    });
    versions.set(id, v.version);
    return v;
  };
  /** A reviewer scores unless they have a stake in it (an organisation registered on their own node). */
  const score = (reviewer: RequestContext, id: string, s: number) =>
    svc.score(reviewer, id, { score: s, comment: '' }).catch((e: unknown) => {
      if (!(e instanceof ForbiddenError)) throw e;
    });
  const openRound = (
    fundId: string,
    roundNo: number,
    y: number,
    title: string,
    budgetFen: number,
    cats: string[],
  ) =>
    svc.createRound(zzb, fundId, {
      roundNo,
      year: y,
      title,
      opensOn: day(-30),
      closesOn: day(10),
      capFen: Math.min(CAP, budgetFen),
      budgetFen,
      categories: cats,
    });
  const roundVersion = async (id: string) => (await svc.getRound(zzb, id)).version;
  /** Applies and submits; answers the application's id. */
  const apply = async (
    ctx: RequestContext,
    roundId: string,
    p: (typeof PROJECTS)[number],
    nodeId?: string,
  ) => {
    const requested = rng.int(8, 25) * 10_000_00;
    const { id } = await svc.apply(ctx, roundId, {
      title: p[1],
      category: p[0],
      summary: p[2],
      beneficiaries: rng.int(8, 60) * 10,
      lines: linesOf(requested),
      nodeId,
    });
    await move(ctx, id, 'submit');
    return { id, requested };
  };
  /** Runs a funded project to its end: signed, paid by progress, evaluated. */
  const deliver = async (ctx: RequestContext, id: string, y: number, plan: number, fail: boolean) => {
    await move(zzb, id, 'sign', { signedOn: `${y}-05-10` });
    for (let seq = 1; seq <= plan; seq++) {
      if (seq === plan && plan > 1) {
        await move(
          zzb,
          id,
          fail ? 'fail' : 'pass',
          fail ? { note: '未按协议完成服务量' } : { excellent: rng.chance(0.3) },
        );
        if (fail) return;
      }
      await svc.pay(zzb, id, { seq, paidOn: `${y}-${String(5 + seq * 2).padStart(2, '0')}-15` });
      if (seq < plan)
        await svc.report(ctx, id, {
          progress: Math.round((100 * seq) / plan),
          served: rng.int(50, 400),
          text: seq === plan - 1 ? '项目服务全部完成，提交结项报告' : '按计划开展服务，进度过半',
        });
    }
  };

  // eight rounds, one a year; the last this year's, in review
  for (let k = 1; k <= 8; k++) {
    const y = year - 8 + k;
    const { id: roundId } = await openRound(social.id, k, y, `第${k}期（${y}年）`, ROUND_BUDGET, CATEGORIES);
    const count = k === 8 ? 6 : 5;
    const apps: { id: string; requested: number; ctx: RequestContext }[] = [];
    for (let i = 0; i < count; i++) {
      const ctx = applicants[(i + k + 5) % applicants.length];
      apps.push({ ...(await apply(ctx, roundId, PROJECTS[(k * 3 + i) % PROJECTS.length])), ctx });
    }
    await svc.moveRound(zzb, roundId, { action: 'review', version: await roundVersion(roundId) });
    if (k === 8) {
      // this year's: four checked (one not eligible), two waiting; zzb has scored two, bumen none
      for (const [i, a] of apps.slice(0, 4).entries())
        await move(zzb, a.id, i === 3 ? 'disqualify' : 'qualify');
      for (const a of apps.slice(0, 2)) await score(zzb, a.id, rng.int(70, 95));
      await db
        .updateTable('socialfund_rounds')
        .set({ opens_on: day(-45), closes_on: day(-5) })
        .where('id', '=', roundId)
        .execute();
      continue;
    }
    let left = ROUND_BUDGET;
    for (const a of apps) {
      await move(zzb, a.id, 'qualify');
      await score(zzb, a.id, rng.int(62, 96));
      await score(bumen, a.id, rng.int(60, 95));
    }
    for (const [i, a] of apps.entries()) {
      const grant = Math.min(a.requested - rng.int(0, 3) * 10_000_00, left);
      if (i === 4 || grant < 50_000_00) {
        await move(zzb, a.id, 'decline', { note: '评审排名靠后，本期不予资助' });
        continue;
      }
      left -= grant;
      await move(zzb, a.id, 'fund', { grantedFen: grant });
      // last year's first project (shehui's organisation) is still under way, a report due
      if (k === 7 && i === 0) {
        await move(zzb, a.id, 'sign', { signedOn: `${y}-05-10` });
        await svc.pay(zzb, a.id, { seq: 1, paidOn: `${y}-06-01` });
        continue;
      }
      await deliver(a.ctx, a.id, y, 3, rng.chance(0.1));
    }
    await svc.moveRound(zzb, roundId, { action: 'publish', version: await roundVersion(roundId) });
    await db
      .updateTable('socialfund_rounds')
      .set({ opens_on: `${y}-03-01`, closes_on: `${y}-04-15` })
      .where('id', '=', roundId)
      .execute();
    await sql`UPDATE socialfund_reports p SET reported_on = ${`${y}-09-20`}::date
      FROM socialfund_applications a WHERE a.district_id = p.district_id AND a.id = p.application_id
      AND a.round_id = ${roundId}`.execute(db);
  }

  // the party innovation fund: last year's projects done, this year's under way (a report due)
  const committees = [
    { ctx: jiedao, nodeId: jiedao.actor!.grants[0].nodeId },
    { ctx: shequ, nodeId: shequ.actor!.grants[0].nodeId },
  ];
  for (const y of [year - 1, year]) {
    const { id: roundId } = await openRound(
      party.id,
      y - year + 2,
      y,
      `${y}年基层党建创新项目`,
      1_600_000_00,
      ['党建引领基层治理'],
    );
    const apps = [];
    for (const [i, c] of committees.entries()) {
      const p = PARTY_PROJECTS[(y + i) % PARTY_PROJECTS.length];
      apps.push({ ...(await apply(c.ctx, roundId, ['党建引领基层治理', p[0], p[1]], c.nodeId)), ctx: c.ctx });
    }
    await svc.moveRound(zzb, roundId, { action: 'review', version: await roundVersion(roundId) });
    for (const a of apps) {
      await move(zzb, a.id, 'qualify');
      await score(bumen, a.id, rng.int(75, 95));
      await move(zzb, a.id, 'fund', { grantedFen: Math.min(a.requested, CAP) });
    }
    await svc.moveRound(zzb, roundId, { action: 'publish', version: await roundVersion(roundId) });
    if (y < year) for (const a of apps) await deliver(a.ctx, a.id, y, 2, false);
    else {
      await move(zzb, apps[0].id, 'sign', { signedOn: day(-20) });
      await svc.pay(zzb, apps[0].id, { seq: 1, paidOn: day(-10) });
    }
  }
}
