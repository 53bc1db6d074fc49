/**
 * A year of 正向激励与关心关爱 in the demo district (seed 004 Luohu: 17 measures in four areas; seed 000
 * Futian: 休整休养 after a 嘉奖令 or a special award, 113 cadres given the 疫情防控专项奖 at district
 * scale, 37 low-score cadres talked to), made through the incentives service as the organisation
 * department (`zzb`): about sixty grants across the four areas approved through the year (one
 * returned), three proposals still waiting for zzb; the demo cadre `ganbu` rested five days after a
 * special award and has a request waiting for 住建局 (`bumen`); care visits, check-ups and hardship
 * help with two follow-ups due this week; 37 talks with low-score cadres. Approval and proposal
 * times are set back to when they happened (a service stamps now).
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { Rng } from './prng.ts';

const REASONS: Record<string, string> = {
  P: '一榜三令排名靠前，实绩突出',
  W: '岗位成长需要，列入年度培养计划',
  S: '在专项工作中表现突出，经单位推荐',
  L: '长期在一线岗位连续作战',
};
const CARE: ['visit' | 'checkup' | 'hardship', string][] = [
  ['visit', '春节前走访慰问一线干部家庭'],
  ['checkup', '组织年度健康体检，反馈体检报告'],
  ['hardship', '家属患病住院，协调医疗资源并送去慰问金'],
  ['visit', '高温天气一线值守慰问'],
  ['hardship', '子女入学困难，协调解决'],
];

/** A ctx of a demo account, or null when the demo accounts are absent. */
async function ctxOf(services: Services, db: Db, username: string): Promise<RequestContext | null> {
  const u = await db
    .selectFrom('accounts_users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  const actor = u && (await services.accounts.loadActor(u.id));
  return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
}

/** Seeds the year; a no-op without the demo accounts or when the district has grants already. */
export async function seedIncentives(services: Services, db: Db, districtId: string, now: Date) {
  const [zzb, bumen, ganbu] = await Promise.all(['zzb', 'bumen', 'ganbu'].map((u) => ctxOf(services, db, u)));
  if (!zzb || !bumen) return;
  const had = await db
    .selectFrom('incentives_grants')
    .select('id')
    .where('district_id', '=', districtId)
    .limit(1)
    .executeTakeFirst();
  if (had) return;
  const svc = services.incentives;
  const rng = new Rng(`incentives/${districtId}`);
  const day = (offset: number) => shanghaiDay(new Date(now.getTime() + offset * 86_400_000));
  const today = day(0);
  const year = Number(today.slice(0, 4));
  const jan1 = Date.parse(`${year}-01-01T00:00:00Z`);
  const sinceJan = Math.max(1, Math.floor((now.getTime() - jan1) / 86_400_000));
  /** A day of this year before today, a share f (0..1) of the way from 1 January. */
  const dayOfYear = (f: number) => day(-sinceJan + Math.floor(f * (sinceJan - 1)));
  const at = (d: string, h = 10) => new Date(`${d}T${String(h).padStart(2, '0')}:00:00+08:00`);
  const backdate = (id: string, proposed: string, decided: string | null) =>
    db
      .updateTable('incentives_grants')
      .set({ proposed_at: at(proposed, 9), ...(decided ? { decided_at: at(decided, 16) } : {}) })
      .where('district_id', '=', districtId)
      .where('id', '=', id)
      .execute();

  const cadres = await svc.cadres(zzb, {});
  if (cadres.length < 10) return;
  const me = ganbu?.actor?.personId ? cadres.find((c) => c.personId === ganbu.actor!.personId) : undefined;
  const others = cadres.filter((c) => c !== me);
  const { measures } = await svc.catalogue(zzb, {});
  const used = new Map<string, number>();
  const fits = (code: string, unit: string, quota: number | null) =>
    quota === null || (used.get(`${code}/${unit}`) ?? 0) < quota;

  // about sixty grants through the year, in the order they happened (their numbers follow it)
  const plan: { personId: string; unit: string; code: string; on: number }[] = [];
  for (let i = 0; i < 60; i++) {
    const c = others[i % others.length];
    const m = rng.pick(measures.filter((x) => x.code !== 'L01' || i % 3 === 0));
    if (!fits(m.code, c.unitNodeId, m.quota)) continue;
    used.set(`${m.code}/${c.unitNodeId}`, (used.get(`${m.code}/${c.unitNodeId}`) ?? 0) + 1);
    plan.push({ personId: c.personId, unit: c.unitNodeId, code: m.code, on: rng.next() });
  }
  plan.sort((a, b) => a.on - b.on);
  for (const [i, p] of plan.entries()) {
    const { id } = await svc.grants.propose(zzb, {
      personId: p.personId,
      measureCode: p.code,
      year,
      reason: REASONS[p.code[0]],
      sourceRef: p.code === 'S01' ? `嘉奖令〔${year}〕${i + 1}号` : '',
    });
    const reject = i === 7;
    await svc.grants.move(zzb, id, {
      action: reject ? 'reject' : 'approve',
      version: 1,
      note: reject ? '事迹材料不充分，请补充后再报' : '同意',
    });
    const decided = dayOfYear(p.on);
    await backdate(id, day(-sinceJan + Math.max(0, Math.floor(p.on * (sinceJan - 1)) - 5)), decided);
  }
  // the demo cadre: a special award in spring, rested five days; a 嘉奖令 lately, a request waiting
  if (me && ganbu) {
    const award = await svc.grants.propose(bumen, {
      personId: me.personId,
      measureCode: 'S02',
      year,
      reason: '疫情防控专项工作中连续值守，表现突出',
      sourceRef: '疫情防控专项奖',
    });
    await svc.grants.move(zzb, award.id, { action: 'approve', version: 1 });
    const spring = dayOfYear(0.25);
    await backdate(award.id, spring, spring);
    const r = await svc.rests.book(ganbu, {
      grantId: award.id,
      startsOn: dayOfYear(0.3),
      endsOn: day(-sinceJan + Math.floor(0.3 * (sinceJan - 1)) + 4),
      note: '',
    });
    await svc.rests.move(bumen, r.id, { action: 'approve', version: 1 });
    const jia = await svc.grants.propose(bumen, {
      personId: me.personId,
      measureCode: 'S01',
      year,
      reason: '一榜三令月度排名前列',
      sourceRef: `嘉奖令〔${year}〕${plan.length + 1}号`,
    });
    await svc.grants.move(zzb, jia.id, { action: 'approve', version: 1 });
    if (day(5) <= `${year}-12-31`)
      await svc.rests.book(ganbu, { grantId: jia.id, startsOn: day(3), endsOn: day(4), note: '陪护家人' });
  }
  // three proposals waiting for zzb
  for (const c of others.slice(0, 3))
    await svc.grants.propose(zzb, {
      personId: c.personId,
      measureCode: 'W02',
      year,
      reason: REASONS.W,
      sourceRef: '',
    });

  // care through the year; two follow-ups due this week for 住建局's cadres
  const bumenCadres = await svc.cadres(bumen, {});
  for (let i = 0; i < 30; i++) {
    const c = others[(i * 7) % others.length];
    const [kind, summary] = CARE[i % CARE.length];
    const doneOn = dayOfYear(i / 30);
    await svc.addCare(zzb, { personId: c.personId, kind, doneOn, summary });
  }
  for (const c of bumenCadres.filter((x) => x !== me).slice(0, 2))
    await svc.addCare(bumen, {
      personId: c.personId,
      kind: 'hardship',
      doneOn: day(-10),
      summary: '家中老人突发疾病，上门看望并协调就医',
      followUpOn: day(2),
    });
  // 37 talks with low-score cadres (seed 000), the quarter's results after each quarter
  for (let i = 0; i < 37; i++) {
    const c = others[(i * 5 + 3) % others.length];
    await svc.addTalk(zzb, {
      personId: c.personId,
      talkedOn: dayOfYear(Math.min(0.99, (Math.floor(i / 10) + 1) / 4 - 0.2 + rng.next() * 0.1)),
      reason: 'low_score',
      talker: '区委组织部干部监督科',
      outcome: rng.pick(['improving', 'improving', 'support', 'watch', 'closed'] as const),
      note: '一榜三令得分靠后，分析原因并明确改进措施',
    });
  }
}
