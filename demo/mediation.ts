/**
 * A year of mediation 矛盾纠纷调解 in the demo district (seed 003, Futian), made through the
 * mediation service: the demo community's people's mediation room with the demo mediator `tiaojie`,
 * the street's room with a second mediator, forty disputes over the year (most settled, about nine in
 * ten; some judicially confirmed, a few through 诉调对接, a few 心访 referrals), and a few still open
 * for the mediator's home page. Services stamp the time of seeding; the seeder then moves each case's
 * dates back to its place in the year.
 */
import { sql } from 'kysely';
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { Rng } from './prng.ts';

const DISPUTES = [
  ['neighbour', '楼上漏水邻里纠纷', '卫生间防水层老化，漏水至楼下住户，双方就维修和赔偿协商未果。'],
  ['neighbour', '噪音扰民纠纷', '楼上住户夜间噪音影响休息，多次沟通无果。'],
  ['property', '物业费收缴纠纷', '业主以服务不到位为由拒缴物业费。'],
  ['labour', '装修工人讨薪', '装修公司拖欠工人工资。'],
  ['family', '赡养老人纠纷', '兄妹三人就母亲赡养费分担发生争执。'],
  ['tenancy', '租房押金纠纷', '租期届满房东拒退押金。'],
  ['contract', '家电维修合同纠纷', '维修后故障复发，商家拒绝返修。'],
  ['neighbour', '公共通道堆物纠纷', '邻居长期在公共通道堆放杂物。'],
] as const;
const NAMES = ['李晓明', '王芳', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄丽', '周涛', '吴敏'];

/** Seeds the mediation module's year. */
export async function seedMediation(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const rng = new Rng('mediation');
  const svc = services.mediation;
  const ctxOf = async (userId: string): Promise<RequestContext> => ({
    actor: (await services.accounts.loadActor(userId))!,
    ip: '127.0.0.1',
    userAgent: 'gongzhi-seed',
    lang: 'zh-CN',
  });
  const idOf = async (username: string) =>
    (
      await db
        .selectFrom('accounts_users')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).id;
  const street = await ctxOf(await idOf('jiedao'));
  const shequ = await ctxOf(await idOf('shequ'));
  const tiaojieId = await idOf('tiaojie');
  const tiaojie = await ctxOf(tiaojieId);
  const streetGrant = street.actor!.grants.find((g) => g.role === 'street_officer')!;
  const community = shequ.actor!.grants.find((g) => g.role === 'community_officer')!;
  const second = await services.accounts.bootstrapAccount({
    username: 'tiaojie2',
    displayName: '街道调解员 罗姐',
    password: `Demo!${districtId.slice(0, 8)}m`,
    homeDistrictId: districtId,
    grants: [{ role: 'mediator', nodeId: streetGrant.nodeId, districtId }],
  });
  const luo = await ctxOf(second.id);

  const room1 = (
    await svc.createRoom(shequ, {
      nodeId: community.nodeId,
      name: '社区人民调解室',
      kind: 'people',
      address: '社区党群服务中心一楼',
    })
  ).id;
  const room2 = (
    await svc.createRoom(street, {
      nodeId: streetGrant.nodeId,
      name: '街道访前法律工作室',
      kind: 'petition',
      address: '街道办事处',
    })
  ).id;
  await svc.addMediator(shequ, room1, 'tiaojie');
  await svc.addMediator(street, room2, 'tiaojie2');

  const year = new Date(today.getTime() + 8 * 3600_000).getUTCFullYear();
  const N = 40;
  const moves: { id: string; received: Date; concluded: Date | null }[] = [];
  for (let k = 0; k < N; k++) {
    const [category, title, summary] = DISPUTES[k % DISPUTES.length];
    const inRoom1 = k % 10 < 7; // about seven in ten in the community's people's mediation room
    const [who, room] = inRoom1 ? [tiaojie, room1] : [luo, room2];
    const nodeId = inRoom1 ? community.nodeId : streetGrant.nodeId;
    const a = NAMES[k % NAMES.length];
    const b = NAMES[(k + 3) % NAMES.length];
    const { id } = await svc.intake(who, {
      nodeId,
      source: k % 3 === 0 ? 'referral' : 'walk_in',
      referredBy: k % 3 === 0 ? '社区网格站' : '',
      category,
      title,
      summary,
      roomId: room,
      parties: [
        { role: 'applicant', name: a, phone: `138${String(10000000 + k * 7919).slice(0, 8)}` },
        { role: 'respondent', name: b },
      ],
    });
    const open = k >= N - 4; // the last four are still open
    const get = async () => svc.getCase(who, id);
    const step = async (
      action: Parameters<typeof svc.transition>[2]['action'],
      extra: Record<string, unknown> = {},
    ) => svc.transition(who, id, { action, version: (await get()).version, note: '', ...extra });
    await svc.hear(who, id, {
      heldAt: today.toISOString(),
      place: inRoom1 ? '社区人民调解室' : '街道访前法律工作室',
      stepCode: 'listen',
      attendees: '调解员、党员代表、群众代表、双方当事人',
      minutes: '三方联合接访，听取双方陈述。',
    });
    if (k % 13 === 5) await svc.referPsych(who, id, { toName: '福田区心访工作室', note: '当事人情绪激动' });
    if (!open) {
      const settled = k % 12 !== 7; // about 92% settled
      if (settled) {
        await step('agree', {
          agreement: {
            text: '双方自愿达成如下协议：……',
            performance: '签订之日起三十日内履行',
            signedOn: today.toISOString().slice(0, 10),
          },
        });
        if (k % 4 === 0) {
          await step('refer_confirmation', { toName: '福田区人民法院（在线司法确认）' });
          await step('confirmed', { note: '裁定调解协议有效' });
        } else await step('close');
      } else {
        await step('fail', { note: '双方分歧较大' });
        await step('refer_court', { toName: '福田区人民法院诉调对接中心' });
        await step(k % 2 ? 'court_settled' : 'court_unsettled', { note: '' });
      }
    }
    // its place in the year: received on day k*8, concluded a week or two later
    const received = new Date(Date.UTC(year - 1, 11, 15) + k * 8.5 * 86400_000 + rng.int(0, 5) * 3600_000);
    const concluded = open ? null : new Date(received.getTime() + (5 + rng.int(0, 12)) * 86400_000);
    moves.push({
      id,
      received: received > today ? today : received,
      concluded: concluded && concluded > today ? today : concluded,
    });
  }
  for (const m of moves) {
    await db
      .updateTable('mediation_cases')
      .set({ received_at: m.received, ...(m.concluded ? { concluded_at: m.concluded } : {}) })
      .where('district_id', '=', districtId)
      .where('id', '=', m.id)
      .execute();
    await db
      .updateTable('mediation_hearings')
      .set({ held_at: sql`${m.received}::timestamptz + interval '2 days'` })
      .where('district_id', '=', districtId)
      .where('case_id', '=', m.id)
      .execute();
    await db
      .updateTable('mediation_referrals')
      .set({
        referred_at: m.concluded ?? m.received,
        outcome_at: sql`CASE WHEN outcome IS NULL THEN NULL ELSE ${m.concluded ?? m.received}::timestamptz END`,
      })
      .where('district_id', '=', districtId)
      .where('case_id', '=', m.id)
      .execute();
  }
}
