/**
 * The deterministic generator of the demo district, at any scale: 深圳市 > 福田区 > 10 streets > 95
 * communities > 1,547 grids > micro-grids > buildings, departments, party organisations, and a
 * stream of synthetic residents with valid ID numbers and their identities. Pure: no IO, no clock,
 * no Math.random; the same seed and size give the same rows.
 */
import { makeNationalId } from '../server/platform/pii/national-id.ts';
import { childPath, rootPath, type Level, type PartyOrgKind } from '../server/modules/org/org.rules.ts';
import { IdMaker, Rng, weightTable } from './prng.ts';
import * as W from './names.ts';

/** The size and seed of a demo district. */
export interface DemoOptions {
  seed: string;
  residents: number;
}

/** The default demo: what the first `npm start` loads. */
export const DEFAULT_DEMO: DemoOptions = { seed: 'gongzhi', residents: 20_000 };

/** The reference day of the demo (ages and dates are computed from it, never from the clock). */
export const DEMO_TODAY = '2026-01-01';

/** One node of the tree as the generator makes it. */
export interface NodeSpec {
  districtId: string;
  id: string;
  parentId: string | null;
  level: Level;
  name: string;
  /** Pieces the name is made of, when pinyin may be computed piece by piece (see copy.ts). */
  parts?: string[];
  code: string | null;
  path: string;
  depth: number;
  sort: number;
}

/** One party organisation. */
export interface PartyOrgSpec {
  districtId: string;
  id: string;
  nodeId: string;
  parentOrgId: string | null;
  kind: PartyOrgKind;
  name: string;
  /** Pieces the name is made of (see NodeSpec.parts). */
  parts?: string[];
}

/** An identity held by a person (attrs as people.schemas.ts validates them). */
export interface IdentitySpec {
  id: string;
  kind: 'resident' | 'party_member' | 'cadre' | 'grid_worker' | 'volunteer' | 'deputy';
  attrs: Record<string, unknown>;
}

/** One synthetic person with plaintext personal data (encrypted only when encoded for the database). */
export interface PersonSpec {
  districtId: string;
  id: string;
  nodeId: string;
  /** The community the person lives in (for placing demo accounts). */
  communityId: string;
  name: string;
  gender: 'M' | 'F';
  birthDate: string;
  nationalId: string;
  phone: string | null;
  address: string;
  identities: IdentitySpec[];
}

interface Building {
  node: NodeSpec;
  grid: number;
  estate: string;
}

/** The generated tree with the indexes the person stream and the accounts need. */
export interface DemoTree {
  opts: DemoOptions;
  city: NodeSpec;
  district: NodeSpec;
  nodes: NodeSpec[];
  partyOrgs: PartyOrgSpec[];
  streets: NodeSpec[];
  departments: NodeSpec[];
  communities: NodeSpec[];
  grids: NodeSpec[];
  /** Community index of each grid. */
  gridCommunity: number[];
  /** Street index of each community. */
  communityStreet: number[];
  buildings: Building[];
  /** Party branch of each grid. */
  gridBranch: string[];
  /** Committee of each cadre unit (departments then streets). */
  unitCommittee: Map<string, string>;
  hometownBranches: string[];
  /** Households per building: residents scale the households, not the tree. */
  roomsPerBuilding: number;
  /** The id maker, continued by the person stream. */
  ids: IdMaker;
}

/** How many people of each special kind a district of this size holds. */
export function specialCounts(residents: number) {
  return {
    cadres: Math.min(500, Math.floor(residents * 0.025)),
    gridWorkers: Math.min(300, Math.floor(residents * 0.015)),
    deputies: Math.min(200, Math.floor(residents * 0.01)),
  };
}

