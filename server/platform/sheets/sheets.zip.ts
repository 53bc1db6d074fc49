/**
 * Checks an xlsx (a zip) before any parser inflates it: the central directory must describe every
 * entry, back to back with no hidden ones, and each entry is inflated here with a hard output cap,
 * so a zip bomb or a sheet of millions of empty rows is refused before it costs memory or time.
 * The checked entries are then read by name through that directory (`partStream`).
 */
import { PassThrough, type Readable } from 'node:stream';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { SheetError } from './sheets.errors.ts';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
// inflated on libuv's thread pool, so a large entry does not stall other requests
const inflateRaw = promisify(zlib.inflateRaw) as (b: Buffer, o: zlib.ZlibOptions) => Promise<Buffer>;

/** One entry of the zip as its central directory describes it. */
interface Entry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  offset: number;
}

function bad(): never {
  throw new SheetError('sheets.not_spreadsheet');
}

function entries(buf: Buffer): { list: Entry[]; cdOffset: number } {
  // the end-of-central-directory record sits in the last 22 + up to 65,535 comment bytes
  const from = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--)
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) bad();
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdOffset + cdSize > eocd) bad();
  const list: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) bad();
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    list.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { list, cdOffset };
}

/** A checked entry of the zip: its name, how it is stored (0 stored, 8 deflated) and its bytes. */
export interface ZipPart {
  name: string;
  method: number;
  data: Buffer;
}

/** The inflated content of a checked entry, as a stream. */
export function partStream(part: ZipPart): Readable {
  const out = part.method === 8 ? zlib.createInflateRaw() : new PassThrough();
  out.end(part.data);
  return out;
}

/**
 * Refuses a zip whose entries would inflate beyond maxBytes in all (400 sheets.too_big), or that is
 * not a plain zip (400 sheets.not_spreadsheet). Inflates every entry once with the cap enforced by
 * zlib itself, so sizes a forged directory understates are caught too. Returns the entries in the
 * order they are stored.
 */
export async function checkZip(buf: Buffer, maxBytes: number): Promise<ZipPart[]> {
  const { list, cdOffset } = entries(buf);
  if (list.length === 0 || list.length > 5000) bad();
  // local entries must follow each other exactly as the directory says: nothing hidden between
  const sorted = [...list].sort((a, b) => a.offset - b.offset);
  let expected = 0;
  let total = 0;
  const parts: ZipPart[] = [];
  for (const e of sorted) {
    if (e.offset !== expected || e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== LOCAL) bad();
    if (e.compressed === 0xffffffff || e.size === 0xffffffff)
      throw new SheetError('sheets.too_big', { max: mb(maxBytes) });
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    let end = start + e.compressed;
    if (end > cdOffset) bad();
    if (e.flags & 0x08) {
      // a data descriptor follows: with or without its signature, with 32-bit sizes
      end += end + 4 <= buf.length && buf.readUInt32LE(end) === DESCRIPTOR ? 16 : 12;
    }
    expected = end;
    const left = maxBytes - total;
    if (e.size > left) throw new SheetError('sheets.too_big', { max: mb(maxBytes) });
    const data = buf.subarray(start, start + e.compressed);
    let inflated: number;
    if (e.method === 0) inflated = data.length;
    else if (e.method === 8) {
      try {
        inflated = (await inflateRaw(data, { maxOutputLength: Math.max(1, left) })).length;
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw new SheetError('sheets.too_big', { max: mb(maxBytes) });
        bad();
      }
    } else bad();
    total += inflated;
    parts.push({ name: e.name, method: e.method, data });
  }
  if (expected !== cdOffset) bad();
  return parts;
}

function mb(n: number) {
  return Math.round(n / 1024 / 1024);
}
