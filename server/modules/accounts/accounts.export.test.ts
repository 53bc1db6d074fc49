/** The accounts register in Excel: who may download it, what it holds, and what it never holds. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sheetRows } from '../../testing/sheets.ts';
import type { Role } from '../../platform/access/access.ts';
import { createPiiCipher } from '../../platform/pii/pii.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../../platform/secrets.ts';
import { accountsForExport } from './accounts.export.service.ts';
import { createTestEnv, TEST_PASSWORD, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
  const gridWorker = await env.services.accounts.bootstrapAccount({
    username: 'export.gridworker',
    displayName: '王小明',
    password: TEST_PASSWORD,
    grants: [{ role: 'grid_worker', nodeId: env.nodes.grid111.id, districtId: env.nodes.district.id }],
  });
  // a phone kept as the residents' sign-up keeps it (encrypted, with its blind index)
  const pii = createPiiCipher(deriveKeys(TEST_MASTER_KEY));
  await env.db
    .insertInto('accounts_phones')
    .values({
      user_id: gridWorker.id,
      phone_enc: pii.encrypt('13912345678'),
      phone_bidx: pii.blindIndex('phone', '13912345678'),
    })
    .execute();
  await env.services.accounts.bootstrapAccount({
    username: 'export.luohu',
    displayName: '罗湖干部',
    password: TEST_PASSWORD,
    grants: [{ role: 'cadre', nodeId: env.nodes.street3.id, districtId: env.nodes.district2.id }],
  });
});
afterAll(() => env.close());

const URL = '/api/accounts/users/export.xlsx';

describe('GET /api/accounts/users/export.xlsx', () => {
  it.each<[Role, number]>([
    ['sys_admin', 200],
    ['sec_admin', 200],
    ['auditor', 403],
    ['org_officer', 403],
    ['street_officer', 403],
    ['community_officer', 403],
    ['grid_worker', 403],
    ['resident', 403],
  ])('%s → %i', async (role, status) => {
    const c = await env.as(role, 'district');
    const res = await c.get(URL);
    expect(res.status).toBe(status);
    if (status === 200) expect(res.headers['content-type']).toContain('spreadsheetml');
  });

  it('holds the accounts GET lists, with Chinese headers, role labels and grant paths, and no secrets', async () => {
    const sys = await env.as('sys_admin', 'district');
    const listed = await sys.get('/api/accounts/users?limit=200');
    const res = await sys.get(URL);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('filename="accounts-');
    const { name, header, body } = await sheetRows(res.rawPayload);
    expect(name).toBe('账号清单');
    expect(header).toEqual([
      '账号',
      '姓名',
      '角色',
      '授权范围',
      '状态',
      '动态验证码',
      '手机号',
      '创建时间',
      '最近登录',
    ]);
    expect(body.map((r) => r[0]).sort()).toEqual(listed.body.items.map((u: any) => u.username).sort());
    expect(body.length).toBe(listed.body.total);
    const worker = body.find((r) => r[0] === 'export.gridworker')!;
    expect(worker.slice(0, 6)).toEqual([
      'export.gridworker',
      '王小明',
      '网格员',
      '网格员：福田区 / 福田街道 / 福山社区 / 福山第1网格',
      '正常',
      '未绑定',
    ]);
    expect(worker[6]).toBe('139****5678');
    expect(body.some((r) => r[0] === 'export.luohu')).toBe(false); // another district's account
    const text = body.flat().join('\n');
    expect(text).not.toMatch(/argon2/);
    expect(text).not.toContain('13912345678');
    expect(header.join()).not.toMatch(/密码|secret|hash/i);
    const secret = await env.db
      .selectFrom('accounts_users')
      .select(['password_hash', 'totp_secret'])
      .where('username', '=', sys.username)
      .executeTakeFirstOrThrow();
    expect(text).not.toContain(secret.password_hash);
  });

  it('shows a login, a disabled account, English headers on request, and audits every export', async () => {
    const sys = await env.as('sys_admin', 'district');
    const login = await env.login('export.gridworker');
    expect(login.res.status).toBe(200);
    const list = await sys.get('/api/accounts/users?q=export.gridworker');
    await sys.post(`/api/accounts/users/${list.body.items[0].id}/disable`, { disabled: true });
    const res = await sys.request('GET', `${URL}?lang=en-US`);
    const { header, body } = await sheetRows(res.rawPayload);
    expect(header[0]).toBe('Username');
    const worker = body.find((r) => r[0] === 'export.gridworker')!;
    expect(worker[2]).toBe('Grid worker');
    expect(worker[4]).toBe('Disabled');
    expect(worker[8]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const audited = await env.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'accounts.export')
      .where('actor_user_id', '=', sys.userId)
      .execute();
    expect(audited).toEqual([{ detail: { rows: body.length } }]);
  });

  it('a street system administrator gets only the accounts placed in its street', async () => {
    const sys = await env.as('sys_admin', 'street2');
    const res = await sys.get(URL);
    const { body } = await sheetRows(res.rawPayload);
    expect(body.map((r) => r[0])).not.toContain('export.gridworker');
    expect(body.map((r) => r[0])).toContain(sys.username);
  });
});

describe('an accounts register over the cap', () => {
  it('is refused with 422 accounts.export_too_many, never cut short', async () => {
    const all = await accountsForExport(env.db, ['/']);
    expect(all.length).toBeGreaterThan(2);
    expect(await accountsForExport(env.db, ['/'], all.length)).toHaveLength(all.length);
    await expect(accountsForExport(env.db, ['/'], all.length - 1)).rejects.toMatchObject({
      status: 422,
      key: 'accounts.export_too_many',
      params: { max: all.length - 1 },
    });
  });
});
