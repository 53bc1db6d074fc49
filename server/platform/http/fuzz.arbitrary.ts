/**
 * Test support for the generated-input test: fast-check arbitraries drawn from a route's zod
 * schemas (the shapes a client is told to send), mixed with the hostile values that once made the
 * API answer 500 (NUL, lone surrogates, numbers beyond 2^53 and 1e308, year 0000, huge texts...).
 */
import fc from 'fast-check';

type Def = Record<string, any> & { type: string };
const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;

/** Values that broke some layer once; every leaf is sometimes replaced by one of them. */
export const HOSTILE: unknown[] = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '',
  ' ',
  '   ',
  'x'.repeat(5000),
  '长'.repeat(300),
  "'; DROP TABLE org_nodes; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x","y")',
  '../../etc/passwd',
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '9999-12-31',
  '+275760-09-13',
  '2026-02-30',
  '2026-13-01T25:61:00Z',
  '1e400',
  'NaN',
  '-0',
  '𠮷𠮷',
  '\u202eevil',
  '00000000-0000-0000-0000-000000000000',
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e308,
  -1e308,
  2147483648,
  -2147483649,
  32768,
  0,
  -1,
  1.5,
  5e-324,
  null,
  true,
  {},
  [],
  [[[[]]]],
  { a: { b: { c: 'd' } } },
];

/** Where arbitraries find ids that exist (fixture nodes, accounts, objects made during the run). */
export interface IdPool {
  ids: string[];
}

interface Opts {
  pool: IdPool;
  /** Weight of a hostile value against 5 for a well-formed one. */
  hostile: number;
  depth: number;
}

function checksOf(def: Def): Record<string, any>[] {
  return ((def.checks ?? []) as { _zod: { def: Record<string, any> } }[]).map((c) => c._zod.def);
}

function lengthBounds(def: Def, cap: number) {
  let min = 0;
  let max = Infinity;
  for (const c of checksOf(def)) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum);
    if (c.check === 'max_length') max = Math.min(max, c.maximum);
    if (c.check === 'length_equals') min = max = c.length;
  }
  return { min, max: Math.max(min, Math.min(max, min + cap)) };
}

const isoDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoTime = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'福田社区网格张王李一二三四五六七八九十栋单元室号'), maxLength: 10 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

function stringArb(def: Def, o: Opts): fc.Arbitrary<unknown> {
  const pool = o.pool;
  switch (def.format) {
    case 'uuid':
    case 'guid':
      return fc.oneof(
        { weight: 3, arbitrary: fc.nat().map((i) => (pool.ids.length ? pool.ids[i % pool.ids.length] : '')) },
        { weight: 1, arbitrary: fc.uuid() },
      );
    case 'date':
      return isoDay;
    case 'datetime':
      return isoTime;
    case 'email':
      return fc.emailAddress();
    case 'url':
      return fc.webUrl();
  }
  const pattern = (def.pattern ?? checksOf(def).find((c) => c.format === 'regex')?.pattern) as
    RegExp | undefined;
  const { min, max } = lengthBounds(def, 40);
  if (pattern && def.format !== 'date' && def.format !== 'datetime')
    return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= Math.max(max, min + 40));
  return fc.oneof(text, fc.string({ minLength: min, maxLength: max })).filter((s) => s.length >= min);
}

