/**
 * A year of the 社会心理服务体系 in the demo district (seed 003 Futian 以心治强固本), made through the
 * psych service: 7 hospital 心理科门诊, a 心理咨询室 in each community of the demo street (the demo
 * community's with the counsellor `shehui`), 8 school 心理辅导室; ~300 counselling sessions held over
 * the year (back-dated rows: the service books only future slots), two bookings ahead for `jumin`
 * and two for `shehui` today; the 心理援助热线's months so far (counts); 16 screening campaigns over the five groups (~14,000 person-times);
 * 40 patients of the severe-mental-disorder register in the demo community (10 of them `wangge`'s,
 * some follow-ups overdue), a year of follow-ups; 服药补贴 applications, most approved and paid
 * monthly, three waiting for `shequ`'s check, two for `jiedao`'s approval, one rejected; the day's
 * follow-up notices to `wangge`.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { makeNationalId } from '../server/platform/pii/national-id.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { CATEGORIES, FOLLOWUP_CYCLE_DAYS, POPULATIONS } from '../server/modules/psych/psych.rules.ts';
import { GIVEN_F, GIVEN_M, SURNAMES } from './names.ts';
import { Rng } from './prng.ts';

const HOSPITALS = [
  '区人民医院',
  '区第二人民医院',
  '区中医院',
  '区妇幼保健院',
  '区慢性病防治院',
  '区康复医院',
  '区精神卫生中心',
];
const SCHOOLS = [
  '红岭中学',
  '福田中学',
  '翰林学校',
  '福田小学',
  '荔园小学',
  '华富中学',
  '上步中学',
  '梅林中学',
];
const WAYS: ['home' | 'phone' | 'clinic', number][] = [
  ['home', 6],
  ['phone', 3],
  ['clinic', 1],
];
const CONDS: ['stable' | 'basically_stable' | 'unstable', number][] = [
  ['stable', 7],
  ['basically_stable', 2],
  ['unstable', 1],
];
const SCREENINGS: [(typeof POPULATIONS)[number], string, number][] = [
  ['students', '中小学生心理健康测评', 2600],
  ['students', '高三学生考前心理测评', 900],
  ['civil_servants', '机关干部心理健康测评', 800],
  ['residents', '社区居民心理健康体检', 1500],
  ['police', '公安干警心理测评', 600],
  ['workers', '园区职工心理测评', 1000],
];

/** One of the values, as likely as its weight. */
function pickWeighted<T>(rng: Rng, pairs: [T, number][]): T {
  let x = rng.next() * pairs.reduce((a, [, w]) => a + w, 0);
  for (const [v, w] of pairs) if ((x -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
}

/** Seeds the year; a no-op without the demo accounts or when the district has points already. */
export async function seedPsych(services: Services, db: Db, districtId: string, now: Date) {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const who = await Promise.all(['zzb', 'jiedao', 'shequ', 'jumin', 'wangge', 'shehui'].map(ctxOf));
  if (who.some((c) => !c)) return;
  const [zzb, jiedao, shequ, jumin, wangge, shehui] = who as RequestContext[];
  const svc = services.psych;
  if ((await svc.listPoints(zzb, {})).items.length > 0) return;
  const rng = new Rng(`psych/${districtId}`);
  const day = (offset: number) => shanghaiDay(new Date(now.getTime() + offset * 86_400_000));
  const street = jiedao.actor!.grants[0];
  const community = shequ.actor!.grants[0].nodeId;
  const communities = await db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'community')
    .where('path', 'like', `${street.path}%`)
    .orderBy('path')
    .execute();
  const person = () => rng.pick([...SURNAMES]) + rng.pick(rng.chance(0.5) ? GIVEN_M : GIVEN_F);

  // points and counsellors
  const counsellors = (n: number, hours: number) =>
    Array.from({ length: n }, () => ({ name: person(), weeklyHours: hours, userId: null }));
  for (const h of HOSPITALS)
    await svc.createPoint(zzb, {
      nodeId: districtId,
      kind: 'clinic',
      name: `${h}心理科门诊`,
      address: '',
      counsellors: counsellors(2, 2),
    });
  for (const s of SCHOOLS)
    await svc.createPoint(zzb, {
      nodeId: districtId,
      kind: 'school_room',
      name: `${s}心理辅导室`,
      address: '',
      counsellors: counsellors(1, 1),
    });
  for (const c of communities)
    await svc.createPoint(zzb, {
      nodeId: c.id,
      kind: 'counselling_room',
      name: `${c.name}社康心理咨询室`,
      address: '',
      counsellors:
        c.id === community
          ? [{ name: '陈心怡', weeklyHours: 4, userId: shehui.actor!.userId }, ...counsellors(1, 2)]
          : counsellors(1, 2),
    });

  // a year of sessions held (back-dated), and bookings ahead
  const rows = await db
    .selectFrom('psych_counsellors')
    .select(['id', 'point_id', 'user_id'])
    .where('district_id', '=', districtId)
    .execute();
  const residents = await db
    .selectFrom('accounts_users')
    .select('id')
    .where('username', '=', 'jumin')
    .execute();
  const taken = new Set<string>();
  const bookings = [];
  for (let i = 0; i < 300; i++) {
    const c = rng.pick(rows);
    const d = day(-rng.int(2, 360));
    const h = rng.pick([9, 10, 11, 14, 15, 16]);
    if (taken.has(`${c.id}/${d}/${h}`)) continue;
    taken.add(`${c.id}/${d}/${h}`);
    const start = new Date(`${d}T${String(h).padStart(2, '0')}:00:00+08:00`);
    const held = rng.chance(0.92);
    bookings.push({
      district_id: districtId,
      id: uuidv7(),
      point_id: c.point_id,
      counsellor_id: c.id,
      user_id: residents[0].id,
      slot: sql<string>`tstzrange(${start}, ${new Date(start.getTime() + 50 * 60_000)}, '[)')`,
      topic: rng.pick(['emotion', 'family', 'study', 'work', 'relationship', 'other']),
      state: held ? 'done' : 'no_show',
      minutes: held ? rng.pick([45, 50, 50, 50, 60]) : null,
    });
  }
  const mine = rows.find((r) => r.user_id === shehui.actor!.userId)!;
  for (const h of [15, 16]) {
    const start = new Date(`${day(0)}T${h}:00:00+08:00`);
    bookings.push({
      district_id: districtId,
      id: uuidv7(),
      point_id: mine.point_id,
      counsellor_id: mine.id,
      user_id: residents[0].id,
      slot: sql<string>`tstzrange(${start}, ${new Date(start.getTime() + 50 * 60_000)}, '[)')`,
      topic: h === 15 ? 'work' : 'family',
      state: 'booked',
      minutes: null,
    });
  }
  await db.insertInto('psych_bookings').values(bookings).execute();
  for (const h of [10, 14])
    await svc.book(jumin, {
      counsellorId: mine.id,
      startsAt: `${day(3)}T${h}:00:00+08:00`,
      topic: 'emotion',
    });

  // screening campaigns (totals only)
  for (let i = 0; i < 16; i++) {
    const [population, title, size] = SCREENINGS[i % SCREENINGS.length];
    const screened = Math.round(size * (0.7 + rng.next() * 0.6));
    await svc.createScreening(i % 3 === 0 ? jiedao : zzb, {
      nodeId: i % 3 === 0 ? street.nodeId : districtId,
      population,
      title,
      heldOn: day(-rng.int(5, 350)),
      screened,
      flagged: Math.round(screened * (0.02 + rng.next() * 0.04)),
    });
  }

  // the register: 40 patients in the demo community, 10 of them wangge's
  const grid = wangge.actor!.grants[0].nodeId;
  const patients: { id: string; level: number; since: number }[] = [];
  for (let i = 0; i < 40; i++) {
    const level = pickWeighted(rng, [
      [0, 8],
      [1, 12],
      [2, 9],
      [3, 6],
      [4, 3],
      [5, 2],
    ] as [number, number][]);
    const since = rng.int(100, 1500);
    const birth = `19${rng.int(55, 99)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const { id } = await svc.createPatient(shequ, {
      nodeId: i < 10 ? grid : community,
      name: person(),
      idNumber: makeNationalId('440304', birth, 100 + i),
      category: pickWeighted(rng, [
        [CATEGORIES[0], 50],
        [CATEGORIES[3], 20],
        [CATEGORIES[1], 8],
        [CATEGORIES[2], 7],
        [CATEGORIES[4], 7],
        [CATEGORIES[5], 8],
      ] as [string, number][]) as (typeof CATEGORIES)[number],
      riskLevel: level,
      huji: rng.chance(0.55),
      registeredOn: day(-since),
      gridWorkerId: i < 10 ? wangge.actor!.userId : null,
    });
    patients.push({ id, level, since });
  }
  // a year of follow-ups by each level's cycle, mostly on time, a few patients left overdue: the
  // history as back-dated rows (the budget of the demo step)
  const history = [];
  const visits: { i: number; id: string; last: string }[] = [];
  for (const [i, p] of patients.entries()) {
    const cycle = FOLLOWUP_CYCLE_DAYS[p.level];
    const overdue = i % 9 === 4;
    let at = -Math.min(p.since, 365) + rng.int(5, 20);
    const end = overdue ? -cycle - rng.int(3, 20) : -rng.int(1, Math.max(2, cycle - 10));
    const days: number[] = [];
    while (at <= end) {
      days.push(at);
      at += cycle - rng.int(0, 10) + (rng.chance(0.08) ? 15 : 0);
    }
    if (!days.length) continue;
    let prev = -p.since;
    // wangge's ten: the latest visit through the service (on the phone, as the e2e does)
    const viaService = i < 10;
    for (const d of viaService ? days.slice(0, -1) : days) {
      history.push({
        district_id: districtId,
        id: uuidv7(),
        patient_id: p.id,
        visited_on: day(d),
        way: pickWeighted(rng, WAYS),
        condition: pickWeighted(rng, CONDS),
        risk_level: p.level,
        on_time: d - prev <= cycle,
        by_user: (i < 10 ? wangge : shequ).actor!.userId,
      });
      prev = d;
    }
    if (viaService) visits.push({ i, id: p.id, last: day(days[days.length - 1]) });
    const lastBulk = viaService ? days.length - 2 : days.length - 1;
    if (lastBulk >= 0)
      await db
        .updateTable('psych_patients')
        .set({ last_visit_on: day(days[lastBulk]) })
        .where('district_id', '=', districtId)
        .where('id', '=', p.id)
        .execute();
  }
  if (history.length) await db.insertInto('psych_followups').values(history).execute();
  for (const v of visits)
    await svc.followup(v.i < 10 ? wangge : shequ, v.id, {
      visitedOn: v.last,
      way: pickWeighted(rng, WAYS),
      condition: pickWeighted(rng, CONDS),
      riskLevel: patients[v.i].level,
    });

  // 服药补贴: 16 applications; most approved months ago and paid monthly
  const ids: string[] = [];
  for (const p of patients.slice(0, 16))
    ids.push((await svc.apply(shequ, p.id, { monthlyFen: rng.pick([15000, 20000, 25000]) })).id);
  for (const [i, id] of ids.entries()) {
    if (i < 3) continue; // waiting for the community's check
    await svc.move(shequ, id, { action: 'check', version: 1, reason: '' });
    if (i < 5) continue; // waiting for the street's approval
    if (i === 5) {
      await svc.move(jiedao, id, {
        action: 'reject',
        version: 2,
        reason: '已享受同类医疗救助，不重复补贴',
      });
      continue;
    }
    await svc.move(jiedao, id, { action: 'approve', version: 2, reason: '' });
    const months = rng.int(2, 10);
    const applied = day(-30 * months - 10);
    await db
      .updateTable('psych_subsidies')
      .set({ applied_on: applied, decided_on: day(-30 * months) })
      .where('district_id', '=', districtId)
      .where('id', '=', id)
      .execute();
    const paid = Array.from({ length: months }, (_, k) => day(-30 * (months - 1 - k)).slice(0, 7));
    await db
      .insertInto('psych_payments')
      .values(
        [...new Set(paid)].map((m) => ({
          district_id: districtId,
          subsidy_id: id,
          month: m,
          amount_fen: 20000,
          paid_on: `${m}-10`,
        })),
      )
      .execute();
  }

  // 心理援助热线 as counts, January to this month: the district's line (~26,000 person-times in five years)
  // and the demo community's own
  const [year, month] = day(0).split('-').map(Number);
  await db
    .insertInto('psych_hotline_months')
    .values(
      Array.from({ length: month }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).flatMap((m) =>
        [
          { node: districtId, by: zzb, calls: rng.int(250, 400), visits: rng.int(50, 120) },
          { node: community, by: shequ, calls: rng.int(5, 20), visits: rng.int(2, 10) },
        ].map((r) => ({
          district_id: districtId,
          id: uuidv7(),
          node_id: r.node,
          month: m,
          calls: r.calls,
          visits: r.visits,
          youth: Math.round((r.calls + r.visits) * 0.6),
          updated_by: r.by.actor!.userId,
        })),
      ),
    )
    .execute();

  // the day's sweep: wangge is told of the follow-ups due or overdue (once per patient and due day)
  await svc.notifyFollowups(day(0));
}
