import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { uuidv7 } from '../../platform/ids.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { outlineGrid111 } from '../../testing/grid.ts';

let env: TestEnv;
let worker: Client;
let community: Client;
let street: Client;
let dept: Client;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  env = await createTestEnv();
  worker = await env.as('grid_worker', 'grid111');
  community = await env.as('community_officer', 'community11');
  street = await env.as('street_officer', 'street1');
  dept = await env.as('dept_officer', 'dept');
  // the grid's outline, so a resident's point finds its grid
  const o = await outlineGrid111(env, community);
  expect(o.status, o.raw).toBe(200);
});
afterAll(() => env.close());

const report = async (c: Client = worker, extra: Record<string, unknown> = {}) => {
  const res = await c.post('/api/events', {
    id: uuidv7(),
    nodeId: env.nodes.grid111.id,
    category: 'sanitation',
    title: '垃圾桶满溢',
    description: '福山花园门口垃圾桶三天未清运',
    address: '福山花园东门',
    position: { lat: 22.5451, lng: 114.0551 },
    ...extra,
  });
  expect(res.status, res.raw).toBe(200);
  return res.body;
};
const move = async (c: Client, id: string, body: Record<string, unknown>) => {
  const cur = await c.get(`/api/events/${id}`);
  return c.post(`/api/events/${id}/transitions`, { version: cur.body.version, ...body });
};
const inbox = async (c: Client) =>
  (await c.get('/api/notify/inbox?limit=50')).body as { title: string; link: string }[];
let shade = 0;
/** A small JPEG, a different one each time (the same bytes on one event are stored once). */
const jpeg = () =>
  sharp({
    create: { width: 4, height: 4, channels: 3, background: { r: 40, g: (++shade * 47) % 256, b: 90 } },
  })
    .jpeg()
    .toBuffer();
const upload = async (c: Client, id: string) => {
  const res = await c.upload(`/api/events/${id}/photos`, await jpeg(), 'after.jpg', 'image/jpeg');
  expect(res.status, res.raw).toBe(200);
  return res.body.id as string;
};

describe('dispatch by street and community officers (issue 16 #2) and notifications (#8)', () => {
  it('a street or community officer lists the district departments for an event they manage; a department is notified of the dispatch', async () => {
    const e = await report();
    for (const c of [street, community]) {
      const res = await c.get(`/api/events/${e.id}/departments`);
      expect(res.status, res.raw).toBe(200);
      expect(res.body).toEqual([{ id: env.nodes.dept.id, name: '区住房和建设局' }]);
    }
    const other = await env.as('street_officer', 'street2');
    expect((await other.get(`/api/events/${e.id}/departments`)).status).toBe(404);
    expect((await worker.get(`/api/events/${e.id}/departments`)).status).toBe(403);

    expect((await move(street, e.id, { action: 'receive' })).status).toBe(200);
    const sent = await move(street, e.id, { action: 'dispatch', departmentId: env.nodes.dept.id });
    expect(sent.status, sent.raw).toBe(200);
    const deptInbox = await inbox(dept);
    expect(deptInbox.find((n) => n.link === `/events/${e.id}`)?.title).toBe(`事件 ${e.number}：已派遣`);
    const mine = (await inbox(worker)).filter((n) => n.link === `/events/${e.id}`).map((n) => n.title);
    expect(mine).toEqual(expect.arrayContaining([`事件 ${e.number}：已受理`, `事件 ${e.number}：已派遣`]));

    // the department reads and handles its event without any grid permission; the reporter hears of it
    expect((await dept.get(`/api/events/${e.id}`)).status).toBe(200);
    expect((await dept.get(`/api/events?state=dispatched`)).body.items.map((x: any) => x.id)).toContain(e.id);
    expect(
      (await dept.get(`/api/events/dashboard?departmentId=${env.nodes.dept.id}&from=${today}&to=${today}`))
        .status,
    ).toBe(200);
    expect((await move(dept, e.id, { action: 'accept' })).status).toBe(200);
    expect((await move(dept, e.id, { action: 'handle', note: '已清运' })).status).toBe(200);
    expect((await inbox(worker)).map((n) => n.title)).toContain(`事件 ${e.number}：已处置`);
  });

  it('a timer turning yellow or red tells the department and the reporter once', async () => {
    const e = await report(worker, { category: 'fire_hazard', level: 3 });
    await move(community, e.id, { action: 'receive' });
    await move(community, e.id, { action: 'dispatch', departmentId: env.nodes.dept.id });
    const later = new Date(Date.now() + 2 * 86400_000);
    const first = await env.services.events.notifyTimers(later);
    expect(first).toBeGreaterThanOrEqual(2);
    expect(await env.services.events.notifyTimers(later)).toBe(0);
    expect((await inbox(dept)).map((n) => n.title)).toContain(`事件 ${e.number} 已超时`);
    expect((await inbox(worker)).map((n) => n.title)).toContain(`事件 ${e.number} 已超时`);
  });
});

