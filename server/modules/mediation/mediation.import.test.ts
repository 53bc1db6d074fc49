/**
 * The case register in from Excel through HTTP (a community's paper 调解台账 moved in): the template,
 * a dry run naming every bad row and column, an apply that receives each case through the form's
 * path (numbered, parties encrypted, audited), the export read back and a repeated file adding
 * nothing, a mediator seeing the cases they entered, and who may (one case per role).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let officer: Client; // 福山社区
let street: Client;
let outsider: Client; // 竹林社区
const url = (dry: boolean) => `/api/mediation/cases/import?dryRun=${dry ? 1 : 0}`;
const csv = (rows: string[]) =>
  Buffer.from(['发生地,调解室,来源,转介单位,纠纷类型,纠纷简况,当事人', ...rows].join('\n'));

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  street = await env.as('street_officer', 'street1');
  outsider = await env.as('community_officer', 'community21');
  const r = await officer.post('/api/mediation/rooms', {
    nodeId: env.nodes.community11.id,
    name: '福山社区人民调解室',
    kind: 'people',
  });
  expect(r.status).toBe(200);
});
afterAll(() => env.close());

describe('cases in from Excel', () => {
  it.each([
    ['org_officer', 'district', 403],
    ['street_officer', 'street1', 200],
    ['community_officer', 'community11', 200],
    ['mediator', 'community11', 200],
    ['property_staff', 'community11', 403],
    ['resident', 'community11', 403],
    ['grid_worker', 'grid111', 403],
  ] as const)('%s on %s: template %d, dry run not refused', async (role, node, status) => {
    const c = await env.as(role, node);
    expect((await c.get('/api/mediation/cases/import/template.xlsx')).status).toBe(status);
    const dry = await c.upload(url(true), csv(['福山社区,,来访,,邻里纠纷,噪音,']), 'c.csv', 'text/csv');
    expect(dry.status).toBe(status);
  });

  it('the template has the columns the import reads', async () => {
    const x = await officer.get('/api/mediation/cases/import/template.xlsx');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual([
      '发生地',
      '调解室',
      '来源',
      '转介单位',
      '纠纷类型',
      '纠纷简况',
      '情况说明',
      '当事人',
    ]);
  });

  it('a dry run names every bad row and column and changes nothing', async () => {
    const bad = await officer.upload(
      url(true),
      csv([
        '竹林社区,,来访,,邻里纠纷,甲,', // another street's community
        '福山社区,,来访,,打架,乙,',
        '福山社区,无此调解室,上访,,邻里纠纷,丙,',
        '福山社区,,,,物业纠纷,丁,张三',
        '福山社区,,,,物业纠纷,@SUM(1),',
        '福山社区,,,,物业纠纷,戊,',
        '福山社区,,转介,街道司法所,物业纠纷,戊,',
      ]),
      'c.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'row2.node',
      'row3.category',
      'row4.source',
      'row4.room',
      'row5.parties',
      'row6.title',
      'row8.title',
    ]);
    expect(bad.body.errors[0].message).toContain('第 2 行');
    expect(bad.body.errors[0].message).toContain('竹林社区');
    expect((await officer.get('/api/mediation/cases')).body.total).toBe(0);
  });

  it('applies through the form’s path, once: the export read back and a repeated file add nothing', async () => {
    const good = csv([
      '福山社区,福山社区人民调解室,来访,,邻里纠纷,楼上漏水致楼下天花板受损,申请人：王小明；被申请人：赵大华',
      '福田区 / 福田街道 / 福山社区,,转介,福田街道司法所,物业纠纷,物业费争议,申请人：陈某',
    ]);
    const dry = await officer.upload(url(true), good, 'c.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 2, skipped: 0 });
    expect((await officer.get('/api/mediation/cases')).body.total).toBe(0);
    const real = await officer.upload(url(false), good, 'c.csv', 'text/csv');
    expect(real.body).toMatchObject({ dryRun: false, added: 2, skipped: 0 });
    const list = (await street.get('/api/mediation/cases')).body;
    expect(list.total).toBe(2);
    const leak = list.items.find((c: { title: string }) => c.title === '楼上漏水致楼下天花板受损');
    expect(leak).toMatchObject({ state: 'received', source: 'walk_in', roomName: '福山社区人民调解室' });
    expect(leak.number).toMatch(/^TJ-\d{4}-000[12]$/);
    const one = (await officer.get(`/api/mediation/cases/${leak.id}`)).body;
    expect(one.parties.map((p: { role: string; name: string }) => [p.role, p.name])).toEqual([
      ['applicant', '王*明'],
      ['respondent', '赵*华'],
    ]);
    const stored = await env.db.selectFrom('mediation_parties').select('name_enc').execute();
    expect(JSON.stringify(stored)).not.toContain('王小明');
    const audited = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'mediation.case.receive')
      .execute();
    expect(audited).toHaveLength(2);
    const again = await officer.upload(url(false), good, 'c.csv', 'text/csv');
    expect(again.body).toMatchObject({ added: 0, skipped: 2 });
    const x = await officer.get('/api/mediation/export');
    const back = await officer.upload(url(false), x.rawPayload, 'c.xlsx');
    expect(back.body).toMatchObject({ added: 0, skipped: 2 });
    // outside one's area the place is unknown, whatever the file says
    expect((await outsider.upload(url(true), good, 'c.csv', 'text/csv')).status).toBe(422);
  });

  it("a room above the importer's area in the district (the street's) is accepted; another street's is not", async () => {
    for (const [node, name] of [
      ['street1', '福田街道人民调解委员会'],
      ['street2', '香蜜湖街道人民调解委员会'],
    ] as const) {
      const by = await env.as('street_officer', node);
      const room = { nodeId: env.nodes[node].id, name, kind: 'people' };
      expect((await by.post('/api/mediation/rooms', room)).status).toBe(200);
    }
    const other = await officer.upload(
      url(true),
      csv(['福山社区,香蜜湖街道人民调解委员会,来访,,邻里纠纷,别的街道的调解室,']),
      'c.csv',
      'text/csv',
    );
    expect(other.status).toBe(422);
    expect(other.body.errors.map((e: { field: string }) => e.field)).toEqual(['row2.room']);
    const good = csv(['福山社区,福田街道人民调解委员会,来访,,邻里纠纷,宅基地边界争议,申请人：周某']);
    const r = await officer.upload(url(false), good, 'c.csv', 'text/csv');
    expect(r.status, r.raw).toBe(200);
    expect(r.body).toMatchObject({ added: 1 });
    const list = (await officer.get('/api/mediation/cases?q=宅基地边界争议')).body;
    expect(list.items[0]).toMatchObject({ roomName: '福田街道人民调解委员会' });
  });

  it('the same file sent twice at once adds its cases once', async () => {
    const twin = csv(['福山社区,,来访,,租赁纠纷,押金不退,申请人：孙某']);
    const [a, b] = await Promise.all([
      officer.upload(url(false), twin, 'c.csv', 'text/csv'),
      officer.upload(url(false), twin, 'c.csv', 'text/csv'),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.added + b.body.added).toBe(1);
    const list = (await officer.get('/api/mediation/cases?q=押金不退')).body;
    expect(list.total).toBe(1);
  });
});
