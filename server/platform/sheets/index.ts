/**
 * Spreadsheets in and out for every register: bounded reads of .xlsx and CSV (UTF-8 or GB18030),
 * header detection with column synonyms, and writers that neutralise formula-like text.
 */
import { registerMessages } from '../i18n.ts';
import { sheetsMessages } from './sheets.i18n.ts';

registerMessages(sheetsMessages);

export { SheetError, ImportBusyError } from './sheets.errors.ts';
export {
  readRows,
  sniff,
  isBlank,
  isProblem,
  type RawRow,
  type SheetCell,
  type CellProblem,
  type ReadLimits,
} from './sheets.read.ts';
export {
  readTable,
  rememberMapping,
  normaliseHeader,
  cellText,
  checkRows,
  type RowError,
  type ColumnSpec,
  type ColumnMapping,
  type TableRead,
  type SkippedRow,
} from './sheets.table.ts';
export {
  writeWorkbook,
  streamWorkbook,
  safeText,
  xlsxHeaders,
  type OutColumn,
  type OutSheet,
  type OutCell,
} from './sheets.write.ts';
export { withImportSlot, importSlotsBusy } from './sheets.slots.ts';
export {
  rowChecks,
  formulaLike,
  controlChar,
  importRegister,
  importTemplate,
  rowsByKey,
  codeOfCell,
  placeNamed,
  type SheetRow,
  type ImportPlan,
} from './sheets.rows.ts';
export { decodeText, csvRows } from './sheets.csv.ts';
export { importPlaces } from './sheets.places.repository.ts';
