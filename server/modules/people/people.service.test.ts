import { execFileSync } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { multipart, samplePerson, TEMPLATE_HEAD as HEAD, xlsxOf } from './people.fixtures.ts';

let env: TestEnv;
let officer: Client;
beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
});
afterAll(() => env.close());

async function preview(u: Client, rows: unknown[][], query = '') {
  const m = multipart(await xlsxOf(rows));
  return u.post(`/api/people/import/preview${query}`, m.body, m.headers);
}

async function countPeople() {
  const r = await env.db
    .selectFrom('people_persons')
    .select((eb) => eb.fn.countAll<number>().as('c'))
    .executeTakeFirstOrThrow();
  return Number(r.c);
}

describe('registering people', () => {
  it('refuses a national ID already registered, through the blind index, also under concurrency', async () => {
    const p = samplePerson({ name: '周并发' });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => officer.post('/api/people', { nodeId: env.nodes.grid111.id, ...p })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 422, 422, 422, 422, 422]);
    const refused = results.find((r) => r.status === 422)!;
    expect(refused.body.errors).toEqual([{ field: 'nationalId', message: '该身份证号已登记' }]);
    // lower-case x and spaces are the same number
    const again = await officer.post('/api/people?lang=en-US', {
      nodeId: env.nodes.community11.id,
      ...p,
      nationalId: ` ${p.nationalId.toLowerCase()} `,
    });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].message).toBe('This national ID number is already registered');
  });

  it('replays a create retried with the same Idempotency-Key instead of registering twice', async () => {
    const p = { nodeId: env.nodes.grid111.id, ...samplePerson({ name: '吴重试' }) };
    const h = { 'idempotency-key': 'retry-key-0001' };
    const first = await officer.post('/api/people', p, h);
    const second = await officer.post('/api/people', p, h);
    expect(first.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect((await officer.get('/api/people?q=wcs')).body.total).toBe(1);
  });

  it('checks the whole record again on edit: a gender that contradicts the ID is refused', async () => {
    const p = samplePerson({ name: '郑编辑' });
    const { id } = (await officer.post('/api/people', { nodeId: env.nodes.grid111.id, ...p })).body;
    const res = await officer.patch(`/api/people/${id}`, { gender: 'F', version: 1 });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: 'nationalId', message: '身份证号与性别不一致' }]);
    const moved = await officer.patch(`/api/people/${id}`, { nodeId: env.nodes.community21.id, version: 1 });
    expect(moved.status).toBe(422);
    expect(moved.body.errors[0].field).toBe('nodeId');
  });

  it('refuses an edit that would give a person a national ID already registered', async () => {
    const one = samplePerson({ name: '许一' });
    const two = samplePerson({ name: '许二' });
    await officer.post('/api/people', { nodeId: env.nodes.grid111.id, ...one });
    const { id } = (await officer.post('/api/people', { nodeId: env.nodes.grid111.id, ...two })).body;
    const res = await officer.patch(`/api/people/${id}`, {
      nationalId: one.nationalId,
      birthDate: one.birthDate,
      gender: one.gender,
      version: 1,
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: 'nationalId', message: '该身份证号已登记' }]);
  });

  it('validates identity attributes per kind', async () => {
    const { id } = (
      await officer.post('/api/people', { nodeId: env.nodes.grid111.id, ...samplePerson({ name: '钱身份' }) })
    ).body;
    const bad = await officer.post(`/api/people/${id}/identities`, {
      kind: 'cadre',
      attrs: { post: '书记' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field)).toEqual(
      expect.arrayContaining(['attrs.unitNodeId', 'attrs.grade', 'attrs.postSince', 'attrs.unitSince']),
    );
    const unknownGrid = await officer.post(`/api/people/${id}/identities`, {
      kind: 'grid_worker',
      attrs: { gridNodeIds: ['01a208ba-3e33-724b-82e5-0d511639e5e7'] },
    });
    expect(unknownGrid.status).toBe(422);
    expect(unknownGrid.body.errors[0].field).toBe('attrs.gridNodeIds.0');
    const ok = await officer.post(`/api/people/${id}/identities`, {
      kind: 'cadre',
      attrs: {
        unitNodeId: env.nodes.community11.id,
        post: '书记',
        grade: '科员',
        postSince: '2020-01-01',
        unitSince: '2018-06-01',
      },
    });
    expect(ok.status).toBe(200);
  });
});

