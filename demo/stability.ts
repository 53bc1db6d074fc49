/**
 * A year of 重大决策社会稳定风险评估 in the demo district (seed 003 Futian: 将重大决策社会稳定影响风险评估
 * 纳入重大决策前置程序), made through the stability service: 30 major decisions of departments and
 * streets over the last eleven months in realistic fields (a land-preparation project, a school
 * district change, a bus line, a market relocation ...), each assessed, confirmed by the district
 * 政法委 (`zzb`) before its decision: most 低, a third 中 decided with mitigation measures (most
 * done on time, one overdue, one due this week for 住建局 `bumen`), the market relocation 暂缓 at
 * 高, the land preparation reassessed from 高 to 中 and decided, one dropped; two waiting for review
 * and two still being assessed; three incidents after decisions. Dates are set back to when they
 * happened; numbers come from a fixed seed.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { Rng } from './prng.ts';

type Profile = 'low' | 'mid' | 'suspend' | 'reassess' | 'drop' | 'review' | 'assessing';
type Field = 'land' | 'shantytown' | 'project' | 'price' | 'public_service' | 'environment' | 'other';

/** The decisions: title, field, unit (a department or street by name), people affected, what becomes of it. */
const DECISIONS: [string, Field, string, number, Profile][] = [
  ['福田河片区土地整备项目', 'land', '区住房和建设局', 1260, 'reassess'],
  ['石厦小学学区划分调整', 'public_service', '区教育局', 2300, 'mid'],
  ['M390路公交线路优化调整', 'other', '区城市管理和综合执法局', 8600, 'low'],
  ['福田农批市场搬迁', 'other', '福田街道', 3400, 'suspend'],
  ['水围村城中村综合整治', 'shantytown', '福田街道', 5200, 'mid'],
  ['路内停车收费标准调整', 'price', '区发展和改革局', 42000, 'mid'],
  ['梅林垃圾转运站升级改造', 'environment', '区城市管理和综合执法局', 1800, 'mid'],
  ['华富社康中心迁址', 'public_service', '区卫生健康局', 9600, 'low'],
  ['皇岗口岸片区旧改项目征收补偿方案', 'land', '区住房和建设局', 2100, 'mid'],
  ['新洲河碧道建设工程', 'project', '区城市管理和综合执法局', 700, 'low'],
  ['莲花一村老旧小区加装电梯统一方案', 'project', '莲花街道', 1500, 'low'],
  ['香蜜湖片区道路改造临时占道方案', 'project', '香蜜湖街道', 6300, 'drop'],
  ['沙头下沙棚户区改造项目', 'shantytown', '沙头街道', 4100, 'mid'],
  ['区属公办幼儿园招生范围调整', 'public_service', '区教育局', 1700, 'low'],
  ['华强北步行街夜间经营时段调整', 'other', '华强北街道', 2600, 'low'],
  ['园岭片区燃气管道改造', 'project', '园岭街道', 3800, 'low'],
  ['南园农贸市场升级改造', 'project', '南园街道', 1200, 'mid'],
  ['福保保税区职工宿舍调整安置', 'other', '福保街道', 900, 'low'],
  ['区人民医院分院建设选址', 'public_service', '区卫生健康局', 11000, 'mid'],
  ['梅林水库周边生态修复', 'environment', '梅林街道', 400, 'low'],
  ['城中村出租屋消防设施统一配置', 'other', '区应急管理局', 7800, 'low'],
  ['养老机构收费标准调整', 'price', '区民政局', 650, 'low'],
  ['上步片区城市更新单元拆迁', 'land', '区住房和建设局', 2900, 'mid'],
  ['社区矫正对象集中教育场所选址', 'other', '区司法局', 300, 'low'],
  ['学校周边交通组织优化', 'other', '区公安分局', 5400, 'low'],
  ['华富村棚改回迁安置方案', 'shantytown', '华富街道', 3600, 'low'],
  ['福田口岸公交场站迁移', 'project', '福田街道', 4800, 'review'],
  ['车公庙片区地下综合管廊建设', 'project', '区住房和建设局', 1100, 'review'],
  ['区属学校课后服务收费调整', 'price', '区教育局', 23000, 'assessing'],
  ['沙尾村统租改造方案', 'shantytown', '沙头街道', 2700, 'assessing'],
];