function numberArb(def: Def): fc.Arbitrary<number> {
  let min = -1e9;
  let max = 1e9;
  let int = false;
  for (const c of checksOf(def)) {
    if (c.check === 'number_format' && /int/.test(String(c.format))) int = true;
    if (c.check === 'greater_than') min = Math.max(min, c.value + (c.inclusive ? 0 : int ? 1 : 1e-9));
    if (c.check === 'less_than') max = Math.min(max, c.value - (c.inclusive ? 0 : int ? 1 : 1e-9));
  }
  if (int) {
    const lo = Math.ceil(Math.max(min, -(2 ** 31)));
    const hi = Math.floor(Math.min(max, 2 ** 31 - 1));
    return lo <= hi ? fc.integer({ min: lo, max: hi }) : fc.constant(lo);
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** An arbitrary of values for a zod schema, well-formed mostly, hostile at times. */
export function arbitraryOf(schema: unknown, o: Opts): fc.Arbitrary<unknown> {
  if (!schema || !(schema as { _zod?: unknown })._zod) return fc.jsonValue({ maxDepth: 2 });
  const def = defOf(schema);
  const inner = (s: unknown) => arbitraryOf(s, { ...o, depth: o.depth + 1 });
  const leaf = (a: fc.Arbitrary<unknown>) =>
    o.hostile > 0
      ? fc.oneof({ weight: 5, arbitrary: a }, { weight: o.hostile, arbitrary: fc.constantFrom(...HOSTILE) })
      : a;
  if (o.depth > 6) return fc.constant(null);
  switch (def.type) {
    case 'string':
      return leaf(stringArb(def, o));
    case 'number':
      return leaf(numberArb(def));
    case 'bigint':
      return leaf(fc.bigInt({ min: -(2n ** 40n), max: 2n ** 40n }).map(String));
    case 'boolean':
      return leaf(fc.boolean());
    case 'date':
      return leaf(isoTime);
    case 'enum':
      return leaf(fc.constantFrom(...Object.values(def.entries as Record<string, unknown>)));
    case 'literal':
      return leaf(fc.constantFrom(...(def.values as unknown[])));
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const required = Object.keys(shape).filter(
        (k) => !['optional', 'default', 'prefault'].includes(defOf(shape[k]).type),
      );
      const record = fc.record(
        Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, inner(v)])) as Record<
          string,
          fc.Arbitrary<unknown>
        >,
        { requiredKeys: required },
      );
      if (o.hostile <= 0) return record;
      // now and then a key the schema does not know, or a required one left out
      return fc.oneof(
        { weight: 8, arbitrary: record },
        {
          weight: 1,
          arbitrary: fc
            .tuple(record, fc.constantFrom('__proto__', 'constructor', 'zzz', ''), text)
            .map(([r, k, v]) => ({ ...(r as object), [k]: v })),
        },
        { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
      );
    }
    case 'array': {
      const { min, max } = lengthBounds(def, 3);
      return fc.array(inner(def.element), { minLength: min, maxLength: max });
    }
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(inner));
    case 'record':
      return fc.dictionary(
        defOf(def.keyType).type === 'enum'
          ? fc.constantFrom(...Object.values(defOf(def.keyType).entries as Record<string, string>))
          : fc.string({ maxLength: 8 }),
        inner(def.valueType),
        { maxKeys: 3 },
      );
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'intersection':
      return inner(def.left);
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 4 });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    default:
      return leaf(fc.jsonValue({ maxDepth: 2 }));
  }
}

/** The paths of every value inside v (v itself first), for placing one hostile value. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

/** v with the value at its pick-th path (of all its paths) replaced by h; v itself is not changed. */
export function replaceAt(v: unknown, pick: number, h: unknown): unknown {
  const all = paths(v);
  const path = all[pick % all.length];
  if (!path.length) return h;
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path[path.length - 1]] = h;
  return copy;
}

/** Values of the schema, well-formed, or now and then with one value replaced by a hostile one. */
export function mutatedOf(schema: unknown, pool: IdPool): fc.Arbitrary<unknown> {
  const clean = arbitraryOf(schema, { pool, hostile: 0, depth: 0 });
  return fc.oneof(
    { weight: 1, arbitrary: clean },
    {
      weight: 2,
      arbitrary: fc
        .tuple(clean, fc.nat(), fc.constantFrom(...HOSTILE))
        .map(([v, pick, h]) => replaceAt(v, pick, h)),
    },
    { weight: 1, arbitrary: arbitraryOf(schema, { pool, hostile: 1, depth: 0 }) },
  );
}

/** A query-string value as a client would send it. */
export function queryText(v: unknown): string[] {
  if (v === undefined) return [];
  if (Array.isArray(v)) return v.flatMap(queryText);
  if (v !== null && typeof v === 'object') return [JSON.stringify(v)];
  return [String(v)];
}
