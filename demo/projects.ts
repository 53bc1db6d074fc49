/**
 * A year of livelihood projects in the demo district. In the demo community, through the projects
 * and votes services: a menu 菜单, the demo resident `jumin`'s order waiting to be screened, a
 * project under way with milestones and a contractor, one accepted and waiting for `jumin`'s
 * rating. Across the district's communities, the year's other micro projects (screened, budgeted
 * with public and social money, done and rated by registered residents) are written in bulk. And
 * the district's deputies' vote 票决制: candidates with responsible units, the vote cast by the demo
 * deputy `daibiao` and closed by `zzb`, the chosen projects under way, two accepted and rated, one
 * closed with its unit's score. Services stamp rows with the time of seeding; the seeder then moves
 * rows back to their place in the year (deterministically, from `today`).
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { maskName } from '../server/platform/pii/pii.ts';
import type { Services } from '../server/composition-root.ts';
import { Rng, weightTable } from './prng.ts';

const STAGE_WEIGHTS = weightTable<string>([
  ['closed', 5],
  ['completed', 2],
  ['implementing', 2],
  ['rejected', 1],
]);
const SCORE_WEIGHTS = weightTable<number>([
  [5, 6],
  [4, 3],
  [3, 1],
]);

const MENU = [
  {
    title: '楼道声控灯更换',
    category: 'facilities',
    estimateYuan: '30000',
    description: '老旧楼道更换LED声控灯',
  },
  {
    title: '长者助餐点设备添置',
    category: 'elderly',
    estimateYuan: '50000',
    description: '为社区长者饭堂添置保温设备',
  },
  {
    title: '儿童游乐设施维修',
    category: 'children',
    estimateYuan: '40000',
    description: '更换破损滑梯与地垫',
  },
  {
    title: '小区消防通道划线',
    category: 'safety',
    estimateYuan: '15000',
    description: '重新施划消防通道标线并设置警示牌',
  },
] as const;

/** Titles of the year's other micro projects, by category. */
const MICRO = [
  ['facilities', '单元门禁维修'],
  ['facilities', '休闲座椅增设'],
  ['environment', '垃圾分类投放点改造'],
  ['environment', '绿化带补种'],
  ['elderly', '长者防滑扶手安装'],
  ['elderly', '老年人智能手机培训'],
  ['children', '四点半课堂'],
  ['safety', '电动自行车充电棚'],
  ['safety', '监控补盲'],
  ['culture', '社区读书角'],
  ['health', '义诊进社区'],
  ['other', '社区公告栏更新'],
] as const;

/** Candidates of the district's annual livelihood projects (the deputies choose 20). */
const CANDIDATES = [
  '长者饭堂扩面提质',
  '老旧小区加装电梯',
  '社区儿童友好空间',
  '背街小巷环境提升',
  '口袋公园建设',
  '社区健康驿站',
  '中小学课后托管',
  '公共充电设施建设',
  '社区食堂进驻',
  '慢行系统改造',
  '学校周边交通优化',
  '社区心理服务站',
  '城中村消防改造',
  '公共厕所提升',
  '社区图书馆延时开放',
  '无障碍设施改造',
  '菜市场升级',
  '社区体育公园',
  '河道景观提升',
  '停车设施挖潜',
  '智慧养老服务',
  '社区医院夜诊',
  '老旧管网改造',
  '便民服务站点',
  '残疾人康复服务',
  '来深建设者子女关爱',
];

