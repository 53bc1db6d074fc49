/**
 * A year of 基层一线实践锻炼 (seed 002) and one 专项考察 (seed 001) in the demo district, made through the
 * secondments service with its clock moved to each day: the organisation department `zzb` opened a
 * first batch (土地整备) nine months ago on the street office `jiedao`'s street, whose completion rose
 * from 30% to 83% while the cadres worked there and which rated them at the end; a second batch
 * (征地拆迁) runs now on two streets with the demo cadre `ganbu`, who has logged every past week but
 * this one; a special assessment of epidemic-control duty rated six cadres. Cadres promoted within the
 * last twelve months and never seconded stay on zzb's to-do list.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { createSecondmentsService } from '../server/modules/secondments/index.ts';
import { createCadresReader } from '../server/modules/people/index.ts';
import { userIdsOfPersons } from '../server/modules/accounts/index.ts';
import {
  addDays,
  addMonths,
  defaultEndsOn,
  weekOf,
} from '../server/modules/secondments/secondments.rules.ts';
import { Rng } from './prng.ts';

const WORK = [
  '入户开展土地整备政策宣讲',
  '参与历史遗留违建处置现场协调',
  '走访拆迁户，听取补偿诉求',
  '配合测绘队完成地上物清点',
  '协调社区召开居民议事会',
  '整理签约台账，核对补偿清单',
];
const COMMENTS: Record<string, string> = {
  excellent: '冲锋在前，带头攻坚，签约户数居全街道前列',
  competent: '服从安排，工作扎实，较好完成分配任务',
  basic: '能完成基本任务，群众工作方法有待提高',
};

/** Seeds the secondments; a no-op when the demo accounts are missing or batches exist. */
export async function seedSecondments(
  services: Services,
  db: Db,
  districtId: string,
  today: string,
): Promise<void> {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [zzb, jiedao, ganbu] = await Promise.all(['zzb', 'jiedao', 'ganbu'].map(ctxOf));
  if (!zzb || !jiedao || !ganbu?.actor?.personId) return;
  if (
    await db
      .selectFrom('secondments_batches')
      .select('id')
      .where('district_id', '=', districtId)
      .executeTakeFirst()
  )
    return;
  // the service with its clock moved to the day each step happened on
  let clock = today;
  const cadresReader = createCadresReader({ db });
  const svc = createSecondmentsService({
    db,
    auditor: services.auditor,
    notify: services.notify,
    cadres: cadresReader,
    accountsOf: (d, p) => userIdsOfPersons(db, d, p),
    today: () => clock,
  });
  const rng = new Rng('secondments');
  const street = jiedao.actor!.grants.find((g) => g.role === 'street_officer')!.nodeId;
  const other = (
    await db
      .selectFrom('org_nodes')
      .select('id')
      .where('district_id', '=', districtId)
      .where('level', '=', 'street')
      .where('id', '!=', street)
      .orderBy('code')
      .orderBy('id')
      .executeTakeFirst()
  )?.id;
  const me = ganbu.actor!.personId!;
  // the most recently promoted cadres first (ganbu apart: he goes in the second batch)
  const cadres = (await cadresReader.cadresOf(districtId))
    .filter((c) => c.personId !== me)
    .sort((a, b) => b.postSince.localeCompare(a.postSince) || a.personId.localeCompare(b.personId));

  // the first batch: nine months ago, on jiedao's street, 8 cadres
  const first = addMonths(`${today.slice(0, 8)}01`, -9);
  clock = first;
  const b1 = await svc.createBatch(zzb, {
    nodeId: districtId,
    name: `${first.slice(0, 4)}年第一批一线实践锻炼`,
    workKind: '土地整备',
    startsOn: first,
    streets: [{ streetId: street, unit: '亩' }],
  });
  const end1 = defaultEndsOn(first);
  const in1: string[] = [];
  for (const c of cadres.slice(0, 8))
    in1.push((await svc.assign(zzb, b1.id, { personId: c.personId, streetId: street })).id);
  for (const [on, done] of [
    [first, 120],
    [addDays(first, 45), 250],
    [end1, 332],
  ] as const) {
    clock = on;
    await svc.recordProgress(jiedao, b1.id, { streetId: street, recordedOn: on, target: 400, done });
  }
  for (const id of in1)
    for (let w = 0; w < 3; w++) {
      clock = addDays(first, 10 + w * 25 + rng.int(0, 6));
      await svc.addWork(jiedao, id, {
        onDate: clock,
        what: WORK[rng.int(0, WORK.length - 1)],
        households: rng.int(3, 25),
        cases: rng.int(0, 4),
      });
    }
  clock = end1;
  for (const [i, id] of in1.entries()) {
    const rating = i < 3 ? 'excellent' : i < 7 ? 'competent' : 'basic';
    await svc.rate(jiedao, id, { rating, comment: COMMENTS[rating], version: 1 });
  }

  // the second batch: two months ago, on jiedao's street and another, ganbu among its cadres
  const second = addDays(today, -60);
  clock = second;
  const b2 = await svc.createBatch(zzb, {
    nodeId: districtId,
    name: `${second.slice(0, 4)}年第二批一线实践锻炼`,
    workKind: '征地拆迁',
    startsOn: second,
    streets: [{ streetId: street, unit: '户' }, ...(other ? [{ streetId: other, unit: '户' }] : [])],
  });
  const mine = (await svc.assign(zzb, b2.id, { personId: me, streetId: street })).id;
  const in2 = [mine];
  for (const [i, c] of cadres.slice(8, 16).entries()) {
    const to = i % 2 === 0 || !other ? street : other;
    const id = (await svc.assign(zzb, b2.id, { personId: c.personId, streetId: to })).id;
    if (to === street) in2.push(id);
  }
  for (const [on, done] of [
    [second, 18],
    [addDays(second, 30), 52],
    [today, 83],
  ] as const) {
    clock = on;
    await svc.recordProgress(jiedao, b2.id, { streetId: street, recordedOn: on, target: 180, done });
  }
  for (const id of in2)
    for (let w = 0; w < 2; w++) {
      clock = addDays(second, 7 + w * 21 + rng.int(0, 5));
      await svc.addWork(jiedao, id, {
        onDate: clock,
        what: WORK[rng.int(0, WORK.length - 1)],
        households: rng.int(3, 25),
        cases: rng.int(0, 4),
      });
    }
  // ganbu's weekly log: every week so far but this one
  for (let week = weekOf(second); week < weekOf(today); week = addDays(week, 7)) {
    clock = addDays(week, 4);
    await svc.addWeekly(ganbu, mine, {
      weekOf: week,
      what: `本周走访拆迁户 ${rng.int(8, 30)} 户，参与协商 ${rng.int(1, 5)} 次，${WORK[rng.int(0, WORK.length - 1)]}`,
      households: rng.int(8, 30),
      cases: rng.int(0, 5),
    });
  }

  // 专项考察: epidemic-control duty a few months ago, six cadres, ganbu among them
  clock = today;
  const x = await svc.createSpecial(zzb, {
    nodeId: districtId,
    topic: '疫情防控关键时刻专项考察',
    startsOn: addMonths(today, -5),
    endsOn: addMonths(today, -4),
    personIds: [me, ...cadres.slice(20, 25).map((c) => c.personId)],
  });
  const marks = ['good', 'good', 'fair', 'good', 'average', 'poor'] as const;
  for (const [i, personId] of [me, ...cadres.slice(20, 25).map((c) => c.personId)].entries())
    await svc.rateSpecial(zzb, x.id, personId, {
      attitude: marks[i],
      responsibility: marks[i],
      role: i === 0 ? 'good' : marks[(i + 1) % marks.length],
      results: marks[i],
      comment:
        i === 5 ? '卡口值守期间擅自离岗，经核实属实' : '坚守卡口和隔离点，组织核酸检测，如实记录在岗情况',
      outcome: i < 3 ? 'praise' : i === 5 ? 'punish' : 'none',
      version: 1,
    });
}
