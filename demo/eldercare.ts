/**
 * A year of 一老一小 in the demo community (seed 001): an elderly-care station and an infant-care
 * station with their 15-minute circles placed among the community's grids, an integrated station
 * in a neighbouring community, and service tickets through the year from the demo resident `jumin`
 * (most served by the social organisation `shehui` and rated; one waiting to be assigned, one being
 * served, one waiting for jumin's rating). Tickets are moved back to their day in the year.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { Rng } from './prng.ts';

const ELDERLY = ['助餐', '助浴', '日间照料', '上门探访', '康复理疗'];
const INFANT = ['临时托育', '育儿指导', '亲子活动'];
const NEEDS: Record<string, string> = {
  助餐: '老人行动不便，需要每日午餐送餐上门',
  助浴: '独居老人需要每周一次助浴服务',
  日间照料: '子女白天上班，老人需日间照料',
  上门探访: '空巢老人，希望志愿者每周上门探访',
  康复理疗: '术后康复，需要理疗指导',
  临时托育: '周末加班，需要临时托育半天',
  育儿指导: '新手父母，希望得到喂养和睡眠指导',
  亲子活动: '希望参加周末亲子阅读活动',
};

/** Seeds the stations and a year of tickets. */
export async function seedEldercare(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const rng = new Rng('eldercare');
  const svc = services.eldercare;
  const users = await db
    .selectFrom('accounts_users')
    .select(['id', 'username'])
    .where('username', 'in', ['shequ', 'jumin', 'shehui', 'jiedao'])
    .execute();
  const ctxOf = async (u: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(users.find((x) => x.username === u)!.id))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const [shequ, jumin, shehui, jiedao] = await Promise.all(['shequ', 'jumin', 'shehui', 'jiedao'].map(ctxOf));
  const community = shequ.actor!.grants.find((g) => g.role === 'community_officer')!;
  const places = await svc.gridPlaces(shequ, community.nodeId);
  const mid = places.length
    ? {
        lat: places.reduce((a, p) => a + p.lat, 0) / places.length,
        lng: places.reduce((a, p) => a + p.lng, 0) / places.length,
      }
    : { lat: 22.541, lng: 114.055 };
  const elderly = await svc.createStation(shequ, {
    nodeId: community.nodeId,
    kind: 'elderly',
    name: '社区养老服务站',
    address: '社区党群服务中心一楼',
    lat: mid.lat,
    lng: mid.lng,
    services: ELDERLY,
    openingHours: '每天 8:00-20:00',
  });
  const infant = await svc.createStation(shequ, {
    nodeId: community.nodeId,
    kind: 'infant',
    name: '社区婴幼儿照护服务站',
    address: '社区邻里中心二楼',
    lat: mid.lat + 0.003,
    lng: mid.lng + 0.002,
    services: INFANT,
    openingHours: '周一至周六 8:30-18:00',
  });
  const street = jiedao.actor!.grants.find((g) => g.role === 'street_officer')!;
  const other = await db
    .selectFrom('org_nodes')
    .select(['id'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'community')
    .where('path', 'like', `${street.path}%`)
    .where('id', '<>', community.nodeId)
    .orderBy('path')
    .executeTakeFirst();
  if (other)
    await svc.createStation(jiedao, {
      nodeId: other.id,
      kind: 'integrated',
      name: '老幼融合服务站',
      lat: mid.lat - 0.01,
      lng: mid.lng + 0.01,
      services: ['助餐', '临时托育', '代际共融活动'],
      openingHours: '每天 8:00-18:00',
    });

  const n = 18;
  for (let k = 0; k < n; k++) {
    const isInfant = k % 3 === 2;
    const station = isInfant ? infant.id : elderly.id;
    const service = rng.pick(isInfant ? INFANT : ELDERLY);
    const { id } = await svc.requestTicket(jumin, {
      stationId: station,
      service,
      description: NEEDS[service],
      phone: `137${String(10000000 + rng.int(0, 89999999))}`,
    });
    const day = Math.round(((n - k) / n) * 350);
    const at = new Date(today.getTime() - day * 86400_000);
    let version = 1;
    const last = k >= n - 3;
    if (!(last && k === n - 1)) {
      await svc.moveTicket(shequ, id, {
        action: 'assign',
        assigneeName: `${isInfant ? '育婴师' : '护理员'} ${rng.pick(['王', '李', '张', '刘'])}老师`,
        assigneeUserId: shehui.actor!.userId,
        version: version++,
      });
      if (!(last && k === n - 2)) {
        await svc.moveTicket(shehui, id, {
          action: 'complete',
          note: '已按约定完成服务',
          version: version++,
        });
        if (!last)
          await svc.moveTicket(jumin, id, {
            action: 'rate',
            rating: rng.chance(0.85) ? 5 : rng.int(3, 4),
            version: version++,
          });
      }
    }
    await sql`UPDATE eldercare_tickets SET created_at = ${at},
        assigned_at = CASE WHEN assigned_at IS NULL THEN NULL ELSE ${new Date(at.getTime() + 3 * 3600_000)}::timestamptz END,
        done_at = CASE WHEN done_at IS NULL THEN NULL ELSE ${new Date(at.getTime() + 30 * 3600_000)}::timestamptz END,
        rated_at = CASE WHEN rated_at IS NULL THEN NULL ELSE ${new Date(at.getTime() + 50 * 3600_000)}::timestamptz END
      WHERE district_id = ${districtId} AND id = ${id}`.execute(db);
  }
}