describe('event numbers (issue 16 #5)', () => {
  it('numbers each district day gaplessly, shows it, finds by it, and merge accepts it', async () => {
    const a = await report();
    const b = await report();
    expect(a.number).toMatch(/^福田-\d{8}-\d{4}$/);
    const seq = (n: string) => Number(n.split('-')[2]);
    expect(seq(b.number)).toBe(seq(a.number) + 1);
    expect(a.number.split('-')[1]).toBe(today.replaceAll('-', ''));
    const found = await community.get(`/api/events?q=${encodeURIComponent(a.number)}`);
    expect(found.body.items.map((x: any) => x.id)).toEqual([a.id]);
    const bad = await move(community, b.id, { action: 'merge', duplicateOf: '福田-19990101-0001' });
    expect(bad.status).toBe(422);
    const wrongDistrict = await move(community, b.id, {
      action: 'merge',
      duplicateOf: a.number.replace('福田', '罗湖'),
    });
    expect(wrongDistrict.status).toBe(422);
    const merged = await move(community, b.id, { action: 'merge', duplicateOf: a.number });
    expect(merged.status, merged.raw).toBe(200);
    expect(merged.body).toMatchObject({ state: 'merged', duplicateOf: a.id });
    // a report in another district starts its own series
    const luohu = await env.as('community_officer', 'community31');
    const c = await report(luohu, { nodeId: env.nodes.community31.id });
    expect(c.number).toMatch(/^罗湖-\d{8}-0001$/);
  });

  it('text search finds words in the title, description or address', async () => {
    const e = await report(worker, {
      title: '井盖缺失',
      description: '人行道井盖被盗',
      address: '益田路 88 号',
    });
    for (const q of ['井盖缺失', '被盗', '益田路']) {
      const res = await community.get(`/api/events?q=${encodeURIComponent(q)}`);
      expect(res.body.items.map((x: any) => x.id)).toContain(e.id);
    }
    expect((await community.get(`/api/events?q=${encodeURIComponent('不存在的词')}`)).body.total).toBe(0);
  });
});

