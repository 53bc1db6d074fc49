/**
 * The funds through HTTP (seed 003 Futian): funds and a round; organisations and a committee apply
 * before the call closes; eligibility, scores (never one's own, locked), ranking, two decisions at
 * once that cannot overspend, tranches 50/30/20 by progress, 结项评估 with a clawback, the public
 * list, Excel out and in, to-dos, figures, and one authorisation case per role and route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { creditCodeCheckChar } from '../socialorgs/index.ts';

let env: TestEnv;
let zzb: Client; // the fund office (org_officer on the district) and a reviewer
let street: Client; // street_officer on 福田街道: the street's party working committee
let community: Client;
let dept: Client; // dept_officer: a reviewer
let nearReviewer: Client; // dept_officer on 福山社区: a stake in 福山's applications
let org: Client; // social_org staff of 福山长者服务中心 (福山社区)
let org2: Client; // social_org staff of 竹林青少年服务社 (竹林社区)
let resident: Client;
let gridWorker: Client;
let other: Client; // org_officer of another district
let socialFund: string;
let partyFund: string;
let round: string;
let partyRound: string;
let appA: string;
let appB: string;
const year = Number(shanghaiDay().slice(0, 4));
const day = (offset: number) => shanghaiDay(new Date(Date.now() + offset * 86_400_000));
const n = (k: 'district' | 'street1' | 'street2' | 'community11' | 'community21') => env.nodes[k].id;
const lines = [
  { item: '人员经费', amountFen: 120_000_00 },
  { item: '活动物资', amountFen: 60_000_00 },
];
const body = (title: string) => ({
  title,
  category: '为老服务',
  summary: '长者助餐与探访',
  beneficiaries: 300,
  lines,
});
const move = (c: Client, id: string, b: object) => c.post(`/api/socialfund/applications/${id}/moves`, b);
const get = async (c: Client, id: string) => (await c.get(`/api/socialfund/applications/${id}`)).body;

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  community = await env.as('community_officer', 'community11');
  dept = await env.as('dept_officer', 'dept');
  nearReviewer = await env.as('dept_officer', 'community11');
  org = await env.as('social_org', 'community11');
  org2 = await env.as('social_org', 'community21');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  other = await env.as('org_officer', 'district2');
  const orgs = [
    ['福山长者服务中心', 'community11', org] as const,
    ['竹林青少年服务社', 'community21', org2] as const,
  ];
  for (const [i, [name, node, who]] of orgs.entries()) {
    const head = `52440304MJ000100${i}`;
    const creditCode = head + creditCodeCheckChar(head);
    const o = { nodeId: n(node), name, creditCode, category: 'elderly', partyBranch: 'single' } as const;
    const r = await env.services.socialorgs.register(zzb.ctx, o);
    await env.services.socialorgs.linkStaff(zzb.ctx, r.id, who.username);
  }
});
afterAll(() => env.close());

describe('funds and rounds (seed 003: 每年2000万元的社会建设专项资金; 每年1600万元基层党建创新项目启动资金)', () => {
  it('the office sets up both funds at the district; a bad plan, a street or attacker input is refused', async () => {
    const fund = {
      nodeId: n('district'),
      kind: 'social',
      name: '福田区社会建设专项资金',
      yearlyBudgetFen: 20_000_000_00,
      tranchePlan: [50, 30, 20],
    };
    expect((await street.post('/api/socialfund/funds', fund)).status).toBe(403);
    expect((await zzb.post('/api/socialfund/funds', { ...fund, nodeId: n('street1') })).status).toBe(422);
    const plan = await zzb.post('/api/socialfund/funds', { ...fund, tranchePlan: [50, 30] });
    expect(plan.status).toBe(422);
    expect(plan.body.errors[0].field).toBe('tranchePlan');
    const bad = [1e308, 'NaN', -1].map((v) => ({ yearlyBudgetFen: v }));
    for (const x of [...bad, ...['a\u0000b', 'a\ud800b', '长'.repeat(101)].map((name) => ({ name }))])
      expect((await zzb.post('/api/socialfund/funds', { ...fund, ...x })).status, JSON.stringify(x)).toBe(
        400,
      );
    socialFund = (await zzb.post('/api/socialfund/funds', fund)).body.id;
    const party = { kind: 'party', name: '基层党建创新项目启动资金', tranchePlan: [60, 40] };
    partyFund = (await zzb.post('/api/socialfund/funds', { ...fund, ...party })).body.id;
  });

  it('a round opens with its call; the same number twice is 409; a cap above the budget 422', async () => {
    const call = { roundNo: 9, year, title: `第9期（${year}年）`, opensOn: day(-5), closesOn: day(5) };
    const r = { ...call, capFen: 300_000_00, budgetFen: 400_000_00, categories: ['为老服务', '社会治理'] };
    const url = `/api/socialfund/funds/${socialFund}/rounds`;
    expect((await zzb.post(url, { ...r, capFen: 500_000_00 })).status).toBe(422);
    expect((await zzb.post(url, { ...r, closesOn: day(-6) })).body.errors[0].field).toBe('closesOn');
    round = (await zzb.post(url, r)).body.id;
    expect((await zzb.post(url, r)).status).toBe(409);
    expect((await other.post(url, { ...r, roundNo: 10 })).status).toBe(404);
    const p = {
      roundNo: 1,
      title: `${year}年党建创新项目`,
      budgetFen: 1_000_000_00,
      categories: ['党建引领基层治理'],
    };
    partyRound = (await zzb.post(`/api/socialfund/funds/${partyFund}/rounds`, { ...r, ...p })).body.id;
    const funds = await org.get('/api/socialfund/funds');
    expect(funds.body.funds.map((f: any) => [f.kind, f.rounds.length])).toEqual([
      ['social', 1],
      ['party', 1],
    ]);
    expect(funds.body.funds[0].rounds[0]).toMatchObject({ state: 'call', callOpen: true });
    expect(funds.body.can).toEqual({ manage: false, apply: true, review: false, export: false });
    expect((await other.get('/api/socialfund/funds')).body.funds).toEqual([]);
    expect((await other.get(`/api/socialfund/rounds/${round}`)).status).toBe(404);
  });
});

describe('applying (drafts, budget lines, submit before the call closes)', () => {
  it('an organisation starts a draft for itself; retries with the same Idempotency-Key make one', async () => {
    const url = `/api/socialfund/rounds/${round}/applications`;
    const h = { 'idempotency-key': 'apply-0001-abcdef' };
    const r = await org.post(url, body('长者助餐点'), h);
    expect(r.status, r.raw).toBe(200);
    appA = r.body.id;
    expect((await org.post(url, body('长者助餐点'), h)).body.id).toBe(appA);
    const a = await get(org, appA);
    expect(a).toMatchObject({
      applicantName: '福山长者服务中心',
      nodeName: '福山社区',
      state: 'draft',
      requestedFen: 180_000_00,
      mine: true,
      actions: ['submit'],
      can: { edit: true },
    });
    expect(a.lines.map((l: any) => l.item)).toEqual(['人员经费', '活动物资']);
    const bad = (l: object) => org.post(url, { ...body('x'), lines: [{ item: '费用', ...l }] });
    for (const amountFen of [1e308, -100, 'NaN', 10.5]) expect((await bad({ amountFen })).status).toBe(400);
    const cat = await org.post(url, { ...body('x'), category: '文体' });
    expect([cat.status, cat.body.errors[0].field]).toEqual([422, 'category']);
    // a street's committee is not a social organisation; an organisation is not a committee
    expect((await street.post(url, { ...body('x'), nodeId: n('street1') })).status).toBe(422);
    const party = `/api/socialfund/rounds/${partyRound}/applications`;
    expect((await org.post(party, { ...body('x'), category: '党建引领基层治理' })).status).toBe(422);
  });

  it('drafts are the applicant’s alone; officers see it once submitted; a draft is rewritten, not a submission', async () => {
    expect((await street.get(`/api/socialfund/applications/${appA}`)).status).toBe(404);
    expect((await org2.get(`/api/socialfund/applications/${appA}`)).status).toBe(404);
    const a = await get(org, appA);
    const put = await org.put(`/api/socialfund/applications/${appA}`, {
      ...body('长者助餐点（福山）'),
      lines: [...lines, { item: '场地租金', amountFen: 20_000_00 }],
      version: a.version,
    });
    expect(put.status, put.raw).toBe(200);
    expect(put.body).toMatchObject({ title: '长者助餐点（福山）', requestedFen: 200_000_00 });
    expect(
      (await org2.put(`/api/socialfund/applications/${appA}`, { ...body('y'), version: 2 })).status,
    ).toBe(404);
    expect((await move(org, appA, { action: 'submit', version: 2 })).body.state).toBe('submitted');
    expect((await org.put(`/api/socialfund/applications/${appA}`, { ...body('z'), version: 3 })).status).toBe(
      409,
    );
    expect((await street.get(`/api/socialfund/applications/${appA}`)).body.state).toBe('submitted');
    expect((await other.get(`/api/socialfund/applications/${appA}`)).status).toBe(404);
  });

  it('after the call closes a submission is refused with the closing date', async () => {
    appB = (await org2.post(`/api/socialfund/rounds/${round}/applications`, body('青少年四点半课堂'))).body
      .id;
    await env.db
      .updateTable('socialfund_rounds')
      .set({ closes_on: day(-1) })
      .where('id', '=', round)
      .execute();
    const late = await move(org2, appB, { action: 'submit', version: 1 });
    expect(late.status).toBe(409);
    expect(late.body.title).toContain(`${day(-1)} 截止`);
    await env.db
      .updateTable('socialfund_rounds')
      .set({ closes_on: day(5) })
      .where('id', '=', round)
      .execute();
    expect((await move(org2, appB, { action: 'submit', version: 1 })).status).toBe(200);
  });

  it('a street’s party committee applies for its own node only', async () => {
    const url = `/api/socialfund/rounds/${partyRound}/applications`;
    const b = { ...body('党群议事会'), category: '党建引领基层治理' };
    expect((await street.post(url, b)).status).toBe(422);
    expect((await street.post(url, { ...b, nodeId: n('street2') })).status).toBe(422);
    const r = await street.post(url, { ...b, nodeId: n('street1') });
    expect(r.status).toBe(200);
    expect(await get(street, r.body.id)).toMatchObject({
      applicantName: '福田街道党（工）委',
      nodeName: '福田街道',
    });
  });
});

describe('review: eligibility, scores, ranking, decisions', () => {
  it('eligibility is checked once the round is in review', async () => {
    expect((await move(zzb, appA, { action: 'qualify', version: 3 })).status).toBe(409);
    const r = (await zzb.get(`/api/socialfund/rounds/${round}`)).body;
    expect(r.actions).toEqual(['review']);
    expect(r.applicationsList.map((x: any) => x.title)).toEqual(['长者助餐点（福山）', '青少年四点半课堂']);
    expect(
      (await zzb.post(`/api/socialfund/rounds/${round}/moves`, { action: 'review', version: 99 })).status,
    ).toBe(409);
    expect(
      (await zzb.post(`/api/socialfund/rounds/${round}/moves`, { action: 'review', version: r.version }))
        .status,
    ).toBe(200);
    expect(
      (await zzb.get('/api/home/todos')).body.find((x: any) => x.key === 'socialfund.to_check'),
    ).toMatchObject({ count: 2 });
    expect((await move(org, appA, { action: 'qualify', version: 3 })).status).toBe(403);
    expect((await move(zzb, appA, { action: 'qualify', version: 3 })).body.state).toBe('eligible');
    expect((await move(zzb, appB, { action: 'qualify', version: 2, note: '材料齐全' })).body.state).toBe(
      'eligible',
    );
  });

  it('reviewers score once; one with a stake in it may not; the ranking follows the mean', async () => {
    const score = (c: Client, id: string, s: number) =>
      c.post(`/api/socialfund/applications/${id}/scores`, { score: s });
    expect(
      (await dept.get('/api/home/todos')).body.find((x: any) => x.key === 'socialfund.to_score'),
    ).toMatchObject({ count: 2 });
    const near = await score(nearReviewer, appA, 99);
    expect(near.status).toBe(403);
    expect(near.body.title).toContain('回避');
    expect((await nearReviewer.get(`/api/socialfund/applications/${appA}`)).body.can.score).toBe(false);
    expect((await score(dept, appA, 88)).body.myScore).toBe(88);
    expect((await score(dept, appA, 100)).status).toBe(409);
    expect((await score(dept, appA, 101)).status).toBe(400);
    await score(zzb, appA, 92);
    await score(dept, appB, 75);
    expect((await score(org, appB, 75)).status).toBe(403);
    const r = (await zzb.get(`/api/socialfund/rounds/${round}`)).body;
    expect(r.applicationsList.map((x: any) => [x.title, x.meanScore, x.rank])).toEqual([
      ['长者助餐点（福山）', 90, 1],
      ['青少年四点半课堂', 75, 2],
    ]);
    expect((await get(zzb, appA)).reviews.map((x: any) => x.score)).toEqual([88, 92]);
    const mine = await get(org, appA);
    expect([mine.meanScore, mine.rank, mine.reviews]).toEqual([null, null, []]);
  });

  it('two decisions at once never overspend the round (¥400,000): one stands, the other is over budget', async () => {
    expect(
      (await move(zzb, appA, { action: 'fund', version: 4, grantedFen: 300_000_01 })).body.errors[0],
    ).toMatchObject({
      field: 'grantedFen',
    });
    expect((await move(zzb, appA, { action: 'fund', version: 4 })).status).toBe(422);
    const [x, y] = await Promise.all([
      move(zzb, appA, { action: 'fund', version: 4, grantedFen: 250_000_00 }),
      move(zzb, appB, { action: 'fund', version: 3, grantedFen: 200_000_00 }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 422]);
    const loser = x.status === 422 ? appA : appB;
    expect((x.status === 422 ? x : y).body.errors[0].message).toContain('剩余预算');
    const r = (await zzb.get(`/api/socialfund/rounds/${round}`)).body;
    expect(r.allocatedFen).toBeLessThanOrEqual(400_000_00);
    expect(r.allocatedFen).toBe(x.status === 200 ? 250_000_00 : 200_000_00);
    // 一期一次决定: the winner is A for the rest of the story
    if (loser === appA) {
      await env.db
        .updateTable('socialfund_applications')
        .set({ state: 'eligible', granted_fen: null })
        .where('id', '=', appB)
        .execute();
      await env.db
        .updateTable('socialfund_rounds')
        .set({ allocated_fen: 0 })
        .where('id', '=', round)
        .execute();
      const v = (await get(zzb, appA)).version;
      expect((await move(zzb, appA, { action: 'fund', version: v, grantedFen: 250_000_00 })).status).toBe(
        200,
      );
    }
    const vb = (await get(zzb, appB)).version;
    expect((await move(zzb, appB, { action: 'decline', version: vb, note: '预算不足' })).body.state).toBe(
      'rejected',
    );
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('title')
      .where('user_id', 'in', [org.userId, org2.userId])
      .where('kind', '=', 'socialfund.decided')
      .execute();
    // (when B won the race, its reset decision was told too)
    expect(told.map((t) => t.title)).toEqual(
      expect.arrayContaining([
        '福田区社会建设专项资金“长者助餐点（福山）”：立项资助 250000.00 元',
        '福田区社会建设专项资金“青少年四点半课堂”：不予资助',
      ]),
    );
  });
});

describe('agreement, tranches 50/30/20 by progress, 结项评估', () => {
  const pay = (id: string, seq: number) =>
    zzb.post(`/api/socialfund/applications/${id}/payments`, { seq, paidOn: day(0) });
  const report = (c: Client, id: string, key?: string) =>
    c.post(
      `/api/socialfund/applications/${id}/reports`,
      { progress: 50, served: 160, text: '已开展助餐服务 40 场' },
      key ? { 'idempotency-key': key } : {},
    );

  it('signing makes the tranches; each is paid when its condition is met; the last after a passing evaluation', async () => {
    const v = (await get(zzb, appA)).version;
    expect((await move(zzb, appA, { action: 'sign', version: v })).status).toBe(422);
    const signed = await move(zzb, appA, { action: 'sign', version: v, signedOn: day(0) });
    expect(signed.body.tranches.map((t: any) => [t.percent, t.amountFen, t.payable])).toEqual([
      [50, 125_000_00, true],
      [30, 75_000_00, false],
      [20, 50_000_00, false],
    ]);
    expect((await pay(appA, 2)).status).toBe(409);
    expect((await pay(appA, 1)).status).toBe(200);
    expect((await pay(appA, 1)).status).toBe(409);
    expect((await pay(appA, 2)).body.title).toContain('进展报告');
    const due = (await org.get('/api/home/todos')).body.find((x: any) => x.key === 'socialfund.reports_due');
    expect(due).toMatchObject({ count: 1, level: 'red' });
    expect((await report(org2, appA)).status).toBe(404);
    const first = await report(org, appA, 'report-0001-abcdef');
    expect((await report(org, appA, 'report-0001-abcdef')).body.id).toBe(first.body.id);
    expect((await pay(appA, 2)).status).toBe(200);
    const w = (await get(zzb, appA)).version;
    expect((await move(zzb, appA, { action: 'pass', version: w })).body.title).toContain('进展报告');
    await report(org, appA);
    expect((await pay(appA, 3)).body.title).toContain('结项评估');
    const done = await move(zzb, appA, { action: 'pass', version: w, excellent: true });
    expect(done.body).toMatchObject({ state: 'completed', grade: 'excellent' });
    expect((await pay(appA, 3)).body.tranches.map((t: any) => t.state)).toEqual(['paid', 'paid', 'paid']);
    const paid = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('user_id', '=', org.userId)
      .where('kind', 'in', ['socialfund.paid', 'socialfund.evaluated'])
      .execute();
    expect(paid).toHaveLength(4);
  });

  it('the numbered 资助协议 is printable once granted: by the applicant and the office, nobody else', async () => {
    const a = await org.get(`/api/socialfund/applications/${appA}/agreement`);
    expect(a.status, a.raw).toBe(200);
    // (the first number went to B when B won the race above and its grant was undone)
    expect(a.body.number).toMatch(new RegExp(`^社资协〔${year}〕第000[12]号$`));
    expect(a.body).toMatchObject({
      applicantName: '福山长者服务中心',
      grantedFen: 250_000_00,
      signedOn: day(0),
    });
    expect(a.body.tranches.map((t: any) => [t.percent, t.amountFen])).toEqual([
      [50, 125_000_00],
      [30, 75_000_00],
      [20, 50_000_00],
    ]);
    expect((await get(zzb, appA)).agreementNo).toBe(a.body.number);
    expect((await zzb.get(`/api/socialfund/applications/${appA}/agreement`)).status).toBe(200);
    expect((await org2.get(`/api/socialfund/applications/${appA}/agreement`)).status).toBe(404);
    expect((await other.get(`/api/socialfund/applications/${appA}/agreement`)).status).toBe(404);
    // not granted: no agreement
    expect((await org2.get(`/api/socialfund/applications/${appB}/agreement`)).status).toBe(404);
    expect((await org.get('/api/socialfund/applications/x/agreement')).status).toBe(400);
    // granted: no longer withdrawn
    const v = (await get(org, appA)).version;
    expect((await move(org, appA, { action: 'withdraw', version: v, reason: '不做了' })).status).toBe(409);
  });

  it('不合格: the clawback is what was paid, the rest cancelled (party committee, 60/40)', async () => {
    const a = (await street.get(`/api/socialfund/applications?roundId=${partyRound}`)).body[0];
    // budget lines typed in from a paper sheet by the office, while the application is a draft
    const csv = (rows: string[][]) =>
      Buffer.from(['项目名称,科目,金额（元）', ...rows.map((r) => r.join(','))].join('\r\n'), 'utf8');
    const url = (dry: boolean) => `/api/socialfund/rounds/${partyRound}/lines/import?dryRun=${dry ? 1 : 0}`;
    const good = csv([
      ['党群议事会', '人员经费', '120000'],
      ['党群议事会', '议事活动', '"8,000.50"'],
    ]);
    const dry = await zzb.upload(url(true), good, 'lines.csv', 'text/csv');
    expect(dry.status, dry.raw).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    const bad = await zzb.upload(
      url(false),
      csv([
        ['没有的项目', '物资', '-5'],
        ['党群议事会', '=cmd', '1'],
      ]),
      'l.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(['row2.amount', 'row2.title', 'row3.item']);
    expect((await street.upload(url(false), good, 'lines.csv', 'text/csv')).status).toBe(403);
    expect((await zzb.upload(url(false), good, 'lines.csv', 'text/csv')).body.added).toBe(1);
    expect((await zzb.upload(url(false), good, 'lines.csv', 'text/csv')).body.added).toBe(0);
    const x = await get(street, a.id);
    expect(x.requestedFen).toBe(188_000_50);
    await move(street, a.id, { action: 'submit', version: x.version });
    const r = (await zzb.get(`/api/socialfund/rounds/${partyRound}`)).body;
    await zzb.post(`/api/socialfund/rounds/${partyRound}/moves`, { action: 'review', version: r.version });
    let v = (await move(zzb, a.id, { action: 'qualify', version: x.version + 1 })).body.version;
    v = (await move(zzb, a.id, { action: 'fund', version: v, grantedFen: 100_000_00 })).body.version;
    v = (await move(zzb, a.id, { action: 'sign', version: v, signedOn: day(0) })).body.version;
    await pay(a.id, 1);
    expect((await move(zzb, a.id, { action: 'fail', version: v })).status).toBe(409);
    await report(street, a.id);
    const over = await move(zzb, a.id, { action: 'fail', version: v, clawbackFen: 60_000_01 });
    expect(over.body.errors[0].field).toBe('clawbackFen');
    const failed = await move(zzb, a.id, { action: 'fail', version: v, note: '未按协议开展活动' });
    expect(failed.body).toMatchObject({ state: 'failed', grade: 'fail', clawbackFen: 60_000_00 });
    expect(failed.body.tranches.map((t: any) => t.state)).toEqual(['paid', 'cancelled']);
    expect((await pay(a.id, 2)).status).toBe(409);
  });
});

describe('the published list, Excel and figures', () => {
  it('the list is public once published', async () => {
    const url = `/api/socialfund/public/rounds/${round}`;
    expect((await env.anon().get(url)).status).toBe(409);
    const r = (await zzb.get(`/api/socialfund/rounds/${round}`)).body;
    await zzb.post(`/api/socialfund/rounds/${round}/moves`, { action: 'publish', version: r.version });
    const pub = await env.anon().get(url);
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({
      fundName: '福田区社会建设专项资金',
      totalFen: 250_000_00,
      projects: [{ applicantName: '福山长者服务中心', title: '长者助餐点（福山）', grantedFen: 250_000_00 }],
    });
    expect((await org2.get(`/api/socialfund/applications/${appB}`)).body.meanScore).toBe(75);
  });

  it('exports the ranked applications and the funded list', async () => {
    const all = await sheetRows((await zzb.get(`/api/socialfund/rounds/${round}/export`)).rawPayload);
    expect(all.header.slice(0, 4)).toEqual(['排名', '申报单位', '所在', '项目名称']);
    expect(all.body.map((x) => [x[0], x[1], x[8]])).toEqual([
      ['1', '福山长者服务中心', '已结项'],
      ['2', '竹林青少年服务社', '不予资助'],
    ]);
    const funded = await sheetRows(
      (await zzb.get(`/api/socialfund/rounds/${round}/funded/export`)).rawPayload,
    );
    expect(funded.name).toBe('资助项目名单');
    expect(funded.body).toEqual([
      ['福山长者服务中心', '长者助餐点（福山）', '为老服务', '250000', day(0), '250000', '优秀'],
    ]);
    expect((await street.get(`/api/socialfund/rounds/${round}/export`)).status).toBe(200);
  });

  it('figures: budget used per round, funded, average grant, beneficiaries, pass share', async () => {
    const stats = await zzb.get(`/api/home/stats?nodeId=${n('district')}&year=${year}`);
    const fig = (k: string) => stats.body.find((s: any) => s.key === `socialfund.${k}`);
    expect(fig('budget_used').value).toBe(25); // (250,000 + 100,000) ÷ (400,000 + 1,000,000)
    expect(fig('budget_used').series.map((s: any) => s.value)).toEqual([62.5, 10]);
    expect(fig('budget_used').definition).toContain('预算');
    expect([fig('funded').value, fig('average_grant').value, fig('beneficiaries').value]).toEqual([
      2, 175_000, 600,
    ]);
    expect(fig('pass_share').value).toBe(50);
  });
});

describe('撤回: an applicant withdraws before the grant, with a reason', () => {
  it('only the applicant, with a reason, before it is granted; audited; the office sees why', async () => {
    const call = { roundNo: 11, year, title: `第11期（${year}年）`, opensOn: day(-1), closesOn: day(9) };
    const r = { ...call, capFen: 100_000_00, budgetFen: 100_000_00, categories: ['为老服务'] };
    const rid = (await zzb.post(`/api/socialfund/funds/${socialFund}/rounds`, r)).body.id;
    const id = (await org.post(`/api/socialfund/rounds/${rid}/applications`, body('重阳敬老活动'))).body.id;
    const v = (await move(org, id, { action: 'submit', version: 1 })).body.version;
    const none = await move(org, id, { action: 'withdraw', version: v });
    expect([none.status, none.body.errors[0].field]).toEqual([422, 'reason']);
    expect((await move(org, id, { action: 'withdraw', version: v, reason: ' ' })).status).toBe(400);
    expect((await move(zzb, id, { action: 'withdraw', version: v, reason: '替他撤回' })).status).toBe(403);
    expect((await move(org2, id, { action: 'withdraw', version: v, reason: 'x' })).status).toBe(404);
    const w = await move(org, id, { action: 'withdraw', version: v, reason: '活动场地已由街道提供' });
    expect(w.status, w.raw).toBe(200);
    expect(w.body).toMatchObject({ state: 'withdrawn', withdrawReason: '活动场地已由街道提供', actions: [] });
    expect((await get(zzb, id)).withdrawReason).toBe('活动场地已由街道提供');
    expect((await move(org, id, { action: 'withdraw', version: w.body.version, reason: 'x' })).status).toBe(
      409,
    );
    const audited = await env.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'socialfund.application.withdraw')
      .where('object_id', '=', id)
      .execute();
    expect(audited).toEqual([
      { detail: { from: 'submitted', to: 'withdrawn', reason: '活动场地已由街道提供' } },
    ]);
  });
});

describe('one authorisation case per role and route', () => {
  const id = '00000000-0000-7000-8000-000000000000';
  const [F, R, A] = [
    '/api/socialfund/funds',
    `/api/socialfund/rounds/${id}`,
    `/api/socialfund/applications/${id}`,
  ];
  const app = { title: 'x', category: 'x', beneficiaries: 1, lines: [{ item: 'x', amountFen: 1 }] };
  const call = { roundNo: 1, year: 2026, title: 'x', opensOn: '2026-01-01', closesOn: '2026-02-01' };
  const round = { ...call, capFen: 1, budgetFen: 1, categories: ['x'] };
  const fund = { nodeId: id, kind: 'social', name: 'x', yearlyBudgetFen: 1, tranchePlan: [100] };
  const readers = ['org', 'street', 'community', 'dept', 'socialorg'];
  const applicants = ['street', 'community', 'socialorg'];
  // [method, url, body, the roles the shell lets through (any other answer but 403 is theirs)]
  const ROUTES: [string, string, object | undefined, string[]][] = [
    ['GET', F, undefined, readers],
    ['POST', F, fund, ['org']],
    ['POST', `${F}/${id}/rounds`, round, ['org']],
    ['GET', R, undefined, readers],
    ['POST', `${R}/moves`, { action: 'review', version: 1 }, ['org']],
    ['GET', `${R}/export`, undefined, ['org', 'street']],
    ['GET', `${R}/funded/export`, undefined, ['org', 'street']],
    ['POST', `${R}/applications`, app, applicants],
    ['GET', '/api/socialfund/applications', undefined, readers],
    ['GET', A, undefined, readers],
    ['GET', `${A}/agreement`, undefined, readers],
    ['PUT', A, { ...app, version: 1 }, applicants],
    ['POST', `${A}/moves`, { action: 'submit', version: 1 }, readers],
    ['POST', `${A}/scores`, { score: 80 }, ['org', 'dept']],
    ['POST', `${A}/payments`, { seq: 1, paidOn: '2026-01-01' }, ['org']],
    ['POST', `${A}/reports`, { progress: 1, served: 1, text: 'x' }, applicants],
  ];
  const clients = (): Record<string, Client> => {
    return { org: zzb, street, community, dept, socialorg: org, resident, grid: gridWorker };
  };
  it.each(
    ROUTES.flatMap(([m, u, b, allowed]) =>
      [...readers, 'resident', 'grid'].map((role) => [role, m, u, b, allowed.includes(role)] as const),
    ),
  )('%s %s %s', async (role, method, url, b, allowed) => {
    const r = await clients()[role].request(method, url, b);
    if (allowed) expect(r.status, r.raw).not.toBe(403);
    else expect(r.status).toBe(403);
  });
  it('an anonymous caller is refused, but reads a published list', async () => {
    expect((await env.anon().get(F)).status).toBe(401);
    expect((await env.anon().get(`/api/socialfund/public/rounds/${id}`)).status).toBe(404);
  });
});
