/**
 * 社区人才发展服务站 through HTTP (seed 001 Haichuang): a station with its staff, a 海创市集 fair and
 * postings; a resident's need as a service ticket from recommendation to outcome, confirmation and
 * rating; to-dos, notifications, figures, masking, Excel out and in; one authorisation case per
 * role per route.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';

let env: TestEnv;
let officer: Client;
let outsider: Client;
let street: Client;
let employer: Client;
let wuye: Client;
let resident: Client;
let neighbour: Client;
let stationId: string;
let fairId: string;
let postingId: string;
let partTimeId: string;
let ticketId: string;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.parse(today) + n * 86_400_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

const posting = (o: Record<string, unknown> = {}) => ({
  stationId,
  employer: '海创商业广场',
  title: '超市理货员',
  kind: 'retail',
  hours: 'full',
  payMinFen: 450_000,
  payMaxFen: 550_000,
  place: '海创商业广场B1',
  headcount: 2,
  closesOn: inDays(30),
  ...o,
});

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11', { username: 'jobs_shequ' });
  outsider = await env.as('community_officer', 'community12');
  street = await env.as('street_officer', 'street1');
  employer = await env.as('social_org', 'community11');
  wuye = await env.as('property_staff', 'community11');
  resident = await env.as('resident', 'community11');
  neighbour = await env.as('resident', 'community12');
});
afterAll(() => env.close());

describe('the station, its fair and postings (seed 001 建立全市首个社区人才发展服务站；开放“海创市集”)', () => {
  it('the community sets up a station with staff accounts; a name twice is 409; only a community', async () => {
    const body = {
      nodeId: env.nodes.community11.id,
      name: '福山社区人才发展服务站',
      address: '福山花园党群服务中心2楼',
      openingHours: '周一至周五 9:00-17:00',
      staff: ['jobs_shequ'],
    };
    expect((await resident.post('/api/jobs/stations', body)).status).toBe(403);
    expect((await outsider.post('/api/jobs/stations', body)).status).toBe(404);
    expect((await officer.post('/api/jobs/stations', { ...body, staff: ['nobody_here'] })).status).toBe(422);
    expect((await officer.post('/api/jobs/stations', { ...body, nodeId: env.nodes.grid111.id })).status).toBe(
      422,
    );
    const r = await officer.post('/api/jobs/stations', body);
    expect(r.status).toBe(200);
    stationId = r.body.id;
    expect((await officer.post('/api/jobs/stations', body)).status).toBe(409);
    const list = await resident.get('/api/jobs/stations');
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ can: { manage: false, seek: true, post: false } });
    expect((await neighbour.get('/api/jobs/stations')).body).toEqual([]);
    const p = await officer.patch(`/api/jobs/stations/${stationId}`, {
      openingHours: '每天 9:00-20:00',
      version: 1,
    });
    expect(p.status).toBe(200);
    expect(
      (await officer.patch(`/api/jobs/stations/${stationId}`, { active: true, version: 1 })).status,
    ).toBe(409);
  });

  it('a fair is held; the station and employers publish postings, some as its stalls; pay is in fen', async () => {
    const f = await officer.post('/api/jobs/fairs', {
      stationId,
      name: '海创市集·冬季招聘会',
      day: inDays(10),
    });
    expect(f.status).toBe(200);
    fairId = f.body.id;
    expect((await employer.post('/api/jobs/fairs', { stationId, name: 'x', day: today })).status).toBe(403);
    expect((await resident.post('/api/jobs/postings', posting())).status).toBe(403);
    expect((await officer.post('/api/jobs/postings', posting({ payMaxFen: 100 }))).status).toBe(400);
    expect((await officer.post('/api/jobs/postings', posting({ closesOn: '2020-01-01' }))).status).toBe(422);
    const a = await employer.post('/api/jobs/postings', posting({ fairId }));
    expect(a.status).toBe(200);
    postingId = a.body.id;
    const b = await wuye.post(
      '/api/jobs/postings',
      posting({
        employer: '福山物业',
        title: '夜班保安',
        kind: 'property',
        hours: 'part',
        closesOn: inDays(3),
      }),
    );
    expect(b.status).toBe(200);
    partTimeId = b.body.id;
    const fairs = await resident.get('/api/jobs/fairs');
    expect(fairs.body[0]).toMatchObject({ name: '海创市集·冬季招聘会', stalls: 1 });
    const list = await resident.get('/api/jobs/postings?open=1');
    expect(list.body.map((x: { title: string }) => x.title).sort()).toEqual(['夜班保安', '超市理货员']);
    expect((await neighbour.get('/api/jobs/postings')).body).toEqual([]);
    const mine = await wuye.get('/api/jobs/postings?mine=1');
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({ mine: true, can: { close: true } });
    // the property company's posting closing within 7 days shows on its home page
    const todos = await wuye.get('/api/home/todos');
    expect(todos.body.find((x: { key: string }) => x.key === 'jobs.closing_soon')).toMatchObject({
      count: 1,
    });
    // another employer may not close it
    expect(
      (await employer.patch(`/api/jobs/postings/${partTimeId}`, { closed: true, version: 1 })).status,
    ).toBe(403);
  });
});

describe('服务工单: a need from filing to outcome (seed 001 设置“服务工单”)', () => {
  it('a resident files a need (a phone may send it twice); the station and its staff are told; the name goes out masked', async () => {
    const body = {
      stationId,
      kinds: ['retail', 'property'],
      hours: 'any',
      skills: '收银、仓储',
      wantsTraining: true,
      contactName: '林晓峰',
    };
    expect((await officer.post('/api/jobs/tickets', body)).status).toBe(403);
    expect((await neighbour.post('/api/jobs/tickets', body)).status).toBe(404);
    expect((await resident.post('/api/jobs/tickets', { ...body, kinds: [] })).status).toBe(400);
    const key = { 'idempotency-key': 'jobs-need-0001' };
    const a = await resident.post('/api/jobs/tickets', body, key);
    const b = await resident.post('/api/jobs/tickets', body, key);
    expect(a.status).toBe(200);
    expect(b.body.id).toBe(a.body.id);
    expect(a.body.number).toMatch(/^JY\d{8}[0-9A-F]{6}$/);
    ticketId = a.body.id;
    const told = await env.db
      .selectFrom('notify_notifications')
      .select(['user_id'])
      .where('kind', '=', 'jobs.new')
      .execute();
    expect(told.map((x) => x.user_id)).toContain(officer.userId);
    const list = await officer.get('/api/jobs/tickets');
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toMatchObject({ requesterName: '林*峰', state: 'new', canRecommend: true });
    expect((await resident.get('/api/jobs/tickets')).body[0].requesterName).toBe('林晓峰');
    const todos = await officer.get('/api/home/todos');
    expect(todos.body.find((x: { key: string }) => x.key === 'jobs.new_needs')).toMatchObject({ count: 1 });
  });

  it('a resident sees only their own ticket; others answer 404', async () => {
    expect((await neighbour.get('/api/jobs/tickets')).body).toEqual([]);
    expect((await neighbour.get(`/api/jobs/tickets/${ticketId}`)).status).toBe(404);
    expect((await outsider.get(`/api/jobs/tickets/${ticketId}`)).status).toBe(404);
    expect((await employer.get(`/api/jobs/tickets/${ticketId}`)).status).toBe(404);
    expect((await resident.get(`/api/jobs/tickets/${ticketId}`)).status).toBe(200);
  });

  it('the station recommends matching postings; the resident is told and accepts one; the employer is told a candidate is referred', async () => {
    const m = await officer.get(`/api/jobs/tickets/${ticketId}/matches`);
    expect(m.body).toEqual([postingId, partTimeId]);
    expect((await resident.get(`/api/jobs/tickets/${ticketId}/matches`)).status).toBe(403);
    expect(
      (await resident.post(`/api/jobs/tickets/${ticketId}/recommendations`, { postingId, version: 1 }))
        .status,
    ).toBe(403);
    const r = await officer.post(`/api/jobs/tickets/${ticketId}/recommendations`, { postingId, version: 1 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ state: 'working', version: 2 });
    expect(
      (await officer.post(`/api/jobs/tickets/${ticketId}/recommendations`, { postingId, version: 2 })).status,
    ).toBe(409);
    expect(
      (
        await officer.post(`/api/jobs/tickets/${ticketId}/recommendations`, {
          postingId: partTimeId,
          version: 1,
        })
      ).status,
    ).toBe(409);
    const n = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('user_id', '=', resident.userId)
      .execute();
    expect(n.map((x) => x.kind)).toEqual(['jobs.recommended']);
    const todo = await resident.get('/api/home/todos');
    expect(todo.body.find((x: { key: string }) => x.key === 'jobs.to_answer')).toMatchObject({ count: 1 });
    const rec = r.body.recommendations[0];
    expect(rec).toMatchObject({ employer: '海创商业广场', payMinFen: 450_000, state: 'proposed' });
    const url = `/api/jobs/tickets/${ticketId}/recommendations/${rec.id}/moves`;
    expect((await officer.post(url, { action: 'accept', version: 1 })).status).toBe(403);
    expect((await neighbour.post(url, { action: 'accept', version: 1 })).status).toBe(404);
    const acc = await resident.post(url, { action: 'accept', version: 1 });
    expect(acc.status).toBe(200);
    expect(acc.body.recommendations[0]).toMatchObject({ state: 'accepted', actions: [] });
    expect((await resident.post(url, { action: 'decline', version: 2 })).status).toBe(409);
    const e = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('user_id', '=', employer.userId)
      .execute();
    expect(e.map((x) => x.kind)).toEqual(['jobs.referred']);
  });

  it('the station records the interview and the hiring: the ticket becomes 已就业; the resident confirms and rates once', async () => {
    const t = (await officer.get(`/api/jobs/tickets/${ticketId}`)).body;
    const url = `/api/jobs/tickets/${ticketId}/recommendations/${t.recommendations[0].id}/moves`;
    expect((await officer.post(url, { action: 'interview', version: 2 })).status).toBe(422);
    const iv = await officer.post(url, {
      action: 'interview',
      interviewOn: inDays(2),
      note: '面试通过',
      version: 2,
    });
    expect(iv.body.recommendations[0]).toMatchObject({ interviewOn: inDays(2), interviewNote: '面试通过' });
    const h = await officer.post(url, { action: 'hire', version: 3 });
    expect(h.body).toMatchObject({ state: 'employed', outcomeNote: '海创商业广场 超市理货员' });
    expect(
      (await resident.get('/api/jobs/postings')).body.find((p: { id: string }) => p.id === postingId).hired,
    ).toBe(1);
    const mv = `/api/jobs/tickets/${ticketId}/moves`;
    expect((await officer.post(mv, { action: 'confirm', rating: 5, version: h.body.version })).status).toBe(
      403,
    );
    expect((await officer.post(mv, { action: 'resume', version: h.body.version })).status).toBe(409);
    expect((await resident.post(mv, { action: 'confirm', version: h.body.version })).status).toBe(422);
    expect((await resident.post(mv, { action: 'confirm', rating: 5, version: 1 })).status).toBe(409);
    const c = await resident.post(mv, {
      action: 'confirm',
      rating: 5,
      note: '很及时',
      version: h.body.version,
    });
    expect(c.body).toMatchObject({ state: 'employed', confirmed: true, rating: 5, actions: [] });
    expect((await resident.post(mv, { action: 'confirm', rating: 4, version: c.body.version })).status).toBe(
      409,
    );
  });

  it('the dashboard shows needs, the placed rate, open postings and the average rating; exports are masked', async () => {
    const r = await street.get(`/api/home/stats?nodeId=${env.nodes.community11.id}&year=${year}`);
    const v = (k: string) =>
      (r.body as { key: string; value: number | null }[]).find((s) => s.key === `jobs.${k}`)?.value;
    expect([v('needs'), v('placed_rate'), v('open_postings'), v('rating')]).toEqual([1, 100, 2, 5]);
    expect((await resident.get('/api/jobs/tickets/export')).status).toBe(403);
    const x = await street.get('/api/jobs/tickets/export');
    const rows = await sheetRows(x.rawPayload);
    expect(rows.body[0]).toContain('林*峰');
    expect(JSON.stringify(rows)).not.toContain('林晓峰');
    const px = await officer.get('/api/jobs/postings/export');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(px.rawPayload as never);
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('服务站');
    expect(wb.worksheets[0].rowCount).toBe(3);
  });

  it('postings come in from Excel: dry run, per-row errors, an exported sheet adds nothing', async () => {
    const back = (await officer.get('/api/jobs/postings/export')).rawPayload;
    const same = await officer.upload('/api/jobs/postings/import', back, 'p.xlsx');
    expect(same.body).toMatchObject({ added: 0, skipped: 2 });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('岗位');
    ws.addRow([
      '服务站',
      '用人单位',
      '岗位',
      '工种',
      '用工形式',
      '月薪下限(元)',
      '月薪上限(元)',
      '工作地点',
      '招聘人数',
      '截止日期',
    ]);
    ws.addRow([
      '福山社区人才发展服务站',
      '海创养老院',
      '护理员',
      '养老育幼照护',
      '全职',
      5000,
      6500,
      '',
      3,
      inDays(20),
    ]);
    ws.addRow(['不存在的站', '某公司', '文员', '行政文员', '兼职', 3000, 2000, '', 1, 'tomorrow']);
    const bad = await officer.upload(
      '/api/jobs/postings/import?dryRun=1',
      Buffer.from(await wb.xlsx.writeBuffer()),
      'p.xlsx',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'row3.closes',
      'row3.payMax',
      'row3.station',
    ]);
    ws.spliceRows(3, 1);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const dry = await officer.upload('/api/jobs/postings/import?dryRun=1', file, 'p.xlsx');
    expect(dry.body).toMatchObject({ dryRun: true, added: 1 });
    expect((await officer.get('/api/jobs/postings')).body).toHaveLength(2);
    expect((await resident.upload('/api/jobs/postings/import', file, 'p.xlsx')).status).toBe(403);
    const done = await officer.upload('/api/jobs/postings/import', file, 'p.xlsx');
    expect(done.body).toMatchObject({ dryRun: false, added: 1 });
    const p = (await officer.get('/api/jobs/postings')).body.find(
      (x: { title: string }) => x.title === '护理员',
    );
    expect(p).toMatchObject({ kind: 'care', payMinFen: 500_000, payMaxFen: 650_000 });
  });
});

describe('a full posting (its last place taken)', () => {
  it('a second hire into a posting of one place is 409 该岗位已招满; the first stands', async () => {
    const one = await officer.post('/api/jobs/postings', posting({ title: '收银员', headcount: 1 }));
    expect(one.status).toBe(200);
    const recs: string[] = [];
    for (const who of ['陈美玲', '黄志强']) {
      const c = await env.as('resident', 'community11');
      const t = await c.post('/api/jobs/tickets', {
        stationId,
        kinds: ['retail'],
        hours: 'full',
        wantsTraining: false,
        contactName: who,
      });
      expect(t.status).toBe(200);
      const r = await officer.post(`/api/jobs/tickets/${t.body.id}/recommendations`, {
        postingId: one.body.id,
        version: 1,
      });
      expect(r.status).toBe(200);
      const rec = r.body.recommendations[0];
      const url = `/api/jobs/tickets/${t.body.id}/recommendations/${rec.id}/moves`;
      expect((await c.post(url, { action: 'accept', version: rec.version })).status).toBe(200);
      recs.push(url);
    }
    expect((await officer.post(recs[0], { action: 'hire', version: 2 })).status).toBe(200);
    const full = await officer.post(recs[1], { action: 'hire', version: 2 });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: 'jobs.posting_full', title: '该岗位已招满' });
    const p = (await officer.get('/api/jobs/postings')).body.find(
      (x: { id: string }) => x.id === one.body.id,
    );
    expect(p).toMatchObject({ hired: 1, headcount: 1 });
    // the refused hire left the recommendation as it was: the station may still record 未录用
    expect((await officer.post(recs[1], { action: 'reject', version: 2 })).status).toBe(200);
  });
});

describe('who may (one case per role and route)', () => {
  it.each([
    // role, node, stations, postings, tickets, the ticket, file a need, publish, fair, tickets export, postings export
    ['org_officer', 'district', 200, 200, 200, 200, 403, 200, 200, 200, 200],
    ['street_officer', 'street1', 200, 200, 200, 200, 403, 200, 200, 200, 200],
    ['community_officer', 'community11', 200, 200, 200, 200, 403, 200, 200, 200, 200],
    ['community_officer', 'community21', 200, 200, 200, 404, 403, 404, 404, 200, 200],
    ['social_org', 'community11', 200, 200, 200, 404, 403, 200, 403, 403, 403],
    ['property_staff', 'community11', 200, 200, 200, 404, 403, 200, 403, 403, 403],
    ['resident', 'community11', 200, 200, 200, 404, 200, 403, 403, 403, 403],
    ['grid_worker', 'grid111', 403, 403, 403, 403, 403, 403, 403, 403, 403],
    ['deputy', 'community11', 403, 403, 403, 403, 403, 403, 403, 403, 403],
  ] as const)(
    '%s on %s: stations %d, postings %d, tickets %d, one ticket %d, need %d, publish %d, fair %d, exports %d %d',
    async (role, node, st, po, tl, one, need, pub, fair, tx, px) => {
      const c = await env.as(role, node);
      expect((await c.get('/api/jobs/stations')).status).toBe(st);
      expect((await c.get('/api/jobs/postings')).status).toBe(po);
      expect((await c.get('/api/jobs/tickets')).status).toBe(tl);
      expect((await c.get(`/api/jobs/tickets/${ticketId}`)).status).toBe(one);
      expect(
        (
          await c.post('/api/jobs/tickets', {
            stationId,
            kinds: ['other'],
            hours: 'any',
            wantsTraining: false,
          })
        ).status,
      ).toBe(need);
      expect((await c.post('/api/jobs/postings', posting({ title: `岗位${role}` }))).status).toBe(pub);
      expect(
        (await c.post('/api/jobs/fairs', { stationId, name: `市集${role}`, day: inDays(5) })).status,
      ).toBe(fair);
      expect((await c.get('/api/jobs/tickets/export')).status).toBe(tx);
      expect((await c.get('/api/jobs/postings/export')).status).toBe(px);
    },
  );

  it.each([
    ['org_officer', 'district', 200, 200],
    ['community_officer', 'community21', 404, 404],
    ['social_org', 'community11', 403, 403],
    ['resident', 'community11', 403, 403],
  ] as const)(
    '%s on %s: matches %d, set up a station (409 = allowed, name taken) %d',
    async (role, node, m, s) => {
      const c = await env.as(role, node);
      expect((await c.get(`/api/jobs/tickets/${ticketId}/matches`)).status).toBe(m);
      const r = await c.post('/api/jobs/stations', {
        nodeId: env.nodes.community11.id,
        name: '福山社区人才发展服务站',
      });
      expect(r.status).toBe(s === 200 ? 409 : s);
    },
  );
});
