/**
 * The responsibility lists of the demo district (seed 004 Luohu 明确主责主业，构建全面从严治党责任体系),
 * made through the dutylists service: the district's templates (纵向到底, 横向到边, 定向到人), last
 * year's and this year's lists for every organisation and post, a year of progress (about nine in
 * ten of last year's items done, this year's mostly done by their due day, some late in red, some
 * reported and waiting for the office, the demo community's with one returned), three quarterly
 * bulletins published (the last three quarters ended), last year's reports filed and rated, and three cases handed to
 * accountability (one exempted under 容错纠错). The history of checks is written back-dated in this
 * module's own table (acceptances dated when they happened), so the quarters' figures read true.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { Rng } from './prng.ts';
import { GIVEN_M, SURNAMES } from './names.ts';

type T = [target: 'org' | 'post', kind: string, title: string, evidence: string, dueMd: string];

/** The district's templates: items with their evidence and due day (MM-DD). */
export const DEMO_TEMPLATES: T[] = [
  ['org', 'district_committee', '召开区委常委会专题研究全面从严治党工作', '常委会会议纪要', '03-31'],
  ['org', 'district_committee', '制定年度全面从严治党主体责任清单并分解到各单位', '清单文件', '02-28'],
  ['org', 'district_committee', '听取各街道党工委、区直党组落实主体责任情况汇报', '会议记录', '07-31'],
  ['org', 'district_committee', '向市委报告年度落实全面从严治党主体责任情况', '书面报告', '12-31'],
  ['org', 'discipline', '协助区委推进全面从严治党，履行监督责任', '工作报告', '06-30'],
  ['org', 'discipline', '对主体责任落实情况开展政治巡查', '巡察报告', '11-30'],
  ['org', 'discipline', '约谈履责不力的党组织负责人', '约谈记录', '12-31'],
  ['org', 'general_office', '对区委决策部署落实情况开展督查督办', '督查通报', '09-30'],
  ['org', 'general_office', '统筹主体责任清单季度调度', '调度记录', '12-31'],
  ['org', 'organisation_dept', '推进基层党建质量认证，开展党组织质量等级评定', '评定结果', '10-31'],
  ['org', 'organisation_dept', '组织年度专项述职评议', '述职评议汇总表', '03-31'],
  ['org', 'organisation_dept', '开展党员“亮身份、作表率”活动', '活动台账', '08-31'],
  ['org', 'publicity_dept', '落实意识形态工作责任制，开展专题研判', '研判报告', '06-30'],
  ['org', 'publicity_dept', '推进“两学一做”学习教育常态化制度化', '学习计划和记录', '12-31'],
  ['org', 'united_front_dept', '加强“两新”组织党建和统战工作', '工作台账', '09-30'],
  ['org', 'united_front_dept', '推进商务楼宇联合党组织建设', '楼宇党组织名册', '11-30'],
  ['org', 'party_group', '党组会议专题研究全面从严治党工作每半年不少于1次', '党组会议纪要', '06-30'],
  ['org', 'party_group', '党组理论学习中心组专题学习', '学习记录', '09-30'],
  ['org', 'party_group', '落实廉政风险防控，排查重点岗位风险', '风险排查表', '11-30'],
  ['org', 'street_committee', '制定街道党工委年度党建工作要点', '工作要点', '02-28'],
  ['org', 'street_committee', '推进物业小区“四位一体”党建全覆盖', '小区党支部名册', '06-30'],
  ['org', 'street_committee', '指导社区党委完成“两委”换届后的班子建设', '工作台账', '08-31'],
  ['org', 'street_committee', '开展“党建项目认领”工程', '项目认领清单', '10-31'],
  ['org', 'street_committee', '街道党工委书记抓基层党建专项述职', '述职报告', '12-31'],
  ['org', 'community_committee', '每季度召开党委会专题研究党建工作', '党委会会议纪要', '03-31'],
  ['org', 'community_committee', '落实“三会一课”和主题党日制度', '会议记录、签到表', '04-30'],
  ['org', 'community_committee', '以网格为单元设置党支部、以楼栋为单元设置党小组', '党组织设置台账', '06-30'],
  ['org', 'community_committee', '开展“社区党群嘉年华”和党员志愿服务', '活动照片、台账', '09-30'],
  ['org', 'community_committee', '组织党员开展民主评议', '评议结果', '11-30'],
  ['org', 'community_committee', '社区党委书记年度专项述职', '述职报告', '12-31'],
  ['post', 'secretary', '履行第一责任人职责，亲自抓、亲自管', '工作记录', '06-30'],
  ['post', 'secretary', '每年为党员讲党课不少于1次', '党课讲稿', '07-31'],
  ['post', 'secretary', '带头落实双重组织生活制度', '组织生活记录', '10-31'],
  ['post', 'secretary', '年度专项述职', '述职报告', '12-31'],
  ['post', 'deputy_secretary', '协助书记抓好党建工作，落实“一岗双责”', '工作记录', '06-30'],
  ['post', 'deputy_secretary', '分管领域廉政风险排查', '排查表', '11-30'],
  ['post', 'discipline_secretary', '聚焦监督第一职责，开展日常监督', '监督台账', '06-30'],
  ['post', 'discipline_secretary', '对问题线索及时处置', '线索处置台账', '12-31'],
  ['post', 'organisation_head', '抓好基层党组织书记队伍建设', '培训记录', '09-30'],
  ['post', 'organisation_head', '督促各级党组织落实主体责任清单', '督导记录', '12-31'],
  ['post', 'publicity_head', '抓好党员教育和意识形态阵地管理', '工作台账', '09-30'],
  ['post', 'publicity_head', '宣传基层党建品牌工程', '宣传报道', '12-31'],
  ['post', 'united_front_head', '做好“同乡村”党组织和流动党员工作', '工作台账', '09-30'],
  ['post', 'united_front_head', '推进统一战线领域党建', '工作报告', '12-31'],
];

