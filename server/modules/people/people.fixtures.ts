/** Test fixtures for the people module: valid synthetic people and Excel files built in memory. */
import ExcelJS from 'exceljs';
import { makeNationalId } from '../../platform/pii/national-id.ts';
import { multipartFile } from '../../testing/harness.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let seq = 0;

/** A valid synthetic person (odd sequence = man, even = woman), unique per call. */
export function samplePerson(over: Partial<Record<string, unknown>> = {}) {
  seq += 2;
  const gender = (over.gender as 'M' | 'F' | undefined) ?? 'M';
  const year = 1950 + ((seq * 7) % 60);
  const birthDate = (over.birthDate as string | undefined) ?? `${year}-0${1 + (seq % 9)}-1${seq % 10}`;
  const n = (seq % 998) + (gender === 'M' ? 1 : 0);
  const nationalId = makeNationalId('440304', birthDate, gender === 'M' ? n | 1 : n & ~1);
  return {
    name: '张三',
    gender,
    birthDate,
    nationalId,
    phone: `139${String(10000000 + seq).slice(-8)}`,
    address: '福田区福山花园1栋101',
    ...over,
  };
}

/** The import template's header row, as a person fills it in (the file's own words, not the code's). */
export const TEMPLATE_HEAD = [
  '姓名 (Name)',
  '性别 (Gender)',
  '出生日期 (Birth date)',
  '身份证号 (National ID)',
  '手机号 (Phone)',
  '住址 (Address)',
  '所属节点 (Node)',
];

/** An .xlsx file with the given header row and data rows. */
export async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A multipart/form-data body carrying one .xlsx file in the field "file" (or another). */
export function multipart(file: Buffer, filename = 'people.xlsx', field = 'file') {
  return multipartFile(file, filename, XLSX_TYPE, field);
}

/** Reads the first sheet of an .xlsx answer as rows of cell text. */
export async function readXlsx(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((r) => {
    out.push((r.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v))));
  });
  return out;
}