/** Loads the demo's livelihood projects (a few seconds at most). */
export async function seedProjects(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const rng = new Rng('projects');
  const svc = services.projects;
  const ctxOf = async (username: string): Promise<RequestContext> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return {
      actor: (await services.accounts.loadActor(u.id))!,
      ip: '127.0.0.1',
      userAgent: 'gongzhi-seed',
      lang: 'zh-CN',
    };
  };
  const officer = await ctxOf('shequ');
  const jumin = await ctxOf('jumin');
  const deputy = await ctxOf('daibiao');
  const zzb = await ctxOf('zzb');
  const community = officer.actor!.grants.find((g) => g.role === 'community_officer')!;
  const district = zzb.actor!.grants.find((g) => g.role === 'org_officer')!;
  const day = (n: number) => new Date(today.getTime() - n * 86400_000);
  const dateOf = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const yearOf = (d: Date) => new Date(d.getTime() + 8 * 3600_000).getUTCFullYear();
  const year = yearOf(today);
  // days back in this year only: the year's statistics are the year's
  const dayOfYear = Math.floor((today.getTime() - Date.UTC(year, 0, 1) + 8 * 3600_000) / 86400_000);
  const back = (share: number) => Math.max(1, Math.floor(dayOfYear * share));
  const moveBack = (id: string, d: Date) =>
    db.updateTable('projects_items').set({ created_at: d, stage_since: d }).where('id', '=', id).execute();

  // ---------- the demo community, through the services ----------
  const menu: string[] = [];
  for (const m of MENU)
    menu.push(
      (
        await svc.addMenuItem(officer, {
          ...m,
          nodeId: community.nodeId,
          estimateFen: Number(m.estimateYuan) * 100,
        })
      ).id,
    );
  const step = (
    ctx: RequestContext,
    id: string,
    action: string,
    extra: { reason?: string; note?: string } = {},
  ) => svc.transition(ctx, id, { action, ...extra });
  const budget = async (id: string, pub: number, soc: number, source = '') => {
    const p = await svc.get(officer, id);
    await svc.setBudget(officer, id, {
      publicFen: pub,
      socialFen: soc,
      socialSource: source,
      version: p.version,
    });
    await step(officer, id, 'fix_budget');
  };
  // jumin's order, waiting to be screened
  const waiting = await svc.order(jumin, { nodeId: community.nodeId, menuItemId: menu[3] });
  await moveBack(waiting.id, day(2));
  // a project under way: ordered by jumin in spring, budgeted, contractor, milestones, one done
  const underway = (await svc.order(jumin, { nodeId: community.nodeId, menuItemId: menu[0] })).id;
  await step(officer, underway, 'approve');
  await budget(underway, 2_800_000, 500_000, '辖区企业捐赠');
  await svc.addContractor(officer, underway, {
    name: '深圳市福田建设工程有限公司',
    role: 'builder',
    contactName: '赵工',
    phone: '13800001234',
  });
  const m1 = await svc.addMilestone(officer, underway, { title: '采购灯具', dueOn: dateOf(day(10)) });
  await svc.addMilestone(officer, underway, { title: '安装调试', dueOn: dateOf(day(-5)) });
  await step(officer, underway, 'start');
  await svc.completeMilestone(officer, underway, m1.id, { note: '灯具已到货' });
  await moveBack(underway, day(back(0.5)));
  // one accepted, waiting for the residents' rating (jumin's to-do)
  const done = (await svc.order(jumin, { nodeId: community.nodeId, menuItemId: menu[1] })).id;
  await step(officer, done, 'approve');
  await budget(done, 4_800_000, 0);
  await svc.addContractor(officer, done, { name: '福田区长者服务中心', role: 'service' });
  const d1 = await svc.addMilestone(officer, done, { title: '设备安装', dueOn: dateOf(day(30)) });
  await step(officer, done, 'start');
  await svc.completeMilestone(officer, done, d1.id, { note: '已安装并试运行' });
  await step(officer, done, 'finish');
  await step(officer, done, 'accept', { note: '设备运行正常，长者反映良好' });
  await moveBack(done, day(back(0.7)));

  // ---------- the year's other micro projects across the district, in bulk ----------
  const communities = await db
    .selectFrom('org_nodes')
    .select(['id', 'path'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'community')
    .orderBy('path')
    .execute();
  // registered persons (the first few thousand by id), each under the community whose path prefixes its node's
  const persons = await db
    .selectFrom('people_persons as p')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'p.district_id').onRef('n.id', '=', 'p.node_id'),
    )
    .select(['p.id', 'p.name', 'n.path'])
    .where('p.district_id', '=', districtId)
    .orderBy('p.id')
    .limit(3000)
    .execute();
  const byCommunity = new Map<string, { id: string; name: string }[]>();
  for (const r of persons) {
    const c = communities.find((x) => r.path.startsWith(x.path));
    if (c) byCommunity.set(c.id, [...(byCommunity.get(c.id) ?? []), r]);
  }
  const items: Record<string, unknown>[] = [];
  const ratings: Record<string, unknown>[] = [];
  const milestones: Record<string, unknown>[] = [];
  const creator = officer.actor!.userId;
  for (const c of communities) {
    const people = byCommunity.get(c.id) ?? [];
    const n = rng.int(4, 8);
    for (let i = 0; i < n; i++) {
      const [category, title] = rng.pick(MICRO);
      const created = day(back(rng.next() * 0.9 + 0.1));
      const stage = rng.weighted(STAGE_WEIGHTS);
      const orderer = people.length ? rng.pick(people) : null;
      const publicFen = stage === 'rejected' ? 0 : rng.int(20, 300) * 100_000;
      const socialFen = stage === 'rejected' || !rng.chance(0.3) ? 0 : rng.int(5, 50) * 100_000;
      const id = uuidv7();
      const raters = ['closed', 'completed'].includes(stage)
        ? people.filter((p) => p.id !== orderer?.id).slice(0, rng.int(3, 12))
        : [];
      let sum = 0;
      for (const r of raters) {
        const score = rng.weighted(SCORE_WEIGHTS);
        sum += score;
        ratings.push({
          district_id: districtId,
          project_id: id,
          rater_id: r.id,
          rater_kind: 'resident',
          by_user_id: creator,
          score,
          comment: '',
        });
      }
      const finished = ['closed', 'completed'].includes(stage);
      items.push({
        district_id: districtId,
        id,
        node_id: c.id,
        kind: 'micro',
        year: yearOf(created),
        title,
        description: `${title}（居民点单）`,
        category,
        stage,
        stage_since: created,
        orderer_user_id: null,
        orderer_person_id: orderer?.id ?? null,
        orderer_label: orderer ? maskName(orderer.name) : '',
        reject_reason: stage === 'rejected' ? '已纳入物业年度维修计划' : null,
        public_fen: publicFen,
        social_fen: socialFen,
        social_source: socialFen ? '辖区企业和社会组织捐赠' : '',
        progress: finished ? 100 : stage === 'implementing' ? 50 : 0,
        acceptance_note: finished ? '验收合格' : null,
        completed_at: finished ? created : null,
        closed_at: stage === 'closed' ? created : null,
        rating_count: raters.length,
        rating_sum: sum,
        created_by: creator,
        created_at: created,
      });
      if (stage === 'implementing')
        milestones.push(
          {
            district_id: districtId,
            id: uuidv7(),
            project_id: id,
            seq: 1,
            title: '方案设计',
            due_on: dateOf(created),
            done_at: created,
            note: '完成',
          },
          {
            district_id: districtId,
            id: uuidv7(),
            project_id: id,
            seq: 2,
            title: '施工',
            due_on: dateOf(day(-rng.int(3, 30))),
          },
        );
    }
  }
  await db
    .insertInto('projects_items')
    .values(items as never)
    .execute();
  if (ratings.length)
    await db
      .insertInto('projects_ratings')
      .values(ratings as never)
      .execute();
  if (milestones.length)
    await db
      .insertInto('projects_milestones')
      .values(milestones as never)
      .execute();

  // ---------- the deputies' vote on the district's livelihood projects ----------
  const units = await db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'department')
    .orderBy('path')
    .execute();
  const ballot = await svc.createBallot(zzb, {
    nodeId: district.nodeId,
    year,
    title: `${year}年福田区民生实事项目人大代表票决`,
    seats: 20,
  });
  // the candidate list arrives as a spreadsheet (one import, one transaction)
  const csv = [
    '项目名称,项目内容,类别,责任单位,财政资金（元）,社会资金（元）',
    ...CANDIDATES.map((title, i) =>
      [
        title,
        `${title}：由责任单位牵头实施，全过程接受人大代表跟踪监督`,
        rng.pick(['facilities', 'environment', 'elderly', 'children', 'health', 'safety'] as const),
        units.length ? units[i % units.length].name : '',
        String(rng.int(100, 3000) * 10_000),
        rng.chance(0.3) ? String(rng.int(10, 300) * 1_000) : '',
      ].join(','),
    ),
  ].join('\n');
  await svc.importCandidates(zzb, ballot.id, Buffer.from(csv, 'utf8'));
  const { voteId } = await svc.openVote(zzb, ballot.id, {
    closesAt: new Date(Date.now() + 86400_000).toISOString(),
  });
  const choices = [...Array(CANDIDATES.length).keys()]
    .map((i) => i + 1)
    .filter((i) => i % 4 !== 0)
    .slice(0, 20);
  await services.votes.cast(deputy, voteId, { choices });
  await svc.closeVote(zzb, ballot.id);
  const chosen = (await svc.getBallot(zzb, ballot.id)).candidates.filter((c) => c.stage === 'chosen');
  // the chosen under way; two accepted (daibiao's ratings to give), one closed with its unit's score
  for (const [i, c] of chosen.entries()) {
    if (i >= 4) break;
    await step(zzb, c.id, 'fix_budget');
    await svc.addContractor(zzb, c.id, { name: `${c.title}承建单位`, role: 'builder' });
    const m = await svc.addMilestone(zzb, c.id, { title: '主体工程', dueOn: dateOf(day(-rng.int(5, 60))) });
    await step(zzb, c.id, 'start');
    if (i < 2) {
      await svc.completeMilestone(zzb, c.id, m.id, { note: '主体工程完工' });
      await step(zzb, c.id, 'finish');
      await step(zzb, c.id, 'accept', { note: '经代表视察，验收合格' });
    }
    if (i === 0) {
      await svc.addNote(deputy, c.id, { text: '现场视察：进度符合计划，群众反映良好' });
      await svc.rate(deputy, c.id, { score: 5 });
      await step(zzb, c.id, 'close');
    }
  }
  await db
    .updateTable('projects_items')
    .set({ created_at: day(back(0.95)) })
    .where('ballot_id', '=', ballot.id)
    .execute();
}
