/**
 * The 强村富民 fund through HTTP (Qingtian, seed 001): a pool raised by the 1+1+1+N model, a
 * village's application, the 4+X visits and the feasibility report, the plan, batches approved and
 * paid by two people within the plan and the pool (also when two approvals race), the yearly review
 * with returns, the exit; who may do what, scope, notices, audit and Excel.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

const WAN = 1_000_000;
let env: TestEnv;
let org: Client; // 区委组织部 (district)
let street: Client; // 福田街道 fund manager
let street2: Client; // a second officer of the street (checks and pays)
let otherStreet: Client; // 香蜜湖街道: outside
let village: Client; // 福山社区 village staff
let village12: Client; // 水围社区 village staff: outside
let poolId: string;
let projectId: string;

beforeAll(async () => {
  env = await createTestEnv();
  org = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  street2 = await env.as('street_officer', 'street1');
  otherStreet = await env.as('street_officer', 'street2');
  village = await env.as('village_staff', 'community11');
  village12 = await env.as('village_staff', 'community12');
});
afterAll(() => env.close());

const apply = (
  c: Client,
  nodeKey: 'community11' | 'community12',
  over: Record<string, unknown> = {},
  key?: string,
) =>
  c.post(
    '/api/villagefund/projects',
    {
      nodeId: env.nodes[nodeKey].id,
      title: '瑞乐牧场扩建',
      description: '扩建牛舍，增加存栏，村集体经营，农户入股分红。',
      category: 'farming',
      investmentFen: 740 * WAN,
      annualRevenueFen: 160 * WAN,
      annualCostFen: 100 * WAN,
      horizonYears: 15,
      households: 120,
      risks: { market: 2, operation: 2, collateral: 2, policy: 2 },
      ...over,
    },
    key ? { 'idempotency-key': key } : {},
  );
const project = async (c: Client, id = projectId) => (await c.get(`/api/villagefund/projects/${id}`)).body;
async function notices(c: Client, kind: string) {
  // notices to a node reach every account with a role on it (the inbox reads them)
  const inbox = await env.services.notify.inbox(c.ctx, { unread: '0', limit: 100 });
  return inbox.filter((n: { kind: string }) => n.kind === kind).map((n: { title: string }) => n.title);
}

describe('the pool 资金池 (1+1+1+N)', () => {
  it('a village cannot apply before a pool exists above it', async () => {
    const r = await apply(village, 'community11');
    expect(r.status).toBe(422);
    expect(r.body.errors[0].field).toBe('nodeId');
  });

  it('the street sets up its pool and records money from the four sources; villages may not', async () => {
    expect(
      (await village.post('/api/villagefund/pools', { nodeId: env.nodes.street1.id, name: 'x' })).status,
    ).toBe(403);
    expect(
      (await otherStreet.post('/api/villagefund/pools', { nodeId: env.nodes.street1.id, name: 'x' })).status,
    ).toBe(404);
    const r = await street.post('/api/villagefund/pools', {
      nodeId: env.nodes.street1.id,
      name: '福田街道强村富民资金池',
    });
    expect(r.status).toBe(200);
    poolId = r.body.id;
    expect(
      (await street.post('/api/villagefund/pools', { nodeId: env.nodes.street1.id, name: 'again' })).status,
    ).toBe(409);
    for (const [source, wan, extra] of [
      ['fiscal', 500, {}],
      ['loan', 600, { rateBp: 385, counterparty: '农商银行' }],
      ['collective', 300, {}],
      ['donation', 100, { counterparty: '乡贤' }],
    ] as const)
      expect(
        (
          await street.post(`/api/villagefund/pools/${poolId}/inflows`, {
            source,
            amountFen: wan * WAN,
            occurredOn: '2026-01-15',
            ...extra,
          })
        ).status,
      ).toBe(200);
    expect(
      (
        await street.post(`/api/villagefund/pools/${poolId}/inflows`, {
          source: 'fiscal',
          amountFen: WAN,
          rateBp: 385,
          occurredOn: '2026-01-15',
        })
      ).status,
    ).toBe(422);
    const p = (await street.get(`/api/villagefund/pools/${poolId}`)).body;
    expect(p).toMatchObject({
      raisedFen: 1500 * WAN,
      freeFen: 1500 * WAN,
      bySource: { loan: 600 * WAN },
      can: { manage: true },
    });
    expect((await org.get(`/api/villagefund/pools/${poolId}`)).status).toBe(200);
    expect((await otherStreet.get(`/api/villagefund/pools/${poolId}`)).status).toBe(404);
    expect((await village.get(`/api/villagefund/pools/${poolId}`)).status).toBe(404);
  });

  it('money raised comes in from a sheet; a bad row changes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('入池');
    ws.addRow(['资金来源', '金额（元）', '日期', '出资方', '年利率（%）']);
    ws.addRow(['社会捐资', '30000', '2026-02-01', '青田乡贤会', '']);
    ws.addRow(['金融贷款', '20,000', '2026/2/3', '农商银行', '3.85']);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    ws.addRow(['彩票', '-1', 'someday', '', '']);
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    // through the service (multipart through inject needs the form encoder): same checks
    const r1 = await env.services.villagefund.importInflows(street.ctx, poolId, bad);
    expect(r1.imported).toBe(0);
    expect(r1.errors.map((e) => e.field).sort()).toEqual(['amount', 'occurredOn', 'source']);
    const r2 = await env.services.villagefund.importInflows(street.ctx, poolId, good);
    expect(r2).toEqual({ imported: 2, errors: [] });
    const ledger = (await street.get(`/api/villagefund/pools/${poolId}/ledger`)).body;
    expect(
      ledger.find(
        (l: { rateBp: number | null; amountFen: number }) => l.rateBp === 385 && l.amountFen === 2 * WAN,
      ),
    ).toBeTruthy();
    const p = (await street.get(`/api/villagefund/pools/${poolId}`)).body;
    expect(p.raisedFen).toBe(1505 * WAN);
  });
});

describe('a village project through review, plan, batches and evaluation', () => {
  it('the village applies (a phone may send it twice); the street is told; outsiders see nothing', async () => {
    const a = await apply(village, 'community11', {}, 'apply-ruile-0001');
    const b = await apply(village, 'community11', {}, 'apply-ruile-0001');
    expect(a.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    projectId = a.body.id;
    expect((await apply(village, 'community12')).status).toBe(404);
    expect((await apply(street, 'community11')).status).toBe(403);
    expect(await notices(street, 'villagefund.applied')).toEqual([
      '福山社区申报强村富民项目《瑞乐牧场扩建》',
    ]);
    const p = await project(village);
    expect(p).toMatchObject({
      stage: 'applied',
      poolName: '福田街道强村富民资金池',
      steps: ['withdraw'],
      feasibility: null,
    });
    expect((await village12.get(`/api/villagefund/projects/${projectId}`)).status).toBe(404);
    expect((await otherStreet.get(`/api/villagefund/projects/${projectId}`)).status).toBe(404);
    expect((await street.get('/api/villagefund/projects')).body.map((x: { id: string }) => x.id)).toEqual([
      projectId,
    ]);
  });

  it('approval needs the report and all four units on site (4+X)', async () => {
    let p = await project(street);
    expect(p.steps).toEqual(['start_review', 'reject']);
    expect(
      (
        await street.post(`/api/villagefund/projects/${projectId}/steps`, {
          step: 'start_review',
          version: p.version,
        })
      ).body,
    ).toEqual({
      stage: 'reviewing',
    });
    p = await project(street);
    expect(
      (
        await street.post(`/api/villagefund/projects/${projectId}/steps`, {
          step: 'approve',
          version: p.version,
        })
      ).status,
    ).toBe(409);
    expect((await village.post(`/api/villagefund/projects/${projectId}/analysis`)).status).toBe(403);
    const f = (await street.post(`/api/villagefund/projects/${projectId}/analysis`)).body;
    expect(f).toMatchObject({
      roiPct: 8.1,
      paybackYears: 12.3,
      riskGrade: 'medium',
      recommendation: 'conditional',
    });
    for (const unit of ['org_dept', 'finance', 'agriculture'])
      await street.post(`/api/villagefund/projects/${projectId}/visits`, {
        unit,
        memberName: '张三',
        visitedOn: '2026-03-02',
        opinion: 'support',
      });
    p = await project(street);
    expect(p.panelMissing).toEqual(['shuangzeng']);
    const r = await street.post(`/api/villagefund/projects/${projectId}/steps`, {
      step: 'approve',
      version: p.version,
    });
    expect(r.status).toBe(409);
    expect(r.body.title).toContain('四个成员单位');
    await street.post(`/api/villagefund/projects/${projectId}/visits`, {
      unit: 'shuangzeng',
      memberName: '李四',
      visitedOn: '2026-03-03',
      opinion: 'concern',
      note: '关注最低存栏数',
    });
    const html = await street.get(`/api/villagefund/projects/${projectId}/report`);
    expect(html.raw).toContain('可行性研究报告');
    expect(html.raw).toContain('8.1%');
    expect(html.raw).toContain('12.3 年');
    expect(html.raw).toContain('有条件立项');
    p = await project(street);
    expect(
      (
        await street.post(`/api/villagefund/projects/${projectId}/steps`, {
          step: 'approve',
          version: p.version - 1,
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await street.post(`/api/villagefund/projects/${projectId}/steps`, {
          step: 'approve',
          version: p.version,
          note: '有条件立项',
        })
      ).body,
    ).toEqual({
      stage: 'approved',
    });
    expect(await notices(village, 'villagefund.stage')).toContain('强村富民项目《瑞乐牧场扩建》：已立项');
  });

  it('one plan per project: sources add up to the total; batches need it', async () => {
    expect(
      (
        await village.post(`/api/villagefund/projects/${projectId}/batches`, {
          amountFen: WAN,
          progress: 0,
          progressNote: '开工',
        })
      ).status,
    ).toBe(409);
    const plan = {
      totalFen: 740 * WAN,
      sources: { fiscal: 300 * WAN, loan: 300 * WAN, collective: 100 * WAN, donation: 30 * WAN },
      milestones: '3月开工，6月牛舍完工，9月引进牛犊',
      indicators: [
        { name: '最低存栏数', target: '200头' },
        { name: '流动资金', target: '50万元' },
        { name: '牛犊溯源', target: '100%' },
      ],
      exitTerms: '连续两年绩效不合格，按资产评估价收回',
      collectiveShare: 70,
    };
    expect((await street.put(`/api/villagefund/projects/${projectId}/plan`, plan)).status).toBe(422);
    plan.sources.donation = 40 * WAN;
    expect((await village.put(`/api/villagefund/projects/${projectId}/plan`, plan)).status).toBe(403);
    expect((await street.put(`/api/villagefund/projects/${projectId}/plan`, plan)).body).toEqual({
      ok: true,
    });
    expect((await project(village)).can).toMatchObject({ requestBatch: true, plan: false });
  });

  it('batches by progress: approved within the plan, paid by another person, the ledger and stage follow', async () => {
    const first = await village.post(
      `/api/villagefund/projects/${projectId}/batches`,
      { amountFen: 300 * WAN, progress: 30, progressNote: '牛舍主体完工' },
      { 'idempotency-key': 'batch-ruile-01' },
    );
    expect(first.status).toBe(200);
    expect(
      (
        await village.post(`/api/villagefund/projects/${projectId}/batches`, {
          amountFen: 10 * WAN,
          progress: 30,
          progressNote: 'x',
        })
      ).status,
    ).toBe(409);
    expect(await notices(street, 'villagefund.batch')).toEqual(['《瑞乐牧场扩建》申请拨付 300.00 万元']);
    expect(
      (await village.post(`/api/villagefund/batches/${first.body.id}/decision`, { decision: 'approve' }))
        .status,
    ).toBe(403);
    expect(
      (await otherStreet.post(`/api/villagefund/batches/${first.body.id}/decision`, { decision: 'approve' }))
        .status,
    ).toBe(404);
    expect(
      (await street.post(`/api/villagefund/batches/${first.body.id}/decision`, { decision: 'approve' })).body,
    ).toEqual({ status: 'approved' });
    let p = await project(street);
    expect(p.stage).toBe('funding');
    expect(p.batches[0].can).toEqual({ approve: false, pay: false });
    const r = await street.post(`/api/villagefund/batches/${first.body.id}/decision`, { decision: 'pay' });
    expect(r.status).toBe(403);
    expect((await project(street2)).batches[0].can.pay).toBe(true);
    expect(
      (await street2.post(`/api/villagefund/batches/${first.body.id}/decision`, { decision: 'pay' })).body,
    ).toEqual({ status: 'paid' });
    const ledger = (await street.get(`/api/villagefund/pools/${poolId}/ledger`)).body;
    expect(ledger[0]).toMatchObject({ kind: 'payout', amountFen: 300 * WAN, projectTitle: '瑞乐牧场扩建' });
    // more than the plan's rest is refused at the request
    expect(
      (
        await village.post(`/api/villagefund/projects/${projectId}/batches`, {
          amountFen: 441 * WAN,
          progress: 60,
          progressNote: '引进牛犊',
        })
      ).status,
    ).toBe(422);
    const second = await village.post(`/api/villagefund/projects/${projectId}/batches`, {
      amountFen: 440 * WAN,
      progress: 100,
      progressNote: '全部完工',
    });
    await street.post(`/api/villagefund/batches/${second.body.id}/decision`, { decision: 'approve' });
    await street2.post(`/api/villagefund/batches/${second.body.id}/decision`, { decision: 'pay' });
    p = await project(village);
    expect(p).toMatchObject({ stage: 'operating', paidFen: 740 * WAN, committedFen: 740 * WAN });
    expect(await notices(village, 'villagefund.batch')).toContain('《瑞乐牧场扩建》第2批资金已拨付');
  });

  it('two approvals at once cannot spend the same free money of the pool', async () => {
    // the pool has 1505 万 raised, 740 万 paid: 765 万 free; two projects ask 500 万 each
    const ids: string[] = [];
    for (const title of ['洁水养鱼', '民宿改造']) {
      const id = (await apply(village, 'community11', { title, investmentFen: 500 * WAN })).body.id;
      let p = await project(street, id);
      await street.post(`/api/villagefund/projects/${id}/steps`, {
        step: 'start_review',
        version: p.version,
      });
      await street.post(`/api/villagefund/projects/${id}/analysis`);
      for (const unit of ['org_dept', 'finance', 'agriculture', 'shuangzeng'])
        await street.post(`/api/villagefund/projects/${id}/visits`, {
          unit,
          memberName: '王五',
          visitedOn: '2026-04-01',
          opinion: 'support',
        });
      p = await project(street, id);
      await street.post(`/api/villagefund/projects/${id}/steps`, { step: 'approve', version: p.version });
      await street.put(`/api/villagefund/projects/${id}/plan`, {
        totalFen: 500 * WAN,
        sources: { fiscal: 500 * WAN, loan: 0, collective: 0, donation: 0 },
        milestones: '一次建成',
        indicators: [],
        exitTerms: '按评估价收回',
        collectiveShare: 60,
      });
      ids.push(
        (
          await village.post(`/api/villagefund/projects/${id}/batches`, {
            amountFen: 500 * WAN,
            progress: 10,
            progressNote: '开工',
          })
        ).body.id,
      );
    }
    const results = await Promise.all(
      ids.map((id) => street.post(`/api/villagefund/batches/${id}/decision`, { decision: 'approve' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)!.body.title).toBe('资金池可用余额不足');
    expect((await street.get(`/api/villagefund/pools/${poolId}`)).body.freeFen).toBe(265 * WAN);
  });

  it('the yearly review grades the project and records returns to the collective and households', async () => {
    expect(
      (
        await street.post(`/api/villagefund/projects/${projectId}/reviews`, {
          year: 2026,
          revenueFen: 160 * WAN,
          costFen: 100 * WAN,
          collectiveReturnFen: 50 * WAN,
          householdReturnFen: 20 * WAN,
          households: 120,
          indicatorsMet: 3,
        })
      ).status,
    ).toBe(422);
    const r = await street.post(`/api/villagefund/projects/${projectId}/reviews`, {
      year: 2026,
      revenueFen: 160 * WAN,
      costFen: 100 * WAN,
      collectiveReturnFen: 42 * WAN,
      householdReturnFen: 18 * WAN,
      households: 120,
      indicatorsMet: 3,
    });
    expect(r.body).toEqual({ score: 100, grade: 'excellent' });
    expect(
      (
        await village.post(`/api/villagefund/projects/${projectId}/reviews`, {
          year: 2025,
          revenueFen: 0,
          costFen: 0,
          collectiveReturnFen: 0,
          householdReturnFen: 0,
          households: 0,
          indicatorsMet: 0,
        })
      ).status,
    ).toBe(403);
    const f = (await org.get(`/api/villagefund/figures?nodeId=${env.nodes.district.id}&year=2026`)).body;
    expect(f).toMatchObject({
      raisedFen: 1505 * WAN,
      paidFen: 740 * WAN,
      netYearFen: 60 * WAN,
      collectiveReturnFen: 42 * WAN,
      householdReturnFen: 18 * WAN,
    });
    expect(f.projectsByStage).toMatchObject({ operating: 1, funding: 1, approved: 1 });
  });

  it('a failing project exits, with the money recovered back into the pool', async () => {
    const p = await project(street);
    expect(p.steps).toEqual(['exit']);
    const exit = (extra: Record<string, unknown>) =>
      street.post(`/api/villagefund/projects/${projectId}/steps`, {
        step: 'exit',
        version: p.version,
        ...extra,
      });
    expect((await exit({})).status).toBe(422);
    expect((await exit({ note: '存栏不足', recoveredFen: 800 * WAN })).status).toBe(422);
    expect((await exit({ note: '存栏数连续低于最低标准', recoveredFen: 200 * WAN })).body).toEqual({
      stage: 'exited',
    });
    expect((await street.get(`/api/villagefund/pools/${poolId}`)).body.recoveredFen).toBe(200 * WAN);
  });
});

describe('home page, dashboard, Excel and audit', () => {
  it('to-dos: the street sees the waiting batch; the dashboard shows the fund by source', async () => {
    const todos = await env.services.villagefund.todos(street.ctx);
    expect(todos.map((x) => x.key)).toContain('villagefund.to_approve');
    const stats = await env.services.villagefund.stats(
      org.ctx,
      { ...env.nodes.district, id: env.nodes.district.id, level: 'district' },
      2026,
    );
    const by = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    expect(by['villagefund.raised']).toBe(1505);
    expect(by['villagefund.raised_loan']).toBe(602);
    expect(by['villagefund.collective_return']).toBe(42);
    expect(await env.services.villagefund.todos(village12.ctx)).toEqual([]);
  });

  it('projects and ledger export to Excel for the managers only', async () => {
    const r = await street.get('/api/villagefund/export/projects.xlsx');
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(2).value).toBe('项目名称');
    expect(ws.rowCount).toBe(4);
    expect((await village.get('/api/villagefund/export/projects.xlsx')).status).toBe(403);
    expect((await street.get(`/api/villagefund/pools/${poolId}/ledger.xlsx`)).status).toBe(200);
  });

  it('every write is in the audit log', async () => {
    const actions = (
      await env.db.selectFrom('audit_log').select('action').where('action', 'like', 'villagefund.%').execute()
    ).map((r) => r.action);
    for (const a of [
      'villagefund.pool.create',
      'villagefund.inflow',
      'villagefund.apply',
      'villagefund.visit',
      'villagefund.analyse',
      'villagefund.approve',
      'villagefund.plan',
      'villagefund.batch.request',
      'villagefund.batch.approve',
      'villagefund.batch.pay',
      'villagefund.review',
      'villagefund.exit',
      'villagefund.inflow.import',
    ])
      expect(actions).toContain(a);
  });
});

describe('who may (one case per role)', () => {
  it.each([
    ['org_officer', 'district', 200],
    ['street_officer', 'street1', 200],
    ['community_officer', 'community11', 200],
    ['village_staff', 'community11', 200],
    ['street_officer', 'street2', 404],
    ['village_staff', 'community12', 404],
    ['resident', 'community11', 403],
    ['cadre', 'district', 403],
    ['teacher', 'district', 403],
    ['auditor', 'district', 403],
    ['grid_worker', 'grid111', 403],
  ] as const)('%s on %s reads the project → %s', async (role, node, status) => {
    const c = await env.as(role, node);
    expect((await c.get(`/api/villagefund/projects/${projectId}`)).status).toBe(status);
  });
});
