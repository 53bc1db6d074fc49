/**
 * Demo 一榜三令 (seed 000): this year's published list with tasks claimed by the demo street, a
 * year of daily evaluations (some tasks lag and turn red), orders drafted by each trigger
 * (排名严重滞后、到期限未达标、涉嫌违法违规) and issued with typed uses of results, political performance of
 * the claiming unit, and 280 major projects (160 在建 + 80 前期 + 40 谋划). Through the services, kept small.
 */
import type { Services } from '../server/composition-root.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';

async function ctxOf(services: Services, db: Db, username: string): Promise<RequestContext | null> {
  const u = await db
    .selectFrom('accounts_users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  if (!u) return null;
  return {
    actor: await services.accounts.loadActor(u.id),
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  };
}

const TITLES = [
  ['深圳金融中心项目建设', 'major_project'],
  ['国际演艺中心启动施工', 'major_project'],
  ['香蜜湖片区城市更新', 'major_project'],
  ['老旧小区改造三年行动', 'key_work'],
  ['基层治理“一网统管”改革', 'key_reform'],
  ['民生微实事提质增效', 'key_work'],
  ['党建引领物业服务提升', 'party_building'],
  ['学位供给攻坚', 'key_work'],
] as const;

/** Seeds the demo district's 一榜三令; `today` is the Asia/Shanghai day the history ends on. */
export async function seedTasks(
  services: Services,
  db: Db,
  districtId: string,
  today: string,
): Promise<void> {
  const zzb = await ctxOf(services, db, 'zzb');
  const jiedao = await ctxOf(services, db, 'jiedao');
  if (!zzb || !jiedao) return;
  const svc = services.tasks;
  const year = Number(today.slice(0, 4));
  const street = jiedao.actor!.grants[0].nodeId;
  const list = await svc.createList(zzb, { districtId, year, title: `${year}年福田区委区政府任务榜` });
  const ids: string[] = [];
  for (const [i, [title, category]] of TITLES.entries()) {
    const r = await svc.addTask(zzb, list.id, {
      title,
      category,
      goal: `${title}，按节点完成年度目标`,
      indicators: [{ name: '年度目标完成率', target: 100, unit: '%' }],
      milestones: [
        { title: '方案报批', weight: 1, dueDate: `${year}-03-31` },
        { title: '主体推进', weight: 2, dueDate: `${year}-08-31` },
        { title: '验收总结', weight: 1, dueDate: `${year}-11-30` },
      ],
      startDate: `${year}-01-01`,
      deadline: i === 7 ? `${year}-12-15` : `${year}-12-31`,
      investment: category === 'major_project' ? 120000 + i * 30000 : null,
    });
    ids.push(r.id);
  }
  const l = await svc.getList(zzb, list.id);
  await svc.publishList(zzb, list.id, { version: l.version });
  // the street claims six tasks; two stay open for claiming
  for (const [i, id] of ids.slice(0, 6).entries()) {
    const a = await svc.applyForTask(jiedao, id, {
      applicantNodeId: street,
      plan: '成立攻坚专班，倒排工期，挂图作战',
      commanderName: ['陈明', '李强', '王芳', '赵磊', '刘洋', '黄杰'][i],
    });
    await svc.awardTask(zzb, id, {
      applicationIds: [a.id],
      commanderName: ['陈明', '李强', '王芳', '赵磊', '刘洋', '黄杰'][i],
    });
  }
  // progress: the first two finish (one with its indicator met, one short), two keep pace, two lag
  const report = (id: string, seq: number, percent: number, actual?: number) =>
    svc.reportProgress(jiedao, id, {
      clientId: crypto.randomUUID(),
      milestoneSeq: seq,
      percent,
      narrative: '按计划推进',
      attachments: [],
      indicatorValues: actual === undefined ? [] : [{ index: 0, actual }],
    });
  for (const seq of [1, 2, 3]) await report(ids[0], seq, 100, 100);
  for (const seq of [1, 2, 3]) await report(ids[1], seq, 100, 92);
  for (const id of ids.slice(2, 4)) {
    await report(id, 1, 100);
    await report(id, 2, 90);
  }
  await report(ids[4], 1, 60);
  await svc.recordViolation(zzb, ids[5], {
    description: '项目招标程序违规，已移交纪检部门',
    occurredOn: today,
  });
  // a few evaluation days through the year (the scheduler's entry), ending today
  const days = [3, 6, 9, 11].map((m) => `${year}-${String(m).padStart(2, '0')}-15`).filter((d) => d < today);
  for (const day of [...days, today]) await svc.runDailyEvaluation({ districtIds: [districtId], day });
  // issue the commendation with its uses of results; keep the accountability drafts for the officer to sign
  const orders = await svc.orders(zzb, { status: 'draft' });
  for (const o of orders.filter((x) => x.type === 'commendation')) {
    const issued = await svc.issueOrder(zzb, o.id, { reason: '经区委组织部研究同意', version: o.version });
    await svc.recordConsequences(zzb, issued.id, {
      items: [
        { kind: 'public_notice', points: 0, note: '全区通报表扬' },
        { kind: 'highlight_points', points: 3, note: '亮点赋分' },
        { kind: 'incentive', points: 2, note: '嘉奖激励' },
        { kind: 'rest_leave', points: 0, note: '安排挂帅干部休整休养一周' },
        { kind: 'cadre_assessment', points: 0, note: '记入年度考核，优先推荐提拔' },
      ],
    });
  }
  await svc.recordPerformance(zzb, ids[0], {
    nodeId: street,
    aspect: 'commitment',
    positive: true,
    note: '揭榜挂帅、冲锋在前，节点任务全部提前完成',
    occurredOn: today,
  });
  // 重大项目 of the year: 160 在建 + 80 前期 + 40 谋划 (one sheet's worth, imported)
  const rows = ['项目名称,阶段,类型,总投资（万元）'];
  const cats = ['战略型产业', '高水平民生', '高品质基础设施'];
  let n = 0;
  for (const [stage, count] of [
    ['在建', 160],
    ['前期', 80],
    ['谋划', 40],
  ] as const)
    for (let i = 0; i < count; i++) {
      n++;
      rows.push(
        `福田重大项目${String(n).padStart(3, '0')},${stage},${cats[n % 3]},${(n % 17) * 5000 + 20000}`,
      );
    }
  await svc.importProjects(zzb, { districtId, year }, Buffer.from(rows.join('\n')));
}
