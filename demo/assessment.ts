/**
 * Cadre assessment in the demo district: a year of history so every page has content on the first
 * start. The organisation department (zzb) sets the 双点 units, the indicator library and dispatches
 * the last four quarters and the current one through the module's service; the four past quarters
 * are then filled in as they ran (scores, reviews, grades within the quota, published), with work
 * reports 云端述事, political-quality entries, manual points, promotion declarations and 双点
 * observations written in bulk; the current quarter is under way (the demo cadre ganbu has a sheet
 * to fill, most of 区住房和建设局 waits for review by bumen, other units lag). Deterministic
 * (demo/prng.ts) apart from the ids the services make.
 */
import { sql, type Insertable } from 'kysely';
import type {
  AssessmentPoints,
  AssessmentPqEntries,
  AssessmentReports,
} from '../server/platform/db/db.generated.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { TRAITS } from '../server/modules/assessment/assessment.portrait.ts';
import { PQ_INDICATORS, PQ_METHODS } from '../server/modules/assessment/assessment.pq.ts';
import {
  DEFAULT_SITUATIONS,
  DIMENSIONS,
  dimensionScores,
  gradeOfScore,
  previousQuarter,
  quarterOf,
  quarterRange,
  sheetScore,
  suggestGrades,
  type SheetItem,
} from '../server/modules/assessment/assessment.rules.ts';
import { IdMaker, Rng } from './prng.ts';

const COMMON = [
  ['落实区委区政府中心工作', 'results', 30],
  ['履行岗位职责', 'post_fit', 25],
  ['联系服务群众', 'reputation', 20],
  ['参与重点攻坚和“一榜三令”任务', 'key_tasks', 25],
] as const;
const INDIVIDUAL: Record<string, [string, string][]> = {
  party_admin: [
    ['党建工作责任制落实', 'results'],
    ['文稿与会务保障', 'post_fit'],
  ],
  economy: [
    ['招商引资与项目落地', 'results'],
    ['营商环境改革', 'key_tasks'],
  ],
  livelihood: [
    ['民生实事办结率', 'results'],
    ['群众满意度', 'reputation'],
  ],
  street: [
    ['网格事件处置率', 'results'],
    ['社区治理创新', 'key_tasks'],
  ],
  law_enforcement: [
    ['执法案件办结率', 'results'],
    ['规范执法与投诉', 'reputation'],
  ],
};
const MATTERS = [
  ['棚改签约攻坚', 'hard'],
  ['疫情防控指挥部值守', 'hard'],
  ['重大项目征地拆迁', 'major'],
  ['台风“苏拉”防御', 'hard'],
  ['营商环境改革试点', 'important'],
  ['老旧小区改造协调', 'important'],
  ['城市更新单元规划报批', 'major'],
  ['信访积案化解', 'hard'],
  ['民生微实事项目落地', 'important'],
  ['文明城市创建迎检', 'major'],
] as const;

