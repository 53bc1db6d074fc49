/**
 * How many uploads this process reads at once. Reading a spreadsheet is the one request whose cost
 * grows with its body, so a few at a time; the rest are told to come back (429, Retry-After).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { ImportBusyError } from './sheets.errors.ts';

const MAX = Math.max(1, Number(process.env.IMPORT_SLOTS ?? 2) || 2);
let busy = 0;
/** Set while the current request runs inside a slot it holds. */
const holding = new AsyncLocalStorage<true>();

/**
 * Runs fn in an import slot, or refuses at once with 429 when every slot is taken. Re-entrant: an
 * import that holds a slot and then reads its file (readRows takes a slot too) uses the one it holds.
 */
export async function withImportSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (holding.getStore()) return fn();
  if (busy >= MAX) throw new ImportBusyError(5);
  busy++;
  try {
    return await holding.run(true, fn);
  } finally {
    busy--;
  }
}

/** Slots in use now (for tests and health). */
export function importSlotsBusy(): number {
  return busy;
}
