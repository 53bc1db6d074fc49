/**
 * The honours register in from Excel through HTTP: the template, a dry run naming every bad row and
 * column, an apply that nominates through the form's path (audited, waiting for the street's
 * review), the export read back and a repeated file adding nothing, and who may (one case per role).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let district: Client;
let street: Client;
let officer: Client;
let officer2: Client;
let resident: Client;
let gridWorker: Client;
let partyMember: Client;
const year = 2026;
const url = (dry: boolean) => `/api/honours/nominations/import?dryRun=${dry ? 1 : 0}`;
const csv = (rows: string[]) =>
  Buffer.from(['年度,奖项,类别,被推荐人,所在社区,主要事迹', ...rows].join('\n'));

beforeAll(async () => {
  env = await createTestEnv();
  district = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  officer = await env.as('community_officer', 'community11');
  officer2 = await env.as('community_officer', 'community12');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  partyMember = await env.as('party_member', 'community11');
  const r = await district.post('/api/honours/awards', {
    nodeId: env.nodes.community11.id,
    name: '福田居民美德奖',
  });
  expect(r.status).toBe(200);
});
afterAll(() => env.close());

describe('nominations in from Excel', () => {
  it('who may: the register keepers (district, street, community officers); no one else', async () => {
    const file = csv([`${year},福田居民美德奖,见义勇为,某某,福山社区,事迹`]);
    for (const c of [district, street, officer]) {
      expect((await c.get('/api/honours/nominations/import/template.xlsx')).status).toBe(200);
      expect((await c.upload(url(true), file, 'h.csv', 'text/csv')).status).not.toBe(403);
    }
    for (const c of [resident, gridWorker, partyMember]) {
      expect((await c.get('/api/honours/nominations/import/template.xlsx')).status).toBe(403);
      expect((await c.upload(url(true), file, 'h.csv', 'text/csv')).status).toBe(403);
    }
    expect((await env.anon().get('/api/honours/nominations/import/template.xlsx')).status).toBe(401);
  });

  it('the template has the columns the import reads', async () => {
    const x = await officer.get('/api/honours/nominations/import/template.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    expect((wb.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual([
      '年度',
      '奖项',
      '类别',
      '被推荐人',
      '所在社区',
      '主要事迹',
    ]);
  });

  it('a dry run names every bad row and column and changes nothing', async () => {
    const bad = await officer.upload(
      url(true),
      csv([
        `${year},福田居民美德奖,见义勇为,甲,水围社区,事迹`, // another community's
        `${year},福田居民美德奖,最美司机,乙,福山社区,事迹`,
        `${year},最美家庭,孝老爱亲,丙,福山社区,事迹`,
        `1999,福田居民美德奖,孝老爱亲,丁,福山社区,=HYPERLINK("x")`,
        `${year},福田居民美德奖,孝老爱亲,戊,福山社区,事迹`,
        `${year},福田居民美德奖,孝老爱亲,戊,福山社区,事迹`,
      ]),
      'h.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual([
      'row2.node',
      'row3.category',
      'row4.award',
      'row5.deeds',
      'row5.year',
      'row7.name',
    ]);
    expect(bad.body.errors[0].message).toContain('第 2 行');
    expect(bad.body.errors[0].message).toContain('水围社区');
    expect((await street.get('/api/honours/nominations')).body).toEqual([]);
  });

  it('applies through the form’s path, once: the export read back and a repeated file add nothing', async () => {
    const good = csv([
      `${year},福田居民美德奖,孝老爱亲,张秀英,福山社区,照顾瘫痪婆婆二十年如一日`,
      `,福田居民美德奖,见义勇为,李建华,福田区 / 福田街道 / 福山社区,勇救落水儿童`,
    ]);
    const dry = await officer.upload(url(true), good, 'h.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 2, skipped: 0 });
    expect((await street.get('/api/honours/nominations')).body).toEqual([]);
    const real = await officer.upload(url(false), good, 'h.csv', 'text/csv');
    expect(real.body).toMatchObject({ dryRun: false, added: 2, skipped: 0 });
    expect(real.body.rows.map((r: { name: string; node: string }) => [r.name, r.node])).toEqual([
      ['张秀英', '福山社区'],
      ['李建华', '福山社区'],
    ]);
    const desk = (await street.get(`/api/honours/nominations?year=${year}`)).body;
    expect(desk.map((h: { nomineeName: string }) => h.nomineeName).sort()).toEqual(['张秀英', '李建华']);
    expect(desk[0]).toMatchObject({ state: 'nominated', nominatorKind: 'officer' });
    const audited = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'honours.nominate')
      .where('actor_user_id', '=', officer.userId)
      .execute();
    expect(audited).toHaveLength(2);
    const again = await officer.upload(url(false), good, 'h.csv', 'text/csv');
    expect(again.body).toMatchObject({ added: 0, skipped: 2 });
    const x = await officer.get(`/api/honours/export?year=${year}`);
    const back = await officer.upload(url(false), x.rawPayload, 'h.xlsx');
    expect(back.body).toMatchObject({ added: 0, skipped: 2 });
    // the neighbouring community's officer cannot place anyone in 福山
    const other = await officer2.upload(url(true), good, 'h.csv', 'text/csv');
    expect(other.status).toBe(422);
  });
});
