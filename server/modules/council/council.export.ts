/**
 * Excel registers of the council, written by platform/sheets (formula-like text neutralised):
 * instants as Asia/Shanghai time, counts as numbers.
 */
import { writeWorkbook, type OutCell } from '../../platform/sheets/index.ts';
import { shanghaiMinute } from '../../platform/time.ts';

/** A column: key, header, width, and 'number' for counts Excel may sum. */
export type SheetColumn = [key: string, header: string, width: number, type?: 'number'];

/** One sheet with a bold frozen header row. */
export function councilWorkbook(name: string, columns: SheetColumn[], rows: Record<string, unknown>[]) {
  return writeWorkbook([
    {
      name,
      columns: columns.map(([key, header, width, type]) => ({ key, header, width, type })),
      rows: rows.map((r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [k, v instanceof Date ? shanghaiMinute(v) : (v as OutCell)]),
        ),
      ),
    },
  ]);
}
