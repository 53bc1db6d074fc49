import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let auditor: Client;
let officer: Client;
beforeAll(async () => {
  env = await createTestEnv();
  auditor = await env.as('auditor', 'city');
  officer = await env.as('org_officer', 'district');
  // a write, a denial and a failed login to find in the log
  const made = await officer.post('/api/org/nodes', {
    parentId: env.nodes.street1.id,
    level: 'community',
    name: '审计测试社区',
  });
  expect(made.status).toBe(200);
  expect((await officer.get('/api/audit')).status).toBe(403);
  await env.anon().post('/api/auth/login', { username: officer.username, password: 'wrong-password' });
});
afterAll(() => env.close());

describe('GET /api/audit', () => {
  it('lists entries newest first with UTC ISO times, who, what, where from and the result', async () => {
    const res = await auditor.get('/api/audit?limit=5');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(5);
    expect(res.body.items).toHaveLength(5);
    const seqs = res.body.items.map((i: any) => i.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    for (const i of res.body.items) expect(i.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const next = await auditor.get('/api/audit?limit=5&offset=5');
    expect(next.body.items[0].seq).toBeLessThan(seqs[4]);
  });

  it('pages every entry exactly once, newest seq first, while entries sit in several lanes', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        env.services.auditor.record(
          { actor: null, ip: '10.1.1.1', userAgent: 'vitest' },
          { action: 'test.lanes', objectType: 'thing', detail: { i } },
        ),
      ),
    );
    const lanes = await env.db
      .selectFrom('audit_log')
      .select('lane')
      .distinct()
      .where('action', '=', 'test.lanes')
      .execute();
    expect(lanes.length).toBeGreaterThan(1);
    const seen: { seq: number; at: string }[] = [];
    for (let offset = 0; ; offset += 7) {
      const page = await auditor.get(`/api/audit?action=test.lanes&limit=7&offset=${offset}`);
      expect(page.body.total).toBe(40);
      if (!page.body.items.length) break;
      seen.push(...page.body.items);
    }
    expect(seen).toHaveLength(40);
    const seqs = seen.map((i) => i.seq);
    expect(new Set(seqs).size).toBe(40);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    const first = [...seen].sort((a, b) => a.at.localeCompare(b.at))[0].at;
    const since = await auditor.get(`/api/audit?action=test.lanes&from=${encodeURIComponent(first)}`);
    expect(since.body.total).toBe(40);
  });

  it('filters by action prefix, actor, result, object and time', async () => {
    const creates = await auditor.get('/api/audit?action=org.&actor=' + officer.username);
    expect(creates.status).toBe(200);
    expect(creates.body.total).toBeGreaterThan(0);
    for (const i of creates.body.items) {
      expect(i.action.startsWith('org.')).toBe(true);
      expect(i.actorName).toBe(officer.username);
      expect(i.userAgent).toBe('lightMyRequest');
      expect(i.ip).toBe('127.0.0.1');
    }
    const denied = await auditor.get('/api/audit?result=denied&objectType=route');
    expect(denied.body.items.map((i: any) => [i.action, i.objectId, i.actorName])).toContainEqual([
      'http.denied',
      'GET /api/audit',
      officer.username,
    ]);
    const failed = await auditor.get(`/api/audit?action=accounts.login&result=failed`);
    expect(failed.body.items[0]).toMatchObject({ actorName: officer.username, objectId: officer.userId });
    const byObject = await auditor.get(`/api/audit?objectType=account&objectId=${officer.userId}`);
    expect(byObject.body.items.every((i: any) => i.objectId === officer.userId)).toBe(true);
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await auditor.get(`/api/audit?from=${encodeURIComponent(future)}`)).body.total).toBe(0);
    const all = await auditor.get(`/api/audit?to=${encodeURIComponent(future)}`);
    expect(all.body.total).toBe((await auditor.get('/api/audit')).body.total);
  });

  it('rejects a range that ends before it starts, naming the field', async () => {
    const res = await auditor.get('/api/audit?lang=en-US&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z');
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: 'from', message: 'The start must not be after the end' }]);
  });

  it('an auditor on another district sees only entries of that district', async () => {
    const other = await env.as('auditor', 'district2');
    const res = await other.get('/api/audit');
    expect(res.status).toBe(200);
    const mine = await auditor.get('/api/audit?action=org.');
    expect(mine.body.total).toBeGreaterThan(0);
    for (const i of res.body.items) expect(i.districtId).toBe(env.nodes.district2.districtId);
    expect(res.body.items.some((i: any) => i.action.startsWith('org.'))).toBe(false);
  });
});

