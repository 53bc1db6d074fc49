/**
 * The demo district's public cultural service (seed 003 福田 "以文治强铸魂"): the district's culture
 * hall and its 7 themed halls (戏剧, 音乐, 舞蹈, 梦工场, 非遗, 钢琴, 书画), the library and a branch per
 * street, a culture station per street, a culture room per community and squares, made through the
 * culture service as the officers would register them; 8 professional volunteer teams (the halls and
 * the library), 10 street teams, 46 art troupes with ~2,200 members and 122 programmes. Then a year
 * of history written straight into the module's tables in batches (the service refuses the past):
 * rehearsals, ~460 performances ordered by communities with their audience (~166,000 person-times)
 * and ratings, the volunteers' hours confirmed. Last, through the service, what waits today: orders
 * for `shehui`'s troupe to accept, performances for `shequ` to rate, hours for `shehui` to confirm,
 * certificates and nominations upward.
 */
import type { Insertable } from 'kysely';
import type { DB } from '../server/platform/db/db.generated.ts';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { GIVEN_F, GIVEN_M, SURNAMES } from './names.ts';
import { Rng } from './prng.ts';

const THEMES = [
  ['drama', '戏剧馆'],
  ['music', '音乐馆'],
  ['dance', '舞蹈馆'],
  ['dream', '梦工场'],
  ['heritage', '非遗馆'],
  ['piano', '钢琴馆'],
  ['calligraphy', '书画馆'],
] as const;
const TROUPE_KINDS: [string, 'drama' | 'music' | 'dance' | 'opera' | 'quyi' | 'other', string[]][] = [
  ['粤剧团', 'opera', ['帝女花', '紫钗记', '搜书院', '荔枝颂']],
  ['合唱团', 'music', ['我和我的祖国', '春天的故事', '在希望的田野上', '走进新时代']],
  ['舞蹈队', 'dance', ['茉莉花', '彩云追月', '春江花月夜', '鹏城欢歌']],
  ['话剧社', 'drama', ['邻里之间', '楼长老陈', '垃圾分类进万家']],
  ['曲艺队', 'quyi', ['快板·文明新风', '相声·社区那些事', '粤语讲古']],
  ['民乐团', 'music', ['金蛇狂舞', '步步高', '彩云追月']],
  ['模特队', 'other', ['旗袍秀', '时装走秀', '民族服饰秀']],
];
const DAY = 86_400_000;

