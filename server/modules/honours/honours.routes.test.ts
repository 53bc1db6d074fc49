/**
 * Honours through HTTP: the district sets up 福田居民美德奖, a resident and an officer nominate, the
 * street reviews and publishes, the community's public honours page lists the winner; to-dos,
 * figures, export, and one authorisation case per role.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let district: Client;
let street: Client;
let street2: Client;
let officer: Client;
let resident: Client;
let gridWorker: Client;
let socialOrg: Client;
const year = 2026;

beforeAll(async () => {
  env = await createTestEnv();
  district = await env.as('org_officer', 'district');
  street = await env.as('street_officer', 'street1');
  street2 = await env.as('street_officer', 'street2');
  officer = await env.as('community_officer', 'community11');
  resident = await env.as('resident', 'community11');
  gridWorker = await env.as('grid_worker', 'grid111');
  socialOrg = await env.as('social_org', 'community11');
});
afterAll(() => env.close());

describe('福田居民美德奖 (seed 003)', () => {
  let awardId: string;
  let byResident: string;
  let byOfficer: string;

  it('Futian: 连续多年颁发“福田居民美德奖”: the district sets up the award with its five categories; no one else may (seed 003)', async () => {
    const body = { nodeId: env.nodes.community11.id, name: '福田居民美德奖' };
    expect((await street.post('/api/honours/awards', body)).status).toBe(403);
    const r = await district.post('/api/honours/awards', body);
    expect(r.status).toBe(200);
    awardId = r.body.id;
    expect((await district.post('/api/honours/awards', body)).status).toBe(422);
    const list = await resident.get(`/api/honours/awards?nodeId=${env.nodes.community11.id}`);
    expect(list.body.awards[0].categories).toEqual([
      '见义勇为',
      '助人为乐',
      '诚实守信',
      '敬业奉献',
      '孝老爱亲',
    ]);
    expect(list.body.can.configure).toBe(false);
  });

  it('Futian: 评选奖励…道德模范和先进典型: residents and officers nominate in their community (seed 003)', async () => {
    const body = {
      awardId,
      nodeId: env.nodes.community11.id,
      year,
      nomineeName: '张秀英',
      category: '孝老爱亲',
      deeds: '照顾瘫痪婆婆二十年如一日',
    };
    expect((await socialOrg.post('/api/honours/nominations', body)).status).toBe(403);
    expect(
      (await resident.post('/api/honours/nominations', { ...body, nodeId: env.nodes.community12.id })).status,
    ).toBe(404);
    expect((await resident.post('/api/honours/nominations', { ...body, category: '最美司机' })).status).toBe(
      422,
    );
    const a = await resident.post('/api/honours/nominations', body);
    expect(a.status).toBe(200);
    byResident = a.body.id;
    const b = await officer.post('/api/honours/nominations', {
      ...body,
      nomineeName: '李建华',
      category: '见义勇为',
      deeds: '勇救落水儿童',
    });
    byOfficer = b.body.id;
    const mine = await resident.get('/api/honours/nominations');
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({ nominatorKind: 'resident', state: 'nominated', actions: [] });
    const desk = await street.get('/api/honours/nominations');
    expect(desk.body).toHaveLength(2);
    expect(desk.body.find((x: { id: string }) => x.id === byOfficer).nominatorKind).toBe('officer');
    expect(desk.body[0].actions).toEqual(['approve', 'reject']);
    const todos = await street.get('/api/home/todos');
    expect(todos.body.find((x: { key: string }) => x.key === 'honours.to_review')).toMatchObject({
      count: 2,
    });
  });

  it('Futian: the street reviews and publishes; the nominator is told; the public page lists the winner (seed 003)', async () => {
    const url = (id: string) => `/api/honours/nominations/${id}/review`;
    expect((await officer.post(url(byResident), { action: 'approve', version: 1 })).status).toBe(403);
    expect((await street2.post(url(byResident), { action: 'approve', version: 1 })).status).toBe(404);
    expect((await street.post(url(byResident), { action: 'publish', version: 1 })).status).toBe(409);
    expect((await street.post(url(byOfficer), { action: 'reject', version: 1 })).status).toBe(422);
    await street.post(url(byOfficer), { action: 'reject', note: '事迹待核实', version: 1 });
    const ok = await street.post(url(byResident), { action: 'approve', note: '事迹属实', version: 1 });
    expect(ok.body).toMatchObject({ state: 'approved', actions: ['reject', 'publish'] });
    expect((await street.post(url(byResident), { action: 'publish', version: 1 })).status).toBe(409);
    const pub = await street.post(url(byResident), { action: 'publish', version: 2 });
    expect(pub.body.state).toBe('published');
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('user_id', '=', resident.userId)
      .where('kind', '=', 'honours.review')
      .execute();
    expect(told).toHaveLength(2);
    const page = await env.anon().get(`/api/public/honours/${env.nodes.community11.id}?year=${year}`);
    expect(page.status).toBe(200);
    expect(page.body.entries).toEqual([
      expect.objectContaining({ source: 'award', title: '福田居民美德奖·孝老爱亲', name: '张秀英' }),
    ]);
    expect((await env.anon().get(`/api/public/honours/${env.nodes.grid111.id}`)).status).toBe(404);
    const board = await gridWorker.get(`/api/honours/board/${env.nodes.grid111.id}?year=${year}`);
    expect(board.body.entries).toEqual([]);
    expect((await gridWorker.get(`/api/honours/board/${env.nodes.community12.id}`)).status).toBe(404);
  });

  it('Futian: the dashboard counts nominations and winners; the register exports (seed 003)', async () => {
    const r = await street.get(`/api/home/stats?nodeId=${env.nodes.street1.id}&year=${year}`);
    const v = (k: string) =>
      (r.body as { key: string; value: number }[]).find((s) => s.key === `honours.${k}`)?.value;
    expect(v('nominations')).toBe(2);
    expect(v('awarded')).toBe(1);
    expect((await resident.get('/api/honours/export')).status).toBe(403);
    const x = await officer.get(`/api/honours/export?year=${year}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const names = (wb.worksheets[0].getSheetValues().slice(2) as unknown[][]).map((row) => row[4]);
    expect(names.sort()).toEqual(['张秀英', '李建华']);
  });
});