describe('GET /api/audit/export.xlsx', () => {
  it('streams a workbook of the filtered entries with localised headers and records the export', async () => {
    const res = await auditor.request('GET', '/api/audit/export.xlsx?action=accounts.login');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="audit-.*\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as any);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('审计日志');
    expect(ws.getRow(1).getCell(2).value).toBe('时间（UTC）');
    const listed = await auditor.get('/api/audit?action=accounts.login&limit=200');
    expect(ws.rowCount - 1).toBe(listed.body.total);
    expect(ws.getRow(2).getCell(4).value).toBe('accounts.login');
    const recorded = await auditor.get('/api/audit?action=audit.export');
    expect(recorded.body.items[0]).toMatchObject({ actorName: auditor.username, result: 'ok' });
    expect(recorded.body.items[0].detail).toMatchObject({
      rows: listed.body.total,
      filters: { action: 'accounts.login' },
    });
  });
});

describe('GET /api/audit/verify', () => {
  it('reports an intact chain with its length', async () => {
    const res = await auditor.get('/api/audit/verify');
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.count).toBeGreaterThan(5);
  });

  it('is closed to the system and security administrators', async () => {
    for (const role of ['sys_admin', 'sec_admin'] as const) {
      const c = await env.as(role, 'city');
      for (const url of ['/api/audit', '/api/audit/verify', '/api/audit/export.xlsx'])
        expect((await c.get(url)).status).toBe(403);
    }
  });
});

describe('a long log', () => {
  // last in this file: the rows below are written straight into the table, outside the chain
  it('counts matching entries up to 10,000 and then says there are more', async () => {
    await sql`INSERT INTO audit_log (lane, id, at, actor_name, action, object_type, result, ip, user_agent,
        prev_hash, hash)
      SELECT 0, gen_random_uuid(), now(), 'bulk', 'test.bulk', 'thing', 'ok', '127.0.0.1', 'vitest', '', ''
      FROM generate_series(1, 10005)`.execute(env.db);
    const all = await auditor.get('/api/audit?action=test.bulk&limit=5');
    expect(all.body).toMatchObject({ total: 10_000, totalCapped: true });
    expect(all.body.items).toHaveLength(5);
    const few = await auditor.get('/api/audit?action=accounts.&limit=5');
    expect(few.body.totalCapped).toBe(false);
    expect(few.body.total).toBeLessThan(10_000);
  });
});

describe('what the auditor reads instead of raw codes (issue 16 #7)', () => {
  it('names each action in both languages and whose record it was, a resident masked', async () => {
    const community = await env.as('community_officer', 'community11');
    const made = await community.post('/api/people', {
      nodeId: env.nodes.community11.id,
      name: '欧阳明华',
      gender: 'M',
      birthDate: '1980-01-01',
      nationalId: '440304198001010017',
    });
    expect(made.status, made.raw).toBe(200);
    expect((await community.post(`/api/people/${made.body.id}/reveal`, { reason: 'visit' })).status).toBe(
      200,
    );
    const res = await auditor.get(`/api/audit?action=people.reveal&objectId=${made.body.id}`);
    expect(res.body.items).toHaveLength(1);
    const [entry] = res.body.items;
    expect(entry.actionName).toEqual({ 'zh-CN': '查看完整个人信息', 'en-US': 'Reveal personal data' });
    expect(entry.subject).toBe('欧**华');
    expect(entry.detail.reason).toBe('visit');
    // an officer's account is named as it is: officers act in their official capacity
    const login = await auditor.get(`/api/audit?action=accounts.login&objectId=${officer.userId}`);
    expect(login.body.items[0].subject).toContain(officer.username);
    expect((await auditor.get('/api/audit/actions')).body.length).toBeGreaterThan(50);
  });

  it('makes typed text inert in the export (a username tried at login cannot become a formula)', async () => {
    await env.anon().post('/api/auth/login', { username: '=HYPERLINK("http://x","y")', password: 'x' });
    const res = await auditor.get('/api/audit/export.xlsx?action=accounts.login');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    wb.worksheets[0].eachRow((r) => cells.push(...(r.values as unknown[])));
    expect(cells).toContain('\'=HYPERLINK("http://x","y")');
    expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in (c as object))).toBe(false);
  });

  it('tells the auditor to verify the chain when it has not been verified for a day', async () => {
    const todos = async () => env.services.audit.todos(auditor.ctx);
    await env.db.deleteFrom('platform_settings').where('key', '=', 'audit.last_verify').execute();
    expect((await todos()).map((t) => t.key)).toEqual(['audit.verify']);
    // (an earlier test of this file tampers with the chain: the to-do then turns red)
    const ok = (await auditor.get('/api/audit/verify')).body.ok;
    if (ok) expect(await todos()).toEqual([]);
    else expect((await todos()).map((t) => [t.key, t.level])).toEqual([['audit.verify', 'red']]);
    expect(await env.services.audit.todos(officer.ctx)).toEqual([]);
  });
});
