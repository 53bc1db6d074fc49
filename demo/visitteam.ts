/**
 * The 文明巡访团 of the demo district (seed 003 福田: 区级“文明巡访团”, 全民参与、全民监督、全民创文), made
 * through the visitteam service: `zzb` keeps a roster of 16 resident visitors (two out of term) and has
 * run a round a month for the past year in the demo street's communities, every other month in shequ's;
 * each held round recorded a few findings, most fixed by the community within a fortnight, the last
 * rounds' ones still open (shequ's home page); one round in four days has nobody on it yet (zzb's home
 * page) and one next month is staffed. Names and dates come from a fixed seed.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { shanghaiDay } from '../server/platform/time.ts';
import { CHECK_ITEMS, type CheckItem } from '../server/modules/visitteam/visitteam.rules.ts';
import { Rng } from './prng.ts';
import { GIVEN_F, GIVEN_M, SURNAMES } from './names.ts';

const SEEN: Record<CheckItem, [place: string, seen: string][]> = {
  sanitation: [
    ['小区东门垃圾投放点', '垃圾桶满溢，周边有散落垃圾，异味明显'],
    ['农贸市场北侧通道', '地面油污未清理，有积水'],
    ['社区公园健身区', '绿化带内有烟头、塑料袋等白色垃圾'],
  ],
  order: [
    ['地铁站 B 出口', '流动摊贩占道经营，影响行人通行'],
    ['沿街商铺门前', '店外经营，货物堆放至人行道'],
  ],
  traffic: [
    ['学校门口路段', '电动自行车逆行、不戴头盔现象较多'],
    ['小区出入口', '机动车乱停放，占用消防通道'],
    ['十字路口人行横道', '行人闯红灯，缺少文明劝导'],
  ],
  psa: [
    ['社区宣传栏', '公益广告破损褪色，内容过期未更新'],
    ['工地围挡', '围挡公益广告缺失'],
  ],
  facilities: [
    ['街心花园', '座椅破损，存在安全隐患'],
    ['人行道', '井盖松动，路面砖块缺损'],
    ['公共厕所', '洗手池水龙头损坏，无洗手液'],
  ],
};
const FIXES = [
  '已协调物业清理，增加清运频次',
  '已联合执法队劝离，设置提示牌',
  '已通知市政维修，现已修复',
  '已更换新的公益广告画面',
  '已安排志愿者在高峰时段劝导',
];

/** Seeds the team; a no-op without the demo accounts or when the district has members. */
export async function seedVisitteam(services: Services, db: Db, districtId: string, now: Date) {
  const ctxOf = async (username: string): Promise<RequestContext | null> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirst();
    const actor = u && (await services.accounts.loadActor(u.id));
    return actor ? { actor, ip: '127.0.0.1', userAgent: 'gongzhi-seed', lang: 'zh-CN' } : null;
  };
  const [zzb, jiedao, shequ] = await Promise.all(['zzb', 'jiedao', 'shequ'].map(ctxOf));
  if (!zzb || !jiedao || !shequ) return;
  const svc = services.visitteam;
  if ((await svc.overview(zzb, {})).members.length > 0) return;
  const street = jiedao.actor!.grants[0].nodeId;
  const home = shequ.actor!.grants[0].nodeId;
  const others = (
    await db
      .selectFrom('org_nodes')
      .select('id')
      .where('district_id', '=', districtId)
      .where('parent_id', '=', street)
      .where('level', '=', 'community')
      .where('id', '!=', home)
      .orderBy('path')
      .execute()
  ).map((n) => n.id);
  const streetName = (
    await db.selectFrom('org_nodes').select('name').where('id', '=', street).executeTakeFirstOrThrow()
  ).name;
  const rng = new Rng(`visitteam/${districtId}`);
  const day = (offset: number) => shanghaiDay(new Date(now.getTime() + offset * 86_400_000));
  const today = day(0);

  // the roster: 16 residents on a two-year term, two whose term ended last year
  const used = new Set<string>();
  const members: string[] = [];
  for (let k = 0; k < 16; k++) {
    let name = '';
    do name = rng.pick(SURNAMES.split('')) + rng.pick(rng.chance(0.5) ? GIVEN_F : GIVEN_M);
    while (used.has(name));
    used.add(name);
    const ended = k >= 14;
    const termStart = ended ? day(-800) : day(-400);
    const { id } = await svc.addMember(zzb, {
      name,
      phone: `13${rng.int(5, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
      street: k % 3 === 0 ? streetName : rng.pick(['福田街道', '南园街道', '园岭街道', '华富街道']),
      termStart,
      termEnd: ended ? day(-70) : day(330),
    });
    if (!ended) members.push(id);
  }

  // a round a month for the past year, every other one in shequ's community
  for (let m = 11; m >= 0; m--) {
    const heldOn = day(-30 * m - rng.int(3, 8));
    const nodeId = m % 2 === 0 || !others.length ? home : others[m % others.length];
    const from = rng.int(0, members.length - 1);
    const team = [...members, ...members].slice(from, from + rng.int(3, 5));
    const items = CHECK_ITEMS.filter((i) => i === 'sanitation' || rng.chance(0.7));
    const { id } = await svc.schedule(zzb, { nodeId, heldOn, items, memberIds: team, note: '' });
    const n = rng.int(2, 5);
    for (let k = 0; k < n; k++) {
      const item = rng.pick(items);
      const [place, seen] = rng.pick(SEEN[item]);
      const found = await svc.record(zzb, id, { item, memberId: rng.pick(team), place, seen });
      // the last month's findings are still open; earlier ones mostly fixed within a fortnight
      if (m === 0 || rng.chance(0.1)) continue;
      const fixedOn = shanghaiDay(
        new Date(Date.parse(`${heldOn}T12:00:00+08:00`) + rng.int(2, 14) * 86_400_000),
      );
      const fixer = nodeId === home ? shequ : jiedao;
      await svc.fix(fixer, found.id, {
        fixedOn: fixedOn > today ? today : fixedOn,
        note: rng.pick(FIXES),
        version: 1,
      });
    }
  }
  // ahead: a round in four days nobody is on yet, and next month's with its team
  await svc.schedule(zzb, {
    nodeId: others[0] ?? home,
    heldOn: day(4),
    items: [...CHECK_ITEMS],
    memberIds: [],
    note: '',
  });
  await svc.schedule(zzb, {
    nodeId: home,
    heldOn: day(26),
    items: [...CHECK_ITEMS],
    memberIds: members.slice(0, 4),
    note: '重点查看背街小巷环境卫生',
  });
}
