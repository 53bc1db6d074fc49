/**
 * Field work of the demo district, so the grid pages show a district in use on the first start:
 *
 * - through the modules' own services, as the district organisation department: routing rules
 *   sending each event category to a department; the demo grid worker assigned to his grid (for the
 *   past year) with the housing, population and legal-entity registers of it; the civilisation-city
 *   assessment standards (12 projects, 90 items, 188 standards, demo/civilisation.ts); the demo
 *   cadre 干部 as 文明城市创建网格长 of four grids, with last week's walk and what it found raised as
 *   events (seed 003);
 * - in bulk (a few statements, like the events' loader), what a year would have written: the
 *   worker's weekly visits to every household (a few early, a few late, some due today still to do),
 *   the head's weekly walks (most weeks), the rest of the district's 1,547 grids headed by 400
 *   division-level cadres walking them over the last twelve weeks, and an outline for every grid
 *   around its community (placed as demo/events.ts places community points).
 *
 * Most population rows are residents already in the people register (the officer looks their ID
 * numbers up, an audited reveal), so the register shows the link; one is a newcomer. Deterministic:
 * demo/prng.ts and the `today` passed in; no other clock.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { makeNationalId } from '../server/platform/pii/national-id.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { addDays, formatNumber, weekOf } from '../server/modules/grid/grid.rules.ts';
import { civilisationStandardsCsv } from './civilisation.ts';
import { GIVEN_CHARS_M, SURNAMES } from './names.ts';
import { IdMaker, Rng } from './prng.ts';

/** Which department handles each event category in the demo district. */
export const DEMO_ROUTING: Record<string, string> = {
  fire_hazard: '区应急管理局',
  illegal_construction: '区住房和建设局',
  sanitation: '区城市管理和综合执法局',
  dispute: '区司法局',
  three_small_safety: '区应急管理局',
  road_damage: '区城市管理和综合执法局',
  rental_safety: '区住房和建设局',
  public_order: '区公安分局',
  other: '区城市管理和综合执法局',
};

/** How many buildings of the demo grid worker's grid get a housing register. */
const DEMO_BUILDINGS = 3;
/** How many residents of the first building are entered in the population register. */
const DEMO_RESIDENTS = 4;
/** Grids the demo cadre heads. */
const HEADED_GRIDS = 4;
/** Other division-level cadres heading the district's grids (seed 003: 400+ for 1,547 grids). */
const OTHER_HEADS = 400;
/** Weeks of walks by the other heads. */
const HEAD_WEEKS = 12;
/** Where 福田区 is (WGS-84); communities are placed around it as demo/events.ts places them. */
const CENTRE = { lat: 22.541, lng: 114.055 };
/** Side of a grid's square outline, in degrees (about 250 m). */
const GRID_SIDE = 0.0024;

