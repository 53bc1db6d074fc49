/**
 * A year of 契约化党建 and the monthly 圆桌会 in the demo district (seed 001 鄞州 海创社区: 推行目标
 * 清晰、权责对等的"契约化"党建, 每月召开圆桌会), made through the compacts service: shequ's community
 * drafted four 共建契约 eleven months ago with 住建局 (bumen's unit, which signed it), 城管局, 卫健局
 * and 教育局, each with its resource, need and project lists; a round table held every month since
 * (卫健局 absent from the last three, so flagged), resolutions became the units' projects (most done
 * on time, one late, one overdue); this month's round table is scheduled, not yet held (shequ's
 * to-do). A neighbouring community's contract with 住建局 waits for bumen's signature. Dates are
 * those of the services' own checks; the three other units' signatures are set in SQL (the demo
 * has no login in those units).
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { shanghaiDay } from '../server/platform/time.ts';

/** The units, with what each brings, what the community asks of it, and a project of the contract. */
const UNITS: [unit: string, resources: string[], needs: string[], project: [string, string]][] = [
  [
    '区住房和建设局',
    ['工程技术党员 6 名', '老旧小区改造政策解读', '施工安全巡查力量'],
    ['加装电梯技术指导', '楼道消防通道整治'],
    ['百花苑 3 栋楼道照明改造', '王工'],
  ],
  [
    '区城市管理和综合执法局',
    ['执法队员每周进社区', '垃圾分类督导员培训'],
    ['背街小巷占道经营整治', '垃圾分类投放点改造'],
    ['农贸市场周边占道整治', '执法中队 陈队长'],
  ],
  [
    '区卫生健康局',
    ['家庭医生团队 2 个', '健康讲座每月 1 场'],
    ['老年人慢病随访', '嬰幼儿照护服务站业务指导'],
    ['社区嬰幼儿照护服务站医护指导', '社康中心 林主任'],
  ],
  [
    '区教育局',
    ['学校运动场地错时开放', '青少年四点半课堂师资'],
    ['暑期托管服务', '家庭教育讲座'],
    ['暑期爱心托管班', '百花小学 周校长'],
  ],
];

/** Resolutions of the round tables: [months ago, unit index, content, owner, days to do it, done after days or null]. */
const RESOLUTIONS: [number, number, string, string, number, number | null][] = [
  [10, 0, '加装电梯技术指导会 2 场', '王工', 30, 21],
  [9, 1, '背街小巷占道经营集中整治', '陈队长', 30, 28],
  [8, 3, '四点半课堂开班', '周校长', 45, 40],
  [7, 2, '老年人慢病随访建档', '林主任', 40, 35],
  [6, 0, '楼道消防通道清理', '王工', 20, 26],
  [5, 1, '垃圾分类投放点改造 4 处', '陈队长', 45, 30],
  [4, 3, '暑期爱心托管班招生', '周校长', 30, 14],
  [3, 0, '小区雨污分流改造方案征询', '王工', 45, 40],
  [2, 2, '嬰幼儿照护服务站医护驻点', '林主任', 30, null],
  [1, 1, '农贸市场周边夜间秩序巡查', '陈队长', 60, null],
];

