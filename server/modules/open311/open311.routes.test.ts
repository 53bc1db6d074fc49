import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let admin: Client;
let apiKey: string;
let keyId: string;

const REQUEST_FIELDS = [
  'service_request_id',
  'status',
  'status_notes',
  'service_name',
  'service_code',
  'description',
  'agency_responsible',
  'service_notice',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'address_id',
  'zipcode',
  'lat',
  'long',
  'media_url',
].sort();

const anon = () => env.anon();
const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
const post = (fmt: 'json' | 'xml', body: Record<string, string>) =>
  anon().request('POST', `/open311/v2/requests.${fmt}`, form(body), {
    'content-type': 'application/x-www-form-urlencoded',
  });
const expectSpecError = (res: { status: number; body: any }, status: number) => {
  expect(res.status).toBe(status);
  expect(Array.isArray(res.body)).toBe(true);
  expect(Object.keys(res.body[0]).sort()).toEqual(['code', 'description']);
  expect(res.body[0].code).toBe(status);
  expect(typeof res.body[0].description).toBe('string');
};

beforeAll(async () => {
  env = await createTestEnv();
  admin = await env.as('org_officer', 'district');
  const k = await admin.post('/api/open311/keys', { name: '12345 热线', nodeId: env.nodes.community11.id });
  expect(k.status, k.raw).toBe(200);
  apiKey = k.body.apiKey;
  keyId = k.body.id;
  const officer = await env.as('community_officer', 'community11');
  const ring = [
    [114.05, 22.54],
    [114.06, 22.54],
    [114.06, 22.55],
    [114.05, 22.55],
    [114.05, 22.54],
  ];
  await officer.put(`/api/grid/grids/${env.nodes.grid111.id}/outline`, {
    version: 0,
    geojson: { type: 'Polygon', coordinates: [ring] },
  });
});
afterAll(() => env.close());

