/**
 * 一老一小 through HTTP: a station with its 15-minute circle and the grids within reach, a resident's
 * service ticket from request to assignment, done and rating; to-dos, figures, masking, exports and
 * one authorisation case per role.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let officer: Client;
let outsider: Client;
let street: Client;
let socialOrg: Client;
let resident: Client;
let neighbour: Client; // a resident of 水围社区
let gridWorker: Client;
let deputy: Client;
const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
// a square grid about 220 m across whose centre is ~600 m north of the station
const square = (lat: number, lng: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng + 0.002, lat],
      [lng + 0.002, lat + 0.002],
      [lng, lat + 0.002],
      [lng, lat],
    ],
  ],
});
const ST = { lat: 22.54, lng: 114.05 };

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  outsider = await env.as('community_officer', 'community12');
  street = await env.as('street_officer', 'street1');
  socialOrg = await env.as('social_org', 'community11');
  resident = await env.as('resident', 'community11');
  neighbour = await env.as('resident', 'community12');
  gridWorker = await env.as('grid_worker', 'grid111');
  deputy = await env.as('deputy', 'community11');
  const g = await officer.put(`/api/grid/grids/${env.nodes.grid111.id}/outline`, {
    geojson: square(ST.lat + 0.0044, ST.lng - 0.001),
    version: 0,
  });
  expect(g.status).toBe(200);
});
afterAll(() => env.close());

describe('stations and the 15-minute circle (seed 001)', () => {
  let stationId: string;

  it('Haichuang: 建成社区婴幼儿照护服务站 … 形成“15分钟照护圈”: the community sets up a station; its circle and the grids within it show (seed 001)', async () => {
    const body = {
      nodeId: env.nodes.community11.id,
      kind: 'infant',
      name: '福山社区婴幼儿照护服务站',
      address: '福山花园1栋首层',
      ...ST,
      services: ['临时托育', '育儿指导'],
      openingHours: '周一至周五 8:00-18:00',
    };
    expect((await resident.post('/api/eldercare/stations', body)).status).toBe(403);
    expect((await socialOrg.post('/api/eldercare/stations', body)).status).toBe(403);
    expect((await outsider.post('/api/eldercare/stations', body)).status).toBe(404);
    expect(
      (await officer.post('/api/eldercare/stations', { ...body, nodeId: env.nodes.grid111.id })).status,
    ).toBe(422);
    const r = await officer.post('/api/eldercare/stations', body);
    expect(r.status).toBe(200);
    stationId = r.body.id;
    const list = await resident.get('/api/eldercare/stations');
    expect(list.body[0]).toMatchObject({ minutes: 15, radius: 1200, can: { manage: false, request: true } });
    expect(list.body[0].circle.type).toBe('Polygon');
    expect((await neighbour.get('/api/eldercare/stations')).body).toEqual([]);
    const reach = await officer.get(`/api/eldercare/stations/${stationId}/reach`);
    expect(reach.body).toMatchObject({ radius: 1200, within: 1, mapped: 1 });
    expect(reach.body.grids[0].distance).toBeGreaterThan(500);
    expect(reach.body.grids[0].distance).toBeLessThan(700);
    // a 5-minute circle (400 m) no longer reaches the grid
    const p = await officer.patch(`/api/eldercare/stations/${stationId}`, { minutes: 5, version: 1 });
    expect(p.status).toBe(200);
    expect((await officer.get(`/api/eldercare/stations/${stationId}/reach`)).body).toMatchObject({
      radius: 400,
      within: 0,
    });
    await officer.patch(`/api/eldercare/stations/${stationId}`, { minutes: 15, version: 2 });
    expect(
      (await officer.patch(`/api/eldercare/stations/${stationId}`, { minutes: 15, version: 2 })).status,
    ).toBe(409);
  });

  it('seed 001 形成“15分钟照护圈”: households within the circle are those registered in the grids within it (a grid-level approximation, stated)', async () => {
    for (const [room, node] of [
      ['101', 'micro1111'],
      ['102', 'micro1111'],
      ['201', 'grid111'],
    ] as const) {
      const h = await gridWorker.post('/api/grid/registers/housing', {
        nodeId: env.nodes[node].id,
        attrs: { building: '福山花园2栋', unit: '1', room, occupancy: 'owner' },
      });
      expect(h.status, h.raw).toBe(200);
    }
    const reach = (await officer.get(`/api/eldercare/stations/${stationId}/reach`)).body;
    expect(reach).toMatchObject({ within: 1, households: 3 });
    expect(reach.grids[0]).toMatchObject({ within: true, households: 3 });
    expect(reach.householdsDefinition).toContain('按网格近似');
    // a 5-minute circle leaves the grid, and its households, outside
    const cur = (await officer.get('/api/eldercare/stations')).body.find((x: any) => x.id === stationId);
    await officer.patch(`/api/eldercare/stations/${stationId}`, { minutes: 5, version: cur.version });
    expect((await officer.get(`/api/eldercare/stations/${stationId}/reach`)).body).toMatchObject({
      within: 0,
      households: 0,
    });
    await officer.patch(`/api/eldercare/stations/${stationId}`, { minutes: 15, version: cur.version + 1 });
    // a resident reads the circle but not the register: no count, not a wrong one
    expect((await resident.get(`/api/eldercare/stations/${stationId}/reach`)).body.households).toBeNull();
  });

  describe('服务工单 (seed 001)', () => {
    let ticketId: string;

    it('Haichuang: 设置“服务工单”: a resident asks for a service (a phone may send it twice); the community is told; name and phone go out masked (seed 001)', async () => {
      const body = {
        stationId,
        service: '临时托育',
        description: '周三下午需要临时托育2小时',
        contactName: '林晓峰',
        phone: '13800138000',
      };
      expect((await officer.post('/api/eldercare/tickets', body)).status).toBe(403);
      expect((await neighbour.post('/api/eldercare/tickets', body)).status).toBe(404);
      expect((await resident.post('/api/eldercare/tickets', { ...body, phone: '123' })).status).toBe(422);
      const key = { 'idempotency-key': 'ticket-00000001' };
      const a = await resident.post('/api/eldercare/tickets', body, key);
      const b = await resident.post('/api/eldercare/tickets', body, key);
      expect(a.status).toBe(200);
      expect(b.body.id).toBe(a.body.id);
      expect(a.body.number).toMatch(/^GD\d{8}[0-9A-F]{6}$/);
      ticketId = a.body.id;
      const notices = await env.db
        .selectFrom('notify_notifications')
        .select('title')
        .where('kind', '=', 'eldercare.new')
        .execute();
      expect(notices).toHaveLength(1);
      const list = await officer.get('/api/eldercare/tickets');
      expect(list.body).toHaveLength(1);
      expect(list.body[0]).toMatchObject({
        state: 'requested',
        requesterName: '林*峰',
        phone: '138****8000',
        actions: ['assign', 'cancel'],
      });
      expect(JSON.stringify(list.body)).not.toContain('13800138000');
      expect((await resident.get('/api/eldercare/tickets')).body[0].actions).toEqual(['cancel']);
      expect((await neighbour.get('/api/eldercare/tickets')).body).toEqual([]);
      expect((await gridWorker.get('/api/eldercare/tickets')).body).toEqual([]);
      expect((await deputy.get('/api/eldercare/tickets')).status).toBe(403);
      const todos = await officer.get('/api/home/todos');
      expect(todos.body.find((x: { key: string }) => x.key === 'eldercare.to_assign')).toMatchObject({
        count: 1,
      });
    });

    it('Haichuang: the community assigns it to the social organisation, which serves it; the resident rates it (seed 001)', async () => {
      expect(
        (
          await resident.post(`/api/eldercare/tickets/${ticketId}/moves`, {
            action: 'assign',
            assigneeName: 'x',
            version: 1,
          })
        ).status,
      ).toBe(403);
      expect(
        (await officer.post(`/api/eldercare/tickets/${ticketId}/moves`, { action: 'assign', version: 1 }))
          .status,
      ).toBe(422);
      expect(
        (
          await outsider.post(`/api/eldercare/tickets/${ticketId}/moves`, {
            action: 'assign',
            assigneeName: 'x',
            version: 1,
          })
        ).status,
      ).toBe(404);
      const a = await officer.post(`/api/eldercare/tickets/${ticketId}/moves`, {
        action: 'assign',
        assigneeName: '福田社工服务中心 王老师',
        assigneeUserId: socialOrg.userId,
        version: 1,
      });
      expect(a.body).toMatchObject({ state: 'assigned', assigneeName: '福田社工服务中心 王老师' });
      const serveTodo = await socialOrg.get('/api/home/todos');
      expect(serveTodo.body.find((x: { key: string }) => x.key === 'eldercare.to_serve')).toMatchObject({
        count: 1,
      });
      expect(
        (
          await resident.post(`/api/eldercare/tickets/${ticketId}/moves`, {
            action: 'rate',
            rating: 5,
            version: 2,
          })
        ).status,
      ).toBe(409);
      const done = await socialOrg.post(`/api/eldercare/tickets/${ticketId}/moves`, {
        action: 'complete',
        note: '已完成托育2小时',
        version: 2,
      });
      expect(done.body).toMatchObject({ state: 'done', actions: [] });
      const rateTodo = await resident.get('/api/home/todos');
      expect(rateTodo.body.find((x: { key: string }) => x.key === 'eldercare.to_rate')).toMatchObject({
        count: 1,
      });
      expect(
        (
          await officer.post(`/api/eldercare/tickets/${ticketId}/moves`, {
            action: 'rate',
            rating: 5,
            version: 3,
          })
        ).status,
      ).toBe(403);
      expect(
        (await resident.post(`/api/eldercare/tickets/${ticketId}/moves`, { action: 'rate', version: 3 }))
          .status,
      ).toBe(422);
      const rated = await resident.post(`/api/eldercare/tickets/${ticketId}/moves`, {
        action: 'rate',
        rating: 5,
        note: '很贴心',
        version: 3,
      });
      expect(rated.body).toMatchObject({ state: 'rated', rating: 5 });
      const n = await env.db
        .selectFrom('notify_notifications')
        .select('kind')
        .where('user_id', '=', resident.userId)
        .execute();
      expect(n.map((x) => x.kind).sort()).toEqual(['eldercare.assigned', 'eldercare.done']);
    });

    it("Haichuang: the dashboard shows stations, tickets, rates and the circle's coverage; the register exports masked (seed 001)", async () => {
      const r = await street.get(`/api/home/stats?nodeId=${env.nodes.community11.id}&year=${year}`);
      const v = (k: string) =>
        (r.body as { key: string; value: number | null }[]).find((s) => s.key === `eldercare.${k}`)?.value;
      expect(v('infant_stations')).toBe(1);
      expect(v('elderly_stations')).toBe(0);
      expect(v('tickets')).toBe(1);
      expect(v('done_rate')).toBe(100);
      expect(v('good_rate')).toBe(100);
      expect(v('circle_coverage')).toBe(100);
      expect((await resident.get('/api/eldercare/tickets/export')).status).toBe(403);
      const x = await street.get('/api/eldercare/tickets/export');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(x.rawPayload as never);
      const row = wb.worksheets[0].getRow(2);
      expect(row.getCell(6).value).toBe('林*峰');
      expect(row.getCell(7).value).toBe('138****8000');
      expect(row.getCell(10).value).toBe(5);
      const st = await officer.get('/api/eldercare/stations/export');
      expect(st.status).toBe(200);
    });
  });
});