describe('malformed input never gets a 500', () => {
  const good = () => ({ nodeId: env.nodes.grid111.id, ...samplePerson() });
  const cases: [string, (g: ReturnType<typeof good>) => unknown, number, string[]][] = [
    ['name is a number', (g) => ({ ...g, name: 42 }), 400, ['name']],
    ['gender unknown', (g) => ({ ...g, gender: 'X' }), 400, ['gender']],
    ['birth date not a date', (g) => ({ ...g, birthDate: '31/01/1990' }), 400, ['birthDate']],
    ['birth date impossible', (g) => ({ ...g, birthDate: '1990-02-30' }), 400, ['birthDate']],
    ['nodeId not a uuid', (g) => ({ ...g, nodeId: 'community11' }), 400, ['nodeId']],
    ['name overlong', (g) => ({ ...g, name: '张'.repeat(51) }), 400, ['name']],
    ['address overlong', (g) => ({ ...g, address: '路'.repeat(201) }), 400, ['address']],
    ['national ID overlong', (g) => ({ ...g, nationalId: '4'.repeat(40) }), 400, ['nationalId']],
    ['unknown field', (g) => ({ ...g, secret: 1 }), 400, ['secret']],
    ['missing fields', () => ({}), 400, ['nodeId', 'name']],
    ['national ID is a number', (g) => ({ ...g, nationalId: 440304199001 }), 400, ['nationalId']],
    ['phone is an array', (g) => ({ ...g, phone: ['138'] }), 400, ['phone']],
    [
      'bad check digit',
      (g) => ({ ...g, nationalId: g.nationalId.slice(0, 17) + (g.nationalId[17] === '0' ? '1' : '0') }),
      422,
      ['nationalId'],
    ],
    ['birth date differs from the ID', (g) => ({ ...g, birthDate: '2001-01-01' }), 422, ['nationalId']],
    ['gender differs from the ID', (g) => ({ ...g, gender: 'F' }), 422, ['nationalId']],
    ['short national ID', (g) => ({ ...g, nationalId: '44030419900101' }), 422, ['nationalId']],
    ['landline phone', (g) => ({ ...g, phone: '075583001234' }), 422, ['phone']],
    ['name with digits', (g) => ({ ...g, name: 'a1' }), 422, ['name']],
    ['future birth date', (g) => ({ ...g, birthDate: '2999-01-01' }), 422, ['birthDate']],
    ['node of a department', (g) => ({ ...g, nodeId: env.nodes.dept.id }), 422, ['nodeId']],
  ];
  it.each(cases)('%s', async (_, make, status, fields) => {
    const res = await officer.post('/api/people', make(good()));
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    for (const f of fields) expect(res.body.errors.map((e: any) => e.field)).toContain(f);
    expect(res.body.errors.every((e: any) => typeof e.message === 'string' && e.message.length > 0)).toBe(
      true,
    );
  });

  it('a body that is not JSON gets 400', async () => {
    const res = await officer.request('POST', '/api/people', '{"name":', {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
  });

  it('a PATCH without version, or with a string version, gets 400 on that field', async () => {
    const id = '01a208ba-412e-76e8-acba-21c2e0af56c9';
    expect((await officer.patch(`/api/people/${id}`, { name: '新名' })).body.errors[0].field).toBe('version');
    expect((await officer.patch(`/api/people/${id}`, { version: '1' })).status).toBe(400);
    expect((await officer.patch(`/api/people/nope`, { version: 1 })).status).toBe(400);
  });
});

describe('Excel import', () => {
  it('previews a file with bad rows: every bad row listed with column and reason, nothing imported before commit', async () => {
    const before = await countPeople();
    const dup = samplePerson();
    const existing = samplePerson({ name: '孙已有' });
    await officer.post('/api/people', { nodeId: env.nodes.grid111.id, ...existing });
    const res = await preview(officer, [
      HEAD,
      ['赵一', '男', '', samplePerson().nationalId, '13800000001', '福山路1号', ''],
      ['', '男', '', samplePerson().nationalId, '', '', ''], // 3: no name
      ['钱二', '女', '1990-01-01', '440304199001011234', '', '', ''], // 4: check digit
      ['孙三', '', '', dup.nationalId, '12345', '', '福山第1网格'], // 5: phone
      ['李四', '', '', dup.nationalId, '', '', '福山第1网格'], // 6: duplicate of row 5
      ['周五', '', '', existing.nationalId, '', '', ''], // 7: already registered
      ['吴六', '', '', samplePerson().nationalId, '', '', '不存在网格'], // 8: unknown node
      ['郑七', '未知', '1990年13月1日', samplePerson().nationalId, '', '', ''], // 9: gender and date
      [],
      ['王八', '', '', samplePerson().nationalId, '', '', '福山第1网格'],
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 9, valid: 2, invalid: 7 });
    expect(res.body.errors).toEqual([
      { row: 3, column: '姓名 (Name)', reason: '请填写姓名' },
      { row: 4, column: '身份证号 (National ID)', reason: '身份证号校验位不正确' },
      { row: 5, column: '手机号 (Phone)', reason: expect.stringContaining('11 位') },
      { row: 6, column: '身份证号 (National ID)', reason: '该身份证号在文件中重复出现（第 5 行）' },
      { row: 7, column: '身份证号 (National ID)', reason: '该身份证号已登记' },
      { row: 8, column: '所属节点 (Node)', reason: expect.stringContaining('不存在网格') },
      { row: 9, column: '性别 (Gender)', reason: '性别只能是“男”或“女”' },
      { row: 9, column: '出生日期 (Birth date)', reason: expect.stringContaining('出生日期无效') },
    ]);
    expect(await countPeople()).toBe(before + 1);

    const all = await officer.post(`/api/people/import/${res.body.batchId}/commit`, { mode: 'all' });
    expect(all.status).toBe(409);
    expect(all.body.title).toContain('7');
    expect(await countPeople()).toBe(before + 1);

    const someone = await env.as('community_officer', 'community11');
    expect(
      (await someone.post(`/api/people/import/${res.body.batchId}/commit`, { mode: 'valid' })).status,
    ).toBe(404);

    const done = await officer.post(`/api/people/import/${res.body.batchId}/commit`, { mode: 'valid' });
    expect(done.body).toEqual({ imported: 2 });
    expect(await countPeople()).toBe(before + 3);
    const wang = (await officer.get('/api/people?q=' + encodeURIComponent('王八'))).body.items[0];
    expect(wang.nodeName).toBe('福山第1网格');
    const zhao = (await officer.get('/api/people?q=' + encodeURIComponent('赵一'))).body.items[0];
    expect(zhao.nodeName).toBe('福山社区');
    expect(
      (await officer.post(`/api/people/import/${res.body.batchId}/commit`, { mode: 'valid' })).status,
    ).toBe(409);
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'people.import')
      .where('object_id', '=', res.body.batchId)
      .executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ mode: 'valid', total: 9, valid: 2, invalid: 7, imported: 2 });
  });

  it('answers in English when asked', async () => {
    const res = await preview(officer, [HEAD, ['X', '', '', '123', '', '', '']], '?lang=en-US');
    expect(res.body.errors).toEqual([
      { row: 2, column: '身份证号 (National ID)', reason: expect.stringContaining('18 characters') },
    ]);
  });

  it('imports nothing when a row was registered between preview and commit', async () => {
    const p = samplePerson({ name: '冯竞争' });
    const res = await preview(officer, [
      HEAD,
      ['冯竞争', '', '', p.nationalId, '', '', ''],
      ['陈另一', '', '', samplePerson().nationalId, '', '', ''],
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.valid).toBe(2);
    await officer.post('/api/people', { nodeId: env.nodes.grid111.id, ...p });
    const before = await countPeople();
    const commit = await officer.post(`/api/people/import/${res.body.batchId}/commit`, { mode: 'valid' });
    expect(commit.status).toBe(409);
    expect(await countPeople()).toBe(before);
  });

  it('refuses an expired batch', async () => {
    const res = await preview(officer, [HEAD, ['褚过期', '', '', samplePerson().nationalId, '', '', '']]);
    // the preview itself must have worked (CI once saw the commit answer 400: no batch id to send)
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await env.db
      .updateTable('people_import_batches')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', res.body.batchId)
      .execute();
    expect(
      (await officer.post(`/api/people/import/${res.body.batchId}/commit`, { mode: 'valid' })).status,
    ).toBe(404);
    expect(await env.services.people.purgeExpiredImports()).toBeGreaterThanOrEqual(1);
  });

  it.each([
    [
      'a PDF',
      async () => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(64, 0)]),
      'sheets.not_spreadsheet',
    ],
    ['an empty file', async () => Buffer.alloc(0), 'sheets.not_spreadsheet'],
    [
      'an old .xls',
      async () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]),
      'sheets.xls_unsupported',
    ],
    [
      'a truncated xlsx',
      async () => (await xlsxOf([HEAD, ['张三', '', '', samplePerson().nationalId]])).subarray(0, 600),
      'sheets.not_spreadsheet',
    ],
    [
      'a zip that is not a workbook',
      async () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]),
      'sheets.not_spreadsheet',
    ],
    ['a sheet without the ID column', async () => xlsxOf([['姓名'], ['张三']]), 'sheets.no_header'],
    ['a sheet with headers only', async () => xlsxOf([HEAD]), 'sheets.empty'],
  ])('refuses %s with 400 and a clear message', async (_, make, code) => {
    const before = await countPeople();
    const m = multipart(await make());
    const res = await officer.post('/api/people/import/preview', m.body, m.headers);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(code);
    expect(res.body.title.length).toBeGreaterThan(4);
    expect(await countPeople()).toBe(before);
  });

  it('refuses a request with no file part, or the file under another field name', async () => {
    const wrongField = multipart(await xlsxOf([HEAD]), 'a.xlsx', 'upload');
    expect(
      (await officer.post('/api/people/import/preview', wrongField.body, wrongField.headers)).status,
    ).toBe(400);
    const json = await officer.post('/api/people/import/preview', { file: 'x' });
    expect(json.status).toBe(400);
  });

  it('reports an ID that Excel stored as a number (digits lost) on its row', async () => {
    const res = await preview(officer, [HEAD, ['蒋数字', '', '', Number('440304199001010013'), '', '', '']]);
    expect(res.body.errors).toEqual([
      { row: 2, column: '身份证号 (National ID)', reason: expect.stringContaining('18 位') },
    ]);
  });
});