/** Seeds the facilities, teams and a year of performances and hours; a no-op without the demo accounts or when done. */
export async function seedCulture(services: Services, db: Db, districtId: string, today: Date) {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const who = await Promise.all(['zzb', 'jiedao', 'shequ', 'shehui'].map(ctxOf));
  if (who.some((c) => !c)) return;
  const [zzb, jiedao, shequ, shehui] = who as RequestContext[];
  const svc = services.culture;
  if ((await svc.listFacilities(zzb, {})).facilities.length > 0) return;
  const rng = new Rng(`culture/${districtId}`);
  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'name', 'level', 'path'])
    .where('district_id', '=', districtId)
    .where('level', 'in', ['street', 'community'])
    .orderBy('path')
    .execute();
  const streets = nodes.filter((n) => n.level === 'street');
  const communities = nodes.filter((n) => n.level === 'community');
  const demoStreet = jiedao.actor!.grants[0].nodeId;
  const demoCommunity = shequ.actor!.grants[0].nodeId;
  const name = () => rng.pick(SURNAMES.split('')) + (rng.chance(0.6) ? rng.pick(GIVEN_F) : rng.pick(GIVEN_M));
  // laid out over Futian's ~78 km² (22.50–22.58 N, 114.00–114.10 E)
  const point = () => ({
    lat: Math.round((22.505 + rng.next() * 0.07) * 1e5) / 1e5,
    lng: Math.round((114.005 + rng.next() * 0.09) * 1e5) / 1e5,
  });
  const hours = { opensAt: '09:00', closesAt: '21:00', theme: null, address: '' };

  // facilities, through the service (zzb keeps the whole district's register)
  const add = (
    nodeId: string,
    kind: 'hall' | 'library' | 'station' | 'room' | 'square',
    n: string,
    areaM2: number,
    over = {},
  ) => svc.createFacility(zzb, { nodeId, kind, name: n, areaM2, ...hours, ...point(), ...over });
  await add(districtId, 'hall', '福田区文化馆', 12_000, { lat: 22.5412, lng: 114.0596 });
  const halls = new Map<string, string>();
  for (const [theme, n] of THEMES)
    halls.set(theme, (await add(districtId, 'hall', `福田区${n}`, rng.int(600, 1500), { theme })).id);
  const library = await add(districtId, 'library', '福田区图书馆', 18_000, { lat: 22.5398, lng: 114.0571 });
  // the streets' and communities' facilities in one batch (the service adds one per transaction)
  const stations = new Map<string, string>();
  const batch: object[] = [];
  const row = (nodeId: string, kind: string, n: string, areaM2: number) => {
    const id = uuidv7();
    batch.push({
      district_id: districtId,
      id,
      node_id: nodeId,
      kind,
      name: n,
      area_m2: areaM2,
      opens_at: 540,
      closes_at: 1260,
      ...point(),
    });
    return id;
  };
  for (const s of streets) {
    row(s.id, 'library', `${s.name}图书分馆`, rng.int(300, 900));
    stations.set(s.id, row(s.id, 'station', `${s.name}文化站`, rng.int(800, 2500)));
    row(s.id, 'square', `${s.name}文化广场`, rng.int(2000, 8000));
  }
  for (const c of communities) row(c.id, 'room', `${c.name}社区文化室`, rng.int(150, 600));
  await db
    .insertInto('culture_facilities')
    .values(batch as never)
    .execute();

  // teams: 8 professional (7 halls + library), 10 street teams, 46 troupes
  const teams: {
    id: string;
    kind: string;
    size: number;
    genre?: string;
    titles?: string[];
    nodeId: string;
  }[] = [];
  const teamRows: object[] = [];
  const team = (
    nodeId: string,
    kind: 'professional' | 'street' | 'troupe',
    n: string,
    facilityId: string | null,
    size: number,
  ) => {
    const id = uuidv7();
    teamRows.push({
      district_id: districtId,
      id,
      node_id: nodeId,
      kind,
      name: n,
      facility_id: facilityId,
      leader_name: name(),
    });
    teams.push({ id, kind, size, nodeId });
    return teams[teams.length - 1];
  };
  for (const [theme, n] of THEMES)
    team(districtId, 'professional', `${n}专业文化志愿服务队`, halls.get(theme)!, rng.int(24, 40));
  team(districtId, 'professional', '区图书馆专业文化志愿服务队', library.id, 40);
  for (const s of streets)
    team(s.id, 'street', `${s.name}文化志愿服务队`, stations.get(s.id)!, rng.int(20, 35));
  for (let i = 0; i < 46; i++) {
    const [suffix, genre, titles] = TROUPE_KINDS[i % TROUPE_KINDS.length];
    const s = streets[(streets.findIndex((x) => x.id === demoStreet) + i) % streets.length];
    const t = team(
      s.id,
      'troupe',
      `${s.name}${suffix}${i >= streets.length ? `（${Math.floor(i / streets.length) + 1}）` : ''}`,
      null,
      rng.int(38, 58),
    );
    t.genre = genre;
    t.titles = titles;
  }
  await db
    .insertInto('culture_teams')
    .values(teamRows as never)
    .execute();
  // the demo street's first troupe is led by shehui's account (orders to accept, hours to confirm)
  await db
    .updateTable('culture_teams')
    .set({ leader_user_id: shehui.actor!.userId })
    .where('district_id', '=', districtId)
    .where('id', '=', teams.find((t) => t.kind === 'troupe')!.id)
    .execute();

  // members, programmes and rehearsals, in batches
  const since = new Date(today.getTime() - 365 * DAY);
  const dayOf = (ms: number) => shanghaiDay(new Date(ms));
  const members: {
    district_id: string;
    id: string;
    team_id: string;
    name: string;
    kind: string;
    joined_on: string;
  }[] = [];
  const byTeam = new Map<string, string[]>();
  for (const t of teams) {
    const ids: string[] = [];
    for (let i = 0; i < t.size; i++) {
      const id = uuidv7();
      ids.push(id);
      members.push({
        district_id: districtId,
        id,
        team_id: t.id,
        name: name(),
        kind: t.kind === 'troupe' && rng.chance(0.5) ? 'resident' : 'volunteer',
        joined_on: `${rng.int(2015, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
      });
    }
    byTeam.set(t.id, ids);
  }
  for (let i = 0; i < members.length; i += 1000)
    await db
      .insertInto('culture_members')
      .values(members.slice(i, i + 1000))
      .execute();
  const programmes: {
    district_id: string;
    id: string;
    team_id: string;
    title: string;
    genre: string;
    minutes: number;
  }[] = [];
  // 122 programmes: three for the first 30 troupes, two for the other 16
  for (const [i, t] of teams.filter((x) => x.kind === 'troupe').entries())
    for (const title of t.titles!.slice(0, i < 30 ? 3 : 2))
      programmes.push({
        district_id: districtId,
        id: uuidv7(),
        team_id: t.id,
        title,
        genre: t.genre!,
        minutes: rng.int(8, 45),
      });
  await db.insertInto('culture_programmes').values(programmes).execute();
  const rehearsals = programmes.flatMap((p) =>
    Array.from({ length: rng.int(4, 10) }, () => ({
      district_id: districtId,
      id: uuidv7(),
      programme_id: p.id,
      held_on: dayOf(since.getTime() + rng.int(0, 360) * DAY),
      attendees: rng.int(10, 40),
    })),
  );
  await db.insertInto('culture_rehearsals').values(rehearsals).execute();

  // a year of performances ordered by the communities (none twice in a troupe's half-day)
  const taken = new Set<string>();
  const orders: Insertable<DB['culture_orders']>[] = [];
  const hoursRows = [];
  const userId = shequ.actor!.userId;
  const halves = ['am', 'pm', 'eve'] as const;
  while (orders.length < 470) {
    const p = rng.pick(programmes);
    const c = orders.length < 12 ? communities.find((x) => x.id === demoCommunity)! : rng.pick(communities);
    const at = since.getTime() + rng.int(0, 362) * DAY;
    const day = dayOf(at);
    const half = rng.pick(halves);
    if (taken.has(`${p.team_id}|${day}|${half}`)) continue;
    taken.add(`${p.team_id}|${day}|${half}`);
    const r = rng.next();
    const state =
      orders.length < 2
        ? 'performed'
        : r < 0.03
          ? 'declined'
          : r < 0.05
            ? 'cancelled'
            : r < 0.12
              ? 'performed'
              : 'rated';
    const held = state === 'performed' || state === 'rated';
    const id = uuidv7(at);
    orders.push({
      district_id: districtId,
      id,
      node_id: c.id,
      programme_id: p.id,
      team_id: p.team_id,
      on_day: day,
      half,
      place: `${c.name}社区文化广场`,
      state,
      audience: held ? rng.int(150, 560) : null,
      rating: state === 'rated' ? (rng.chance(0.7) ? 5 : 4) : null,
      comment: state === 'rated' && rng.chance(0.3) ? '演出精彩，居民反响热烈' : '',
      ordered_by: userId,
      created_at: new Date(at - rng.int(7, 30) * DAY),
      version: state === 'rated' ? 4 : state === 'performed' ? 3 : 2,
    });
    if (held)
      for (const m of (byTeam.get(p.team_id) ?? []).slice(0, rng.int(3, 6)))
        hoursRows.push({
          district_id: districtId,
          id: uuidv7(at),
          member_id: m,
          team_id: p.team_id,
          order_id: id,
          duty: '',
          served_on: day,
          hours: rng.int(2, 4),
          state: 'confirmed',
        });
  }
  // shehui's troupe performed these days ago but has not recorded them yet (the e2e records one)
  const led = teams.find((t) => t.kind === 'troupe')!;
  for (let back = 1; back <= 3; back++) {
    if (taken.has(`${led.id}|${dayOf(today.getTime() - back * DAY)}|eve`)) continue;
    orders.push({
      ...orders[0],
      id: uuidv7(),
      node_id: demoCommunity,
      programme_id: programmes.find((p) => p.team_id === led.id)!.id,
      team_id: led.id,
      on_day: dayOf(today.getTime() - back * DAY),
      half: 'eve',
      place: '社区文化广场',
      state: 'accepted',
      audience: null,
      rating: null,
      comment: '',
      version: 2,
    });
  }
  await db.insertInto('culture_orders').values(orders).execute();
  // duty hours of the professional and street teams' volunteers: some a few, some every week
  for (const t of teams.filter((x) => x.kind !== 'troupe'))
    for (const m of byTeam.get(t.id)!) {
      const n = rng.chance(0.12) ? rng.int(60, 100) : rng.int(0, 25);
      for (let i = 0; i < n; i++) {
        const at = since.getTime() + rng.int(0, 362) * DAY;
        hoursRows.push({
          district_id: districtId,
          id: uuidv7(at),
          member_id: m,
          team_id: t.id,
          order_id: null,
          duty: t.kind === 'street' ? '文化站值守' : '场馆导赏',
          served_on: dayOf(at),
          hours: rng.int(2, 4),
          state: 'confirmed',
        });
      }
    }
  for (let i = 0; i < hoursRows.length; i += 2000)
    await db
      .insertInto('culture_hours')
      .values(hoursRows.slice(i, i + 2000))
      .execute();

  // today, through the service: orders for shehui's troupe to accept, hours for shehui to confirm
  const troupe = teams.find((t) => t.kind === 'troupe')!;
  const own = programmes.filter((p) => p.team_id === troupe.id);
  for (const [i, p] of own.slice(0, 2).entries())
    await svc.order(shequ, {
      nodeId: demoCommunity,
      programmeId: p.id,
      onDay: dayOf(today.getTime() + (10 + i * 7) * DAY),
      half: 'pm',
      place: '社区文化广场',
      note: '',
    });
  for (const m of byTeam.get(troupe.id)!.slice(0, 2))
    await svc.logHours(jiedao, {
      memberId: m,
      servedOn: dayOf(today.getTime() - DAY),
      hours: 3,
      duty: '文化站值守',
    });

  // certificates for the year's five-star volunteers, and nominations upward
  const year = Number(dayOf(today.getTime()).slice(0, 4));
  const stars = await svc.volunteers(zzb, { year, nodeId: districtId });
  const fives = stars.volunteers.filter((v) => v.stars === 5);
  for (const v of fives.slice(0, 8)) await svc.certify(zzb, { memberId: v.memberId, year });
  for (const v of fives.slice(0, 3))
    await svc.nominate(zzb, {
      memberId: v.memberId,
      year,
      title: 'city_five_star',
      reason: '全年坚守文化场馆志愿服务',
    });
  for (const v of stars.volunteers.filter((x) => x.stars >= 3 && x.stars < 5).slice(0, 2))
    await svc.nominate(zzb, { memberId: v.memberId, year, title: 'outstanding', reason: '文化惠民演出骨干' });
  // the district's nomination quotas for the demo street this year (the places above are taken)
  await svc.setQuota(zzb, { nodeId: demoStreet, year, title: 'city_five_star', quota: 3 });
  await svc.setQuota(zzb, { nodeId: demoStreet, year, title: 'outstanding', quota: 5 });
}
