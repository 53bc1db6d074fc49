/**
 * Accounts and grants in from Excel, under 三员分立: only the system administrator imports accounts
 * and only the security administrator imports grants; previews name every bad row and column; an
 * apply makes everything or nothing, audited per account or grant; initial passwords are answered
 * once and kept nowhere in clear.
 */
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/access.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let sys: Client;
let sec: Client;
beforeAll(async () => {
  env = await createTestEnv();
  sys = await env.as('sys_admin', 'district');
  sec = await env.as('sec_admin', 'district');
  await env.services.accounts.bootstrapAccount({
    username: 'auth.target',
    displayName: '授权对象',
    password: 'Xy!23456abc',
    homeDistrictId: env.nodes.district.id,
    grants: [],
  });
});
afterAll(() => env.close());

const USERS = '/api/accounts/users/import';
const GRANTS = '/api/accounts/grants/import';
const csv = (lines: string[][]) => Buffer.from(lines.map((l) => l.join(',')).join('\n'), 'utf8');
const upload = (c: Client, url: string, file: Buffer, dryRun = false, name = 'sheet.csv') =>
  c.upload(`${url}${dryRun ? '?dryRun=1' : ''}`, file, name, name.endsWith('.csv') ? 'text/csv' : undefined);
const fields = (res: { body: any }) => (res.body.errors ?? []).map((e: any) => e.field);