describe('Open311 GeoReport v2 contract', () => {
  it('discovery lists the endpoint, its specification and formats', async () => {
    const res = await anon().get('/open311/v2/discovery.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['changeset', 'contact', 'endpoints', 'key_service']);
    expect(Object.keys(res.body.endpoints[0]).sort()).toEqual([
      'changeset',
      'formats',
      'specification',
      'type',
      'url',
    ]);
    expect(res.body.endpoints[0].formats).toEqual(['text/xml', 'application/json']);
    const xml = await anon().get('/open311/v2/discovery.xml');
    expect(xml.headers['content-type']).toContain('text/xml');
    expect(xml.raw).toMatch(/^<\?xml[^>]*\?><discovery><changeset>.*<endpoints><endpoint><specification>/);
  });

  it('services carry every field, with string codes; definitions list their attributes', async () => {
    const res = await anon().get('/open311/v2/services.json');
    expect(res.body.length).toBeGreaterThanOrEqual(6);
    for (const s of res.body) {
      expect(Object.keys(s).sort()).toEqual([
        'description',
        'group',
        'keywords',
        'metadata',
        'service_code',
        'service_name',
        'type',
      ]);
      expect(typeof s.service_code).toBe('string');
      expect(typeof s.metadata).toBe('boolean');
      expect(['realtime', 'batch', 'blackbox']).toContain(s.type);
    }
    expect(res.body.map((s: any) => s.service_code)).toEqual(
      expect.arrayContaining([
        'fire_hazard',
        'illegal_construction',
        'sanitation',
        'dispute',
        'three_small_safety',
        'road_damage',
      ]),
    );
    const def = await anon().get('/open311/v2/services/fire_hazard.json');
    expect(Object.keys(def.body).sort()).toEqual(['attributes', 'service_code']);
    expect(Object.keys(def.body.attributes[0]).sort()).toEqual([
      'code',
      'datatype',
      'datatype_description',
      'description',
      'order',
      'required',
      'values',
      'variable',
    ]);
    expect(Object.keys(def.body.attributes[0].values[0]).sort()).toEqual(['key', 'name']);
    const xml = await anon().get('/open311/v2/services.xml');
    expect(xml.raw).toContain('<services><service><service_code>fire_hazard</service_code>');
    expectSpecError(await anon().get('/open311/v2/services/nope.json'), 404);
  });

  let requestId: string;
  let token: string;
  it('POST requests creates an event in the grid holding the point, answering the spec fields', async () => {
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
    expect(res.status, res.raw).toBe(200);
    expect(Object.keys(res.body[0]).sort()).toEqual([
      'account_id',
      'service_notice',
      'service_request_id',
      'token',
    ]);
    requestId = res.body[0].service_request_id;
    token = res.body[0].token;
    const officer = await env.as('community_officer', 'community11');
    const ev = await officer.get(`/api/events/${requestId}`);
    expect(ev.body).toMatchObject({
      nodeId: env.nodes.grid111.id,
      reporterKind: 'open311',
      level: 2,
      category: 'fire_hazard',
    });
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
    expect(xml.raw).toMatch(
      /<service_requests><request><service_request_id>[0-9a-f-]{36}<\/service_request_id>/,
    );
  });

  it.each([
    ['no api_key', { service_code: 'fire_hazard', lat: '22.5', long: '114.0' }, 400],
    ['a wrong api_key', { api_key: 'nope', service_code: 'fire_hazard', lat: '22.5', long: '114.0' }, 403],
    ['no service_code', { api_key: 'K', lat: '22.5', long: '114.0' }, 400],
    ['an unknown service_code', { api_key: 'K', service_code: '999', lat: '22.5', long: '114.0' }, 400],
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
    expect(xml.raw).toMatch(
      new RegExp(`<errors><error><code>${status}</code><description>[^<]+</description></error></errors>`),
    );
  });

  it('GET requests lists every field the spec names, with its filters', async () => {
    const all = await anon().get('/open311/v2/requests.json');
    expect(all.status, all.raw).toBe(200);
    expect(all.body.length).toBe(2);
    for (const r of all.body) expect(Object.keys(r).sort()).toEqual(REQUEST_FIELDS);
    const one = all.body.find((r: any) => r.service_request_id === requestId);
    expect(one).toMatchObject({
      status: 'open',
      service_code: 'fire_hazard',
      description: '消防通道被电动车堵塞',
      address: '福山花园1栋楼下',
      lat: 22.545,
      long: 114.055,
    });
    expect(one.requested_datetime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const byCode = await anon().get('/open311/v2/requests.json?service_code=sanitation');
    expect(byCode.body.map((r: any) => r.service_code)).toEqual(['sanitation']);
    const closed = await anon().get('/open311/v2/requests.json?status=closed');
    expect(closed.body).toEqual([]);
    const day = (n: number) => encodeURIComponent(new Date(Date.now() + n * 86400_000).toISOString());
    const future = await anon().get(`/open311/v2/requests.json?start_date=${day(1)}&end_date=${day(2)}`);
    expect(future.body).toEqual([]);
    const window = await anon().get(`/open311/v2/requests.json?start_date=${day(-1)}&end_date=${day(1)}`);
    expect(window.body.length).toBe(2);
    expectSpecError(
      await anon().get(`/open311/v2/requests.json?start_date=${day(2)}&end_date=${day(1)}`),
      400,
    );
    const byId = await anon().get(`/open311/v2/requests.json?service_request_id=${requestId}`);
    expect(byId.body.map((r: any) => r.service_request_id)).toEqual([requestId]);
    const single = await anon().get(`/open311/v2/requests/${requestId}.json`);
    expect(single.body.length).toBe(1);
    expectSpecError(await anon().get('/open311/v2/requests/0190a0a0-0000-7000-8000-000000000000.json'), 404);
    expectSpecError(await anon().get('/open311/v2/requests.json?status=maybe'), 400);
    expectSpecError(await anon().get('/open311/v2/requests.json?start_date=yesterday'), 400);
    const xml = await anon().get(`/open311/v2/requests/${requestId}.xml`);
    expect(xml.raw).toContain(
      `<request><service_request_id>${requestId}</service_request_id><status>open</status>`,
    );
    expect(xml.raw).toContain('<zipcode/>');
  });

  it('tokens resolve to the request id', async () => {
    const res = await anon().get(`/open311/v2/tokens/${token}.json`);
    expect(res.body).toEqual([{ service_request_id: requestId, token }]);
    expectSpecError(await anon().get('/open311/v2/tokens/unknown.json'), 404);
  });

  it('servicerequestupdates (mySociety) reports each status change; closing shows as closed', async () => {
    const officer = await env.as('community_officer', 'community11');
    const cur = await officer.get(`/api/events/${requestId}`);
    await officer.post(`/api/events/${requestId}/transitions`, {
      action: 'reject',
      version: cur.body.version,
      note: '已现场核实，非消防隐患',
    });
    const res = await anon().get('/open311/v2/servicerequestupdates.json');
    const mine = res.body.filter((u: any) => u.service_request_id === requestId);
    expect(mine.length).toBe(2);
    for (const u of mine)
      expect(Object.keys(u).sort()).toEqual([
        'description',
        'media_url',
        'service_request_id',
        'status',
        'update_id',
        'updated_datetime',
      ]);
    expect(mine[1]).toMatchObject({ status: 'closed', description: '已现场核实，非消防隐患' });
    const req = await anon().get(`/open311/v2/requests/${requestId}.json`);
    expect(req.body[0]).toMatchObject({ status: 'closed', status_notes: '已现场核实，非消防隐患' });
    const xml = await anon().get('/open311/v2/servicerequestupdates.xml');
    expect(xml.raw).toContain('<service_request_updates><request_update><update_id>');
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
