/**
 * A year of 红色物业 and quality communities in the demo district (seed 001, Longquan), made through
 * the property service: companies on the demo street (红棉物业 with the demo staff account `wuye`),
 * compounds in its communities (the demo community's first one served by 红棉 and linked to the
 * demo 业委会 account `yeweihui`), 业委会 members, twelve months of the fee ledger, last year's star
 * ratings published and this year's partly scored, the quality index for last year's four quarters
 * and this year's so far (some compounds in the five-star campaign), and the problem list of the
 * demo compound with arrears through the four batches decided at two joint meetings.
 */
import type { RequestContext } from '../server/platform/access/access.ts';
import type { Db } from '../server/platform/db/db.ts';
import type { Services } from '../server/composition-root.ts';
import { Rng } from './prng.ts';

const COMPANIES = [
  ['红棉物业服务有限公司', '91440300MA5DEMO001', '林经理', true],
  ['福城物业管理有限公司', '91440300MA5DEMO002', '陈经理', true],
  ['香蜜湖物业有限公司', '91440300MA5DEMO003', '黄经理', false],
  ['鹏安物业服务有限公司', '91440300MA5DEMO004', '吴经理', false],
] as const;
const COMPOUND_NAMES = ['花园', '雅苑', '新村', '名苑', '华庭', '家园'];
const COMMITTEE = [
  ['郑建国', 'director', true],
  ['王秀英', 'deputy', false],
  ['刘志明', 'member', true],
] as const;