/** Seeds the year; a no-op without the demo accounts or when the district has contracts already. */
export async function seedCompacts(services: Services, db: Db, districtId: string, now: Date) {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [shequ, bumen, zzb] = [await ctxOf('shequ'), await ctxOf('bumen'), await ctxOf('zzb')];
  if (!shequ || !bumen || !zzb) return;
  const had = await db
    .selectFrom('compacts_contracts')
    .select('id')
    .where('district_id', '=', districtId)
    .limit(1)
    .executeTakeFirst();
  if (had) return;
  const svc = services.compacts;
  const day = (offset: number) => shanghaiDay(new Date(now.getTime() + offset * 86_400_000));
  const today = day(0);
  const plus = (d: string, n: number) =>
    shanghaiDay(new Date(new Date(`${d}T10:00:00+08:00`).getTime() + n * 86_400_000));
  const monthBack = (n: number) => {
    const [y, m] = today.slice(0, 7).split('-').map(Number);
    const d = new Date(Date.UTC(y, m - 1 - n, 1));
    return d.toISOString().slice(0, 7);
  };
  const community = shequ.actor!.grants.find((g) => g.role === 'community_officer')!;
  const communityName = (
    await db
      .selectFrom('org_nodes')
      .select('name')
      .where('id', '=', community.nodeId)
      .executeTakeFirstOrThrow()
  ).name;
  const units = new Map(
    (
      await db
        .selectFrom('org_nodes')
        .select(['id', 'name'])
        .where('district_id', '=', districtId)
        .where('level', '=', 'department')
        .execute()
    ).map((n) => [n.name, n.id]),
  );
  const startsOn = `${monthBack(11)}-01`;
  const endsOn = plus(startsOn, 365 * 2 - 1);

  // the four contracts of shequ's community, each with its lists
  const ids: string[] = [];
  for (const [name, resources, needs, [project, owner]] of UNITS) {
    const { id } = await svc.create(shequ, {
      nodeId: community.nodeId,
      unitId: units.get(name)!,
      title: `${communityName}党委与${name}党组织共建契约`,
      startsOn,
      endsOn,
      communitySigner: '陈书记',
      resources: resources.map((content) => ({ content, owner: '' })),
      needs: needs.map((content) => ({ content, owner: '' })),
      projects: [{ content: project, owner, dueOn: plus(startsOn, 120) }],
    });
    ids.push(id);
  }
  // bumen signs 住建局's; the other units' signatures (no demo login there) are set directly
  const first = await svc.view(bumen, ids[0]);
  await svc.sign(bumen, ids[0], { version: first.version, signer: '住建局 张局长' });
  await db
    .updateTable('compacts_contracts')
    .set({
      state: 'signed',
      unit_signer: '党组书记',
      signed_on: plus(startsOn, 6),
      version: sql`version + 1`,
    })
    .where('district_id', '=', districtId)
    .where('id', 'in', ids.slice(1))
    .execute();
  await db
    .updateTable('compacts_contracts')
    .set({ signed_on: plus(startsOn, 5) })
    .where('district_id', '=', districtId)
    .where('id', '=', ids[0])
    .execute();
  // the contracts' first projects: done on time, one late
  for (const [i, id] of ids.entries()) {
    const c = await svc.view(shequ, id);
    const p = c.items.find((x) => x.kind === 'project')!;
    await svc.markDone(shequ, p.id, { version: p.version, doneOn: plus(p.dueOn!, i === 2 ? 9 : -10) });
  }

  // a round table every month since; 卫健局 absent from the last three
  for (let n = 10; n >= 1; n--) {
    const month = monthBack(n);
    const { id } = await svc.schedule(shequ, {
      nodeId: community.nodeId,
      month,
      plannedOn: `${month}-12`,
      place: '社区党群服务中心二楼会议室',
    });
    const m = await svc.viewMeeting(shequ, id);
    const resolutions = RESOLUTIONS.filter((r) => r[0] === n);
    await svc.hold(shequ, id, {
      version: m.version,
      heldOn: `${month}-12`,
      attendance: m.parties.map((p, i) => ({
        contractId: p.contractId,
        present: !(i === 2 && n <= 3) && !(i === 3 && n === 7),
      })),
      agenda: m.candidates
        .filter((x) => x.kind === 'need')
        .slice((10 - n) % 4, ((10 - n) % 4) + 2)
        .map((x) => ({ itemId: x.itemId, text: `${x.unitName}：${x.content}` })),
      minutes: `${month} 圆桌会：通报上月共建项目进展，${m.parties.length} 家共建单位围绕社区需求协商议事，形成决议如下。`,
      resolutions: resolutions.map(([, unit, content, owner, days]) => ({
        contractId: ids[unit],
        content,
        owner,
        dueOn: plus(`${month}-12`, days),
      })),
    });
  }
  // the resolutions' projects done (one late), the rest still open
  for (const [, unit, content, , , after] of RESOLUTIONS) {
    if (after === null) continue;
    const c = await svc.view(shequ, ids[unit]);
    const p = c.items.find((x) => x.content === content)!;
    const done = plus(p.dueOn!, after - RESOLUTIONS.find((r) => r[2] === content)![4]);
    await svc.markDone(shequ, p.id, { version: p.version, doneOn: done > today ? today : done });
  }
  // this month's round table: scheduled for later this month (or today), not held yet
  const month = today.slice(0, 7);
  await svc.schedule(shequ, {
    nodeId: community.nodeId,
    month,
    plannedOn: `${month}-28` < today ? today : `${month}-28`,
    place: '社区党群服务中心二楼会议室',
  });

  // a neighbouring community's contract with 住建局 waiting for bumen's signature
  const neighbour = await db
    .selectFrom('org_nodes as n')
    .innerJoin('org_nodes as c', (j) => j.onRef('c.parent_id', '=', 'n.parent_id'))
    .select('n.id')
    .where('c.id', '=', community.nodeId)
    .where('n.id', '<>', community.nodeId)
    .where('n.level', '=', 'community')
    .orderBy('n.sort')
    .limit(1)
    .executeTakeFirst();
  if (neighbour) {
    const name = (
      await db.selectFrom('org_nodes').select('name').where('id', '=', neighbour.id).executeTakeFirstOrThrow()
    ).name;
    await svc.create(zzb, {
      nodeId: neighbour.id,
      unitId: units.get('区住房和建设局')!,
      title: `${name}党委与区住房和建设局党组织共建契约`,
      startsOn: day(3),
      endsOn: plus(day(3), 364),
      communitySigner: '刘书记',
      resources: [{ content: '城市更新政策宣讲', owner: '' }],
      needs: [{ content: '城中村消防隐患排查', owner: '' }],
      projects: [],
    });
  }
  // the community is told of the overdue project
  await svc.notifyOverdue(today);
}
