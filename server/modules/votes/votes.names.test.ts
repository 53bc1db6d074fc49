/**
 * Who voted, by name, in the kinds that keep a named record: an open (记名) vote of the residents'
 * council names its voters from the register and a deputies' open vote names the deputies (masked
 * unless the reader may reveal); the same kind's secret ballot never names anyone, anywhere.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { verifiedResident } from '../../testing/signup.ts';
import type { NewVote } from './votes.service.ts';

let env: TestEnv;
let shequ: Client; // 福山社区 community officer: may reveal
let zzb: Client; // organisation officer: names masked
const residents: Client[] = [];
const NAMES = ['林晓峰', '何美玲', '陈志强'];
const ids = { open: '', secret: '', deputies: '' };
const deputies: Client[] = [];

beforeAll(async () => {
  env = await createTestEnv();
  shequ = await env.as('community_officer', 'community11');
  zzb = await env.as('org_officer', 'district');
  for (const n of NAMES)
    residents.push((await verifiedResident(env, shequ, env.nodes.building.id, n)).client);
  for (const name of ['王代表', '赵代表']) {
    const d = await env.as('deputy', 'community11');
    await env.db
      .updateTable('accounts_users')
      .set({ display_name: name })
      .where('id', '=', d.userId)
      .execute();
    deputies.push(d);
  }
  const n = env.nodes.community11;
  const newVote = (change: Partial<NewVote>) =>
    env.db.transaction().execute((trx) =>
      env.services.votes.createVote(trx, shequ.ctx, {
        districtId: n.districtId,
        nodeId: n.id,
        owner: 'council',
        kind: 'council.residents',
        title: '楼道公约表决',
        method: 'single',
        secret: false,
        opensAt: new Date(Date.now() - 60_000),
        closesAt: new Date(Date.now() + 3600_000),
        options: ['同意', '不同意'],
        announce: false,
        ...change,
      }),
    );
  ids.open = (await newVote({})).id;
  ids.secret = (await newVote({ secret: true, title: '无记名表决' })).id;
  ids.deputies = (await newVote({ owner: 'projects', kind: 'projects.deputies', title: '民生实事票决' })).id;
  for (const [i, r] of residents.entries()) {
    expect((await r.post(`/api/votes/${ids.open}/ballots`, { choices: [1] })).status).toBe(200);
    const c = { choices: [i === 2 ? 2 : 1] };
    expect((await r.post(`/api/votes/${ids.secret}/ballots`, c)).status).toBe(200);
  }
  for (const d of deputies)
    expect((await d.post(`/api/votes/${ids.deputies}/ballots`, { choices: [2] })).status).toBe(200);
  for (const id of Object.values(ids)) await shequ.post(`/api/votes/${id}/close`);
});
afterAll(() => env.close());

const file = async (c: Client, id: string) => {
  const r = await c.get(`/api/votes/${id}/export`);
  expect(r.status).toBe(200);
  return r.rawPayload;
};

describe('named ballots of open votes', () => {
  it("the residents' council: the register's names to the community officer, masked to the organisation officer", async () => {
    const shown = await sheetRows(await file(shequ, ids.open), 3);
    expect(shown.body.map((r) => r[1]).sort()).toEqual([...NAMES].sort());
    const masked = await sheetRows(await file(zzb, ids.open), 3);
    expect(masked.body.map((r) => r[1]).sort()).toEqual(['林*峰', '何*玲', '陈*强'].sort());
  });

  it('the deputies: their names on the open ballot', async () => {
    const shown = await sheetRows(await file(shequ, ids.deputies), 3);
    expect(shown.body.map((r) => r[1]).sort()).toEqual(['王代表', '赵代表'].sort());
  });

  it('a secret ballot of the same kind names nobody, masked or not', async () => {
    const x = await file(shequ, ids.secret);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概况', '计票结果', '计票结果 说明']);
    const cells: string[] = [];
    for (const w of wb.worksheets) w.eachRow((r) => cells.push(JSON.stringify(r.values)));
    for (const name of [...NAMES, '林*峰', '何*玲', '陈*强']) expect(cells.join('\n')).not.toContain(name);
    expect((await sheetRows(x, 1)).body.map((r) => [r[1], String(r[2])])).toEqual([
      ['同意', '2'],
      ['不同意', '1'],
    ]);
  });
});
