/**
 * The demo district's 党群服务阵地联盟 (seed 003 福田 "1+95+N"): the district centre (3,000 m², approval
 * needed), one party-and-mass service centre per community (80–220 m², two or three rooms) and N = 30
 * alliance members in buildings, companies and parks (two of them left the alliance this year), made
 * through the venues service as officers would register them; every street declares its resident
 * population (福田 ~1.55 million in 10 streets), so the venues come to ~15,000 m² (¥1.059 bn bought
 * 1.5万 m²). Then a year of bookings: the past ones (which the service refuses, being in the past) are
 * written straight into the module's table, each room on fixed slots so none overlap: 主题党日,
 * 楼栋议事会, 四点半课堂 and the like, mostly held with attendance, some cancelled, refused or no-shows;
 * the coming week's through the service, so `jumin` and `dangyuan` have bookings ahead and the
 * district centre and a member in the demo street have bookings waiting for approval.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { Rng } from './prng.ts';

/** [title, booker kind, the share of the room it fills] */
const ACTIVITIES: [string, 'resident' | 'party_member' | 'social_org' | 'officer', number][] = [
  ['主题党日', 'party_member', 0.8],
  ['党课学习', 'party_member', 0.7],
  ['楼栋议事会', 'resident', 0.5],
  ['居民议事会', 'officer', 0.7],
  ['四点半课堂', 'social_org', 0.6],
  ['长者健康讲座', 'social_org', 0.8],
  ['社工沙龙', 'social_org', 0.5],
  ['志愿者培训', 'officer', 0.6],
  ['亲子阅读', 'resident', 0.5],
  ['书法兴趣班', 'resident', 0.6],
  ['普法讲座', 'officer', 0.7],
  ['反诈宣传', 'officer', 0.6],
];
const ORG = {
  party_member: '社区第一党支部',
  social_org: '福田区长者服务社',
  officer: '社区党委',
  resident: '',
};
const ROOMS: [string, number, string[]][] = [
  ['党员活动室', 40, ['投影仪', '音响']],
  ['议事室', 16, ['白板']],
  ['多功能室', 60, ['投影仪', 'LED屏']],
];
const MEMBERS = [
  '大厦党群服务站',
  '商圈党群服务驿站',
  '科技园党群服务站',
  '公园党群服务点',
  '企业党群活动室',
];
/** Past bookings use these slots (Beijing), so a room never has two at once; the coming week's use others. */
const SLOTS: [number, number][] = [
  [9, 11],
  [14, 16],
  [19, 21],
];
const DAY = 86_400_000;

