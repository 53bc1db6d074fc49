/**
 * A year of 结对联系 in the demo district (seed 001, Beilun): after the mobile party members
 * (demo/partymembers.ts), the street pairs most outflowing members with a resident member of
 * their community, and the pairs keep in touch month by month (phone, WeChat, visits, video) with
 * gaps — a few pairs fall silent for two months (red) — some difficulties raised and helped, and
 * make-up study 送学补课 recorded. The demo party member `dangyuan` keeps in touch with one member
 * of the demo community; two of that community's outflowing members are left to pair.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { createPartyMembersReader } from '../server/modules/people/index.ts';
import { Rng } from './prng.ts';

const CHANNELS = ['phone', 'phone', 'wechat', 'wechat', 'video', 'visit'] as const;
const STUDY = [
  '已学习本月支部推送的理论学习资讯',
  '参加流入地党组织主题党日',
  '观看“学习强国”微党课',
  '线上参加支部组织生活会',
  '',
];
const NEEDS = [
  '孩子明年小升初，想了解学区政策',
  '父亲腿脚不便，家中老人需要照看',
  '社保转移手续不清楚',
  '妻子工作变动，家庭收入减少',
];
const HELPED = [
  '社区网格员已上门了解并协助办理',
  '已联系街道社保所，约定周末办理',
  '已安排志愿者每周上门探望',
];
const MAKEUP = ['主题党日：学习新修订的党章', '专题党课：基层治理中的党员先锋作用', '支部书记讲党课'];

/** The day `back` months before `day` (clamped to the 28th), 'YYYY-MM-DD'. */
function monthsBefore(day: string, back: number, dom = 1) {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 - back;
  const d = new Date(Date.UTC(y, m, Math.min(dom, 28)));
  return d.toISOString().slice(0, 10);
}

/** Seeds the year of pairs and contacts; deterministic, a few hundred service calls. */
export async function seedPairing(services: Services, db: Db, districtId: string, today: string) {
  const rng = new Rng('pairing');
  const ctxOf = async (username: string): Promise<RequestContext> => {
    const u = await db
      .selectFrom('accounts_users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return {
      actor: (await services.accounts.loadActor(u.id))!,
      ip: '127.0.0.1',
      userAgent: 'gongzhi-seed',
      lang: 'zh-CN',
    };
  };
  const [street, shequ, dangyuan] = await Promise.all(['jiedao', 'shequ', 'dangyuan'].map(ctxOf));
  const p = services.partymembers.pairing;
  const pm = services.partymembers;
  const community = shequ.actor!.grants[0];

  // the demo community needs outflowing members of its own: one for dangyuan, two left to pair
  let mine = await p.unpaired(shequ);
  if (mine.length < 3) {
    const reader = createPartyMembersReader({ db, pii: services.pii });
    const branches = (await services.org.partyOrgsUnder(community.path)).filter((b) => b.kind === 'branch');
    const settled = (
      await reader.partyMembersOf(districtId, { partyOrgIds: branches.map((b) => b.id) })
    ).filter((m) => !m.mobile && m.personId !== dangyuan.actor!.personId);
    let need = 3 - mine.length;
    for (const m of settled) {
      if (need <= 0) break;
      const r = await pm
        .create(shequ, {
          personId: m.personId,
          partyOrgId: m.partyOrgId,
          direction: 'out',
          leftOn: monthsBefore(today, 13, 10),
          origin: '',
          destination: '浙江省宁波市北仑区',
          work: '港口装卸',
          conduct: '按时交纳党费，表现良好',
          basicChecked: true,
        })
        .catch(() => null); // already on the register (elsewhere in the street)
      if (r) need--;
    }
    mine = await p.unpaired(shequ);
  }

  const pairs: { id: string; ctx: RequestContext; weak: boolean }[] = [];
  if (mine[0] && dangyuan.actor?.personId) {
    const r = await p.createPair(shequ, {
      memberId: mine[0].memberId,
      contactPersonId: dangyuan.actor.personId,
      note: '同一网格的老党员',
    });
    pairs.push({ id: r.id, ctx: dangyuan, weak: false });
  }
  const leave = new Set(mine.slice(1, 3).map((m) => m.memberId));
  for (const m of await p.unpaired(street)) {
    if (leave.has(m.memberId) || rng.chance(0.15)) continue;
    const cands = await p.candidates(street, m.memberId);
    if (!cands.length) continue;
    const c = cands[rng.int(0, Math.min(cands.length, 20) - 1)];
    const r = await p.createPair(street, { memberId: m.memberId, contactPersonId: c.personId, note: '' });
    pairs.push({ id: r.id, ctx: street, weak: rng.chance(0.2) });
  }

  // the pairs began a year ago (or when the member left): their months of contacts follow
  for (const x of pairs) {
    const pair = await p.getPair(street, x.id);
    const member = await pm.get(street, pair.memberId);
    const yearAgo = monthsBefore(today, 11, 1);
    const start = member.leftOn && member.leftOn > yearAgo ? member.leftOn : yearAgo;
    await db.updateTable('partymembers_pairs').set({ started_on: start }).where('id', '=', x.id).execute();
    for (let back = 11; back >= 0; back--) {
      const first = monthsBefore(today, back, 1);
      if (first.slice(0, 7) < start.slice(0, 7)) continue;
      // the weak pairs go quiet for the last two months; this month only half have called yet
      const chance = x.weak ? (back <= 1 ? 0 : 0.6) : back === 0 ? 0.5 : 0.85;
      if (!rng.chance(chance)) continue;
      const lastDay = back === 0 ? Number(today.slice(8, 10)) : 28;
      for (let k = rng.chance(0.25) ? 2 : 1; k > 0; k--) {
        const day = monthsBefore(today, back, rng.int(1, lastDay));
        const on = day < start ? start : day;
        const ask = rng.chance(0.06);
        await p.logContact(x.ctx, x.id, {
          contactedOn: on,
          channel: CHANNELS[rng.int(0, CHANNELS.length - 1)],
          needs: ask || rng.chance(0.1) ? NEEDS[rng.int(0, NEEDS.length - 1)] : '',
          study: STUDY[rng.int(0, STUDY.length - 1)],
          askHelp: ask,
        });
      }
      if (rng.chance(0.3))
        await p.recordStudy(x.ctx, x.id, {
          month: first.slice(0, 7),
          item: MAKEUP[rng.int(0, MAKEUP.length - 1)],
          doneOn: monthsBefore(today, back, rng.int(1, back === 0 ? Number(today.slice(8, 10)) : 28)),
        });
    }
  }
  // the branch helped with most difficulties; the newest stay open
  const open = await p.listHelp(street, { status: 'open' });
  for (const h of open.slice(2))
    await p.markHelped(street, h.id, { note: HELPED[rng.int(0, HELPED.length - 1)], version: h.version });
}
