/** CSV as Excel and WPS save it: UTF-8 (with or without BOM) or GB18030 (Chinese Windows' ANSI). */
import { SheetError } from './sheets.errors.ts';

/** Decodes CSV bytes: a BOM decides; otherwise strict UTF-8, and GB18030 when that fails. */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.toString('utf8', 3);
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(buf);
    } catch {
      throw new SheetError('sheets.encoding');
    }
  }
}

/** The delimiter a CSV uses, judged by its first line outside quotes: comma, tab or semicolon. */
function delimiterOf(text: string): string {
  const counts: Record<string, number> = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (const ch of text.slice(0, 10_000)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const best = Object.entries(counts).reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, line breaks inside
 * quotes), calling onRow for each; onRow returns false to stop early.
 */
export function parseCsv(text: string, onRow: (fields: string[]) => boolean): void {
  const d = delimiterOf(text);
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endRow = () => {
    row.push(field);
    field = '';
    const r = row;
    row = [];
    return onRow(r);
  };
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === d) {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (!endRow()) return;
    } else field += ch;
    i++;
  }
  if (field !== '' || row.length) endRow();
}
