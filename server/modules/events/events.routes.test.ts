import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import sharp from 'sharp';
import { createAuditor, verifyChain } from '../../platform/audit/audit.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { deriveKeys, TEST_MASTER_KEY } from '../../platform/secrets.ts';
import { createServices } from '../../composition-root.ts';
import { createEventsService } from './events.service.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let worker: Client;
let officer: Client;
let dept: Client;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  env = await createTestEnv();
  worker = await env.as('grid_worker', 'grid111');
  officer = await env.as('community_officer', 'community11');
  dept = await env.as('dept_officer', 'dept');
});
afterAll(() => env.close());

const report = (c: Client, extra: Record<string, unknown> = {}, key?: string) =>
  c.post(
    '/api/events',
    {
      id: uuidv7(),
      nodeId: env.nodes.grid111.id,
      category: 'fire_hazard',
      title: '楼道堆放杂物',
      description: '3 楼楼道堆放纸箱，堵塞消防通道',
      position: { lat: 22.54, lng: 114.05 },
      ...extra,
    },
    key ? { 'idempotency-key': key } : {},
  );

/** Uploads a file as a multipart `file` field with the type the client claims. */
const upload = (c: Client, id: string, bytes: Buffer, type: string, name: string) =>
  c.upload(`/api/events/${id}/photos`, bytes, name, type);

const rates = async (c: Client, q: string) =>
  (await c.get(`/api/events/rates?${q}&from=${today}&to=${today}`)).body.totals;

/** n sanitation reports of the grid worker on grid111 for the service, each at its own place. */
const sanitationReports = (n: number, title: string, lat: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: uuidv7(),
    nodeId: env.nodes.grid111.id,
    category: 'sanitation' as const,
    level: 1 as const,
    title: `${title} ${i}`,
    description: '垃圾桶满溢',
    address: '',
    reporterKind: 'grid_worker' as const,
    position: { lat: lat + i * 0.01, lng: 113.9 },
  }));

/** The audit entries of these events' reports. */
const reportAudits = (ids: string[]) =>
  env.db
    .selectFrom('audit_log')
    .select('object_id')
    .where('action', '=', 'events.report')
    .where('object_id', 'in', ids)
    .execute();