describe('more edges', () => {
  it('two concurrent edits with the same version: one wins, the other gets 409 error.stale', async () => {
    const { id } = (
      await officer.post('/api/people', { nodeId: env.nodes.grid111.id, ...samplePerson({ name: '卫并发' }) })
    ).body;
    const res = await Promise.all([
      officer.patch(`/api/people/${id}`, { address: '甲路1号', version: 1 }),
      officer.patch(`/api/people/${id}`, { address: '乙路2号', version: 1 }),
    ]);
    expect(res.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(res.find((r) => r.status === 409)!.body.code).toBe('error.stale');
    expect((await officer.get(`/api/people/${id}`)).body.version).toBe(2);
  });

  it('audits an export and counts the revealed rows', async () => {
    await officer.get('/api/people/export.xlsx?reveal=1&reason=service');
    const row = await env.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'people.export')
      .where('actor_user_id', '=', officer.userId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect((row.detail as any).revealed).toBeGreaterThan(0);
    expect((row.detail as any).revealed).toBe((row.detail as any).rows);
  });

  it('a grid worker asking for a revealed export still gets masked numbers', async () => {
    const gw = await env.as('grid_worker', 'grid111');
    expect((await gw.get('/api/people/export.xlsx?reveal=1')).status).toBe(403);
    const list = await gw.get('/api/people');
    expect(list.raw).not.toMatch(/\d{17}[\dX]/);
  });

  it('a broken multipart body gets a 4xx, never a 500', async () => {
    const res = await officer.post(
      '/api/people/import/preview',
      Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK'),
      {
        'content-type': 'multipart/form-data; boundary=x',
      },
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const noBoundary = await officer.post('/api/people/import/preview', Buffer.from('abc'), {
      'content-type': 'multipart/form-data',
    });
    expect(noBoundary.status).toBeGreaterThanOrEqual(400);
    expect(noBoundary.status).toBeLessThan(500);
  });

  it('a file over 20 MB gets 413', async () => {
    const big = multipart(
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(21 * 1024 * 1024)]),
    );
    const res = await officer.post('/api/people/import/preview', big.body, big.headers);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('error.too_large');
  });

  it('the people routes are in the OpenAPI document', async () => {
    const doc = await officer.get('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/people',
        '/api/people/{id}',
        '/api/people/{id}/reveal',
        '/api/people/import/preview',
      ]),
    );
  });

  it('briefs gives names by id for other modules, without personal data', async () => {
    const { id } = (
      await officer.post('/api/people', { nodeId: env.nodes.grid111.id, ...samplePerson({ name: '简报人' }) })
    ).body;
    expect(await env.services.people.briefs(env.nodes.district.id, [id])).toEqual([
      { id, name: '简报人', nodeId: env.nodes.grid111.id },
    ]);
  });
});

