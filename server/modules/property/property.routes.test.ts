/**
 * 红色物业 and quality communities through HTTP (seed 001, Longquan): registers, the company's star
 * rating published to owners, the quality index, the fee ledger and its collection rate, an arrears
 * item through the four batches decided at the joint meeting, Excel in and out, and who may do what
 * (officers by subtree, staff by their company, 业委会 by their compound).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let street: Client; // 福田街道: rates and manages
let officer: Client; // 福山社区
let officer12: Client; // 水围社区: outside 福山
let staff: Client; // property staff on 福山社区, linked to company A
let staffB: Client; // property staff on 福山社区, linked to company B
let committee: Client; // 业委会 on 福山社区, linked to compound 1
let resident: Client;
let companyA: string;
let companyB: string;
let compound1: string; // served by A
let compound2: string; // served by B
const year = 2026;

beforeAll(async () => {
  env = await createTestEnv();
  street = await env.as('street_officer', 'street1');
  officer = await env.as('community_officer', 'community11');
  officer12 = await env.as('community_officer', 'community12');
  staff = await env.as('property_staff', 'community11', { username: 'wuye_a' });
  staffB = await env.as('property_staff', 'community11', { username: 'wuye_b' });
  committee = await env.as('owners_committee', 'community11', { username: 'ywh_1' });
  resident = await env.as('resident', 'community11');
});
afterAll(() => env.close());

const fee = (period: string, billed: number, paid: number) => ({
  period,
  billed,
  paid,
  householdsBilled: 100,
  householdsPaid: Math.round((100 * paid) / billed),
});

describe('registers', () => {
  it('a street officer registers companies; a repeated credit code is refused per field', async () => {
    const a = await street.post('/api/property/companies', {
      nodeId: env.nodes.street1.id,
      name: '红棉物业服务有限公司',
      creditCode: '91440300MA5F000001',
      contactName: '林经理',
    });
    expect(a.status).toBe(200);
    companyA = a.body.id;
    const b = await street.post('/api/property/companies', {
      nodeId: env.nodes.street1.id,
      name: '福城物业管理有限公司',
      creditCode: '91440300MA5F000002',
    });
    companyB = b.body.id;
    const again = await street.post('/api/property/companies', {
      nodeId: env.nodes.street1.id,
      name: '另一家',
      creditCode: '91440300MA5F000001',
    });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].field).toBe('creditCode');
    const bad = await street.post('/api/property/companies', {
      nodeId: env.nodes.street1.id,
      name: '',
      creditCode: 'x',
    });
    expect(bad.status).toBe(400);
  });

  it('a community officer registers compounds on the community (not on a grid), with the company and the party branch', async () => {
    const org = await env.services.org.createPartyOrg(street.ctx, {
      nodeId: env.nodes.community11.id,
      kind: 'branch',
      name: '福山花园小区党支部',
    });
    const c1 = await officer.post('/api/property/compounds', {
      nodeId: env.nodes.community11.id,
      name: '福山花园',
      households: 420,
      companyId: companyA,
      partyOrgId: org.id,
    });
    expect(c1.status).toBe(200);
    compound1 = c1.body.id;
    compound2 = (
      await officer.post('/api/property/compounds', {
        nodeId: env.nodes.community11.id,
        name: '福山雅苑',
        households: 260,
        companyId: companyB,
        branchKind: 'work_branch',
      })
    ).body.id;
    const onGrid = await officer.post('/api/property/compounds', { nodeId: env.nodes.grid111.id, name: 'X' });
    expect(onGrid.status).toBe(422);
    const outside = await officer12.post('/api/property/compounds', {
      nodeId: env.nodes.community11.id,
      name: 'Y',
    });
    expect(outside.status).toBe(404);
    const member = await officer.post(`/api/property/compounds/${compound1}/committee`, {
      name: '郑建国',
      post: 'director',
      partyMember: true,
    });
    expect(member.status).toBe(200);
    const got = await officer.get(`/api/property/compounds/${compound1}`);
    expect(got.body.compound).toMatchObject({
      name: '福山花园',
      companyName: '红棉物业服务有限公司',
      partyOrgName: '福山花园小区党支部',
      committee: [{ name: '郑建国', post: 'director', partyMember: true }],
      can: { manage: true, issues: true, meet: true },
    });
  });

  it('accounts are linked: staff to their company, 业委会 to their compound; the wrong role is refused', async () => {
    expect(
      (await street.post(`/api/property/companies/${companyA}/staff`, { username: 'wuye_a' })).status,
    ).toBe(200);
    expect(
      (await street.post(`/api/property/companies/${companyB}/staff`, { username: 'wuye_b' })).status,
    ).toBe(200);
    expect(
      (await officer.post(`/api/property/compounds/${compound1}/committee-accounts`, { username: 'ywh_1' }))
        .status,
    ).toBe(200);
    const wrong = await officer.post(`/api/property/compounds/${compound1}/committee-accounts`, {
      username: 'wuye_a',
    });
    expect(wrong.status).toBe(422);
  });

  it('scope: a company’s staff see only the compounds it serves; a 业委会 member only their compound; others 404', async () => {
    const names = async (c: Client) =>
      (await c.get('/api/property/compounds')).body.map((x: { name: string }) => x.name);
    expect(await names(officer)).toEqual(['福山花园', '福山雅苑']);
    expect(await names(staff)).toEqual(['福山花园']);
    expect(await names(staffB)).toEqual(['福山雅苑']);
    expect(await names(committee)).toEqual(['福山花园']);
    expect(await names(officer12)).toEqual([]);
    expect((await staff.get(`/api/property/compounds/${compound2}`)).status).toBe(404);
    expect((await committee.get(`/api/property/compounds/${compound2}`)).status).toBe(404);
    expect((await officer12.get(`/api/property/compounds/${compound1}`)).status).toBe(404);
    expect((await resident.get('/api/property/compounds')).status).toBe(403);
    const companies = (await staff.get('/api/property/companies')).body.map((x: { name: string }) => x.name);
    expect(companies).toEqual(['红棉物业服务有限公司']);
  });
});

describe('the yearly star rating 红色物业星级评定 (seed 001)', () => {
  it('Longquan: a company is scored against the five musts, then published to owners choosing a company (seed 001)', async () => {
    const crit = await street.get(`/api/property/criteria?nodeId=${env.nodes.street1.id}&kind=company`);
    expect(crit.body.items).toHaveLength(5);
    const scores = Object.fromEntries(
      crit.body.items.map((c: { code: string }, i: number) => [c.code, 90 + i]),
    );
    expect((await officer.put(`/api/property/companies/${companyA}/rating`, { year, scores })).status).toBe(
      403,
    );
    const missing = await street.put(`/api/property/companies/${companyA}/rating`, {
      year,
      scores: { party: 90 },
    });
    expect(missing.status).toBe(422);
    const r = await street.put(`/api/property/companies/${companyA}/rating`, { year, scores });
    expect(r.body).toEqual({ total: 92, stars: 5 });
    // not yet published: owners see nothing, staff see no rating
    const before = await env.anon().get(`/api/public/property/communities/${env.nodes.community11.id}`);
    expect(
      before.body.companies.find((c: { name: string }) => c.name === '红棉物业服务有限公司').ratings,
    ).toEqual([]);
    expect((await staff.get(`/api/property/companies/${companyA}/rating?year=${year}`)).body).toBeNull();
    expect((await street.post(`/api/property/companies/${companyA}/rating/publish`, { year })).status).toBe(
      200,
    );
    const after = await env.anon().get(`/api/public/property/communities/${env.nodes.community11.id}`);
    expect(after.body.compounds.find((c: { name: string }) => c.name === '福山花园')).toMatchObject({
      companyName: '红棉物业服务有限公司',
      ratings: [{ year, stars: 5, total: 92 }],
    });
    expect((await staff.get(`/api/property/companies/${companyA}/rating?year=${year}`)).body.stars).toBe(5);
    const again = await street.put(`/api/property/companies/${companyA}/rating`, { year, scores });
    expect(again.status).toBe(409);
    const notes = await env.db
      .selectFrom('notify_notifications')
      .select('title')
      .where('user_id', '=', staff.userId)
      .execute();
    expect(notes.map((n) => n.title).join()).toContain('五星');
  });

  it('the criteria and weights are configurable per district', async () => {
    const bad = await street.put('/api/property/criteria', {
      nodeId: env.nodes.street1.id,
      kind: 'company',
      items: [{ code: 'a', name: 'A', weight: 1 }],
    });
    expect(bad.status).toBe(404); // the district's list: a district officer's
    const zzb = await env.as('org_officer', 'district');
    const ok = await zzb.put('/api/property/criteria', {
      nodeId: env.nodes.district.id,
      kind: 'company',
      items: [
        { code: 'a', name: '党建引领', weight: 3 },
        { code: 'b', name: '服务质量', weight: 1 },
      ],
    });
    expect(ok.status).toBe(200);
    const r = await zzb.put(`/api/property/companies/${companyB}/rating`, {
      year,
      scores: { a: 100, b: 60 },
    });
    expect(r.body).toEqual({ total: 90, stars: 5 });
  });
});

describe('the quality-community index 品质小区指数 (seed 001)', () => {
  it('Longquan: scored each quarter, rated once a year, five-star campaign and ranking (seed 001)', async () => {
    const crit = (await officer.get(`/api/property/criteria?nodeId=${env.nodes.community11.id}&kind=quality`))
      .body.items;
    const sheet = (v: number) => Object.fromEntries(crit.map((c: { code: string }) => [c.code, v]));
    expect(
      (await officer.put(`/api/property/compounds/${compound1}/campaign`, { year, campaign: true })).status,
    ).toBe(200);
    for (const [q, v] of [
      [1, 88],
      [2, 90],
      [3, 92],
    ])
      expect(
        (
          await officer.put(`/api/property/compounds/${compound1}/quality`, {
            year,
            quarter: q,
            scores: sheet(v),
          })
        ).body.yearly,
      ).toBeNull();
    const q4 = await officer.put(`/api/property/compounds/${compound1}/quality`, {
      year,
      quarter: 4,
      scores: sheet(94),
    });
    expect(q4.body).toEqual({ total: 94, yearly: { average: 91, stars: 5 } });
    await officer.put(`/api/property/compounds/${compound2}/quality`, {
      year,
      quarter: 1,
      scores: sheet(75),
    });
    const ranking = await officer.get(`/api/property/ranking?year=${year}`);
    expect(ranking.body.map((r: { name: string; rank: number }) => [r.rank, r.name])).toEqual([
      [1, '福山花园'],
      [2, '福山雅苑'],
    ]);
    expect(ranking.body[0]).toMatchObject({ campaign: true, stars: 5, quarters: 4 });
    expect(
      (
        await staff.put(`/api/property/compounds/${compound1}/quality`, {
          year,
          quarter: 1,
          scores: sheet(1),
        })
      ).status,
    ).toBe(403);
  });
});

describe('fees and the four batches 四个一批 (seed 001)', () => {
  it("Longquan: a compound's collection rate is paid ÷ billed, kept by its company's staff (seed 001)", async () => {
    expect(
      (
        await staff.put(`/api/property/compounds/${compound1}/fees`, {
          rows: [fee(`${year}-01`, 100000, 90000), fee(`${year}-02`, 100000, 94000)],
        })
      ).status,
    ).toBe(200);
    expect(
      (await staff.put(`/api/property/compounds/${compound2}/fees`, { rows: [fee(`${year}-01`, 1, 1)] }))
        .status,
    ).toBe(404);
    const f = await officer.get(`/api/property/fees?year=${year}&compoundId=${compound1}`);
    expect(f.body).toMatchObject({ billed: 200000, paid: 184000, rate: 0.92 });
    const dup = await staff.put(`/api/property/compounds/${compound1}/fees`, {
      rows: [fee(`${year}-01`, 1, 1), fee(`${year}-01`, 1, 1)],
    });
    expect(dup.status).toBe(422);
  });

  it('Longquan: an arrears item on the list 一小区一清单 is decided at the joint meeting and goes through the four batches (seed 001)', async () => {
    const add = await committee.post(`/api/property/compounds/${compound1}/issues`, {
      kind: 'arrears',
      title: '欠缴物业费 14 个月',
      room: '3-2-501',
      amount: 8400,
      months: 14,
    });
    expect(add.status).toBe(200);
    const id = add.body.id;
    const noAmount = await committee.post(`/api/property/compounds/${compound1}/issues`, {
      kind: 'arrears',
      title: 'x',
    });
    expect(noAmount.status).toBe(422);
    // staff of the other company cannot touch it
    const list = async () => (await officer.get(`/api/property/compounds/${compound1}`)).body.issues[0];
    let i = await list();
    expect(i).toMatchObject({ state: 'listed', actions: [] });
    expect(
      (
        await staffB.post(`/api/property/issues/${id}/transitions`, {
          action: 'escalate',
          version: i.version,
        })
      ).status,
    ).toBe(404);
    // the meeting decides: publicise first
    const noBatch = await officer.post(`/api/property/compounds/${compound1}/meetings`, {
      heldOn: `${year}-03-05`,
      attendees: '社区党委、业委会、物业、共建单位',
      minutes: '研究欠费问题',
      decisions: [{ issueId: id, measure: '公示' }],
    });
    expect(noBatch.status).toBe(422);
    const meet = await officer.post(`/api/property/compounds/${compound1}/meetings`, {
      heldOn: `${year}-03-05`,
      attendees: '社区党委、业委会、物业、共建单位',
      minutes: '研究欠费问题，列入通报晾晒一批',
      decisions: [{ issueId: id, batch: 'publicise', measure: '在小区公告栏通报', dueOn: `${year}-03-20` }],
    });
    expect(meet.status).toBe(200);
    i = await list();
    expect(i).toMatchObject({
      state: 'publicise',
      meetingId: meet.body.id,
      actions: ['escalate', 'resolve'],
    });
    for (const to of ['negotiate', 'hardship', 'litigate']) {
      const r = await staff.post(`/api/property/issues/${id}/transitions`, {
        action: 'escalate',
        version: i.version,
        note: to,
      });
      expect(r.body.state).toBe(to);
      i = await list();
    }
    const stale = await staff.post(`/api/property/issues/${id}/transitions`, {
      action: 'resolve',
      version: 1,
      note: 'x',
    });
    expect(stale.status).toBe(409);
    const done = await staff.post(`/api/property/issues/${id}/transitions`, {
      action: 'resolve',
      version: i.version,
      note: '经人民调解达成还款协议，已全部缴清',
    });
    expect(done.body.state).toBe('resolved');
    i = await list();
    expect(i.steps.map((s: { to: string }) => s.to)).toEqual([
      'publicise',
      'negotiate',
      'hardship',
      'litigate',
      'resolved',
    ]);
    const audit = await env.db.selectFrom('audit_log').select('action').where('object_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('property.issue.resolve');
  });

  it('the home page lists items for the meeting; the dashboard shows the collection rate and the quality figures', async () => {
    await committee.post(`/api/property/compounds/${compound1}/issues`, {
      kind: 'facility',
      title: '电梯异响',
    });
    const home = await officer.get('/api/home/todos');
    expect(JSON.stringify(home.body)).toContain('property.to_decide');
    const dash = await street.get(`/api/home/stats?nodeId=${env.nodes.street1.id}&year=${year}`);
    const stats = Object.fromEntries(
      (dash.body.stats ?? dash.body).map((s: { key: string; value: number }) => [s.key, s.value]),
    );
    expect(stats['property.collection_rate']).toBe(92);
    expect(stats['property.five_star']).toBe(1);
    expect(stats['property.arrears_resolved']).toBe(1);
    // the district's dashboard and ranking hold its streets' compounds together
    const zzb = await env.as('org_officer', 'district');
    const at = async (k: 'district' | 'street1' | 'street2', level: string) =>
      Object.fromEntries(
        (await env.services.property.stats(zzb.ctx, { ...env.nodes[k], level }, year)).map((s) => [
          s.key,
          s.value ?? 0,
        ]),
      );
    const d = await at('district', 'district');
    const [s1, s2] = [await at('street1', 'street'), await at('street2', 'street')];
    for (const k of ['compounds', 'five_star', 'arrears_open', 'arrears_resolved'])
      expect(d[`property.${k}`]).toBe(s1[`property.${k}`] + s2[`property.${k}`]);
    expect(d['property.arrears_resolved']).toBeGreaterThan(0);
    const rankingOf = async (k: 'district' | 'street1' | 'street2') =>
      (await zzb.get(`/api/property/ranking?nodeId=${env.nodes[k].id}&year=${year}`)).body.length;
    expect(await rankingOf('district')).toBe((await rankingOf('street1')) + (await rankingOf('street2')));
  });
});

describe('Excel', () => {
  async function upload(c: Client, url: string, rows: (string | number)[][]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    for (const r of rows) ws.addRow(r);
    return c.upload(url, Buffer.from(await wb.xlsx.writeBuffer()), 'a.xlsx');
  }

  it('imports the fee ledger as staff type it (a bad row changes nothing), and exports every register', async () => {
    const bad = await upload(staff, `/api/property/import/fees?nodeId=${env.nodes.community11.id}`, [
      ['小区名称', '月份', '应收金额', '实收金额'],
      ['福山花园', '2026年3月', 100000, 95000],
      ['福山雅苑', '2026-03', 100, 100],
    ]);
    expect(bad.body.imported).toBe(0);
    expect(bad.body.errors[0]).toMatchObject({ row: 3, field: 'compound' });
    const good = await upload(staff, `/api/property/import/fees?nodeId=${env.nodes.community11.id}`, [
      ['物业费收缴台账'],
      ['小区名称', '月份', '应收金额', '实收金额', '应缴户数', '已缴户数'],
      ['福山花园', '2026年3月', 100000, 95000, 420, 400],
    ]);
    expect(good.body).toMatchObject({ imported: 1, errors: [] });
    const f = await staff.get(`/api/property/fees?year=${year}`);
    expect(f.body.paid).toBe(279000);
    const companies = await upload(street, `/api/property/import/companies?nodeId=${env.nodes.street1.id}`, [
      ['企业名称', '统一社会信用代码', '联系人'],
      ['香蜜物业有限公司', '91440300MA5F000003', '王'],
      ['红棉物业服务有限公司', '91440300MA5F000001', '林'],
    ]);
    expect(companies.body).toMatchObject({ imported: 1, skipped: 1 });
    for (const what of ['companies', 'compounds', 'fees', 'issues', 'ratings', 'quality']) {
      const x = await officer.get(`/api/property/export?what=${what}&year=${year}`);
      expect(x.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets[0].rowCount).toBeGreaterThan(1);
    }
    expect((await resident.get('/api/property/export?what=fees')).status).toBe(403);
  });
});

describe('who may (one case per role)', () => {
  it.each([
    ['org_officer', 'district', 200, 200],
    ['street_officer', 'street1', 200, 200],
    ['community_officer', 'community11', 200, 200],
    ['community_officer', 'community21', 200, 404],
    ['property_staff', 'community11', 200, 404],
    ['owners_committee', 'community11', 200, 404],
    ['resident', 'community11', 403, 403],
    ['grid_worker', 'grid111', 403, 403],
    ['mediator', 'community11', 403, 403],
  ] as const)('%s on %s: list %d, an unlinked/outside compound %d', async (role, node, list, one) => {
    const c = await env.as(role, node);
    expect((await c.get('/api/property/compounds')).status).toBe(list);
    expect((await c.get(`/api/property/compounds/${compound1}`)).status).toBe(one);
  });
});
