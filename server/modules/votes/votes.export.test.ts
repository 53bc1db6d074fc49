/**
 * A closed vote's Excel export and its route per role: the result (counts, shares, method, turnout
 * against the eligible); an open vote's ballots with names masked unless the reader may reveal; a
 * secret vote's file never says who voted what; 409 before the tally, 404 out of scope. The kinds that
 * keep a named record name their voters (the residents' council from the register, the deputies by
 * account); the same kind's secret ballot names nobody.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/access.ts';
import { createTestEnv, type Client, type NodeKey, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';
import { verifiedResident } from '../../testing/signup.ts';
import type { NewVote } from './votes.service.ts';

let env: TestEnv;
let shequ: Client; // community officer of 福山社区 (community11): may reveal
let zzb: Client; // the district's organisation officer: exports, names masked
let far: Client; // community officer of community21: out of scope
const residents: Client[] = [];
const NAMES = ['张三丰', '欧阳修文', '李四'];
const ids = { open: '', secret: '', running: '', council: '', councilSecret: '', deputies: '' };
const COUNCIL = ['林晓峰', '何美玲', '陈志强'];

beforeAll(async () => {
  env = await createTestEnv();
  env.services.votes.registerKind('test.named', {
    async votersFor(actor, vote) {
      const ok = actor.grants.some((g) => g.role === 'resident' && g.path.startsWith(vote.nodePath));
      return ok ? [{ id: actor.userId, label: '本人' }] : [];
    },
    countEligible: async () => 4,
    eligibleAmong: async (_v, voterIds) => new Set(voterIds),
    async voterNames(_v, voterIds) {
      return new Map(
        voterIds.flatMap((id) => {
          const i = residents.findIndex((r) => r.userId === id);
          return i >= 0 ? [[id, NAMES[i]] as const] : [];
        }),
      );
    },
  });
  shequ = await env.as('community_officer', 'community11');
  zzb = await env.as('org_officer', 'district');
  far = await env.as('community_officer', 'community21');
  for (let i = 0; i < 3; i++) residents.push(await env.as('resident', 'community11'));
  const newVote = (change: Partial<NewVote>) => {
    const n = env.nodes.community11;
    return env.db.transaction().execute((trx) =>
      env.services.votes.createVote(trx, shequ.ctx, {
        districtId: n.districtId,
        nodeId: n.id,
        owner: 'test',
        kind: 'test.named',
        title: '小区停车位划线方案',
        method: 'single',
        secret: false,
        opensAt: new Date(Date.now() - 60_000),
        closesAt: new Date(Date.now() + 3600_000),
        options: ['方案甲', '方案乙', '方案丙'],
        announce: false,
        ...change,
      }),
    );
  };
  ids.open = (await newVote({ method: 'ranking', maxChoices: 3, title: '议题排序' })).id;
  ids.secret = (await newVote({ secret: true, title: '无记名表决' })).id;
  ids.running = (await newVote({ title: '进行中' })).id;
  const ballots = [
    [2, 1, 3],
    [2, 3],
    [1, 2],
  ];
  for (const [i, r] of residents.entries()) {
    await r.post(`/api/votes/${ids.open}/ballots`, { choices: ballots[i] });
    await r.post(`/api/votes/${ids.secret}/ballots`, { choices: [i === 2 ? 1 : 2] });
  }
  await shequ.post(`/api/votes/${ids.open}/close`);
  await shequ.post(`/api/votes/${ids.secret}/close`);
  await namedKinds(newVote);
});

/** Open and secret votes of the registered kinds that name voters: the residents' council, the deputies. */
async function namedKinds(newVote: (change: Partial<NewVote>) => Promise<{ id: string }>) {
  const council: Client[] = [];
  for (const n of COUNCIL)
    council.push((await verifiedResident(env, shequ, env.nodes.building.id, n)).client);
  const deputies: Client[] = [];
  for (const name of ['王代表', '赵代表']) {
    const d = await env.as('deputy', 'community11');
    await env.db
      .updateTable('accounts_users')
      .set({ display_name: name })
      .where('id', '=', d.userId)
      .execute();
    deputies.push(d);
  }
  const options = ['同意', '不同意'];
  ids.council = (await newVote({ owner: 'council', kind: 'council.residents', options })).id;
  ids.councilSecret = (
    await newVote({ owner: 'council', kind: 'council.residents', options, secret: true })
  ).id;
  ids.deputies = (await newVote({ owner: 'projects', kind: 'projects.deputies', options })).id;
  for (const [i, r] of council.entries()) {
    expect((await r.post(`/api/votes/${ids.council}/ballots`, { choices: [1] })).status).toBe(200);
    const c = { choices: [i === 2 ? 2 : 1] };
    expect((await r.post(`/api/votes/${ids.councilSecret}/ballots`, c)).status).toBe(200);
  }
  for (const d of deputies)
    expect((await d.post(`/api/votes/${ids.deputies}/ballots`, { choices: [2] })).status).toBe(200);
  for (const id of [ids.council, ids.councilSecret, ids.deputies]) await shequ.post(`/api/votes/${id}/close`);
}
afterAll(() => env.close());

const rowsOf = async (c: Client, id: string) => {
  const r = await c.get(`/api/votes/${id}/export`);
  expect(r.status).toBe(200);
  return r.rawPayload;
};

/** A secret vote's file: its three sheets (no ballots) and every cell's text. */
async function secretFile(x: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(x as never);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['概况', '计票结果', '计票结果 说明']);
  const cells: string[] = [];
  for (const w of wb.worksheets) w.eachRow((r) => cells.push(JSON.stringify(r.values)));
  return cells.join('\n');
}

