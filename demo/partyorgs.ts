/**
 * A year of party-organisation quality in the demo district (seed 004, Luohu), made through the
 * partyorgs service as the street officer `jiedao`: activities planned by 5W1H each month for a
 * dozen organisations of the street (those whose day has passed recorded against their plan, most
 * met), the street's 主题党日 menu with orders, last year's and this year's grades for the
 * organisations outside the demo community (its own are left for the demo to grade), and the
 * secretaries' reports, most rated; and the street's major projects' temporary party organisations
 * (issue 21 item 3) with their planned ends: one in being, one past its planned end and not yet
 * dissolved (overdue, on the officer's to-do list), one dissolved when its project ended.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { Rng } from './prng.ts';

const ACTIVITIES: [what: string, why: string, how: string, extent: string][] = [
  [
    '“三会一课”支部党员大会',
    '落实组织生活制度',
    '书记主持，传达学习上级精神，讨论支部工作',
    '全体党员到会率不低于90%',
  ],
  [
    '主题党日：重温入党誓词',
    '坚定理想信念',
    '集中重温入党誓词，开展党员承诺践诺',
    '每名党员公开承诺一件实事',
  ],
  ['党员志愿服务进小区', '发挥党员先锋模范作用', '分组开展垃圾分类督导、楼道清理', '服务时长人均不少于2小时'],
  ['党课：基层治理中的党员作用', '提升党员能力', '支部书记讲党课，党员交流发言', '形成学习心得，人人发言'],
  ['走访慰问困难党员和群众', '关心关爱困难群体', '支委带队上门走访，登记需求', '困难党员走访全覆盖'],
  [
    '组织生活会和民主评议党员',
    '开展批评与自我批评',
    '对照检查，相互批评，民主测评',
    '评议结果按期报街道党工委',
  ],
];
const MENU: [string, string][] = [
  ['“加料版”主题党日：四个“一”践初心之旅', '重温一次入党誓词、参观一处红色阵地、讲一堂微党课、办一件实事'],
  ['红色研学线路', '沿区内红色教育基地开展现场教学'],
  ['流动党员“送学补课”', '为流入、流出党员集中补学，线上线下结合'],
];

/** Seeds the year; fast (about a hundred service calls). */
export async function seedPartyorgs(services: Services, db: Db, today: string): Promise<void> {
  const rng = new Rng('partyorgs');
  const u = await db
    .selectFrom('accounts_users')
    .select('id')
    .where('username', '=', 'jiedao')
    .executeTakeFirstOrThrow();
  const shequ = await db
    .selectFrom('accounts_users')
    .select('id')
    .where('username', '=', 'shequ')
    .executeTakeFirstOrThrow();
  const ctx: RequestContext = {
    actor: (await services.accounts.loadActor(u.id))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  };
  const community = (await services.accounts.loadActor(shequ.id))!.grants.find(
    (g) => g.role === 'community_officer',
  )!;
  const street = ctx.actor!.grants.find((g) => g.role === 'street_officer')!;
  const po = services.partyorgs;
  const year = Number(today.slice(0, 4));

  const menu = [];
  for (const [title, description] of MENU)
    menu.push((await po.addMenuItem(ctx, { nodeId: street.nodeId, title, description })).id);

  const all = (await services.org.partyOrgsUnder(street.path)).filter((o) => !o.dissolvedOn);
  const mine = all.filter((o) => o.path.startsWith(community.path)).slice(0, 3);
  const others = all.filter((o) => !o.path.startsWith(community.path)).slice(0, 9);
  for (const o of [...mine, ...others]) {
    for (let m = 1; m <= 12; m += 2) {
      const [what, why, how, extent] = ACTIVITIES[rng.int(0, ACTIVITIES.length - 1)];
      const plannedOn = `${year}-${String(m).padStart(2, '0')}-${String(rng.int(3, 26)).padStart(2, '0')}`;
      const body = {
        partyOrgId: o.id,
        who: `${o.name}支委`,
        why,
        plannedOn,
        how,
        extent,
        targetAttendance: rng.int(15, 40),
      };
      const { id } =
        m === 7
          ? await po.order(ctx, menu[rng.int(0, menu.length - 1)], body)
          : await po.plan(ctx, { ...body, what });
      if (plannedOn < today && rng.chance(0.9)) {
        const attendance = rng.int(10, 40);
        await po.record(ctx, id, {
          heldOn: plannedOn,
          attendance,
          outcome: `实到 ${attendance} 人，按计划完成`,
          extentMet: rng.chance(0.8) ? 'met' : rng.chance(0.6) ? 'partly' : 'not_met',
          version: 1,
        });
      }
    }
  }

  const criteria = await po.criteria(ctx, street.nodeId);
  for (const y of [year - 1, year])
    for (const o of others) {
      if (y === year && rng.chance(0.4)) continue;
      const orgClass = o.kind === 'hometown' ? 'hometown' : o.kind === 'building' ? 'two_new' : 'community';
      const items = criteria.find((c) => c.orgClass === orgClass)!.items;
      const strength = 0.55 + rng.next() * 0.45;
      const scores = Object.fromEntries(
        items.map((c) => [c.id, Math.min(c.maxScore, Math.round(c.maxScore * strength))]),
      );
      await po.grade(ctx, { partyOrgId: o.id, year: y, orgClass, scores, note: '' });
    }

  for (const o of [...mine, ...others].slice(0, 8)) {
    const { id } = await po.submitReport(ctx, {
      partyOrgId: o.id,
      year,
      secretary: `${o.name.slice(0, 4)}书记`,
      report: `一、抓党建工作情况：全年按 5W1H 计划开展组织生活，按期记录。\n二、存在问题：流动党员管理仍需加强。\n三、下一步打算：完善“五清”台账，做实党群先锋队服务。`,
    });
    if (rng.chance(0.6))
      await po.rateReport(ctx, id, {
        rating: (['good', 'fairly_good', 'average'] as const)[rng.int(0, 2)],
        note: '',
        version: 1,
      });
  }

  await seedTemporaryOrgs(services, ctx, street.nodeId, today);
}

/** A day n days from a 'YYYY-MM-DD' day. */
const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The street's temporary party organisations of its major projects, with planned ends. */
async function seedTemporaryOrgs(services: Services, ctx: RequestContext, nodeId: string, today: string) {
  const org = services.org;
  await org.createTemporaryPartyOrg(ctx, {
    nodeId,
    kind: 'hq_group',
    name: '河套深港科技创新合作区重大项目指挥部党建组',
    establishedOn: shift(today, -300),
    plannedEnd: shift(today, 400),
  });
  // past its planned end and not dissolved: overdue
  await org.createTemporaryPartyOrg(ctx, {
    nodeId,
    kind: 'project_branch',
    name: '香蜜湖片区城市更新项目临时党支部',
    establishedOn: shift(today, -250),
    plannedEnd: shift(today, -20),
  });
  const { id } = await org.createTemporaryPartyOrg(ctx, {
    nodeId,
    kind: 'project_branch',
    name: '福田河综合整治工程项目临时党支部',
    establishedOn: shift(today, -420),
    plannedEnd: shift(today, -60),
  });
  await org.dissolvePartyOrg(ctx, id, { dissolvedOn: shift(today, -75), version: 1 });
}