describe('on the spot, residents, and masking', () => {
  it('a grid worker resolves a minor event on the spot with an after-photo; the disposal rate counts it', async () => {
    const rates = async () =>
      (await community.get(`/api/events/rates?nodeId=${env.nodes.community11.id}&from=${today}&to=${today}`))
        .body;
    const before = await rates();
    const e = await report();
    const noPhoto = await move(worker, e.id, { action: 'resolve', note: '已清理' });
    expect(noPhoto.status).toBe(422);
    const othersPhoto = await upload(community, e.id);
    expect(
      (await move(worker, e.id, { action: 'resolve', note: '已清理', photoId: othersPhoto })).status,
    ).toBe(422);
    const photoId = await upload(worker, e.id);
    const done = await move(worker, e.id, { action: 'resolve', note: '已现场清理', photoId });
    expect(done.status, done.raw).toBe(200);
    expect(done.body).toMatchObject({ state: 'resolved', departmentId: null });
    const after = await rates();
    expect(after.totals.resolved - before.totals.resolved).toBe(1);
    expect(after.totals.received - before.totals.received).toBe(1);
    expect(after.totals.dispatched).toBe(before.totals.dispatched);
    const t = after.totals;
    expect(t.disposalRate).toBeCloseTo((t.verified + t.resolved) / (t.dispatched + t.resolved));
    expect(after.definition.disposalRate).toContain('自行处置');
    expect(after.definition.onSpotShare).toContain('自行处置');
    // a resident cannot resolve
    const r = await report();
    const resident = await env.as('resident', 'community11');
    expect((await resident.get(`/api/events/${r.id}`)).status).toBe(404);
  });

  it("a resident reports a place (the grid follows from the point) and sees it under my reports; their name is masked, officers' names are not", async () => {
    const resident = await env.as('resident', 'community11', { username: 'wangxiaoze' });
    const res = await resident.post('/api/events/resident', {
      id: uuidv7(),
      category: 'road_damage',
      title: '人行道砖块松动',
      position: { lat: 22.5452, lng: 114.0552 },
    });
    expect(res.status, res.raw).toBe(200);
    expect(res.body).toMatchObject({ nodeId: env.nodes.grid111.id, reporterKind: 'resident', public: false });
    const elsewhere = await resident.post('/api/events/resident', {
      id: uuidv7(),
      category: 'road_damage',
      title: '路灯不亮',
      address: '福山社区活动中心旁',
    });
    expect(elsewhere.body.nodeId).toBe(env.nodes.community11.id);
    expect(
      (await resident.post('/api/events/resident', { id: uuidv7(), category: 'other', title: '无位置' }))
        .status,
    ).toBe(422);
    const mine = await resident.get('/api/events?mine=1');
    expect(mine.body.items.map((x: any) => x.id)).toEqual([elsewhere.body.id, res.body.id]);
    await move(community, res.body.id, { action: 'receive' });
    const detail = await community.get(`/api/events/${res.body.id}`);
    expect(detail.body.reporterName).toMatch(/^r\*+y$|\*/);
    expect(detail.body.history[0].actorName).toContain('*');
    expect(detail.body.history[1].actorName).toBe('community_officer@community11');
    const byWorker = await community.get(`/api/events/${(await report()).id}`);
    expect(byWorker.body.reporterName).toBe('grid_worker@grid111');
  });
});

