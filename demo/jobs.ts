/**
 * A year of the community talent station 社区人才发展服务站 in the demo community (seed 001 Haichuang):
 * the station kept by `shequ`, one 海创市集 fair with its stalls, postings by the station, the social
 * organisation `shehui` and the property company `wuye`, and residents' job-seeking needs through the
 * year in every state (已就业, 培训中, 暂缓, 关闭, 服务中, 待处理, one idle for over a week). `jumin`
 * has one open ticket with a recommendation to answer. Days are moved back to their place in the year.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import type { WorkKind } from '../server/modules/jobs/jobs.rules.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { Rng } from './prng.ts';

type Hours = 'full' | 'part' | 'flexible';
const POSTINGS: [string, string, string, WorkKind, Hours, number, number, number][] = [
  // who publishes, employer, title, kind, hours, pay from, pay to (yuan a month), places
  ['shequ', '海创商业广场', '超市理货员', 'retail', 'full', 4500, 5500, 3],
  ['shequ', '海创商业广场', '收银员', 'retail', 'part', 2800, 3500, 2],
  ['wuye', '海创物业服务中心', '秩序维护员', 'property', 'full', 4800, 5800, 4],
  ['wuye', '海创物业服务中心', '保洁员', 'cleaning', 'part', 2600, 3200, 3],
  ['shehui', '海上心客厅社工站', '社区助老员', 'care', 'flexible', 2500, 3500, 2],
  ['shehui', '海上心客厅社工站', '四点半课堂辅导员', 'education', 'part', 2000, 3000, 2],
  ['shequ', '鄞州区某快递网点', '快递分拣员', 'logistics', 'full', 5000, 6500, 5],
  ['shequ', '海创邻里食堂', '后厨帮工', 'catering', 'full', 4200, 5000, 2],
  ['shequ', '下应街道某科技公司', '行政文员', 'office', 'full', 4500, 6000, 1],
  ['shequ', '鄞州区某电子厂', '装配工', 'manufacturing', 'full', 5200, 6800, 6],
];
const SKILLS = ['收银、理货', '持有保安证', '做饭、家务', '会开电动三轮车', '熟悉办公软件', '带过孩子', '无'];

/** Seeds the station, fair, postings and a year of tickets. */
export async function seedJobs(services: Services, db: Db, districtId: string, today: Date): Promise<void> {
  const rng = new Rng('jobs');
  const svc = services.jobs;
  const names = ['shequ', 'jumin', 'shehui', 'wuye', 'jumin2', 'jumin3', 'jumin4', 'jumin5'];
  const users = await db
    .selectFrom('accounts_users')
    .select(['id', 'username'])
    .where('username', 'in', names)
    .execute();
  const ctxOf = async (u: string): Promise<RequestContext | null> => {
    const id = users.find((x) => x.username === u)?.id;
    const actor = id ? await services.accounts.loadActor(id) : null;
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const ctx: Record<string, RequestContext> = {};
  for (const u of names) {
    const c = await ctxOf(u);
    if (c) ctx[u] = c;
  }
  const shequ = ctx.shequ;
  const community = shequ.actor!.grants.find((g) => g.role === 'community_officer')!;
  const { id: stationId } = await svc.createStation(shequ, {
    nodeId: community.nodeId,
    name: '海创社区人才发展服务站',
    address: '社区党群服务中心二楼“海上心客厅”',
    openingHours: '周一至周六 9:00-17:30',
    staff: ['shequ'],
  });
  const day = (n: number) => shanghaiDay(new Date(today.getTime() + n * 86_400_000));
  const { id: fairId } = await svc.createFair(shequ, {
    stationId,
    name: '海创市集·春季招聘会',
    day: day(1),
    place: '海创社区文化广场',
  });

  // postings, published open; moved back in the year afterwards (half of them closed by now)
  const postings: { id: string; kind: WorkKind; hours: Hours; ago: number }[] = [];
  for (const [k, [who, employer, title, kind, hours, from, to, count]] of POSTINGS.entries()) {
    const { id } = await svc.createPosting(ctx[who] ?? shequ, {
      stationId,
      fairId: k < 5 && k !== 3 ? fairId : undefined,
      employer,
      title,
      kind,
      hours,
      payMinFen: from * 100,
      payMaxFen: to * 100,
      place: k % 2 ? '海创社区' : '下应街道',
      headcount: count,
      closesOn: day(60),
    });
    postings.push({ id, kind, hours, ago: k === 3 ? 30 : k < 5 ? 250 : 120 - k * 10 });
  }

  // a year of needs from the community's residents with accounts; jumin's own last
  const seekers = ['jumin2', 'jumin3', 'jumin4', 'jumin5'].filter((u) => ctx[u]);
  const plan: ('employed' | 'training' | 'paused' | 'closed' | 'working' | 'new' | 'idle')[] = [
    'employed',
    'employed',
    'training',
    'employed',
    'closed',
    'paused',
    'employed',
    'training',
    'employed',
    'closed',
    'employed',
    'paused',
    'working',
    'employed',
    'idle',
    'new',
  ];
  const rewind: { id: string; at: Date; acted: Date }[] = [];
  for (const [k, outcome] of plan.entries()) {
    const who = seekers.length ? seekers[k % seekers.length] : 'jumin';
    const resident = ctx[who];
    const p = postings[k % postings.length];
    const { id } = await svc.fileNeed(resident, {
      stationId,
      kinds: [p.kind, rng.pick(['retail', 'cleaning', 'care', 'other'] as const)],
      hours: rng.chance(0.5) ? p.hours : 'any',
      skills: rng.pick(SKILLS),
      wantsTraining: outcome === 'training' || rng.chance(0.3),
    });
    const ago = outcome === 'new' ? 1 : Math.round(350 - (k * 330) / plan.length);
    rewind.push({
      id,
      at: new Date(today.getTime() - ago * 86_400_000),
      acted: new Date(
        today.getTime() -
          ({ idle: 9, new: 1, working: 4 }[outcome as string] ?? Math.max(ago - 20, 0)) * 86_400_000,
      ),
    });
    if (outcome === 'new' || outcome === 'idle') continue;
    let t = await svc.recommend(shequ, id, { postingId: p.id, version: 1 });
    const rec = t.recommendations[0];
    if (outcome === 'working') continue;
    if (outcome === 'employed') {
      await svc.moveRecommendation(resident, id, rec.id, { action: 'accept', version: rec.version });
      await svc.moveRecommendation(shequ, id, rec.id, {
        action: 'interview',
        interviewOn: day(-ago + 5),
        note: '面试顺利',
        version: rec.version + 1,
      });
      t = await svc.moveRecommendation(shequ, id, rec.id, { action: 'hire', version: rec.version + 2 });
    } else {
      await svc.moveRecommendation(resident, id, rec.id, { action: 'decline', version: rec.version });
      const action = outcome === 'training' ? 'train' : outcome === 'paused' ? 'pause' : 'close';
      t = await svc.moveTicket(shequ, id, { action, note: '已与居民沟通', version: t.version });
    }
    if (rng.chance(0.8))
      await svc.moveTicket(resident, id, {
        action: 'confirm',
        rating: rng.chance(0.75) ? 5 : rng.int(3, 4),
        version: t.version,
      });
  }

  // jumin: one open ticket with a posting recommended, to answer on the phone
  if (ctx.jumin) {
    const { id } = await svc.fileNeed(ctx.jumin, {
      stationId,
      kinds: ['logistics', 'manufacturing'],
      hours: 'any',
      skills: '有电动车驾驶经验，身体好',
      wantsTraining: true,
      note: '希望离家近一点',
    });
    await svc.recommend(shequ, id, { postingId: postings[6].id, version: 1 });
    rewind.push({
      id,
      at: new Date(today.getTime() - 3 * 86_400_000),
      acted: new Date(today.getTime() - 2 * 86_400_000),
    });
  }

  for (const r of rewind)
    await sql`UPDATE jobs_tickets SET created_at = ${r.at}, acted_at = ${r.acted}
      WHERE district_id = ${districtId} AND id = ${r.id}`.execute(db);
  for (const p of postings)
    await sql`UPDATE jobs_postings SET created_at = ${new Date(today.getTime() - p.ago * 86_400_000)},
        closes_on = ${day(p.ago > 200 ? 30 - p.ago : p.ago === 30 ? 5 : 45 - p.ago / 10)}::date
      WHERE district_id = ${districtId} AND id = ${p.id}`.execute(db);
  await sql`UPDATE jobs_fairs SET day = ${day(-240)}::date WHERE district_id = ${districtId} AND id = ${fairId}`.execute(
    db,
  );
}
