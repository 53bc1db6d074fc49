/**
 * Linkage through HTTP: a 三联三领 link and its items to done by the linker, a 三官三师 roster on the
 * tree with cases and an Excel round trip, a deputy's session with problems answered; to-dos,
 * dashboard figures, masking, audit and one authorisation case per role.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let officer: Client; // 福山社区
let outsider: Client; // 水围社区 officer
let street: Client; // 福田街道
let district: Client; // 福田区 org officer
let cadre: Client; // a street leader with an account (the linker)
let deputy: Client;
let resident: Client;
let gridWorker: Client;
beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  outsider = await env.as('community_officer', 'community12');
  street = await env.as('street_officer', 'street1');
  district = await env.as('org_officer', 'district');
  cadre = await env.as('cadre', 'community11');
  deputy = await env.as('deputy', 'community11');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
});
afterAll(() => env.close());

const c11 = () => env.nodes.community11.id;
const audits = async (action: string) =>
  (await env.db.selectFrom('audit_log').select('action').where('action', '=', action).execute()).length;
const notices = async (c: Client, kind: string) =>
  (
    await env.db
      .selectFrom('notify_notifications')
      .select('title')
      .where('user_id', '=', c.userId)
      .where('kind', '=', kind)
      .execute()
  ).length;
async function sheet(res: { rawPayload: Buffer }, n = 1) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as never);
  return wb.worksheets[n - 1];
}

describe('三联三领 (seed 001)', () => {
  let linkId: string;
  let itemId: string;

  it('Haichuang: 街道班子联系社区领衔破难: the street office registers a leader linked to a community; others may not (seed 001)', async () => {
    const body = {
      nodeId: c11(),
      kind: 'leader',
      linkerName: '王建国',
      linkerUnit: '福田街道党工委副书记',
      linkerUserId: cadre.userId,
      startedOn: '2026-01-05',
    };
    expect((await resident.post('/api/linkage/links', body)).status).toBe(403);
    expect((await cadre.post('/api/linkage/links', body)).status).toBe(403);
    expect((await outsider.post('/api/linkage/links', body)).status).toBe(404);
    expect((await street.post('/api/linkage/links', { ...body, nodeId: env.nodes.street1.id })).status).toBe(
      422,
    );
    const r = await street.post('/api/linkage/links', body);
    expect(r.status).toBe(200);
    linkId = r.body.id;
    const list = await officer.get('/api/linkage/links');
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({
      kind: 'leader',
      linkerName: '王建国',
      nodeName: '福山社区',
      can: { manage: true, addItem: true },
    });
    expect((await outsider.get(`/api/linkage/links/${linkId}`)).status).toBe(404);
    expect(await audits('linkage.link.create')).toBe(1);
  });

  it('Haichuang: the leader leads a hard problem to done; the linker is told when the office plans it (seed 001)', async () => {
    const add = await officer.post(`/api/linkage/links/${linkId}/items`, {
      title: '福山花园加装电梯协调',
      dueOn: '2026-01-31',
    });
    expect(add.status).toBe(200);
    itemId = add.body.id;
    expect(await notices(cadre, 'linkage.item')).toBe(1);
    const link = await cadre.get(`/api/linkage/links/${linkId}`);
    expect(link.body.items[0]).toMatchObject({
      itemKind: 'hard_problem',
      state: 'planned',
      actions: ['start', 'complete', 'drop'],
    });
    // a grid worker reads but may not move it
    const gw = await gridWorker.get(`/api/linkage/links/${linkId}`);
    expect(gw.status).toBe(404); // the grid is below the community: the link is not in its subtree
    const start = await cadre.post(`/api/linkage/items/${itemId}/moves`, {
      action: 'start',
      progress: 30,
      version: 1,
    });
    expect(start.body).toMatchObject({ state: 'in_progress', progress: 30 });
    // a stale version is refused
    expect(
      (
        await cadre.post(`/api/linkage/items/${itemId}/moves`, {
          action: 'progress',
          progress: 50,
          version: 1,
        })
      ).status,
    ).toBe(409);
    expect(
      (await resident.post(`/api/linkage/items/${itemId}/moves`, { action: 'complete', version: 2 })).status,
    ).toBe(403);
    const done = await cadre.post(`/api/linkage/items/${itemId}/moves`, {
      action: 'complete',
      note: '已签约',
      version: 2,
    });
    expect(done.body).toMatchObject({ state: 'done', progress: 100, actions: ['reopen'] });
    expect(
      (await cadre.post(`/api/linkage/items/${itemId}/moves`, { action: 'complete', version: 3 })).status,
    ).toBe(409);
  });

  it("an overdue item waits on the office's home page; the linker sees their own open items", async () => {
    const add = await officer.post(`/api/linkage/links/${linkId}/items`, {
      title: '背街小巷照明',
      dueOn: '2020-01-01',
    });
    expect(add.status).toBe(200);
    const home = await officer.get('/api/home/todos');
    const keys = (home.body.items ?? home.body).map((x: { key: string }) => x.key);
    expect(keys).toContain('linkage.overdue_items');
    const mine = await cadre.get('/api/home/todos');
    expect(
      (mine.body.items ?? mine.body).find((x: { key: string }) => x.key === 'linkage.items'),
    ).toMatchObject({ count: 1, level: 'red' });
  });

  it('exports the register with its items', async () => {
    expect((await resident.get('/api/linkage/links/export')).status).toBe(403);
    const r = await street.get('/api/linkage/links/export');
    expect(r.status).toBe(200);
    const ws = await sheet(r, 2);
    expect(ws.getRow(2).getCell(4).value).toBe('福山花园加装电梯协调');
  });
});

describe('三官三师 (seed 001)', () => {
  let expertId: string;

  it("Haichuang: 同步配齐“三官三师”: a grid's roster shows who is on duty and which roles it lacks (seed 001)", async () => {
    const roles = await officer.get(`/api/linkage/roles?nodeId=${c11()}`);
    expect(roles.body).toMatchObject({ configured: false, can: { manage: false } });
    expect(roles.body.roles).toHaveLength(6);
    const r = await officer.post('/api/linkage/experts', {
      nodeId: env.nodes.grid111.id,
      role: 'police',
      name: '刘警官',
      unit: '福田派出所',
      phone: '13800138000',
      officeHours: '每周三 9:00-11:00',
    });
    expect(r.status).toBe(200);
    expertId = r.body.id;
    expect(
      (await officer.post('/api/linkage/experts', { nodeId: c11(), role: 'astrologer', name: 'x' })).status,
    ).toBe(422);
    expect(
      (await officer.post('/api/linkage/experts', { nodeId: c11(), role: 'lawyer', name: 'x', phone: '123' }))
        .status,
    ).toBe(422);
    expect(
      (await deputy.post('/api/linkage/experts', { nodeId: c11(), role: 'lawyer', name: 'x' })).status,
    ).toBe(403);
    const roster = await gridWorker.get('/api/linkage/experts');
    expect(roster.body.nodes).toHaveLength(1);
    const g = roster.body.nodes[0];
    expect(g.experts[0]).toMatchObject({
      roleName: '警官',
      phone: '138****8000',
      officeHours: '每周三 9:00-11:00',
    });
    expect(JSON.stringify(roster.body)).not.toContain('13800138000');
    expect(g.missing).toEqual(['judge', 'prosecutor', 'lawyer', 'psychologist', 'social_worker']);
  });

  it('a district configures its own roster roles', async () => {
    const roles = [
      { code: 'police', name: '社区民警', grp: 'official' },
      { code: 'lawyer', name: '律师', grp: 'professional' },
    ];
    expect((await officer.put('/api/linkage/roles', { nodeId: c11(), roles })).status).toBe(404);
    const r = await district.put('/api/linkage/roles', { nodeId: c11(), roles });
    expect(r.status).toBe(200);
    const roster = await officer.get('/api/linkage/experts');
    expect(roster.body.nodes[0].missing).toEqual(['lawyer']);
    expect(roster.body.nodes[0].experts[0].roleName).toBe('社区民警');
  });

  it('records the cases a roster member took, counted on the dashboard', async () => {
    const year = Number(new Date().toISOString().slice(0, 4));
    const r = await officer.post(`/api/linkage/experts/${expertId}/cases`, {
      takenOn: `${year}-03-02`,
      summary: '邻里噪音纠纷调处',
      closed: true,
    });
    expect(r.status).toBe(200);
    expect(
      (
        await outsider.post(`/api/linkage/experts/${expertId}/cases`, {
          takenOn: `${year}-03-02`,
          summary: 'x',
        })
      ).status,
    ).toBe(404);
    expect((await cadre.get(`/api/linkage/experts/${expertId}/cases`)).body).toHaveLength(1);
    const patch = await officer.patch(`/api/linkage/experts/${expertId}`, {
      officeHours: '每周四 14:00-17:00',
      version: 1,
    });
    expect(patch.status).toBe(200);
    expect(
      (await officer.patch(`/api/linkage/experts/${expertId}`, { active: false, version: 1 })).status,
    ).toBe(409);
  });

  it('imports a roster from Excel (every bad row reported, nothing saved) and exports it masked', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.addRow(['网格/社区', '角色', '姓名', '工作单位', '联系电话', '坐班时间']);
    ws.addRow(['福山社区', '律师', '陈律师', '华商律所', '13912345678', '每月第一个周六']);
    ws.addRow(['水围社区', '律师', '某某', '', '', '']);
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    const r1 = await officer.upload(`/api/linkage/experts/import?nodeId=${c11()}`, bad, 'r.xlsx');
    expect(r1.status).toBe(200);
    expect(r1.body.imported).toBe(0);
    expect(r1.body.errors[0]).toMatchObject({ row: 3, field: 'node' });
    ws.spliceRows(3, 1);
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    const r2 = await officer.upload(`/api/linkage/experts/import?nodeId=${c11()}`, good, 'r.xlsx');
    expect(r2.body).toEqual({ imported: 1, errors: [] });
    const out = await officer.get('/api/linkage/experts/export');
    const x = await sheet(out);
    const rows = x.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[3])).toContain('陈律师');
    expect(JSON.stringify(rows)).toContain('139****5678');
    expect(JSON.stringify(rows)).not.toContain('13912345678');
  });
});

describe('两代表一委员进社区 (seed 003)', () => {
  let sessionId: string;
  let problemId: string;

  it('Futian: 两代表一委员常态化进社区 “坐诊”: a deputy schedules their own session (a phone may send it twice) (seed 003)', async () => {
    const body = {
      nodeId: c11(),
      format: 'clinic',
      hostKind: 'npc_deputy',
      startsAt: '2026-03-20T09:00:00+08:00',
      place: '福山社区党群服务中心',
    };
    const key = { 'idempotency-key': 'session-0000001' };
    expect((await resident.post('/api/linkage/sessions', body)).status).toBe(403);
    expect((await outsider.post('/api/linkage/sessions', body)).status).toBe(404);
    const a = await deputy.post('/api/linkage/sessions', body, key);
    const b = await deputy.post('/api/linkage/sessions', body, key);
    expect(a.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    sessionId = a.body.id;
    const s = await officer.get(`/api/linkage/sessions/${sessionId}`);
    expect(s.body).toMatchObject({ state: 'planned', format: 'clinic', can: { record: true } });
    expect((await deputy.get('/api/home/todos')).body).toBeDefined();
  });

  it('Futian: 解决群众实际问题: the deputy records it held with attendance and the problems raised, each due for an answer (seed 003)', async () => {
    expect(
      (
        await cadre.post(`/api/linkage/sessions/${sessionId}/record`, {
          action: 'hold',
          attendance: 30,
          version: 1,
        })
      ).status,
    ).toBe(403);
    expect(
      (await deputy.post(`/api/linkage/sessions/${sessionId}/record`, { action: 'hold', version: 1 })).status,
    ).toBe(422);
    const r = await deputy.post(`/api/linkage/sessions/${sessionId}/record`, {
      action: 'hold',
      attendance: 36,
      summary: '居民反映停车难、夜间施工噪音',
      problems: ['福山花园周边停车位不足', '夜间施工噪音扰民'],
      version: 1,
    });
    expect(r.body).toEqual({ state: 'held' });
    const s = await deputy.get(`/api/linkage/sessions/${sessionId}`);
    expect(s.body).toMatchObject({
      state: 'held',
      attendance: 36,
      problems: 2,
      answered: 0,
      can: { record: false },
    });
    expect(s.body.problemList[0]).toMatchObject({
      dueOn: '2026-04-04',
      state: 'open',
      can: { answer: false },
    });
    problemId = s.body.problemList[0].id;
    const todos = await officer.get('/api/home/todos');
    expect(
      (todos.body.items ?? todos.body).find((x: { key: string }) => x.key === 'linkage.problems'),
    ).toMatchObject({ count: 2 });
  });

  it('Futian: each problem is tracked to an answer; the deputy is told (seed 003)', async () => {
    expect(
      (
        await deputy.post(`/api/linkage/problems/${problemId}/answer`, {
          action: 'answer',
          answer: 'x',
          version: 1,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await outsider.post(`/api/linkage/problems/${problemId}/answer`, {
          action: 'answer',
          answer: 'x',
          version: 1,
        })
      ).status,
    ).toBe(404);
    expect(
      (await officer.post(`/api/linkage/problems/${problemId}/answer`, { action: 'answer', version: 1 }))
        .status,
    ).toBe(422);
    const r = await officer.post(`/api/linkage/problems/${problemId}/answer`, {
      action: 'answer',
      answer: '已协调学校夜间开放停车场 80 个车位',
      version: 1,
    });
    expect(r.body).toMatchObject({ state: 'answered', overdue: false });
    expect(await notices(deputy, 'linkage.problem')).toBe(1);
    expect((await officer.get('/api/linkage/problems')).body).toHaveLength(1);
  });

  it('Futian: the dashboard shows links, roster, sessions, problems and the answer rate (seed 003)', async () => {
    const year = 2026;
    const r = await street.get(`/api/home/stats?nodeId=${env.nodes.street1.id}&year=${year}`);
    expect(r.status).toBe(200);
    const stats = (r.body.stats ?? r.body) as { key: string; value: number | null }[];
    const v = (k: string) => stats.find((s) => s.key === `linkage.${k}`)?.value;
    expect(v('leader_links')).toBe(1);
    expect(v('sessions')).toBe(1);
    expect(v('problems')).toBe(2);
    expect(v('answered_rate')).toBe(50);
    expect(v('items_done_rate')).toBe(50);
    const x = await street.get(`/api/linkage/sessions/export?year=${year}`);
    const ws = await sheet(x);
    expect(ws.getRow(2).getCell(8).value).toBe(36);
    expect(await audits('linkage.problem.answer')).toBe(1);
  });
});

describe('a department linked to a community outside its own subtree (seed 001 机关单位联系社区领办项目)', () => {
  it('Haichuang: the department officer leads the project through the link, and sees nothing else there (seed 001)', async () => {
    const dept = await env.as('dept_officer', 'dept');
    const r = await street.post('/api/linkage/links', {
      nodeId: c11(),
      kind: 'department',
      linkerName: '区住房和建设局',
      linkerUserId: dept.userId,
      startedOn: '2026-02-01',
    });
    const mine = await dept.get('/api/linkage/links');
    expect(mine.body.map((l: { id: string }) => l.id)).toEqual([r.body.id]);
    expect(mine.body[0].can).toEqual({ manage: false, addItem: true });
    const item = await dept.post(`/api/linkage/links/${r.body.id}/items`, { title: '老旧小区雨污分流改造' });
    expect(item.status).toBe(200);
    const moved = await dept.post(`/api/linkage/items/${item.body.id}/moves`, {
      action: 'start',
      progress: 20,
      version: 1,
    });
    expect(moved.body).toMatchObject({ state: 'in_progress', itemKind: 'project' });
    // the leader's link in the same community stays out of the department's sight
    const other = (await officer.get('/api/linkage/links?kind=leader')).body[0].id;
    expect((await dept.get(`/api/linkage/links/${other}`)).status).toBe(404);
  });
});