const PRACTICES = [
  '福田街道深化物业小区“四位一体”党建，以小区为单元设置联合党支部，业委会、物业、居委会党员同向发力；多个社区党委按期完成全部事项。',
  '各社区推进“党建项目认领”，辖区单位认领项目持续增加；商务楼宇联合党组织覆盖规模以上企业，白领党员参与社区志愿服务。',
  '“同乡村”党组织联系外来务工党员，在就业辅导、儿童关爱中发挥作用；部分单位逾期事项较多，已约谈提醒，请于下季度前完成整改。',
];

/** Seeds the lists and their history; a no-op without the demo accounts or when done. */
export async function seedDutylists(services: Services, db: Db, districtId: string, today: Date) {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [zzb, shequ] = await Promise.all(['zzb', 'shequ'].map(ctxOf));
  if (!zzb || !shequ) return;
  const svc = services.dutylists;
  if ((await svc.templates(zzb)).templates.length > 0) return;
  const rng = new Rng(`dutylists/${districtId}`);
  const day = shanghaiDay(today);
  const year = Number(day.slice(0, 4));
  const back = (d: string, n: number) => shanghaiDay(new Date(Date.parse(`${d}T04:00:00Z`) - n * 86_400_000));

  const seq = new Map<string, number>();
  for (const [target, kind, title, evidence, dueMd] of DEMO_TEMPLATES) {
    const n = (seq.get(kind) ?? 0) + 1;
    seq.set(kind, n);
    await svc.createTemplate(zzb, { target, kind, seq: n, title, evidence, dueMd });
  }
  for (const y of [year - 1, year]) await svc.instantiate(zzb, { year: y });
  // the district's posts are held by named people
  const name = () => rng.pick(SURNAMES.split('').slice(0, 40)) + rng.pick(GIVEN_M);
  const district = zzb.actor!.grants.find((g) => g.role === 'org_officer')!.nodeId;
  for (const y of [year - 1, year])
    for (const l of (await svc.lists(zzb, { year: y })).lists)
      if (l.target === 'post' && l.nodeId === district)
        await db.updateTable('dutylists_lists').set({ holder: name() }).where('id', '=', l.id).execute();

  // a year of progress: done (accepted when it happened), late, reported and waiting
  const demoCommunity = shequ.actor!.grants[0].nodeId;
  const items = await db
    .selectFrom('dutylists_items as i')
    .innerJoin('dutylists_lists as l', (j) =>
      j.onRef('l.district_id', '=', 'i.district_id').onRef('l.id', '=', 'i.list_id'),
    )
    .select(['i.id', 'i.due_on', 'i.title', 'l.year', 'l.node_id'])
    .where('i.district_id', '=', districtId)
    .orderBy('i.due_on')
    .orderBy('i.id')
    .execute();
  const done: { id: string; on: string; progress: string }[] = [];
  const waiting: string[] = [];
  for (const i of items) {
    const mine = i.node_id === demoCommunity && i.year === year;
    if (i.due_on > day) continue;
    if (mine && (i.due_on >= back(day, 75) || i.due_on.endsWith('-04-30'))) continue; // left for shequ
    const r = rng.next();
    const p = i.year < year ? 0.9 : 0.82;
    if (r < p) {
      const late = rng.chance(0.12);
      const on = late
        ? shanghaiDay(new Date(Date.parse(i.due_on) + rng.int(3, 40) * 86_400_000))
        : back(i.due_on, rng.int(0, 25));
      done.push({ id: i.id, on: on > day ? day : on, progress: `已按要求完成：${i.title}` });
    } else if (i.year === year && r < p + 0.06) waiting.push(i.id);
  }
  // one statement for the whole history (the acceptances back-dated to when they happened)
  if (done.length)
    await sql`UPDATE dutylists_items i SET state = 'accepted', progress = v.progress,
        evidence = '佐证材料已上传归档', accepted_on = v.done_on, reported_at = v.done_on::timestamp + interval '10 hours'
      FROM unnest(${done.map((d) => d.id)}::uuid[], ${done.map((d) => d.on)}::date[], ${done.map((d) => d.progress)}::text[])
        AS v(id, done_on, progress)
      WHERE i.district_id = ${districtId} AND i.id = v.id`.execute(db);
  if (waiting.length)
    await db
      .updateTable('dutylists_items')
      .set({
        state: 'submitted',
        progress: '已完成，报请认定',
        evidence: '会议纪要、照片',
        reported_at: `${back(day, 3)}T02:00:00Z`,
      })
      .where('id', 'in', waiting)
      .execute();

  // the demo community reports through the service: one reported and returned, one waiting
  const own = (await svc.lists(shequ, { year })).lists.find((l) => l.target === 'org');
  if (own) {
    const open = (await svc.getList(shequ, own.id)).itemsList.filter((i) => i.state === 'open');
    if (open[0]) {
      await svc.reportItem(shequ, open[0].id, {
        progress: '已召开党委会研究',
        evidence: '会议纪要',
        version: open[0].version,
      });
      await svc.checkItem(zzb, open[0].id, {
        action: 'return',
        note: '请补充会议签到表和照片',
        version: open[0].version + 1,
      });
    }
    if (open[1])
      await svc.reportItem(shequ, open[1].id, {
        progress: '已按网格设置党支部，按楼栋设置党小组',
        evidence: '党组织设置台账',
        version: open[1].version,
      });
  }

  // 季度专项通报: the last three quarters that have ended (last year's lists cover the early ones)
  const ended: [number, number][] = [];
  for (let [y, q] = [year, Math.floor((Number(day.slice(5, 7)) - 1) / 3)]; ended.length < 3; q--) {
    if (q === 0) [y, q] = [y - 1, 4];
    ended.unshift([y, q]);
  }
  for (const [k, [y, q]] of ended.entries()) {
    const { id } = await svc.compose(zzb, { year: y, quarter: q, practices: PRACTICES[k] });
    await svc.publish(zzb, id, { version: 1 });
  }

  // 年度专项述职: last year's reports of the streets and communities, filed and rated
  const last = (await svc.lists(zzb, { year: year - 1 })).lists.filter(
    (l) => l.target === 'org' && ['street_committee', 'community_committee', 'party_group'].includes(l.kind),
  );
  for (const l of last) {
    const secretary = name();
    const { id } = await svc.fileReport(zzb, {
      year: year - 1,
      nodeId: l.nodeId,
      secretary,
      body: `${year - 1}年，${l.nodeName}党组织围绕主体责任清单，书记亲自抓、亲自管，全年清单事项${l.items}项，完成${l.accepted}项。推进“四位一体”小区党建和“党建项目认领”，落实“三会一课”。存在的不足：个别事项完成滞后。下一步将压实责任，按期完成。`,
    });
    await svc.rateReport(zzb, id, { score: rng.int(72, 97), comment: '', version: 1 });
  }

  // 移交问责 records citing the catalogue (one exempted under 容错纠错)
  const lagging = [...last].sort((a, b) => (a.completion ?? 0) - (b.completion ?? 0)).slice(0, 3);
  const cases: [string, string, boolean, string][] = [
    ['duty_unfulfilled', '主体责任清单多项事项逾期未完成，经季度专项通报后仍未整改', false, ''],
    ['org_life', '“三会一课”制度落实不到位，组织生活记录缺失', false, ''],
    [
      'reform_tasks',
      '在小区党建改革试点中工作方法失当，造成群众意见',
      true,
      '属于创造性开展工作中出现的失误，已及时纠正，免于问责',
    ],
  ];
  for (const [k, l] of lagging.entries())
    await svc.recordReferral(zzb, {
      nodeId: l.nodeId,
      year: year - 1,
      situation: cases[k][0],
      facts: `${l.nodeName}：${cases[k][1]}`,
      handedOn: `${year}-0${k + 2}-15`,
      exempt: cases[k][2],
      exemptReason: cases[k][3],
    });
}
