import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import type { z } from 'zod';
import { uuidv7 } from '../../platform/ids.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { outlineGrid111 } from '../../testing/grid.ts';
import {
  discoveryShape,
  errorShape,
  postRequestAnswerShape,
  postUpdateAnswerShape,
  requestUpdateShape,
  serviceDefinitionShape,
  serviceRequestShape,
  serviceShape,
  tokenShape,
} from './open311.schemas.ts';

let env: TestEnv;
let admin: Client;
let apiKey: string;
let keyId: string;

const anon = () => env.anon();
const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
const post = (fmt: 'json' | 'xml', body: Record<string, string>) =>
  anon().request('POST', `/open311/v2/requests.${fmt}`, form(body), {
    'content-type': 'application/x-www-form-urlencoded',
  });
const expectSpecError = (res: { status: number; body: any; raw?: string }, status: number) => {
  expect(res.status, res.raw).toBe(status);
  expect(Array.isArray(res.body)).toBe(true);
  errorShape.parse(res.body[0]);
  expect(res.body[0].code).toBe(status);
};
/** Every JSON answer is checked against the spec's shape of it. */
const shaped = <T extends z.ZodType>(shape: T, res: { status: number; body: any; raw: string }) => {
  expect(res.status, res.raw).toBe(200);
  return z_array(shape).parse(res.body);
};
const z_array = <T extends z.ZodType>(shape: T) => ({
  parse: (v: unknown) => {
    expect(Array.isArray(v)).toBe(true);
    return (v as unknown[]).map((x) => shape.parse(x)) as z.infer<T>[];
  },
});
/** Parses XML strictly: throws on anything that is not well-formed. */
const wellFormed = (xml: string) => {
  const p = new SaxesParser();
  let error: Error | null = null;
  p.on('error', (e) => (error ??= e));
  p.write(xml).close();
  if (error) throw error;
};
let officer: Client;
let publishVersion = 0;
const publish = async (on: boolean) => {
  const res = await admin.put('/api/open311/settings', {
    districtId: env.nodes.district.id,
    publish: on,
    version: publishVersion,
  });
  expect(res.status, res.raw).toBe(200);
  publishVersion = res.body.version;
};

beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('org_officer', 'district');
  const k = await admin.post('/api/open311/keys', { name: '12345 热线', nodeId: env.nodes.community11.id });
  expect(k.status, k.raw).toBe(200);
  apiKey = k.body.apiKey;
  keyId = k.body.id;
  officer = await env.as('community_officer', 'community11');
  await outlineGrid111(env, officer);
});
afterAll(() => env.close());

