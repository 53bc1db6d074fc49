/**
 * A year of the linkage mechanisms in the demo district, made through the services (seeds 001,
 * 003): 三联三领 links of the demo street's communities with items in every state (one overdue for
 * the community officer `shequ`, one led by the department cadre `ganbu`, one by the party member
 * `dangyuan`); a 三官三师 roster on the demo community and its grids (some grids not yet complete)
 * with cases through the year; and the deputy `daibiao`'s sessions twice a month with problems,
 * most answered, a few open, one session still to record. Deterministic from `today`.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { seedEldercare } from './eldercare.ts';
import { seedHonours } from './honours.ts';
import { Rng } from './prng.ts';

const LEADER_ITEMS = [
  '老旧小区加装电梯协调',
  '背街小巷环境整治',
  '农贸市场周边交通疏导',
  '城中村消防隐患整治',
];
const DEPT_ITEMS = ['雨污分流改造', '社区公园提升', '学校周边护学岗', '社康中心延时服务'];
const MEMBER_ITEMS = ['楼栋党员先锋岗', '垃圾分类督导', '长者助餐志愿服务', '青少年四点半课堂'];
const PROBLEMS = [
  '小区周边停车位不足',
  '夜间施工噪音扰民',
  '老人就医挂号难',
  '楼道照明损坏',
  '电动车充电不便',
  '公园健身器材老化',
  '学校放学时段交通拥堵',
  '垃圾分类投放点异味',
];
const ANSWERS = [
  '已协调街道执法队限时整改',
  '已纳入年度民生微实事项目',
  '已转区住建局办理，本月完成',
  '已联系物业维修完毕',
];
const EXPERTS: [string, string, string][] = [
  ['police', '刘警官', '福田派出所'],
  ['judge', '陈法官', '福田区人民法院'],
  ['prosecutor', '张检察官', '福田区人民检察院'],
  ['lawyer', '林律师', '华商律师事务所'],
  ['psychologist', '何老师', '福田区心理咨询中心'],
  ['social_worker', '黄社工', '福田社工服务中心'],
];

/** Seeds the linkage registers for the demo street and community. */
export async function seedLinkage(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const rng = new Rng('linkage');
  const svc = services.linkage;
  const users = await db
    .selectFrom('accounts_users')
    .select(['id', 'username'])
    .where('username', 'in', ['shequ', 'jiedao', 'ganbu', 'dangyuan', 'daibiao'])
    .execute();
  const ctxOf = async (username: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(users.find((u) => u.username === username)!.id))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const [shequ, jiedao, ganbu, dangyuan, daibiao] = await Promise.all(
    ['shequ', 'jiedao', 'ganbu', 'dangyuan', 'daibiao'].map(ctxOf),
  );
  const community = shequ.actor!.grants.find((g) => g.role === 'community_officer')!;
  const street = jiedao.actor!.grants.find((g) => g.role === 'street_officer')!;
  const communities = await db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'community')
    .where('path', 'like', `${street.path}%`)
    .orderBy('path')
    .limit(3)
    .execute();
  const grids = await db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'grid')
    .where('path', 'like', `${community.path}%`)
    .orderBy('path')
    .limit(3)
    .execute();
  const dayOf = (d: Date) => d.toISOString().slice(0, 10);
  const daysAgo = (n: number) => new Date(today.getTime() - n * 86400_000);

  // ---------- 三联三领 ----------
  for (const [ci, c] of communities.entries()) {
    const demo = c.id === community.nodeId;
    const links = [
      {
        kind: 'leader' as const,
        name: demo ? jiedao.actor!.displayName : `街道班子成员${ci + 1}`,
        unit: '街道党工委',
        user: demo ? jiedao : null,
        items: LEADER_ITEMS,
      },
      {
        kind: 'department' as const,
        name: demo ? '区住房和建设局' : ['区城管局', '区教育局', '区卫健局', '区民政局', '区交通局'][ci % 5],
        unit: demo ? ganbu.actor!.displayName : '',
        user: demo ? ganbu : null,
        items: DEPT_ITEMS,
      },
      {
        kind: 'member' as const,
        name: demo ? dangyuan.actor!.displayName : `在职党员${ci + 1}`,
        unit: '区直机关',
        user: demo ? dangyuan : null,
        items: MEMBER_ITEMS,
      },
    ];
    for (const l of links) {
      const { id } = await svc.createLink(jiedao, {
        nodeId: c.id,
        kind: l.kind,
        linkerName: l.name,
        linkerUnit: l.unit,
        linkerUserId: l.user?.actor?.userId,
        startedOn: dayOf(daysAgo(360)),
      });
      const n = 2 + rng.int(0, 1);
      for (let k = 0; k < n; k++) {
        const title = l.items[(ci + k) % l.items.length];
        const overdue = demo && l.kind === 'leader' && k === 0;
        const item = await svc.addItem(jiedao, id, {
          title,
          dueOn: dayOf(overdue ? daysAgo(10) : daysAgo(-30 - 30 * k)),
        });
        if (overdue) continue;
        const by = l.user ?? jiedao;
        const fate = rng.next();
        if (fate < 0.2) continue;
        await svc.moveItem(by, item.id, { action: 'start', progress: 20 + rng.int(0, 40), version: 1 });
        if (fate < 0.5) continue;
        await svc.moveItem(by, item.id, { action: 'complete', note: '已按计划完成并经居民评议', version: 2 });
      }
    }
  }

  // ---------- 三官三师 ----------
  for (const [role, name, unit] of EXPERTS)
    await svc.addExpert(shequ, {
      nodeId: community.nodeId,
      role,
      name,
      unit,
      phone: `139${String(10000000 + rng.int(0, 89999999))}`,
      officeHours: '每周三 9:00-12:00 社区党群服务中心',
    });
  for (const [gi, g] of grids.entries())
    for (const [ri, [role, name, unit]] of EXPERTS.entries())
      if (ri <= 2 + gi)
        await svc.addExpert(shequ, {
          nodeId: g.id,
          role,
          name: `${name.slice(0, 1)}${['一', '二', '三', '四'][gi]}${name.slice(1)}`,
          unit,
          officeHours: `每月第${gi + 1}个周六 ${g.name}`,
        });
  const roster = await svc.roster(shequ, { nodeId: community.nodeId });
  const members = roster.nodes.flatMap((n) => n.experts);
  for (let k = 0; k < 16; k++) {
    const m = members[rng.int(0, members.length - 1)];
    await svc.addCase(shequ, m.id, {
      takenOn: dayOf(daysAgo(rng.int(1, 350))),
      summary: ['邻里噪音纠纷调处', '劳资纠纷法律咨询', '青少年心理疏导', '家庭矛盾调解', '租赁合同纠纷咨询'][
        k % 5
      ],
      outcome: '当事人达成一致',
      closed: true,
    });
  }

  // ---------- 两代表一委员进社区 ----------
  for (let m = 11; m >= 0; m--) {
    const h = m % 2;
    const hostKind = h ? ('party_deputy' as const) : ('npc_deputy' as const);
    const when = daysAgo(m * 30 + 5 + h * 12);
    when.setUTCHours(1, 30, 0, 0);
    const mine = hostKind === 'npc_deputy';
    const { id } = await svc.scheduleSession(mine ? daibiao : shequ, {
      nodeId: community.nodeId,
      format: h ? 'stall' : 'clinic',
      hostKind,
      hostName: mine ? undefined : '党代表 郑红',
      startsAt: when.toISOString(),
      place: h ? '社区广场' : '社区党群服务中心',
    });
    const texts = [0, 1, 2].slice(0, 1 + rng.int(0, 2)).map((i) => PROBLEMS[(m + h + i) % PROBLEMS.length]);
    await svc.recordSession(mine ? daibiao : shequ, id, {
      action: 'hold',
      attendance: 20 + rng.int(0, 40),
      summary: '居民现场反映问题，代表逐一登记',
      problems: texts,
      version: 1,
    });
    if (m < 1) continue; // this month's problems still wait for an answer
    const s = await svc.getSession(shequ, id);
    for (const p of s.problemList)
      await svc.answerProblem(shequ, p.id, {
        action: 'answer',
        answer: ANSWERS[rng.int(0, ANSWERS.length - 1)],
        version: p.version,
      });
  }
  const next = new Date(today.getTime() + 7 * 86400_000);
  next.setUTCHours(1, 30, 0, 0);
  await svc.scheduleSession(daibiao, {
    nodeId: community.nodeId,
    format: 'clinic',
    hostKind: 'npc_deputy',
    startsAt: daysAgo(1).toISOString(),
    place: '社区党群服务中心',
  });
  await svc.scheduleSession(daibiao, {
    nodeId: community.nodeId,
    format: 'stall',
    hostKind: 'npc_deputy',
    startsAt: next.toISOString(),
    place: '社区广场',
  });
  await seedEldercare(services, db, districtId, today);
  await seedHonours(services, db, today);
}
