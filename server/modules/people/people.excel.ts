/** The people register's upload errors (reading and writing spreadsheets is platform/sheets). */
import { DomainError } from '../../platform/errors.ts';

/** A request the importer cannot read at all: no file, a broken multipart body (400 with a reason key). */
export class BadUploadError extends DomainError {
  constructor(key: string, params: Record<string, unknown> = {}) {
    super(400, key, params);
  }
}