describe('event lifecycle and rates', () => {
  it('moves reported → received → dispatched → accepted → handled → verified → closed; rates move by exactly one event', async () => {
    const community = `nodeId=${env.nodes.community11.id}`;
    const before = await rates(officer, community);
    const created = await report(worker);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ state: 'reported', handlingNodeId: env.nodes.community11.id });
    const id = created.body.id;
    const step = async (c: Client, body: Record<string, unknown>) => {
      const cur = await c.get(`/api/events/${id}`);
      const res = await c.post(`/api/events/${id}/transitions`, { version: cur.body.version, ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };
    expect((await rates(officer, community)).reported).toBe(before.reported + 1);

    await step(officer, { action: 'receive' });
    let r = await rates(officer, community);
    expect(r.received - before.received).toBe(1);
    expect(r.dispatched - before.dispatched).toBe(0);

    const dispatched = await step(officer, { action: 'dispatch', departmentId: env.nodes.dept.id });
    expect(dispatched.departmentId).toBe(env.nodes.dept.id);
    r = await rates(officer, community);
    expect(r.dispatched - before.dispatched).toBe(1);
    const deptRates = await rates(dept, `departmentId=${env.nodes.dept.id}`);
    expect(deptRates).toMatchObject({ dispatched: 1, verified: 0, disposalRate: 0 });

    await step(dept, { action: 'accept' });
    await step(dept, { action: 'handle', note: '已清理' });
    r = await rates(officer, community);
    expect(r.handled - before.handled).toBe(1);
    expect(r.verified - before.verified).toBe(0);

    const verified = await step(worker, { action: 'verify' });
    expect(verified.state).toBe('verified');
    r = await rates(officer, community);
    expect(r.verified - before.verified).toBe(1);
    expect(r.disposalRate).toBe(r.verified / r.dispatched);
    expect(await rates(dept, `departmentId=${env.nodes.dept.id}`)).toMatchObject({
      dispatched: 1,
      verified: 1,
      disposalRate: 1,
    });

    await step(officer, { action: 'close' });
    expect(await rates(officer, community)).toEqual(r);
    const detail = await officer.get(`/api/events/${id}`);
    expect(detail.body.history.map((h: any) => h.action)).toEqual([
      'report',
      'receive',
      'dispatch',
      'accept',
      'handle',
      'verify',
      'close',
    ]);
    // the street and the district see the same event in their rollups
    const street = await env.as('street_officer', 'street1');
    expect((await rates(street, `nodeId=${env.nodes.street1.id}`)).verified).toBe(r.verified);
  });

  it('refuses an illegal move with 409 and the reason, and a stale version with 409 and the current copy', async () => {
    const { body: e } = await report(worker);
    const move = (action: string, note?: string) =>
      officer.post(`/api/events/${e.id}/transitions`, { action, version: e.version, note });
    const illegal = await move('handle', 'x');
    expect(illegal.status).toBe(409);
    expect(illegal.body.code).toBe('events.illegal_transition');
    expect(illegal.body.title).toContain('reported');
    const ok = await move('receive');
    expect(ok.status).toBe(200);
    const stale = await move('reject', 'n');
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('error.stale');
    expect(stale.body.current).toMatchObject({ id: e.id, state: 'received', version: e.version + 1 });
  });

  it('a merged duplicate leaves the rates; escalation goes a level up', async () => {
    const community = `nodeId=${env.nodes.community11.id}`;
    const { body: a } = await report(worker);
    const before = await rates(officer, community);
    const { body: b } = await report(worker);
    const merged = await officer.post(`/api/events/${b.id}/transitions`, {
      action: 'merge',
      version: b.version,
      duplicateOf: a.id,
    });
    expect(merged.body.state).toBe('merged');
    expect(await rates(officer, community)).toEqual(before);
    const esc = await officer.post(`/api/events/${a.id}/transitions`, {
      action: 'escalate',
      version: a.version,
      note: '需街道协调',
    });
    expect(esc.body.handlingNodeId).toBe(env.nodes.street1.id);
  });

  it('routes by rule when no department is named, and asks for one when no rule fits', async () => {
    const { body: e } = await report(worker, { category: 'road_damage' });
    const recv = await officer.post(`/api/events/${e.id}/transitions`, { action: 'receive', version: 1 });
    const none = await officer.post(`/api/events/${e.id}/transitions`, {
      action: 'dispatch',
      version: recv.body.version,
    });
    expect(none.status).toBe(422);
    expect(none.body.errors[0].field).toBe('departmentId');
    const admin = await env.as('org_officer', 'district');
    const rule = await admin.post('/api/events/routing-rules', {
      category: 'road_damage',
      nodeId: env.nodes.street1.id,
      departmentId: env.nodes.dept.id,
    });
    expect(rule.status).toBe(200);
    const routed = await officer.post(`/api/events/${e.id}/transitions`, {
      action: 'dispatch',
      version: recv.body.version,
    });
    expect(routed.body.departmentId).toBe(env.nodes.dept.id);
  });

  it('replaying a report with the same Idempotency-Key creates it once', async () => {
    const id = uuidv7();
    const key = `k-${id}`;
    const results = await Promise.all(Array.from({ length: 10 }, () => report(worker, { id }, key)));
    expect(results.every((r) => r.status === 200 && r.body.id === id)).toBe(true);
    const n = await env.db
      .selectFrom('events_events')
      .select((eb) => eb.fn.countAll<number>().as('c'))
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(Number(n.c)).toBe(1);
    const other = await report(worker, { id, title: '另一件事' }, key);
    expect(other.status).toBe(422);
  });

  it('reports that arrive together are written in one transaction, each with its own answer', async () => {
    const zzb = await env.as('org_officer', 'district');
    const before = await rates(zzb, `nodeId=${env.nodes.district.id}`);
    const ok = Array.from({ length: 10 }, (_, i) => ({
      id: uuidv7(),
      position: { lat: 22.5 + i * 0.01, lng: 114.0 },
    }));
    const outOfScope = { id: uuidv7(), nodeId: env.nodes.grid211.id };
    const department = { id: uuidv7(), nodeId: env.nodes.dept.id };
    const all = [...ok.slice(0, 5), outOfScope, ...ok.slice(5), department];
    const answers = await Promise.all(all.map((b) => report(worker, b, `group-${b.id}`)));
    expect(answers.map((a) => a.status)).toEqual([
      200, 200, 200, 200, 200, 404, 200, 200, 200, 200, 200, 404,
    ]);
    for (const [i, a] of answers.entries())
      if (a.status === 200) {
        const { history, evaluation: _e, ...read } = (await worker.get(`/api/events/${all[i].id}`)).body;
        expect(history).toHaveLength(1);
        expect(a.body).toEqual(read);
      }
    // rows written by one transaction share its id (xmin): fewer transactions than reports
    const tx = await sql<{ n: number }>`SELECT count(DISTINCT xmin::text)::int AS n FROM events_events
      WHERE id = ANY (${ok.map((b) => b.id)}::uuid[])`.execute(env.db);
    expect(tx.rows[0].n).toBeLessThan(10);
    // the refused reports' keys were released with nothing written: they may carry another report
    expect((await report(worker, { title: '换一件事' }, `group-${outOfScope.id}`)).status).toBe(200);
    const after = await rates(zzb, `nodeId=${env.nodes.district.id}`);
    expect(after.reported).toBe(before.reported + 11);
    expect(await verifyChain(env.db, deriveKeys(TEST_MASTER_KEY).audit)).toMatchObject({ ok: true });
  });

  it("two processes reporting at once, replaying each other's keys, with other audited writes between, store each report once", async () => {
    // a second set of services on the same database stands in for a second app process: its
    // groups are written at the same time as this one's, on audit lanes others take meanwhile
    const second = createServices({ db: env.db, pool: env.pool, keys: deriveKeys(TEST_MASTER_KEY) });
    const zzb = await env.as('org_officer', 'district');
    const before = await rates(zzb, `nodeId=${env.nodes.district.id}`);
    const bodies = sanitationReports(30, '垃圾满溢', 22.3);
    const answers = await Promise.all([
      ...bodies.map((b) => env.services.events.report(worker.ctx, b, `two-${b.id}`)),
      ...bodies.map((b) => second.events.report(worker.ctx, b, `two-${b.id}`)),
      ...bodies.map((_, i) =>
        env.services.auditor.record(worker.ctx, {
          action: 'test.between',
          objectType: 'thing',
          detail: { i },
        }),
      ),
    ]);
    expect(answers.slice(0, 60).map((a) => (a as { id: string }).id)).toEqual([
      ...bodies.map((b) => b.id),
      ...bodies.map((b) => b.id),
    ]);
    const stored = await env.db
      .selectFrom('events_events')
      .select(['id'])
      .where(
        'id',
        'in',
        bodies.map((b) => b.id),
      )
      .execute();
    expect(stored).toHaveLength(30);
    const audited = await reportAudits(bodies.map((b) => b.id));
    expect(audited).toHaveLength(30);
    const after = await rates(zzb, `nodeId=${env.nodes.district.id}`);
    expect(after.reported).toBe(before.reported + 30);
    expect(await verifyChain(env.db, deriveKeys(TEST_MASTER_KEY).audit)).toMatchObject({ ok: true });
  });

  it('reports land on a lane so busy that its head moves between every read and write', async () => {
    // one audit lane and three writers appending to it without pause: an unlocked head is moved
    // before nearly every write, so reports get through only by locking the lane in the end
    const key = deriveKeys(TEST_MASTER_KEY).audit;
    const auditor = createAuditor({ db: env.db, key, lanes: 1 });
    const events = createEventsService({ db: env.db, groupDb: env.groupDb, auditor });
    let busy = true;
    const writers = [0, 1, 2].map(async () => {
      while (busy) await auditor.record(worker.ctx, { action: 'test.busy', objectType: 'thing' });
    });
    const bodies = sanitationReports(12, '忙碌车道', 21.3);
    const answers = await Promise.allSettled(
      bodies.map((b) => events.report(worker.ctx, b, `busy-${b.id}`)),
    ).finally(() => (busy = false));
    await Promise.all(writers);
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value.id : a.reason))).toEqual(
      bodies.map((b) => b.id),
    );
    const audited = await reportAudits(bodies.map((b) => b.id));
    expect(audited).toHaveLength(12);
    expect(await verifyChain(env.db, key)).toMatchObject({ ok: true });
  });

  it('a report counts the reports of its own group at the same place towards recurrence', async () => {
    const at = { lat: 22.701, lng: 114.301 };
    const bodies = [0, 0.0001, 0.0002].map((d) => ({
      id: uuidv7(),
      category: 'road_damage',
      position: { lat: at.lat + d, lng: at.lng },
    }));
    const answers = await Promise.all(bodies.map((b) => report(worker, b)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    // the third in commit order recurs and flags the two before it (an answer shows the row as
    // committed, so one written in the same group as the third already shows the flag)
    expect(answers.filter((a) => a.body.recurring).length).toBeGreaterThanOrEqual(1);
    for (const b of bodies) expect((await worker.get(`/api/events/${b.id}`)).body.recurring).toBe(true);
  });

  it('answers a report with the same view the event reads back, under the district service level; a replay answers the same', async () => {
    const zzb = await env.as('org_officer', 'district');
    const sla = await zzb.put('/api/events/sla', {
      districtId: env.nodes.district.id,
      category: 'dispute',
      level: 2,
      receiveHours: 3,
      handleDays: 9,
    });
    expect(sla.status).toBe(200);
    const id = uuidv7();
    const body = { id, category: 'dispute', level: 2, position: { lat: 22.61, lng: 114.11 } };
    const created = await report(worker, body, `k-${id}`);
    expect(created.status).toBe(200);
    const reportedAt = new Date(created.body.reportedAt).getTime();
    expect(new Date(created.body.timer.deadline).getTime() - reportedAt).toBe(3 * 3600_000);
    const { history, evaluation: _e, ...read } = (await worker.get(`/api/events/${id}`)).body;
    expect(history).toHaveLength(1);
    expect(created.body).toEqual(read);
    expect(created.body).toMatchObject({
      nodeName: '福山第1网格',
      photoIds: [],
      departmentId: null,
      version: 1,
    });
    const replay = await report(worker, body, `k-${id}`);
    expect(replay.body).toEqual(read);
  });

  it('flags the third report of a kind at one place, and the earlier ones with it, as recurring', async () => {
    const at = { lat: 22.631, lng: 114.121 };
    const ids: string[] = [];
    for (const [i, dLat] of [0, 0.0001, 0.0002].entries()) {
      const r = await report(worker, {
        category: 'sanitation',
        position: { lat: at.lat + dLat, lng: at.lng },
      });
      expect(r.status).toBe(200);
      expect(r.body.recurring).toBe(i === 2);
      ids.push(r.body.id);
    }
    // 300 m away: not the same place
    const far = await report(worker, {
      category: 'sanitation',
      position: { lat: at.lat + 0.003, lng: at.lng },
    });
    expect(far.body.recurring).toBe(false);
    for (const id of ids) expect((await worker.get(`/api/events/${id}`)).body.recurring).toBe(true);
  });

  it('counts earlier reports within 50 m, not those a little farther, across the cells of its index', async () => {
    // one degree of latitude is 111,195 m on the sphere recurrence measures on; all these reports
    // lie on one meridian, `metres` north (+) or south (−) of the first
    const at = { lat: 22.70095, lng: 114.4 };
    const put = async (metres: number, category = 'dispute') => {
      const r = await report(worker, {
        category,
        position: { lat: at.lat + metres / 111_195, lng: at.lng },
      });
      expect(r.status).toBe(200);
      return r.body as { id: string; recurring: boolean };
    };
    const a = await put(0);
    // 11 m north, across a line of the 0.001° grid that cuts the recurrence index into cells
    const b = await put(11);
    expect([a.recurring, b.recurring]).toEqual([false, false]);
    const c = await put(40); // 40 m from a, 29 m from b: the third at one place
    expect(c.recurring).toBe(true);
    const g = await put(-102);
    const d = await put(-51); // 51 m from a and from g: neither counts
    expect([g.recurring, d.recurring]).toEqual([false, false]);
    const e = await put(-49); // 49 m from a, 2 m from d, 53 m from g
    expect(e.recurring).toBe(true);
    // another category at the same place is another matter
    expect((await put(0, 'road_damage')).recurring).toBe(false);
    const read = async (x: { id: string }) => (await worker.get(`/api/events/${x.id}`)).body.recurring;
    expect([await read(a), await read(b), await read(d), await read(g)]).toEqual([true, true, true, false]);
    const m = await sql<{ d: number }>`SELECT events_metres(${at.lat}::float8, ${at.lng}::float8,
      ${at.lat + 51 / 111_195}::float8, ${at.lng}::float8) AS d`.execute(env.db);
    expect(m.rows[0].d).toBeCloseTo(51, 3);
  });

  it('reports under a service level another process set, and at a node another process renamed, follow the change', async () => {
    // another process changes the district's service level: this one hears it and reports under it
    const id1 = uuidv7();
    await sql`INSERT INTO events_sla (district_id, category, level, receive_hours, handle_days)
      VALUES (${env.nodes.district.id}, 'public_order', 1, 5, 4)
      ON CONFLICT (district_id, category, level) DO UPDATE SET receive_hours = 5, handle_days = 4`.execute(
      env.db,
    );
    await env.changesHeard('gz_events_sla');
    const a = await report(worker, { id: id1, category: 'public_order' });
    expect(a.status).toBe(200);
    expect(new Date(a.body.timer.deadline).getTime() - new Date(a.body.reportedAt).getTime()).toBe(
      5 * 3600_000,
    );
    await sql`UPDATE events_sla SET receive_hours = 7 WHERE district_id = ${env.nodes.district.id}
      AND category = 'public_order' AND level = 1`.execute(env.db);
    await env.changesHeard('gz_events_sla');
    const b = await report(worker, { category: 'public_order' });
    expect(new Date(b.body.timer.deadline).getTime() - new Date(b.body.reportedAt).getTime()).toBe(
      7 * 3600_000,
    );
    // another process renames the grid: the next report's view carries the new name
    const grid = env.nodes.grid111.id;
    const before = (
      await env.db.selectFrom('org_nodes').select('name').where('id', '=', grid).executeTakeFirstOrThrow()
    ).name;
    try {
      await sql`UPDATE org_nodes SET name = '福山第1网格（改）' WHERE id = ${grid}`.execute(env.db);
      await env.changesHeard('gz_org');
      const c = await report(worker);
      expect(c.body.nodeName).toBe('福山第1网格（改）');
    } finally {
      await sql`UPDATE org_nodes SET name = ${before} WHERE id = ${grid}`.execute(env.db);
      await env.changesHeard('gz_org');
    }
    expect((await report(worker)).body.nodeName).toBe(before);
  });

  it('stores a photo by the type its bytes show, re-encoded without metadata (no EXIF GPS), served with nosniff, to those who may see the event', async () => {
    const { body: e } = await report(worker);
    // a JPEG from a phone with the resident's home in its EXIF GPS
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c33' } })
      .jpeg()
      .withExif({ IFD0: { Artist: '王小泽' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 32/1 0/1' } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const up = await upload(worker, e.id, jpeg, 'image/png', 'a.png');
    expect(up.status, up.raw).toBe(200);
    const got = await officer.get(`/api/events/${e.id}/photos/${up.body.id}`);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('image/jpeg');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(String(got.headers['content-disposition'])).toMatch(/^inline; filename="[0-9a-f-]+\.jpg"$/);
    const meta = await sharp(got.rawPayload).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.exif).toBeUndefined();
    expect(got.rawPayload.includes(Buffer.from('王小泽'))).toBe(false);
    const outsider = await env.as('grid_worker', 'grid211');
    expect((await outsider.get(`/api/events/${e.id}/photos/${up.body.id}`)).status).toBe(404);
  });

  it('refuses HTML, SVG and an executable labelled image/png, and HEIC with a message saying why', async () => {
    const { body: e } = await report(worker);
    const fakes = [
      Buffer.from('<html><script>alert(1)</script></html>'),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]),
    ];
    for (const bytes of fakes) {
      const res = await upload(worker, e.id, bytes, 'image/png', 'a.png');
      expect(res.status, res.raw).toBe(422);
      expect(res.body.errors[0]).toMatchObject({ field: 'file' });
    }
    // an ISO-BMFF header with the HEIC brand
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic'),
      Buffer.alloc(4),
      Buffer.from('mif1heic'),
      Buffer.alloc(64),
    ]);
    const res = await upload(worker, e.id, heic, 'image/heic', 'a.heic');
    expect(res.status).toBe(422);
    expect(res.body.errors[0].message).toContain('HEIC');
    expect((await worker.get(`/api/events/${e.id}`)).body.photoIds).toEqual([]);
  });
});

