/**
 * A year of the service marketplace in the demo district (seed 001, Putuo's figures): fifteen
 * social organisations incubated in the 1+2+4 matrix with party branches, inspections and
 * projects; the four lists; 971 orders over the past year, 844 of them accepted and every rating
 * good; the demo social-organisation account `shehui` acting for the first organisation and the
 * demo resident `jumin` with an order to rate and one waiting. Organisations are registered
 * through the service (credit codes checked); items and orders are written in bulk.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import { uuidv7 } from '../server/platform/ids.ts';
import { maskName } from '../server/platform/pii/pii.ts';
import type { Services } from '../server/composition-root.ts';
import { creditCodeCheckChar } from '../server/modules/socialorgs/index.ts';
import { GIVEN_CHARS_F, GIVEN_CHARS_M, SURNAMES } from './names.ts';
import { Rng } from './prng.ts';

const ORGS: [name: string, category: string, branch: string, level: string | null][] = [
  ['福田社工服务中心', 'elderly', 'single', 'community'],
  ['爱心树社工服务社', 'mediation', 'joint', 'district'],
  ['阳光长者照护中心', 'elderly', 'single', 'street'],
  ['邻里和事佬调解协会', 'mediation', 'joint', 'street'],
  ['红枫文体协会', 'culture', 'joint', 'community'],
  ['小海豚儿童成长中心', 'children', 'single', 'community'],
  ['同心助残服务社', 'disability', 'joint', 'community'],
  ['健康同行卫生服务站', 'health', 'single', null],
  ['新市民就业服务中心', 'community', 'joint', 'district'],
  ['彩虹桥青少年服务社', 'children', 'none', 'community'],
  ['银龄互助会', 'elderly', 'joint', null],
  ['巧手便民维修队', 'community', 'none', null],
  ['法润社区法律服务社', 'community', 'single', null],
  ['书香阅读推广协会', 'culture', 'none', 'community'],
  ['暖心家庭服务中心', 'children', 'joint', null],
];

/** What each organisation category serves in the marketplace. */
const SERVES: Record<string, string[]> = {
  elderly: ['elderly', 'health'],
  mediation: ['mediation', 'legal'],
  culture: ['culture'],
  children: ['children'],
  disability: ['elderly', 'repair'],
  health: ['health'],
  community: ['repair', 'employment', 'legal'],
};

const ITEMS: [list: string, category: string, title: string][] = [
  ['government', 'elderly', '高龄独居老人助餐助浴'],
  ['government', 'mediation', '矛盾纠纷专业调解'],
  ['government', 'employment', '新就业群体技能培训'],
  ['government', 'legal', '法律顾问进社区'],
  ['community', 'children', '“四点半课堂”课后托管'],
  ['community', 'culture', '广场舞队排练指导'],
  ['community', 'repair', '老旧楼道照明维修'],
  ['community', 'health', '慢病随访与义诊'],
  ['offer', 'elderly', '长者上门探访陪伴'],
  ['offer', 'mediation', '邻里纠纷调解'],
  ['offer', 'children', '亲子阅读会'],
  ['offer', 'repair', '家电小修小补'],
];

const NEEDS: [category: string, title: string][] = [
  ['repair', '家中水龙头漏水'],
  ['elderly', '行动不便老人代购药品'],
  ['health', '上门量血压'],
  ['children', '孩子暑期托管'],
  ['legal', '租房合同咨询'],
  ['employment', '找工作简历指导'],
  ['culture', '想学智能手机'],
  ['mediation', '楼上噪音协调'],
];

