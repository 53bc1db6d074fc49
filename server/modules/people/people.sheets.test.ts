/**
 * A district's own spreadsheets import into the people register as they are (issue 16), through
 * platform/sheets: merged title rows, a 填报单位/填报日期 line, everyday headers, 序号 and 备注
 * columns, a blank row in the middle and a notes row at the end; CSV in UTF-8 and GB18030; a column
 * mapping the user corrects is kept for the district; each bad row is reported; exports make
 * formula-like text inert.
 *
 * The acceptance file should be made by `libreoffice --headless --convert-to xlsx` from a
 * hand-typed table. LibreOffice is not installed on this machine (checked: no libreoffice/soffice
 * binary), so the same file is built here with exceljs, merged title cells included.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNationalId } from '../../platform/pii/national-id.ts';
import { encodeGb18030 } from '../../testing/gb18030.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { multipart, readXlsx } from './people.fixtures.ts';

let env: TestEnv;
let officer: Client; // 福山社区 (community11), whose grid is 福山第1网格
beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
});
afterAll(() => env.close());

const id = (birth: string, seq: number) => makeNationalId('440304', birth, seq);
const GOOD = [
  ['1', '赵一', '男', id('1961-02-03', 11), '13900000001', '福山花园1栋101', '福山第1网格', ''],
  ['2', '钱二', '女', id('1975-06-12', 22), '13900000002', '福山花园2栋202', '', '低保户'],
  ['3', '孙三', '男', id('1988-11-30', 33), '', '福山花园3栋303', '福山第1网格', ''],
];
// a wrong check digit, and a phone with too few digits
const BAD_ID = id('1990-01-01', 45).slice(0, 17) + (id('1990-01-01', 45).endsWith('1') ? '2' : '1');
const BAD = [
  ['4', '李四', '男', BAD_ID, '13900000004', '福山花园4栋404', '', ''],
  ['5', '周五', '女', id('1992-05-05', 56), '1390000', '福山花园5栋505', '', ''],
];
const HEADERS = ['序号', '姓名', '性别', '公民身份号码', '联系电话', '现居住地址', '所属网格', '备注'];

/** The hand-typed register: two merged title rows, everyday headers, a blank row, a notes row. */
async function districtSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('居民信息');
  ws.addRow(['福田街道福山社区居民基本信息登记表']);
  ws.mergeCells('A1:H1');
  ws.addRow(['填报单位：福山社区居委会', '', '', '', '填报日期：2026年11月30日']);
  ws.mergeCells('A2:D2');
  ws.mergeCells('E2:H2');
  ws.addRow(HEADERS); // row 3
  for (const r of GOOD) ws.addRow(r); // rows 4-6
  ws.addRow([]); // row 7: blank
  for (const r of BAD) ws.addRow(r); // rows 8-9
  ws.addRow(['注：本表由社区网格员入户采集，身份证号请按文本格式填写。']); // row 10
  ws.mergeCells('A10:H10');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (file: Buffer, name: string, query = '') => {
  const m = multipart(file, name);
  return officer.post(`/api/people/import/preview${query}`, m.body, m.headers);
};

