/**
 * A year of the residents' council 居民议事厅 in the demo district, made through the council and
 * votes services: topics of the demo community through all six steps (most resolved, some under
 * way, one vote open now for the demo resident `jumin`), paper and online ballots, a meeting a
 * month with minutes, a children's council 儿童议事会 with child members enrolled by their
 * guardians, and a few topics in the neighbouring communities so the street's dashboard has
 * figures. Services stamp rows with the time of seeding; the seeder then moves each topic's rows
 * back to its place in the year (deterministically, from `today`).
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import { maskName } from '../server/platform/pii/pii.ts';
import type { Services } from '../server/composition-root.ts';
import { Rng } from './prng.ts';

type Stage =
  'raise' | 'ideas' | 'floor' | 'decide' | 'implementing' | 'resolved' | 'not_adopted' | 'declined';

/** One demo topic: what it is about, what was said in each step, and how far it got. */
interface TopicSpec {
  title: string;
  category: string;
  description: string;
  ideas: string[];
  plan: string[];
  convention: string;
  comments: string[];
  /** Days before today it was raised. */
  daysAgo: number;
  /** Where it stands today. */
  until: Stage;
  /** Share of 赞成 among the ballots. */
  yes?: number;
}

const TOPICS: TopicSpec[] = [
  {
    title: '1栋楼道堆物清理',
    category: 'environment',
    description: '楼道长期堆放纸箱、旧家具，影响通行，存在消防隐患。建议统一清理并制定楼道公约。',
    ideas: [
      '每月第一个周六集中清理，物业提供清运车辆',
      '设置公共储物点，大件物品有处可放',
      '楼长每周巡查一次',
    ],
    plan: [
      '每月第一个周六上午集中清理楼道。',
      '每月第一个周六上午集中清理楼道，物业提供清运车辆，楼长每周巡查并在群内公示。',
    ],
    convention:
      '一、楼道内不得堆放杂物；二、大件物品放置于公共储物点；三、违者由楼长提醒，三次提醒未改的在楼栋公告栏公示。',
    comments: ['赞成，建议同时张贴告示', '老人搬不动的大件，希望志愿者帮忙'],
    daysAgo: 340,
    until: 'resolved',
    yes: 0.86,
  },
  {
    title: '小区增设电动自行车充电桩',
    category: 'facilities',
    description: '电动车进楼入户充电危险，楼下没有集中充电点，建议在小区东侧空地建设集中充电棚。',
    ideas: ['东侧自行车棚改造为充电棚', '扫码计费，按度收费', '加装烟感和喷淋'],
    plan: [
      '在东侧自行车棚建设 40 个充电位的集中充电棚。',
      '在东侧自行车棚建设 40 个充电位的集中充电棚，加装烟感、喷淋和监控，扫码按度计费。',
    ],
    convention:
      '一、电动自行车一律在充电棚充电，不得进楼入户；二、充电棚由物业每日巡查；三、费用按度计收并每月公示。',
    comments: ['充电费用要公开透明', '希望尽快建成'],
    daysAgo: 300,
    until: 'resolved',
    yes: 0.92,
  },
  {
    title: '地面停车位重新划线',
    category: 'parking',
    description: '小区地面车位划线模糊，乱停车堵塞消防通道，建议重新规划划线。',
    ideas: ['消防通道画黄色网格线', '增加访客临时车位', '夜间限时停车'],
    plan: ['重新划定 86 个车位，消防通道划黄色网格线并设立禁停标志。'],
    convention:
      '一、车辆停放于划定车位内；二、消防通道严禁停车；三、访客车辆登记后停放于访客车位，限时 4 小时。',
    comments: ['消防通道必须畅通', '访客车位要有时限'],
    daysAgo: 270,
    until: 'resolved',
    yes: 0.74,
  },
  {
    title: '垃圾分类投放点改造',
    category: 'environment',
    description: '现有投放点露天，夏天气味大，建议改造为有顶棚、有洗手池的定时定点投放点。',
    ideas: ['加装顶棚和洗手池', '早晚各两小时定时投放', '设立督导员'],
    plan: ['改造 3 个投放点，加装顶棚、洗手池和除臭设备，实行早 7–9 时、晚 6–9 时定时投放。'],
    convention: '一、按时按类投放；二、督导员在投放时段值守；三、每月评选“分类示范户”。',
    comments: ['时间能否放宽到晚上 10 点', '支持设立督导员'],
    daysAgo: 230,
    until: 'resolved',
    yes: 0.81,
  },
  {
    title: '夜间广场舞音量管理',
    category: 'culture',
    description: '晚上广场舞音响音量大、结束晚，影响临近楼栋居民休息。',
    ideas: ['晚上 9 点前结束', '使用蓝牙耳机或限制音量', '轮换场地'],
    plan: ['广场舞活动时间为晚 7 时至 9 时，音量不超过 60 分贝，由舞队自行管理。'],
    convention: '一、活动时间晚 7 时至 9 时；二、音量不超过 60 分贝；三、舞队负责人签订文明公约。',
    comments: ['舞队也需要活动空间，希望相互体谅', '9 点结束可以接受'],
    daysAgo: 200,
    until: 'resolved',
    yes: 0.68,
  },
  {
    title: '文明养犬公约',
    category: 'safety',
    description: '小区遛狗不牵绳、狗粪不清理的情况较多，建议制定文明养犬公约。',
    ideas: ['遛狗必须牵绳', '设置宠物便便箱', '大型犬禁止进入儿童游乐区'],
    plan: ['在小区设置 4 个宠物便便箱，出入口张贴文明养犬提示。'],
    convention: '一、出户遛狗必须牵绳；二、及时清理犬只粪便；三、犬只不得进入儿童游乐区。',
    comments: ['建议对屡教不改的进行公示'],
    daysAgo: 160,
    until: 'resolved',
    yes: 0.9,
  },
  {
    title: '老旧电梯加装与更新',
    category: 'facilities',
    description: '5栋、6栋电梯使用超过 20 年，故障频繁，建议申请更新。',
    ideas: ['申请维修资金', '分摊方案按楼层', '施工期间安排老人临时安置'],
    plan: [
      '申请专项维修资金更新 5栋、6栋电梯，费用按楼层系数分摊。',
      '申请专项维修资金更新 5栋、6栋电梯，低楼层系数下调，费用按楼层系数分摊并公示。',
    ],
    convention: '一、分摊方案经业主表决通过后执行；二、施工期间每日公示进度。',
    comments: ['低楼层住户希望少分摊', '尽快更新，老人出行太难'],
    daysAgo: 120,
    until: 'implementing',
    yes: 0.71,
  },
  {
    title: '收回楼顶种菜空间',
    category: 'property',
    description: '部分住户在楼顶种菜，造成防水层破损漏水。',
    ideas: ['全部清理', '保留花盆但禁止开垦'],
    plan: ['全部清理楼顶种植物，恢复防水层。'],
    convention: '一、楼顶不得种植；二、违者由物业清理。',
    comments: ['一刀切不合适，可以保留花盆', '防水层漏水确实影响顶楼'],
    daysAgo: 95,
    until: 'not_adopted',
    yes: 0.38,
  },
  {
    title: '社区长者饭堂开设晚餐',
    category: 'elderly_children',
    description: '长者饭堂只供应午餐，独居老人希望增加晚餐供应。',
    ideas: ['晚餐 5 点到 6 点半', '提供送餐上门', '子女可代为订餐'],
    plan: ['长者饭堂增加晚餐，供应时间 17:00–18:30，80 岁以上独居老人可送餐上门。'],
    convention: '一、晚餐提前一天预订；二、送餐对象由社区核定；三、菜单每周公示。',
    comments: ['价格希望和午餐一样', '支持送餐上门'],
    daysAgo: 40,
    until: 'decide',
    yes: 0.8,
  },
  {
    title: '快递柜设置位置',
    category: 'facilities',
    description: '快递柜放在小区门口，取件排队影响进出，建议调整位置。',
    ideas: ['移到 3 栋架空层', '增加一组快递柜'],
    plan: ['将快递柜移至 3 栋架空层并增加一组。'],
    convention: '',
    comments: ['架空层要有照明'],
    daysAgo: 25,
    until: 'floor',
  },
  {
    title: '小区绿化补种',
    category: 'environment',
    description: '北侧绿化带多处裸露，建议补种。',
    ideas: ['种植耐旱灌木', '组织居民认养绿地'],
    plan: [],
    convention: '',
    comments: [],
    daysAgo: 12,
    until: 'ideas',
  },
  {
    title: '小区门口增设减速带',
    category: 'safety',
    description: '小区门口车速快，接送孩子有安全隐患。',
    ideas: [],
    plan: [],
    convention: '',
    comments: [],
    daysAgo: 3,
    until: 'raise',
  },
  {
    title: '在小区内开设商铺',
    category: 'other',
    description: '建议把架空层出租开商铺。',
    ideas: [],
    plan: [],
    convention: '',
    comments: [],
    daysAgo: 60,
    until: 'declined',
  },
];

