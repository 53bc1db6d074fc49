/**
 * The values that once made the API answer 500, each sent to a route that stores its input in
 * PostgreSQL the way module routes do: every one is refused by the shell with a 400 naming the
 * field in the user's language, before PostgreSQL sees it. Also: router errors and PostgreSQL's
 * own refusals and outages come back as problem+json.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { freshDb, type TestDb } from '../../testing/db.ts';
import { problemOf } from '../errors.ts';
import { buildApp, type App } from './app.ts';
import { findBadText, hardenSchema } from './input.ts';

let t: TestDb;
let app: App;

const body = z.strictObject({
  name: z.string().max(50).optional(),
  note: z.unknown().optional(),
  size: z.number().int().min(0).max(100).optional(),
  count: z.number().int().optional(),
  day: z.iso.date().optional(),
  at: z.iso.datetime().optional(),
  tags: z.array(z.string()).optional(),
});

beforeAll(async () => {
  t = await freshDb();
  app = await buildApp({
    resolveSession: async () => null,
    auditor: { append: async () => {}, appendAll: async () => {}, record: async () => {} },
    register: async (a) => {
      // stores what it is given, as a module's insert would
      a.post(
        '/api/store',
        { config: { permission: 'public', csrf: false }, schema: { body } },
        async (req) => {
          const b = req.body;
          const r = await sql<{ ok: number }>`SELECT 1 AS ok
            WHERE ${b.name ?? ''}::text IS NOT NULL
              AND ${JSON.stringify(b.note ?? null)}::jsonb IS NOT NULL
              AND ${b.count ?? 0}::int4 IS NOT NULL
              AND ${b.day ?? '2026-01-01'}::date IS NOT NULL
              AND ${b.at ?? '2026-01-01T00:00:00Z'}::timestamptz IS NOT NULL
              AND ${b.tags ?? []}::text[] IS NOT NULL`.execute(t.db);
          return { ok: r.rows[0].ok };
        },
      );
      a.get(
        '/api/store',
        {
          config: { permission: 'public' },
          schema: {
            querystring: z.object({ q: z.string().max(50), year: z.coerce.number().int().optional() }),
          },
        },
        async (req) => {
          const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_class
            WHERE relname = ${req.query.q} AND ${req.query.year ?? 2026}::int4 > 0`.execute(t.db);
          return { n: r.rows[0].n };
        },
      );
      a.get(
        '/api/things/:id',
        { config: { permission: 'public' }, schema: { params: z.object({ id: z.uuid() }) } },
        async () => ({}),
      );
      a.get('/api/fail/:code', { config: { permission: 'public' } }, async (req) => {
        const code = (req.params as { code: string }).code;
        throw Object.assign(new Error(`simulated ${code}`), { code, severity: 'ERROR' });
      });
    },
  });
});
afterAll(async () => {
  await app.close();
  await t.drop();
});

async function post(payload: unknown, lang = 'zh-CN') {
  const res = await app.inject({
    method: 'POST',
    url: `/api/store?lang=${lang}`,
    payload: JSON.stringify(payload),
    headers: { 'content-type': 'application/json' },
  });
  return { status: res.statusCode, type: String(res.headers['content-type']), body: res.json() };
}

describe('hostile input is a 400 with a message for the field', () => {
  const cases: [string, unknown, string, string, string][] = [
    ['NUL in a text field', { name: 'a\u0000b' }, 'name', '不能包含空字符', 'NUL'],
    ['NUL in a list of texts', { tags: ['ok', '\u0000'] }, 'tags.1', '不能包含空字符', 'NUL'],
    ['NUL deep in free JSON', { note: { a: [{ b: 'x\u0000' }] } }, 'note.a.0.b', '不能包含空字符', 'NUL'],
    ['NUL in a key of free JSON', { note: { 'k\u0000': 1 } }, 'note.k\u0000', '不能包含空字符', 'NUL'],
    ['a lone high surrogate', { name: 'x\ud800' }, 'name', '无效的字符', 'unpaired'],
    ['a lone low surrogate in free JSON', { note: '\udc00' }, 'note', '无效的字符', 'unpaired'],
    ['2^53 + 2 in a bounded whole number', { size: 2 ** 53 + 2 }, 'size', '不能大于', 'at most'],
    ['1e308 in a bounded whole number', { size: 1e308 }, 'size', '不能大于', 'at most'],
    ['-1e308 in a bounded whole number', { size: -1e308 }, 'size', '不能小于', 'at least'],
    ['2^31 in an unbounded whole number', { count: 2 ** 31 }, 'count', '不能大于 2147483647', '2147483647'],
    ['2^53 + 2 in an unbounded whole number', { count: 2 ** 53 + 2 }, 'count', '不能大于', 'at most'],
    ['-2^31 - 1 in an unbounded whole number', { count: -(2 ** 31) - 1 }, 'count', '不能小于', 'at least'],
    ['year 0000 in a date', { day: '0000-01-01' }, 'day', '0001 至 9999', '0001 and 9999'],
    ['year 0000 in a time', { at: '0000-06-01T00:00:00Z' }, 'at', '0001 至 9999', '0001 and 9999'],
  ];
  it.each(cases)('%s', async (_, payload, field, zh, en) => {
    for (const [lang, text] of [
      ['zh-CN', zh],
      ['en-US', en],
    ] as const) {
      const res = await post(payload, lang);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.type).toContain('application/problem+json');
      expect(res.body.code).toBe('error.validation');
      const e = res.body.errors.find((x: { field: string }) => x.field === field);
      expect(e?.message, JSON.stringify(res.body.errors)).toContain(text);
    }
  });

  it('well-formed values still reach the database', async () => {
    const res = await post({
      name: '张三 𠮷',
      note: { a: ['ok'] },
      size: 100,
      count: 2 ** 31 - 1,
      day: '0001-01-01',
      at: '9999-12-31T23:59:59Z',
      tags: ['a'],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it('the same in the query string, and an unbounded year cannot overflow PostgreSQL', async () => {
    const nul = await app.inject({ method: 'GET', url: '/api/store?q=a%00b' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().errors).toEqual([{ field: 'q', message: '不能包含空字符（\\u0000）' }]);
    const year = await app.inject({ method: 'GET', url: '/api/store?q=a&year=99999999999' });
    expect(year.statusCode).toBe(400);
    expect(year.json().errors[0].field).toBe('year');
    const fine = await app.inject({ method: 'GET', url: '/api/store?q=pg_class&year=2026' });
    expect(fine.json()).toEqual({ n: 1 });
  });

  it('a body that is not JSON, or JSON with an escaped NUL, is a 400', async () => {
    for (const payload of ['{"name":', 'not json', '{"name":"\\u0000"}', '{"note":"\\ud800"}']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/store',
        payload,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('errors of the router and of PostgreSQL are problem+json', () => {
  it('a path segment over 100 characters is a 414 problem', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/things/${'x'.repeat(150)}`,
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(414);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'error.uri_too_long', lang: 'en-US' });
  });

  it('a path that is not valid UTF-8 is a 400 problem', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/things/%ED%A0%80' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it.each([
    ['57P01', 503, '数据库暂时不可用，请稍后重试'],
    ['08006', 503, '数据库暂时不可用，请稍后重试'],
    ['40001', 503, '系统繁忙，请稍后重试'],
    ['22003', 400, '提交的某个值超出了允许的范围或格式，请检查后重试'],
  ])('PostgreSQL error %s answers %i', async (code, status, title) => {
    const res = await app.inject({ method: 'GET', url: `/api/fail/${code}` });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().title).toBe(title);
    if (status === 503) expect(res.headers['retry-after']).toBe('1');
  });

  it('a lost connection is a 503 (no SQLSTATE, only the driver message)', () => {
    expect(problemOf(new Error('Connection terminated unexpectedly'), 'zh-CN').status).toBe(503);
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(problemOf(refused, 'en-US')).toMatchObject({ status: 503, code: 'error.db_unavailable' });
    expect(problemOf(new Error('boom'), 'zh-CN').status).toBe(500);
  });
});

describe('the shared normalisation', () => {
  it('finds every bad text with its path, keys included', () => {
    expect(findBadText({ a: ['x', 'y\u0000'], ['b\ud800']: 1, c: { d: '\udc00e' } })).toEqual([
      { path: ['a', 1], key: 'validation.text.nul' },
      { path: ['b\ud800'], key: 'validation.text.encoding' },
      { path: ['c', 'd'], key: 'validation.text.encoding' },
    ]);
    expect(findBadText({ ok: '𠮷 \ud83d\ude00' })).toEqual([]);
  });

  it('leaves a schema with nothing to bound as it is, and keeps what the rest says', () => {
    const plain = z.object({ a: z.string(), b: z.boolean() });
    expect(hardenSchema(plain)).toBe(plain);
    const s = z
      .strictObject({ n: z.coerce.number().int().default(1), d: z.iso.date().optional() })
      .refine((v) => v.n !== 7, { message: 'seven', path: ['n'] });
    const h = hardenSchema(s);
    expect(h).not.toBe(s);
    expect(h.safeParse({}).data).toEqual({ n: 1 });
    expect(h.safeParse({ n: '5' }).data).toEqual({ n: 5 });
    expect(h.safeParse({ n: 7 }).error?.issues[0].message).toBe('seven');
    expect(h.safeParse({ x: 1 }).success).toBe(false);
    expect(h.safeParse({ n: 2 ** 31 }).success).toBe(false);
    expect(h.safeParse({ d: '0000-12-31' }).success).toBe(false);
    const u = hardenSchema(z.discriminatedUnion('k', [z.object({ k: z.literal('a'), n: z.number().int() })]));
    expect(u.safeParse({ k: 'a', n: 3 }).success).toBe(true);
    expect(u.safeParse({ k: 'a', n: 2 ** 40 }).success).toBe(false);
  });
});
