/**
 * One normalisation of request input for every route, applied where the shell validates, so no
 * route has to remember it: text that PostgreSQL cannot store (NUL, lone UTF-16 surrogates) is
 * refused wherever it appears, whole numbers are kept within the integer columns they go to, and
 * calendar dates and times within the years PostgreSQL accepts. Each refusal is a 400 with a
 * message for the field, like any other validation error.
 */
import { z } from 'zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { registerMessages } from '../i18n.ts';

/** The range of PostgreSQL's `integer`, the column every whole number of the API lands in. */
export const INT4_MIN = -2147483648;
export const INT4_MAX = 2147483647;
/** Years PostgreSQL and ISO 8601 agree on (year 0000 does not exist in PostgreSQL). */
export const YEAR_MIN = 1;
export const YEAR_MAX = 9999;

registerMessages({
  'zh-CN': {
    'validation.text.nul': '不能包含空字符（\\u0000）',
    'validation.text.encoding': '包含无效的字符（不成对的 UTF-16 代理项）',
    'validation.date.range': '年份应在 0001 至 9999 之间',
  },
  'en-US': {
    'validation.text.nul': 'Must not contain the NUL character (\\u0000)',
    'validation.text.encoding': 'Contains an invalid character (an unpaired UTF-16 surrogate)',
    'validation.date.range': 'The year must be between 0001 and 9999',
  },
});

/** A lone (unpaired) UTF-16 surrogate: JSON can carry it, UTF-8 and PostgreSQL cannot. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a text cannot be stored, as a message key, or null when it can. */
export function badText(s: string): string | null {
  if (s.includes('\u0000')) return 'validation.text.nul';
  if (LONE_SURROGATE.test(s)) return 'validation.text.encoding';
  return null;
}

/** One refused piece of text: where it is (path within the input) and why. */
export interface TextProblem {
  path: (string | number)[];
  key: string;
}

/** Every string (and object key) in a parsed input that PostgreSQL could not store. */
export function findBadText(value: unknown, path: (string | number)[] = [], out: TextProblem[] = []) {
  if (out.length >= 20) return out;
  if (typeof value === 'string') {
    const key = badText(value);
    if (key) out.push({ path, key });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findBadText(v, [...path, i], out));
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [k, v] of Object.entries(value)) {
      const key = badText(k);
      if (key) out.push({ path: [...path, k], key });
      else findBadText(v, [...path, k], out);
    }
  }
  return out;
}

type Schema = z.ZodType;
type Def = Record<string, any> & { type: string };
const defOf = (s: Schema) => (s as unknown as { _zod: { def: Def } })._zod.def;
const cloneWith = (s: Schema, def: Def) => (s as unknown as { clone(d: Def): Schema }).clone(def);

/** The explicit bounds a number schema carries, and whether it is a whole number. */
function numberBounds(def: Def) {
  let min = -Infinity;
  let max = Infinity;
  let int = false;
  for (const c of (def.checks ?? []) as { _zod: { def: Record<string, any> } }[]) {
    const d = c._zod.def;
    if (d.check === 'number_format' && /int/.test(String(d.format))) int = true;
    if (d.check === 'greater_than') min = Math.max(min, Number(d.value));
    if (d.check === 'less_than') max = Math.min(max, Number(d.value));
  }
  return { min, max, int };
}

const yearOk = (s: string) => {
  const y = Number(s.slice(0, 4));
  return !/^\d{4}/.test(s) || (y >= YEAR_MIN && y <= YEAR_MAX);
};

const hardened = new WeakMap<object, Schema>();

/**
 * The schema with the platform's bounds added (see the file's comment); the same object when it
 * needs none. Only the wrappers above a changed part are rebuilt (each keeps its own checks).
 */
export function hardenSchema<S extends Schema>(schema: S): S {
  const done = hardened.get(schema);
  if (done) return done as S;
  const out = walk(schema, new Set());
  hardened.set(schema, out);
  return out as S;
}

function walk(s: Schema, seen: Set<Schema>): Schema {
  const known = hardened.get(s);
  if (known) return known;
  if (seen.has(s)) return s; // recursive (lazy) schemas are left as they are
  seen.add(s);
  const def = defOf(s);
  const sub = (x: Schema) => walk(x, seen);
  let out = s;
  switch (def.type) {
    case 'number': {
      const b = numberBounds(def);
      if (b.int && (b.max > INT4_MAX || b.min < INT4_MIN)) {
        const checks = [];
        if (b.max > INT4_MAX) checks.push(z.lte(INT4_MAX));
        if (b.min < INT4_MIN) checks.push(z.gte(INT4_MIN));
        out = (s as z.ZodNumber).check(...checks);
      }
      break;
    }
    case 'string':
      if (def.format === 'date' || def.format === 'datetime')
        out = (s as z.ZodString).refine(yearOk, { message: 'validation.date.range', abort: true });
      break;
    case 'object': {
      let changed = false;
      const shape: Record<string, Schema> = {};
      for (const [k, v] of Object.entries(def.shape as Record<string, Schema>)) {
        shape[k] = sub(v);
        changed ||= shape[k] !== v;
      }
      const catchall = def.catchall ? sub(def.catchall) : def.catchall;
      if (changed || catchall !== def.catchall) out = cloneWith(s, { ...def, shape, catchall });
      break;
    }
    case 'array': {
      const element = sub(def.element);
      if (element !== def.element) out = cloneWith(s, { ...def, element });
      break;
    }
    case 'union': {
      const options = (def.options as Schema[]).map(sub);
      if (options.some((o, i) => o !== def.options[i])) out = cloneWith(s, { ...def, options });
      break;
    }
    case 'record': {
      const valueType = sub(def.valueType);
      if (valueType !== def.valueType) out = cloneWith(s, { ...def, valueType });
      break;
    }
    case 'tuple': {
      const items = (def.items as Schema[]).map(sub);
      const rest = def.rest ? sub(def.rest) : def.rest;
      if (rest !== def.rest || items.some((o, i) => o !== def.items[i]))
        out = cloneWith(s, { ...def, items, rest });
      break;
    }
    case 'intersection': {
      const left = sub(def.left);
      const right = sub(def.right);
      if (left !== def.left || right !== def.right) out = cloneWith(s, { ...def, left, right });
      break;
    }
    case 'pipe': {
      const inner = sub(def.in);
      const outer = defOf(def.out).type === 'transform' ? def.out : sub(def.out);
      if (inner !== def.in || outer !== def.out) out = cloneWith(s, { ...def, in: inner, out: outer });
      break;
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch': {
      const innerType = sub(def.innerType);
      if (innerType !== def.innerType) out = cloneWith(s, { ...def, innerType });
      break;
    }
  }
  hardened.set(s, out);
  return out;
}

const VALIDATION_SYMBOL = Symbol.for('ZodFastifySchemaValidationError');

/**
 * The validator compiler of the shell: refuses text PostgreSQL cannot store anywhere in the part
 * (body, query, params, headers), then validates with the hardened schema. Errors have the shape
 * fastify-type-provider-zod gives, so the shell reports them like any other.
 */
export const inputValidatorCompiler: typeof validatorCompiler = (route) => {
  const check = validatorCompiler({ ...route, schema: hardenSchema(route.schema as Schema) });
  return (data: unknown) => {
    const bad = findBadText(data);
    if (bad.length)
      return {
        error: bad.map((b) => ({
          [VALIDATION_SYMBOL]: true,
          keyword: 'custom',
          instancePath: `/${b.path.join('/')}`,
          schemaPath: '#',
          message: b.key,
          params: {},
        })),
      } as never;
    return check(data);
  };
};
