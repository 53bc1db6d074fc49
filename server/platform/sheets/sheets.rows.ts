/**
 * What every register import shares (importRegister), and the checks it makes of a row's cells, so each module states only its columns:
 * a problem goes into the file's list under `row<N>.<field>` with the module's own messages
 * (`<prefix>.row`, `<prefix>.required`, `<prefix>.too_long`, `<prefix>.bad_text`).
 */
import type { Db, Executor } from '../db/db.ts';
import { InvalidError, type FieldProblem } from '../errors.ts';
import { t, type Lang } from '../i18n.ts';
import { isProblem, readRows, type SheetCell } from './sheets.read.ts';
import { withImportSlot } from './sheets.slots.ts';
import { readTable, type ColumnSpec, type TableRead } from './sheets.table.ts';
import { writeWorkbook } from './sheets.write.ts';

/** Text a spreadsheet would run as a formula: a leading = + - @. */
export const formulaLike = (s: string) => /^[=+\-@]/.test(s);

/** A control character (line breaks allowed only where the column is multi-line). */
export const controlChar = (s: string, lineBreaks = false) =>
  [...s].some((c) => {
    const n = c.charCodeAt(0);
    return (n < 32 && !(lineBreaks && (c === '\n' || c === '\r'))) || n === 127;
  });

/** A code from a cell: the code itself, or its label `<prefix>.<code>` in either language; null when none. */
export function codeOfCell<C extends string>(codes: readonly C[], prefix: string, text: string): C | null {
  const v = text.trim().toLowerCase();
  return (
    codes.find(
      (c) =>
        v === c || v === t('zh-CN', `${prefix}.${c}`) || v === t('en-US', `${prefix}.${c}`).toLowerCase(),
    ) ?? null
  );
}

/** The one place named by the last part of a path in a cell ('福田区 / 福田街道 / 福民社区'), or null. */
export function placeNamed<P extends { name: string }>(
  places: readonly P[],
  text: string | null | undefined,
): P | null {
  const last =
    (text ?? '')
      .split(/\s*[/／]\s*/)
      .filter(Boolean)
      .at(-1) ?? '';
  const found = places.filter((p) => p.name === last);
  return found.length === 1 ? found[0] : null;
}

/** One data row of a register, by column key. */
export interface SheetRow {
  row: number;
  cells: Record<string, SheetCell>;
}

/** `bad` notes a problem of the row; `text` reads a text cell, checked ('' when blank, null when refused). */
export function rowChecks<F extends string = string>(
  lang: Lang,
  prefix: string,
  r: SheetRow,
  errors: FieldProblem[],
  opts: { lineBreaks?: boolean } = {},
) {
  const bad = (field: string, key: string, params?: Record<string, unknown>) =>
    errors.push({
      field: `row${r.row}.${field}`,
      key,
      message: t(lang, `${prefix}.row`, { row: r.row, message: t(lang, key, params) }),
    });
  const text = (field: F, max: number, required = false): string | null => {
    const c: SheetCell = r.cells[field] ?? null;
    if (isProblem(c)) return (bad(field, c.problem), null);
    const v = c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();
    if (!v && required) return (bad(field, `${prefix}.required`), null);
    if (v.length > max) return (bad(field, `${prefix}.too_long`, { max }), null);
    if (controlChar(v, opts.lineBreaks) || formulaLike(v)) return (bad(field, `${prefix}.bad_text`), null);
    return v;
  };
  return { bad, text };
}

/**
 * What each row of a file does by its key: 'add', 'skip' when the key is there already, or the
 * earlier row of the same file that has the key (a row error: the file names it twice).
 */
export function rowsByKey(existing: ReadonlySet<string>) {
  const seen = new Map<string, number>();
  return (key: string, row: number): 'add' | 'skip' | { earlier: number } => {
    const earlier = seen.get(key);
    if (earlier !== undefined) return { earlier };
    seen.set(key, row);
    return existing.has(key) ? 'skip' : 'add';
  };
}

/** What an import plan says: each row added or skipped, and the file's problems (none to go on). */
export interface ImportPlan<R extends { action: 'add' | 'skip' }> {
  rows: R[];
  errors: FieldProblem[];
}

/**
 * A register import as every module runs it: the file read within an import slot, its rows planned
 * (any problem refuses the whole file with all of them), and, unless a dry run, planned again and
 * applied in one transaction. `apply` may turn a row it found already there into a skip. `prepare`
 * (not on a dry run) takes the plan made outside the transaction first, for slow work that must not
 * hold one open (hashing passwords); what it answers goes to `apply`.
 */
export function importRegister<P extends ImportPlan<{ action: 'add' | 'skip' }>, X = undefined>(
  db: Db,
  input: {
    file: Buffer;
    columns: readonly ColumnSpec[];
    maxRows: number;
    dryRun: boolean;
    prepare?: (p: P) => Promise<X>;
  },
  plan: (exec: Executor, table: TableRead) => Promise<P>,
  apply: (trx: Executor, p: P, prepared: X) => Promise<void>,
): Promise<{ dryRun: boolean; added: number; skipped: number; rows: P['rows'] }> {
  const check = async (exec: Executor, table: TableRead) => {
    const p = await plan(exec, table);
    if (p.errors.length) throw new InvalidError(p.errors);
    return p;
  };
  return withImportSlot(async () => {
    const table = readTable(await readRows(input.file, { maxRows: input.maxRows }), input.columns);
    let p: P;
    if (input.dryRun) p = await check(db, table);
    else {
      const prepared = (input.prepare ? await input.prepare(await check(db, table)) : undefined) as X;
      p = await db.transaction().execute(async (trx) => {
        const p = await check(trx, table);
        await apply(trx, p, prepared);
        return p;
      });
    }
    const added = p.rows.filter((r) => r.action === 'add').length;
    return { dryRun: input.dryRun, added, skipped: p.rows.length - added, rows: p.rows };
  });
}

/** An empty sheet in a register's import columns (their Chinese labels), with notes on a second sheet. */
export function importTemplate(name: string, columns: readonly ColumnSpec[], notes: string[] = []) {
  return writeWorkbook([
    {
      name,
      columns: columns.map((c) => ({ key: c.key, header: c.label, width: Math.max(12, c.label.length * 3) })),
      rows: [],
      notes,
    },
  ]);
}