const CHILD_TOPICS: TopicSpec[] = [
  {
    title: '游乐场加装遮阳棚',
    category: 'elderly_children',
    description: '夏天滑梯太烫，小朋友没法玩。',
    ideas: ['加装遮阳棚', '种几棵大树'],
    plan: ['在游乐场上方加装遮阳棚。'],
    convention: '爱护遮阳棚，不攀爬、不涂画。',
    comments: ['遮阳棚颜色可以让我们选吗'],
    daysAgo: 150,
    until: 'resolved',
    yes: 1,
  },
  {
    title: '图书角延长开放时间',
    category: 'culture',
    description: '周末图书角 5 点就关门，希望开到 7 点。',
    ideas: ['周末开到 7 点', '请高年级同学当小管理员'],
    plan: [],
    convention: '',
    comments: [],
    daysAgo: 20,
    until: 'ideas',
  },
];

const ORDER: Stage[] = ['raise', 'ideas', 'floor', 'decide', 'implementing', 'resolved'];
const reached = (s: TopicSpec, stage: Stage) =>
  s.until === 'not_adopted'
    ? ORDER.indexOf(stage) <= ORDER.indexOf('decide')
    : ORDER.indexOf(s.until) >= ORDER.indexOf(stage);

/** Seeds the council's year; run once, after the demo accounts exist. */
export async function seedCouncil(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const rng = new Rng('council');
  const ctxOf = async (userId: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(userId))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const userId = async (username: string) =>
    (
      await db
        .selectFrom('accounts_users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const officer = await ctxOf(await userId('shequ'));
  const street = await ctxOf(await userId('jiedao'));
  const jumin = await ctxOf(await userId('jumin'));
  const community = officer.actor!.grants.find((g) => g.role === 'community_officer')!;

  // registered residents of the demo community, adults and children
  const people = await db
    .selectFrom('people_persons as p')
    .innerJoin('org_nodes as n', (j) =>
      j.onRef('n.district_id', '=', 'p.district_id').onRef('n.id', '=', 'p.node_id'),
    )
    .innerJoin('people_identities as i', (j) =>
      j
        .onRef('i.district_id', '=', 'p.district_id')
        .onRef('i.person_id', '=', 'p.id')
        .on('i.kind', '=', 'resident'),
    )
    .select(['p.id', 'p.name', 'p.birth_date', 'p.node_id'])
    .where('p.district_id', '=', districtId)
    .where('n.path', 'like', `${community.path}%`)
    .orderBy('p.id')
    .limit(400)
    .execute();
  const day = (d: string) => new Date(`${d}T00:00:00Z`).getTime();
  const adult = people.filter((p) => today.getTime() - day(p.birth_date) > 18 * 365.25 * 86400_000);
  const minors = people
    .filter((p) => today.getTime() - day(p.birth_date) < 16 * 365.25 * 86400_000)
    .slice(0, 3);
  const juminPerson = jumin.actor!.personId;
  const pool = adult.filter((p) => p.id !== juminPerson);

  // four residents with accounts who raise topics, give ideas and vote online
  const speakers = pool.slice(0, 4);
  const accounts = await Promise.all(
    speakers.map((p, i) =>
      services.accounts.bootstrapAccount({
        username: `jumin${i + 2}`,
        displayName: maskName(p.name),
        password: `Demo!${districtId.slice(0, 8)}${i}`,
        personId: p.id,
        homeDistrictId: districtId,
        grants: [{ role: 'resident', nodeId: community.nodeId, districtId }],
      }),
    ),
  );
  const residents = await Promise.all(accounts.map((a) => ctxOf(a.id)));
  const voters = pool.slice(4);

  /** Runs one topic through its steps; returns its id and its vote's id. */
  async function runTopic(
    s: TopicSpec,
    o: {
      nodeId: string;
      kind: 'residents' | 'children';
      author: RequestContext;
      speak: RequestContext[];
      as?: string[];
    },
    manager: RequestContext,
    paper: { ids: string[]; confirm: RequestContext } | null,
  ) {
    const asOf = (i: number) => o.as?.[i % o.as.length];
    const { id } = await services.council.raise(o.author, {
      nodeId: o.nodeId,
      kind: o.kind,
      title: s.title,
      description: s.description,
      category: s.category as never,
      asPersonId: asOf(0),
    });
    let voteId: string | null = null;
    if (s.until === 'raise') return { id, voteId };
    if (s.until === 'declined') {
      await services.council.transition(manager, id, {
        action: 'decline',
        reason: '不属于居民议事范围，已转物业管理处研究',
      });
      return { id, voteId };
    }
    // 附议 from a few (officers do not support: those calls are refused and skipped)
    for (let k = 1; k < Math.min(4, o.speak.length); k++)
      await services.council.supportTopic(o.speak[k], id, { asPersonId: asOf(k) }).catch(() => undefined);
    await services.council.transition(manager, id, { action: 'accept' });
    const ideaIds = [];
    for (const [i, text] of s.ideas.entries())
      ideaIds.push(
        (await services.council.addIdea(o.speak[i % o.speak.length], id, { text, asPersonId: asOf(i) })).id,
      );
    for (const [i, ideaId] of ideaIds.entries())
      for (let k = 0; k < o.speak.length; k++)
        if (rng.chance(0.6 - i * 0.15))
          await services.council
            .supportIdea(o.speak[k], ideaId, { asPersonId: asOf(k) })
            .catch(() => undefined);
    if (!reached(s, 'floor')) return { id, voteId };
    await services.council.transition(manager, id, { action: 'to_plan' });
    for (const [v, text] of s.plan.entries())
      await services.council.addDraft(manager, id, {
        kind: 'plan',
        text,
        note: v ? '吸纳居民意见修改' : '',
        baseVersion: v,
      });
    await services.council.transition(manager, id, { action: 'to_floor' });
    for (const [i, text] of s.comments.entries())
      await services.council.addComment(o.speak[(i + 2) % o.speak.length], id, {
        text,
        asPersonId: asOf(i + 2),
      });
    if (!reached(s, 'decide')) return { id, voteId };
    await services.council.transition(manager, id, { action: 'to_convention' });
    await services.council.addDraft(manager, id, {
      kind: 'convention',
      text: s.convention,
      note: '',
      baseVersion: 0,
    });
    await services.council.transition(manager, id, {
      action: 'to_decide',
      vote: {
        closesAt: new Date(Date.now() + 5 * 86400_000).toISOString(),
        secret: true,
        audience: 'residents',
      },
    });
    voteId = (
      await db.selectFrom('council_topics').select('vote_id').where('id', '=', id).executeTakeFirstOrThrow()
    ).vote_id!;
    const choice = () => (rng.chance(s.yes ?? 0.8) ? 1 : rng.chance(0.7) ? 2 : 3);
    for (const [k, c] of o.speak.slice(0, 3).entries())
      if (s.until !== 'decide' || c !== jumin)
        await services.votes
          .cast(c, voteId, { choices: [choice()], voterId: asOf(k) })
          .catch(() => undefined);
    if (paper && paper.ids.length) {
      const batch = await services.votes.enterPaper(manager, voteId, {
        entries: paper.ids.map((voterId) => ({ voterId, choices: [choice()] })),
        note: '居民议事会现场投票',
      });
      await services.votes.decidePaper(paper.confirm, batch.id, { confirm: true });
    }
    if (s.until === 'decide') return { id, voteId };
    await services.votes.close(manager, voteId);
    if (!reached(s, 'implementing')) return { id, voteId };
    await services.council.addProgress(manager, id, {
      text: '已确定施工（实施）单位，开始实施',
      percent: 40,
    });
    if (s.until === 'resolved') {
      await services.council.addProgress(manager, id, { text: '主体完成，正在验收', percent: 90 });
      await services.council.transition(manager, id, {
        action: 'resolve',
        note: '已按方案完成，公约已张贴公示。',
      });
    }
    return { id, voteId };
  }

  /** Moves a topic's rows (and its vote's) back to when it happened, step by step. */
  async function backdate(topicId: string, voteId: string | null, daysAgo: number) {
    const t0 = new Date(today.getTime() - daysAgo * 86400_000);
    const at = (d: number) => new Date(t0.getTime() + d * 86400_000);
    const span = Math.max(1, Math.min(daysAgo - 1, 45));
    const f = (x: number) => at(Math.round(span * x));
    await sql`UPDATE council_topics SET created_at = ${t0}::timestamptz, news_at = greatest(${t0}::timestamptz, least(now(), ${f(0.95)}::timestamptz)),
      stage_since = CASE stage WHEN 'raise' THEN ${t0}::timestamptz WHEN 'ideas' THEN ${f(0.1)}::timestamptz WHEN 'floor' THEN ${f(0.5)}::timestamptz
        WHEN 'decide' THEN ${f(0.8)}::timestamptz ELSE ${f(0.9)}::timestamptz END,
      stage_due_at = CASE stage WHEN 'raise' THEN ${at(7)}::timestamptz WHEN 'ideas' THEN ${at(9)}::timestamptz WHEN 'floor' THEN ${at(30)}::timestamptz
        ELSE stage_due_at END,
      decided_at = CASE WHEN decided_at IS NULL THEN NULL ELSE ${f(0.75)}::timestamptz END,
      resolved_at = CASE WHEN resolved_at IS NULL THEN NULL ELSE ${f(1)}::timestamptz END
      WHERE id = ${topicId}`.execute(db);
    for (const [table, from, to] of [
      ['council_ideas', 0.1, 0.3],
      ['council_drafts', 0.35, 0.65],
      ['council_comments', 0.5, 0.7],
      ['council_progress', 0.8, 0.98],
    ] as const)
      await sql`UPDATE ${sql.table(table)} x SET created_at = ${f(from)}::timestamptz
          + (r.n * ${(span * (to - from)) / 6}::float8 * interval '1 day')
        FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) - 1 AS n FROM ${sql.table(table)}
          WHERE topic_id = ${topicId}) r
        WHERE x.id = r.id`.execute(db);
    await sql`UPDATE council_follows SET seen_at = ${f(0.7)} WHERE topic_id = ${topicId}`.execute(db);
    if (!voteId) return;
    const open = await sql<{
      open: boolean;
    }>`SELECT closed_at IS NULL AS open FROM votes_votes WHERE id = ${voteId}`.execute(db);
    if (open.rows[0]?.open) {
      await sql`UPDATE votes_votes SET opens_at = ${f(0.7)}, created_at = ${f(0.7)} WHERE id = ${voteId}`.execute(
        db,
      );
      return;
    }
    await sql`UPDATE votes_votes SET created_at = ${f(0.65)}, opens_at = ${f(0.65)}, closes_at = ${f(0.75)},
      closed_at = ${f(0.75)} WHERE id = ${voteId}`.execute(db);
    await sql`UPDATE votes_voters SET cast_at = ${f(0.7)} WHERE vote_id = ${voteId}`.execute(db);
    await sql`UPDATE votes_paper_batches SET entered_at = ${f(0.72)}, decided_at = ${f(0.73)} WHERE vote_id = ${voteId}`.execute(
      db,
    );
  }

  // the residents' council of the demo community: a year of topics
  const done: { id: string; title: string; daysAgo: number }[] = [];
  let v = 0;
  for (const s of TOPICS) {
    const take = 12 + rng.int(0, 14);
    const paper = { ids: voters.slice(v, v + take).map((p) => p.id), confirm: street };
    v = (v + take) % Math.max(1, voters.length - 30);
    const author = residents[rng.int(0, residents.length - 1)];
    const speak = [author, ...residents.filter((r) => r !== author), jumin];
    const r = await runTopic(
      s,
      { nodeId: community.nodeId, kind: 'residents', author, speak },
      officer,
      paper,
    );
    await backdate(r.id, r.voteId, s.daysAgo);
    done.push({ id: r.id, title: s.title, daysAgo: s.daysAgo });
  }

  // a meeting a month, with the month's topics, minutes and attendance; and one planned next week
  for (let m = 11; m >= 0; m--) {
    const startsAt = new Date(today.getTime() - (m * 30 + 3) * 86400_000 + 11 * 3600_000);
    const topicIds = done
      .filter((x) => x.daysAgo >= m * 30 && x.daysAgo < m * 30 + 60)
      .map((x) => x.id)
      .slice(0, 3);
    const { id } = await services.council.createMeeting(officer, {
      nodeId: community.nodeId,
      kind: 'residents',
      title: `居民议事会（第 ${12 - m} 次）`,
      startsAt: startsAt.toISOString(),
      place: '社区党群服务中心议事厅',
      agenda: topicIds.length
        ? done
            .filter((x) => topicIds.includes(x.id))
            .map((x, i) => `${i + 1}. ${x.title}`)
            .join('\n')
        : '1. 居民意见收集',
      topicIds,
    });
    const attendance = [
      { label: '社区党委书记', role: 'officer' as const },
      ...speakers
        .slice(0, 3 + rng.int(0, 3))
        .map((p) => ({ label: maskName(p.name), role: 'resident' as const })),
      ...voters
        .slice(m * 5, m * 5 + rng.int(4, 12))
        .map((p) => ({ label: maskName(p.name), role: 'resident' as const })),
    ];
    const mt = await services.council.getMeeting(officer, id);
    await services.council.recordMinutes(officer, id, {
      minutes: `会议由社区党委书记主持，${attendance.length} 人参加。${topicIds.length ? '讨论了本月议题，居民充分发表意见，形成会议纪要。' : '收集居民意见建议。'}`,
      attendance,
      version: mt.version,
    });
  }
  await services.council.createMeeting(officer, {
    nodeId: community.nodeId,
    kind: 'residents',
    title: '居民议事会（长者饭堂晚餐）',
    startsAt: new Date(today.getTime() + 6 * 86400_000 + 11 * 3600_000).toISOString(),
    place: '社区党群服务中心议事厅',
    agenda: '1. 社区长者饭堂开设晚餐',
    topicIds: done.filter((x) => x.title.includes('长者饭堂')).map((x) => x.id),
  });

  // the children's council: three child members enrolled by two guardians, two topics
  if (minors.length >= 2) {
    const body = await services.council.createBody(officer, { nodeId: community.nodeId, kind: 'children' });
    const guardians = residents.slice(0, 2);
    for (const [i, child] of minors.entries()) {
      const g = guardians[i % guardians.length];
      await db
        .insertInto('people_guardians')
        .values({
          district_id: districtId,
          child_id: child.id,
          guardian_id: g.actor!.personId!,
          guardian_user_id: g.actor!.userId,
          consent_text: '本人作为监护人，同意孩子以“童议员”身份参加社区儿童议事会。',
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await services.council.enrolChild(g, body.id, { childId: child.id });
    }
    const asOfGuardian = (g: RequestContext) =>
      minors.filter((_, i) => guardians[i % guardians.length] === g).map((c) => c.id);
    for (const s of CHILD_TOPICS) {
      const r = await runTopic(
        s,
        {
          nodeId: community.nodeId,
          kind: 'children',
          author: guardians[0],
          speak: [guardians[0], guardians[1]],
          as: [asOfGuardian(guardians[0])[0], asOfGuardian(guardians[1])[0]],
        },
        officer,
        null,
      );
      await backdate(r.id, r.voteId, s.daysAgo);
    }
  }

  // the functional councils 功能型议事机构 (seed 001 鄞州): a hallway parlour 楼道会客厅 and a
  // residents–property–owners council 物居业议事会, each with a convenor and members, a meeting planned
  for (const [kind, title, place] of [
    ['hallway', '楼道会客厅：电动车充电桩选址', '3 栋一楼楼道会客厅'],
    ['property', '物居业议事会：二次供水设施改造', '小区物业服务中心'],
  ] as const) {
    const body = await services.council.createBody(officer, { nodeId: community.nodeId, kind });
    for (const [i, r] of residents.slice(kind === 'hallway' ? 0 : 2, kind === 'hallway' ? 3 : 5).entries())
      await services.council.addMember(officer, body.id, {
        personId: r.actor!.personId!,
        role: i === 0 ? 'chair' : 'member',
      });
    await services.council.createMeeting(officer, {
      nodeId: community.nodeId,
      kind,
      title,
      startsAt: new Date(today.getTime() + 9 * 86400_000 + 11 * 3600_000).toISOString(),
      place,
      agenda: `1. ${title.split('：')[1]}`,
      topicIds: [],
    });
  }

  // the neighbouring communities of the street: a few topics each, raised and run by the street;
  // a second street officer confirms their paper ballots
  const street2 = await ctxOf(
    (
      await services.accounts.bootstrapAccount({
        username: 'jiedao2',
        displayName: `${street.actor!.displayName.split(' ')[0]} 周干事`,
        password: `Demo!${districtId.slice(0, 8)}s`,
        homeDistrictId: districtId,
        grants: street.actor!.grants.map((g) => ({
          role: g.role,
          nodeId: g.nodeId,
          districtId: g.districtId,
        })),
      })
    ).id,
  );
  const neighbours = await db
    .selectFrom('org_nodes')
    .select(['id', 'path'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'community')
    .where(
      'parent_id',
      '=',
      (
        await db
          .selectFrom('org_nodes')
          .select('parent_id')
          .where('id', '=', community.nodeId)
          .executeTakeFirstOrThrow()
      ).parent_id,
    )
    .where('id', '<>', community.nodeId)
    .orderBy('sort')
    .limit(3)
    .execute();
  // one topic each, carried through to resolved
  for (const [n, node] of neighbours.entries()) {
    const there = await db
      .selectFrom('people_persons as p')
      .innerJoin('org_nodes as x', (j) =>
        j.onRef('x.district_id', '=', 'p.district_id').onRef('x.id', '=', 'p.node_id'),
      )
      .innerJoin('people_identities as i', (j) =>
        j
          .onRef('i.district_id', '=', 'p.district_id')
          .onRef('i.person_id', '=', 'p.id')
          .on('i.kind', '=', 'resident'),
      )
      .select('p.id')
      .where('p.district_id', '=', districtId)
      .where('x.path', 'like', `${node.path}%`)
      .orderBy('p.id')
      .limit(20)
      .execute();
    for (const [k, s] of [TOPICS[0], TOPICS[3]].entries()) {
      const spec: TopicSpec = {
        ...s,
        daysAgo: 200 - n * 40 - k * 70,
        comments: [],
        ideas: s.ideas.slice(0, 1),
        plan: s.plan.slice(0, 1),
      };
      const r = await runTopic(
        spec,
        { nodeId: node.id, kind: 'residents', author: street, speak: [street] },
        street,
        { ids: there.map((p) => p.id), confirm: street2 },
      ).catch(() => null);
      if (r) await backdate(r.id, r.voteId, spec.daysAgo);
    }
  }
}
