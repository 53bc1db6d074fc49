/**
 * The marketplace through HTTP (seed 001, Putuo): social organisations registered with a checked
 * credit code and their staff linked; the four lists; a resident's order accepted by the first
 * organisation (a second gets 409), delivered and rated once; the leaderboards and the rates
 * move; the resident's phone and ID never reach an organisation; who may do what, and scope.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { verifiedResident } from '../../testing/signup.ts';
import { creditCodeCheckChar } from '../socialorgs/index.ts';

let env: TestEnv;
let officer: Client; // 福山社区
let officer12: Client; // 水围社区
let street: Client; // 福田街道
let staffA: Client;
let staffB: Client;
let staffC: Client; // on 水围社区
let unlinked: Client; // social_org role, no organisation
let resident: Client & { phone?: string };
let residentInfo: { name: string; nationalId: string };
let other: Client;
const orgIds: Record<string, string> = {};
let winnerClient: Client;

/** A valid credit code of a social organisation (5 + type 2 + area + org code + check). */
export function creditCode(n: number): string {
  const first = `52440304MJ${String(n).padStart(6, '0')}X`.slice(0, 17);
  return first + creditCodeCheckChar(first);
}

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  officer12 = await env.as('community_officer', 'community12');
  street = await env.as('street_officer', 'street1');
  staffA = await env.as('social_org', 'community11');
  staffB = await env.as('social_org', 'street1');
  staffC = await env.as('social_org', 'community12');
  unlinked = await env.as('social_org', 'community11');
  const r = await verifiedResident(env, officer, env.nodes.building.id, '林晓峰');
  resident = r.client;
  residentInfo = r;
  other = (await verifiedResident(env, officer, env.nodes.building.id, '何美玲')).client;
});
afterAll(() => env.close());

describe('social organisations 社会组织 (seed 001: 1+2+4 incubation, party branches)', () => {
  it('Putuo: the credit code is checked by its check character; a wrong one is 422 in both languages', async () => {
    const code = creditCode(1);
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    const body = {
      nodeId: env.nodes.community11.id,
      name: '福山社工服务中心',
      creditCode: wrong,
      category: 'elderly',
      partyBranch: 'single',
      incubationLevel: 'community',
    };
    const bad = await officer.post('/api/socialorgs', body);
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({
      field: 'creditCode',
      message: '统一社会信用代码校验位不正确',
    });
    const ok = await officer.post('/api/socialorgs', { ...body, creditCode: code.toLowerCase() });
    expect(ok.status).toBe(200);
    orgIds.A = ok.body.id;
    expect((await officer.post('/api/socialorgs', { ...body, creditCode: code })).status).toBe(422);
    orgIds.B = (
      await street.post('/api/socialorgs', {
        nodeId: env.nodes.street1.id,
        name: '爱心树社工',
        creditCode: creditCode(2),
        category: 'mediation',
        partyBranch: 'joint',
      })
    ).body.id;
    orgIds.C = (
      await officer12.post('/api/socialorgs', {
        nodeId: env.nodes.community12.id,
        name: '水围文体协会',
        creditCode: creditCode(3),
        category: 'culture',
        partyBranch: 'none',
      })
    ).body.id;
    const list = await street.get('/api/socialorgs');
    expect(list.body.map((o: { name: string }) => o.name).sort()).toEqual(
      ['水围文体协会', '爱心树社工', '福山社工服务中心'].sort(),
    );
    expect((await officer.get(`/api/socialorgs/${orgIds.C}`)).status).toBe(404);
  });

  it('staff accounts are linked to one organisation; an inspection and a project are recorded', async () => {
    expect(
      (await officer.post(`/api/socialorgs/${orgIds.A}/staff`, { username: staffA.username })).status,
    ).toBe(200);
    expect(
      (await street.post(`/api/socialorgs/${orgIds.B}/staff`, { username: staffB.username })).status,
    ).toBe(200);
    expect(
      (await officer12.post(`/api/socialorgs/${orgIds.C}/staff`, { username: staffC.username })).status,
    ).toBe(200);
    // linked elsewhere already; and an account without the role
    expect(
      (await street.post(`/api/socialorgs/${orgIds.B}/staff`, { username: staffA.username })).status,
    ).toBe(422);
    expect(
      (await officer.post(`/api/socialorgs/${orgIds.A}/staff`, { username: officer.username })).status,
    ).toBe(422);
    expect(
      (await officer.post(`/api/socialorgs/${orgIds.A}/inspections`, { year: 2026, result: 'qualified' }))
        .status,
    ).toBe(200);
    expect(
      (
        await officer.post(`/api/socialorgs/${orgIds.A}/projects`, {
          year: 2026,
          title: '长者助餐',
          amountYuan: 50000,
        })
      ).status,
    ).toBe(200);
    const a = await staffA.get(`/api/socialorgs/${orgIds.A}`);
    expect(a.body).toMatchObject({
      lastInspection: { year: 2026, result: 'qualified' },
      projects: 1,
      can: { manage: false },
    });
    expect(a.body.staff).toHaveLength(1);
  });

  it('the register goes out to Excel with its headers in Chinese', async () => {
    const out = await street.request('GET', '/api/socialorgs/export');
    expect(out.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.rawPayload as never);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(2).value).toBe('统一社会信用代码');
    expect(ws.rowCount).toBe(4);
  });
});

