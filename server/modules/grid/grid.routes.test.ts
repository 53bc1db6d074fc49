import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../platform/ids.ts';
import { makeNationalId } from '../../platform/pii/national-id.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { assignToGrid, GRID111_RING } from '../../testing/grid.ts';
import { samplePerson } from '../people/people.fixtures.ts';

let env: TestEnv;
let worker: Client;
let officer: Client;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  env = await createTestEnv();
  worker = await env.as('grid_worker', 'grid111');
  officer = await env.as('community_officer', 'community11');
  const a = await assignToGrid(officer, worker, env.nodes.grid111.id);
  expect(a.status, a.raw).toBe(200);
});
afterAll(() => env.close());

const housing = (
  c: Client,
  room: string,
  occupancy = 'owner',
  nodeKey: 'grid111' | 'micro1111' = 'micro1111',
) =>
  c.post('/api/grid/registers/housing', {
    nodeId: env.nodes[nodeKey].id,
    attrs: { building: '福山花园1栋', unit: '1', room, occupancy },
  });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const multipart = (c: Client, url: string, buf: Buffer) => c.upload(url, buf, 'x.xlsx', XLSX);

describe('registers', () => {
  it('keeps history of changes and refuses a stale update with the server copy', async () => {
    const made = await housing(worker, '101');
    expect(made.status, made.raw).toBe(200);
    expect(made.body).toMatchObject({ label: '福山花园1栋-1-101', visitCategory: 'household', version: 1 });
    const up = await worker.patch(`/api/grid/registers/housing/${made.body.id}`, {
      version: 1,
      attrs: { occupancy: 'rented' },
    });
    expect(up.body).toMatchObject({ version: 2, visitCategory: 'rental' });
    const stale = await officer.patch(`/api/grid/registers/housing/${made.body.id}`, {
      version: 1,
      attrs: { occupancy: 'vacant' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('error.stale');
    expect(stale.body.current).toMatchObject({ version: 2, attrs: { occupancy: 'rented' } });
    const hist = await officer.get(`/api/grid/registers/housing/${made.body.id}/history`);
    expect(hist.body.map((h: any) => [h.change, h.before?.occupancy ?? null, h.after.occupancy])).toEqual([
      ['create', null, 'owner'],
      ['update', 'owner', 'rented'],
    ]);
  });

  it('validates each field and the national ID check digit, and masks the ID', async () => {
    const bad = await worker.post('/api/grid/registers/population', {
      nodeId: env.nodes.micro1111.id,
      attrs: { name: '', nationalId: '440304199001011235', residence: 'nomad' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['attrs.name', 'attrs.residence']);
    const wrongDigit = await worker.post('/api/grid/registers/population', {
      nodeId: env.nodes.micro1111.id,
      attrs: { name: '李四', nationalId: '440304199001011230', residence: 'floating' },
    });
    expect(wrongDigit.status).toBe(422);
    const id = makeNationalId('440304', '1990-01-01', 17);
    const ok = await worker.post('/api/grid/registers/population', {
      nodeId: env.nodes.micro1111.id,
      attrs: { name: '李四', nationalId: id, residence: 'floating', specialCare: true },
    });
    expect(ok.status, ok.raw).toBe(200);
    expect(ok.body.attrs.nationalId).toBe(id.slice(0, 6) + '********' + id.slice(-4));
    expect(ok.raw).not.toContain(id);
    expect(ok.body.visitCategory).toBe('special_care');
  });

  it('links a population row to the person with the same national ID in the people register', async () => {
    const zzb = await env.as('org_officer', 'district');
    const person = samplePerson({ name: '赵六' });
    const made = await zzb.post('/api/people', { nodeId: env.nodes.grid111.id, ...person });
    expect(made.status, made.raw).toBeLessThan(300);
    const linked = await worker.post('/api/grid/registers/population', {
      nodeId: env.nodes.micro1111.id,
      attrs: { name: '赵六', nationalId: person.nationalId, residence: 'registered' },
    });
    expect(linked.status, linked.raw).toBe(200);
    expect(linked.body.personId).toBe(made.body.id);
    const alone = await worker.post('/api/grid/registers/population', {
      nodeId: env.nodes.micro1111.id,
      attrs: { name: '钱七', nationalId: samplePerson().nationalId, residence: 'floating' },
    });
    expect(alone.body.personId).toBeNull();
    const listed = (
      await officer.get(`/api/grid/registers/population?nodeId=${env.nodes.micro1111.id}&limit=500`)
    ).body.items;
    expect(listed.find((r: any) => r.id === linked.body.id).personId).toBe(made.body.id);
    expect(listed.find((r: any) => r.id === alone.body.id).personId).toBeNull();
  });

  it('import shows every bad row and imports nothing until confirmed, then only with consent to skip bad rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('人口');
    ws.addRow(['姓名', '身份证号', '人口类型', '特殊关爱']);
    ws.addRow(['王一', makeNationalId('440304', '1980-02-03', 1), '户籍', '否']);
    ws.addRow(['', makeNationalId('440304', '1980-02-03', 2), '户籍', '否']); // row 3: no name
    ws.addRow(['王三', '440304198002030000', '流动', '否']); // row 4: bad check digit
    ws.addRow(['王四', makeNationalId('440304', '1981-02-03', 4), '外星', '是']); // row 5: bad residence
    ws.addRow(['王五', makeNationalId('440304', '1980-02-03', 1), '户籍', '否']); // row 6: duplicates row 2
    ws.addRow(['王六', makeNationalId('440304', '1982-02-03', 6), '流动', '是']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const count = async () =>
      (await officer.get(`/api/grid/registers/population?nodeId=${env.nodes.grid111.id}&limit=500`)).body
        .total;
    const before = await count();
    const preview = await multipart(
      worker,
      `/api/grid/registers/population/import?nodeId=${env.nodes.micro1111.id}`,
      buf,
    );
    expect(preview.status, preview.raw).toBe(200);
    expect(preview.body).toMatchObject({ total: 6, valid: 2 });
    expect([...new Set(preview.body.errors.map((e: any) => e.row))]).toEqual([3, 4, 5, 6]);
    expect(await count()).toBe(before);
    const refused = await worker.post(
      `/api/grid/registers/population/import/${preview.body.importId}/commit`,
      { confirm: true },
    );
    expect(refused.status).toBe(409);
    expect(await count()).toBe(before);
    const notConfirmed = await worker.post(
      `/api/grid/registers/population/import/${preview.body.importId}/commit`,
      { confirm: false, allOrNothing: false },
    );
    expect(notConfirmed.status).toBe(400);
    const done = await worker.post(`/api/grid/registers/population/import/${preview.body.importId}/commit`, {
      confirm: true,
      allOrNothing: false,
    });
    expect(done.body).toMatchObject({ imported: 2, status: 'committed', failed: [] });
    expect(await count()).toBe(before + 2);
    const again = await worker.post(`/api/grid/registers/population/import/${preview.body.importId}/commit`, {
      confirm: true,
      allOrNothing: false,
    });
    expect(again.status).toBe(409);

    const exported = await officer.request(
      'GET',
      `/api/grid/registers/population/export?nodeId=${env.nodes.grid111.id}`,
    );
    expect(exported.status).toBe(200);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const names = back.worksheets[0].getColumn(1).values.slice(2).map(String);
    expect(names).toContain('王*');
    expect(JSON.stringify(back.worksheets[0].getColumn(2).values)).not.toMatch(/\d{17}[\dX]/);
  });

  it('a worker sees only their own grids; anything else is 404', async () => {
    const other = await env.as('grid_worker', 'grid211');
    expect((await other.get(`/api/grid/registers/housing?nodeId=${env.nodes.grid111.id}`)).status).toBe(404);
    const { body } = await housing(worker, '102');
    expect((await other.get(`/api/grid/registers/housing/${body.id}/history`)).status).toBe(404);
    expect(
      (await other.patch(`/api/grid/registers/housing/${body.id}`, { version: 1, attrs: { room: '9' } }))
        .status,
    ).toBe(404);
    const officer2 = await env.as('community_officer', 'community21');
    expect((await officer2.get(`/api/grid/compliance?nodeId=${env.nodes.grid111.id}`)).status).toBe(404);
    const dept = await env.as('dept_officer', 'dept');
    expect((await dept.get(`/api/grid/registers/housing?nodeId=${env.nodes.grid111.id}`)).status).toBe(403);
  });
});

describe('outlines', () => {
  it('accepts a closed polygon and rejects an open ring', async () => {
    const ring = GRID111_RING;
    const open = await officer.put(`/api/grid/grids/${env.nodes.grid111.id}/outline`, {
      version: 0,
      geojson: { type: 'Polygon', coordinates: [ring.slice(0, 4)] },
    });
    expect(open.status).toBe(422);
    expect(open.body.errors[0].field).toBe('geojson');
    const ok = await officer.put(`/api/grid/grids/${env.nodes.grid111.id}/outline`, {
      version: 0,
      geojson: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } },
    });
    expect(ok.body).toEqual({ version: 1 });
    const grids = await worker.get('/api/grid/grids');
    const g = grids.body.find((x: any) => x.id === env.nodes.grid111.id);
    expect(g.outline.type).toBe('Polygon');
    expect(g.workers.map((w: any) => w.userId)).toContain(worker.userId);
    expect(await env.services.grid.gridAt(env.nodes.district.path, 22.545, 114.055)).toBe(
      env.nodes.grid111.id,
    );
    expect(await env.services.grid.gridAt(env.nodes.district.path, 22.6, 114.055)).toBe(null);
  });
});

describe('visits, compliance and 我当网格员', () => {
  it('the due list moves a household from due to done, and compliance counts overdue households', async () => {
    await officer.put('/api/grid/visit-rules', {
      nodeId: env.nodes.grid111.id,
      category: 'rental',
      intervalDays: 3,
    });
    const { body: h } = await housing(worker, '201', 'rented');
    const due = await worker.get(`/api/grid/due?date=${today}`);
    const item = due.body.today.find((x: any) => x.recordId === h.id);
    expect(item).toMatchObject({ intervalDays: 3, visitCategory: 'rental' });
    const visit = await worker.post(
      '/api/grid/visits',
      {
        id: uuidv7(),
        recordId: h.id,
        visitedAt: new Date().toISOString(),
        position: { lat: 22.545, lng: 114.055 },
        result: 'met',
        verified: [{ recordId: h.id, version: h.version, attrs: { occupancy: 'vacant' } }],
      },
      { 'idempotency-key': 'visit-key-0001' },
    );
    expect(visit.status, visit.raw).toBe(200);
    expect(visit.body).toMatchObject({ verifiedCount: 1, changedCount: 1, asCadre: false });
    const after = await worker.get(`/api/grid/due?date=${today}`);
    expect(after.body.done.map((x: any) => x.recordId)).toContain(h.id);
    // two weeks later nothing has been visited again: everything is overdue
    const later = new Date(Date.now() + 15 * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10);
    const comp = await officer.get(`/api/grid/compliance?nodeId=${env.nodes.community11.id}&asOf=${later}`);
    expect(comp.status).toBe(200);
    expect(comp.body.total.overdueNow).toBeGreaterThan(0);
    expect(comp.body.alerts.length).toBe(comp.body.total.overdueNow);
    const now = await officer.get(`/api/grid/compliance?nodeId=${env.nodes.community11.id}&asOf=${today}`);
    expect(now.body.total.onTime).toBeGreaterThanOrEqual(1);
    expect(now.body.workers.find((w: any) => w.id === worker.userId).due).toBe(now.body.total.due);
  });

  it('走访达标率 shows 8%, with its definition, when 2 of 25 visits due today were made (issue 16 #9)', async () => {
    const w2 = await env.as('grid_worker', 'grid211');
    const o2 = await env.as('community_officer', 'community21');
    await assignToGrid(o2, w2, env.nodes.grid211.id);
    const ids: string[] = [];
    for (let i = 1; i <= 25; i++) {
      const r = await w2.post('/api/grid/registers/housing', {
        nodeId: env.nodes.grid211.id,
        attrs: { building: '竹林苑1栋', unit: '1', room: String(100 + i), occupancy: 'owner' },
      });
      ids.push(r.body.id);
    }
    // registered today, never visited: all 25 are due today; two are visited
    for (const id of ids.slice(0, 2)) {
      const v = await w2.post('/api/grid/visits', {
        id: uuidv7(),
        recordId: id,
        visitedAt: new Date().toISOString(),
        result: 'met',
      });
      expect(v.status, v.raw).toBe(200);
      expect(v.body.number).toMatch(/^福田-\d{8}-\d{4}$/);
    }
    const c = await o2.get(`/api/grid/compliance?nodeId=${env.nodes.grid211.id}`);
    expect(c.status, c.raw).toBe(200);
    expect(c.body).toMatchObject({ from: today, to: today });
    expect(c.body.total).toMatchObject({ due: 25, onTime: 2, missed: 23, rate: 0.08 });
    expect(c.body.definition).toContain('按时完成的走访 ÷ 到期应走访的次数');
    const due = await w2.get(`/api/grid/due?date=${today}`);
    expect(due.body.done.map((d: any) => d.visitNumber)).toEqual([
      expect.stringMatching(/^福田-/),
      expect.stringMatching(/^福田-/),
    ]);
  });

  it('counts a cadre serving as a grid worker apart: visits, verified records and hazards', async () => {
    const cadre = await env.as('cadre', 'dept');
    await officer.post('/api/grid/assignments', {
      userId: cadre.userId,
      nodeId: env.nodes.grid111.id,
      kind: 'cadre',
      from: today,
      to: today,
    });
    const { body: h } = await housing(worker, '301');
    const v = await cadre.post('/api/grid/visits', {
      id: uuidv7(),
      recordId: h.id,
      visitedAt: new Date().toISOString(),
      result: 'hazard_found',
      verified: [{ recordId: h.id, version: 1 }],
    });
    expect(v.status, v.raw).toBe(200);
    expect(v.body.asCadre).toBe(true);
    const ev = await cadre.post('/api/events', {
      id: uuidv7(),
      nodeId: env.nodes.grid111.id,
      category: 'three_small_safety',
      title: '小作坊私拉电线',
    });
    expect(ev.status, ev.raw).toBe(200);
    const stats = await officer.get(
      `/api/grid/cadre-stats?nodeId=${env.nodes.community11.id}&from=${today}&to=${today}`,
    );
    expect(stats.body).toEqual([
      expect.objectContaining({ userId: cadre.userId, visits: 1, verifiedRecords: 1, hazards: 1 }),
    ]);
    // the cadre's reach ends with the grid: not the whole department subtree, not other grids
    expect((await cadre.get(`/api/grid/registers/housing?nodeId=${env.nodes.grid211.id}`)).status).toBe(404);
  });
});

describe('offline sync', () => {
  it('the same batch replayed 1,000 times creates each record exactly once', async () => {
    const { body: h } = await housing(worker, '401');
    const patrolId = uuidv7();
    const eventId = uuidv7();
    const visitId = uuidv7();
    const ops = [
      {
        key: `op-${visitId}`,
        kind: 'visit.create',
        body: {
          id: visitId,
          recordId: h.id,
          visitedAt: new Date().toISOString(),
          result: 'met',
          verified: [],
        },
      },
      {
        key: `op-${patrolId}`,
        kind: 'patrol.create',
        body: {
          id: patrolId,
          nodeId: env.nodes.grid111.id,
          startedAt: new Date(Date.now() - 3600_000).toISOString(),
          endedAt: new Date().toISOString(),
          note: '周巡',
        },
      },
      {
        key: `op-${eventId}`,
        kind: 'event.create',
        body: {
          id: eventId,
          nodeId: env.nodes.grid111.id,
          category: 'sanitation',
          title: '垃圾堆积',
          reporterKind: 'patrol',
          patrolId,
          position: { lat: 22.545, lng: 114.055 },
        },
      },
    ];
    const first = await worker.post('/api/grid/sync', { ops });
    expect(first.status, first.raw).toBe(200);
    expect(first.body.results.map((r: any) => r.status)).toEqual(['ok', 'ok', 'ok']);
    for (let round = 0; round < 100; round++) {
      const replies = await Promise.all(
        Array.from({ length: 10 }, () => worker.post('/api/grid/sync', { ops })),
      );
      for (const r of replies) {
        expect(r.status).toBe(200);
        expect(r.body.results.map((x: any) => x.status)).toEqual(['replayed', 'replayed', 'replayed']);
      }
    }
    const count = async (table: 'grid_visits' | 'grid_patrols' | 'events_events', id: string) =>
      Number(
        (
          await env.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('c'))
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).c,
      );
    expect([
      await count('grid_visits', visitId),
      await count('grid_patrols', patrolId),
      await count('events_events', eventId),
    ]).toEqual([1, 1, 1]);
    const steps = await env.db
      .selectFrom('events_steps')
      .select('id')
      .where('event_id', '=', eventId)
      .execute();
    expect(steps.length).toBe(1);
    const patrols = await officer.get(`/api/grid/patrols?nodeId=${env.nodes.community11.id}`);
    expect(patrols.body.find((p: any) => p.id === patrolId).eventIds).toEqual([eventId]);
  }, 120_000);

  it('a report raised on a patrol must name a patrol the reporter logged in the district', async () => {
    const patrolId = uuidv7();
    const logged = await officer.post('/api/grid/patrols', {
      id: patrolId,
      nodeId: env.nodes.community11.id,
      startedAt: new Date(Date.now() - 3600_000).toISOString(),
      endedAt: new Date().toISOString(),
    });
    expect(logged.status, logged.raw).toBe(200);
    const raise = (patrol: string) =>
      worker.post('/api/events', {
        id: uuidv7(),
        nodeId: env.nodes.grid111.id,
        category: 'sanitation',
        title: '垃圾堆积',
        reporterKind: 'patrol',
        patrolId: patrol,
      });
    for (const patrol of [uuidv7(), patrolId]) {
      const r = await raise(patrol); // none such; another user's patrol
      expect(r.status).toBe(422);
      expect(r.body.errors).toEqual([expect.objectContaining({ field: 'patrolId' })]);
    }
    expect(
      (
        await officer.post('/api/events', {
          id: uuidv7(),
          nodeId: env.nodes.grid111.id,
          category: 'sanitation',
          title: '垃圾堆积',
          reporterKind: 'patrol',
          patrolId,
        })
      ).status,
    ).toBe(200);
  });

  it('an offline edit of a record changed on the server is a conflict with the server copy, never an overwrite', async () => {
    const { body: h } = await housing(worker, '501');
    await officer.patch(`/api/grid/registers/housing/${h.id}`, {
      version: 1,
      attrs: { occupancy: 'rented' },
    });
    const res = await worker.post('/api/grid/sync', {
      ops: [
        {
          key: `upd-${h.id}`,
          kind: 'record.update',
          id: h.id,
          registerKind: 'housing',
          body: { version: 1, attrs: { occupancy: 'vacant' } },
        },
      ],
    });
    expect(res.body.results[0]).toMatchObject({
      status: 'conflict',
      httpStatus: 409,
      current: { version: 2, attrs: { occupancy: 'rented' } },
    });
    const now = await officer.get(`/api/grid/registers/housing?nodeId=${env.nodes.micro1111.id}&q=501`);
    expect(now.body.items[0].attrs.occupancy).toBe('rented');
  });
});