/** Seeds the property module's year; returns quickly (a few hundred service calls at most). */
export async function seedProperty(
  services: Services,
  db: Db,
  districtId: string,
  today: Date,
): Promise<void> {
  const rng = new Rng('property');
  const svc = services.property;
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
  const street = await ctxOf('jiedao');
  const shequ = await ctxOf('shequ');
  const streetGrant = street.actor!.grants.find((g) => g.role === 'street_officer')!;
  const community = shequ.actor!.grants.find((g) => g.role === 'community_officer')!;
  const communities = await db
    .selectFrom('org_nodes')
    .select(['id', 'name'])
    .where('district_id', '=', districtId)
    .where('level', '=', 'community')
    .where('path', 'like', `${streetGrant.path}%`)
    .orderBy('path')
    .limit(5)
    .execute();
  const year = new Date(today.getTime() + 8 * 3600_000).getUTCFullYear();
  const month = new Date(today.getTime() + 8 * 3600_000).getUTCMonth() + 1;

  // companies on the street, 红棉 with the demo staff account
  const companyIds: string[] = [];
  for (const [name, creditCode, contactName, hasPartyOrg] of COMPANIES)
    companyIds.push(
      (
        await svc.createCompany(street, {
          nodeId: streetGrant.nodeId,
          name,
          creditCode,
          contactName,
          hasPartyOrg,
        })
      ).id,
    );
  await svc.linkStaff(street, companyIds[0], 'wuye');

  // compounds: four in the demo community, two in each neighbouring community
  const partyOrgs = await services.org.partyOrgs(shequ, community.nodeId);
  const compounds: { id: string; nodeId: string; company: number }[] = [];
  for (const [ci, c] of communities.entries()) {
    const n = c.id === community.nodeId ? 4 : 2;
    for (let i = 0; i < n; i++) {
      const company = c.id === community.nodeId ? i % companyIds.length : (ci + i) % companyIds.length;
      const { id } = await svc.createCompound(street, {
        nodeId: c.id,
        name: `${c.name.replace(/社区$/, '')}${COMPOUND_NAMES[i]}`,
        address: `${c.name}${COMPOUND_NAMES[i]}路${10 + i}号`,
        households: 180 + rng.int(0, 600),
        companyId: companyIds[company],
        partyOrgId: c.id === community.nodeId && i === 0 ? (partyOrgs[0]?.id ?? null) : null,
        branchKind: i % 2 ? 'work_branch' : 'party_branch',
      });
      compounds.push({ id, nodeId: c.id, company });
    }
  }
  const demo = compounds[0];
  for (const c of compounds.filter((x) => x.nodeId === community.nodeId))
    for (const [name, post, partyMember] of COMMITTEE)
      await svc.addMember(shequ, c.id, {
        name: c === demo ? name : `${name.slice(0, 1)}${'晓海'.slice(0, 2)}`,
        post,
        partyMember,
      });
  await svc.linkCommittee(shequ, demo.id, 'yeweihui');

  // twelve months of the fee ledger: collection rising through the year under the four batches
  for (const [k, c] of compounds.entries()) {
    const rows = [];
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(year, month - 12 + m, 1));
      const households = 200 + k * 37;
      const billed = households * 2.5 * 80;
      const paid = Math.round(billed * Math.min(0.99, 0.82 + m * 0.01 + rng.int(0, 60) / 1000));
      rows.push({
        period: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`,
        billed,
        paid,
        householdsBilled: households,
        householdsPaid: Math.round((households * paid) / billed),
      });
    }
    await svc.recordFees(street, c.id, { rows });
  }

  // star ratings: last year's all published, this year's half scored
  const companyCriteria = (await svc.criteria(street, streetGrant.nodeId, 'company')).items;
  const sheet = (codes: { code: string }[], base: number) =>
    Object.fromEntries(codes.map((c) => [c.code, Math.min(100, base + rng.int(-6, 6))]));
  for (const [i, id] of companyIds.entries()) {
    await svc.rate(street, id, {
      year: year - 1,
      scores: sheet(companyCriteria, [93, 84, 76, 66][i]),
      comment: '',
    });
    await svc.publish(street, id, year - 1);
    if (i === 1 || i === 3)
      await svc.rate(street, id, { year, scores: sheet(companyCriteria, [92, 86, 78, 70][i]), comment: '' });
  }

  // the quality index: last year's four quarters, this year's quarters so far; the campaign
  const qualityCriteria = (await svc.criteria(street, streetGrant.nodeId, 'quality')).items;
  const thisQuarter = Math.floor((month - 1) / 3) + 1;
  for (const [k, c] of compounds.entries()) {
    const base = 72 + ((k * 7) % 24);
    for (let q = 1; q <= 4; q++)
      await svc.scoreQuality(street, c.id, {
        year: year - 1,
        quarter: q,
        scores: sheet(qualityCriteria, base + q),
      });
    for (let q = 1; q < thisQuarter || (q === thisQuarter && k % 2 === 0); q++)
      await svc.scoreQuality(street, c.id, {
        year,
        quarter: q,
        scores: sheet(qualityCriteria, base + 2 + q),
      });
    if (base >= 85) await svc.setCampaign(street, c.id, { year, campaign: true });
  }

  // the demo compound's problem list 一小区一清单, decided at two joint meetings
  const items = [
    { kind: 'arrears', title: '欠缴物业费 14 个月', room: '3-2-501', amount: 8400, months: 14 },
    { kind: 'arrears', title: '欠缴物业费 9 个月', room: '5-1-302', amount: 5400, months: 9 },
    { kind: 'arrears', title: '欠缴物业费 6 个月（低保户）', room: '2-3-101', amount: 3600, months: 6 },
    { kind: 'arrears', title: '欠缴物业费 20 个月', room: '7-1-1202', amount: 12000, months: 20 },
    { kind: 'facility', title: '2栋电梯异响', room: '', amount: null, months: null },
    { kind: 'service', title: '地下车库照明不足', room: '', amount: null, months: null },
  ] as const;
  const ids: string[] = [];
  for (const it of items) ids.push((await svc.addIssue(shequ, demo.id, { ...it, dueOn: null })).id);
  const day = (offset: number) =>
    new Date(today.getTime() - offset * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  await svc.holdMeeting(shequ, demo.id, {
    heldOn: day(120),
    attendees: '社区党委书记、小区党支部、业委会、红棉物业、共建单位',
    minutes: '研究小区欠费及设施问题清单，分类采取“四个一批”措施。',
    decisions: [
      { issueId: ids[0], batch: 'publicise', measure: '在小区公告栏和业主群通报晾晒', dueOn: day(100) },
      { issueId: ids[1], batch: 'negotiate', measure: '业委会、物业与业主协商分期缴纳', dueOn: day(90) },
      { issueId: ids[2], batch: 'hardship', measure: '协调慈善基金暖心帮扶', dueOn: day(60) },
      { issueId: ids[4], batch: null, measure: '物业联系维保单位检修', dueOn: day(100) },
    ],
  });
  const move = async (id: string, action: 'escalate' | 'resolve', note: string) => {
    const list = await svc.problemList(shequ, demo.id);
    const i = list.issues.find((x) => x.id === id)!;
    await svc.transition(shequ, id, { action, version: i.version, note });
  };
  await move(ids[1], 'resolve', '已签订分期缴费协议并缴清');
  await move(ids[2], 'resolve', '慈善基金帮扶后缴清');
  await move(ids[4], 'resolve', '电梯已检修');
  await move(ids[0], 'escalate', '通报后仍未缴纳，转协商');
  await svc.holdMeeting(shequ, demo.id, {
    heldOn: day(30),
    attendees: '社区党委书记、小区党支部、业委会、红棉物业、人民调解员',
    minutes: '长期欠费户经协商未果的，引入人民调解，必要时依法诉讼。',
    decisions: [
      { issueId: ids[3], batch: 'litigate', measure: '人民调解，调解不成依法起诉', dueOn: day(-20) },
    ],
  });
}