const RISKS = {
  low: [
    ['legality', '决策权限与程序是否合法', 1, 2],
    ['feasibility', '资金保障是否到位', 2, 2],
    ['controllability', '群体性上访或聚集风险', 2, 3],
  ],
  mid: [
    ['rationality', '补偿安置标准是否公平合理', 3, 3],
    ['controllability', '群体性上访或聚集风险', 2, 4],
    ['safety', '施工安全与环境影响', 2, 2],
  ],
  high: [
    ['rationality', '补偿安置标准是否公平合理', 4, 4],
    ['controllability', '群体性上访或聚集风险', 4, 5],
    ['feasibility', '实施时机与周期是否成熟', 3, 3],
  ],
} as const;

const MEASURES = [
  ['设立政策咨询点，逐户上门解释方案', '街道办事处'],
  ['召开居民代表座谈会，吸收合理意见修改方案', '决策单位'],
  ['成立矛盾调处专班，落实一案一策', '区委政法委'],
  ['开展舆情监测，及时回应群众关切', '区委宣传部'],
  ['完善补偿标准公示，接受群众监督', '决策单位'],
];

/** Seeds the year; a no-op without the demo accounts or when the district has decisions already. */
export async function seedStability(services: Services, db: Db, districtId: string, now: Date) {
  const u = await db
    .selectFrom('accounts_users')
    .select('id')
    .where('username', '=', 'zzb')
    .executeTakeFirst();
  const actor = u && (await services.accounts.loadActor(u.id));
  if (!actor) return;
  const zzb: RequestContext = { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' };
  const had = await db
    .selectFrom('stability_decisions')
    .select('id')
    .where('district_id', '=', districtId)
    .limit(1)
    .executeTakeFirst();
  if (had) return;
  const units = new Map(
    (
      await db
        .selectFrom('org_nodes')
        .select(['id', 'name'])
        .where('district_id', '=', districtId)
        .where('level', 'in', ['department', 'street'])
        .execute()
    ).map((n) => [n.name, n.id]),
  );
  const svc = services.stability;
  const rng = new Rng(`stability/${districtId}`);
  const day = (offset: number) => shanghaiDay(new Date(now.getTime() + offset * 86_400_000));
  const today = day(0);
  const at = (d: string, hour = 10) => new Date(`${d}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  const plus = (d: string, n: number) => shanghaiDay(new Date(at(d).getTime() + n * 86_400_000));

  const versionOf = async (id: string) => {
    const d = await svc.view(zzb, id);
    return { d: d.version, a: d.assessment.version };
  };
  const go = async (id: string, action: string, extra: object = {}) =>
    svc.moveDecision(zzb, id, { action: action as 'submit', version: (await versionOf(id)).d, ...extra });
  const assess = async (id: string, level: keyof typeof RISKS) => {
    const total = rng.int(80, 600);
    const against = Math.round(
      total * (level === 'high' ? 0.36 : level === 'mid' ? rng.int(3, 8) / 100 : 0.02),
    );
    const neutral = Math.round(total * 0.08);
    await svc.saveAssessment(zzb, id, {
      version: (await versionOf(id)).a,
      risks: RISKS[level].map(([dimension, source, l, i]) => ({
        dimension,
        source,
        likelihood: l,
        impact: i,
        note: '',
      })),
      surveyFor: total - against - neutral,
      surveyAgainst: against,
      surveyNeutral: neutral,
      methods: level === 'low' ? ['questionnaire', 'visit'] : ['questionnaire', 'forum', 'hearing'],
      experts:
        level === 'low' ? '法律顾问审查：程序合法' : '律师、规划、社会学专家论证：补偿安置标准须进一步细化',
      conclusion: level === 'high' ? '群众反对意见集中，存在较大社会稳定风险' : '总体可控',
    });
  };
  /** Back-dates the round's submission and confirmation to before the planned decision. */
  const backdate = (id: string, planned: string, round: number) =>
    db
      .updateTable('stability_assessments')
      .set({ submitted_at: at(plus(planned, -12)), confirmed_at: at(plus(planned, -7), 16) })
      .where('district_id', '=', districtId)
      .where('decision_id', '=', id)
      .where('round', '=', round)
      .execute();

  const done = DECISIONS.filter((x) => x[4] !== 'review' && x[4] !== 'assessing');
  const step = Math.floor(320 / done.length);
  let k = 0;
  let overdueLeft = 1;
  let incidents = 0;
  for (const [title, field, unit, affected, profile] of DECISIONS) {
    const open = profile === 'review' || profile === 'assessing';
    const planned = open ? day(20 + 15 * k++) : day(-330 + step * done.findIndex((x) => x[0] === title));
    const { id } = await svc.register(zzb, {
      nodeId: units.get(unit)!,
      title,
      field,
      affected,
      plannedOn: planned,
      summary: `${unit}拟就“${title}”作出决策，涉及群众约 ${affected} 人。`,
    });
    await db
      .updateTable('stability_decisions')
      .set({ created_at: at(plus(planned, open ? -10 : -40)) })
      .where('district_id', '=', districtId)
      .where('id', '=', id)
      .execute();
    if (profile === 'assessing') {
      await assess(id, 'mid');
      continue;
    }
    const first =
      profile === 'low' ? 'low' : profile === 'mid' ? 'mid' : profile === 'review' ? 'mid' : 'high';
    await assess(id, first);
    await go(id, 'submit');
    if (profile === 'review') continue;
    await go(id, 'confirm');
    await backdate(id, planned, 1);
    if (profile === 'suspend') {
      await go(id, 'suspend', { note: '商户安置方案未达成共识，暂缓决策' });
      continue;
    }
    if (profile === 'drop') {
      await go(id, 'drop', { note: '影响交通过大，改为分段夜间施工另行评估' });
      continue;
    }
    let round = 1;
    if (profile === 'reassess') {
      await go(id, 'suspend', { note: '补偿标准偏低，调整方案后重新评估' });
      await go(id, 'reassess');
      await assess(id, 'mid');
      await go(id, 'submit');
      await go(id, 'confirm', { note: '方案调整后风险降为中，须落实化解措施' });
      round = 2;
      await backdate(id, planned, 2);
      await db
        .updateTable('stability_assessments')
        .set({ submitted_at: at(plus(planned, -40)), confirmed_at: at(plus(planned, -35)) })
        .where('district_id', '=', districtId)
        .where('decision_id', '=', id)
        .where('round', '=', 1)
        .execute();
    }
    const level = profile === 'low' ? 'low' : 'mid';
    if (level === 'mid') {
      const n = rng.int(1, 3);
      for (let m = 0; m < n; m++) {
        const [content, owner] = MEASURES[(k + m + title.length) % MEASURES.length];
        const due = plus(planned, 15 + 20 * m + rng.int(0, 10));
        await svc.addMeasure(zzb, id, { content, owner: owner === '决策单位' ? unit : owner, dueOn: due });
      }
    }
    await go(id, 'decide', { decidedOn: planned, outcome: level === 'low' ? 'as_is' : 'with_measures' });
    await db
      .updateTable('stability_decisions')
      .set({ decided_at: at(planned, 11) })
      .where('district_id', '=', districtId)
      .where('id', '=', id)
      .execute();
    // progress: measures due by now are done (most on time), but one is left overdue
    for (const m of (await svc.view(zzb, id)).measures) {
      if (m.dueOn >= today) continue;
      if (overdueLeft > 0 && m.dueOn > day(-40)) {
        overdueLeft--;
        await svc.progress(zzb, m.id, {
          version: m.version,
          progress: '已完成部分走访，剩余住户外出未联系上',
        });
        continue;
      }
      const late = rng.chance(0.15);
      const doneOn = late ? plus(m.dueOn, rng.int(3, 10)) : plus(m.dueOn, -rng.int(0, 6));
      await svc.progress(zzb, m.id, {
        version: m.version,
        progress: late ? '延期完成：协调时间较长' : '已按期完成',
        doneOn: doneOn > today ? today : doneOn,
      });
    }
    if (round === 1 && profile === 'mid' && incidents < 3 && plus(planned, 25) < today && rng.chance(0.5)) {
      incidents++;
      await svc.addIncident(zzb, id, {
        occurredOn: plus(planned, 20 + incidents),
        summary: `部分群众到街道反映“${title}”相关诉求，经接访解释后平息`,
        eventNo: `SJ${planned.slice(0, 4)}${String(1000 + incidents * 37).padStart(5, '0')}`,
        people: rng.int(5, 30),
      });
    }
  }
  // one measure of 住建局 due this week (bumen's home page): on the land-preparation project
  const land = (await svc.list(zzb, {})).items.find((x) => x.title === '福田河片区土地整备项目')!;
  await svc.addMeasure(zzb, land.id, {
    content: '对未签约的12户开展第二轮入户协商',
    owner: '区住房和建设局 征收科',
    dueOn: day(4),
  });
  await sql`ANALYZE stability_decisions`.execute(db);
}
