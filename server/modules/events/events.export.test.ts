/**
 * The events register as Excel (GET /api/events/export): the same rows as the list for the same
 * filters, scoped like it, with Chinese headers, names instead of ids, masked numbers, a cap, an
 * audit entry, and one authorisation case per role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditor } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../../platform/secrets.ts';
import { readRows, type RawRow } from '../../platform/sheets/index.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { createEventsService } from './events.service.ts';

let env: TestEnv;
let worker: Client;
let officer: Client;
let dept: Client;
let dispatchedId: string;

const report = (c: Client, extra: Record<string, unknown> = {}) =>
  c.post('/api/events', {
    id: uuidv7(),
    nodeId: env.nodes.grid111.id,
    category: 'fire_hazard',
    title: '楼道堆放杂物',
    description: '3 楼楼道堆放纸箱，联系电话 13912345678',
    position: { lat: 22.54, lng: 114.05 },
    ...extra,
  });

/** The sheet's rows as text, header first (the register's first worksheet). */
async function sheet(c: Client, query = ''): Promise<string[][]> {
  const res = await c.get(`/api/events/export${query ? '?' + query : ''}`);
  expect(res.status, res.raw.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const rows: RawRow[] = await readRows(res.rawPayload, { maxRows: 1000 });
  return rows.map((r) => r.cells.map((v) => (v === null ? '' : String(v))));
}

/** The numbers the list shows for a query, in its order (every page). */
async function listNumbers(c: Client, query = ''): Promise<string[]> {
  const res = await c.get(`/api/events?limit=500${query ? '&' + query : ''}`);
  expect(res.status).toBe(200);
  expect(res.body.total).toBe(res.body.items.length);
  return res.body.items.map((e: any) => e.number);
}

beforeAll(async () => {
  env = await createTestEnv();
  worker = await env.as('grid_worker', 'grid111');
  officer = await env.as('community_officer', 'community11');
  dept = await env.as('dept_officer', 'dept');
  expect((await report(worker)).status).toBe(200);
  expect(
    (
      await report(worker, {
        category: 'sanitation',
        title: '垃圾满溢，请回电 13812345678',
        address: '幸福路 1 号，业主 440304199001011234',
      })
    ).status,
  ).toBe(200);
  const other = await report(await env.as('grid_worker', 'grid211'), { nodeId: env.nodes.grid211.id });
  expect(other.status).toBe(200);
  // one event received and dispatched to the department
  const d = (await report(worker, { title: '井盖缺失' })).body;
  const recv = await officer.post(`/api/events/${d.id}/transitions`, {
    action: 'receive',
    version: d.version,
  });
  const disp = await officer.post(`/api/events/${d.id}/transitions`, {
    action: 'dispatch',
    version: recv.body.version,
    departmentId: env.nodes.dept.id,
  });
  expect(disp.status, disp.raw).toBe(200);
  dispatchedId = d.id;
});
afterAll(() => env.close());

describe('GET /api/events/export', () => {
  it('holds exactly the rows the list shows for the same filters, in its order, under Chinese headers', async () => {
    const rows = await sheet(officer);
    expect(rows[0]).toEqual([
      '编号',
      '标题',
      '类别',
      '紧急程度',
      '所属网格',
      '地址',
      '上报方式',
      '上报人',
      '上报时间',
      '状态',
      '处置部门',
      '办理时限',
      '时限状态',
      '办结时间',
      '评估',
    ]);
    const numbers = await listNumbers(officer);
    expect(numbers.length).toBe(3); // the report on grid211 is outside community11
    expect(rows.slice(1).map((r) => r[0])).toEqual(numbers);
  });

  it('shows names, labels and Beijing time, never ids or enums', async () => {
    const list = (await officer.get('/api/events?limit=500')).body.items as any[];
    const rows = await sheet(officer);
    const e = list.find((x) => x.id === dispatchedId);
    const row = rows.find((r) => r[0] === e.number)!;
    expect(row[1]).toBe('井盖缺失');
    expect(row[2]).toBe('消防隐患');
    expect(row[4]).toBe('福田区 / 福田街道 / 福山社区 / 福山第1网格');
    expect(row[6]).toBe('网格员上报');
    expect(row[8]).toBe(
      new Date(new Date(e.reportedAt).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' '),
    );
    expect(row[9]).toBe('已派遣');
    expect(row[10]).toBe(e.departmentName);
    expect(row[12]).toBe('正常');
    expect(rows.flat().join(' ')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it('masks phone and ID numbers typed into titles and addresses, and leaves descriptions out', async () => {
    const rows = await sheet(officer, 'category=sanitation');
    expect(rows).toHaveLength(2);
    expect(rows[1][1]).toBe('垃圾满溢，请回电 138****5678');
    expect(rows[1][5]).toBe('幸福路 1 号，业主 440304********1234');
    const text = rows.flat().join(' ');
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('13912345678');
    expect(text).not.toContain('440304199001011234');
  });

  it('a filter narrows it like the list', async () => {
    for (const q of [
      'state=dispatched',
      'category=fire_hazard',
      'q=井盖',
      `nodeId=${env.nodes.grid111.id}`,
    ]) {
      const rows = await sheet(officer, q);
      expect(
        rows.slice(1).map((r) => r[0]),
        q,
      ).toEqual(await listNumbers(officer, q));
    }
    expect(await sheet(officer, 'state=dispatched')).toHaveLength(2);
    expect(await sheet(officer, 'state=closed')).toHaveLength(1); // the headers only
  });

  it('a department exports what its list shows: the events dispatched to it', async () => {
    const rows = await sheet(dept, `departmentId=${env.nodes.dept.id}`);
    expect(rows.slice(1).map((r) => r[0])).toEqual(
      await listNumbers(dept, `departmentId=${env.nodes.dept.id}`),
    );
    expect(rows.slice(1).map((r) => r[1])).toEqual(['井盖缺失']);
    expect((await sheet(dept)).slice(1).map((r) => r[1])).toEqual(['井盖缺失']);
  });

  it('a node or department outside the actor’s scope answers 404, in the list as in its export; a bad filter 400 naming the field', async () => {
    const far = await env.as('grid_worker', 'grid211');
    for (const path of ['/api/events', '/api/events/export']) {
      expect((await officer.get(`${path}?nodeId=${env.nodes.community21.id}`)).status).toBe(404);
      expect((await officer.get(`${path}?nodeId=${uuidv7()}`)).status).toBe(404);
      expect((await officer.get(`${path}?departmentId=${env.nodes.grid111.id}`)).status).toBe(404);
      expect((await far.get(`${path}?nodeId=${env.nodes.grid111.id}`)).status).toBe(404);
    }
    expect((await officer.get(`/api/events?nodeId=${env.nodes.community11.id}`)).status).toBe(200);
    const bad = await officer.get('/api/events/export?state=finished&from=2026-13-40');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['from', 'state']);
  });

  it('English headers and labels in English', async () => {
    const rows = await sheet(officer, 'lang=en-US&state=dispatched');
    expect(rows[0].slice(0, 3)).toEqual(['Number', 'Title', 'Category']);
    expect(rows[1][9]).toBe('Dispatched');
  });

  it('is audited with the number of rows and the filters (the search text itself left out)', async () => {
    await sheet(officer, `state=reported&q=${encodeURIComponent('杂物')}`);
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['detail', 'district_id'])
      .where('action', '=', 'events.export')
      .where('actor_user_id', '=', officer.userId)
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.district_id).toBe(env.nodes.district.id);
    expect(audit.detail).toMatchObject({ rows: 1, filters: { state: 'reported', q: true } });
    expect(JSON.stringify(audit.detail)).not.toContain('杂物');
  });

  it('refuses more rows than the cap with 422 events.export_too_many, and exports none', async () => {
    const auditor = createAuditor({ db: env.db, key: deriveKeys(TEST_MASTER_KEY).audit });
    const events = createEventsService({ db: env.db, auditor, exportMaxRows: 2 });
    await expect(events.exportList(officer.ctx, { mine: '0' })).rejects.toMatchObject({
      status: 422,
      key: 'events.export_too_many',
      params: { count: 3, max: 2 },
    });
    const ok = await events.exportList(officer.ctx, { mine: '0', state: 'dispatched' });
    expect((await readRows(ok, { maxRows: 10 })).length).toBe(2);
  });

  it.each([
    ['grid_worker', 'grid111', 200],
    ['community_officer', 'community11', 200],
    ['street_officer', 'street1', 200],
    ['org_officer', 'district', 200],
    ['dept_officer', 'dept', 200],
    ['cadre', 'community11', 403],
    ['resident', 'community11', 403],
    ['sys_admin', 'district', 403],
    ['sec_admin', 'district', 403],
    ['auditor', 'district', 403],
  ] as const)('%s on %s exports the register: %i', async (role, node, status) => {
    const c = await env.as(role, node);
    const res = await c.get('/api/events/export');
    expect(res.status).toBe(status);
    if (status === 200) {
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('事件台账'));
      const rows = await readRows(res.rawPayload, { maxRows: 1000 });
      expect(rows.length - 1).toBe((await c.get('/api/events?limit=500')).body.total);
    } else {
      expect(res.body.code).toBe('error.forbidden');
    }
  });

  it('writes a formula-like title inert (a leading apostrophe), so no spreadsheet runs it', async () => {
    const title = '=HYPERLINK("http://example.invalid","点此")';
    expect((await report(worker, { category: 'other', title })).status).toBe(200);
    const rows = await sheet(officer, 'category=other');
    expect(rows[1][1]).toBe(`'${title}`);
  });

  it('anonymous callers get 401', async () => {
    expect((await env.anon().get('/api/events/export')).status).toBe(401);
  });
});
