/**
 * Reads the first worksheet of an uploaded .xlsx, or a CSV, into rows of cells, within bounds: the
 * zip is checked before parsing (sheets.zip.ts) and its parts are read through its directory, the
 * sheet streamed row by row (exceljs' WorkbookReader); reading stops at the row cap or the time
 * limit, so no upload can hold the process's memory or CPU. Formula cells give their cached result; a formula with none, or an
 * error value, is a problem on that cell, never "[object Object]".
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { csvRows, decodeText } from './sheets.csv.ts';
import { SheetError } from './sheets.errors.ts';
import { withImportSlot } from './sheets.slots.ts';
import { checkZip, partStream } from './sheets.zip.ts';

/** A cell that could not be read as a value, with the message key saying why. */
export interface CellProblem {
  problem: 'sheets.cell.formula' | 'sheets.cell.error' | 'sheets.cell.type';
}
/** One cell's value as the sheet holds it. */
export type SheetCell = string | number | boolean | Date | null | CellProblem;
/** A row of the sheet: its 1-based number as the user sees it, and its cells from column A. */
export interface RawRow {
  row: number;
  cells: SheetCell[];
}

/** The bounds every read runs within. */
export interface ReadLimits {
  /** Non-empty rows allowed (title and header rows included). */
  maxRows: number;
  /** Bytes the xlsx may inflate to in all (default 64 MB). */
  maxInflatedBytes?: number;
  /** Time the read may take (default 30 s). */
  timeoutMs?: number;
}

const DEFAULT_INFLATED = 64 * 1024 * 1024;
const DEFAULT_TIMEOUT = 30_000;

/** True when a cell holds nothing a user typed. */
export function isBlank(c: SheetCell): boolean {
  return c === null || (typeof c === 'string' && c.trim() === '');
}

/** True when the cell could not be read. */
export function isProblem(c: SheetCell): c is CellProblem {
  return c !== null && typeof c === 'object' && !(c instanceof Date) && 'problem' in c;
}

function cellOf(v: ExcelJS.CellValue): SheetCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { problem: 'sheets.cell.type' } : v;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if ('error' in v) return { problem: 'sheets.cell.error' };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelJS.CellValue }).result;
      if (result === undefined || result === null) return { problem: 'sheets.cell.formula' };
      return cellOf(result);
    }
    if ('text' in v && typeof v.text === 'string') return v.text; // a hyperlink's shown text
  }
  return { problem: 'sheets.cell.type' };
}

function tooMany(max: number): never {
  throw new SheetError('sheets.too_many_rows', { max });
}

/**
 * The steps of exceljs' streaming WorkbookReader (4.4) this reader calls itself, one part at a time.
 * Its own parse() reads the zip in a single streaming pass (unzipper's Parse) that reports its end
 * as soon as the input is used up, so entries still buffered at that moment are dropped: whenever
 * the reader is busy then (a worksheet stored before the shared strings is first copied to a
 * temporary file, as in files exceljs and Excel write), the shared strings or workbook.xml go
 * missing and a valid file is refused (exceljs issue 3064; about 1 read in 100 on two busy cores).
 */
interface WorkbookParts {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(entry: Readable, sheetNo: string): Iterable<{ value: AsyncIterable<ExcelJS.Row> }>;
}

const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

