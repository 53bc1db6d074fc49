/**
 * Mobile party members through HTTP (seed 001, Beilun): the register and its five clears, the
 * return code a member scans to appear in the month's inflow table, the analysis and map, the
 * vanguard team's services, Excel, and who may do what (party members only their own record).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNationalId } from '../../platform/pii/national-id.ts';
import { createTestEnv, TEST_PASSWORD, type Client, type TestEnv } from '../../testing/harness.ts';
import { partyOrg } from '../../testing/party.ts';

let env: TestEnv;
let officer: Client; // 福山社区
let officer12: Client; // 水围社区: outside
let street: Client; // 福田街道
let branch11: string; // 福山社区党支部
let branch12: string; // 水围社区党支部
const persons: string[] = [];
const ids: string[] = [];
let seq = 1;
const month = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

async function partyMember(by: Client, nodeId: string, name: string, partyOrgId: string) {
  const nationalId = makeNationalId('440304', '1990-05-01', (seq += 2));
  ids.push(nationalId);
  const p = await by.post('/api/people', {
    nodeId,
    name,
    gender: 'M',
    birthDate: '1990-05-01',
    nationalId,
    phone: `1380013${String(seq).padStart(4, '0')}`,
  });
  expect(p.status).toBe(200);
  const i = await by.post(`/api/people/${p.body.id}/identities`, {
    kind: 'party_member',
    attrs: { partyOrgId, joinedOn: '2015-07-01', mobile: true },
  });
  expect(i.status).toBe(200);
  return p.body.id as string;
}

async function memberAccount(personId: string, username: string) {
  await env.services.accounts.bootstrapAccount({
    username,
    displayName: username,
    password: TEST_PASSWORD,
    personId,
    homeDistrictId: env.nodes.district.id,
    grants: [{ role: 'party_member', nodeId: env.nodes.community11.id, districtId: env.nodes.district.id }],
  });
  return (await env.login(username)).client!;
}

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  officer12 = await env.as('community_officer', 'community12');
  street = await env.as('street_officer', 'street1');
  branch11 = await partyOrg(officer, env.nodes.community11.id, 'branch', '福山社区党支部');
  branch12 = await partyOrg(officer12, env.nodes.community12.id, 'branch', '水围社区党支部');
  persons.push(await partyMember(officer, env.nodes.building.id, '王建国', branch11));
  persons.push(await partyMember(officer12, env.nodes.community12.id, '李红梅', branch12));
  persons.push(await partyMember(officer, env.nodes.building.id, '赵卫东', branch11));
});
afterAll(() => env.close());

describe('the register and the five clears 五清 (seed 001 Beilun)', () => {
  let id: string;
  it('Beilun: an officer registers an outflow member; the five clears tell what is missing (seed 001)', async () => {
    const r = await officer.post('/api/partymembers', {
      personId: persons[0],
      partyOrgId: branch11,
      direction: 'out',
      leftOn: `${month()}-01`,
      destination: '浙江省宁波市北仑区',
    });
    expect(r.status).toBe(200);
    id = r.body.id;
    const m = await officer.get(`/api/partymembers/members/${id}`);
    expect(m.body.missing).toEqual(['basic', 'work', 'conduct']);
    expect(m.body.nationalId).toMatch(/^440304\*+\d{3}[\dX]$/);
    expect(m.body.phone).toMatch(/^138\*{4}\d{4}$/);
    expect(
      (
        await officer.post('/api/partymembers', {
          personId: persons[0],
          partyOrgId: branch11,
          direction: 'out',
        })
      ).status,
    ).toBe(409);
  });

  it('filling work, conduct and checking basic info makes all five clear; a stale version is refused', async () => {
    const m = await officer.get(`/api/partymembers/members/${id}`);
    const body = {
      work: '港口装卸',
      conduct: '积极参加流入地组织生活',
      basicChecked: true,
      version: m.body.version,
    };
    expect((await officer.patch(`/api/partymembers/members/${id}`, body)).status).toBe(200);
    expect((await officer.patch(`/api/partymembers/members/${id}`, body)).status).toBe(409);
    const after = await officer.get(`/api/partymembers/members/${id}`);
    expect(after.body.missing).toEqual([]);
  });

  it('a person who is not a party member, or a branch outside scope, is refused per field', async () => {
    const r = await officer.post('/api/partymembers', {
      personId: persons[1],
      partyOrgId: branch12,
      direction: 'in',
    });
    expect(r.status).toBe(422);
    expect(r.body.errors?.[0]?.field ?? JSON.stringify(r.body)).toContain('partyOrgId');
  });

  it('officers see their subtree; another community gets 404; the list is scoped', async () => {
    expect((await officer12.get(`/api/partymembers/members/${id}`)).status).toBe(404);
    expect((await street.get(`/api/partymembers/members/${id}`)).status).toBe(200);
    expect((await officer12.get('/api/partymembers')).body.total).toBe(0);
    expect((await street.get('/api/partymembers')).body.total).toBe(1);
  });
});

describe('the return code 归队码 and the monthly inflow table', () => {
  let token: string;
  let member: Client;
  it('Beilun: the street publishes a return code as a QR image (seed 001)', async () => {
    const r = await street.post('/api/partymembers/codes', { nodeId: env.nodes.street1.id });
    expect(r.status).toBe(200);
    expect(r.body.svg).toContain('<svg');
    expect(r.body.url).toContain('/m/return/');
    token = r.body.token;
    expect((await officer.post('/api/partymembers/codes', { nodeId: env.nodes.street1.id })).status).toBe(
      404,
    );
  });

  it('the scan page lists the branches where the code is; anonymous scans need a login', async () => {
    const info = await env.anon().get(`/api/partymembers/scan/${token}`);
    expect(info.status).toBe(200);
    expect(info.body.needsLogin).toBe(true);
    expect(info.body.branches.map((b: { name: string }) => b.name).sort()).toEqual([
      '水围社区党支部',
      '福山社区党支部',
    ]);
    const r = await env.anon().post(`/api/partymembers/scan/${token}`, {
      partyOrgId: branch12,
      destination: '水围社区3栋',
      work: '快递',
    });
    expect(r.status).toBe(401);
  });

  it('Beilun: a party member scans, registers with the branch where they live, and appears in the month inflow table (seed 001)', async () => {
    member = await memberAccount(persons[2], 'dangyuan-zhao');
    const body = {
      partyOrgId: branch12,
      origin: '福山社区',
      destination: '水围社区3栋',
      work: '快递员',
      lat: 22.53,
      lng: 114.05,
    };
    const r = await member.post(`/api/partymembers/scan/${token}`, body);
    expect(r.status).toBe(200);
    expect(r.body.partyOrgName).toBe('水围社区党支部');
    // a phone that sends it again changes nothing
    expect((await member.post(`/api/partymembers/scan/${token}`, body)).body.memberId).toBe(r.body.memberId);
    const table = await officer12.get(
      `/api/partymembers/month?nodeId=${env.nodes.community12.id}&month=${month()}&direction=in`,
    );
    expect(table.body.rows).toHaveLength(1);
    expect(table.body.rows[0]).toMatchObject({
      name: '赵卫东',
      source: 'scan',
      partyOrgName: '水围社区党支部',
    });
    const inbox = await officer12.get('/api/notify/inbox');
    expect(JSON.stringify(inbox.body)).toContain('扫码归队');
  });

  it('a party member sees only their own record', async () => {
    const mine = await member.get('/api/partymembers/mine');
    expect(mine.body.items).toHaveLength(1);
    expect((await member.get(`/api/partymembers/members/${mine.body.items[0].id}`)).status).toBe(200);
    const other = (await street.get('/api/partymembers?direction=out')).body.items[0].id;
    expect((await member.get(`/api/partymembers/members/${other}`)).status).toBe(404);
    expect((await member.get('/api/partymembers')).status).toBe(403);
    expect((await member.post('/api/partymembers/codes', { nodeId: env.nodes.street1.id })).status).toBe(403);
  });

  it('a one-time link works without login, once, for its person', async () => {
    const code = await officer.post('/api/partymembers/codes', {
      nodeId: env.nodes.community11.id,
      personId: persons[0],
    });
    expect(code.body.oneTime).toBe(true);
    const body = { partyOrgId: branch11, destination: '福山花园2栋', work: '港口装卸' };
    expect((await env.anon().post(`/api/partymembers/scan/${code.body.token}`, body)).status).toBe(200);
    expect((await env.anon().post(`/api/partymembers/scan/${code.body.token}`, body)).status).toBe(200);
    const mine = await street.get(
      `/api/partymembers/month?nodeId=${env.nodes.community11.id}&month=${month()}&direction=in`,
    );
    expect(mine.body.rows.map((x: { name: string }) => x.name)).toEqual(['王建国']);
  });

  it('the analysis counts the month; the map shows members with a place, names masked', async () => {
    const a = await street.get(
      `/api/partymembers/analysis?nodeId=${env.nodes.street1.id}&year=${month().slice(0, 4)}`,
    );
    const m = a.body.months.find((x: { month: string }) => x.month === month());
    expect(m).toMatchObject({ in: 2, out: 1 });
    const map = await street.get(`/api/partymembers/map?nodeId=${env.nodes.street1.id}`);
    expect(map.body.points.map((p: { title: string }) => p.title).join()).toContain('赵*东');
  });

  it('the dashboard shows mobile members and the month inflow and outflow', async () => {
    const stats = await env.services.partymembers.stats(
      street.ctx,
      { ...env.nodes.street1, level: 'street' },
      Number(month().slice(0, 4)),
    );
    const v = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    expect(v['partymembers.mobile']).toBe(3);
    expect(v['partymembers.inflow']).toBe(2);
    expect(v['partymembers.outflow']).toBe(1);
    // the five-clears rate counts the members with a gap (the same ones the register lists)
    const gaps = await env.db
      .selectFrom('partymembers_members')
      .select('id')
      .where('status', '=', 'active')
      .where('node_id', 'in', (eb) =>
        eb.selectFrom('org_nodes').select('id').where('path', 'like', `${env.nodes.street1.path}%`),
      )
      .where((eb) =>
        eb.or([
          eb('basic_checked', '=', false),
          eb('left_on', 'is', null),
          eb('destination', '=', ''),
          eb('work', '=', ''),
          eb('conduct', '=', ''),
        ]),
      )
      .execute();
    expect(v['partymembers.five_clears']).toBe(Math.round(((3 - gaps.length) / 3) * 1000) / 10);
    const todos = await env.services.partymembers.todos(officer12.ctx);
    expect(todos.map((t) => t.key)).toContain('partymembers.incomplete');
  });
});

describe('vanguard team 党群先锋队 and Excel', () => {
  it('Beilun: a member placed in the vanguard team gives a listed service and it is counted (seed 001)', async () => {
    const team = await officer12.post('/api/partymembers/teams', {
      nodeId: env.nodes.community12.id,
      name: '水围社区党群先锋队',
      services: ['文明宣传', '抗疫抗台', '困难群体帮扶'],
    });
    expect(team.status).toBe(200);
    const m = (await officer12.get('/api/partymembers')).body.items[0];
    expect(
      (
        await officer12.patch(`/api/partymembers/members/${m.id}`, {
          teamId: team.body.id,
          version: m.version,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await officer12.post(`/api/partymembers/members/${m.id}/services`, {
          service: '打麻将',
          servedOn: '2026-12-01',
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await officer12.post(`/api/partymembers/members/${m.id}/services`, {
          service: '抗疫抗台',
          servedOn: '2026-12-01',
          hours: 3,
        })
      ).status,
    ).toBe(200);
    const after = await officer12.get(`/api/partymembers/members/${m.id}`);
    expect(after.body.services).toBe(1);
    const teams = await officer12.get(`/api/partymembers/teams?nodeId=${env.nodes.community12.id}&year=2026`);
    expect(teams.body[0]).toMatchObject({ members: 1, served: 1 });
  });

  it('the district’s dashboard counts its streets’ members, moves and services together', async () => {
    const zzb = await env.as('org_officer', 'district');
    const year = Number(month().slice(0, 4));
    const at = async (k: 'district' | 'street1' | 'street2', level: string) =>
      Object.fromEntries(
        (await env.services.partymembers.stats(zzb.ctx, { ...env.nodes[k], level }, year)).map((s) => [
          s.key,
          s.value ?? 0,
        ]),
      );
    const d = await at('district', 'district');
    const [s1, s2] = [await at('street1', 'street'), await at('street2', 'street')];
    expect(d['partymembers.services']).toBeGreaterThan(0);
    for (const k of ['mobile', 'inflow', 'outflow', 'services'])
      expect(d[`partymembers.${k}`]).toBe(s1[`partymembers.${k}`] + s2[`partymembers.${k}`]);
  });

  it('the register exports to Excel with masked numbers', async () => {
    const x = await street.get(`/api/partymembers/export/members.xlsx?nodeId=${env.nodes.street1.id}`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('王建国');
    expect(text).not.toMatch(/440304199005\d{6}/);
  });

  it('an import adds a member by ID number and branch name; a bad row changes nothing', async () => {
    const up = async (rows: unknown[][]) => {
      const w = new ExcelJS.Workbook();
      const s2 = w.addWorksheet('台账');
      for (const r of rows) s2.addRow(r);
      return officer12.upload(
        `/api/partymembers/import?nodeId=${env.nodes.community12.id}`,
        Buffer.from(await w.xlsx.writeBuffer()),
        't.xlsx',
      );
    };
    const header = ['身份证号', '流动类型', '所属党支部', '流动时间', '流入地点', '从事工作'];
    const bad = await up([header, [ids[1], '流出', '不存在的支部', '2026-11-03', '东莞', '电子厂']]);
    expect(bad.status).toBe(422);
    const ok = await up([header, [ids[1], '流出', '水围社区党支部', '2026-11-03', '广东省东莞市', '电子厂']]);
    expect(ok.body).toEqual({ created: 1, updated: 0 });
    const nov = await officer12.get(
      `/api/partymembers/month?nodeId=${env.nodes.community12.id}&month=2026-11&direction=out`,
    );
    expect(nov.body.rows.map((r: { name: string }) => r.name)).toEqual(['李红梅']);
    // a month of a year the app does not keep is the caller's mistake (it reached PostgreSQL before)
    for (const month of ['0090-11', '1999-12', '2026-13']) {
      const res = await officer12.get(
        `/api/partymembers/month?nodeId=${env.nodes.community12.id}&month=${month}&direction=out`,
      );
      expect(res.status, month).toBe(400);
      expect(JSON.stringify(res.body), month).toContain('month');
    }
  });
});
