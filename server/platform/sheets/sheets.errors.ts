/** Why an uploaded spreadsheet cannot be read, as domain errors with localised messages. */
import { DomainError } from '../errors.ts';

/** The upload cannot be read at all (400 with a reason key from sheets.i18n.ts). */
export class SheetError extends DomainError {
  constructor(key: string, params: Record<string, unknown> = {}) {
    super(400, key, params);
  }
}

/** Too many imports are being read in this process right now (429; try again after retryAfter s). */
export class ImportBusyError extends DomainError {
  constructor(readonly retryAfter: number) {
    super(429, 'sheets.busy', { seconds: retryAfter });
  }
}