const CHUNK = 2000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Sets up the field work as of a day (today by default); run once, right after the demo accounts exist. */
export async function seedFieldWork(
  services: Services,
  db: Db,
  districtId: string,
  today: string = shanghaiDay(),
): Promise<void> {
  const rng = new Rng('gongzhi-fieldwork');
  const ids = new IdMaker('gongzhi-fieldwork', Date.parse(`${addDays(today, -366)}T00:00:00Z`));
  const yearAgo = addDays(today, -364);
  const idOf = async (username: string) =>
    (
      await db
        .selectFrom('accounts_users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const actorOf = async (username: string) => (await services.accounts.loadActor(await idOf(username)))!;
  const officer: RequestContext = {
    actor: await actorOf('zzb'),
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  };
  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'parent_id', 'name', 'level', 'path'])
    .where('district_id', '=', districtId)
    .where('level', 'in', ['district', 'community', 'grid', 'department', 'building'])
    .orderBy('path')
    .execute();
  const district = nodes.find((n) => n.level === 'district')!;
  const departments = new Map(nodes.filter((n) => n.level === 'department').map((n) => [n.name, n.id]));
  for (const [category, department] of Object.entries(DEMO_ROUTING)) {
    const departmentId = departments.get(department);
    if (departmentId)
      await services.events.setRoutingRule(officer, { category, nodeId: districtId, departmentId });
  }

  // every grid gets an outline around its community
  const communities = nodes.filter((n) => n.level === 'community');
  const grids = nodes.filter((n) => n.level === 'grid');
  const centre = new Map(
    communities.map((c, i) => {
      const a = (i / communities.length) * 2 * Math.PI * 7;
      const r = 0.004 + (0.028 * ((i * 37) % communities.length)) / communities.length;
      return [c.id, { lat: CENTRE.lat + r * Math.sin(a) * 0.6, lng: CENTRE.lng + r * Math.cos(a) }];
    }),
  );
  const nth = new Map<string, number>();
  const outlines = grids.map((g) => {
    const k = nth.get(g.parent_id!) ?? 0;
    nth.set(g.parent_id!, k + 1);
    const c = centre.get(g.parent_id!) ?? CENTRE;
    const minLat = c.lat + (Math.floor(k / 4) - 1.5) * GRID_SIDE;
    const minLng = c.lng + ((k % 4) - 2) * GRID_SIDE;
    const [maxLat, maxLng] = [minLat + GRID_SIDE * 0.96, minLng + GRID_SIDE * 0.96];
    const ring = [
      [minLng, minLat],
      [maxLng, minLat],
      [maxLng, maxLat],
      [minLng, maxLat],
      [minLng, minLat],
    ].map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);
    return {
      district_id: districtId,
      node_id: g.id,
      geojson: JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
      min_lng: ring[0][0],
      min_lat: ring[0][1],
      max_lng: ring[2][0],
      max_lat: ring[2][1],
    };
  });
  await insertChunked(outlines, (rows) => db.insertInto('grid_outlines').values(rows).execute());

  // the assessment standards, as the district imports them
  await services.grid.importStandards(officer, districtId, civilisationStandardsCsv());

  const worker = await actorOf('wangge');
  const grid = worker.grants.find((g) => g.role === 'grid_worker');
  if (!grid) return;
  await services.grid.assign(officer, {
    userId: worker.userId,
    nodeId: grid.nodeId,
    kind: 'worker',
    from: yearAgo,
  });
  // the worker's own registers: every room of the first buildings of his grid, and two shops
  const self: RequestContext = { ...officer, actor: worker };
  const buildings = nodes
    .filter((n) => n.level === 'building' && n.path.startsWith(grid.path))
    .slice(0, DEMO_BUILDINGS);
  for (const [b, building] of buildings.entries())
    for (let floor = 1; floor <= 3; floor++)
      for (let door = 1; door <= 2; door++) {
        const n = b * 6 + (floor - 1) * 2 + door;
        await services.grid.createRecord(self, 'housing', {
          nodeId: building.id,
          attrs: {
            building: building.name,
            unit: '1单元',
            room: `${floor}0${door}`,
            occupancy: n % 3 === 0 ? 'rented' : n % 7 === 0 ? 'vacant' : 'owner',
            areaM2: 60 + ((n * 13) % 70),
          },
        });
      }
  // population: residents of the first building, as the worker would enter them from their ID cards
  const residents = buildings[0]
    ? await db
        .selectFrom('people_persons')
        .select(['id', 'name'])
        .where('district_id', '=', districtId)
        .where('node_id', '=', buildings[0].id)
        .orderBy('name')
        .limit(DEMO_RESIDENTS)
        .execute()
    : [];
  for (const [i, r] of residents.entries()) {
    const { nationalId } = await services.people.reveal(officer, r.id, { reason: 'visit' });
    await services.grid.createRecord(self, 'population', {
      nodeId: buildings[0].id,
      attrs: { name: r.name, nationalId, residence: 'registered', specialCare: i === 0 },
    });
  }
  await services.grid.createRecord(self, 'population', {
    nodeId: buildings[0]?.id ?? grid.nodeId,
    attrs: {
      name: '陈小明',
      nationalId: makeNationalId('431102', '1996-04-18', 273),
      residence: 'floating',
    },
  });
  const shops = [
    { name: '百花便利店', type: 'shop', threeSmall: true },
    { name: '百花小餐馆', type: 'shop', threeSmall: true },
    { name: '园岭科技有限公司', type: 'enterprise', threeSmall: false },
  ];
  for (const shop of shops)
    await services.grid.createRecord(self, 'entity', {
      nodeId: buildings[0]?.id ?? grid.nodeId,
      attrs: { ...shop, address: `${buildings[0]?.name ?? ''}首层` },
    });

  // ---- a year of the worker's weekly visits (the registers were made a year ago)
  const yearAgoAt = new Date(`${yearAgo}T09:00:00+08:00`);
  const records = await db
    .selectFrom('grid_records')
    .select(['id', 'node_id', 'kind'])
    .where('district_id', '=', districtId)
    .where('node_id', 'in', [grid.nodeId, ...buildings.map((b) => b.id)])
    .orderBy('id')
    .execute();
  await db
    .updateTable('grid_records')
    .set({ created_at: yearAgoAt })
    .where('district_id', '=', districtId)
    .where(
      'id',
      'in',
      records.map((r) => r.id),
    )
    .execute();
  type Visit = { record: (typeof records)[number]; day: string; minute: number };
  const visits: Visit[] = [];
  for (const record of records) {
    // most households are visited on their due day; some a day early, some late; none twice a day
    let last = yearAgo;
    for (;;) {
      const roll = rng.next();
      const day = addDays(last, 7 + (roll < 0.12 ? -1 : roll < 0.85 ? 0 : rng.int(1, 3)));
      if (day >= today) break;
      visits.push({ record, day, minute: rng.int(0, 8 * 60) });
      last = day;
    }
  }
  const visitRows = (await numbered(db, visits, (v) => v.day, districtId, district.name, 'visit')).map(
    ({ item: v, number }) => ({
      district_id: districtId,
      id: ids.next(),
      record_id: v.record.id,
      node_id: v.record.node_id,
      user_id: worker.userId,
      user_name: worker.displayName,
      as_cadre: false,
      visited_at: new Date(Date.parse(`${v.day}T09:00:00+08:00`) + v.minute * 60_000),
      day: v.day,
      number,
      lat: null,
      lng: null,
      result: rng.chance(0.9) ? 'met' : 'nobody_home',
      note: '',
      verified_count: rng.chance(0.3) ? 1 : 0,
      changed_count: 0,
    }),
  );
  await insertChunked(visitRows, (rows) => db.insertInto('grid_visits').values(rows).execute());
  for (const r of records) {
    const mine = visitRows.filter((v) => v.record_id === r.id);
    if (mine.length)
      await db
        .updateTable('grid_records')
        .set({ last_visited_at: mine[mine.length - 1].visited_at })
        .where('district_id', '=', districtId)
        .where('id', '=', r.id)
        .execute();
  }

  // ---- 网格长: the demo cadre heads four grids (his worker's grid first) and walks them weekly
  const cadre = await actorOf('ganbu');
  const headed = [
    grids.find((g) => g.id === grid.nodeId)!,
    ...grids.filter((g) => g.id !== grid.nodeId),
  ].slice(0, HEADED_GRIDS);
  for (const g of headed)
    await services.grid.assign(officer, { userId: cadre.userId, nodeId: g.id, kind: 'head', from: yearAgo });
  // the other grids: 400 division-level cadres, each heading about four, for the last twelve weeks
  const others = grids.filter((g) => !headed.includes(g));
  const heads = Array.from({ length: OTHER_HEADS }, (_, i) => ({
    userId: ids.next(),
    name: `${SURNAMES[(i * 7) % SURNAMES.length]}${GIVEN_CHARS_M[(i * 5) % GIVEN_CHARS_M.length]}${GIVEN_CHARS_M[(i * 11 + 3) % GIVEN_CHARS_M.length]}`,
    diligence: 0.6 + 0.38 * rng.next(),
  }));
  const since = addDays(weekOf(today), -7 * HEAD_WEEKS);
  const headOf = (k: number) => heads[k % heads.length];
  await insertChunked(
    others.map((g, k) => ({
      district_id: districtId,
      id: ids.next(),
      user_id: headOf(k).userId,
      user_name: headOf(k).name,
      node_id: g.id,
      kind: 'head',
      from_day: since,
      to_day: null,
    })),
    (rows) => db.insertInto('grid_assignments').values(rows).execute(),
  );
  type Walk = { nodeId: string; userId: string; userName: string; day: string };
  const walks: Walk[] = [];
  // the demo cadre: most weeks of the year, this week still to walk
  for (let w = weekOf(yearAgo); w < weekOf(today); w = addDays(w, 7))
    for (const g of headed)
      if (rng.chance(0.88))
        walks.push({
          nodeId: g.id,
          userId: cadre.userId,
          userName: cadre.displayName,
          day: addDays(w, rng.int(0, 4)),
        });
  for (let w = since; w <= weekOf(today); w = addDays(w, 7))
    others.forEach((g, k) => {
      const day = addDays(w, rng.int(0, 4));
      if (day < today && rng.chance(headOf(k).diligence))
        walks.push({ nodeId: g.id, userId: headOf(k).userId, userName: headOf(k).name, day });
    });
  const standards = await db
    .selectFrom('grid_civ_standards')
    .select('id')
    .where('district_id', '=', districtId)
    .orderBy('code')
    .execute();
  const findings: {
    district_id: string;
    id: string;
    patrol_id: string;
    node_id: string;
    standard_id: string;
    note: string;
    event_id: null;
    rectified_at: Date;
    lat: null;
    lng: null;
  }[] = [];
  const walkRows = (await numbered(db, walks, (w) => w.day, districtId, district.name, 'patrol')).map(
    ({ item: w, number }) => {
      const startedAt = new Date(Date.parse(`${w.day}T15:00:00+08:00`));
      const id = ids.next();
      // a walk now and then finds something it has put right on the spot
      if (standards.length && rng.chance(0.15))
        findings.push({
          district_id: districtId,
          id: ids.next(),
          patrol_id: id,
          node_id: w.nodeId,
          standard_id: standards[rng.int(0, standards.length - 1)].id,
          note: rng.pick(['已督促物业清理', '已现场整改', '已提醒商户规范经营', '已联系社区跟进']),
          event_id: null,
          rectified_at: startedAt,
          lat: null,
          lng: null,
        });
      return {
        district_id: districtId,
        id,
        node_id: w.nodeId,
        user_id: w.userId,
        user_name: w.userName,
        started_at: startedAt,
        ended_at: new Date(startedAt.getTime() + 3600_000),
        track: '[]',
        note: '网格长周巡',
        number,
        as_head: true,
        week: weekOf(w.day),
      };
    },
  );
  await insertChunked(walkRows, (rows) => db.insertInto('grid_patrols').values(rows).execute());
  await insertChunked(findings, (rows) => db.insertInto('grid_patrol_findings').values(rows).execute());

  // last week's walk of his first grid, through the service: what it found is raised as events
  const head: RequestContext = { ...officer, actor: cadre };
  const lastWeek = addDays(weekOf(today), -7);
  const byCode = async (code: string) =>
    (
      await db
        .selectFrom('grid_civ_standards')
        .select('id')
        .where('district_id', '=', districtId)
        .where('code', '=', code)
        .executeTakeFirstOrThrow()
    ).id;
  // a place inside the headed grid's outline
  const box = outlines.find((o) => o.node_id === headed[0].id)!;
  const placeIn = (f: number) => ({
    lat: Math.round((box.min_lat + (box.max_lat - box.min_lat) * f) * 1e6) / 1e6,
    lng: Math.round((box.min_lng + (box.max_lng - box.min_lng) * (1 - f)) * 1e6) / 1e6,
  });
  await services.grid.logPatrol(head, {
    id: ids.next(),
    nodeId: headed[0].id,
    startedAt: `${addDays(lastWeek, 4)}T16:30:00+08:00`,
    endedAt: `${addDays(lastWeek, 4)}T17:40:00+08:00`,
    track: [],
    note: '与社区书记、工作站站长同行，查缺补漏',
    findings: [
      {
        id: ids.next(),
        standardId: await byCode('01.05.1'),
        note: '3栋垃圾分类亭满溢',
        raise: true,
        rectified: false,
        position: placeIn(0.3),
      },
      {
        id: ids.next(),
        standardId: await byCode('02.02.1'),
        note: '小区门口单车乱停',
        raise: true,
        rectified: false,
        position: placeIn(0.7),
      },
      {
        id: ids.next(),
        standardId: await byCode('04.05.1'),
        note: '楼道杂物已当场清理',
        raise: false,
        rectified: true,
      },
    ],
  });
}

/**
 * Gives each item a number of its kind for its day, in day order (福田-20261206-0007), and stores
 * each day's last number, so the service numbers on from there.
 */
async function numbered<T>(
  db: Db,
  items: T[],
  dayOf: (t: T) => string,
  districtId: string,
  districtName: string,
  kind: 'visit' | 'patrol',
): Promise<{ item: T; number: string }[]> {
  const seq = new Map<string, number>();
  const out = [...items]
    .sort((a, b) => (dayOf(a) < dayOf(b) ? -1 : dayOf(a) > dayOf(b) ? 1 : 0))
    .map((item) => {
      const n = (seq.get(dayOf(item)) ?? 0) + 1;
      seq.set(dayOf(item), n);
      return { item, number: formatNumber(districtName, dayOf(item), n) };
    });
  await insertChunked(
    [...seq].map(([day, last]) => ({ district_id: districtId, kind, day, last })),
    (rows) => db.insertInto('grid_numbers').values(rows).execute(),
  );
  return out;
}