/** Seeds assessment; run once after the demo accounts exist. `today` is the Asia/Shanghai day the history ends on. */
export async function seedAssessment(
  services: Services,
  db: Db,
  districtId: string,
  today: string,
): Promise<void> {
  const svc = services.assessment;
  const rng = new Rng('assessment');
  const ids = new IdMaker('assessment', Date.parse(`${today}T00:00:00Z`) - 400 * 86_400_000);
  const zzbId = (
    await db.selectFrom('accounts_users').select('id').where('username', '=', 'zzb').executeTakeFirstOrThrow()
  ).id;
  const ctx: RequestContext = {
    actor: await services.accounts.loadActor(zzbId),
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  };

  // units: their types come from their names; a few liaison and observation points [000 双点]
  const units = await svc.indicators.units(ctx, districtId);
  for (const [i, u] of units.entries())
    if (i % 4 === 0)
      await svc.indicators.setUnit(ctx, u.nodeId, {
        districtId,
        deptType: u.deptType,
        liaison: true,
        observation: i % 8 === 0,
        supervisingGroup: `第${(i % 6) + 1}督导组`,
        leaderName: '万部长',
      });

  // the indicator library of the first quarter, then one version per quarter
  const current = quarterOf(today);
  const quarters = [current];
  for (let i = 0; i < 4; i++) quarters.unshift(previousQuarter(quarters[0]));
  for (const [name, dimension, weight] of COMMON)
    await svc.indicators.createIndicator(ctx, {
      districtId,
      quarter: quarters[0],
      layer: 'common',
      name,
      dimension,
      weight,
      scoring: 'score',
      maxScore: 100,
      evidenceRequired: dimension === 'key_tasks',
      description: '',
    });
  for (const [deptType, list] of Object.entries(INDIVIDUAL))
    for (const [name, dimension] of list)
      await svc.indicators.createIndicator(ctx, {
        districtId,
        quarter: quarters[0],
        layer: 'individual',
        deptType: deptType as 'street',
        name,
        dimension: dimension as 'results',
        weight: 15,
        scoring: 'score',
        maxScore: 100,
        evidenceRequired: false,
        description: '',
      });
  for (let i = 1; i < quarters.length; i++)
    await svc.indicators.copyIndicators(ctx, { districtId, from: quarters[i - 1], to: quarters[i] });

  const day = (d: string, n: number) =>
    new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  for (const q of quarters) {
    const end = quarterRange(q).to;
    const isCurrent = q === current;
    await svc.cycle.dispatch(ctx, {
      districtId,
      quarter: q,
      summaryDue: isCurrent ? day(today, -2) : day(end, 5),
      reviewDue: isCurrent ? day(today, 5) : day(end, 8),
      assessDue: isCurrent ? day(today, 10) : day(end, 10),
      publishDue: isCurrent ? day(today, 14) : day(end, 12),
    });
  }

  const cadreAccount = await db
    .selectFrom('accounts_users')
    .select('person_id')
    .where('username', '=', 'ganbu')
    .executeTakeFirst();
  const demoCadre = cadreAccount?.person_id ?? null;
  const sheets = await db
    .selectFrom('assessment_sheets')
    .select(['id', 'quarter', 'person_id', 'unit_node_id', 'items'])
    .where('district_id', '=', districtId)
    .orderBy('quarter')
    .orderBy('unit_node_id')
    .orderBy('person_name')
    .orderBy('person_id')
    .execute();
  const bumenUnit = (
    await db
      .selectFrom('accounts_grants as g')
      .innerJoin('accounts_users as u', 'u.id', 'g.user_id')
      .select('g.node_id')
      .where('u.username', '=', 'bumen')
      .executeTakeFirst()
  )?.node_id;
  // a steady "ability" per cadre so quarters and portraits agree with each other
  const talent = new Map<string, number>();
  for (const s of sheets) if (!talent.has(s.person_id)) talent.set(s.person_id, rng.int(72, 97));
  const updates: Record<string, unknown>[] = [];
  for (const q of quarters) {
    const inQ = sheets.filter((s) => s.quarter === q);
    const end = quarterRange(q).to;
    const filled = new Map<string, { items: SheetItem[]; score: number | null }>();
    for (const s of inQ) {
      const base = talent.get(s.person_id)!;
      const items = (s.items as unknown as SheetItem[]).map((i) => {
        const self = Math.min(100, base + rng.int(-4, 6));
        return {
          ...i,
          self,
          unit: Math.min(100, self - rng.int(0, 5)),
          evidence: i.evidenceRequired ? '工作台账及照片' : '',
        };
      });
      filled.set(s.id, { items, score: sheetScore(items) });
    }
    if (q === current) {
      for (const s of inQ) {
        const f = filled.get(s.id)!;
        const submitted = s.person_id !== demoCadre && (s.unit_node_id === bumenUnit || rng.chance(0.45));
        if (!submitted) continue;
        const items = f.items.map((i) => ({ ...i, unit: null }));
        updates.push({
          id: s.id,
          status: 'submitted',
          items,
          summary: '本季度围绕中心工作履职尽责，按期完成各项任务。',
          score: sheetScore(items),
          dimension_scores: dimensionScores(items),
          dimension_grades: null,
          grade: null,
          at: `${day(today, -3)}T02:00:00Z`,
        });
      }
      continue;
    }
    const byUnit = new Map<string, typeof inQ>();
    for (const s of inQ) byUnit.set(s.unit_node_id, [...(byUnit.get(s.unit_node_id) ?? []), s]);
    for (const list of byUnit.values()) {
      const grades = suggestGrades(
        list.map((s) => ({ id: s.id, score: filled.get(s.id)!.score })),
        0.4,
      );
      const lowest = list.reduce((a, b) =>
        (filled.get(b.id)!.score ?? 0) < (filled.get(a.id)!.score ?? 0) ? b : a,
      );
      for (const s of list) {
        const f = filled.get(s.id)!;
        const dims = dimensionScores(f.items);
        const dimGrades = Object.fromEntries(DIMENSIONS.map((d) => [d, gradeOfScore(dims[d])]));
        if (s.id === lowest.id && list.length > 5) dimGrades.reputation = 'poor'; // the unit's last place 末位
        updates.push({
          id: s.id,
          status: 'published',
          items: f.items,
          summary: '本季度认真履行岗位职责，积极参与重点攻坚任务，按时完成各项工作。',
          score: f.score,
          dimension_scores: dims,
          dimension_grades: dimGrades,
          grade: grades.get(s.id),
          at: `${day(end, 6)}T02:00:00Z`,
        });
      }
    }
  }
  for (let i = 0; i < updates.length; i += 2000) {
    const chunk = JSON.stringify(updates.slice(i, i + 2000));
    await sql`
      UPDATE assessment_sheets s SET status = x.status, items = x.items, summary = x.summary, score = x.score,
        dimension_scores = x.dimension_scores, dimension_grades = x.dimension_grades, grade = x.grade,
        submitted_at = x.at, reviewed_at = CASE WHEN x.status = 'published' THEN x.at END,
        assessed_at = CASE WHEN x.status = 'published' THEN x.at END,
        fed_back_at = CASE WHEN x.status = 'published' THEN x.at END,
        published_at = CASE WHEN x.status = 'published' THEN x.at END,
        unit_comment = CASE WHEN x.status = 'published' THEN '同意' ELSE '' END,
        version = s.version + 1
      FROM json_to_recordset(${chunk}::json) AS x(id uuid, status text, items jsonb, summary text, score numeric,
        dimension_scores jsonb, dimension_grades jsonb, grade text, at timestamptz)
      WHERE s.district_id = ${districtId} AND s.id = x.id`.execute(db);
  }

  // records of the year, written in bulk
  const cadres = [...talent.keys()];
  const info = new Map(
    (
      await db
        .selectFrom('assessment_sheets')
        .select(['person_id', 'person_name', 'unit_node_id'])
        .where('district_id', '=', districtId)
        .where('quarter', '=', current)
        .execute()
    ).map((r) => [r.person_id, r]),
  );
  const from = quarterRange(quarters[1]).from;
  const span = Math.round((Date.parse(today) - Date.parse(from)) / 86_400_000);
  const reports: Insertable<AssessmentReports>[] = [];
  const pq: Insertable<AssessmentPqEntries>[] = [];
  const points: Insertable<AssessmentPoints>[] = [];
  for (const p of cadres) {
    const c = info.get(p)!;
    const t = talent.get(p)!;
    const n = t >= 90 ? rng.int(2, 5) : rng.chance(0.4) ? rng.int(1, 2) : 0;
    for (let i = 0; i < n || (p === demoCadre && i < 3); i++) {
      const [title, category] = MATTERS[rng.int(0, MATTERS.length - 1)];
      const status = p === demoCadre && i === 0 ? 'logged' : rng.chance(0.85) ? 'confirmed' : 'logged';
      reports.push({
        district_id: districtId,
        id: ids.next(),
        person_id: p,
        person_name: c.person_name,
        unit_node_id: c.unit_node_id,
        category,
        title,
        body: `${title}：牵头协调、倒排工期，按期完成阶段目标。`,
        happened_on: day(from, rng.int(0, span - 1)),
        traits: [TRAITS[rng.int(0, 7)], TRAITS[rng.int(0, TRAITS.length - 1)]],
        status,
        outstanding: status === 'confirmed' && t >= 92 && rng.chance(0.6),
        created_by: zzbId,
      });
    }
    for (let i = 0; i < (rng.chance(0.6) ? 2 : 1); i++) {
      const ind = PQ_INDICATORS[rng.chance(0.85) ? rng.int(0, 5) + 9 * rng.int(0, 4) : rng.int(0, 44)];
      pq.push({
        district_id: districtId,
        id: ids.next(),
        person_id: p,
        unit_node_id: c.unit_node_id,
        indicator_code: ind.code,
        method: PQ_METHODS[rng.int(0, PQ_METHODS.length - 1)],
        source: rng.chance(0.5) ? '政治家访' : '联合会审',
        occurred_on: day(from, rng.int(0, span - 1)),
        note: ind.polarity === 'positive' ? `表现：${ind.name}` : `需关注：${ind.name}`,
        in_library: rng.chance(0.7),
        created_by: zzbId,
      });
    }
    if (rng.chance(0.35) || p === demoCadre) {
      const at = day(from, rng.int(0, span - 1));
      // a commendation adds, a criticism takes away; a pending request is not decided yet
      const praised = rng.chance(0.8);
      const approved = rng.chance(0.95);
      points.push({
        district_id: districtId,
        id: ids.next(),
        person_id: p,
        unit_node_id: c.unit_node_id,
        day: at,
        points: praised ? rng.int(1, 5) : -rng.int(1, 3),
        reason: praised ? '获得上级表彰' : '被通报批评',
        status: approved ? 'approved' : 'pending',
        requested_by: zzbId,
        decided_by: approved ? zzbId : null,
        decided_at: approved ? new Date(`${today}T02:00:00Z`) : null,
      });
    }
  }
  const year = Number(today.slice(0, 4));
  const decls = cadres.slice(0, 40).map((p, i) => {
    const s = DEFAULT_SITUATIONS[i % DEFAULT_SITUATIONS.length];
    return {
      district_id: districtId,
      id: ids.next(),
      person_id: p,
      unit_node_id: info.get(p)!.unit_node_id,
      year,
      kind: 'situation',
      code: s.code,
      polarity: s.polarity,
      months: s.months,
      declared_as: i % 2 ? 'unit' : 'person',
      note: s.label['zh-CN'],
      status: i < 30 ? 'confirmed' : i < 35 ? 'reviewed' : 'declared',
      reviewers: i < 35 ? '区委办、区政府办、区纪委' : '',
      created_by: zzbId,
    };
  });
  decls.push({
    ...decls[0],
    id: ids.next(),
    person_id: cadres[41],
    unit_node_id: info.get(cadres[41])!.unit_node_id,
    kind: 'veto',
    code: 'lax_management',
    polarity: null as never,
    months: null as never,
    note: '分管科室干部与他人发生肢体冲突，造成不良影响',
    status: 'confirmed',
  });
  const observed = units.filter((_, i) => i % 4 === 0).slice(0, 10);
  const observations = observed.map((u, i) => ({
    district_id: districtId,
    id: ids.next(),
    unit_node_id: u.nodeId,
    person_id: null,
    observer_kind: i % 2 ? 'leader' : 'supervising_group',
    observer_name: i % 2 ? '万部长' : `第${(i % 6) + 1}督导组`,
    rating: i % 3 === 2 ? 'neutral' : 'positive',
    note: '蹲点调研：考核台账完整，干部对指标知晓率高。',
    observed_on: day(today, -rng.int(5, 80)),
    created_by: zzbId,
  }));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < reports.length; i += 1000)
      await trx
        .insertInto('assessment_reports')
        .values(reports.slice(i, i + 1000))
        .execute();
    for (let i = 0; i < pq.length; i += 1000)
      await trx
        .insertInto('assessment_pq_entries')
        .values(pq.slice(i, i + 1000))
        .execute();
    if (points.length) await trx.insertInto('assessment_points').values(points).execute();
    await trx.insertInto('assessment_declarations').values(decls).execute();
    if (observations.length) await trx.insertInto('assessment_observations').values(observations).execute();
  });
  await svc.results.refreshAll(districtId);

  // 省市考核排名 [001 衢江]: zzb imports this year's provincial and city rankings; the top and
  // bottom bands propose situations for the units' 区管领导, waiting for the joint review
  const [u1, u2, u3, u4] = units;
  const sheet = [
    '单位,排名机关,考核名称,名次,参评单位数',
    `${u1.name},省级,山区26县高质量发展考核,2,26`,
    `${u2.name},市级,营商环境考核,1,10`,
    `${u3.name},市级,营商环境考核,10,10`,
    `${u4.name},市级,营商环境考核,5,10`,
  ].join('\n');
  await svc.rankings.importRankings(
    ctx,
    { districtId, year: Number(today.slice(0, 4)) },
    Buffer.from(sheet),
    false,
  );
}