describe('Open311 GeoReport v2 contract', () => {
  it('discovery, services and definitions answer the spec shapes, in JSON and well-formed XML', async () => {
    const d = await anon().get('/open311/v2/discovery.json');
    expect(d.status).toBe(200);
    discoveryShape.parse(d.body);
    expect(d.body.endpoints[0].formats).toEqual(['text/xml', 'application/json']);
    const xml = await anon().get('/open311/v2/discovery.xml');
    expect(xml.headers['content-type']).toContain('text/xml');
    wellFormed(xml.raw);
    const services = shaped(serviceShape, await anon().get('/open311/v2/services.json'));
    expect(services.map((s) => s.service_code)).toEqual(
      expect.arrayContaining(['fire_hazard', 'illegal_construction', 'sanitation', 'dispute', 'road_damage']),
    );
    const def = await anon().get('/open311/v2/services/fire_hazard.json');
    serviceDefinitionShape.parse(def.body);
    wellFormed((await anon().get('/open311/v2/services.xml')).raw);
    expectSpecError(await anon().get('/open311/v2/services/nope.json'), 404);
  });

  let requestId: string;
  it('POST requests creates an event in the grid holding the point; the answer is the id, not also a token', async () => {
    const res = await post('json', {
      api_key: apiKey,
      service_code: 'fire_hazard',
      lat: '22.545',
      long: '114.055',
      address_string: '福山花园1栋楼下',
      description: '消防通道被电动车堵塞',
      email: 'someone@example.com',
      first_name: '张',
      last_name: '三',
      account_id: 'acct-9',
      'attribute[level]': '2',
    });
    const [answer] = shaped(postRequestAnswerShape, res);
    expect(answer).toHaveProperty('service_request_id');
    expect(answer).not.toHaveProperty('token');
    requestId = (answer as { service_request_id: string }).service_request_id;
    const ev = await officer.get(`/api/events/${requestId}`);
    expect(ev.body).toMatchObject({
      nodeId: env.nodes.grid111.id,
      reporterKind: 'open311',
      level: 2,
      public: true,
    });
    expect(ev.body.number).toMatch(/^福田-\d{8}-\d{4}$/);
    const stored = await env.db
      .selectFrom('open311_requests')
      .select(['contact_enc'])
      .where('event_id', '=', requestId)
      .executeTakeFirstOrThrow();
    expect(stored.contact_enc!.toString('utf8')).not.toContain('someone@example.com');
    const xml = await post('xml', {
      api_key: apiKey,
      service_code: 'sanitation',
      address_string: '水围村口',
    });
    expect(xml.status).toBe(200);
    wellFormed(xml.raw);
    expect(xml.raw).toMatch(
      /<service_requests><request><service_request_id>[0-9a-f-]{36}<\/service_request_id>/,
    );
  });

  it('empty optional parameters are absent ones: no 400, and no position at (0,0)', async () => {
    const res = await post('json', {
      api_key: apiKey,
      service_code: 'sanitation',
      lat: '',
      long: '',
      address_string: '水围村口垃圾站',
      email: '',
      media_url: '',
      first_name: '',
      'attribute[level]': '',
    });
    const [answer] = shaped(postRequestAnswerShape, res);
    const ev = await officer.get(
      `/api/events/${(answer as { service_request_id: string }).service_request_id}`,
    );
    expect(ev.body).toMatchObject({ position: null, address: '水围村口垃圾站', level: 1 });
  });

  it('multipart/form-data POSTs (clients that send photos) are accepted', async () => {
    const boundary = 'gz311';
    const field = (k: string, v: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
    const payload = Buffer.concat([
      Buffer.from(
        field('api_key', apiKey) +
          field('service_code', 'road_damage') +
          field('lat', '22.541') +
          field('long', '114.051'),
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="media"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await anon().request('POST', '/open311/v2/requests.json', payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    const [answer] = shaped(postRequestAnswerShape, res);
    const ev = await officer.get(
      `/api/events/${(answer as { service_request_id: string }).service_request_id}`,
    );
    expect(ev.body).toMatchObject({ category: 'road_damage', nodeId: env.nodes.grid111.id });
  });

  it.each([
    ['no api_key', { service_code: 'fire_hazard', lat: '22.5', long: '114.0' }, 403],
    ['an empty api_key', { api_key: '', service_code: 'fire_hazard', lat: '22.5', long: '114.0' }, 403],
    ['a wrong api_key', { api_key: 'nope', service_code: 'fire_hazard', lat: '22.5', long: '114.0' }, 403],
    ['no service_code', { api_key: 'K', lat: '22.5', long: '114.0' }, 400],
    ['an unknown service_code', { api_key: 'K', service_code: '999', lat: '22.5', long: '114.0' }, 404],
    ['no location', { api_key: 'K', service_code: 'fire_hazard' }, 400],
    [
      'a latitude off the globe',
      { api_key: 'K', service_code: 'fire_hazard', lat: '122.5', long: '114.0' },
      400,
    ],
    [
      'a bad email',
      { api_key: 'K', service_code: 'fire_hazard', lat: '22.5', long: '114.0', email: 'x@' },
      400,
    ],
    [
      'a bad attribute',
      { api_key: 'K', service_code: 'fire_hazard', lat: '22.5', long: '114.0', 'attribute[level]': '9' },
      400,
    ],
  ])('POST with %s answers the spec error format', async (_name, body, status) => {
    const b = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v === 'K' ? apiKey : v]));
    expectSpecError(await post('json', b), status);
    const xml = await post('xml', b);
    expect(xml.status).toBe(status);
    wellFormed(xml.raw);
    expect(xml.raw).toMatch(
      new RegExp(`<errors><error><code>${status}</code><description>[^<]+</description></error></errors>`),
    );
  });

  it('publishes nothing until the district says so, then only public reports, never internal notes', async () => {
    // a grid worker's report in the same grid: internal, never published
    const worker = await env.as('grid_worker', 'grid111');
    const internal = await worker.post('/api/events', {
      id: uuidv7(),
      nodeId: env.nodes.grid111.id,
      category: 'sanitation',
      title: '内部巡查发现',
      position: { lat: 22.546, lng: 114.056 },
    });
    expect(internal.status).toBe(200);
    // a resident who marked the report public, and one who did not
    const resident = await env.as('resident', 'community11');
    const mk = (pub: boolean) =>
      resident.post('/api/events/resident', {
        id: uuidv7(),
        category: 'road_damage',
        title: pub ? '路面塌陷（公开）' : '路面塌陷（不公开）',
        address: '福山路 12 号',
        public: pub,
      });
    const pub = await mk(true);
    const priv = await mk(false);
    expect(pub.status, pub.raw).toBe(200);
    expect(pub.body.public).toBe(true);
    expect(priv.body.public).toBe(false);

    expect(shaped(serviceRequestShape, await anon().get('/open311/v2/requests.json'))).toEqual([]);
    expect(shaped(requestUpdateShape, await anon().get('/open311/v2/servicerequestupdates.json'))).toEqual(
      [],
    );
    expectSpecError(await anon().get(`/open311/v2/requests/${requestId}.json`), 404);
    await publish(true);
    const all = shaped(serviceRequestShape, await anon().get('/open311/v2/requests.json'));
    const ids = all.map((r) => r.service_request_id);
    expect(ids).toContain(requestId);
    expect(ids).toContain(pub.body.id);
    expect(ids).not.toContain(priv.body.id);
    expect(ids).not.toContain(internal.body.id);

    // an internal note and a rejection note stay inside; a public reply is the status note
    const note = await officer.post(`/api/events/${requestId}/notes`, {
      text: '内部：联系物业张经理 13800000000',
      public: false,
    });
    expect(note.status, note.raw).toBe(200);
    let [one] = shaped(serviceRequestShape, await anon().get(`/open311/v2/requests/${requestId}.json`));
    expect(one.status_notes).toBeNull();
    const reply = await officer.post(`/api/events/${requestId}/notes`, {
      text: '已安排消防人员核查',
      public: true,
    });
    expect(reply.status).toBe(200);
    [one] = shaped(serviceRequestShape, await anon().get(`/open311/v2/requests/${requestId}.json`));
    expect(one.status_notes).toBe('已安排消防人员核查');
    const cur = await officer.get(`/api/events/${requestId}`);
    await officer.post(`/api/events/${requestId}/transitions`, {
      action: 'reject',
      version: cur.body.version,
      note: '内部：非消防隐患',
    });
    [one] = shaped(serviceRequestShape, await anon().get(`/open311/v2/requests/${requestId}.json`));
    expect(one).toMatchObject({ status: 'closed', status_notes: '已安排消防人员核查' });
    const updates = shaped(requestUpdateShape, await anon().get('/open311/v2/servicerequestupdates.json'));
    const mine = updates.filter((u) => u.service_request_id === requestId);
    expect(mine.map((u) => u.description)).not.toContain('内部：非消防隐患');
    expect(JSON.stringify(updates)).not.toContain('13800000000');
    expect(mine.at(-1)).toMatchObject({ status: 'closed' });
    expect(mine.map((u) => u.description)).toContain('已安排消防人员核查');
    wellFormed((await anon().get('/open311/v2/servicerequestupdates.xml')).raw);
  });

  it('service_request_id overrides every other filter; unknown or malformed ids are skipped', async () => {
    const unknown = '0190a0a0-0000-7000-8000-000000000000';
    const res = await anon().get(
      `/open311/v2/requests.json?service_request_id=${requestId},${unknown},not-an-id&status=open&service_code=dispute&start_date=2001-01-01T00:00Z&end_date=2001-01-02T00:00Z`,
    );
    expect(shaped(serviceRequestShape, res).map((r) => r.service_request_id)).toEqual([requestId]);
    expect(
      shaped(
        serviceRequestShape,
        await anon().get(`/open311/v2/requests.json?service_request_id=${unknown}`),
      ),
    ).toEqual([]);
  });

  it('lists filter by code, status and a window of at most 90 days; W3C dates with minutes only or +0800 are accepted', async () => {
    const byCode = shaped(
      serviceRequestShape,
      await anon().get('/open311/v2/requests.json?service_code=fire_hazard'),
    );
    expect(byCode.map((r) => r.service_code)).toEqual(['fire_hazard']);
    const open = shaped(serviceRequestShape, await anon().get('/open311/v2/requests.json?status=open'));
    expect(open.every((r) => r.status === 'open')).toBe(true);
    const empty = shaped(
      serviceRequestShape,
      await anon().get('/open311/v2/requests.json?start_date=&status='),
    );
    expect(empty.length).toBeGreaterThan(0);
    const day = (n: number, fmt: 'min' | 'plus') => {
      const d = new Date(Date.now() + 8 * 3600_000 + n * 86400_000).toISOString();
      return encodeURIComponent(fmt === 'min' ? `${d.slice(0, 16)}+08:00` : `${d.slice(0, 19)}+0800`);
    };
    const window = shaped(
      serviceRequestShape,
      await anon().get(`/open311/v2/requests.json?start_date=${day(-1, 'min')}&end_date=${day(1, 'plus')}`),
    );
    expect(window.map((r) => r.service_request_id)).toContain(requestId);
    expect(
      shaped(
        serviceRequestShape,
        await anon().get(`/open311/v2/requests.json?start_date=${day(1, 'min')}&end_date=${day(2, 'min')}`),
      ),
    ).toEqual([]);
    expectSpecError(
      await anon().get(`/open311/v2/requests.json?start_date=${day(-100, 'min')}&end_date=${day(0, 'min')}`),
      400,
    );
    expectSpecError(
      await anon().get(
        `/open311/v2/servicerequestupdates.json?start_date=${day(-100, 'min')}&end_date=${day(0, 'min')}`,
      ),
      400,
    );
    expectSpecError(
      await anon().get(`/open311/v2/requests.json?start_date=${day(2, 'min')}&end_date=${day(1, 'min')}`),
      400,
    );
    expectSpecError(await anon().get('/open311/v2/requests.json?status=maybe'), 400);
    expectSpecError(await anon().get('/open311/v2/requests.json?start_date=yesterday'), 400);
    const xml = await anon().get(`/open311/v2/requests/${requestId}.xml`);
    wellFormed(xml.raw);
    expect(xml.raw).toContain(`<request><service_request_id>${requestId}</service_request_id>`);
  });

  it('XML stays well-formed whatever the stored text holds', async () => {
    const res = await post('json', {
      api_key: apiKey,
      service_code: 'other',
      address_string: '控制字符\u0001\u000b\u001f & <b>"引号"</b>',
      description: 'bell\u0007 vt\u000b esc\u001b ]]> <![CDATA[ \ufffe end',
    });
    const [answer] = shaped(postRequestAnswerShape, res);
    const id = (answer as { service_request_id: string }).service_request_id;
    const xml = await anon().get(`/open311/v2/requests.xml?service_request_id=${id}`);
    expect(xml.status).toBe(200);
    wellFormed(xml.raw);
    expect(xml.raw).toContain('&lt;b&gt;');
    wellFormed((await anon().get('/open311/v2/requests.xml')).raw);
  });

  it('tokens resolve to the request id', async () => {
    const { token } = await env.db
      .selectFrom('open311_requests')
      .select('token')
      .where('event_id', '=', requestId)
      .executeTakeFirstOrThrow();
    const res = await anon().get(`/open311/v2/tokens/${token}.json`);
    expect(shaped(tokenShape, res)).toEqual([{ service_request_id: requestId, token }]);
    expectSpecError(await anon().get('/open311/v2/tokens/unknown.json'), 404);
  });

  it('POST servicerequestupdates (mySociety) adds a public comment to a public request under the key', async () => {
    const res = await anon().request(
      'POST',
      '/open311/v2/servicerequestupdates.json',
      form({
        api_key: apiKey,
        service_request_id: requestId,
        description: '居民补充：通道仍被堵',
        first_name: '李',
        status: 'OPEN',
      }),
      { 'content-type': 'application/x-www-form-urlencoded' },
    );
    const [u] = shaped(postUpdateAnswerShape, res);
    const updates = shaped(requestUpdateShape, await anon().get('/open311/v2/servicerequestupdates.json'));
    expect(updates.find((x) => x.update_id === u.update_id)).toMatchObject({
      service_request_id: requestId,
      description: '居民补充：通道仍被堵',
    });
    const detail = await officer.get(`/api/events/${requestId}`);
    expect(detail.body.history.at(-1)).toMatchObject({
      action: 'reply',
      public: true,
      note: '居民补充：通道仍被堵',
      actorName: '李',
    });
    const xml = await anon().request(
      'POST',
      '/open311/v2/servicerequestupdates.xml',
      form({ api_key: apiKey, service_request_id: requestId, description: 'xml 客户端' }),
      { 'content-type': 'application/x-www-form-urlencoded' },
    );
    expect(xml.status).toBe(200);
    wellFormed(xml.raw);
    expectSpecError(
      await anon().request(
        'POST',
        '/open311/v2/servicerequestupdates.json',
        form({ service_request_id: requestId, description: 'x' }),
        {
          'content-type': 'application/x-www-form-urlencoded',
        },
      ),
      403,
    );
    expectSpecError(
      await anon().request(
        'POST',
        '/open311/v2/servicerequestupdates.json',
        form({
          api_key: apiKey,
          service_request_id: '0190a0a0-0000-7000-8000-000000000000',
          description: 'x',
        }),
        { 'content-type': 'application/x-www-form-urlencoded' },
      ),
      404,
    );
  });

  it('publication settings: out of scope 404, not for workers, 409 on a stale version', async () => {
    const other = await env.as('org_officer', 'district2');
    expect((await other.get(`/api/open311/settings?districtId=${env.nodes.district.id}`)).status).toBe(404);
    const worker = await env.as('grid_worker', 'grid111');
    expect((await worker.get(`/api/open311/settings?districtId=${env.nodes.district.id}`)).status).toBe(403);
    const stale = await admin.put('/api/open311/settings', {
      districtId: env.nodes.district.id,
      publish: false,
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ publish: true, version: publishVersion });
  });

  it('keys are admin-only, stored hashed, listed without the secret, and revocable', async () => {
    const worker = await env.as('grid_worker', 'grid111');
    expect((await worker.get('/api/open311/keys')).status).toBe(403);
    const other = await env.as('org_officer', 'district2');
    expect((await other.del(`/api/open311/keys/${keyId}`)).status).toBe(404);
    const list = await admin.get('/api/open311/keys');
    expect(list.body[0]).not.toHaveProperty('apiKey');
    expect(list.raw).not.toContain(apiKey);
    const row = await env.db
      .selectFrom('open311_keys')
      .select(['key_hash'])
      .where('id', '=', keyId)
      .executeTakeFirstOrThrow();
    expect(row.key_hash.toString('utf8')).not.toContain(apiKey);
    expect((await admin.del(`/api/open311/keys/${keyId}`)).status).toBe(200);
    expectSpecError(
      await post('json', { api_key: apiKey, service_code: 'sanitation', address_string: 'x' }),
      403,
    );
  });
});