describe('scope: one case per role in and out of scope', () => {
  let eventId: string;
  beforeAll(async () => {
    const { body } = await report(worker);
    eventId = body.id;
  });

  it.each([
    ['grid_worker', 'grid111', 200],
    ['grid_worker', 'grid211', 404],
    ['community_officer', 'community11', 200],
    ['community_officer', 'community21', 404],
    ['street_officer', 'street1', 200],
    ['street_officer', 'street2', 404],
    ['org_officer', 'district', 200],
    ['org_officer', 'district2', 404],
    ['dept_officer', 'dept', 404], // not dispatched to it yet
    ['resident', 'community11', 404], // someone else's report
    ['auditor', 'district', 403], // the platform keeps auditors to the audit log
  ] as const)('%s on %s reads the event: %i', async (role, node, status) => {
    const c = await env.as(role, node);
    expect((await c.get(`/api/events/${eventId}`)).status).toBe(status);
  });

  it('a department sees an event only once dispatched to it; a worker cannot dispatch', async () => {
    const cur = (await officer.get(`/api/events/${eventId}`)).body;
    const recv = await officer.post(`/api/events/${eventId}/transitions`, {
      action: 'receive',
      version: cur.version,
    });
    const byWorker = await worker.post(`/api/events/${eventId}/transitions`, {
      action: 'dispatch',
      version: recv.body.version,
      departmentId: env.nodes.dept.id,
    });
    expect(byWorker.status).toBe(403);
    await officer.post(`/api/events/${eventId}/transitions`, {
      action: 'dispatch',
      version: recv.body.version,
      departmentId: env.nodes.dept.id,
    });
    expect((await dept.get(`/api/events/${eventId}`)).status).toBe(200);
    const list = await dept.get('/api/events?limit=500');
    expect(list.body.items.every((e: any) => e.departmentId === env.nodes.dept.id)).toBe(true);
    const workerList = await (await env.as('grid_worker', 'grid211')).get('/api/events');
    expect(workerList.body.items.map((e: any) => e.id)).not.toContain(eventId);
  });

  it('rates of a node outside scope answer 404', async () => {
    const c = await env.as('community_officer', 'community21');
    const res = await c.get(`/api/events/rates?nodeId=${env.nodes.community11.id}&from=${today}&to=${today}`);
    expect(res.status).toBe(404);
  });

  it('the dashboard shows states, categories, rates, overdue and map points for a node', async () => {
    const res = await officer.get(
      `/api/events/dashboard?nodeId=${env.nodes.community11.id}&from=${today}&to=${today}`,
    );
    expect(res.status, res.raw).toBe(200);
    expect(res.body.byCategory.find((c: any) => c.category === 'fire_hazard').count).toBeGreaterThan(0);
    expect(res.body.points.length).toBeGreaterThan(0);
    expect(res.body.rates.totals.reported).toBe(
      res.body.byState.reduce((a: number, s: any) => a + (s.state === 'merged' ? 0 : s.count), 0),
    );
    const ranking = await officer.get(
      `/api/events/rates/ranking?nodeId=${env.nodes.community11.id}&from=${today}&to=${today}`,
    );
    expect(ranking.body[0]).toMatchObject({ nodeId: env.nodes.grid111.id, rank: 1 });
  });
});