/**
 * Every row of every table as text: pg_dump when the installed one is the server's major version
 * (pg_dump refuses a newer server, as with the embedded PostgreSQL), else each table read as rows.
 */
async function dumpData(): Promise<string> {
  const { rows } = await sql<{ v: string }>`SELECT current_setting('server_version_num') AS v`.execute(
    env.db,
  );
  const serverMajor = Math.floor(Number(rows[0]!.v) / 10000);
  let toolMajor = 0;
  try {
    toolMajor = Number(/(\d+)\./.exec(execFileSync('/usr/bin/pg_dump', ['--version']).toString())?.[1] ?? 0);
  } catch {
    // no pg_dump installed
  }
  if (toolMajor === serverMajor) {
    return execFileSync('/usr/bin/pg_dump', ['--data-only', env.url], {
      maxBuffer: 256 * 1024 * 1024,
    }).toString();
  }
  const tables = await sql<{ t: string }>`
    SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables
     WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`.execute(env.db);
  const parts: string[] = [];
  for (const { t } of tables.rows) {
    const r = await sql<{ row: string }>`SELECT x::text AS row FROM ${sql.raw(t)} x`.execute(env.db);
    parts.push(...r.rows.map((x) => x.row));
  }
  return parts.join('\n');
}

describe('personal data at rest', () => {
  it('a pg_dump holds no national ID or phone number in plaintext', async () => {
    const p = samplePerson({ name: '韩明文' });
    const { id } = (await officer.post('/api/people', { nodeId: env.nodes.grid111.id, ...p })).body;
    await officer.post(`/api/people/${id}/reveal`, { reason: 'service' });
    const q = samplePerson({ name: '杨导入' });
    await preview(officer, [HEAD, ['杨导入', '', '', q.nationalId, q.phone, '', '']]); // a pending batch
    const dump = await dumpData();
    expect(dump).toContain('韩明文');
    for (const secret of [p.nationalId, p.phone, q.nationalId, q.phone]) expect(dump).not.toContain(secret);
  });
});
