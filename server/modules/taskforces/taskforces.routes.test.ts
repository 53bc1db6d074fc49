/**
 * 专班招募令 through HTTP (seed 001 衢江): the organisation department publishes orders with gapless
 * numbers, cadres apply (retries answer the same application), withdraw, and are shortlisted,
 * selected or rejected (told either way); members are rated, the eligible declared into assessment's
 * promotion months (P7); the separate ranking of 退职领导, to-dos, figures, export, and one
 * authorisation case per role for every route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/access.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { cadreClient, cadresIn } from '../../testing/assessment.ts';
import { createTestEnv, type Client, type NodeKey, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';

let env: TestEnv;
let zzb: Client;
let zzb2: Client;
let me: Client;
let other: Client;
let far: Client;
let cadres: string[];
const today = shanghaiDay();
const year = Number(today.slice(0, 4));
const shift = (day: string, months: number, days = 0) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const order = (over: Record<string, unknown> = {}) => ({
  districtId: env.nodes.district.id,
  name: '招商引资攻坚专班',
  mission: '聚焦重大项目招引落地。\n每月报送进展。',
  leadNodeId: env.nodes.dept.id,
  audience: 'retired',
  posts: [
    { title: '项目专员', count: 2, requirements: '熟悉招商政策' },
    { title: '联络员', count: 1 },
  ],
  openFrom: shift(today, 0, -3),
  openTo: shift(today, 0, 20),
  termStart: shift(today, 1),
  ...over,
});

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  zzb2 = await env.as('org_officer', 'district2');
  cadres = await cadresIn(env, zzb, 'dept', 3);
  me = await cadreClient(env, cadres[0], 'dept');
  other = await cadreClient(env, cadres[1], 'dept');
  // a cadre account of another district (罗湖区)
  far = await cadreClient(env, cadres[2], 'street3');
});
afterAll(() => env.close());

describe('专班招募令 (seed 001 衢江)', () => {
  let retiredOrder: string;
  let openOrder: string;
  let mine: string;
  let others: string;

  it('Qujiang: 定期发布专班“招募令”: the department publishes with gapless numbers of the district and year; the order prints', async () => {
    expect((await zzb.post('/api/taskforces/orders', order({ openTo: shift(today, 0, -5) }))).status).toBe(
      422,
    );
    expect((await zzb.post('/api/taskforces/orders', order({ openFrom: '1999-12-31' }))).status).toBe(400);
    const bad = await zzb.post('/api/taskforces/orders', order({ leadNodeId: env.nodes.street1.id }));
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('leadNodeId');
    expect((await zzb2.post('/api/taskforces/orders', order())).status).toBe(404);
    const a = await zzb.post('/api/taskforces/orders', order());
    const b = await zzb.post('/api/taskforces/orders', order({ name: '基层治理专班', audience: 'all' }));
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.number, b.body.number]).toEqual([`福田专招〔${year}〕1号`, `福田专招〔${year}〕2号`]);
    retiredOrder = a.body.id;
    openOrder = b.body.id;
    const print = await me.get(`/api/taskforces/orders/${retiredOrder}/print`);
    expect(print.headers['content-type']).toContain('text/html');
    expect(print.raw).toContain(`福田专招〔${year}〕1号`);
    expect(print.raw).toContain('项目专员');
    expect(print.raw).toContain('退职领导');
    expect((await far.get(`/api/taskforces/orders/${retiredOrder}`)).status).toBe(404);
  });

  it('Qujiang: 鼓励退职领导重返一线: a cadre sees open orders and applies once; the retired-only order needs a former leader', async () => {
    const list = await me.get('/api/taskforces/orders');
    expect(list.body.map((o: { number: string }) => o.number).sort()).toEqual([
      `福田专招〔${year}〕1号`,
      `福田专招〔${year}〕2号`,
    ]);
    expect((await far.get('/api/taskforces/orders')).body).toEqual([]);
    const todos = await me.get('/api/home/todos');
    expect(todos.body.find((x: { key: string }) => x.key === 'taskforces.open_orders')).toMatchObject({
      count: 2,
    });
    const url = `/api/taskforces/orders/${retiredOrder}/applications`;
    const body = { postIndex: 0, statement: '曾任局长，熟悉招商', retiredLeader: false };
    expect((await me.post(url, body)).status).toBe(422);
    expect((await me.post(url, { ...body, postIndex: 5, retiredLeader: true })).status).toBe(422);
    const first = await me.post(url, { ...body, retiredLeader: true });
    const retry = await me.post(url, { ...body, retiredLeader: true });
    expect(first.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    mine = first.body.id;
    const o = await other.post(`/api/taskforces/orders/${openOrder}/applications`, {
      postIndex: 1,
      statement: '愿意参与',
    });
    others = o.body.id;
    expect((await far.post(url, { ...body, retiredLeader: true })).status).toBe(404);
    const own = await me.get('/api/taskforces/applications');
    expect(own.body).toHaveLength(1);
    expect(own.body[0]).toMatchObject({ state: 'applied', retiredLeader: true, actions: [] });
    const after = await me.get('/api/home/todos');
    expect(after.body.find((x: { key: string }) => x.key === 'taskforces.open_orders')).toMatchObject({
      count: 1,
    });
    expect(after.body.find((x: { key: string }) => x.key === 'taskforces.my_pending')).toMatchObject({
      count: 1,
    });
  });

  it('the department shortlists and selects; illegal moves answer 409; the applicant is told; withdrawn only before selection', async () => {
    const zt = await zzb.get('/api/home/todos');
    expect(zt.body.find((x: { key: string }) => x.key === 'taskforces.to_decide')).toMatchObject({
      count: 2,
    });
    const desk = await zzb.get(`/api/taskforces/applications?orderId=${retiredOrder}`);
    expect(desk.body[0]).toMatchObject({
      personName: expect.any(String),
      actions: ['shortlist', 'select', 'reject'],
    });
    const decide = (id: string, b: Record<string, unknown>) =>
      zzb.post(`/api/taskforces/applications/${id}/decide`, b);
    expect(
      (await zzb2.post(`/api/taskforces/applications/${mine}/decide`, { action: 'shortlist', version: 1 }))
        .status,
    ).toBe(404);
    expect((await decide(mine, { action: 'shortlist', version: 1 })).body.state).toBe('shortlisted');
    expect((await decide(mine, { action: 'shortlist', version: 2 })).status).toBe(409);
    expect((await decide(mine, { action: 'select', version: 1 })).status).toBe(409);
    expect((await decide(mine, { action: 'select', version: 2 })).status).toBe(422);
    const sel = await decide(mine, { action: 'select', version: 2, startDate: shift(today, -13) });
    expect(sel.body).toMatchObject({ state: 'selected', actions: [] });
    expect((await me.post(`/api/taskforces/applications/${mine}/withdraw`, { version: 3 })).status).toBe(409);
    expect((await other.post(`/api/taskforces/applications/${mine}/withdraw`, { version: 3 })).status).toBe(
      404,
    );
    expect(
      (await other.post(`/api/taskforces/applications/${others}/withdraw`, { version: 1 })).body.state,
    ).toBe('withdrawn');
    expect((await decide(others, { action: 'select', version: 2, startDate: today })).status).toBe(409);
    const told = await env.db
      .selectFrom('notify_notifications')
      .select('kind')
      .where('user_id', '=', me.userId)
      .where('kind', '=', 'taskforces.decided')
      .execute();
    expect(told).toHaveLength(1);
    // selected more than a week ago (started 13 months back): nothing left to do on the home page
    const home = await me.get('/api/home/todos');
    expect(home.body.find((x: { key: string }) => x.key === 'taskforces.my_pending')).toBeUndefined();
    expect(home.body.find((x: { key: string }) => x.key === 'taskforces.my_selected')).toBeUndefined();
  });

  it('Qujiang: 参与专班工作1年以上且表现突出的，给予一定晋升激励: rated 优秀 after 12 months, declared once into assessment as P7', async () => {
    const members = await zzb.get('/api/taskforces/members');
    expect(members.body).toHaveLength(1);
    expect(members.body[0]).toMatchObject({ months: 13, latest: null, ratingDue: true, eligible: false });
    const m = members.body[0].id;
    const due = await zzb.get('/api/home/todos');
    expect(due.body.find((x: { key: string }) => x.key === 'taskforces.ratings_due')).toMatchObject({
      count: 1,
    });
    expect((await zzb.post(`/api/taskforces/members/${m}/incentive`)).status).toBe(409);
    expect(
      (await zzb.post(`/api/taskforces/members/${m}/ratings`, { rating: 'excellent', comment: '' })).status,
    ).toBe(400);
    expect(
      (
        await zzb.post(`/api/taskforces/members/${m}/ratings`, {
          rating: 'excellent',
          comment: '牵头引进项目3个',
          ratedOn: shift(today, -14),
        })
      ).status,
    ).toBe(422);
    expect(
      (
        await zzb.post(`/api/taskforces/members/${m}/ratings`, {
          rating: 'excellent',
          comment: '牵头引进项目3个',
        })
      ).status,
    ).toBe(200);
    const after = await zzb.get('/api/home/todos');
    expect(after.body.find((x: { key: string }) => x.key === 'taskforces.ratings_due')).toBeUndefined();
    const now = (await zzb.get('/api/taskforces/members')).body[0];
    expect(now).toMatchObject({ latest: 'excellent', ratingDue: false, eligible: true, declaredAt: null });
    const d = await zzb.post(`/api/taskforces/members/${m}/incentive`);
    expect(d.status).toBe(200);
    expect((await zzb.post(`/api/taskforces/members/${m}/incentive`)).status).toBe(409);
    const decl = await zzb.get(`/api/assessment/months/declarations?districtId=${env.nodes.district.id}`);
    expect(decl.body).toEqual([
      expect.objectContaining({
        id: d.body.declarationId,
        personId: cadres[0],
        code: 'P7',
        status: 'declared',
        months: 2,
      }),
    ]);
    const rank = await zzb.get('/api/taskforces/retired-ranking');
    expect(rank.body).toEqual([
      expect.objectContaining({ rank: 1, months: 13, latest: 'excellent', eligible: true }),
    ]);
    const stats = await zzb.get(`/api/home/stats?nodeId=${env.nodes.district.id}&year=${year}`);
    const v = (k: string) =>
      (stats.body as { key: string; value: number }[]).find((s) => s.key === `taskforces.${k}`)?.value;
    expect([v('open_orders'), v('members'), v('retired_members'), v('eligible')]).toEqual([2, 1, 1, 1]);
  });

  it('the register exports orders, applications and members', async () => {
    const x = await zzb.get('/api/taskforces/export');
    expect(x.status).toBe(200);
    const orders = await sheetRows(x.rawPayload, 0);
    const members = await sheetRows(x.rawPayload, 2);
    expect(orders.name).toBe('专班招募令');
    expect(orders.body.map((r) => r[0]).sort()).toEqual([`福田专招〔${year}〕1号`, `福田专招〔${year}〕2号`]);
    expect((await sheetRows(x.rawPayload, 1)).body).toHaveLength(2);
    expect(members.header).toContain('符合晋升激励');
    expect(members.body).toHaveLength(1);
    expect(members.body[0]).toContain('优秀');
    expect(members.body[0].at(-1)).toBe('是');
    expect((await me.get('/api/taskforces/export')).status).toBe(403);
  });

  it('the department closes an order early: a reason, audited; no application after it; those in stay to be decided', async () => {
    const url = `/api/taskforces/orders/${openOrder}/close`;
    const reason = '专班人员已配齐，提前截止报名';
    expect((await me.post(url, { reason })).status).toBe(403);
    expect((await zzb2.post(url, { reason })).status).toBe(404);
    for (const bad of ['', '   ', '\u0000', 'x'.repeat(501), '\ud800', 1e308]) {
      const r = await zzb.post(url, { reason: bad });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.errors[0].field).toBe('reason');
    }
    const c = await zzb.post(url, { reason });
    expect(c.status).toBe(200);
    expect(c.body).toMatchObject({ open: false, closeReason: reason, closedAt: expect.any(String) });
    expect((await zzb.post(url, { reason })).status).toBe(409);
    const late = await me.post(`/api/taskforces/orders/${openOrder}/applications`, {
      postIndex: 0,
      statement: '愿意参与',
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('taskforces.closed');
    // the cadre who applied still sees it, closed and why
    const seen = await other.get(`/api/taskforces/orders/${openOrder}`);
    expect(seen.body).toMatchObject({ open: false, closeReason: reason });
    expect((await me.get('/api/taskforces/orders')).body.map((o: { id: string }) => o.id)).not.toContain(
      openOrder,
    );
    const audit = await env.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('object_id', '=', openOrder)
      .where('action', '=', 'taskforces.order.close')
      .execute();
    expect(audit).toEqual([expect.objectContaining({ detail: expect.objectContaining({ reason }) })]);
  });
});

describe('one authorisation case per role for every route', () => {
  const NODE: Partial<Record<Role, NodeKey>> = {
    sys_admin: 'city',
    sec_admin: 'city',
    auditor: 'city',
    org_officer: 'district',
    dept_officer: 'dept',
    cadre: 'dept',
    street_officer: 'street1',
    grid_worker: 'grid111',
  };
  const ROLES: Role[] = [
    'sys_admin',
    'sec_admin',
    'auditor',
    'org_officer',
    'street_officer',
    'community_officer',
    'dept_officer',
    'cadre',
    'grid_worker',
    'resident',
    'deputy',
    'social_org',
    'property_staff',
    'owners_committee',
    'mediator',
    'party_member',
    'village_staff',
    'teacher',
  ];
  const ALLOWED: Record<string, Role[]> = {
    read: ['org_officer', 'cadre'],
    manage: ['org_officer'],
    apply: ['cadre'],
    export: ['org_officer'],
  };
  const none = '00000000-0000-7000-8000-000000000000';
  const ROUTES: [string, string, string, unknown?][] = [
    ['read', 'GET', '/api/taskforces/orders'],
    ['manage', 'POST', '/api/taskforces/orders', {}],
    ['read', 'GET', `/api/taskforces/orders/${none}`],
    ['read', 'GET', `/api/taskforces/orders/${none}/print`],
    ['manage', 'POST', `/api/taskforces/orders/${none}/close`, { reason: '提前截止' }],
    ['apply', 'POST', `/api/taskforces/orders/${none}/applications`, { postIndex: 0, statement: '报名' }],
    ['read', 'GET', '/api/taskforces/applications'],
    ['apply', 'POST', `/api/taskforces/applications/${none}/withdraw`, { version: 1 }],
    ['manage', 'POST', `/api/taskforces/applications/${none}/decide`, { action: 'shortlist', version: 1 }],
    ['manage', 'GET', '/api/taskforces/members'],
    ['manage', 'POST', `/api/taskforces/members/${none}/ratings`, { rating: 'competent', comment: '好' }],
    ['manage', 'POST', `/api/taskforces/members/${none}/incentive`],
    ['manage', 'GET', '/api/taskforces/retired-ranking'],
    ['manage', 'POST', '/api/taskforces/members/import?dryRun=1', {}],
    ['export', 'GET', '/api/taskforces/export'],
  ];
  it.each(ROLES)('%s: 403 where the role has no permission, past the check where it has', async (role) => {
    const c = await env.as(role, NODE[role] ?? 'community11');
    for (const [action, method, url, body] of ROUTES) {
      const r = await c.request(method, url, body);
      if (ALLOWED[action].includes(role))
        expect([200, 400, 404, 406, 415, 422], `${method} ${url}`).toContain(r.status);
      else expect(r.status, `${role} ${method} ${url}`).toBe(403);
    }
  });
});
