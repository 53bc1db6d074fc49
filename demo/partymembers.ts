/**
 * A year of mobile party members 流动党员 in the demo district (seed 001, Beilun), made through the
 * partymembers service as the street officer `jiedao`: the street's return code 归队码, inflow
 * members (the register's mobile party members) and outflow members with the five clears partly
 * filled, their moves spread over the twelve months, some scans, a few returns, and a vanguard
 * team 党群先锋队 per community with services given. The demo party member `dangyuan` is left
 * off the register so they can scan the code themselves.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { createPartyMembersReader } from '../server/modules/people/index.ts';
import { Rng } from './prng.ts';

const DESTINATIONS = [
  ['浙江省宁波市北仑区', 29.9, 121.84],
  ['广东省东莞市', 23.02, 113.75],
  ['广东省广州市天河区', 23.13, 113.36],
  ['上海市浦东新区', 31.22, 121.54],
  ['江苏省苏州市工业园区', 31.32, 120.72],
  ['北京市朝阳区', 39.92, 116.44],
] as const;
const ORIGINS = [
  '湖南省衡阳市',
  '江西省赣州市',
  '广西壮族自治区玉林市',
  '四川省南充市',
  '河南省信阳市',
  '湖北省黄冈市',
];
const WORKS = [
  '外卖骑手',
  '快递员',
  '建筑工人',
  '网约车司机',
  '电子厂技术员',
  '个体经营',
  '家政服务',
  '餐饮店员',
];
const CONDUCTS = ['按时参加流入地组织生活', '积极参加志愿服务', '按时交纳党费，表现良好', ''];
const SERVICES = ['文明宣传', '抗疫抗台', '困难群体帮扶', '垃圾分类督导'];

/** Seeds the year; fast (a few dozen service calls). */
export async function seedPartymembers(
  services: Services,
  db: Db,
  districtId: string,
  today: string,
): Promise<void> {
  const rng = new Rng('partymembers');
  const user = async (username: string) =>
    await db
      .selectFrom('accounts_users')
      .select(['id', 'person_id'])
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
  const ctxOf = async (userId: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(userId))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const street = await ctxOf((await user('jiedao')).id);
  const dangyuan = (await user('dangyuan')).person_id;
  const grant = street.actor!.grants.find((g) => g.role === 'street_officer')!;
  const pm = services.partymembers;
  const origin = 'http://localhost:3000';

  await pm.createCode(street, { nodeId: grant.nodeId }, origin);

  const branches = (await services.org.partyOrgsUnder(grant.path)).filter((o) =>
    ['branch', 'general_branch', 'hometown', 'four_in_one'].includes(o.kind),
  );
  if (!branches.length) return;
  const inBranch = new Set(branches.map((b) => b.id));
  const reader = createPartyMembersReader({ db, pii: services.pii });
  const all = (await reader.partyMembersOf(districtId, { limit: 5000 })).filter(
    (m) => inBranch.has(m.partyOrgId) && m.personId !== dangyuan,
  );
  const mobile = all.filter((m) => m.mobile).slice(0, 36);
  const settled = all.filter((m) => !m.mobile).slice(0, 24);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  // a day in the last twelve months, weighted to the months after the Spring Festival
  const dayInYear = () => {
    const back = rng.int(0, 11);
    const m = ((month - 1 - back + 12) % 12) + 1;
    const y = month - 1 - back < 0 ? year - 1 : year;
    const d = String(
      rng.int(
        1,
        m === Number(today.slice(5, 7)) && y === year ? Math.max(1, Number(today.slice(8, 10))) : 28,
      ),
    ).padStart(2, '0');
    return `${y}-${String(m).padStart(2, '0')}-${d}`;
  };
  const pick = <T>(xs: readonly T[]) => xs[rng.int(0, xs.length - 1)];
  const made: { id: string; direction: 'in' | 'out'; nodeId: string }[] = [];
  for (const [i, m] of [...mobile, ...settled].entries()) {
    const direction = i < mobile.length ? 'in' : 'out';
    const branch =
      direction === 'in' ? pick(branches) : (branches.find((b) => b.id === m.partyOrgId) ?? pick(branches));
    const dest = pick(DESTINATIONS);
    const full = rng.chance(0.7);
    const r = await pm.create(street, {
      personId: m.personId,
      partyOrgId: branch.id,
      direction,
      leftOn: dayInYear(),
      origin: direction === 'in' ? pick(ORIGINS) : '',
      destination: direction === 'in' ? `${branch.nodeName}` : dest[0],
      lat: direction === 'in' ? 22.54 + rng.int(-30, 30) / 1000 : dest[1],
      lng: direction === 'in' ? 114.05 + rng.int(-30, 30) / 1000 : dest[2],
      work: full || rng.chance(0.5) ? pick(WORKS) : '',
      conduct: full ? pick(CONDUCTS.slice(0, 3)) : '',
      basicChecked: full,
    });
    made.push({ id: r.id, direction, nodeId: branch.nodeId });
  }
  // a few came home
  for (const x of made.filter((x) => x.direction === 'out').slice(0, 3)) {
    const m = await pm.get(street, x.id);
    const back = dayInYear();
    if (!m.leftOn || back > m.leftOn)
      await pm.markReturned(street, x.id, { returnedOn: back, version: m.version });
  }
  // a vanguard team per community with inflow members, and their services
  const communities = [...new Set(made.filter((x) => x.direction === 'in').map((x) => x.nodeId))].slice(0, 3);
  for (const nodeId of communities) {
    const node = await services.org.findNode(nodeId);
    const team = await pm.createTeam(street, {
      nodeId,
      name: `${node?.name ?? ''}党群先锋队`,
      services: SERVICES,
    });
    for (const x of made.filter((y) => y.direction === 'in' && y.nodeId === nodeId).slice(0, 6)) {
      const m = await pm.get(street, x.id);
      await pm.update(street, x.id, { teamId: team.id, version: m.version });
      for (let k = rng.int(1, 4); k > 0; k--)
        await pm.recordService(street, x.id, {
          service: pick(SERVICES),
          servedOn: dayInYear(),
          hours: rng.int(1, 4),
          note: '',
        });
    }
  }
}
