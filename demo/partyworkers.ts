/**
 * The full-time party workers of the demo district (seed 003 福田: 为街道社区配备180名专职党务工作者),
 * made through the partyworkers service: the organisation department `zzb` sets one post for each
 * street and two for each community and keeps the target of 180 a year; a fifth of the posts were
 * filled in earlier years (three of those workers left this year), the rest placed over this year
 * but a few vacancies (one in the demo street, jiedao's); three contracts in the demo street end
 * within 60 days; last year's appraisals are in; the demo street's workers have written their
 * monthly logs for the last three months. Names and dates come from a fixed seed.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { Rng } from './prng.ts';
import { GIVEN_F, GIVEN_M, SURNAMES } from './names.ts';

const LOGS = [
  '组织开展主题党日活动 {a} 次，督促党员按时交纳党费，整理“三会一课”台账',
  '协助社区党委开展党员发展工作，走访困难党员 {a} 户，更新党员信息库',
  '筹备党群服务中心活动 {a} 场，对接辖区“两新”组织开展联建共建',
  '完成党支部换届材料审核，组织党员志愿服务 {a} 次，参加街道党务培训',
];

/** Seeds the register; a no-op without the demo accounts or when the district has placements. */
export async function seedPartyworkers(services: Services, db: Db, districtId: string, now: Date) {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [zzb, jiedao] = await Promise.all(['zzb', 'jiedao'].map(ctxOf));
  if (!zzb || !jiedao) return;
  const svc = services.partyworkers;
  const first = await svc.register(zzb, {});
  if (first.posts.length === 0 || first.posts.some((p) => p.filled > 0)) return;
  const demoStreet = jiedao.actor!.grants[0].nodeId;
  const rng = new Rng(`partyworkers/${districtId}`);
  const day = (offset: number) => shanghaiDay(new Date(now.getTime() + offset * 86_400_000));
  const today = day(0);
  const thisYear = Number(today.slice(0, 4));
  const sinceJan = Math.round((Date.parse(today) - Date.parse(`${thisYear}-01-01`)) / 86_400_000);
  const used = new Set<string>();
  const name = () => {
    for (;;) {
      const n = rng.pick(SURNAMES.split('')) + rng.pick(rng.chance(0.55) ? GIVEN_F : GIVEN_M);
      if (!used.has(n)) return (used.add(n), n);
    }
  };
  const qualifications = () =>
    (
      [
        ['party_member', 0.92],
        ['bachelor', 0.8],
        ['social_worker', 0.45],
        ['party_training', 0.6],
      ] as const
    )
      .filter(([, p]) => rng.chance(p))
      .map(([q]) => q);
  const plusYears = (d: string, years: number) =>
    shanghaiDay(
      new Date(Date.parse(`${Number(d.slice(0, 4)) + years}${d.slice(4)}T12:00:00+08:00`) - 86_400_000),
    );
  const phone = () => `13${rng.int(5, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;

  // the posts: a street one, a community two; the district's target stays 180 (set explicitly)
  await svc.setTarget(zzb, { yearlyTarget: 180, version: first.figures.targetVersion });
  for (const p of first.posts)
    await svc.setPosts(zzb, p.nodeId, { posts: p.level === 'street' ? 1 : 2, version: p.version });
  const posts = (await svc.register(zzb, {})).posts;
  const inDemo = (p: (typeof posts)[number]) =>
    p.nodeId === demoStreet || posts.find((s) => s.nodeId === demoStreet)?.streetName === p.streetName;

  // earlier years: every street's post and one post in every fifth community
  let ending = 0;
  const earlier: { id: string; startedOn: string }[] = [];
  for (const [i, p] of posts.entries()) {
    if (p.level === 'community' && i % 5 !== 0) continue;
    const startedOn = day(-rng.int(400, 1_000));
    const soon = inDemo(p) && ending < 3;
    const contractEnd = soon ? day([12, 27, 45][ending++]) : day(rng.int(90, 900));
    const { id } = await svc.place(zzb, {
      nodeId: p.nodeId,
      name: name(),
      phone: phone(),
      startedOn,
      contractEnd,
      qualifications: qualifications(),
    });
    earlier.push({ id, startedOn });
  }
  // three who came earlier left this year; their posts were filled again
  for (const [k, w] of earlier
    .filter((_, k) => k % 7 === 3)
    .slice(0, 3)
    .entries()) {
    const v = await svc.view(zzb, w.id);
    await svc.end(zzb, w.id, {
      endedOn: day(-rng.int(30, Math.max(31, sinceJan))),
      reason: (['resigned', 'contract_ended', 'transferred'] as const)[k],
      version: v.version,
    });
  }
  // last year's appraisal of those in post since before October
  const lastYear = thisYear - 1;
  for (const w of earlier)
    if (w.startedOn <= `${lastYear}-10-01`)
      await svc.appraise(zzb, w.id, {
        year: lastYear,
        grade: rng.chance(0.25) ? 'excellent' : rng.chance(0.94) ? 'competent' : 'basic',
        note: '',
      });

  // this year: the remaining posts, but a vacancy in every twelfth community and one in the demo street
  let demoVacancy = false;
  for (const [i, p] of (await svc.register(zzb, {})).posts.entries()) {
    let open = p.vacant;
    if (p.level === 'community' && i % 12 === 7) open -= 1;
    if (p.level === 'community' && inDemo(p) && !demoVacancy) {
      demoVacancy = true;
      open -= 1;
    }
    for (let k = 0; k < open; k++) {
      const startedOn = day(-rng.int(0, sinceJan));
      await svc.place(zzb, {
        nodeId: p.nodeId,
        name: name(),
        phone: phone(),
        startedOn,
        contractEnd: plusYears(startedOn, 3),
        qualifications: qualifications(),
      });
    }
  }

  // the demo street's monthly logs for the last three closed months
  const months = [3, 2, 1].map((back) => {
    const d = new Date(Date.UTC(thisYear, Number(today.slice(5, 7)) - 1 - back, 1));
    return d.toISOString().slice(0, 7);
  });
  const mine = (await svc.register(jiedao, {})).workers;
  for (const w of mine)
    for (const month of months)
      if (month >= w.startedOn.slice(0, 7))
        await svc.writeLog(jiedao, w.id, {
          month,
          days: rng.int(19, 22),
          summary: rng.pick(LOGS).replace('{a}', String(rng.int(1, 4))),
        });
}
