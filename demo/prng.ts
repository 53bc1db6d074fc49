/**
 * Seeded randomness for the demo generator: the same seed always yields the same district, down to
 * every id. Nothing here touches Math.random or the clock.
 */

/** Hashes a text seed to a 32-bit state (FNV-1a). */
export function seedHash(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A small, fast deterministic generator (sfc32) with the helpers the generator needs. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    this.a = seedHash(`${seed}/a`);
    this.b = seedHash(`${seed}/b`);
    this.c = seedHash(`${seed}/c`);
    this.d = 1;
    for (let i = 0; i < 16; i++) this.u32();
  }

  /** The next unsigned 32-bit integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a list, uniformly. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** One element of a list of [value, weight] pairs, by weight. */
  weighted<T>(table: WeightTable<T>): T {
    const r = this.next() * table.total;
    const { cum, values } = table;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return values[lo];
  }
}

/** A prepared weighted choice (cumulative weights for a binary search). */
export interface WeightTable<T> {
  values: T[];
  cum: Float64Array;
  total: number;
}

/** Prepares a weighted choice from [value, weight] pairs. */
export function weightTable<T>(pairs: readonly (readonly [T, number])[]): WeightTable<T> {
  const cum = new Float64Array(pairs.length);
  let total = 0;
  pairs.forEach(([, w], i) => {
    total += w;
    cum[i] = total;
  });
  return { values: pairs.map(([v]) => v), cum, total };
}

/**
 * Deterministic ids shaped like UUIDv7 (version and variant bits set, a millisecond timestamp from a
 * fixed epoch in front), so demo rows sort in creation order like application-made ids.
 */
export class IdMaker {
  private n = 0;
  private readonly rng: Rng;

  constructor(
    seed: string,
    private readonly epochMs = Date.UTC(2026, 0, 1),
  ) {
    this.rng = new Rng(`${seed}/ids`);
  }

  /** The next id. */
  next(): string {
    const n = this.n++;
    const ms = this.epochMs + Math.floor(n / 4096);
    const seq = n % 4096;
    const hi = ms.toString(16).padStart(12, '0');
    const r1 = this.rng.u32();
    const r2 = this.rng.u32();
    const seqHex = (0x7000 | seq).toString(16);
    const variant = (0x8000 | (r1 & 0x3fff)).toString(16);
    const tail = ((r1 >>> 14) & 0xffff).toString(16).padStart(4, '0') + r2.toString(16).padStart(8, '0');
    return `${hi.slice(0, 8)}-${hi.slice(8)}-${seqHex}-${variant}-${tail}`;
  }
}
