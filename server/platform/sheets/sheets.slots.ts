/**
 * How many uploads this process reads at once. Reading a spreadsheet is the one request whose cost
 * grows with its body, so a few at a time; the rest are told to come back (429, Retry-After).
 */
import { ImportBusyError } from './sheets.errors.ts';

const MAX = Math.max(1, Number(process.env.IMPORT_SLOTS ?? 2) || 2);
let busy = 0;

/** Runs fn in an import slot, or refuses at once with 429 when every slot is taken. */
export async function withImportSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (busy >= MAX) throw new ImportBusyError(5);
  busy++;
  try {
    return await fn();
  } finally {
    busy--;
  }
}

/** Slots in use now (for tests and health). */
export function importSlotsBusy(): number {
  return busy;
}