/** Every row of every table in the test database, as text, that holds needle. */
async function tablesHolding(needle: string): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(env.db);
  const out: string[] = [];
  for (const { name } of tables.rows) {
    const r = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM ${sql.table(name)} t WHERE strpos(t::text, ${needle}) > 0`.execute(
      env.db,
    );
    if (r.rows[0].n > 0) out.push(name);
  }
  return out;
}

describe('who may import', () => {
  const roles: [Role, number, number][] = [
    ['sys_admin', 200, 403],
    ['sec_admin', 403, 200],
    ['auditor', 403, 403],
    ['org_officer', 403, 403],
    ['street_officer', 403, 403],
    ['community_officer', 403, 403],
    ['cadre', 403, 403],
    ['grid_worker', 403, 403],
    ['resident', 403, 403],
  ];
  it.each(roles)('%s: accounts → %i, grants → %i (dry runs)', async (role, users, grants) => {
    const c = await env.as(role, 'district');
    const u = await upload(
      c,
      USERS,
      csv([
        ['账号', '姓名'],
        [`who.${role}`, '某人'],
      ]),
      true,
    );
    expect(u.status).toBe(users);
    const g = await upload(
      c,
      GRANTS,
      csv([
        ['账号', '角色', '授权范围'],
        ['auth.target', '网格员', '福田区'],
      ]),
      true,
    );
    expect(g.status).toBe(grants);
  });
  it('anonymous → 401 on both', async () => {
    const a = env.anon();
    expect(
      (
        await upload(
          a,
          USERS,
          csv([
            ['账号', '姓名'],
            ['anon.x', '某人'],
          ]),
          true,
        )
      ).status,
    ).toBe(401);
    expect(
      (
        await upload(
          a,
          GRANTS,
          csv([
            ['账号', '角色', '授权范围'],
            ['x', '网格员', '福田区'],
          ]),
          true,
        )
      ).status,
    ).toBe(401);
  });
});

describe('POST /api/accounts/users/import', () => {
  it('a preview names every bad row and column, and changes nothing', async () => {
    await env.services.accounts.bootstrapAccount({
      username: 'taken.one',
      displayName: '别人',
      password: 'Xy!23456abc',
      grants: [{ role: 'cadre', nodeId: env.nodes.street3.id, districtId: env.nodes.district2.id }],
    });
    const res = await upload(
      sys,
      USERS,
      csv([
        ['账号', '姓名'],
        ['ok.first', '张三'], // row 2
        ['ab', '李四'], // row 3: too short
        ['bad name', '王五'], // row 4
        ['ok.second', ''], // row 5: no name
        ['OK.First', '赵六'], // row 6: same as row 2
        ['TAKEN.one', '钱七'], // row 7: another district's account
        ['=cmd', '孙八'], // row 8: a formula
        ['ok.third', '@SUM(A1)'], // row 9
        ['ok.fourth', '周\u001b九'], // row 10: ESC
        ['ok.fifth', '吴\u0007十'], // row 11: BEL
      ]),
      true,
    );
    expect(res.status).toBe(422);
    expect(fields(res)).toEqual([
      'row3.username',
      'row4.username',
      'row5.displayName',
      'row6.username',
      'row7.username',
      'row8.username',
      'row9.displayName',
      'row10.displayName',
      'row11.displayName',
    ]);
    expect(res.body.errors[3].message).toBe('第 6 行：与第 2 行重复');
    expect(res.body.errors[4].message).toBe('第 7 行：用户名已被使用');
    const applied = await upload(
      sys,
      USERS,
      csv([
        ['账号', '姓名'],
        ['ok.first', '张三'],
        ['ab', '李四'],
      ]),
    );
    expect(applied.status).toBe(422);
    expect(fields(applied)).toEqual(['row3.username']);
    expect((await env.login('ok.first')).res.status).toBe(401);
  });

  it('applies: each account logs in with its initial password once and must change it; a repeat makes nothing', async () => {
    const file = csv([
      ['序号', '账号', '姓名', '备注'],
      ['1', 'grid.wang', '王网格', ''],
      ['2', 'grid.li', '李网格', '新入职'],
      ['3', 'officer.zhao', '赵干部', ''],
    ]);
    const preview = await upload(sys, USERS, file, true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, added: 3, skipped: 0, accounts: [] });
    expect((await env.login('grid.wang')).res.status).toBe(401);

    const res = await upload(sys, USERS, file);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, added: 3, skipped: 0 });
    const accounts: { username: string; displayName: string; initialPassword: string }[] = res.body.accounts;
    expect(accounts.map((a) => a.username)).toEqual(['grid.wang', 'grid.li', 'officer.zhao']);
    expect(new Set(accounts.map((a) => a.initialPassword)).size).toBe(3);
    for (const a of accounts) {
      const login = await env.login(a.username, a.initialPassword);
      expect(login.res.status).toBe(200);
      expect(login.res.body.mustChangePassword).toBe(true);
      expect((await env.login(a.username, 'Wrong-Passw0rd!')).res.status).toBe(401);
    }
    // listed for the system administrator at once, in its district
    const listed = await sys.get('/api/accounts/users?q=grid.');
    expect(listed.body.items.map((u: any) => u.displayName).sort()).toEqual(['李网格', '王网格']);

    // audited per account like the single create, and no password in clear anywhere
    const audited = await env.db
      .selectFrom('audit_log')
      .select(['object_id', 'detail'])
      .where('action', '=', 'accounts.user.create')
      .where('actor_user_id', '=', sys.userId)
      .execute();
    expect(audited.map((r) => (r.detail as any).username).sort()).toEqual([
      'grid.li',
      'grid.wang',
      'officer.zhao',
    ]);
    for (const a of accounts) expect(await tablesHolding(a.initialPassword)).toEqual([]);

    const again = await upload(sys, USERS, file);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ added: 0, skipped: 3, accounts: [] });
    expect(again.body.rows.map((r: any) => r.action)).toEqual(['skip', 'skip', 'skip']);
    const count = await env.db
      .selectFrom('accounts_users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('username', 'in', ['grid.wang', 'grid.li', 'officer.zhao'])
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
    // the register's own export, imported back, makes nothing either
    const exported = await sys.get('/api/accounts/users/export.xlsx');
    const back = await upload(sys, USERS, exported.rawPayload, false, 'accounts.xlsx');
    expect(back.status).toBe(200);
    expect(back.body.added).toBe(0);
  });

  it('reads .xlsx as well', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('账号');
    ws.addRow(['某街道网格员账号表']);
    ws.addRow(['账号', '姓名']);
    ws.addRow(['xlsx.one', '表格一']);
    const res = await upload(sys, USERS, Buffer.from(await wb.xlsx.writeBuffer()), false, 'a.xlsx');
    expect(res.status).toBe(200);
    expect(res.body.accounts.map((a: any) => a.username)).toEqual(['xlsx.one']);
  });

  it('hostile files answer 4xx, never 500', async () => {
    const nul = Buffer.from('账号,姓名\n\u0000\u0000,\u0000\nevil\u0000,x\n', 'utf8');
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const many = csv([
      ['账号', '姓名'],
      ...Array.from({ length: 10_001 }, (_, i) => [`bulk.${i}`, `人${i}`]),
    ]);
    for (const [name, file] of [
      ['nul.csv', nul],
      ['random.xlsx', random],
      ['many.csv', many],
      ['empty.csv', Buffer.alloc(0)],
    ] as const) {
      const res = await upload(sys, USERS, file, false, name);
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
    }
    expect((await env.login('bulk.0')).res.status).toBe(401);
    // more new accounts than one request can hash in time: said in the preview already
    const big = csv([['账号', '姓名'], ...Array.from({ length: 2001 }, (_, i) => [`big.${i}`, `人${i}`])]);
    const tooMany = await upload(sys, USERS, big, true);
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.title).toBe('一份文件最多新建 2000 个账号，请拆分后分批导入');
    // a NUL past the first KB (read as text) is that row's error
    const late = csv([
      ['账号', '姓名'],
      ...Array.from({ length: 80 }, (_, i) => [`late.${i}`, `人${i}`]),
      ['late.nul', '周\u0000九'],
    ]);
    const res = await upload(sys, USERS, late, true);
    expect(res.status).toBe(422);
    expect(fields(res)).toEqual(['row82.displayName']);
  });
});

describe('POST /api/accounts/grants/import', () => {
  it('grants through the single grant path, skips what is held, and reads the export back', async () => {
    const made = await upload(
      sys,
      USERS,
      csv([
        ['账号', '姓名'],
        ['g.worker', '网格甲'],
        ['g.officer', '社区乙'],
      ]),
    );
    expect(made.status).toBe(200);
    const file = csv([
      ['账号', '角色', '授权范围'],
      ['g.worker', '网格员', '福田区 / 福田街道 / 福山社区 / 福山第1网格'],
      ['g.officer', 'Community officer', '福山社区'], // a unique tail of the path reads too
      ['g.officer', 'cadre', '440304003'], // a node's code
    ]);
    const preview = await upload(sec, GRANTS, file, true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, added: 3, skipped: 0 });
    const res = await upload(sec, GRANTS, file);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ added: 3, skipped: 0 });
    const login = await env.login('g.worker', made.body.accounts[0].initialPassword);
    const me = await login.client!.get('/api/auth/me');
    expect(me.body.grants.map((g: any) => `${g.role}@${g.nodeName}`)).toEqual(['grid_worker@福山第1网格']);
    const listed = await sec.get('/api/accounts/users?q=g.officer');
    expect(listed.body.items[0].grants.map((g: any) => `${g.role}@${g.nodeName}`).sort()).toEqual([
      'cadre@福田街道',
      'community_officer@福山社区',
    ]);
    const audited = await env.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'accounts.grant')
      .where('actor_user_id', '=', sec.userId)
      .execute();
    expect(audited).toHaveLength(3);

    const again = await upload(sec, GRANTS, file);
    expect(again.body).toMatchObject({ added: 0, skipped: 3 });
    // the register's export names each grant as "role：path"; imported back it grants nothing new
    const exported = await sec.get('/api/accounts/users/export.xlsx');
    const back = await upload(sec, GRANTS, exported.rawPayload, true, 'accounts.xlsx');
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.added).toBe(0);
  });

  it('a row against the separation rules, out of scope or self-granting fails the whole file', async () => {
    await upload(
      sys,
      USERS,
      csv([
        ['账号', '姓名'],
        ['s.one', '分立甲'],
        ['s.two', '分立乙'],
      ]),
    );
    const auditor = await env.as('auditor', 'district');
    const res = await upload(
      sec,
      GRANTS,
      csv([
        ['账号', '角色', '授权范围'],
        ['s.one', '网格员', '福田区 / 福田街道 / 福山社区 / 福山第1网格'], // row 2: fine alone
        [auditor.username, '网格员', '福田区'], // row 3: business role on an auditor
        ['s.two', '安全审计员', '福田区'], // row 4: fine alone
        ['s.two', '系统管理员', '福田区'], // row 5: a second security role beside row 4's
        ['s.one', '干部', '罗湖区 / 东门街道'], // row 6: another district
        ['s.one', '干部', '不存在的街道'], // row 7
        [sec.username, '干部', '福田区'], // row 8: one's own account
        ['nobody.here', '干部', '福田区'], // row 9
        ['s.one', '校长', '福田区'], // row 10: no such role
        ['s.one', '网格员', '福田区 / 福田街道 / 福山社区 / 福山第1网格'], // row 11: as row 2
      ]),
    );
    expect(res.status).toBe(422);
    expect(fields(res)).toEqual([
      'row3.role',
      'row5.role',
      'row6.node',
      'row7.node',
      'row8.username',
      'row9.username',
      'row10.role',
      'row11.node',
    ]);
    expect(res.body.errors[0].message).toMatch(/^第 3 行：三员分立/);
    // nothing of the file applied, and the refusal audited
    const held = await env.db
      .selectFrom('accounts_grants as g')
      .innerJoin('accounts_users as u', 'u.id', 'g.user_id')
      .select('g.role')
      .where('u.username', 'in', ['s.one', 's.two'])
      .execute();
    expect(held).toEqual([]);
    const denied = await env.db
      .selectFrom('audit_log')
      .select('result')
      .where('action', '=', 'accounts.grants.import')
      .where('actor_user_id', '=', sec.userId)
      .execute();
    expect(denied).toEqual([{ result: 'denied' }]);
  });

  it('a street security administrator cannot grant above its street', async () => {
    await upload(
      sys,
      USERS,
      csv([
        ['账号', '姓名'],
        ['st.worker', '街道网格员'],
      ]),
    );
    const streetSec = await env.as('sec_admin', 'street2');
    const res = await upload(
      streetSec,
      GRANTS,
      csv([
        ['账号', '角色', '授权范围'],
        ['st.worker', '网格员', '福田区 / 福田街道 / 福山社区 / 福山第1网格'],
      ]),
      true,
    );
    expect(res.status).toBe(422);
    expect(fields(res)).toEqual(['row2.username']); // the account is placed in the district, not the street
  });

  it('hostile files answer 4xx, never 500', async () => {
    const many = csv([
      ['账号', '角色', '授权范围'],
      ...Array.from({ length: 10_001 }, () => ['x', '网格员', '福田区']),
    ]);
    for (const [name, file] of [
      ['nul.csv', Buffer.from('账号,角色,授权范围\n\u0000,\u0000,\u0000\n', 'utf8')],
      ['random.xlsx', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31 + 7) % 256))],
      ['many.csv', many],
    ] as const) {
      const res = await upload(sec, GRANTS, file, false, name);
      expect(res.status, name).toBeGreaterThanOrEqual(400);
      expect(res.status, name).toBeLessThan(500);
    }
  });
});