describe('service levels and settings in scope (issue 15 #6), recurrence as a district setting (issue 21 #6)', () => {
  it('service levels answer those with a role in the district; others 404', async () => {
    const url = `/api/events/sla?districtId=${env.nodes.district.id}`;
    expect((await community.get(url)).status).toBe(200);
    expect((await dept.get(url)).status).toBe(200);
    const other = await env.as('org_officer', 'district2');
    expect((await other.get(url)).status).toBe(404);
    expect((await community.get(`/api/events/sla?districtId=${env.nodes.district2.id}`)).status).toBe(404);
    expect((await community.get(`/api/events/sla?districtId=${env.nodes.street1.id}`)).status).toBe(404);
    expect((await other.get(`/api/events/settings?districtId=${env.nodes.district.id}`)).status).toBe(404);
  });

  it('a district sets its recurrence rule; reports follow it at once', async () => {
    const org = await env.as('org_officer', 'district');
    const s = await org.get(`/api/events/settings?districtId=${env.nodes.district.id}`);
    expect(s.body).toMatchObject({
      recurrence: { count: 3, metres: 50, days: 90 },
      version: 0,
      custom: false,
      canEdit: true,
    });
    expect(
      (await community.get(`/api/events/settings?districtId=${env.nodes.district.id}`)).body.canEdit,
    ).toBe(false);
    const put = await org.put('/api/events/settings', {
      districtId: env.nodes.district.id,
      recurrence: { count: 2, metres: 30, days: 30 },
      version: 0,
    });
    expect(put.status, put.raw).toBe(200);
    expect(put.body).toMatchObject({ version: 1, custom: true });
    const stale = await org.put('/api/events/settings', {
      districtId: env.nodes.district.id,
      recurrence: { count: 4, metres: 30, days: 30 },
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.recurrence.count).toBe(2);
    expect(
      (
        await org.put('/api/events/settings', {
          districtId: env.nodes.district.id,
          recurrence: { count: 2, metres: 500, days: 30 },
          version: 1,
        })
      ).status,
    ).toBe(400);
    const at = { category: 'public_order', position: { lat: 22.5431, lng: 114.0531 } };
    const first = await report(worker, at);
    expect(first.recurring).toBe(false);
    const second = await report(worker, at);
    expect(second.recurring).toBe(true);
    expect((await worker.get(`/api/events/${first.id}`)).body.recurring).toBe(true);
    await org.put('/api/events/settings', {
      districtId: env.nodes.district.id,
      recurrence: { count: 3, metres: 50, days: 90 },
      version: 1,
    });
  });
});

describe('seed 001 围绕问题发现、生成、整改、评估、预防全周期: evaluation and prevention (issue 21 #6)', () => {
  it('after closing, the community records whether it was fixed and residents agreed, once; a recurring problem becomes a prevention item with an owner and a review date', async () => {
    const e = await report(worker, { category: 'rental_safety' });
    const open = await community.post(`/api/events/${e.id}/evaluation`, {
      fixed: true,
      residentsAgree: true,
    });
    expect(open.status).toBe(409);
    const photoId = await upload(worker, e.id);
    await move(worker, e.id, { action: 'resolve', note: '已提醒房东', photoId });
    const todos = (await community.get('/api/home/todos')).body;
    expect(todos.find((t: any) => t.key === 'events.to_evaluate')?.count).toBeGreaterThanOrEqual(1);
    const ev = await community.post(`/api/events/${e.id}/evaluation`, {
      fixed: false,
      residentsAgree: false,
      note: '一周后复发',
    });
    expect(ev.status, ev.raw).toBe(200);
    expect(
      (await community.post(`/api/events/${e.id}/evaluation`, { fixed: true, residentsAgree: true })).status,
    ).toBe(409);
    expect(
      (await worker.post(`/api/events/${e.id}/evaluation`, { fixed: true, residentsAgree: true })).status,
    ).toBe(403);
    const detail = await community.get(`/api/events/${e.id}`);
    expect(detail.body.evaluation).toMatchObject({ fixed: false, residentsAgree: false, note: '一周后复发' });

    const item = await community.post('/api/events/prevention', {
      kind: 'place',
      category: 'rental_safety',
      sourceEventId: e.id,
      title: '福山花园东门出租屋群租反复',
      measures: '每月联合检查',
      reviewOn: today,
    });
    expect(item.status, item.raw).toBe(200);
    expect(item.body).toMatchObject({
      nodeId: env.nodes.grid111.id,
      ownerName: 'community_officer@community11',
      state: 'open',
    });
    const list = await worker.get('/api/events/prevention');
    expect(list.body.map((x: any) => x.id)).toContain(item.body.id);
    expect(
      (await community.get('/api/home/todos')).body.find((t: any) => t.key === 'events.prevention_due'),
    ).toBeDefined();
    const rev = await community.post(`/api/events/prevention/${item.body.id}/reviews`, {
      state: 'reviewed',
      note: '已检查',
      nextReviewOn: '2099-01-01',
      version: 1,
    });
    expect(rev.status, rev.raw).toBe(200);
    expect(rev.body).toMatchObject({ state: 'reviewed', reviewOn: '2099-01-01', version: 2 });
    const outsider = await env.as('community_officer', 'community21');
    expect(
      (await outsider.post(`/api/events/prevention/${item.body.id}/reviews`, { state: 'closed', version: 2 }))
        .status,
    ).toBe(404);
  });

  it("a prevention item from an event stays in the event's district: another district's node is refused with the field named (the fuzz tier found a 500)", async () => {
    const city = await env.as('org_officer', 'city');
    const e = await report();
    const made = await city.post('/api/events/prevention', {
      kind: 'place',
      category: 'rental_safety',
      sourceEventId: e.id,
      nodeId: env.nodes.street3.id,
      title: '跨区的预防事项',
      reviewOn: '2026-12-31',
    });
    expect(made.status, made.raw).toBe(422);
    expect(made.body.errors).toEqual([expect.objectContaining({ field: 'nodeId' })]);
    const same = await city.post('/api/events/prevention', {
      kind: 'place',
      category: 'rental_safety',
      sourceEventId: e.id,
      nodeId: env.nodes.street1.id,
      title: '同区的预防事项',
      reviewOn: '2026-12-31',
    });
    expect(same.status, same.raw).toBe(200);
  });

  it('seed 001 预防: the items not yet closed are a figure on the node dashboard and the list exports to Excel for the officers who keep it', async () => {
    const e = await report(worker, { category: 'sanitation' });
    const made = await community.post('/api/events/prevention', {
      kind: 'category',
      category: 'sanitation',
      sourceEventId: e.id,
      title: '垃圾分类点反复满溢',
      measures: '增加清运频次',
      reviewOn: today,
    });
    expect(made.status, made.raw).toBe(200);
    const figure = async () =>
      (
        (await community.get(`/api/home/stats?nodeId=${env.nodes.community11.id}`)).body as {
          key: string;
          value: number;
          definition: string;
        }[]
      ).find((x) => x.key === 'events.prevention_open')!;
    const before = await figure();
    expect(before.value).toBeGreaterThanOrEqual(1);
    expect(before.definition).toContain('尚未关闭');
    const closed = await community.post(`/api/events/prevention/${made.body.id}/reviews`, {
      state: 'closed',
      note: '连续两月未再发生',
      version: 1,
    });
    expect(closed.status, closed.raw).toBe(200);
    expect((await figure()).value).toBe(before.value - 1);
    const x = await community.get(`/api/events/prevention/export?nodeId=${env.nodes.community11.id}`);
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const rows = wb.worksheets[0].getSheetValues().flat().map(String);
    expect(rows).toContain('垃圾分类点反复满溢');
    expect(rows).toContain('已关闭');
    // a grid worker reads the items but does not export them; another community's officer cannot reach this one
    expect((await worker.get('/api/events/prevention/export')).status).toBe(403);
    const outsider = await env.as('community_officer', 'community21');
    expect(
      (await outsider.get(`/api/events/prevention/export?nodeId=${env.nodes.community11.id}`)).status,
    ).toBe(404);
    expect((await dept.get('/api/events/prevention/export')).status).toBe(403);
  });
});

describe('notes, evaluation and departments out of scope answer 404', () => {
  it('an officer of another community cannot note, reply, evaluate or list departments of an event', async () => {
    const e = await report();
    const other = await env.as('community_officer', 'community21');
    expect((await other.post(`/api/events/${e.id}/notes`, { text: '看看', public: false })).status).toBe(404);
    expect(
      (await other.post(`/api/events/${e.id}/evaluation`, { fixed: true, residentsAgree: true })).status,
    ).toBe(404);
    expect((await other.get(`/api/events/${e.id}/departments`)).status).toBe(404);
    // in scope: an internal note is kept from the reporter's public view, a reply is told to them
    expect(
      (await community.post(`/api/events/${e.id}/notes`, { text: '内部记录', public: false })).status,
    ).toBe(200);
    const reply = await community.post(`/api/events/${e.id}/notes`, { text: '已安排清运', public: true });
    expect(reply.status).toBe(200);
    expect((await inbox(worker)).map((n) => n.title)).toContain(`事件 ${e.number} 有新的答复`);
    // a grid worker may not write a public reply
    expect((await worker.post(`/api/events/${e.id}/notes`, { text: 'x', public: true })).status).toBe(403);
  });
});

describe('home page sources', () => {
  it('to-dos carry SLA colours and links; figures say how they are counted', async () => {
    await report();
    const todos = (await community.get('/api/home/todos')).body;
    const toReceive = todos.find((t: any) => t.key === 'events.to_receive');
    expect(toReceive).toMatchObject({ module: 'events', label: '待受理事件' });
    expect(toReceive.entries[0].href).toMatch(/^\/events\/[0-9a-f-]{36}$/);
    expect(['red', 'yellow', 'normal']).toContain(toReceive.level);
    const deptTodos = (await dept.get('/api/home/todos')).body.map((t: any) => t.key);
    expect(deptTodos).not.toContain('events.to_receive');
    const stats = await community.get(
      `/api/home/stats?nodeId=${env.nodes.community11.id}&year=${today.slice(0, 4)}`,
    );
    expect(stats.status, stats.raw).toBe(200);
    const keys = stats.body.map((s: any) => s.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'events.receipt_rate',
        'events.disposal_rate',
        'events.on_spot_share',
        'events.overdue',
      ]),
    );
    for (const s of stats.body.filter((x: any) => x.module === 'events')) expect(s.definition).toBeTruthy();
  });
});