/** Seeds the alliance and its year; a no-op without the demo accounts or when done. */
export async function seedVenues(services: Services, db: Db, districtId: string, today: Date) {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const who = await Promise.all(['zzb', 'jiedao', 'shequ', 'jumin', 'dangyuan', 'shehui'].map(ctxOf));
  if (who.some((c) => !c)) return;
  const [zzb, jiedao, shequ, jumin, dangyuan, shehui] = who as RequestContext[];
  const svc = services.venues;
  if ((await svc.list(zzb, {})).venues.length > 0) return;
  const rng = new Rng(`venues/${districtId}`);
  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'level', 'parent_id', 'path'])
    .where('district_id', '=', districtId)
    .where('level', 'in', ['street', 'community'])
    .orderBy('path')
    .execute();
  const streets = nodes.filter((n) => n.level === 'street');
  const communities = nodes.filter((n) => n.level === 'community');
  const demoStreet = jiedao.actor!.grants[0].nodeId;
  const demoCommunity = shequ.actor!.grants[0].nodeId;
  const hours = { opensAt: '09:00', closesAt: '21:00', openDays: [1, 2, 3, 4, 5, 6, 7] };
  const joined = (y: number) => `${y}-${String(rng.int(1, 12)).padStart(2, '0')}-01`;

  // 1: the district centre
  const made: { id: string; level: string; nodeId: string; capacity: number[] }[] = [];
  const { id: centreId } = await svc.create(zzb, {
    nodeId: districtId,
    level: 'district',
    name: '福田区党群服务中心',
    address: '福田区福中三路2012号',
    lat: 22.5431,
    lng: 114.0579,
    areaM2: 3000,
    ...hours,
    ownerUnit: '中共深圳市福田区委组织部',
    needsApproval: true,
    maxHours: null,
    advanceDays: null,
    joinedOn: '2018-07-01',
    rooms: [
      ['多功能厅', 200, ['音响', 'LED屏', '同传设备']],
      ['党员教育室', 60, ['投影仪']],
      ['会议室', 30, ['视频会议']],
    ].map(([name, capacity, equipment]) => ({ name, capacity, equipment }) as never),
  });
  made.push({ id: centreId, level: 'district', nodeId: districtId, capacity: [200, 60, 30] });

  // 95: a centre per community, laid out over Futian's ~78 km² (22.50–22.58 N, 114.00–114.10 E)
  const point = (i: number) => ({
    lat: Math.round((22.505 + (0.07 * ((i * 37) % 95)) / 95 + rng.next() * 0.002) * 1e5) / 1e5,
    lng: Math.round((114.005 + (0.09 * ((i * 61) % 95)) / 95 + rng.next() * 0.002) * 1e5) / 1e5,
  });
  const places = new Map<string, { lat: number; lng: number }>();
  for (const [i, c] of communities.entries()) {
    const at = point(i);
    places.set(c.id, at);
    const rooms = ROOMS.slice(0, rng.chance(0.4) ? 3 : 2);
    const { id } = await svc.create(zzb, {
      nodeId: c.id,
      level: 'community',
      name: `${c.name}党群服务中心`,
      address: `福田区${c.name}${rng.int(1, 200)}号`,
      ...at,
      areaM2: rng.int(80, 220),
      ...hours,
      ownerUnit: `${c.name}党委`,
      needsApproval: false,
      maxHours: null,
      advanceDays: null,
      joinedOn: joined(rng.int(2018, 2020)),
      rooms: rooms.map(([name, capacity, equipment]) => ({ name, capacity, equipment })),
    });
    made.push({ id, level: 'community', nodeId: c.id, capacity: rooms.map((r) => r[1]) });
  }

  // N = 30 members near a community's centre; the first in the demo street, two left this year
  const inDemo = communities.filter((c) => c.parent_id === demoStreet);
  const memberIds: string[] = [];
  for (let k = 0; k < 30; k++) {
    const c = k === 0 && inDemo.length ? inDemo[0] : rng.pick(communities);
    const base = places.get(c.id)!;
    const street = streets.find((s) => s.id === c.parent_id)!;
    const { id } = await svc.create(zzb, {
      nodeId: street.id,
      level: 'member',
      name: `${c.name.replace(/社区$/, '')}${MEMBERS[k % MEMBERS.length]}`,
      address: `${street.name}${c.name}`,
      lat: Math.round((base.lat + (rng.next() - 0.5) * 0.008) * 1e5) / 1e5,
      lng: Math.round((base.lng + (rng.next() - 0.5) * 0.008) * 1e5) / 1e5,
      areaM2: rng.int(60, 300),
      opensAt: '09:00',
      closesAt: '18:00',
      openDays: [1, 2, 3, 4, 5],
      ownerUnit: ['楼宇联合党委', '商圈党委', '园区党委', '企业党支部'][k % 4],
      needsApproval: true,
      maxHours: null,
      advanceDays: null,
      joinedOn: joined(rng.int(2019, 2024)),
      rooms: [{ name: '活动室', capacity: 30, equipment: ['投影仪'] }],
    });
    memberIds.push(id);
    made.push({ id, level: 'member', nodeId: street.id, capacity: [30] });
  }
  for (const id of memberIds.slice(-2)) {
    const v = await svc.get(zzb, id);
    await svc.membership(zzb, id, {
      action: 'leave',
      on: shanghaiDay(new Date(today.getTime() - 40 * DAY)),
      version: v.version,
    });
  }
  // every street declares its resident population (福田 ~1.55 million in 10 streets)
  for (const s of streets)
    await svc.declarePopulation(zzb, {
      nodeId: s.id,
      population: rng.int(110, 200) * 1000,
      asOf: `${today.getUTCFullYear() - 1}-12-31`,
    });

  // a year of past bookings, straight into the table (the service books only the future)
  const rooms = await db
    .selectFrom('venues_rooms')
    .select(['id', 'venue_id', 'capacity'])
    .where('district_id', '=', districtId)
    .execute();
  const venueOf = new Map(made.map((m) => [m.id, m]));
  const users = {
    [demoCommunity]: { resident: jumin, party_member: dangyuan, social_org: shehui, officer: shequ },
  } as Record<string, Record<string, RequestContext>>;
  const userFor = (nodeId: string, kind: string) =>
    (
      users[nodeId]?.[kind] ??
      (nodeId === demoStreet || communities.find((c) => c.id === nodeId)?.parent_id === demoStreet
        ? jiedao
        : zzb)
    ).actor!.userId;
  const leftAt = new Map<string, number>(memberIds.slice(-2).map((id) => [id, today.getTime() - 40 * DAY]));
  const rows: object[] = [];
  const midnight = Date.parse(`${shanghaiDay(today)}T00:00:00+08:00`);
  for (const room of rooms) {
    const v = venueOf.get(room.venue_id)!;
    const perWeek = v.level === 'district' ? 6 : v.level === 'community' ? 4 : 1;
    for (let d = 365; d >= 1; d--) {
      const dayStart = midnight - d * DAY;
      const weekday = new Date(dayStart + 8 * 3_600_000).getUTCDay() || 7;
      if (v.level === 'member' && weekday > 5) continue;
      if ((leftAt.get(v.id) ?? Infinity) <= dayStart) continue;
      for (const [from, to] of SLOTS) {
        if (v.level === 'member' && from === 19) continue;
        if (!rng.chance(perWeek / 21)) continue;
        const [title, booker, fill] = rng.pick(ACTIVITIES);
        const expected = Math.max(3, Math.round(room.capacity * fill * (0.6 + rng.next() * 0.4)));
        const r = rng.next();
        const state =
          r < 0.84
            ? 'held'
            : r < 0.92
              ? 'cancelled'
              : r < 0.96
                ? 'no_show'
                : v.level === 'community'
                  ? 'held'
                  : 'rejected';
        const start = new Date(dayStart + from * 3_600_000);
        rows.push({
          district_id: districtId,
          id: uuidv7(),
          venue_id: v.id,
          room_id: room.id,
          user_id: userFor(v.nodeId, booker),
          booker,
          org_name: ORG[booker],
          title,
          expected,
          slot: `[${start.toISOString()},${new Date(dayStart + to * 3_600_000).toISOString()})`,
          state,
          note: state === 'rejected' ? '当日场地另有安排' : state === 'cancelled' ? '活动改期' : '',
          checked_in_at: state === 'held' ? new Date(start.getTime() - rng.int(0, 20) * 60_000) : null,
          attendance: state === 'held' ? Math.max(1, Math.round(expected * (0.7 + rng.next() * 0.35))) : null,
          created_at: new Date(start.getTime() - rng.int(1, 10) * DAY),
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 2000)
    await db
      .insertInto('venues_bookings')
      .values(rows.slice(i, i + 2000) as never)
      .execute();

  // the coming week, through the service: jumin and dangyuan at the demo community, branches waiting for approval
  const day = (offset: number, hh: string) =>
    `${shanghaiDay(new Date(today.getTime() + offset * DAY))}T${hh}:00+08:00`;
  const centre = made.find((m) => m.nodeId === demoCommunity);
  if (centre) {
    const rs = (await svc.get(shequ, centre.id)).rooms;
    const r1 = rs.find((r) => r.name === '党员活动室')!;
    const r2 = rs.find((r) => r.name === '议事室')!;
    await svc.book(jumin, {
      roomId: r1.id,
      start: day(2, '11:00'),
      end: day(2, '12:00'),
      title: '楼栋议事会',
      expected: 12,
      as: 'resident',
      orgName: '',
    });
    await svc.book(jumin, {
      roomId: r2.id,
      start: day(5, '16:00'),
      end: day(5, '17:30'),
      title: '亲子阅读',
      expected: 10,
      as: 'resident',
      orgName: '',
    });
    await svc.book(dangyuan, {
      roomId: r1.id,
      start: day(3, '16:00'),
      end: day(3, '18:00'),
      title: '主题党日',
      expected: 30,
      as: 'party_member',
      orgName: ORG.party_member,
    });
  }
  const hall = (await svc.get(zzb, centreId)).rooms.find((r) => r.name === '多功能厅')!;
  await svc.book(dangyuan, {
    roomId: hall.id,
    start: day(6, '11:00'),
    end: day(6, '13:00'),
    title: '主题党日套餐：重温入党誓词',
    expected: 80,
    as: 'party_member',
    orgName: ORG.party_member,
  });
  await svc.book(shehui, {
    roomId: hall.id,
    start: day(4, '16:00'),
    end: day(4, '18:00'),
    title: '社会组织能力建设培训',
    expected: 120,
    as: 'social_org',
    orgName: ORG.social_org,
  });
  const demoMember = memberIds[0];
  const [mroom] = (await svc.get(zzb, demoMember)).rooms;
  const weekday = (offset: number) =>
    new Date(today.getTime() + offset * DAY + 8 * 3_600_000).getUTCDay() || 7;
  const workday = [1, 2, 3, 4, 5, 6, 7].find((o) => weekday(o) <= 5)!;
  await svc.book(dangyuan, {
    roomId: mroom.id,
    start: day(workday, '11:00'),
    end: day(workday, '12:00'),
    title: '楼宇党员微党课',
    expected: 20,
    as: 'party_member',
    orgName: ORG.party_member,
  });
  return { venues: made.length, bookings: rows.length };
}
