/**
 * The rooms 调解室 and the mediators roster 人民调解员名册 in Excel through HTTP: who may export, the
 * rows are the rooms list's for the actor (another street's rooms absent), a seated mediator is on the
 * roster with their account, this year's cases per room, Chinese headers (English on request), audited.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let officer: Client; // 福山社区 (street1)
let mediator: Client;
let other: Client; // community officer of 竹林社区 (street2)
const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

const sheets = async (payload: unknown) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as ArrayBuffer);
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    rows: ws.getSheetValues().filter(Boolean) as unknown as (string | number)[][],
  }));
};
const cells = (row: (string | number)[]) => row.slice(1); // ExcelJS rows are 1-based

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  mediator = await env.as('mediator', 'community11', { username: 'roster_he' });
  other = await env.as('community_officer', 'community21');
  const room = await officer.post('/api/mediation/rooms', {
    nodeId: env.nodes.community11.id,
    name: '福山社区人民调解室',
    kind: 'people',
    address: '福山花园1栋',
  });
  expect(room.status, room.raw).toBe(200);
  const seat = await officer.post(`/api/mediation/rooms/${room.body.id}/mediators`, {
    username: 'roster_he',
  });
  expect(seat.status, seat.raw).toBe(200);
  const theirs = await other.post('/api/mediation/rooms', {
    nodeId: env.nodes.community21.id,
    name: '竹林社区人民调解室',
    kind: 'people',
  });
  expect(theirs.status).toBe(200);
  const c = await officer.post('/api/mediation/cases', {
    nodeId: env.nodes.community11.id,
    source: 'walk_in',
    category: 'neighbour',
    title: '噪音纠纷',
    summary: '楼上装修噪音',
    roomId: room.body.id,
  });
  expect(c.status, c.raw).toBe(200);
  // a second case of the room, concluded as settled this year (its steps are the routes test's)
  const d = await officer.post('/api/mediation/cases', {
    nodeId: env.nodes.community11.id,
    source: 'walk_in',
    category: 'property',
    title: '物业费纠纷',
    summary: '物业费争议',
    roomId: room.body.id,
  });
  await env.db
    .updateTable('mediation_cases')
    .set({ state: 'closed', result: 'settled', concluded_at: new Date() })
    .where('id', '=', d.body.id)
    .execute();
});
afterAll(() => env.close());

describe('GET /api/mediation/rooms/export', () => {
  it('the rooms sheet is the rooms list of the actor; the roster names the seated mediator', async () => {
    const list = await officer.get('/api/mediation/rooms');
    const x = await officer.get('/api/mediation/rooms/export');
    expect(x.status).toBe(200);
    expect(String(x.headers['content-type'])).toContain('spreadsheetml');
    const [rooms, roster] = await sheets(x.rawPayload);
    expect([rooms.name, roster.name]).toEqual(['调解室', '调解员名册']);
    expect(cells(rooms.rows[0])).toEqual([
      '所属区域',
      '调解室名称',
      '类型',
      '地址',
      '调解员人数',
      `${year} 年受理`,
      `${year} 年调解成功`,
    ]);
    const body = rooms.rows.slice(1).map(cells);
    expect(body.map((r) => r[1])).toEqual(list.body.map((r: { name: string }) => r.name));
    expect(body.map((r) => r[1])).not.toContain('竹林社区人民调解室');
    expect(body[0].slice(1)).toEqual(['福山社区人民调解室', '人民调解室', '福山花园1栋', 1, 2, 1]);
    expect(String(body[0][0])).toMatch(/ \/ .+$/); // the names along the path, down to the community
    expect(cells(roster.rows[0])).toEqual(['所属区域', '调解室名称', '调解员', '账号', '入驻日期']);
    const seats = roster.rows.slice(1).map(cells);
    expect(seats).toHaveLength(1);
    expect(seats[0].slice(1, 4)).toEqual([
      '福山社区人民调解室',
      mediator.ctx.actor!.displayName,
      'roster_he',
    ]);
    expect(String(seats[0][4])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('another street sees only its own room', async () => {
    const x = await other.get('/api/mediation/rooms/export');
    const [rooms, roster] = await sheets(x.rawPayload);
    expect(rooms.rows.slice(1).map((r) => r[2])).toEqual(['竹林社区人民调解室']);
    expect(roster.rows).toHaveLength(1);
  });

  it('headers in English with lang=en-US', async () => {
    const x = await officer.get('/api/mediation/rooms/export?lang=en-US');
    const [rooms, roster] = await sheets(x.rawPayload);
    expect([rooms.name, roster.name]).toEqual(['Rooms', 'Mediators']);
    expect(cells(roster.rows[0])).toEqual(['Area', 'Room', 'Mediator', 'Username', 'Seated since']);
    expect(rooms.rows[1][3]).toBe('People’s mediation room');
  });

  it('is audited with what and how many rows', async () => {
    await other.get('/api/mediation/rooms/export');
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'object_type', 'detail'])
      .where('actor_user_id', '=', other.userId)
      .where('action', '=', 'mediation.export')
      .execute();
    expect(audit.at(-1)).toMatchObject({
      object_type: 'mediation_room',
      detail: { what: 'rooms', rooms: 1, mediators: 0 },
    });
  });

  it.each([
    ['org_officer', 'district', 200],
    ['street_officer', 'street1', 200],
    ['community_officer', 'community11', 200],
    // the roster names mediators' accounts: for the officers who export, not for the mediators
    ['mediator', 'community11', 403],
    ['property_staff', 'community11', 403],
    ['resident', 'community11', 403],
    ['grid_worker', 'grid111', 403],
  ] as const)('%s on %s: %d', async (role, node, status) => {
    const c = await env.as(role, node);
    const x = await c.get('/api/mediation/rooms/export');
    expect(x.status).toBe(status);
    if (status === 200) expect(String(x.headers['content-type'])).toContain('spreadsheetml');
  });

  it('a node outside the actor’s reach answers 404', async () => {
    expect((await other.get(`/api/mediation/rooms/export?nodeId=${env.nodes.community11.id}`)).status).toBe(
      404,
    );
  });
});
