/**
 * Registers out to Excel: Chinese (English) headers, frozen header row, text kept as text (every
 * digit of an ID), and formula-like text neutralised so no spreadsheet runs it (OWASP CSV/formula
 * injection: a leading = + - @ tab or CR gets an apostrophe in front).
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/** A value a cell can hold. */
export type OutCell = string | number | boolean | Date | null | undefined;

/** One column of an exported sheet. */
export interface OutColumn {
  key: string;
  /** Shown header, e.g. '姓名 (Name)'. */
  header: string;
  width?: number;
  /** 'text' (default) keeps numbers typed as text; 'number' and 'date' let Excel compute with them. */
  type?: 'text' | 'number' | 'date';
}

/** One sheet to write. */
export interface OutSheet {
  name: string;
  columns: OutColumn[];
  rows: Iterable<Record<string, OutCell>> | AsyncIterable<Record<string, OutCell>>;
  /** Lines for a second sheet 说明 (Help). */
  notes?: string[];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** Text as it may safely sit in a cell: formula-like text gets a leading apostrophe. */
export function safeText(s: string): string {
  return FORMULA_START.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

function cellValue(v: OutCell, type: OutColumn['type']): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (type === 'number' && typeof v === 'number' && Number.isFinite(v)) return v;
  if (type === 'date' && v instanceof Date) return v;
  if (typeof v === 'string') return safeText(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

function sheetColumns(columns: OutColumn[]): Partial<ExcelJS.Column>[] {
  return columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width ?? 18,
    style: c.type === 'number' || c.type === 'date' ? {} : { numFmt: '@' },
  }));
}

/** Writes sheets into an .xlsx in memory (registers up to tens of thousands of rows). */
export async function writeWorkbook(sheets: OutSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongzhi';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31));
    ws.columns = sheetColumns(s.columns);
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for await (const r of s.rows)
      ws.addRow(Object.fromEntries(s.columns.map((c) => [c.key, cellValue(r[c.key], c.type)])));
    if (s.notes?.length) {
      const help = wb.addWorksheet(`${s.name.slice(0, 20)} 说明`);
      help.getColumn(1).width = 100;
      for (const n of s.notes) help.addRow([safeText(n)]);
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Streams sheets into an .xlsx on out, row by row (whole registers: memory stays flat). */
export async function streamWorkbook(sheets: OutSheet[], out: Writable): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'gongzhi';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheetColumns(s.columns);
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
    for await (const r of s.rows)
      ws.addRow(Object.fromEntries(s.columns.map((c) => [c.key, cellValue(r[c.key], c.type)]))).commit();
    ws.commit();
  }
  await wb.commit();
}

/** The MIME type and a Content-Disposition for an .xlsx download named in Chinese. */
export function xlsxHeaders(filename: string): Record<string, string> {
  const name = filename.endsWith('.xlsx') ? filename : `${filename}.xlsx`;
  return {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'cache-control': 'no-store',
  };
}