describe('the marketplace 服务超市 (seed 001, Putuo)', () => {
  let govItem: string;
  let orderId: string;

  it('four lists: officers publish government and community items, an organisation its offers; residents below see them', async () => {
    const g = await street.post('/api/services/items', {
      nodeId: env.nodes.street1.id,
      list: 'government',
      category: 'elderly',
      title: '高龄老人上门助浴',
    });
    expect(g.status).toBe(200);
    govItem = g.body.id;
    expect(
      (
        await staffA.post('/api/services/items', {
          nodeId: env.nodes.community11.id,
          list: 'offer',
          category: 'legal',
          title: '法律咨询进社区',
        })
      ).status,
    ).toBe(200);
    // an organisation cannot publish a government item; a resident nothing
    expect(
      (
        await staffA.post('/api/services/items', {
          nodeId: env.nodes.community11.id,
          list: 'government',
          category: 'legal',
          title: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await resident.post('/api/services/items', {
          nodeId: env.nodes.community11.id,
          list: 'offer',
          category: 'legal',
          title: 'x',
        })
      ).status,
    ).toBe(403);
    const seen = await resident.get('/api/services/items');
    expect(seen.body.map((i: { title: string }) => i.title).sort()).toEqual(
      ['法律咨询进社区', '高龄老人上门助浴'].sort(),
    );
    expect(seen.body.find((i: { title: string }) => i.title === '法律咨询进社区')).toMatchObject({
      providerOrgName: '福山社工服务中心',
      can: { order: true, close: false },
    });
  });

  it('点单: a resident orders from a phone (sent twice, one order) and is told it is published', async () => {
    const body = { itemId: govItem, note: '家中老人行动不便，希望周末上门', contactPhone: '13912345678' };
    const key = { 'idempotency-key': 'order-0000001' };
    const a = await resident.post('/api/services/orders', body, key);
    const b = await resident.post('/api/services/orders', body, key);
    expect(a.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    orderId = a.body.id;
    const mine = await resident.get('/api/services/orders?view=mine');
    expect(mine.body.total).toBe(1);
    expect(mine.body.items[0]).toMatchObject({
      state: 'open',
      contactPhone: '139****5678',
      actions: ['cancel'],
    });
    expect((await staffA.post('/api/services/orders', body)).status).toBe(403);
    // a need in one's own words needs a category and a title
    const need = await other.post('/api/services/orders', { note: '想学智能手机' });
    expect(need.status).toBe(422);
    expect(need.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['category', 'title']);
  });

  it("a resident's phone, name and ID number are never shown to social organisations", async () => {
    const open = await staffA.get('/api/services/orders?view=open');
    expect(open.body.items.map((o: { id: string }) => o.id)).toContain(orderId);
    const one = await staffA.get(`/api/services/orders/${orderId}`);
    expect(one.status).toBe(200);
    for (const raw of [open.raw, one.raw]) {
      expect(raw).not.toContain('13912345678');
      expect(raw).not.toContain('5678');
      expect(raw).not.toContain(residentInfo.nationalId);
      expect(raw).not.toContain(residentInfo.nationalId.slice(-4));
      expect(raw).not.toContain(residentInfo.name);
      expect(raw).not.toContain(resident.phone!.slice(-4));
    }
    expect(one.body.contactPhone).toBeUndefined();
    expect(one.body.residentLabel).toBe('林*峰');
    expect(one.body.actions).toEqual(['accept']);
    // the officer sees it masked; an organisation of another community not at all
    expect((await officer.get(`/api/services/orders/${orderId}`)).body.contactPhone).toBe('139****5678');
    expect((await staffC.get(`/api/services/orders/${orderId}`)).status).toBe(404);
    expect((await staffC.get('/api/services/orders?view=open')).body.total).toBe(0);
    expect((await officer12.get(`/api/services/orders/${orderId}`)).status).toBe(404);
  });

  it('接单: of two organisations accepting at once, exactly one wins; the other gets 409; the resident is told', async () => {
    const [a, b] = await Promise.all([
      staffA.post(`/api/services/orders/${orderId}/actions`, { action: 'accept' }),
      staffB.post(`/api/services/orders/${orderId}/actions`, { action: 'accept' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? staffA : staffB;
    const loser = a.status === 200 ? staffB : staffA;
    // the winner's phone retries: same answer; the loser no longer sees it
    expect((await winner.post(`/api/services/orders/${orderId}/actions`, { action: 'accept' })).body).toEqual(
      {
        state: 'accepted',
        replayed: true,
      },
    );
    expect((await loser.get(`/api/services/orders/${orderId}`)).status).toBe(404);
    // the loser's phone sending its accept again, after the winner's is committed, is told it was taken
    const late = await loser.post(`/api/services/orders/${orderId}/actions`, { action: 'accept' });
    expect([late.status, late.body.code]).toEqual([409, 'services.taken']);
    expect(
      (await unlinked.post(`/api/services/orders/${orderId}/actions`, { action: 'accept' })).status,
    ).toBe(403);
    const notes = await env.db
      .selectFrom('notify_notifications')
      .select(['kind'])
      .where('user_id', '=', resident.userId)
      .where('kind', 'like', 'services.%')
      .execute();
    expect(notes.map((n) => n.kind).sort()).toEqual(['services.accepted', 'services.placed']);
    winnerClient = winner;
  });

  it('delivered, then rated once (the same rating again is a replay; another is 409); the leaderboards move', async () => {
    const winner = winnerClient;
    expect(
      (await resident.post(`/api/services/orders/${orderId}/actions`, { action: 'deliver' })).status,
    ).toBe(403);
    expect(
      (await resident.post(`/api/services/orders/${orderId}/actions`, { action: 'rate', rating: 5 })).status,
    ).toBe(409);
    expect(
      (
        await winner.post(`/api/services/orders/${orderId}/actions`, {
          action: 'deliver',
          note: '已上门服务',
        })
      ).status,
    ).toBe(200);
    const todos = await resident.get('/api/home/todos');
    expect(todos.body.find((t: { key: string }) => t.key === 'services.to_rate')).toMatchObject({ count: 1 });
    const before = await street.get(`/api/services/boards?nodeId=${env.nodes.street1.id}`);
    expect(before.body.byGoodRate).toEqual([]);
    const r1 = await resident.post(`/api/services/orders/${orderId}/actions`, {
      action: 'rate',
      rating: 5,
      comment: '很贴心',
    });
    expect(r1.body).toEqual({ state: 'rated', replayed: false });
    expect(
      (await resident.post(`/api/services/orders/${orderId}/actions`, { action: 'rate', rating: 5 })).body,
    ).toEqual({
      state: 'rated',
      replayed: true,
    });
    expect(
      (await resident.post(`/api/services/orders/${orderId}/actions`, { action: 'rate', rating: 2 })).status,
    ).toBe(409);
    expect(
      (await other.post(`/api/services/orders/${orderId}/actions`, { action: 'rate', rating: 1 })).status,
    ).toBe(404);
    const boards = await street.get(`/api/services/boards?nodeId=${env.nodes.street1.id}`);
    expect(boards.body.figures).toMatchObject({
      placed: 1,
      accepted: 1,
      rated: 1,
      good: 1,
      acceptanceRate: 100,
      goodRate: 100,
    });
    expect(boards.body.byAccepted[0]).toMatchObject({ accepted: 1, good: 1 });
    expect(boards.body.byCategory[0]).toMatchObject({ category: 'elderly', placed: 1 });
  });

  it('Putuo: the node dashboard shows orders, accepted, acceptance rate and good-rating rate', async () => {
    await other.post('/api/services/orders', { category: 'repair', title: '楼道灯维修' });
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    const stats = await street.get(`/api/home/stats?nodeId=${env.nodes.street1.id}&year=${year}`);
    const v = (k: string) => stats.body.find((s: { key: string }) => s.key === k)?.value;
    expect(v('services.placed')).toBe(2);
    expect(v('services.accepted')).toBe(1);
    expect(v('services.acceptance_rate')).toBe(50);
    expect(v('services.good_rate')).toBe(100);
    const todosA = await staffA.get('/api/home/todos');
    expect(todosA.body.find((t: { key: string }) => t.key === 'services.to_accept')).toMatchObject({
      count: 1,
    });
  });

  it('orders and lists go out to Excel for officers only; the public page shows open items and the boards', async () => {
    const x = await street.request('GET', '/api/services/export');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    expect(wb.worksheets[0].rowCount).toBe(3);
    expect(JSON.stringify(wb.worksheets[0].getSheetValues())).not.toContain('13912345678');
    expect((await resident.request('GET', '/api/services/export')).status).toBe(403);
    expect((await staffA.request('GET', '/api/services/export')).status).toBe(403);
    const pub = await env.anon().get(`/api/public/services/${env.nodes.community11.id}`);
    expect(pub.status).toBe(200);
    expect(pub.body.items.map((i: { title: string }) => i.title)).toContain('高龄老人上门助浴');
    expect(pub.raw).not.toContain('林');
    expect((await env.anon().get(`/api/public/services/${env.nodes.street1.id}`)).status).toBe(404);
  });
});

describe('the lists in from Excel', () => {
  async function upload(c: Client, nodeId: string, rows: string[][]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('服务清单');
    ws.addRow(['清单', '类别', '服务项目', '说明']);
    rows.forEach((r) => ws.addRow(r));
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    return c.upload(`/api/services/items/import?nodeId=${nodeId}`, buf, 'items.xlsx');
  }

  it('an officer imports government and community items; a bad row publishes nothing; others get 403', async () => {
    const bad = await upload(street, env.nodes.street1.id, [
      ['政府购买', '养老服务', '长者食堂送餐', ''],
      ['社会组织参与', '养老服务', '不该由官员发布', ''],
    ]);
    expect(bad.body).toMatchObject({ created: 0, errors: [{ row: 3, field: 'list' }] });
    const good = await upload(street, env.nodes.street1.id, [
      ['政府购买', '养老服务', '长者食堂送餐', '每日午餐'],
      ['社区需求', '便民维修', '楼道扶手加装', ''],
    ]);
    expect(good.body).toEqual({ created: 2, errors: [] });
    const seen = await resident.get('/api/services/items');
    expect(seen.body.map((i: { title: string }) => i.title)).toEqual(
      expect.arrayContaining(['长者食堂送餐', '楼道扶手加装']),
    );
    expect((await upload(staffA, env.nodes.community11.id, [['政府购买', '养老服务', 'x', '']])).status).toBe(
      403,
    );
    expect(
      (await upload(officer12, env.nodes.community11.id, [['政府购买', '养老服务', 'x', '']])).status,
    ).toBe(404);
  });
});
