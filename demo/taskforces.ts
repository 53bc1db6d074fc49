/**
 * A year of 专班招募令 in the demo district (seed 001 衢江), made through the module's own verbs with
 * "today" set to the day each step happened: four orders (three past, one open now for the demo
 * cadre `ganbu` to apply to), `ganbu` applying to the first a year ago and selected, members of the
 * others recorded through the members import, ratings at the year's end (one member left unrated,
 * so a rating is due), one eligible 退职领导 declared into assessment's promotion months (P7) and
 * `ganbu` eligible but not yet declared. Deterministic from `day`.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { createCadresReader } from '../server/modules/people/index.ts';
import { createTaskforcesService } from '../server/modules/taskforces/index.ts';
import { Rng } from './prng.ts';

const shift = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const ORDERS = [
  {
    at: -410,
    name: '招商引资攻坚专班',
    mission: '聚焦重大产业项目招引落地，开展驻点招商、以商引商。\n每月报送在谈项目进展，季度通报。',
    audience: 'retired' as const,
    posts: [
      { title: '项目专员', count: 4, requirements: '曾任部门正副职，熟悉产业政策' },
      { title: '联络员', count: 2, requirements: '' },
    ],
  },
  {
    at: -220,
    name: '城市更新攻坚专班',
    mission: '推进城中村综合整治和老旧小区改造，协调征拆与群众工作。',
    audience: 'all' as const,
    posts: [{ title: '协调员', count: 4, requirements: '具有基层工作经历' }],
  },
  {
    at: -70,
    name: '基层治理专班',
    mission: '下沉社区开展矛盾纠纷排查化解，指导网格化治理。',
    audience: 'retired' as const,
    posts: [{ title: '督导员', count: 3, requirements: '曾任街道或部门领导职务' }],
  },
  {
    at: -5,
    name: '民生实事督办专班',
    mission: '督办年度民生实事项目，跟踪进度，收集群众评价。',
    audience: 'retired' as const,
    posts: [
      { title: '督办员', count: 3, requirements: '' },
      { title: '信息员', count: 1, requirements: '熟悉办公软件' },
    ],
  },
];
const COMMENTS = ['牵头推进重点项目，成效明显', '工作扎实，按时完成任务', '能完成分派任务', '履职尚有差距'];

/** Seeds the task forces of the demo district. */
export async function seedTaskforces(services: Services, db: Db, districtId: string, day: string) {
  const rng = new Rng('taskforces');
  const users = await db
    .selectFrom('accounts_users')
    .select(['id', 'username'])
    .where('username', 'in', ['zzb', 'ganbu'])
    .execute();
  const ctxOf = async (username: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(users.find((u) => u.username === username)!.id))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const zzb = await ctxOf('zzb');
  const ganbu = await ctxOf('ganbu');
  const cadres = createCadresReader({ db });
  const at = (n: number) =>
    createTaskforcesService({
      db,
      auditor: services.auditor,
      notify: services.notify,
      cadres,
      incentive: (ctx, d) => services.assessment.points.declare(ctx, { kind: 'situation', ...d }),
      today: () => shift(day, n),
    });
  const leads = await db
    .selectFrom('org_nodes')
    .select('id')
    .where('district_id', '=', districtId)
    .where('level', '=', 'department')
    .orderBy('path')
    .execute();
  const ids: { id: string; number: string }[] = [];
  for (const [i, o] of ORDERS.entries())
    ids.push(
      await at(o.at).publishOrder(zzb, {
        districtId,
        name: o.name,
        mission: o.mission,
        leadNodeId: leads[i % leads.length].id,
        audience: o.audience,
        posts: o.posts,
        openFrom: shift(day, o.at),
        openTo: shift(day, o.at + 30),
        termStart: shift(day, o.at + 35),
      }),
    );

  // ganbu applies to the first order a year ago, is shortlisted and selected
  if (ganbu.actor?.personId) {
    const a = await at(-405).apply(ganbu, ids[0].id, {
      postIndex: 0,
      statement: '曾任区住建局副局长，熟悉项目审批和企业服务，愿意重返一线。',
      retiredLeader: true,
    });
    const s = await at(-382).decide(zzb, a.id, { action: 'shortlist', version: 1 });
    await at(-378).decide(zzb, a.id, { action: 'select', version: s.version, startDate: shift(day, -375) });
  }

  // the other members, recorded from the department's register (the members import)
  const pool = (await cadres.cadresOf(districtId)).filter((c) => c.personId !== ganbu.actor?.personId);
  const picked = new Set<number>();
  const next = () => {
    for (;;) {
      const i = rng.int(0, pool.length - 1);
      if (!picked.has(i)) return (picked.add(i), pool[i]);
    }
  };
  const lines = ['招募令文号,岗位,姓名,单位,人员编号,退职领导,到岗日期'];
  const plan: [number, number, number, boolean][] = [
    // order, post, how many, retired leaders
    [0, 0, 3, true],
    [0, 1, 2, true],
    [1, 0, 4, false],
    [2, 0, 3, true],
  ];
  for (const [o, post, n, retired] of plan)
    for (let k = 0; k < n && pool.length > picked.size + 1; k++) {
      const c = next();
      lines.push(
        `${ids[o].number},${ORDERS[o].posts[post].title},,,${c.personId},${retired || k === 0 ? '是' : '否'},${shift(day, ORDERS[o].at + 35)}`,
      );
    }
  await at(-1).importMembers(zzb, Buffer.from(lines.join('\r\n'), 'utf8'), false, districtId);

  // the year-end ratings of the first order's members; the last one is not rated yet (due)
  const members = await at(-10).members(zzb, { districtId });
  const first = members.filter((m) => m.orderId === ids[0].id);
  for (const [i, m] of first.entries()) {
    if (i === first.length - 1) break;
    const mine = m.personId === ganbu.actor?.personId;
    const r = mine || i === 1 ? 0 : rng.int(0, 3);
    await at(-10).rate(zzb, m.id, {
      rating: (['excellent', 'competent', 'basic', 'incompetent'] as const)[r],
      comment: COMMENTS[r],
      ratedOn: shift(day, -10),
    });
  }
  // one 退职领导 rated 优秀 after a year is declared into the promotion months (ganbu's is left to do)
  const declared = (await at(0).members(zzb, { districtId })).find(
    (m) => m.eligible && m.personId !== ganbu.actor?.personId,
  );
  if (declared) await at(0).declareIncentive(zzb, declared.id);
}