describe('the export of a closed vote', () => {
  it('the summary: method, secret or not, eligible, ballots and the turnout against the eligible', async () => {
    const x = await rowsOf(zzb, ids.open);
    const summary = new Map((await sheetRows(x, 0)).body.map((r) => [r[0], r[1]]));
    expect(summary.get('表决方式')).toBe('排序（博达计分）');
    expect(summary.get('投票类型')).toBe('记名投票');
    expect(summary.get('应投人数')).toBe('4');
    expect(summary.get('实投票数')).toBe('3');
    expect(summary.get('投票率（%）')).toBe('75');
  });

  it('the result: options in Borda order with counts, first preferences, points and shares', async () => {
    const result = await sheetRows(await rowsOf(zzb, ids.open), 1);
    expect(result.header).toEqual([
      '名次',
      '选项',
      '被排序票数',
      '占实投票数（%）',
      '首选票数',
      '博达得分',
      '占总得分（%）',
    ]);
    // points (max 3): 乙 3+3+2 = 8; 甲 2+0+3 = 5; 丙 1+2+0 = 3
    expect(result.body.map((r) => r.slice(0, 6).map(String))).toEqual([
      ['1', '方案乙', '3', '100', '2', '8'],
      ['2', '方案甲', '2', '66.7', '1', '5'],
      ['3', '方案丙', '2', '66.7', '0', '3'],
    ]);
  });

  it('an open vote lists its ballots: names masked for the organisation officer, shown to the community officer', async () => {
    const masked = await sheetRows(await rowsOf(zzb, ids.open), 3); // after the result's 说明
    expect(masked.header[1]).toBe('投票人（已脱敏）');
    expect(masked.body.map((r) => r[1]).sort()).toEqual(['张*丰', '李*', '欧**文'].sort());
    expect(masked.body.map((r) => r[4])).toContain('方案乙 > 方案甲 > 方案丙');
    const shown = await sheetRows(await rowsOf(shequ, ids.open), 3);
    expect(shown.body.map((r) => r[1]).sort()).toEqual([...NAMES].sort());
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'detail'])
      .where('action', '=', 'votes.export')
      .where('object_id', '=', ids.open)
      .execute();
    expect(audit.find((a) => a.actor_user_id === shequ.userId)?.detail).toMatchObject({ revealed: true });
    expect(audit.find((a) => a.actor_user_id === zzb.userId)?.detail).toMatchObject({ revealed: false });
  });

  it('a secret vote exports its result only: no sheet of ballots, no voter name anywhere', async () => {
    const x = await rowsOf(shequ, ids.secret);
    const result = await sheetRows(x, 1);
    expect(result.body.map((r) => [r[1], String(r[2])])).toEqual([
      ['方案乙', '2'],
      ['方案甲', '1'],
      ['方案丙', '0'],
    ]);
    const cells = await secretFile(x);
    for (const name of [...NAMES, '张*丰', '李*', '欧**文']) expect(cells).not.toContain(name);
    expect(cells).toContain('不导出投票人与选票的对应');
  });

  it('a vote not yet tallied: 409; another community: 404', async () => {
    expect((await shequ.get(`/api/votes/${ids.running}/export`)).status).toBe(409);
    expect((await far.get(`/api/votes/${ids.open}/export`)).status).toBe(404);
    expect((await zzb.get(`/api/votes/${ids.open}`)).body.can.export).toBe(true);
    expect((await residents[0].get(`/api/votes/${ids.open}`)).body.can.export).toBe(false);
  });
});

describe('the kinds that name their voters on an open ballot', () => {
  it("the residents' council: the register's names to the community officer, masked to the organisation officer", async () => {
    const shown = await sheetRows(await rowsOf(shequ, ids.council), 3);
    expect(shown.body.map((r) => r[1]).sort()).toEqual([...COUNCIL].sort());
    const masked = await sheetRows(await rowsOf(zzb, ids.council), 3);
    expect(masked.body.map((r) => r[1]).sort()).toEqual(['林*峰', '何*玲', '陈*强'].sort());
  });

  it('the deputies: their names on the open ballot', async () => {
    const shown = await sheetRows(await rowsOf(shequ, ids.deputies), 3);
    expect(shown.body.map((r) => r[1]).sort()).toEqual(['王代表', '赵代表'].sort());
  });

  it("the council's secret ballot names nobody, masked or not", async () => {
    const x = await rowsOf(shequ, ids.councilSecret);
    const cells = await secretFile(x);
    for (const name of [...COUNCIL, '林*峰', '何*玲', '陈*强']) expect(cells).not.toContain(name);
    expect((await sheetRows(x, 1)).body.map((r) => [r[1], String(r[2])])).toEqual([
      ['同意', '2'],
      ['不同意', '1'],
    ]);
  });
});

describe('authorisation: one case per role', () => {
  const roles: [Role, NodeKey][] = [
    ['org_officer', 'district'],
    ['street_officer', 'street1'],
    ['community_officer', 'community11'],
    ['dept_officer', 'dept'],
    ['cadre', 'community11'],
    ['grid_worker', 'grid111'],
    ['resident', 'community11'],
    ['deputy', 'community11'],
    ['social_org', 'community11'],
    ['property_staff', 'community11'],
    ['owners_committee', 'community11'],
    ['mediator', 'community11'],
    ['party_member', 'community11'],
    ['village_staff', 'community11'],
    ['teacher', 'district'],
  ];
  const allowed = ['community_officer', 'street_officer', 'org_officer'];
  it.each(roles)('export as %s', async (role, node) => {
    const c = await env.as(role, node);
    const r = await c.get(`/api/votes/${ids.open}/export`);
    expect(r.status).toBe(allowed.includes(role) ? 200 : 403);
  });
});
