/** Identifiers: UUIDv7 (time-ordered, safe to mint offline on a phone), made in the application. */
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let seq = 0;

// Random bits drawn from the system a few kilobytes at a time: one call to the generator per 256
// ids instead of one or two per id (each costs microseconds; a busy intake mints three per report).
const pool = Buffer.alloc(4096);
let used = pool.length;
function random(n: number): Buffer {
  if (used + n > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += n;
  return pool.subarray(used - n, used);
}

/** Returns a new RFC 9562 UUIDv7; ids minted in one process are strictly increasing. */
export function uuidv7(now = Date.now()): string {
  if (now <= lastMs) {
    seq = (seq + 1) & 0xfff;
    if (seq === 0) lastMs += 1;
    now = lastMs;
  } else {
    lastMs = now;
    seq = random(2).readUInt16BE() & 0x7ff;
  }
  const b = Buffer.from(random(16));
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | (seq >> 8);
  b[7] = seq & 0xff;
  b[8] = 0x80 | (b[8] & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** True when the text is a UUID (any version) in canonical form. */
export function isUuid(s: string): boolean {
  return UUID_RE.test(s);
}
