/**
 * The register's Excel round trip and who may do what in the marketplace, the register and
 * volunteering: one case per role (who may, who gets 403), and out of the subtree 404.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/access.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { creditCodeCheckChar } from './socialorgs.rules.ts';

let env: TestEnv;
let street: Client;
const code = (n: number) => {
  const head = `52440304MJ${String(n).padStart(7, '0')}`;
  return head + creditCodeCheckChar(head);
};

async function sheet(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('社会组织');
  ws.addRow(['福田区社会组织台账']);
  ws.addRow(['序号', '组织名称', '统一社会信用代码', '服务类别', '党组织建立情况', '孵化阵地']);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (c: Client, nodeId: string, buf: Buffer) =>
  c.upload(`/api/socialorgs/import?nodeId=${nodeId}`, buf, 'orgs.xlsx');

beforeAll(async () => {
  env = await createTestEnv();
  street = await env.as('street_officer', 'street1');
});
afterAll(() => env.close());

describe('the register in and out of Excel', () => {
  it('a file with one bad check character registers nothing and names the row; a good file registers all', async () => {
    const bad = await upload(
      street,
      env.nodes.street1.id,
      await sheet([
        ['海上心客厅', code(1), '社区服务', '联建', '街道级孵化基地'],
        [
          '阿月哥哥网络义工队',
          code(2).slice(0, 17) + (code(2)[17] === '0' ? '1' : '0'),
          '养老照护',
          '单建',
          '',
        ],
      ]),
    );
    expect(bad.status).toBe(200);
    expect(bad.body.created).toBe(0);
    expect(bad.body.errors).toEqual([
      { row: 4, field: 'creditCode', message: '统一社会信用代码校验位不正确' },
    ]);
    const good = await upload(
      street,
      env.nodes.street1.id,
      await sheet([
        ['海上心客厅', code(1), '社区服务', '联建', '街道级孵化基地'],
        ['阿月哥哥网络义工队', code(2), '养老照护', '单建', ''],
      ]),
    );
    expect(good.body).toEqual({ created: 2, errors: [] });
    const list = await street.get('/api/socialorgs');
    expect(list.body.find((o: { name: string }) => o.name === '海上心客厅')).toMatchObject({
      partyBranch: 'joint',
      incubationLevel: 'street',
      incubationState: 'incubating',
    });
    const out = await street.request('GET', '/api/socialorgs/export');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.rawPayload as never);
    expect(wb.worksheets[0].getRow(2).getCell(5).value).toMatch(/联建|单建/);
    // the same file again: every code is taken
    const again = await upload(
      street,
      env.nodes.street1.id,
      await sheet([['海上心客厅', code(1), '', '', '']]),
    );
    expect(again.body.errors[0]).toMatchObject({ field: 'creditCode', message: '该统一社会信用代码已登记' });
  });
});

describe('who may do what (one case per role, on 福山社区)', () => {
  // [role, GET items, POST order, GET register, POST register, GET activities, POST sign-up, PUT settings]
  const table: [Role, number, number, number, number, number, number, number][] = [
    ['resident', 200, 422, 403, 403, 200, 404, 403],
    ['social_org', 200, 403, 200, 403, 200, 403, 403],
    ['community_officer', 200, 403, 200, 422, 200, 403, 403],
    ['street_officer', 200, 403, 200, 422, 200, 403, 403],
    ['org_officer', 200, 403, 200, 422, 200, 403, 422],
    ['party_member', 403, 403, 403, 403, 200, 404, 403],
    ['grid_worker', 403, 403, 403, 403, 403, 403, 403],
    ['deputy', 403, 403, 403, 403, 403, 403, 403],
    ['dept_officer', 403, 403, 403, 403, 403, 403, 403],
    ['auditor', 403, 403, 403, 403, 403, 403, 403],
  ];
  it.each(table)('%s', async (role, items, order, reg, regPost, acts, signup, settings) => {
    const node = role === 'org_officer' ? 'district' : role === 'street_officer' ? 'street1' : 'community11';
    const c = await env.as(role, node);
    const n = env.nodes.community11.id;
    expect((await c.get('/api/services/items')).status).toBe(items);
    expect((await c.post('/api/services/orders', { note: 'x' })).status).toBe(order);
    expect((await c.get('/api/socialorgs')).status).toBe(reg);
    const badCode = { nodeId: n, name: 'x', creditCode: '123', category: 'elderly', partyBranch: 'none' };
    expect((await c.post('/api/socialorgs', badCode)).status).toBe(regPost);
    expect((await c.get('/api/volunteers/activities')).status).toBe(acts);
    expect((await c.post(`/api/volunteers/activities/${n}/signup`)).status).toBe(signup);
    const s = { districtId: env.nodes.district.id, starHours: [5, 4, 3, 2, 1], version: 0 };
    expect((await c.put('/api/volunteers/settings', s)).status).toBe(settings);
  });

  it('out of the subtree is 404: another community’s officer, another district’s', async () => {
    const fushan = await env.as('community_officer', 'community11');
    const shuiwei = await env.as('community_officer', 'community12');
    const luohu = await env.as('street_officer', 'street3');
    const org = await fushan.post('/api/socialorgs', {
      nodeId: env.nodes.community11.id,
      name: '福山长者服务社',
      creditCode: code(9),
      category: 'elderly',
      partyBranch: 'none',
    });
    for (const c of [shuiwei, luohu]) {
      expect((await c.get(`/api/socialorgs/${org.body.id}`)).status).toBe(404);
      expect(
        (await c.post(`/api/socialorgs/${org.body.id}/inspections`, { year: 2026, result: 'qualified' }))
          .status,
      ).toBe(404);
      expect((await c.get(`/api/services/boards?nodeId=${env.nodes.community11.id}`)).status).toBe(404);
      expect((await c.get(`/api/volunteers/totals?nodeId=${env.nodes.community11.id}`)).status).toBe(404);
    }
  });
});