/** Builds the tree and the party organisations. About 16,000 nodes whatever the population. */
export function buildTree(opts: DemoOptions): DemoTree {
  const rng = new Rng(`${opts.seed}/tree`);
  const ids = new IdMaker(opts.seed);
  const nodes: NodeSpec[] = [];
  const partyOrgs: PartyOrgSpec[] = [];

  const add = (
    parent: NodeSpec | null,
    level: Level,
    name: string | string[],
    code: string | null,
    sort: number,
  ): NodeSpec => {
    const id = ids.next();
    const districtId = level === 'city' || level === 'district' ? id : parent!.districtId;
    const n: NodeSpec = {
      districtId,
      id,
      parentId: parent?.id ?? null,
      level,
      name: typeof name === 'string' ? name : name.join(''),
      parts: typeof name === 'string' ? undefined : name,
      code,
      path: parent ? childPath(parent.path, id) : rootPath(id),
      depth: parent ? parent.depth + 1 : 0,
      sort,
    };
    nodes.push(n);
    return n;
  };
  const org = (node: NodeSpec, parentOrgId: string | null, kind: PartyOrgKind, name: string | string[]) => {
    const id = ids.next();
    const whole = typeof name === 'string' ? name : name.join('');
    const parts = typeof name === 'string' ? undefined : name;
    partyOrgs.push({
      districtId: node.districtId,
      id,
      nodeId: node.id,
      parentOrgId,
      kind,
      name: whole,
      parts,
    });
    return id;
  };

  const city = add(null, 'city', '深圳市', '440300', 0);
  const district = add(city, 'district', '福田区', '440304', 0);
  const districtCommittee = org(district, null, 'committee', '中共深圳市福田区委员会');
  const unitCommittee = new Map<string, string>();

  const departments = W.DEPARTMENTS.map(([code, name], i) => {
    const d = add(district, 'department', name, code, i);
    unitCommittee.set(d.id, org(d, districtCommittee, 'committee', `${name}机关党委`));
    return d;
  });

  // spread the grids over the communities: every community gets at least 8, the rest by weight
  const communityCount = W.FUTIAN.reduce((s, st) => s + st.communities.length, 0);
  const weights = Array.from({ length: communityCount }, () => 0.5 + rng.next());
  const spare = W.FUTIAN_GRIDS - 8 * communityCount;
  const wsum = weights.reduce((a, b) => a + b, 0);
  const gridCounts = weights.map((w) => 8 + Math.floor((w / wsum) * spare));
  for (let left = W.FUTIAN_GRIDS - gridCounts.reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i++)
    gridCounts[i % communityCount]++;

  const streets: NodeSpec[] = [];
  const communities: NodeSpec[] = [];
  const communityStreet: number[] = [];
  const grids: NodeSpec[] = [];
  const gridCommunity: number[] = [];
  const gridBranch: string[] = [];
  const buildings: Building[] = [];
  const hometownBranches: string[] = [];

  W.FUTIAN.forEach((st, si) => {
    const street = add(district, 'street', st.name, st.code, si);
    streets.push(street);
    const streetCommittee = org(street, districtCommittee, 'committee', `中共福田区${st.name}工作委员会`);
    unitCommittee.set(street.id, streetCommittee);
    hometownBranches.push(
      org(
        street,
        streetCommittee,
        'hometown',
        `${st.name}${W.HOMETOWNS[si % W.HOMETOWNS.length]}籍流动党员党支部`,
      ),
    );
    st.communities.forEach((short, ci) => {
      const cName = `${short}社区`;
      const community = add(street, 'community', cName, `${st.code}${String(ci + 1).padStart(3, '0')}`, ci);
      const cIndex = communities.length;
      communities.push(community);
      communityStreet.push(si);
      const committee = org(community, streetCommittee, 'committee', `中共${st.name}${cName}委员会`);
      let branchParent = committee;
      if (ci % 3 === 0)
        branchParent = org(community, committee, 'general_branch', `${cName}第一党总支部委员会`);
      const estates: string[] = [];
      const estate = () => {
        let e = '';
        do e = rng.pick(W.ESTATE_WORDS) + rng.pick(W.ESTATE_KINDS);
        while (estates.includes(e) && estates.length < 40);
        estates.push(e);
        return e;
      };
      const first = estate();
      org(community, committee, 'four_in_one', `${first}“四位一体”联合党支部`);
      if (si === 2 || si === 7 || si === 8) org(community, committee, 'building', `${short}商务楼宇联合党委`);
      for (let g = 1; g <= gridCounts[cIndex]; g++) {
        const grid = add(community, 'grid', [short, `第${g}网格`], null, g);
        const gIndex = grids.length;
        grids.push(grid);
        gridCommunity.push(cIndex);
        const branch = org(grid, branchParent, 'branch', [short, `第${g}网格党支部`]);
        gridBranch.push(branch);
        for (let m = 1; m <= 3; m++) {
          const micro = add(grid, 'micro_grid', [short, `${g}-${m}微网格`], null, m);
          org(micro, branch, 'group', [short, `${g}-${m}微网格党小组`]);
          const est = m === 1 && g === 1 ? first : estate();
          for (let b = 1; b <= 2; b++) {
            const no = (m - 1) * 2 + b;
            const node = add(micro, 'building', [est, `${no}栋`], null, b);
            buildings.push({ node, grid: gIndex, estate: est });
          }
        }
      }
    });
  });

  const roomsPerBuilding = Math.max(4, Math.round(opts.residents / buildings.length / 2.6));
  return {
    opts,
    city,
    district,
    nodes,
    partyOrgs,
    streets,
    departments,
    communities,
    grids,
    gridCommunity,
    communityStreet,
    buildings,
    gridBranch,
    unitCommittee,
    hometownBranches,
    roomsPerBuilding,
    ids,
  };
}

