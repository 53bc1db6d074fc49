import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerMessages } from '../i18n.ts';
import { buildApp, type App } from './app.ts';

registerMessages({
  'zh-CN': { 'test.even': '必须是偶数' },
  'en-US': { 'test.even': 'Must be even' },
});

const body = z
  .object({
    name: z.string().trim().min(1).max(5),
    code: z.string().length(4).optional(),
    age: z.number().int().min(0).max(150),
    ratio: z.number().gt(0).lt(1).optional(),
    tags: z.array(z.string()).min(1).max(2),
    id: z.uuid(),
    email: z.email().optional(),
    digits: z.string().regex(/^\d+$/).optional(),
    at: z.iso.datetime().optional(),
    day: z.iso.date().optional(),
    level: z.enum(['street', 'community']),
    active: z.boolean().optional(),
    even: z
      .number()
      .refine((n) => n % 2 === 0, 'test.even')
      .optional(),
  })
  .strict();

let app: App;
beforeAll(async () => {
  app = await buildApp({
    resolveSession: async () => null,
    auditor: { append: async () => {}, appendAll: async () => {}, record: async () => {} },
    register: async (a) => {
      a.post(
        '/api/test',
        { config: { permission: 'public', csrf: false }, schema: { body } },
        async () => ({}),
      );
      a.get(
        '/api/test',
        {
          config: { permission: 'public' },
          schema: { querystring: z.object({ limit: z.coerce.number().int().min(1).max(10) }) },
        },
        async () => ({}),
      );
    },
  });
});
afterAll(() => app.close());

const good = {
  name: '张三',
  age: 30,
  tags: ['a'],
  id: '0190f4a0-0000-7000-8000-000000000000',
  level: 'street',
};

async function errorsOf(lang: string, payload: unknown) {
  const res = await app.inject({ method: 'POST', url: `/api/test?lang=${lang}`, payload: payload as object });
  expect(res.statusCode).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const b = res.json();
  expect(b.lang).toBe(lang);
  return Object.fromEntries(b.errors.map((e: any) => [e.field, e.message]));
}

const cases: [string, Record<string, unknown>, string, string, string][] = [
  ['missing field', { name: undefined }, 'name', '必填', 'Required'],
  ['wrong type: text', { name: 5 }, 'name', '应为文本', 'Must be text'],
  ['wrong type: number', { age: '30' }, 'age', '应为数字', 'Must be a number'],
  ['wrong type: whole number', { age: 1.5 }, 'age', '应为整数', 'Must be a whole number'],
  ['wrong type: list', { tags: 'a' }, 'tags', '应为列表', 'Must be a list'],
  [
    'wrong type: boolean',
    { active: 'yes' },
    'active',
    '应为布尔值（true 或 false）',
    'Must be true or false',
  ],
  ['empty string', { name: '  ' }, 'name', '不能为空', 'Must not be empty'],
  ['string too long', { name: '一二三四五六' }, 'name', '最多 5 个字符', 'At most 5 characters'],
  ['string of exact length', { code: 'abc' }, 'code', '必须是 4 个字符', 'Exactly 4 characters'],
  ['number too small', { age: -1 }, 'age', '不能小于 0', 'Must be at least 0'],
  ['number too big', { age: 151 }, 'age', '不能大于 150', 'Must be at most 150'],
  ['exclusive bounds', { ratio: 1 }, 'ratio', '必须小于 1', 'Must be less than 1'],
  ['exclusive lower bound', { ratio: 0 }, 'ratio', '必须大于 0', 'Must be greater than 0'],
  ['empty list', { tags: [] }, 'tags', '至少需要一项', 'Choose at least one'],
  ['list too long', { tags: ['a', 'b', 'c'] }, 'tags', '最多 2 项', 'At most 2 items'],
  ['uuid', { id: 'not-a-uuid' }, 'id', '不是有效的编号（UUID）', 'Not a valid id (UUID)'],
  ['email', { email: 'a@' }, 'email', '不是有效的电子邮箱地址', 'Not a valid e-mail address'],
  ['regex', { digits: '12a' }, 'digits', '格式不正确', 'Wrong format'],
  [
    'datetime',
    { at: '2026-13-01' },
    'at',
    '不是有效的时间（ISO 8601，如 2026-01-31T08:00:00Z）',
    'Not a valid time (ISO 8601, e.g. 2026-01-31T08:00:00Z)',
  ],
  ['date', { day: '2026-02-30' }, 'day', '不是有效的日期（YYYY-MM-DD）', 'Not a valid date (YYYY-MM-DD)'],
  [
    'enum',
    { level: 'village' },
    'level',
    '只能是以下之一：street, community',
    'Must be one of: street, community',
  ],
  ['unknown key', { extra: 1 }, 'extra', '不允许的字段', 'This field is not allowed'],
  ['custom message key', { even: 3 }, 'even', '必须是偶数', 'Must be even'],
];

describe('validation messages', () => {
  it.each(cases)('%s', async (_, patch, field, zh, en) => {
    const payload = { ...good, ...patch };
    expect((await errorsOf('zh-CN', payload))[field]).toBe(zh);
    expect((await errorsOf('en-US', payload))[field]).toBe(en);
  });

  it('reports every bad field at once, each under its own name', async () => {
    const errs = await errorsOf('zh-CN', {
      name: '',
      age: 'x',
      tags: [],
      id: 'x',
      level: 'x',
      extra: 1,
      more: 2,
    });
    expect(Object.keys(errs).sort()).toEqual(['age', 'extra', 'id', 'level', 'more', 'name', 'tags']);
  });

  it('names a query parameter and tells a missing one from a malformed one', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/test?lang=en-US' });
    expect(missing.json().errors).toEqual([{ field: 'limit', message: 'Required' }]);
    const bad = await app.inject({ method: 'GET', url: '/api/test?limit=abc' });
    expect(bad.json().errors).toEqual([{ field: 'limit', message: '应为数字' }]);
  });

  it('a body that is not JSON at all is a 400 in the chosen language', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/test',
      payload: '{"name":',
      headers: { 'content-type': 'application/json', 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'error.bad_json', lang: 'en-US' });
  });
});
