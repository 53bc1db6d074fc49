/**
 * Field-work set-up of the demo district, made through the modules' own services as the district
 * organisation department: routing rules sending each event category to a department, and the
 * demo grid worker assigned to the grid of his grant, with the housing, population and legal-entity
 * registers of his grid filled in, so his due list, his visits and the dispatch of his reports work on
 * the first start. Most population rows are residents already in the people register (the officer
 * looks their ID numbers up, an audited reveal), so the register shows the link; one is a newcomer.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { makeNationalId } from '../server/platform/pii/national-id.ts';
import { shanghaiDay } from '../server/platform/time.ts';

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

/** Sets up routing and the grid worker's assignment; run once, right after the demo accounts exist. */
export async function seedFieldWork(services: Services, db: Db, districtId: string): Promise<void> {
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
  const departments = new Map(
    (
      await db
        .selectFrom('org_nodes')
        .select(['id', 'name'])
        .where('district_id', '=', districtId)
        .where('level', '=', 'department')
        .execute()
    ).map((r) => [r.name, r.id]),
  );
  for (const [category, department] of Object.entries(DEMO_ROUTING)) {
    const departmentId = departments.get(department);
    if (departmentId)
      await services.events.setRoutingRule(officer, { category, nodeId: districtId, departmentId });
  }
  const worker = await actorOf('wangge');
  const grid = worker.grants.find((g) => g.role === 'grid_worker');
  if (!grid) return;
  await services.grid.assign(officer, {
    userId: worker.userId,
    nodeId: grid.nodeId,
    kind: 'worker',
    from: shanghaiDay(),
  });
  // the worker's own registers: every room of the first buildings of his grid, and two shops
  const self: RequestContext = { ...officer, actor: worker };
  const buildings = await db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'building')
    .where('path', 'like', `${grid.path}%`)
    .orderBy('path')
    .limit(DEMO_BUILDINGS)
    .execute();
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
}

/** How many buildings of the demo grid worker's grid get a housing register. */
const DEMO_BUILDINGS = 3;
/** How many residents of the first building are entered in the population register. */
const DEMO_RESIDENTS = 4;
