/**
 * UUIDv7 made on the phone (RFC 9562): 48-bit Unix milliseconds, version 7, a 12-bit counter that
 * keeps ids made in the same millisecond ordered, the variant bits, and 62 random bits.
 */

let lastMs = 0;
let counter = 0;

/** A new time-ordered UUIDv7, safe to make offline. */
export function uuidv7(now: number = Date.now()): string {
  const rand = new Uint8Array(10);
  crypto.getRandomValues(rand);
  let ms = now;
  if (ms <= lastMs) {
    ms = lastMs;
    counter += 1;
    if (counter > 0xfff) {
      // the 12-bit counter overflowed within one millisecond: borrow the next millisecond
      ms = lastMs + 1;
      counter = 0;
    }
  } else counter = rand[0] & 0x3ff; // random start, leaving room to count up
  lastMs = ms;
  const b = new Uint8Array(16);
  for (let i = 0; i < 6; i++) b[i] = Math.floor(ms / 2 ** (8 * (5 - i))) & 0xff;
  b[6] = 0x70 | ((counter >> 8) & 0x0f);
  b[7] = counter & 0xff;
  b[8] = 0x80 | (rand[2] & 0x3f);
  for (let i = 9; i < 16; i++) b[i] = rand[i - 6];
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The creation time encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