/** Seeds a year of the marketplace in the district (deterministic from the district and today). */
export async function seedServices(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const rng = new Rng('services');
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(0, xs.length - 1)];
  const user = async (username: string) =>
    (
      await db
        .selectFrom('accounts_users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const ctxOf = async (username: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(await user(username)))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const zzb = await ctxOf('zzb');
  const jumin = await ctxOf('jumin');
  const nodes = await db
    .selectFrom('org_nodes')
    .select(['id', 'path', 'level', 'parent_id'])
    .where('district_id', '=', districtId)
    .where('level', 'in', ['street', 'community'])
    .orderBy('path')
    .execute();
  const streets = nodes.filter((n) => n.level === 'street');
  const communities = nodes.filter((n) => n.level === 'community');
  const home = jumin.actor!.grants.find((g) => g.role === 'resident')!;
  const first = communities.find((c) => c.id === home.nodeId) ?? communities[0];

  // organisations: the first on the demo community (shehui acts for it), the others on streets or the district
  const orgs: { id: string; name: string; category: string; path: string }[] = [];
  for (const [i, [name, category, branch, level]] of ORGS.entries()) {
    const node = i === 0 ? first : i % 3 === 0 ? { id: districtId, path: '' } : streets[i % streets.length];
    const head = `52440304MJ${String(1000 + i * 7).padStart(7, '0')}`.slice(0, 17);
    const r = await services.socialorgs.register(zzb, {
      nodeId: node.id,
      name,
      creditCode: head + creditCodeCheckChar(head),
      category: category as never,
      partyBranch: branch as never,
      incubationLevel: level as never,
      incubationState: level ? (i % 2 ? 'graduated' : 'incubating') : null,
      contact: `0755-8${String(3300000 + i * 1171).slice(0, 7)}`,
    });
    const y = Number(today.toISOString().slice(0, 4));
    await services.socialorgs.inspect(zzb, r.id, {
      year: y - 1,
      result: i === 11 ? 'basically_qualified' : 'qualified',
    });
    if (i < 8)
      await services.socialorgs.addProject(zzb, r.id, {
        year: y,
        title: `${ITEMS[i % ITEMS.length][2]}项目`,
        funder: '区民政局（政府购买服务）',
        amountYuan: 30000 + i * 12000,
      });
    const path =
      node.path ||
      (await db.selectFrom('org_nodes').select('path').where('id', '=', districtId).executeTakeFirstOrThrow())
        .path;
    orgs.push({ id: r.id, name, category, path });
  }
  await services.socialorgs.linkStaff(zzb, orgs[0].id, 'shehui');

  // the four lists
  const zzbId = zzb.actor!.userId;
  const items = ITEMS.map(([list, category, title], i) => {
    const org = list === 'offer' ? orgs[i % 4] : null;
    return {
      district_id: districtId,
      id: uuidv7(),
      node_id:
        list === 'government'
          ? districtId
          : list === 'offer'
            ? first.id
            : communities[i % communities.length].id,
      list,
      category,
      title,
      description: '',
      provider_org_id: org?.id ?? null,
      created_by: zzbId,
    };
  });
  await db.insertInto('services_items').values(items).execute();

  // 971 orders over the past year: 844 accepted (all rated good when rated), the rest open or withdrawn
  const names = () => {
    const given = rng.chance(0.5) ? GIVEN_CHARS_M : GIVEN_CHARS_F;
    return maskName(pick([...SURNAMES]) + pick(given) + pick(given));
  };
  const day = 86_400_000;
  const rows = [];
  const accepted = new Set<number>();
  while (accepted.size < 844) accepted.add(rng.int(0, 970));
  for (let i = 0; i < 971; i++) {
    const community = i % 4 === 0 ? first : communities[rng.int(0, communities.length - 1)];
    const reachable = items.filter((x) => x.list === 'government' || x.node_id === community.id);
    const item = rng.chance(0.7) && reachable.length ? pick(reachable) : null;
    const need = pick(NEEDS);
    const category = item?.category ?? need[0];
    const placed = new Date(today.getTime() - rng.int(2, 364) * day - rng.int(0, 86_399) * 1000);
    const fits = orgs.filter(
      (o) =>
        (community.path.startsWith(o.path) || o.path.startsWith(community.path)) &&
        SERVES[o.category].includes(category),
    );
    const org =
      (item?.provider_org_id && orgs.find((o) => o.id === item.provider_org_id)) ||
      (fits.length ? pick(fits) : orgs[1]);
    const isAccepted = accepted.has(i);
    const acceptedAt = new Date(placed.getTime() + rng.int(1, 30) * 3600_000);
    const deliveredAt = new Date(acceptedAt.getTime() + rng.int(1, 5) * day);
    const state = !isAccepted
      ? placed.getTime() > today.getTime() - 20 * day
        ? 'open'
        : 'cancelled'
      : deliveredAt > today
        ? 'accepted'
        : rng.chance(0.92)
          ? 'rated'
          : 'delivered';
    rows.push({
      district_id: districtId,
      id: uuidv7(),
      node_id: community.id,
      item_id: item?.id ?? null,
      list: item?.list ?? 'resident',
      category,
      title: item?.title ?? need[1],
      note: '',
      resident_user_id: uuidv7(),
      resident_label: names(),
      contact_phone_enc: null,
      provider_org_id: item?.provider_org_id ?? null,
      state,
      org_id: isAccepted ? org.id : null,
      org_name: isAccepted ? org.name : null,
      accepted_by: null,
      accepted_at: isAccepted ? acceptedAt : null,
      delivered_at: state === 'delivered' || state === 'rated' ? deliveredAt : null,
      delivery_note: state === 'delivered' || state === 'rated' ? '已按约定完成服务' : null,
      rating: state === 'rated' ? (rng.chance(0.8) ? 5 : 4) : null,
      rating_comment: state === 'rated' ? pick(['服务很贴心', '准时上门，专业', '非常满意', '']) : null,
      rated_at: state === 'rated' ? new Date(deliveredAt.getTime() + 3600_000) : null,
      cancelled_at: state === 'cancelled' ? new Date(placed.getTime() + 10 * day) : null,
      placed_at: placed,
    });
  }
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('services_orders')
      .values(rows.slice(i, i + 500))
      .execute();

  // the demo resident: one delivered order to rate, one waiting for an organisation
  const shehui = await ctxOf('shehui');
  const gov = items.find((x) => x.list === 'government' && x.category === 'elderly')!;
  const a = await services.services.placeOrder(jumin, {
    itemId: gov.id,
    note: '母亲行动不便，希望每周上门一次',
  });
  await services.services.act(shehui, a.id, { action: 'accept' });
  await services.services.act(shehui, a.id, { action: 'deliver', note: '已上门助浴，老人状态良好' });
  await services.services.placeOrder(jumin, {
    category: 'repair',
    title: '楼道声控灯不亮',
    note: '3楼楼梯间',
  });
}