describe("a district's own spreadsheet", () => {
  it('is read as it is: header found under the titles, columns mapped, each bad row reported', async () => {
    const res = await upload(await districtSheet(), '福山社区居民.xlsx');
    expect(res.status, res.raw).toBe(200);
    const p = res.body;
    expect(p.headerRow).toBe(3);
    expect(p.meta).toEqual({ unit: '福山社区居委会', date: '2026年11月30日' });
    const at = (key: string) => p.columns.find((c: { key: string }) => c.key === key).index;
    expect([at('name'), at('gender'), at('nationalId'), at('phone'), at('address'), at('node')]).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    expect(at('birthDate')).toBeNull(); // taken from the ID
    expect(p.skipped).toEqual([
      { row: 1, reason: 'title' },
      { row: 2, reason: 'title' },
      { row: 10, reason: 'notes' },
    ]);
    expect(p.total).toBe(5);
    expect(p.valid).toBe(3);
    expect(p.invalid).toBe(2);
    expect(p.errors).toEqual([
      { row: 8, column: '公民身份号码', reason: expect.stringContaining('校验位') },
      { row: 9, column: '联系电话', reason: expect.stringContaining('11 位') },
    ]);
    const commit = await officer.post(`/api/people/import/${p.batchId}/commit`, { mode: 'valid' });
    expect(commit.body).toEqual({ imported: 3 });
    const grid = await officer.get(`/api/people?nodeId=${env.nodes.grid111.id}&q=${GOOD[0][3]}`);
    expect(grid.body.items.map((i: { name: string }) => i.name)).toEqual(['赵一']);
  });

  it("reads the same table as CSV in GB18030 (Excel's Chinese default) and in UTF-8", async () => {
    const lines = [
      '福山社区居民登记表',
      '填报单位：福山社区居委会',
      HEADERS.join(','),
      ['1', '吴六', '男', id('1970-07-07', 71), '13900000007', '福山花园7栋', '', ''].join(','),
      '',
      ['2', '郑七', '女', id('1971-07-07', 72), '13900000008', '福山花园8栋', '', ''].join(','),
      '注：以上信息经本人核对。',
    ].join('\r\n');
    for (const [name, bytes] of [
      ['gb.csv', encodeGb18030(lines)],
      ['utf8.csv', Buffer.from(lines)],
    ] as const) {
      const res = await upload(bytes, name);
      expect(res.status, res.raw).toBe(200);
      expect(res.body.valid).toBe(2);
      expect(res.body.errors).toEqual([]);
    }
  });

  it('a corrected mapping imports the file, and the district keeps it for the next one', async () => {
    const sheet = async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('x');
      ws.addRow(['姓名', '身份号', '手机号码']);
      ws.addRow(['冯八', id('1980-08-08', 81), '13900000009']);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    // '身份号' is no name the reader knows: the preview says the ID column is missing, and shows
    // the sheet's columns so the user can map it
    const first = await upload(await sheet(), 'a.xlsx');
    expect(first.status, first.raw).toBe(200);
    expect(first.body.valid).toBe(0);
    expect(first.body.errors).toEqual([
      { row: 1, column: '身份证号', reason: expect.stringContaining('必填列') },
    ]);
    expect(first.body.headers).toEqual(['姓名', '身份号', '手机号码']);
    const mapped = await upload(
      await sheet(),
      'a.xlsx',
      `?mapping=${encodeURIComponent('{"nationalId":1}')}`,
    );
    expect(mapped.status, mapped.raw).toBe(200);
    expect(mapped.body.valid).toBe(1);
    expect(
      (await officer.post(`/api/people/import/${mapped.body.batchId}/commit`, { mode: 'all' })).status,
    ).toBe(200);
    // next time the district's mapping is used without being asked
    const again = await upload(await sheet(), 'b.xlsx');
    expect(again.status, again.raw).toBe(200);
    expect(again.body.columns.find((c: { key: string }) => c.key === 'nationalId').index).toBe(1);
    // (now registered: reported on its row, not imported twice)
    expect(again.body.errors[0]).toMatchObject({ row: 2, column: '身份号' });
    expect((await upload(await sheet(), 'c.xlsx', '?mapping=not-json')).status).toBe(400);
  });
});

describe('exports', () => {
  it('make formula-like text inert', async () => {
    const made = await officer.post('/api/people', {
      nodeId: env.nodes.community11.id,
      name: '公式',
      gender: 'M',
      birthDate: '1966-06-06',
      nationalId: id('1966-06-06', 61),
      address: '=HYPERLINK("http://example.invalid","点此")',
    });
    expect(made.status, made.raw).toBe(200);
    const res = await officer.get('/api/people/export.xlsx?q=公式');
    const rows = await readXlsx(res.rawPayload);
    // (the address is masked in a plain export: what is left of it still starts with '=')
    expect(rows.flat().some((c) => c.startsWith(`'=HYPERLINK(`))).toBe(true);
    expect(rows.flat().some((c) => c.startsWith('='))).toBe(false);
  });
});
