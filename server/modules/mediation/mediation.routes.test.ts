/**
 * Mediation through HTTP (seed 003, Futian): a dispute event turned into a case, assigned to a
 * people's mediation room and its mediator, heard step by step, settled by an agreement that prints,
 * judicially confirmed; a failed case through 诉调对接; 心访 referrals; parties encrypted and masked;
 * the settlement rate per node and per room; and who may do what (a mediator only their own cases).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../platform/ids.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let officer: Client; // 福山社区
let street: Client;
let mediator: Client; // 何姐, seated in the room
let mediator2: Client; // another mediator on 福山, not assigned
let outsider: Client; // community officer of 竹林社区
let roomId: string;
let caseId: string;
const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  street = await env.as('street_officer', 'street1');
  mediator = await env.as('mediator', 'community11', { username: 'tiaojie_a' });
  mediator2 = await env.as('mediator', 'community11', { username: 'tiaojie_b' });
  outsider = await env.as('community_officer', 'community21');
});
afterAll(() => env.close());

const detail = async (c: Client = mediator) => (await c.get(`/api/mediation/cases/${caseId}`)).body;

describe('a dispute mediated to an agreement and confirmed (seed 003)', () => {
  it('rooms: an officer sets up a people’s mediation room and seats a mediator', async () => {
    const r = await officer.post('/api/mediation/rooms', {
      nodeId: env.nodes.community11.id,
      name: '福山社区人民调解室',
      kind: 'people',
    });
    expect(r.status).toBe(200);
    roomId = r.body.id;
    expect(
      (await officer.post(`/api/mediation/rooms/${roomId}/mediators`, { username: 'tiaojie_a' })).status,
    ).toBe(200);
    expect(
      (await officer.post(`/api/mediation/rooms/${roomId}/mediators`, { username: 'tiaojie_b' })).status,
    ).toBe(200);
    const wrong = await officer.post(`/api/mediation/rooms/${roomId}/mediators`, {
      username: street.username,
    });
    expect(wrong.status).toBe(422);
    const rooms = await mediator.get('/api/mediation/rooms');
    expect(rooms.body[0].mediators.map((m: { userId: string }) => m.userId)).toContain(mediator.userId);
  });

  it('Futian: a dispute event becomes a case once; other categories do not (seed 003)', async () => {
    const ev = await officer.post('/api/events', {
      id: uuidv7(),
      nodeId: env.nodes.grid111.id,
      category: 'dispute',
      title: '楼上漏水邻里纠纷',
      description: '3栋501卫生间漏水至401，双方协商未果',
      address: '福山花园3栋',
    });
    expect(ev.status, ev.raw).toBe(200);
    const other = await officer.post('/api/events', {
      id: uuidv7(),
      nodeId: env.nodes.grid111.id,
      category: 'sanitation',
      title: '垃圾满溢',
      description: '东门垃圾桶',
      address: '东门',
    });
    const bad = await officer.post('/api/mediation/cases/from-event', { eventId: other.body.id });
    expect(bad.status).toBe(422);
    const made = await officer.post('/api/mediation/cases/from-event', {
      eventId: ev.body.id,
      category: 'neighbour',
    });
    expect(made.status, made.raw).toBe(200);
    expect(made.body.number).toMatch(/^TJ-\d{4}-0001$/);
    caseId = made.body.id;
    const again = await officer.post('/api/mediation/cases/from-event', { eventId: ev.body.id });
    expect(again.status).toBe(409);
    // a mediator cannot read events: to them the event does not exist
    expect((await mediator.post('/api/mediation/cases/from-event', { eventId: ev.body.id })).status).toBe(
      404,
    );
  });

  it('a mediator sees only their cases: nothing before assignment, the case after', async () => {
    expect((await mediator.get('/api/mediation/cases')).body.total).toBe(0);
    expect((await mediator.get(`/api/mediation/cases/${caseId}`)).status).toBe(404);
    const home = await officer.get('/api/home/todos');
    expect(JSON.stringify(home.body)).toContain('mediation.to_assign');
    const c = await detail(officer);
    expect(c.actions).toEqual(['assign']);
    const wrong = await officer.post(`/api/mediation/cases/${caseId}/transitions`, {
      action: 'assign',
      version: c.version,
      roomId,
      mediatorUserId: street.userId,
    });
    expect(wrong.status).toBe(422);
    const a = await officer.post(`/api/mediation/cases/${caseId}/transitions`, {
      action: 'assign',
      version: c.version,
      roomId,
      mediatorUserId: mediator.userId,
    });
    expect(a.body.state).toBe('assigned');
    expect((await mediator.get('/api/mediation/cases')).body.total).toBe(1);
    expect((await mediator2.get(`/api/mediation/cases/${caseId}`)).status).toBe(404);
    expect((await outsider.get(`/api/mediation/cases/${caseId}`)).status).toBe(404);
    const inbox = await env.db
      .selectFrom('notify_notifications')
      .select('title')
      .where('user_id', '=', mediator.userId)
      .execute();
    expect(inbox[0].title).toContain('已分派给您调解');
    expect(JSON.stringify((await mediator.get('/api/home/todos')).body)).toContain('mediation.to_hear');
  });

  it('parties are encrypted at rest and masked; a reveal states a reason and is audited', async () => {
    const bad = await mediator.post(`/api/mediation/cases/${caseId}/parties`, {
      parties: [{ role: 'applicant', name: '李明', phone: '123', idNumber: '440304199001011234' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'parties.0.idNumber',
      'parties.0.phone',
    ]);
    const ok = await mediator.post(`/api/mediation/cases/${caseId}/parties`, {
      parties: [
        { role: 'applicant', name: '李晓明', phone: '13800138000', idNumber: '11010519491231002X' },
        { role: 'respondent', name: '王芳', phone: '13900139000' },
      ],
    });
    expect(ok.status, ok.raw).toBe(200);
    const c = await detail();
    expect(c.parties).toEqual([
      expect.objectContaining({
        role: 'applicant',
        name: '李*明',
        phone: '138****8000',
        idNumber: '110105********002X',
      }),
      expect.objectContaining({ role: 'respondent', name: '王*', phone: '139****9000', idNumber: null }),
    ]);
    const raw = await env.db.selectFrom('mediation_parties').selectAll().execute();
    expect(JSON.stringify(raw)).not.toContain('13800138000');
    expect(raw.every((r) => Buffer.isBuffer(r.name_enc))).toBe(true);
    const full = await mediator.post(`/api/mediation/cases/${caseId}/parties/reveal`, {
      reason: '制作调解协议书',
    });
    expect(full.body[0]).toMatchObject({ name: '李晓明', phone: '13800138000' });
    expect((await street.post(`/api/mediation/cases/${caseId}/parties/reveal`, { reason: 'x' })).status).toBe(
      403,
    );
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_id', '=', caseId)
      .execute();
    expect(audit.find((a) => a.action === 'mediation.parties.reveal')?.detail).toMatchObject({
      reason: '制作调解协议书',
    });
  });

  it('Futian: heard step by step of 党群调解331, agreed, printed and judicially confirmed (seed 003)', async () => {
    const steps = (await mediator.get(`/api/mediation/steps?nodeId=${env.nodes.community11.id}`)).body.steps;
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const s of steps.slice(0, 3)) {
      const h = await mediator.post(`/api/mediation/cases/${caseId}/hearings`, {
        heldAt: new Date().toISOString(),
        place: '福山社区人民调解室',
        stepCode: s.code,
        attendees: '调解员、党员代表、楼长、双方当事人',
        minutes: `${s.name}：双方陈述意见`,
      });
      expect(h.status, h.raw).toBe(200);
    }
    let c = await detail();
    expect(c).toMatchObject({ state: 'mediating', stepCode: steps[2].code, actions: ['agree', 'fail'] });
    expect(c.hearings).toHaveLength(3);
    const noText = await mediator.post(`/api/mediation/cases/${caseId}/transitions`, {
      action: 'agree',
      version: c.version,
    });
    expect(noText.status).toBe(422);
    const agree = await mediator.post(`/api/mediation/cases/${caseId}/transitions`, {
      action: 'agree',
      version: c.version,
      agreement: {
        text: '一、501业主负责维修防水层；二、赔偿401业主装修损失3000元。',
        performance: '2026年12月31日前履行完毕',
        signedOn: `${year}-11-20`,
      },
    });
    expect(agree.body.state).toBe('agreed');
    const html = await mediator.get(`/api/mediation/cases/${caseId}/agreement.html`);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.raw).toContain('人民调解协议书');
    expect(html.raw).toContain('李晓明'); // the mediator prints the full names (audited)
    const masked = await street.get(`/api/mediation/cases/${caseId}/agreement.html`);
    expect(masked.raw).toContain('李*明');
    expect(masked.raw).not.toContain('李晓明');
    c = await detail();
    const refer = await mediator.post(`/api/mediation/cases/${caseId}/transitions`, {
      action: 'refer_confirmation',
      version: c.version,
      toName: '福田区人民法院（在线司法确认）',
    });
    expect(refer.body.state).toBe('confirming');
    c = await detail();
    const stale = await mediator.post(`/api/mediation/cases/${caseId}/transitions`, {
      action: 'confirmed',
      version: 1,
    });
    expect(stale.status).toBe(409);
    const done = await mediator.post(`/api/mediation/cases/${caseId}/transitions`, {
      action: 'confirmed',
      version: c.version,
      note: '裁定确认协议有效',
    });
    expect(done.body).toEqual({ state: 'closed', result: 'settled' });
    c = await detail();
    expect(c.referrals[0]).toMatchObject({ kind: 'judicial_confirmation', outcome: 'confirmed' });
    expect(c.history.map((h: { action: string }) => h.action)).toEqual([
      'assign',
      'hear',
      'hear',
      'hear',
      'agree',
      'refer_confirmation',
      'confirmed',
    ]);
  });

  it('a walk-in not settled goes to 诉调对接, with a 心访 referral on the way', async () => {
    const w = await mediator.post('/api/mediation/cases', {
      nodeId: env.nodes.community11.id,
      source: 'walk_in',
      category: 'labour',
      title: '装修工人讨薪',
      summary: '装修公司拖欠工人工资 2 万元',
      roomId,
      parties: [{ role: 'applicant', name: '赵大海', phone: '13700137000' }],
    });
    expect(w.status, w.raw).toBe(200);
    const id = w.body.id;
    const get = async () => (await mediator.get(`/api/mediation/cases/${id}`)).body;
    expect((await get()).state).toBe('assigned'); // received in their own room: theirs at once
    await mediator.post(`/api/mediation/cases/${id}/hearings`, {
      heldAt: new Date().toISOString(),
      place: '调解室',
      attendees: '双方',
      minutes: '分歧较大',
    });
    expect(
      (
        await mediator.post(`/api/mediation/cases/${id}/psych`, {
          toName: '福田区心访工作室',
          note: '申请人情绪激动',
        })
      ).status,
    ).toBe(200);
    expect(
      (await mediator.post(`/api/mediation/cases/${id}/psych/outcome`, { outcome: 'done', note: '已疏导' }))
        .status,
    ).toBe(200);
    let c = await get();
    expect(
      (await mediator.post(`/api/mediation/cases/${id}/transitions`, { action: 'fail', version: c.version }))
        .status,
    ).toBe(422);
    await mediator.post(`/api/mediation/cases/${id}/transitions`, {
      action: 'fail',
      version: c.version,
      note: '对方拒不到场',
    });
    c = await get();
    await mediator.post(`/api/mediation/cases/${id}/transitions`, {
      action: 'refer_court',
      version: c.version,
      toName: '福田区人民法院诉调对接中心',
    });
    c = await get();
    const r = await mediator.post(`/api/mediation/cases/${id}/transitions`, {
      action: 'court_unsettled',
      version: c.version,
      note: '转入诉讼',
    });
    expect(r.body).toEqual({ state: 'closed', result: 'unsettled' });
  });

  it('Futian: the settlement rate and the share settled in people’s mediation rooms per node and per room (seed 003)', async () => {
    const f = await street.get(`/api/mediation/figures?nodeId=${env.nodes.street1.id}&year=${year}`);
    expect(f.body).toMatchObject({
      received: 2,
      concluded: 2,
      settled: 1,
      rate: 0.5,
      inRoomsShare: 1,
      confirmed: 1,
      psychological: 1,
    });
    expect(f.body.rooms[0]).toMatchObject({
      name: '福山社区人民调解室',
      concluded: 2,
      settled: 1,
      rate: 0.5,
    });
    const dash = await street.get(`/api/home/stats?nodeId=${env.nodes.street1.id}&year=${year}`);
    const stats = Object.fromEntries(
      (dash.body.stats ?? dash.body).map((s: { key: string; value: number }) => [s.key, s.value]),
    );
    expect(stats['mediation.settlement_rate']).toBe(50);
    expect(stats['mediation.in_rooms_share']).toBe(100);
    const x = await officer.get(`/api/mediation/export?year=${year}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].rowCount).toBe(3);
    expect(JSON.stringify(wb.worksheets[0].getSheetValues())).toContain('李*明');
    expect(JSON.stringify(wb.worksheets[0].getSheetValues())).not.toContain('李晓明');
  });
});

describe('the district’s figures', () => {
  it('are its streets’ together, on the figures page and the dashboard', async () => {
    const zzb = await env.as('org_officer', 'district');
    const of = async (k: 'district' | 'street1' | 'street2') =>
      (await zzb.get(`/api/mediation/figures?nodeId=${env.nodes[k].id}&year=${year}`)).body;
    const d = await of('district');
    const [s1, s2] = [await of('street1'), await of('street2')];
    expect(d.received).toBeGreaterThan(0);
    for (const k of ['received', 'concluded', 'settled', 'confirmed', 'psychological'])
      expect(d[k]).toBe(s1[k] + s2[k]);
    const dash = await zzb.get(`/api/home/stats?nodeId=${env.nodes.district.id}&year=${year}`);
    const stats = Object.fromEntries(
      (dash.body.stats ?? dash.body).map((s: { key: string; value: number }) => [s.key, s.value]),
    );
    expect(stats['mediation.received']).toBe(d.received);
    expect(stats['mediation.settled']).toBe(d.settled);
  });
});

describe('who may (one case per role)', () => {
  it.each([
    ['org_officer', 'district', 200, 200, 403],
    ['street_officer', 'street1', 200, 200, 200],
    ['community_officer', 'community11', 200, 200, 200],
    ['community_officer', 'community21', 200, 404, 404],
    ['mediator', 'community11', 200, 404, 403],
    ['property_staff', 'community11', 403, 403, 403],
    ['resident', 'community11', 403, 403, 403],
    ['grid_worker', 'grid111', 403, 403, 403],
  ] as const)('%s on %s: list %d, the case %d, set up a room %d', async (role, node, list, one, room) => {
    const c = await env.as(role, node);
    expect((await c.get('/api/mediation/cases')).status).toBe(list);
    expect((await c.get(`/api/mediation/cases/${caseId}`)).status).toBe(one);
    const r = await c.post('/api/mediation/rooms', {
      nodeId: env.nodes.community11.id,
      name: `调解室${role}${node}`,
    });
    expect(r.status).toBe(room);
  });
});

describe('the district’s 党群调解331 steps', () => {
  const steps = [
    { code: 'listen', name: '三方联合接访', hint: '党员、群众代表、调解员共同接访' },
    { code: 'check', name: '三方联合调查', hint: '' },
    { code: 'talk', name: '三方联合说和', hint: '' },
    { code: 'visit', name: '一跟踪回访', hint: '协议履行后一个月内回访' },
  ];

  it('the district’s organisation department sets them; cases then hear by them; they go to Excel', async () => {
    const zzb = await env.as('org_officer', 'district');
    expect((await zzb.get(`/api/mediation/steps?nodeId=${env.nodes.district.id}`)).body.can.edit).toBe(true);
    expect((await officer.get(`/api/mediation/steps?nodeId=${env.nodes.community11.id}`)).body.can.edit).toBe(
      false,
    );
    const dup = await zzb.put('/api/mediation/steps', {
      nodeId: env.nodes.district.id,
      steps: [steps[0], steps[0]],
    });
    expect(dup.status).toBe(422);
    expect(dup.body.errors[0].field).toBe('steps.1.code');
    const set = await zzb.put('/api/mediation/steps', { nodeId: env.nodes.district.id, steps });
    expect(set.status).toBe(200);
    const seen = await mediator.get(`/api/mediation/steps?nodeId=${env.nodes.community11.id}`);
    expect(seen.body.steps.map((s: { code: string }) => s.code)).toEqual([
      'listen',
      'check',
      'talk',
      'visit',
    ]);
    const x = await officer.get(`/api/mediation/export?what=steps&nodeId=${env.nodes.community11.id}`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect([ws.rowCount, ws.getRow(5).getCell(2).value, ws.getRow(5).getCell(3).value]).toEqual([
      5,
      '一跟踪回访',
      '协议履行后一个月内回访',
    ]);
    expect((await mediator.get('/api/mediation/export?what=steps')).status).toBe(403);
  });

  it.each([
    ['org_officer', 'district', 200],
    ['street_officer', 'street1', 404],
    ['community_officer', 'community11', 404],
    ['mediator', 'community11', 403],
    ['resident', 'community11', 403],
  ] as const)('%s on %s sets the district’s steps: %d', async (role, node, status) => {
    const c = await env.as(role, node);
    const r = await c.put('/api/mediation/steps', { nodeId: env.nodes[node].id, steps });
    expect(r.status).toBe(status);
  });
});
