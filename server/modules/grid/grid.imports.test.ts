import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNationalId } from '../../platform/pii/national-id.ts';
import { encodeGb18030 } from '../../testing/gb18030.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { assignToGrid } from '../../testing/grid.ts';

let env: TestEnv;
let worker: Client;
let officer: Client;

beforeAll(async () => {
  env = await createTestEnv();
  worker = await env.as('grid_worker', 'grid111');
  officer = await env.as('community_officer', 'community11');
  const a = await assignToGrid(officer, worker, env.nodes.grid111.id);
  expect(a.status, a.raw).toBe(200);
});
afterAll(() => env.close());

const upload = (c: Client, url: string, buf: Buffer, name = 'x.xlsx') => c.upload(url, buf, name);

const housingCount = async (nodeKey: 'grid111' | 'building' | 'micro1111') =>
  (await officer.get(`/api/grid/registers/housing?nodeId=${env.nodes[nodeKey].id}&limit=1`)).body.total;

describe('a district’s own spreadsheets import as they are (issue 16)', () => {
  it('two title rows, a 填报单位 line, everyday headers, a blank row and a notes row: each bad row reported', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('实有人口');
    ws.addRow(['福山社区实有人口登记表']);
    ws.mergeCells('A1:F1');
    ws.addRow(['填报单位：福山社区工作站', '', '', '填报日期：2026年12月1日']);
    ws.addRow(['序号', '居民姓名', '公民身份号码', '户籍类型', '重点关爱', '备注']);
    ws.addRow([1, '陈一', makeNationalId('440304', '1970-03-04', 11), '户籍', '是', '']);
    ws.addRow([]);
    ws.addRow([2, '陈二', '440304197003040000', '流动', '否', '号码有误']); // bad check digit
    ws.addRow([3, '陈三', makeNationalId('440304', '1975-05-06', 13), '流动人口', '', '']);
    ws.addRow(['注：本表由网格员核实后填报']);
    const res = await upload(
      worker,
      `/api/grid/registers/population/import?nodeId=${env.nodes.micro1111.id}`,
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(res.status, res.raw).toBe(200);
    expect(res.body).toMatchObject({ total: 3, valid: 2, errorCount: 1, headerRow: 3 });
    expect(res.body.errors).toEqual([expect.objectContaining({ row: 6, field: 'nationalId' })]);
    expect(res.body.mapping).toEqual({ name: 1, nationalId: 2, residence: 3, specialCare: 4 });
    expect(res.body.skipped.map((s: any) => s.reason)).toEqual(['title', 'title', 'notes']);
    expect(res.body.sample.map((a: any) => a.residence)).toEqual(['registered', 'floating']);
  });

  it('CSV in GB18030 reads, the mapping is corrected by the user and remembered for the district', async () => {
    // 门牌 is no name gongzhi knows for the room: the user maps it once
    const csv = '楼号,单元号,门牌,出租情况\r\n福山花园9栋,1,901,出租\r\n福山花园9栋,1,902,自住\r\n';
    const url = `/api/grid/registers/housing/import?nodeId=${env.nodes.micro1111.id}`;
    const first = await upload(worker, url, encodeGb18030(csv), 'x.csv');
    expect(first.status).toBe(400);
    expect(first.body.code).toBe('sheets.missing_columns');
    const corrected = await upload(
      worker,
      `${url}&mapping=${encodeURIComponent(JSON.stringify({ room: 2 }))}`,
      encodeGb18030(csv),
      'x.csv',
    );
    expect(corrected.status, corrected.raw).toBe(200);
    expect(corrected.body).toMatchObject({
      total: 2,
      valid: 2,
      mapping: { building: 0, unit: 1, room: 2, occupancy: 3 },
    });
    const done = await worker.post(`/api/grid/registers/housing/import/${corrected.body.importId}/commit`, {
      confirm: true,
    });
    expect(done.body).toMatchObject({ status: 'committed', imported: 2 });
    // the next file with the same headers needs no correction, for anyone in the district
    const again = await upload(
      officer,
      `/api/grid/registers/housing/import?nodeId=${env.nodes.grid111.id}`,
      Buffer.from('楼号,单元号,门牌,出租情况\r\n福山花园10栋,2,201,空置\r\n'),
      'y.csv',
    );
    expect(again.status, again.raw).toBe(200);
    expect(again.body.mapping.room).toBe(2);
  });
});