const DAY = 86_400_000;
const EPOCH = Date.UTC(1930, 0, 1);
const TODAY = Date.parse(`${DEMO_TODAY}T00:00:00Z`);
const DAYS = Math.floor((TODAY - EPOCH) / DAY);

function dateOf(day: number): string {
  return new Date(EPOCH + day * DAY).toISOString().slice(0, 10);
}

/** A day number ~age years before the demo's today, within [minAge, maxAge). */
function birthDay(rng: Rng, minAge: number, maxAge: number): number {
  const age = minAge + rng.next() * (maxAge - minAge);
  return Math.min(DAYS - 1, Math.max(0, Math.floor(DAYS - age * 365.25)));
}

const AGES = weightTable<[number, number]>([
  [[0, 7], 7],
  [[7, 18], 11],
  [[18, 30], 18],
  [[30, 45], 28],
  [[45, 60], 20],
  [[60, 75], 11],
  [[75, 92], 5],
]);

/**
 * Streams the people of the district: first the cadres, then the grid workers and deputies, then
 * everyone else, each with a home building, a valid ID number and identities. Memory stays flat
 * (one small counter table keeps ID numbers unique) whatever the count.
 */
export function* people(tree: DemoTree): Generator<PersonSpec> {
  const { residents, seed } = tree.opts;
  const rng = new Rng(`${seed}/people`);
  const ids = tree.ids;
  const special = specialCounts(residents);
  const surnames = weightTable([
    ...[...W.SURNAMES].map((s, i) => [s, 100 / (i + 8)] as const),
    ...W.COMPOUND_SURNAMES.map((s) => [s, 0.3] as const),
  ]);
  const szRegions = weightTable(W.SZ_REGIONS);
  const otherRegions = weightTable(W.OTHER_REGIONS);
  const regionIndex = new Map<string, number>();
  for (const [r] of [...W.SZ_REGIONS, ...W.OTHER_REGIONS]) regionIndex.set(r, regionIndex.size);
  // ID sequence numbers used per (region, birth day, gender): keeps every number unique
  const used = new Uint16Array(regionIndex.size * DAYS * 2);
  const units = [...tree.departments, ...tree.streets];
  const gridsPerWorker = tree.grids.length / Math.max(1, special.gridWorkers);

  const nameOf = (gender: 'M' | 'F') => {
    const surname = rng.weighted(surnames);
    const r = rng.next();
    if (r < 0.45) return surname + rng.pick(gender === 'M' ? W.GIVEN_M : W.GIVEN_F);
    const pool = gender === 'M' ? W.GIVEN_CHARS_M : W.GIVEN_CHARS_F;
    if (r < 0.55) return surname + rng.pick(pool);
    return surname + rng.pick(pool) + rng.pick(pool);
  };

  const nationalId = (region: string, day: number, gender: 'M' | 'F') => {
    const ri = regionIndex.get(region)!;
    for (;;) {
      const slot = (ri * DAYS + day) * 2 + (gender === 'M' ? 1 : 0);
      const n = used[slot];
      if (n < 500) {
        used[slot] = n + 1;
        return { id: makeNationalId(region, dateOf(day), n * 2 + (gender === 'M' ? 1 : 0)), day };
      }
      day = day > 0 ? day - 1 : DAYS - 1; // this day is full for this region: the day before
    }
  };

  const phone = () => rng.pick(W.PHONE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');

  for (let i = 0; i < residents; i++) {
    const isCadre = i < special.cadres;
    const gw = i - special.cadres;
    const isGridWorker = gw >= 0 && gw < special.gridWorkers;
    const dep = gw - special.gridWorkers;
    const isDeputy = dep >= 0 && dep < special.deputies;

    const gender: 'M' | 'F' = rng.chance(0.51) ? 'M' : 'F';
    let day: number;
    if (isCadre) day = birthDay(rng, 25, 59);
    else if (isGridWorker) day = birthDay(rng, 22, 50);
    else if (isDeputy) day = birthDay(rng, 30, 65);
    else {
      const [lo, hi] = rng.weighted(AGES);
      day = birthDay(rng, lo, hi);
    }
    const registered = isCadre || isDeputy || rng.chance(0.55);
    const region = rng.weighted(registered ? szRegions : otherRegions);
    const made = nationalId(region, day, gender);
    day = made.day;
    const age = (DAYS - day) / 365.25;

    // home: grid workers live in the first grid they look after
    let gridWorkerGrids: string[] = [];
    let building: Building;
    if (isGridWorker) {
      const from = Math.floor(gw * gridsPerWorker);
      const to = Math.max(from + 1, Math.floor((gw + 1) * gridsPerWorker));
      gridWorkerGrids = tree.grids.slice(from, to).map((g) => g.id);
      const first = tree.buildings.findIndex((b) => b.grid === from);
      building = tree.buildings[first + rng.int(0, 5)];
    } else building = tree.buildings[rng.int(0, tree.buildings.length - 1)];
    const communityIndex = tree.gridCommunity[building.grid];
    const community = tree.communities[communityIndex];
    const street = tree.streets[tree.communityStreet[communityIndex]];
    const room = rng.int(0, tree.roomsPerBuilding - 1);
    const floor = Math.floor(room / 6) + 1;
    const address = `深圳市福田区${street.name}${community.name}${building.node.name}${floor}${String((room % 6) + 1).padStart(2, '0')}房`;

    const identities: IdentitySpec[] = [
      {
        id: ids.next(),
        kind: 'resident',
        attrs: { residence: registered ? 'registered' : 'floating', specialCare: rng.chance(0.03) },
      },
    ];
    let partyOrgId: string | null = null;
    let mobile = false;
    if (isCadre) {
      const unit = units[i % units.length];
      if (rng.chance(0.85)) partyOrgId = tree.unitCommittee.get(unit.id)!;
      const posts = unit.level === 'street' ? W.STREET_POSTS : W.DEPT_POSTS;
      const rank = i < units.length ? 0 : i < units.length * 3 ? rng.int(1, 2) : rng.int(3, posts.length - 1);
      const unitSinceDay = Math.max(day + 23 * 365, DAYS - rng.int(180, 20 * 365));
      const postSinceDay = Math.min(
        DAYS - 30,
        unitSinceDay + rng.int(0, Math.max(0, DAYS - unitSinceDay - 30)),
      );
      identities.push({
        id: ids.next(),
        kind: 'cadre',
        attrs: {
          unitNodeId: unit.id,
          post: posts[rank],
          grade: W.GRADES[Math.min(W.GRADES.length - 1, rank * 2 + rng.int(0, 1))],
          postSince: dateOf(postSinceDay),
          unitSince: dateOf(unitSinceDay),
        },
      });
    } else if (age >= 18 && rng.chance(isDeputy ? 0.7 : isGridWorker ? 0.5 : 0.095)) {
      mobile = !registered && rng.chance(0.3);
      partyOrgId = mobile
        ? tree.hometownBranches[tree.communityStreet[communityIndex]]
        : tree.gridBranch[building.grid];
    }
    if (partyOrgId) {
      const joinedDay = rng.int(Math.min(day + Math.ceil(18.5 * 365.25), DAYS - 1), DAYS - 1);
      identities.push({
        id: ids.next(),
        kind: 'party_member',
        attrs: { partyOrgId, joinedOn: dateOf(joinedDay), mobile },
      });
    }
    if (isGridWorker)
      identities.push({ id: ids.next(), kind: 'grid_worker', attrs: { gridNodeIds: gridWorkerGrids } });
    if (isDeputy)
      identities.push({
        id: ids.next(),
        kind: 'deputy',
        attrs: { level: rng.chance(0.8) ? 'district' : 'city', term: '2021-2026' },
      });
    if (age >= 14 && rng.chance(0.06))
      identities.push({
        id: ids.next(),
        kind: 'volunteer',
        attrs: { team: `${community.name}志愿服务队`, hours: rng.int(2, 400) },
      });

    yield {
      districtId: tree.district.id,
      id: ids.next(),
      nodeId: building.node.id,
      communityId: community.id,
      name: nameOf(gender),
      gender,
      birthDate: dateOf(day),
      nationalId: made.id,
      phone: age >= 16 && rng.chance(0.93) ? phone() : null,
      address,
      identities,
    };
  }
}
