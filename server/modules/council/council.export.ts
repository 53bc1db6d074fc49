/**
 * Excel registers of the council. Text that a spreadsheet would run as a formula (=, +, -, @ and
 * control characters first) is written with a leading apostrophe; times are Asia/Shanghai.
 */
import ExcelJS from 'exceljs';

/** A column: key, header, width. */
export type SheetColumn = [key: string, header: string, width: number];

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** A cell's value as written: formula-like text neutralised, instants as Shanghai time. */
export function cellValue(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return SHANGHAI.format(v).replaceAll('/', '-');
  if (typeof v === 'number') return v;
  const s = String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** One worksheet with a bold frozen header row. */
export async function councilWorkbook(
  name: string,
  columns: SheetColumn[],
  rows: Record<string, unknown>[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongzhi';
  const ws = wb.addWorksheet(name);
  ws.columns = columns.map(([key, header, width]) => ({ key, header, width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) ws.addRow(Object.fromEntries(columns.map(([key]) => [key, cellValue(r[key])])));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