describe('register imports are capped and committed in batches (issue 15 #2)', () => {
  it('a file over the people import’s cap of 50,000 rows is refused before anything is staged', async () => {
    const lines = ['楼栋,单元,房号,使用状况'];
    for (let i = 0; i < 50_001; i++) lines.push(`大楼,1,${i},自住`);
    const res = await upload(
      worker,
      `/api/grid/registers/housing/import?nodeId=${env.nodes.building.id}`,
      Buffer.from(lines.join('\n')),
      'big.csv',
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('sheets.too_many_rows');
  });

  it('1,201 rows go in three short transactions, another writer is not held up, progress and failures are kept', async () => {
    const lines = ['楼栋,单元,房号,使用状况'];
    for (let i = 0; i < 1201; i++) lines.push(`批量楼,1,${1000 + i},${i % 2 ? '出租' : '自住'}`);
    const preview = await upload(
      worker,
      `/api/grid/registers/housing/import?nodeId=${env.nodes.building.id}`,
      Buffer.from(lines.join('\n')),
      'batch.csv',
    );
    expect(preview.body).toMatchObject({ total: 1201, valid: 1201, errorCount: 0 });
    // a row of the file taken meanwhile, by hand: reported at commit, not written twice
    const taken = await worker.post('/api/grid/registers/housing', {
      nodeId: env.nodes.building.id,
      attrs: { building: '批量楼', unit: '1', room: '2200', occupancy: 'owner' },
    });
    expect(taken.status, taken.raw).toBe(200);
    const before = await housingCount('building');
    const commit = worker.post(`/api/grid/registers/housing/import/${preview.body.importId}/commit`, {
      confirm: true,
    });
    // while it runs, another worker's write on the same node goes through
    const other = await worker.post('/api/grid/registers/housing', {
      nodeId: env.nodes.building.id,
      attrs: { building: '另一楼', unit: '1', room: '101', occupancy: 'owner' },
    });
    expect(other.status, other.raw).toBe(200);
    const done = (await commit).body;
    expect(done).toMatchObject({ status: 'committed', valid: 1201, done: 1201, imported: 1200 });
    expect(done.failed).toEqual([expect.objectContaining({ row: 1202, field: 'attrs' })]);
    expect(await housingCount('building')).toBe(before + 1 + 1200);
    const batches = await env.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'grid.import.batch')
      .where('object_id', '=', preview.body.importId)
      .execute();
    expect(batches.map((b: any) => [b.detail.from, b.detail.to])).toEqual([
      [1, 500],
      [501, 1000],
      [1001, 1201],
    ]);
    const progress = await worker.get(`/api/grid/registers/housing/import/${preview.body.importId}`);
    expect(progress.body).toMatchObject({ status: 'committed', imported: 1200 });
  }, 60_000);
});

describe('register keys (issue 15 #6)', () => {
  it('two communities may both have 1-1-101, and adding one says nothing of the other', async () => {
    const other = await env.as('grid_worker', 'grid211');
    await assignToGrid(officer, other, env.nodes.grid211.id);
    const here = await worker.post('/api/grid/registers/housing', {
      nodeId: env.nodes.grid111.id,
      attrs: { building: '1', unit: '1', room: '101', occupancy: 'owner' },
    });
    expect(here.status, here.raw).toBe(200);
    const there = await other.post('/api/grid/registers/housing', {
      nodeId: env.nodes.grid211.id,
      attrs: { building: '1', unit: '1', room: '101', occupancy: 'rented' },
    });
    expect(there.status, there.raw).toBe(200);
    // the same national ID in another community is no oracle either
    const nationalId = makeNationalId('440304', '1966-06-06', 21);
    const p1 = await worker.post('/api/grid/registers/population', {
      nodeId: env.nodes.grid111.id,
      attrs: { name: '周一', nationalId, residence: 'registered' },
    });
    const p2 = await other.post('/api/grid/registers/population', {
      nodeId: env.nodes.grid211.id,
      attrs: { name: '周一', nationalId, residence: 'floating' },
    });
    expect([p1.status, p2.status]).toEqual([200, 200]);
    // on the same node the key still holds
    const again = await worker.post('/api/grid/registers/housing', {
      nodeId: env.nodes.grid111.id,
      attrs: { building: '1', unit: '1', room: '101', occupancy: 'vacant' },
    });
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'attrs' })]);
  });
});

describe('exports (issue 15 #11)', () => {
  it('formula-like text is written so that no spreadsheet runs it', async () => {
    const made = await worker.post('/api/grid/registers/entity', {
      nodeId: env.nodes.building.id,
      attrs: { name: '=HYPERLINK("http://evil.example","点我")', type: 'shop', address: '@SUM(1+1)' },
    });
    expect(made.status, made.raw).toBe(200);
    const res = await officer.request(
      'GET',
      `/api/grid/registers/entity/export?nodeId=${env.nodes.grid111.id}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const cells = ws.getSheetValues().flatMap((r) => (Array.isArray(r) ? r : []));
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","点我")`);
    expect(cells).toContain(`'@SUM(1+1)`);
    expect(cells.some((c) => c && typeof c === 'object' && 'formula' in (c as object))).toBe(false);
  });
});

describe('an import is its uploader’s', () => {
  it('another user neither sees its progress nor commits it (404)', async () => {
    const preview = await upload(
      worker,
      `/api/grid/registers/housing/import?nodeId=${env.nodes.building.id}`,
      Buffer.from('楼栋,单元,房号,使用状况\n别人的楼,1,1,自住\n'),
      'x.csv',
    );
    expect(preview.status, preview.raw).toBe(200);
    const url = `/api/grid/registers/housing/import/${preview.body.importId}`;
    expect((await officer.get(url)).status).toBe(404);
    expect((await officer.post(`${url}/commit`, { confirm: true })).status).toBe(404);
    expect((await worker.get(url)).body).toMatchObject({ status: 'previewed', valid: 1 });
  });
});
