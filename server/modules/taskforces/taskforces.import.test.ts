/** The members import: a dry run changes nothing, a bad row refuses the whole file with a message per row, a repeat adds nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDay } from '../../platform/time.ts';
import { cadresIn } from '../../testing/assessment.ts';
import { createCadresReader } from '../people/index.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let zzb: Client;
let names: string[];
let number: string;
const today = shanghaiDay();
const csv = (lines: string[]) =>
  Buffer.from(['招募令文号,岗位,姓名,单位,人员编号,退职领导,到岗日期', ...lines].join('\r\n'), 'utf8');

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  const ids = await cadresIn(env, zzb, 'dept', 2);
  const cadres = await createCadresReader({ db: env.db }).cadresOf(env.nodes.district.id, { personIds: ids });
  names = ids.map((id) => cadres.find((c) => c.personId === id)!.name);
  const o = await zzb.post('/api/taskforces/orders', {
    districtId: env.nodes.district.id,
    name: '城市更新专班',
    mission: '推进旧改项目',
    leadNodeId: env.nodes.dept.id,
    audience: 'all',
    posts: [{ title: '协调员', count: 3 }],
    openFrom: today,
    openTo: today,
    termStart: today,
  });
  number = o.body.number;
});
afterAll(() => env.close());

describe('importing task-force members (existing cadres by name and unit, or person id)', () => {
  const url = '/api/taskforces/members/import';
  it('a dry run says what each row would do and changes nothing', async () => {
    const file = csv([
      `${number},协调员,${names[0]},区住房和建设局,,是,2025-01-10`,
      `${number},协调员,${names[1]},,,否,2025-03-01`,
    ]);
    const r = await zzb.upload(`${url}?dryRun=1`, file, 'members.csv', 'text/csv');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ dryRun: true, added: 2, skipped: 0 });
    expect((await zzb.get('/api/taskforces/members')).body).toEqual([]);
  });

  it('a file with bad rows changes nothing and names each problem by row and column', async () => {
    const file = csv([
      `${number},协调员,${names[0]},区住房和建设局,,是,2025-01-10`,
      `${number},司机,${names[1]},,,否,2025-03-01`,
      `${number},协调员,查无此人,,,否,2025/03/01`,
      `${number},协调员,${names[0]},,,否,2025-02-30`,
      `${number},协调员,${names[1]},,,否,2025-13-01`,
      `福田专招〔1999〕9号,协调员,${names[1]},,,也许,2025-03-01`,
    ]);
    const r = await zzb.upload(url, file, 'members.csv', 'text/csv');
    expect(r.status).toBe(422);
    const fields = r.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'row3.post',
        'row4.start',
        'row4.name',
        'row5.start',
        'row6.start',
        'row7.order',
        'row7.retired',
      ]),
    );
    expect(r.body.errors.find((e: { field: string }) => e.field === 'row4.name').message).toContain(
      '第 4 行',
    );
    expect((await zzb.get('/api/taskforces/members')).body).toEqual([]);
  });

  it('applies: the cadres become members from their start day; a repeat skips them', async () => {
    const file = csv([
      `${number},协调员,${names[0]},区住房和建设局,,是,2025-01-10`,
      `${number},协调员,${names[1]},,,否,2025-03-01`,
    ]);
    const r = await zzb.upload(url, file, 'members.csv', 'text/csv');
    expect(r.body).toMatchObject({ dryRun: false, added: 2, skipped: 0 });
    const members = (await zzb.get('/api/taskforces/members')).body;
    expect(
      members
        .map((m: { personName: string; retiredLeader: boolean }) => [m.personName, m.retiredLeader])
        .sort(),
    ).toEqual(
      [
        [names[0], true],
        [names[1], false],
      ].sort(),
    );
    const again = await zzb.upload(url, file, 'members.csv', 'text/csv');
    expect(again.body).toMatchObject({ added: 0, skipped: 2 });
    const cadre = await env.as('cadre', 'dept');
    expect((await cadre.upload(url, file, 'members.csv', 'text/csv')).status).toBe(403);
  });
});
