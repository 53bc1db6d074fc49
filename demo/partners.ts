/**
 * A year of 共治合伙人 and 天大的小事 in the demo community (seeds 000, 001), through the partners
 * service as users would do it: the social organisation `shehui` and the property company `wuye`
 * apply and the community officer `shequ` approves them; `shequ` enters four more partners; the
 * party member `dangyuan` and the resident `jumin` report fourteen small problems over the year;
 * `shequ` merges one, declines two and selects eight as the year's 民生实事 (two places left of ten),
 * assigns them with target days; the partners report progress: four done (points and stars), two
 * in progress, one overdue, one just assigned; three reports wait to be screened. Services stamp
 * rows with the time of seeding; the seeder then moves the reports back to their month of the year.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';

type Kind = 'unit' | 'enterprise' | 'mass_org' | 'social_org' | 'individual';
type Offer = 'venue' | 'funds' | 'volunteers' | 'expertise' | 'goods';

const ENTERED: [string, Kind, Offer[], string, number][] = [
  ['社区健康服务中心', 'unit', ['expertise', 'venue'], '家庭医生签约、每月义诊', 30000],
  ['辖区派出所', 'unit', ['expertise'], '反诈宣传、治安巡逻', 0],
  ['爱心商户联盟', 'enterprise', ['funds', 'goods'], '每年捐赠物资，设立微心愿基金', 80000],
  ['社区妇联', 'mass_org', ['volunteers'], '巾帼志愿服务队', 5000],
];

/** [title, detail, by dangyuan?, month reported, fate] */
const NEEDS: [string, string, boolean, number, string][] = [
  ['3栋楼道灯不亮', '晚上老人上下楼不便，已坏两周', true, 1, 'done:shehui'],
  ['小区东门无障碍坡道破损', '轮椅和婴儿车进出困难', true, 2, 'done:wuye'],
  ['独居老人助餐点离家太远', '希望在社区党群服务中心设助餐点', false, 2, 'done:健康'],
  ['电动自行车充电难', '楼道飞线充电有火灾隐患，建议建集中充电棚', true, 3, 'done:wuye'],
  ['儿童放学后无人看护', '双职工家庭希望有四点半课堂', false, 4, 'progress:shehui:60'],
  ['垃圾分类投放点异味大', '夏天尤其严重', false, 5, 'progress:wuye:40'],
  ['老旧小区加装电梯协调', '5栋居民意见不一，需要协调', true, 5, 'overdue:妇联'],
  ['社区公园缺少休息座椅', '老人散步没地方坐', false, 9, 'selected:商户'],
  ['5栋加装电梯何时开工', '与加装电梯协调为同一件事', false, 6, 'merge'],
  ['广场舞音量太大', '晚上九点后仍在跳', false, 6, 'decline:已转街道综合执法队依法处理'],
  ['希望开通到地铁站的公交线', '出行不便', true, 7, 'decline:已向区交通运输局反映，非社区职权范围'],
  ['楼下共享单车乱停放', '占用消防通道', false, 10, 'reported'],
  ['社区图书角图书太旧', '希望更新儿童读物', true, 11, 'reported'],
  ['地下车库渗水', '雨天积水严重', false, 11, 'reported'],
];

