/**
 * A year of inspections 巡察 in the demo district (seed 004), made through the inspections service:
 * a regular round 政治巡察 early in the year over 区住房和建设局 (where `bumen` works), 区民政局 and
 * 区教育局, every letter issued, most problems verified rectified (some late, one returned once, one
 * handed over for accountability 移交问责), a few still rectifying and overdue; and a special round
 * of 公共资源交易 and 两委换届风气 lately over 区住房和建设局, the demo street and community, with
 * problems awaiting `bumen`'s plan, plans and closures awaiting `zzb`'s verification, and the
 * street's letter still a draft. Services stamp today; the seeder then moves dates back to their
 * place in the year. The two departments without a demo login act through an officer of their own
 * node (a seeding actor, user id = the node's id).
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';

type Step =
  'record' | 'plan' | 'accepted' | 'closure' | 'done' | 'late' | 'returned' | 'overdue' | 'handover';
/** unit key, category, description, severity, suggestions, where it ends. */
type Spec = [string, string, string, 'general' | 'serious' | 'grave', string[], Step];

const ROUND1: Spec[] = [
  [
    'ZJJ',
    '党的领导弱化',
    '党组会议研究重大事项不及时，“第一议题”制度落实不到位',
    'serious',
    ['严格执行“第一议题”制度', '健全党组议事规则'],
    'done',
  ],
  [
    'ZJJ',
    '公共资源交易',
    '部分维修工程化整为零，规避公开招标',
    'grave',
    ['全面清理近三年拆分发包项目', '修订工程采购内控制度'],
    'handover',
  ],
  [
    'ZJJ',
    '全面从严治党不力',
    '对下属单位监督检查流于形式，问题整改跟踪不够',
    'serious',
    ['建立问题整改台账', '开展专项督查'],
    'late',
  ],
  [
    'ZJJ',
    '党的建设缺失',
    '机关支部“三会一课”记录不全，组织生活质量不高',
    'general',
    ['规范组织生活记录', '开展支部书记培训'],
    'done',
  ],
  [
    'ZJJ',
    '作风建设问题',
    '服务企业办事环节多、时限长，群众反映集中',
    'general',
    ['压减审批环节', '推行首问负责制'],
    'overdue',
  ],
  ['MZJ', '党的领导弱化', '落实意识形态工作责任制不到位', 'serious', ['每半年专题研究意识形态工作'], 'done'],
  [
    'MZJ',
    '选人用人问题',
    '干部轮岗交流执行不严，个别岗位任职超过规定年限',
    'serious',
    ['按规定开展轮岗交流', '建立任职年限预警'],
    'done',
  ],
  [
    'MZJ',
    '全面从严治党不力',
    '社会救助资金发放审核把关不严',
    'grave',
    ['开展救助资金专项核查', '完善三级审核机制'],
    'returned',
  ],
  ['MZJ', '党的建设缺失', '党员发展程序不够规范', 'general', ['对照发展党员工作细则逐项整改'], 'done'],
  [
    'JYJ',
    '党的领导弱化',
    '学校党组织领导的校长负责制推进缓慢',
    'serious',
    ['制定推进方案并明确时间表'],
    'done',
  ],
  ['JYJ', '公共资源交易', '教学设备采购需求论证不充分', 'serious', ['建立采购需求论证制度'], 'accepted'],
  [
    'JYJ',
    '作风建设问题',
    '校外培训治理执法检查频次不足',
    'general',
    ['制定年度检查计划', '公开投诉举报渠道'],
    'overdue',
  ],
  ['JYJ', '选人用人问题', '中层干部选拔民主推荐环节不规范', 'general', ['严格执行民主推荐程序'], 'done'],
];
const ROUND2: Spec[] = [
  [
    'ZJJ',
    '公共资源交易',
    '保障性住房配租环节信息公开不及时',
    'serious',
    ['建立配租信息全流程公开机制'],
    'record',
  ],
  [
    'ZJJ',
    '公共资源交易',
    '代建项目变更签证审批把关不严',
    'grave',
    ['开展变更签证专项审计', '明确变更审批权限'],
    'plan',
  ],
  [
    'ZJJ',
    '全面从严治党不力',
    '对评标专家违规行为追责不力',
    'serious',
    ['建立评标专家考评和退出机制'],
    'accepted',
  ],
  [
    'COMMUNITY',
    '换届风气',
    '社区“两委”换届前个别候选人存在拉票苗头',
    'grave',
    ['开展换届纪律专题教育', '严格候选人资格联审'],
    'closure',
  ],
  ['COMMUNITY', '换届风气', '换届选举选民登记核对不细', 'general', ['逐户复核选民登记'], 'accepted'],
  ['STREET', '换届风气', '街道对社区换届风气监督检查不够', 'serious', ['建立换届风气巡查制度'], 'record'],
  ['STREET', '党的建设缺失', '社区党委书记后备人选储备不足', 'general', ['建立后备干部库'], 'record'],
];

