import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  checkRows,
  ImportBusyError,
  readRows,
  readTable,
  rememberMapping,
  rowChecks,
  safeText,
  SheetError,
  importSlotsBusy,
  importTemplate,
  rowsByKey,
  withImportSlot,
  writeWorkbook,
  type ColumnSpec,
} from './index.ts';
import { encodeGb18030 } from '../../testing/gb18030.ts';
import type { FieldProblem } from '../errors.ts';

/** A register's columns as the people module would declare them. */
const COLUMNS: ColumnSpec[] = [
  { key: 'name', label: '姓名', synonyms: ['名字', 'Name'], required: true },
  {
    key: 'nationalId',
    label: '公民身份号码',
    synonyms: ['身份证号码', '身份证号', '证件号码'],
    required: true,
  },
  { key: 'phone', label: '联系电话', synonyms: ['手机号码', '手机号', '电话'] },
  { key: 'address', label: '现居住地址', synonyms: ['家庭住址', '居住地址', '地址'] },
  { key: 'grid', label: '所属网格', synonyms: ['网格'] },
];

/** A 台账 as a community types it in WPS: titles, a 填报 line, a blank row, a notes row. */
async function handMadeRegister(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['福田区福田街道福山社区实有人口登记表']);
  ws.mergeCells('A1:G1');
  ws.addRow(['（2026年第四季度）']);
  ws.mergeCells('A2:G2');
  ws.addRow(['填报单位：福山社区工作站', null, null, null, '填报日期：2026年12月1日']);
  ws.addRow(['序号', '姓 名', '身份证号码', '手机号码', '家庭住址', '所属网格', '备注']);
  ws.addRow([1, '张三', '440304199001011234', '13800138000', '福山花园1栋101', '福山第1网格', '']);
  ws.addRow([]);
  ws.addRow([2, '李四', '440304198502023456', '13900139000', '福山花园2栋202', '福山第1网格', '租户']);
  ws.addRow([3, '王五', { formula: 'B5&"X"', result: '440304197003034567' }, '', '', '', '']);
  ws.addRow([4, '赵六', { formula: 'NOW()' }, '', '', '', '']);
  ws.addRow(['注：本表由网格员核实后填报，身份证号码请以文本格式录入。']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A zip of the given entries (deflated), as an xlsx container. */
function zipOf(entries: { name: string; data: Buffer }[], hidden?: { name: string; data: Buffer }): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const local = (name: string, data: Buffer) => {
    const comp = zlib.deflateRawSync(data);
    const n = Buffer.from(name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(zlib.crc32(data), 14);
    h.writeUInt32LE(comp.length, 18);
    h.writeUInt32LE(data.length, 22);
    h.writeUInt16LE(n.length, 26);
    return { buf: Buffer.concat([h, n, comp]), comp, n };
  };
  for (const e of entries) {
    const l = local(e.name, e.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(zlib.crc32(e.data), 16);
    c.writeUInt32LE(l.comp.length, 20);
    c.writeUInt32LE(e.data.length, 24);
    c.writeUInt16LE(l.n.length, 28);
    c.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([c, l.n]));
    locals.push(l.buf);
    offset += l.buf.length;
    if (hidden && locals.length === 1) {
      const h = local(hidden.name, hidden.data).buf;
      locals.push(h);
      offset += h.length;
    }
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The parts of a minimal xlsx around a sheet body. */
function xlsxWithSheetData(rowsXml: string): Buffer {
  const x = (s: string) => Buffer.from(s);
  return zipOf([
    {
      name: '[Content_Types].xml',
      data: x(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: x(
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: x(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/sharedStrings.xml',
      data: x(
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>',
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: x(
        `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData></worksheet>`,
      ),
    },
  ]);
}

function emptyRows(n: number): string {
  const parts: string[] = [];
  for (let i = 1; i <= n; i++) parts.push(`<row r="${i}"/>`);
  return parts.join('');
}

async function refusal(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SheetError);
  return (err as SheetError).key;
}

describe('a district register as it is typed by hand', () => {
  it('finds the header under the title rows, maps everyday names, skips blanks and the notes row', async () => {
    const raw = await readRows(await handMadeRegister(), { maxRows: 100 });
    const t = readTable(raw, COLUMNS);
    expect(t.headerRow).toBe(4);
    expect(t.mapping).toEqual({ name: 1, nationalId: 2, phone: 3, address: 4, grid: 5 });
    expect(t.meta).toEqual({ unit: '福山社区工作站', date: '2026年12月1日' });
    expect(t.skipped).toEqual([
      { row: 1, reason: 'title' },
      { row: 2, reason: 'title' },
      { row: 3, reason: 'title' },
      { row: 10, reason: 'notes' },
    ]);
    expect(t.rows.map((r) => r.row)).toEqual([5, 7, 8, 9]);
    expect(cellText(t.rows[0].cells.nationalId)).toBe('440304199001011234');
    // a formula gives its cached result; one with no result is a problem on that cell, not "[object Object]"
    expect(t.rows[2].cells.nationalId).toBe('440304197003034567');
    expect(t.rows[3].cells.nationalId).toEqual({ problem: 'sheets.cell.formula' });
  });

  it('a mapping the user corrected wins, and a remembered one is used next time', async () => {
    const raw = await readRows(await handMadeRegister(), { maxRows: 100 });
    const t = readTable(raw, COLUMNS, { override: { address: null, grid: 4 } });
    expect(t.mapping.grid).toBe(4);
    expect(t.mapping.address).toBeNull();
    const kept = rememberMapping(t.headers, t.mapping);
    expect(kept['家庭住址']).toBe('grid');
    expect(readTable(raw, COLUMNS, { remembered: kept }).mapping.grid).toBe(4);
  });

  it('says which required column is missing, in words the user knows', async () => {
    const raw = await readRows(Buffer.from('姓名,电话\n张三,13800138000\n'), { maxRows: 10 });
    expect(() => readTable(raw, COLUMNS)).toThrow(SheetError);
    try {
      readTable(raw, COLUMNS);
    } catch (e) {
      expect((e as SheetError).key).toBe('sheets.missing_columns');
      expect((e as SheetError).params.columns).toBe('公民身份号码');
    }
  });
});

describe('a register written by exceljs (worksheet stored before the shared strings, workbook.xml last)', () => {
  async function smallRegister(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['姓名', '公民身份号码']);
    ws.addRow(['褚一', '440304195001100013']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('is read whole every time (one streaming pass used to drop the parts after the sheet, ~1 read in 100)', async () => {
    const buf = await smallRegister();
    const answers = new Map<string, number>();
    for (let i = 0; i < 400; i++) {
      const key = await readRows(buf, { maxRows: 10 }).then(
        (rows) => JSON.stringify(rows.map((r) => r.cells)),
        (e: Error) => e.message,
      );
      answers.set(key, (answers.get(key) ?? 0) + 1);
    }
    expect([...answers]).toEqual([
      [
        JSON.stringify([
          ['姓名', '公民身份号码'],
          ['褚一', '440304195001100013'],
        ]),
        400,
      ],
    ]);
  });

  it('keeps every Chinese character, also where the text is cut into chunks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    const names = Array.from({ length: 3000 }, (_, i) => `居民${'福山花园'.repeat(1 + (i % 5))}${i}`);
    ws.addRow(['姓名']);
    for (const n of names) ws.addRow([n]);
    const rows = await readRows(Buffer.from(await wb.xlsx.writeBuffer()), { maxRows: 4000 });
    expect(rows.slice(1).map((r) => r.cells[0])).toEqual(names);
  });
});

describe('CSV as Excel saves it', () => {
  const text =
    '序号,姓名,身份证号,手机号码\r\n1,张三,440304199001011234,13800138000\r\n2,"李,四",440304198502023456,\r\n';
  it('reads UTF-8 with a BOM', async () => {
    const raw = await readRows(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), {
      maxRows: 10,
    });
    const t = readTable(raw, COLUMNS);
    expect(t.rows.map((r) => r.cells.name)).toEqual(['张三', '李,四']);
  });
  it("reads GB18030 (Excel's Chinese default) by telling it from UTF-8", async () => {
    // GB18030 bytes of the text, made by mapping each character through a GB18030 decoder's table
    const gb = encodeGb18030(text);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow();
    const t = readTable(await readRows(gb, { maxRows: 10 }), COLUMNS);
    expect(t.rows[0].cells.name).toBe('张三');
  });
});

describe('checking a register row by row', () => {
  it("hands each row's cells to the check and keeps each bad field with its row, said in the language asked", async () => {
    const csv =
      '姓名,身份证号,手机号码\r\n张三,440304199001011234,13800138000\r\n,440304198502023456,\r\n李四,,\r\n';
    const table = readTable(await readRows(Buffer.from(csv), { maxRows: 10 }), COLUMNS);
    const names: string[] = [];
    const errors = checkRows(table, 'en-US', (cell, bad) => {
      names.push(cell('name'));
      if (!cell('name')) bad('name', 'sheets.too_many_rows', { max: 5 });
      if (!cell('phone')) bad('phone', 'sheets.empty');
    });
    expect(names).toEqual(['张三', '', '李四']);
    expect(errors).toEqual([
      { row: 3, field: 'name', message: 'Too many rows (at most 5); split the file and upload again' },
      { row: 3, field: 'phone', message: 'The file has no data rows' },
      { row: 4, field: 'phone', message: 'The file has no data rows' },
    ]);
    expect(checkRows(table, 'zh-CN', (_, bad) => bad('x', 'sheets.empty'))[0].message).toBe(
      '文件中没有数据行',
    );
  });
});

describe('hostile uploads are refused within bounds', () => {
  it('5 million empty rows in a small file stop at the row cap, not after loading them all', async () => {
    const bomb = xlsxWithSheetData('<row/>'.repeat(5_000_000));
    expect(bomb.length).toBeLessThan(1_000_000);
    const t0 = Date.now();
    expect(await refusal(readRows(bomb, { maxRows: 50_000 }))).toBe('sheets.too_many_rows');
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('a file that would unpack past the bound is refused before it is parsed', async () => {
    const bomb = xlsxWithSheetData('<row/>'.repeat(12_000_000));
    expect(bomb.length).toBeLessThan(1_000_000);
    const t0 = Date.now();
    expect(await refusal(readRows(bomb, { maxRows: 50_000 }))).toBe('sheets.too_big');
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('a sheet of empty rows under the size bound stops at the row cap', async () => {
    const many = xlsxWithSheetData(emptyRows(300_000));
    expect(await refusal(readRows(many, { maxRows: 1_000 }))).toBe('sheets.too_many_rows');
  });

  it('a zip with an entry the directory does not list is not read', async () => {
    const x = (s: string) => Buffer.from(s);
    const sneaky = zipOf([{ name: 'a.xml', data: x('<a/>') }], {
      name: 'xl/worksheets/sheet1.xml',
      data: x('<x/>'),
    });
    expect(await refusal(readRows(sneaky, { maxRows: 10 }))).toBe('sheets.not_spreadsheet');
  });

  it('an old .xls, a PDF and an empty file each get their own answer', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(await refusal(readRows(xls, { maxRows: 10 }))).toBe('sheets.xls_unsupported');
    expect(await refusal(readRows(Buffer.from('%PDF-1.4\0\0binary'), { maxRows: 10 }))).toBe(
      'sheets.not_spreadsheet',
    );
    expect(await refusal(readRows(Buffer.alloc(0), { maxRows: 10 }))).toBe('sheets.not_spreadsheet');
    expect(await refusal(readRows(Buffer.from('PK\u0003\u0004garbage'), { maxRows: 10 }))).toBe(
      'sheets.not_spreadsheet',
    );
  });

  it('more data rows than the cap are refused, in xlsx and in CSV', async () => {
    const csv = Buffer.from('姓名,身份证号\n' + '张三,1\n'.repeat(20));
    expect(await refusal(readRows(csv, { maxRows: 10 }))).toBe('sheets.too_many_rows');
  });

  it('only a few uploads are read at once; the rest are told to retry (429)', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const a = withImportSlot(() => held);
    const b = withImportSlot(() => held);
    const c = await withImportSlot(async () => 'ran').catch((e: unknown) => e);
    expect(c).toBeInstanceOf(ImportBusyError);
    expect((c as ImportBusyError).status).toBe(429);
    expect((c as ImportBusyError).retryAfter).toBeGreaterThan(0);
    release();
    await Promise.all([a, b]);
    expect(await withImportSlot(async () => 'ran')).toBe('ran');
  });

  it('an import holding a slot reads its file in that slot: two imports at once both run', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const csv = Buffer.from('姓名\n张三\n');
    const before = importSlotsBusy(); // a slow read of an earlier test may still hold one
    // two imports, each holding a slot while it reads its file (readRows asks for a slot itself)
    const first = withImportSlot(async () => {
      const rows = await readRows(csv, { maxRows: 10 });
      await held;
      return rows.length;
    });
    const second = withImportSlot(async () => (await readRows(csv, { maxRows: 10 })).length);
    expect(await second).toBe(2); // the header and one row
    expect(importSlotsBusy()).toBe(before + 1);
    release();
    expect(await first).toBe(2);
    expect(importSlotsBusy()).toBe(before);
  });
});

describe('exports that no spreadsheet will run', () => {
  it('formula-like text gets an apostrophe; plain numbers and text stay as they are', async () => {
    expect(safeText('=HYPERLINK("http://x","点我")')).toBe('\'=HYPERLINK("http://x","点我")');
    expect(safeText("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(safeText('+86 138')).toBe("'+86 138");
    expect(safeText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeText('\t=1')).toBe("'\t=1");
    expect(safeText('-5')).toBe('-5');
    expect(safeText('张三')).toBe('张三');
    const buf = await writeWorkbook([
      {
        name: '名单',
        columns: [
          { key: 'name', header: '姓名 (Name)' },
          { key: 'n', header: '数量', type: 'number' },
        ],
        rows: [{ name: '=1+1', n: 3 }],
      },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const cell = wb.worksheets[0].getCell('A2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("'=1+1");
    expect(wb.worksheets[0].getCell('B2').value).toBe(3);
  });
});

describe('the checks of an import row (rowChecks)', () => {
  it('names the row and column, in the module’s words, and refuses formulas and control characters', () => {
    const errors: FieldProblem[] = [];
    const r = { row: 7, cells: { name: '=1+1', note: 'a\nb', title: ' 站长 ', empty: null } };
    const { text } = rowChecks('zh-CN', 'eldercare.import', r, errors);
    expect(text('title', 10)).toBe('站长');
    expect(text('name', 10)).toBeNull();
    expect(text('note', 10)).toBeNull();
    expect(text('empty', 10, true)).toBeNull();
    expect(text('title', 1)).toBeNull();
    expect(errors.map((e) => [e.field, e.key])).toEqual([
      ['row7.name', 'eldercare.import.bad_text'],
      ['row7.note', 'eldercare.import.bad_text'],
      ['row7.empty', 'eldercare.import.required'],
      ['row7.title', 'eldercare.import.too_long'],
    ]);
    const multi: FieldProblem[] = [];
    expect(rowChecks('zh-CN', 'inspections.import', r, multi, { lineBreaks: true }).text('note', 10)).toBe(
      'a\nb',
    );
  });

  it('rowsByKey: a key already there is skipped, a key twice in the file names its first row', () => {
    const outcome = rowsByKey(new Set(['福山社区|王某']));
    expect(outcome('福山社区|李某', 2)).toBe('add');
    expect(outcome('福山社区|王某', 3)).toBe('skip');
    expect(outcome('福山社区|李某', 4)).toEqual({ earlier: 2 });
  });

  it('importTemplate: a sheet headed by the columns, with notes on a second sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await importTemplate(
        '导入',
        [
          { key: 'a', label: '社区', synonyms: [] },
          { key: 'b', label: '姓名', synonyms: [] },
        ],
        ['每行一人'],
      )) as never,
    );
    expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(['社区', '姓名']);
    expect(wb.worksheets[0].rowCount).toBe(1);
    expect(JSON.stringify(wb.worksheets[1].getSheetValues())).toContain('每行一人');
  });
});
