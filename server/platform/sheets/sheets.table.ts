/**
 * Registers 台账 as districts really make them in WPS or Excel: merged title rows above the header,
 * a 填报单位/填报日期 line, everyday column names (公民身份号码, 身份证号码 and 证件号码 all mean the
 * national ID), 序号 and 备注 columns, blank rows, a notes row at the end. Finds the header row,
 * maps columns by synonyms (or by a mapping the user corrected and the district kept), and returns
 * the data rows by column key, with what was skipped and why.
 */
import { isBlank, isProblem, type CellProblem, type RawRow, type SheetCell } from './sheets.read.ts';
import { t, type Lang } from '../i18n.ts';
import { SheetError } from './sheets.errors.ts';

/** One column a register expects. */
export interface ColumnSpec {
  key: string;
  /** The canonical header, Chinese first: '公民身份号码'. */
  label: string;
  /** Other names users give the column (compared after normalising). */
  synonyms: readonly string[];
  required?: boolean;
}

/** Where each column key was found: a 0-based column index, or null when absent. */
export type ColumnMapping = Record<string, number | null>;

/** A row skipped on purpose, and why. */
export interface SkippedRow {
  row: number;
  reason: 'title' | 'notes' | 'repeated_header';
}

/** A register read from a sheet. */
export interface TableRead {
  /** 1-based number of the header row. */
  headerRow: number;
  /** Header text of every column, by 0-based index. */
  headers: string[];
  mapping: ColumnMapping;
  /** Header columns mapped to nothing (shown in the preview so the user can map them). */
  unmapped: { index: number; header: string }[];
  /** 填报单位 and 填报日期 when the title rows give them. */
  meta: { unit?: string; date?: string };
  skipped: SkippedRow[];
  rows: { row: number; cells: Record<string, SheetCell> }[];
}

/** Headers that are never data: row numbers and free remarks. */
const IGNORED = ['序号', '编号', 'no', 'no.', '备注', 'remarks', 'remark', 'note', 'notes'];
const NOTES = /^(注|注：|注:|备注|说明|填表说明|填报说明|制表|审核|填报人|联系人|附注)/;

/** A header as compared: no spaces or marks, half-width, lower case, bracketed parts and * dropped. */
export function normaliseHeader(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊:：_\-—·.、]/g, '')
    .toLowerCase();
}

/** The text of a cell for matching and display ('' for blanks and problems). */
export function cellText(c: SheetCell): string {
  if (c === null || isProblem(c)) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
}

function keyOf(
  header: string,
  columns: readonly ColumnSpec[],
  remembered: Record<string, string>,
): string | null {
  const h = normaliseHeader(header);
  if (!h) return null;
  if (remembered[h] && columns.some((c) => c.key === remembered[h])) return remembered[h];
  let best: { key: string; len: number } | null = null;
  for (const c of columns)
    for (const name of [c.label, ...c.synonyms]) {
      const n = normaliseHeader(name);
      if (!n) continue;
      if (h === n) return c.key;
      // a header that says more ('公民身份号码（必填）' is caught above; '户籍地详细地址' here)
      if (n.length >= 2 && h.includes(n) && (!best || n.length > best.len))
        best = { key: c.key, len: n.length };
    }
  return best?.key ?? null;
}

function mapRow(cells: SheetCell[], columns: readonly ColumnSpec[], remembered: Record<string, string>) {
  const mapping: ColumnMapping = Object.fromEntries(columns.map((c) => [c.key, null]));
  cells.forEach((c, i) => {
    const text = cellText(c);
    if (!text || IGNORED.includes(normaliseHeader(text))) return;
    const key = keyOf(text, columns, remembered);
    if (key && mapping[key] === null) mapping[key] = i;
  });
  return mapping;
}

const found = (m: ColumnMapping) => Object.values(m).filter((v) => v !== null).length;

/**
 * Reads a register out of a sheet's rows. The header is the row among the first 30 that names the
 * most expected columns (at least one required one, and two columns when the register has two);
 * rows above it are titles, read for 填报单位/填报日期. `override` (a mapping the user corrected)
 * wins over synonyms; `remembered` maps normalised header texts to keys as a district chose
 * before. Refuses (400) a sheet with no header row or without a required column.
 */