const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const plus = (s: string, n: number) => day(new Date(Date.parse(`${s}T00:00:00+08:00`) + n * 86400_000));

/** Seeds the inspections' year. */
export async function seedInspections(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const svc = services.inspections;
  const users = await db
    .selectFrom('accounts_users')
    .select(['id', 'username'])
    .where('username', 'in', ['zzb', 'bumen', 'jiedao', 'shequ'])
    .execute();
  const ctxOf = async (u: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(users.find((x) => x.username === u)!.id))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const zzb = await ctxOf('zzb');
  const bumen = await ctxOf('bumen');
  const shequ = await ctxOf('shequ');
  const jiedao = await ctxOf('jiedao');
  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'path', 'code'])
    .where('district_id', '=', districtId)
    .where('code', 'in', ['ZJJ', 'MZJ', 'JYJ'])
    .execute();
  const dept = (code: string) => nodes.find((n) => n.code === code)!;
  const unitCtx = (code: string): RequestContext => {
    const n = dept(code);
    return {
      actor: {
        userId: n.id,
        username: `seed-${code.toLowerCase()}`,
        displayName: `${n.name} 办公室`,
        personId: null,
        grants: [{ role: 'dept_officer', nodeId: n.id, districtId, path: n.path }],
      },
      ip: '127.0.0.1',
      userAgent: 'gongzhi-seed',
      lang: 'zh-CN',
    };
  };
  const community = shequ.actor!.grants.find((g) => g.role === 'community_officer')!;
  const street = jiedao.actor!.grants.find((g) => g.role === 'street_officer')!;
  const unitNode = (k: string) =>
    k === 'COMMUNITY' ? community.nodeId : k === 'STREET' ? street.nodeId : dept(k).id;
  const actorOf = (k: string) =>
    k === 'ZJJ' ? bumen : k === 'COMMUNITY' ? shequ : k === 'STREET' ? jiedao : unitCtx(k);
  const now = day(today);

  // the first round ran in its first quarter, some ten months ago; the special one two months ago
  const r1Start = plus(now, -300);
  const r2Start = plus(now, -70);
  const rounds = [
    {
      specs: ROUND1,
      start: r1Start,
      body: {
        nodeId: districtId,
        year: Number(r1Start.slice(0, 4)),
        number: 1,
        kind: 'regular' as const,
        topic: '全面从严治党主体责任落实情况政治巡察',
        periodStart: r1Start,
        periodEnd: plus(r1Start, 45),
        groups: [
          { name: '区委第一巡察组', leader: '陈志刚', members: ['李明', '王芳'] },
          { name: '区委第二巡察组', leader: '林海涛', members: ['周静', '吴斌'] },
        ],
        units: [
          { nodeId: dept('ZJJ').id, groupName: '区委第一巡察组' },
          { nodeId: dept('MZJ').id, groupName: '区委第一巡察组' },
          { nodeId: dept('JYJ').id, groupName: '区委第二巡察组' },
        ],
      },
      issue: ['ZJJ', 'MZJ', 'JYJ'],
    },
    {
      specs: ROUND2,
      start: r2Start,
      body: {
        nodeId: districtId,
        year: Number(r2Start.slice(0, 4)),
        number: Number(r2Start.slice(0, 4)) === Number(r1Start.slice(0, 4)) ? 2 : 1,
        kind: 'special' as const,
        topic: '公共资源交易领域和社区“两委”换届风气专项巡察',
        periodStart: r2Start,
        periodEnd: plus(r2Start, 30),
        groups: [{ name: '区委第三巡察组', leader: '黄建平', members: ['郑丽', '何伟'] }],
        units: [
          { nodeId: dept('ZJJ').id, groupName: '区委第三巡察组' },
          { nodeId: street.nodeId, groupName: '区委第三巡察组' },
          { nodeId: community.nodeId, groupName: '区委第三巡察组' },
        ],
      },
      issue: ['ZJJ', 'COMMUNITY'],
    },
  ];

  for (const r of rounds) {
    const { id: roundId } = await svc.createRound(zzb, r.body);
    const units = (await svc.rounds(zzb, {})).find((x) => x.id === roundId)!.units;
    const unitOf = (k: string) => units.find((u) => u.nodeId === unitNode(k))!;
    const ids: string[] = [];
    for (const [k, category, description, severity, suggestions] of r.specs)
      ids.push(
        (
          await svc.findings.record(zzb, {
            unitId: unitOf(k).id,
            category,
            description,
            evidence: '',
            severity,
            suggestions,
          })
        ).id,
      );
    for (const k of r.issue) await svc.issueFeedback(zzb, unitOf(k).id, unitOf(k).version);
    const feedbackOn = plus(r.body.periodEnd, 15);

    for (const [i, [k, , , , , end]] of r.specs.entries()) {
      if (end === 'record' && !r.issue.includes(k)) continue;
      const id = ids[i];
      const unit = actorOf(k);
      let v = 2;
      const move = async (ctx: RequestContext, action: string, note = '', deadline?: string) => {
        await svc.findings.move(ctx, id, {
          action: action as never,
          note: note || undefined,
          deadline,
          version: v,
        });
        v++;
      };
      if (end === 'record') continue; // awaiting the unit's plan
      await move(unit, 'submit_plan', '成立整改专班，逐项制定整改措施，明确责任人和时限', plus(now, 30));
      if (end === 'plan') continue;
      await move(zzb, 'accept_plan');
      await move(unit, 'report_progress', '已完成问题排查，相关制度正在修订');
      if (end === 'accepted' || end === 'overdue') continue;
      if (end === 'returned') {
        await move(unit, 'submit_closure', '已完成整改，附整改报告');
        await move(zzb, 'return_closure', '整改材料不完整，缺少核查台账');
        continue;
      }
      await move(unit, 'submit_closure', '整改措施全部落实，附制度文件和整改台账');
      if (end === 'closure') continue;
      await move(zzb, 'accept_closure');
      if (end === 'handover')
        await svc.findings.handover(zzb, id, {
          reason: '涉嫌违规发包，移交区纪委监委追究相关人员责任',
          version: v,
        });
    }

    // dates back to their place in the year: recorded at the round's end, the letter a fortnight
    // later, each step some days after the last; plans due three months on (the overdue four),
    // verified by the deadline (the late one after it)
    const back = r === rounds[0];
    for (const [i, [, , , , , end]] of r.specs.entries()) {
      const steps = await db
        .selectFrom('inspections_steps')
        .select(['id', 'action'])
        .where('district_id', '=', districtId)
        .where('finding_id', '=', ids[i])
        .orderBy('at')
        .orderBy('id')
        .execute();
      const gap = back ? (end === 'late' ? 20 : 12) : 4;
      let rectifiedOn: string | null = null;
      for (const [j, st] of steps.entries()) {
        const on = j === 0 ? r.body.periodEnd : plus(feedbackOn, (j - 1) * gap);
        if (st.action === 'accept_closure') rectifiedOn = on;
        await db
          .updateTable('inspections_steps')
          .set({ at: new Date(Date.parse(`${on}T10:00:00+08:00`) + j * 60_000) })
          .where('district_id', '=', districtId)
          .where('id', '=', st.id)
          .execute();
      }
      const deadline = !back
        ? plus(now, end === 'accepted' ? 10 : 45)
        : end === 'accepted'
          ? plus(now, 20)
          : plus(feedbackOn, end === 'overdue' ? 120 : 90);
      await db
        .updateTable('inspections_findings')
        .set({
          deadline: sql<string>`CASE WHEN deadline IS NULL THEN NULL ELSE ${deadline}::date END`,
          rectified_on: rectifiedOn,
        })
        .where('district_id', '=', districtId)
        .where('id', '=', ids[i])
        .execute();
    }
    await db
      .updateTable('inspections_units')
      .set({ feedback_on: feedbackOn })
      .where('district_id', '=', districtId)
      .where('round_id', '=', roundId)
      .where('feedback_on', 'is not', null)
      .execute();
    await db
      .updateTable('inspections_findings')
      .set({ created_at: new Date(Date.parse(`${r.body.periodEnd}T10:00:00+08:00`)) })
      .where('district_id', '=', districtId)
      .where('round_id', '=', roundId)
      .execute();
  }
}