async function readXlsx(buf: Buffer, limits: ReadLimits): Promise<RawRow[]> {
  const parts = await checkZip(buf, limits.maxInflatedBytes ?? DEFAULT_INFLATED);
  const deadline = Date.now() + (limits.timeoutMs ?? DEFAULT_TIMEOUT);
  // row elements of any kind, empty ones included: a sheet of millions of empty <row>s stops here
  const rawCap = limits.maxRows * 4 + 10_000;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as WorkbookParts;
  // each part read through the checked central directory, as text (characters split between
  // chunks decoded whole), and everything the worksheet needs before it
  const part = (name: string) => {
    const p = parts.find((x) => x.name === name);
    return p && partStream(p).setEncoding('utf8');
  };
  // the first worksheet stored, as exceljs emitted them
  const sheet = parts.find((p) => WORKSHEET.test(p.name));
  const rows: RawRow[] = [];
  let seen = 0;
  try {
    const rels = part('xl/_rels/workbook.xml.rels');
    if (rels) await reader._parseRels(rels);
    const book = part('xl/workbook.xml');
    if (book) await reader._parseWorkbook(book);
    const strings = part('xl/sharedStrings.xml');
    if (strings) for await (const _ of reader._parseSharedStrings(strings));
    const styles = part('xl/styles.xml');
    if (styles) await reader._parseStyles(styles);
    if (sheet) {
      const [ws] = reader._parseWorksheet(part(sheet.name)!, WORKSHEET.exec(sheet.name)![1]);
      for await (const r of ws.value) {
        if (++seen > rawCap) tooMany(limits.maxRows);
        if ((seen & 1023) === 0) {
          if (Date.now() > deadline) throw new SheetError('sheets.too_slow');
          await nextTurn(); // let other requests in between slices of a big sheet
        }
        const cells: SheetCell[] = [];
        const values = r.values as ExcelJS.CellValue[];
        for (let i = 1; i < values.length; i++) cells.push(cellOf(values[i]));
        if (cells.every(isBlank)) continue;
        if (rows.length >= limits.maxRows) tooMany(limits.maxRows);
        rows.push({ row: r.number, cells });
      }
    }
  } catch (err) {
    if (err instanceof SheetError) throw err;
    throw new SheetError('sheets.not_spreadsheet');
  }
  if (!sheet) throw new SheetError('sheets.no_sheet');
  return rows;
}

async function readCsv(buf: Buffer, limits: ReadLimits): Promise<RawRow[]> {
  const text = decodeText(buf);
  const deadline = Date.now() + (limits.timeoutMs ?? DEFAULT_TIMEOUT);
  const rawCap = limits.maxRows * 4 + 10_000;
  const rows: RawRow[] = [];
  let n = 0;
  for (const fields of csvRows(text)) {
    if (++n > rawCap) tooMany(limits.maxRows);
    if ((n & 1023) === 0) {
      if (Date.now() > deadline) throw new SheetError('sheets.too_slow');
      await nextTurn(); // let other requests in between slices of a big file
    }
    const cells: SheetCell[] = fields;
    if (cells.every(isBlank)) continue;
    if (rows.length >= limits.maxRows) tooMany(limits.maxRows);
    rows.push({ row: n, cells });
  }
  return rows;
}

/** What kind of file the bytes are, whatever the name or MIME type the client claimed. */
export function sniff(buf: Buffer): 'xlsx' | 'xls' | 'csv' | 'other' {
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1)
    return 'xls';
  // text: no NUL bytes in the first KB (UTF-16 text has a BOM and is decoded as such)
  const head = buf.subarray(0, 1024);
  if (head[0] === 0xff || head[0] === 0xfe) return 'csv';
  return head.includes(0) ? 'other' : 'csv';
}

/**
 * The non-empty rows of an uploaded .xlsx (first worksheet) or CSV, within limits, in one of the
 * process's import slots (429 when all are busy). Refuses with a 400 (SheetError) what it cannot
 * read: not a spreadsheet, an old .xls, too big, too many rows, too slow, no rows.
 */
export async function readRows(buf: Buffer, limits: ReadLimits): Promise<RawRow[]> {
  const kind = sniff(buf);
  if (kind === 'xls') throw new SheetError('sheets.xls_unsupported');
  if (kind === 'other' || buf.length === 0) throw new SheetError('sheets.not_spreadsheet');
  const rows = await withImportSlot(async () =>
    kind === 'xlsx' ? readXlsx(buf, limits) : readCsv(buf, limits),
  );
  if (rows.length === 0) throw new SheetError('sheets.empty');
  return rows;
}
