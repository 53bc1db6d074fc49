/**
 * Qujiang's ranking sheet [001] through HTTP: the organisation department imports provincial and
 * city rankings; a unit in the top band proposes a positive situation for each of its 区管领导, the
 * bottom band a negative one, the middle nothing; the proposals count only once reviewed and
 * confirmed; the same sheet twice adds nothing; bad rows come back with their row and field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { cadresIn } from '../../testing/assessment.ts';

let env: TestEnv;
let zzb: Client;
let bumen: Client;
let heads: string[]; // 局长, 副局长 of 区住房和建设局
let clerk: string; // a 科员 there
let streetHead: string; // 党工委书记 of 福田街道
const year = 2026;
const HEAD = '单位,排名机关,考核名称,名次,参评单位数';
const csv = (rows: string[]) => Buffer.from(`\ufeff${[HEAD, ...rows].join('\n')}\n`, 'utf8');
const url = (dry: boolean) =>
  `/api/assessment/months/rankings/import?districtId=${env.nodes.district.id}&year=${year}&dryRun=${dry ? 1 : 0}`;
const SHEET = csv([
  '区住房和建设局,省级,山区26县高质量发展考核,1,26',
  '福田街道,市级,营商环境考核,10,10',
  '香蜜湖街道,市级,营商环境考核,5,10',
]);

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  bumen = await env.as('dept_officer', 'dept');
  heads = [
    ...(await cadresIn(env, zzb, 'dept', 1, { post: '局长' })),
    ...(await cadresIn(env, zzb, 'dept', 1, { post: '副局长' })),
  ];
  [clerk] = await cadresIn(env, zzb, 'dept', 1);
  [streetHead] = await cadresIn(env, zzb, 'street1', 1, { post: '党工委书记' });
});
afterAll(() => env.close());

const declarationsOf = async (personId: string) =>
  (await zzb.get(`/api/assessment/months/people/${personId}?year=${year}`)).body.declarations as {
    id: string;
    code: string;
    status: string;
    declaredAs: string;
    note: string;
    version: number;
  }[];

describe('区管领导 months from provincial and city rankings (seed 001 衢江)', () => {
  it('a dry run says what each row proposes and writes nothing', async () => {
    const dry = await zzb.upload(url(true), SHEET, 'r.csv', 'text/csv');
    expect(dry.status, dry.raw).toBe(200);
    expect(dry.body.rows).toEqual([
      expect.objectContaining({
        unit: '区住房和建设局',
        body: 'province',
        code: 'P2',
        leaders: 2,
        action: 'add',
      }),
      expect.objectContaining({ unit: '福田街道', body: 'city', code: 'N4', leaders: 1, action: 'add' }),
      expect.objectContaining({ unit: '香蜜湖街道', code: null, leaders: 0, action: 'skip' }),
    ]);
    expect(await declarationsOf(heads[0])).toEqual([]);
  });

  it('the import proposes the situation to the unit’s leaders only, declared as the unit; twice adds nothing', async () => {
    const r = await zzb.upload(url(false), SHEET, 'r.csv', 'text/csv');
    expect(r.body).toMatchObject({ dryRun: false, added: 2, skipped: 1 });
    for (const p of heads)
      expect(await declarationsOf(p)).toEqual([
        expect.objectContaining({
          code: 'P2',
          status: 'declared',
          declaredAs: 'unit',
          note: expect.stringContaining('山区26县高质量发展考核”排名第 1 名（共 26 个单位）'),
        }),
      ]);
    expect(await declarationsOf(clerk)).toEqual([]);
    expect((await declarationsOf(streetHead)).map((d) => d.code)).toEqual(['N4']);
    const again = await zzb.upload(url(false), SHEET, 'r.csv', 'text/csv');
    expect(again.body).toMatchObject({ added: 0, skipped: 3 });
    expect(await declarationsOf(heads[0])).toHaveLength(1);
  });

  it('counts in the months only once jointly reviewed and confirmed', async () => {
    const months = async () =>
      (await zzb.get(`/api/assessment/months/people/${heads[0]}?year=${year}`)).body.years.find(
        (y: { year: number }) => y.year === year,
      )?.situations ?? 0;
    expect(await months()).toBe(0);
    const [d] = await declarationsOf(heads[0]);
    const rv = await zzb.post(`/api/assessment/months/declarations/${d.id}/review`, {
      reviewers: '区委办、区府办、区纪委',
      version: d.version,
    });
    expect(rv.status, rv.raw).toBe(200);
    const cf = await zzb.post(`/api/assessment/months/declarations/${d.id}/confirm`, {
      version: rv.body.version,
    });
    expect(cf.status, cf.raw).toBe(200);
    expect(await months()).toBe(-4);
  });

  it('bad rows come back with row and field, nothing written; only the department imports', async () => {
    const bad = await zzb.upload(
      url(false),
      csv(['区不存在局,省级,考核,1,10', '福田街道,县级,考核,1,10', '福田街道,市级,考核,11,10']),
      'r.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'row2.unit',
      'row3.body',
      'row4.rank',
    ]);
    expect(bad.body.errors[0].message).toContain('第 2 行');
    expect((await bumen.upload(url(true), SHEET, 'r.csv', 'text/csv')).status).toBe(403);
    const other = await env.as('org_officer', 'district2');
    expect((await other.upload(url(true), SHEET, 'r.csv', 'text/csv')).status).toBe(404);
    expect((await zzb.get('/api/assessment/months/rankings/template.xlsx')).status).toBe(200);
  });
});
