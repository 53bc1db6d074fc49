/**
 * Excel registers (台账) in and out: reads an uploaded .xlsx into text cells by template column,
 * refusing anything that is not a sound xlsx with a clear 400, and writes the template and exports.
 */
import ExcelJS from 'exceljs';
import { DomainError } from '../../platform/errors.ts';
import {
  columnOfHeader,
  IMPORT_MAX_ROWS,
  SHEET_COLUMNS,
  type CellText,
  type SheetKey,
} from './people.rules.ts';

/** A file the importer cannot read at all (400 with a reason key). */
export class BadUploadError extends DomainError {
  constructor(key: string, params: Record<string, unknown> = {}) {
    super(400, key, params);
  }
}

/** The readable content of a register: header text per column and the data rows as text cells. */
export interface ParsedRegister {
  headers: Partial<Record<SheetKey, string>>;
  rows: { row: number; cells: Partial<Record<SheetKey, CellText>> }[];
}

function cellText(v: ExcelJS.CellValue, key: SheetKey): CellText {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number') {
    // Excel keeps only 15 significant digits: an 18-digit ID typed as a number has lost its tail
    if (key === 'nationalId' && !Number.isSafeInteger(v)) return { problem: 'pii.id.format' };
    return { text: Number.isInteger(v) ? String(v) : String(v) };
  }
  if (typeof v === 'boolean') return { problem: 'people.import.value_type' };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { problem: 'people.import.value_type' };
    return { text: v.toISOString().slice(0, 10) };
  }
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return { text: v.richText.map((r) => r.text).join('') };
    if ('text' in v && typeof v.text === 'string') return { text: v.text };
    if ('result' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null, key);
    if ('error' in v) return { problem: 'people.import.value_type' };
  }
  return { problem: 'people.import.value_type' };
}

/** Reads the first worksheet of an uploaded register. Throws BadUploadError for what is not a sound xlsx. */
export async function readRegister(buf: Buffer, maxRows = IMPORT_MAX_ROWS): Promise<ParsedRegister> {
  // an xlsx is a zip: anything else (csv, xls, pdf, text) is refused before parsing
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50)
    throw new BadUploadError('people.import.not_xlsx');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new BadUploadError('people.import.not_xlsx');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new BadUploadError('people.import.no_sheet');
  if (ws.actualRowCount - 1 > maxRows)
    throw new BadUploadError('people.import.too_many_rows', { max: maxRows });
  const byCol = new Map<number, SheetKey>();
  const headers: Partial<Record<SheetKey, string>> = {};
  ws.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value, 'name');
    const key = 'text' in text ? columnOfHeader(text.text) : null;
    if (key && !headers[key]) {
      byCol.set(col, key);
      headers[key] = 'text' in text ? text.text.trim() : '';
    }
  });
  const missing = SHEET_COLUMNS.filter((c) => c.required && !headers[c.key]).map((c) => c.header);
  if (missing.length)
    throw new BadUploadError('people.import.missing_columns', { columns: missing.join('、') });
  const rows: ParsedRegister['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Partial<Record<SheetKey, CellText>> = {};
    let blank = true;
    for (const [col, key] of byCol) {
      const c = cellText(r.getCell(col).value, key);
      if (!('text' in c) || c.text.trim()) blank = false;
      cells[key] = c;
    }
    if (!blank) rows.push({ row: rowNumber, cells });
  });
  if (rows.length === 0) throw new BadUploadError('people.import.empty');
  if (rows.length > maxRows) throw new BadUploadError('people.import.too_many_rows', { max: maxRows });
  return { headers, rows };
}

/** Writes one sheet with Chinese (English) headers and text cells; IDs stay text so Excel keeps every digit. */
export async function writeSheet(
  sheetName: string,
  columns: { key: string; header: string; width?: number }[],
  rows: Record<string, string | null>[],
  notes?: string[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongzhi';
  const ws = wb.addWorksheet(sheetName);
  ws.columns = columns.map((c) => ({
    key: c.key,
    header: c.header,
    width: c.width ?? 18,
    style: { numFmt: '@' },
  }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) ws.addRow(r);
  if (notes?.length) {
    const help = wb.addWorksheet('说明 (Help)');
    help.getColumn(1).width = 100;
    for (const n of notes) help.addRow([n]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