/** Seeds partners, needs and the year's matters in the demo community. */
export async function seedPartners(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const svc = services.partners;
  const users = await db
    .selectFrom('accounts_users')
    .select(['id', 'username'])
    .where('username', 'in', ['shequ', 'shehui', 'wuye', 'dangyuan', 'jumin'])
    .execute();
  const ctxOf = async (u: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(users.find((x) => x.username === u)!.id))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const [shequ, shehui, wuye, dangyuan, jumin] = await Promise.all(
    ['shequ', 'shehui', 'wuye', 'dangyuan', 'jumin'].map(ctxOf),
  );
  const nodeId = shequ.actor!.grants.find((g) => g.role === 'community_officer')!.nodeId;
  const year = Number(new Date(today.getTime() + 8 * 3600_000).toISOString().slice(0, 4));
  const day = (month: number, d: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

  // partners: two apply and are approved, four entered by the officer
  const { id: social } = await svc.register.apply(shehui, {
    nodeId,
    name: '福田社工服务中心',
    kind: 'social_org',
    contact: '0755-8888 0001',
    offers: ['volunteers', 'expertise'],
    offerNote: '专业社工每周驻点三天，开展长者和青少年服务',
    offerValueYuan: 120000,
  });
  const { id: property } = await svc.register.apply(wuye, {
    nodeId,
    name: '红棉物业',
    kind: 'enterprise',
    contact: '0755-8888 0002',
    offers: ['venue', 'funds', 'expertise'],
    offerNote: '提供物业用房作议事场地，设施维修',
    offerValueYuan: 60000,
  });
  for (const id of [social, property])
    await svc.register.review(shequ, id, { action: 'approve', version: 1 });
  const byName: Record<string, string> = { shehui: social, wuye: property };
  for (const [name, kind, offers, offerNote, offerValueYuan] of ENTERED) {
    const { id } = await svc.register.enter(shequ, {
      nodeId,
      name,
      kind,
      contact: '',
      offers,
      offerNote,
      offerValueYuan,
    });
    byName[name.slice(2, 4)] = id; // 健康 派出 商户 妇联
  }
  const actorFor = (who: string) => (who === 'shehui' ? shehui : who === 'wuye' ? wuye : shequ);

  // needs, screened and worked on
  const ids: string[] = [];
  const months: number[] = [];
  for (const [title, detail, byParty, month, fate] of NEEDS) {
    const { id } = await svc.needs.report(byParty ? dangyuan : jumin, { nodeId, title, detail });
    ids.push(id);
    months.push(month);
    const [what, who, arg] = fate.split(':');
    if (what === 'reported') continue;
    if (what === 'merge') {
      await svc.needs.screen(shequ, id, {
        action: 'merge',
        mergeInto: ids[6],
        note: '与加装电梯协调合并办理',
        version: 1,
      });
      continue;
    }
    if (what === 'decline') {
      await svc.needs.screen(shequ, id, { action: 'decline', note: who, version: 1 });
      continue;
    }
    const target = what === 'overdue' ? day(Math.min(month + 2, 11), 30) : day(Math.min(month + 3, 12), 28);
    let m = await svc.needs.screen(shequ, id, { action: 'select', year, targetDate: target, version: 1 });
    m = await svc.needs.assign(shequ, id, { partnerIds: [byName[who]], version: m.version });
    if (what === 'done' || what === 'progress') {
      m = await svc.needs.progress(actorFor(who), id, {
        action: 'progress',
        progress: what === 'done' ? 50 : Number(arg),
        note: what === 'done' ? '已进场施工' : '正在推进，已完成方案',
        version: m.version,
      });
    }
    if (what === 'done')
      await svc.needs.progress(actorFor(who), id, {
        action: 'complete',
        progress: 100,
        note: '已办结，居民验收满意',
        version: m.version,
      });
  }
  // the reports move back to their month of the year (the services stamped them now)
  for (const [i, id] of ids.entries()) {
    const at = new Date(Date.UTC(year, months[i] - 1, 5 + (i % 20), 2));
    if (at > today) continue;
    await db
      .updateTable('partners_needs')
      .set({ created_at: at })
      .where('district_id', '=', districtId)
      .where('id', '=', id)
      .execute();
    await db
      .updateTable('partners_updates')
      .set({
        created_at: sql`greatest(created_at - (${today.getTime() - at.getTime()} || ' milliseconds')::interval + interval '20 days', ${at})`,
      })
      .where('district_id', '=', districtId)
      .where('need_id', '=', id)
      .execute();
  }
}
