/**
 * 集体资产担保 through HTTP (seed 001 青田): the street's fund registers a village's idle hall pledged
 * for a bank loan at the reduced rate, tied to the loan's inflow; the pool shows the value pledged;
 * a pledge within 30 days of release is flagged; release once; Excel out and in; scope and roles.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDay } from '../../platform/time.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

const WAN = 1_000_000;
let env: TestEnv;
let street: Client;
let otherStreet: Client;
let village: Client;
let poolId: string;
let loanId: string;
let pledgeId: string;
const inDays = (n: number) => shanghaiDay(new Date(Date.now() + n * 86_400_000));

beforeAll(async () => {
  env = await createTestEnv();
  street = await env.as('street_officer', 'street1');
  otherStreet = await env.as('street_officer', 'street2');
  village = await env.as('village_staff', 'community11');
  const p = await street.post('/api/villagefund/pools', {
    nodeId: env.nodes.street1.id,
    name: '福田街道强村富民资金池',
  });
  poolId = p.body.id;
  const loan = await street.post(`/api/villagefund/pools/${poolId}/inflows`, {
    source: 'loan',
    amountFen: 300 * WAN,
    rateBp: 385,
    counterparty: '青田农商银行',
    occurredOn: inDays(-10),
  });
  loanId = loan.body.id;
});
afterAll(() => env.close());

const body = (over: Record<string, unknown> = {}) => ({
  nodeId: env.nodes.community11.id,
  asset: '福山村老礼堂',
  assetKind: 'hall',
  valueFen: 420 * WAN,
  lender: '青田农商银行',
  loanFen: 300 * WAN,
  inflowId: loanId,
  termMonths: 36,
  pledgedOn: inDays(-10),
  releaseOn: inDays(20),
  ...over,
});

describe('集体资产担保: pledged collective assets of a pool', () => {
  it('registers a pledge tied to the loan at the reduced rate; the pool shows the value pledged', async () => {
    const r = await street.post(`/api/villagefund/pools/${poolId}/pledges`, body());
    expect(r.status, r.raw).toBe(200);
    pledgeId = r.body.id;
    const list = await street.get(`/api/villagefund/pools/${poolId}/pledges`);
    expect(list.body).toMatchObject({ pledgedFen: 420 * WAN, due: 1, can: { manage: true } });
    expect(list.body.items[0]).toMatchObject({
      nodeName: '福山社区',
      assetKind: 'hall',
      rateBp: 385,
      reducedRate: true,
      state: 'due',
    });
    expect((await street.get(`/api/villagefund/pools/${poolId}`)).body.pledgedFen).toBe(420 * WAN);
    const todo = (await env.services.villagefund.todos(street.ctx)).find(
      (x) => x.key === 'villagefund.pledges_due',
    );
    expect(todo).toMatchObject({
      count: 1,
      entries: [expect.objectContaining({ title: expect.stringContaining('福山村老礼堂') })],
    });
  });

  it('refuses a pledge outside the pool, a non-loan inflow, a release before the pledge, and the village', async () => {
    const outside = await street.post(
      `/api/villagefund/pools/${poolId}/pledges`,
      body({ nodeId: env.nodes.community21.id }),
    );
    expect(outside.status).toBe(404);
    const fiscal = await street.post(`/api/villagefund/pools/${poolId}/inflows`, {
      source: 'fiscal',
      amountFen: WAN,
      occurredOn: inDays(-1),
    });
    const notLoan = await street.post(
      `/api/villagefund/pools/${poolId}/pledges`,
      body({ inflowId: fiscal.body.id }),
    );
    expect(notLoan.status).toBe(422);
    expect(notLoan.body.errors[0].field).toBe('inflowId');
    const back = await street.post(
      `/api/villagefund/pools/${poolId}/pledges`,
      body({ releaseOn: inDays(-20) }),
    );
    expect(back.status).toBe(422);
    expect(back.body.errors[0].field).toBe('releaseOn');
    const bad = await street.post(`/api/villagefund/pools/${poolId}/pledges`, body({ valueFen: 1e308 }));
    expect(bad.status).toBe(400);
    expect((await village.post(`/api/villagefund/pools/${poolId}/pledges`, body())).status).toBe(403);
    // the pool is the street's, as its ledger: a village reads neither
    expect((await village.get(`/api/villagefund/pools/${poolId}/pledges`)).status).toBe(404);
    expect((await otherStreet.get(`/api/villagefund/pools/${poolId}/pledges`)).status).toBe(404);
  });

  it('releases once; the value pledged drops; a stale version is a conflict', async () => {
    const rel = await street.post(`/api/villagefund/pledges/${pledgeId}/release`, { version: 1 });
    expect(rel.status, rel.raw).toBe(200);
    expect((await street.post(`/api/villagefund/pledges/${pledgeId}/release`, { version: 1 })).status).toBe(
      409,
    );
    const list = await street.get(`/api/villagefund/pools/${poolId}/pledges`);
    expect(list.body).toMatchObject({ pledgedFen: 0, due: 0 });
    expect(list.body.items[0].state).toBe('released');
  });

  it('goes out to Excel and comes back in; a bad row changes nothing', async () => {
    const x = await street.get(`/api/villagefund/pools/${poolId}/pledges.xlsx`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(2).value).toBe('担保资产');
    expect(ws.getRow(2).getCell(2).value).toBe('福山村老礼堂');
    const csv = (rows: string[]) =>
      Buffer.from(
        [
          '村（社区）,担保资产,资产类型,评估价值（元）,贷款银行,贷款金额（元）,期限（月）,担保日期,解押日期',
          ...rows,
        ].join('\n'),
      );
    const bad = await street.upload(
      `/api/villagefund/pools/${poolId}/pledges/import`,
      csv([
        '福山社区,旧校舍,校舍,1200000,农商银行,800000,24,2026-01-05,2028-01-05',
        '竹林社区,厂房,厂房,1,银行,1,12,2026-01-01,2027-01-01',
      ]),
      'p.csv',
      'text/csv',
    );
    expect(bad.body.imported).toBe(0);
    expect(bad.body.errors[0]).toMatchObject({ row: 3, field: 'village' });
    const good = await street.upload(
      `/api/villagefund/pools/${poolId}/pledges/import`,
      csv(['福山社区,旧校舍,校舍,1200000,农商银行,800000,24,2026-01-05,2099-01-05']),
      'p.csv',
      'text/csv',
    );
    expect(good.body).toMatchObject({ imported: 1, errors: [] });
    const list = await street.get(`/api/villagefund/pools/${poolId}/pledges`);
    expect(list.body.pledgedFen).toBe(1_200_000 * 100);
  });
});