export function readTable(
  raw: RawRow[],
  columns: readonly ColumnSpec[],
  opts: { override?: ColumnMapping; remembered?: Record<string, string> } = {},
): TableRead {
  const remembered = opts.remembered ?? {};
  const required = columns.filter((c) => c.required);
  const need = Math.min(2, columns.length);
  let header = -1;
  let best = 0;
  for (let i = 0; i < Math.min(raw.length, 30); i++) {
    const m = mapRow(raw[i].cells, columns, remembered);
    const n = found(m);
    const hasRequired = required.length === 0 || required.some((c) => m[c.key] !== null);
    if (n > best && n >= need && hasRequired) {
      best = n;
      header = i;
    }
  }
  if (header < 0)
    throw new SheetError('sheets.no_header', {
      columns: (required.length ? required : columns).map((c) => c.label).join('、'),
    });
  const headerCells = raw[header].cells;
  const headers = headerCells.map(cellText);
  const mapping = { ...mapRow(headerCells, columns, remembered) };
  if (opts.override)
    for (const [k, v] of Object.entries(opts.override))
      if (
        k in mapping &&
        (v === null || (Number.isInteger(v) && v >= 0 && v < Math.max(headers.length, 1) + 50))
      )
        mapping[k] = v;
  const missing = required.filter((c) => mapping[c.key] === null);
  if (missing.length)
    throw new SheetError('sheets.missing_columns', { columns: missing.map((c) => c.label).join('、') });
  const used = new Set(Object.values(mapping).filter((v): v is number => v !== null));
  const unmapped = headers
    .map((h, index) => ({ index, header: h }))
    .filter((h) => h.header && !used.has(h.index) && !IGNORED.includes(normaliseHeader(h.header)));

  const meta: TableRead['meta'] = {};
  const skipped: SkippedRow[] = [];
  for (const r of raw.slice(0, header)) {
    skipped.push({ row: r.row, reason: 'title' });
    const line = r.cells.map(cellText).join(' ');
    const unit = /填报单位[:：]?\s*([^\s]+(?:\s[^\s填]+)*)/.exec(line);
    const date = /(?:填报|统计|截止)日期[:：]?\s*([0-9０-９]{4}[^\s]*)/.exec(line);
    if (unit && !meta.unit) meta.unit = unit[1].trim();
    if (date && !meta.date) meta.date = date[1].trim();
  }
  const headerKey = headers.map(normaliseHeader).join('|');
  const rows: TableRead['rows'] = [];
  for (const r of raw.slice(header + 1)) {
    const texts = r.cells.map(cellText);
    const filled = texts.filter((t) => t !== '');
    if (filled.length === 1 && NOTES.test(filled[0])) {
      skipped.push({ row: r.row, reason: 'notes' });
      continue;
    }
    if (texts.map(normaliseHeader).join('|') === headerKey) {
      skipped.push({ row: r.row, reason: 'repeated_header' });
      continue;
    }
    const cells: Record<string, SheetCell> = {};
    for (const [k, i] of Object.entries(mapping)) cells[k] = i === null ? null : (r.cells[i] ?? null);
    if (Object.values(cells).every(isBlank)) continue;
    rows.push({ row: r.row, cells });
  }
  if (rows.length === 0) throw new SheetError('sheets.empty');
  return { headerRow: raw[header].row, headers, mapping, unmapped, meta, skipped, rows };
}

/** A problem with one row of an upload, in the uploader's language. */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

/**
 * Goes through a register's rows: check gets each row's cell text by column key, and bad(field,
 * key, params), which notes a problem with that field of that row, the message key said in lang.
 * Returns the problems in row order (none when every row passed).
 */
export function checkRows(
  table: TableRead,
  lang: Lang,
  check: (
    cell: (column: string) => string,
    bad: (field: string, key: string, params?: Record<string, unknown>) => void,
  ) => void,
): RowError[] {
  const errors: RowError[] = [];
  for (const r of table.rows)
    check(
      (column) => cellText(r.cells[column] ?? null),
      (field, key, params) => errors.push({ row: r.row, field, message: t(lang, key, params) }),
    );
  return errors;
}

/** What a district keeps after a user confirmed a mapping: normalised header text → key. */
export function rememberMapping(headers: string[], mapping: ColumnMapping): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, i] of Object.entries(mapping))
    if (i !== null && headers[i]) out[normaliseHeader(headers[i])] = k;
  return out;
}

export type { CellProblem };
