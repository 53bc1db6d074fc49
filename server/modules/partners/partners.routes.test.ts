/**
 * 共治合伙人 and 天大的小事 through HTTP: organisations apply and the community officer approves; a
 * party member and a resident report small problems; the officer merges, declines and selects them
 * as 民生实事 (at most ten a year, also when two officers select the last one at once), assigns a
 * partner, which reports progress and completion and earns points; reporters are told; the public
 * board, to-dos, figures, Excel out and in; and one authorisation case per role for every route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, roleCanCallRoute, type Role } from '../../platform/access/access.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { sheetRows } from '../../testing/sheets.ts';

let env: TestEnv;
let officer: Client;
let officer2: Client;
let officer12: Client;
let street: Client;
let shehui: Client;
let wuye: Client;
let dangyuan: Client;
let jumin: Client;
const c11 = () => env.nodes.community11.id;
const year = 2026;

beforeAll(async () => {
  env = await createTestEnv();
  [officer, officer2, officer12, street, shehui, wuye, dangyuan, jumin] = await Promise.all([
    env.as('community_officer', 'community11'),
    env.as('community_officer', 'community11'),
    env.as('community_officer', 'community12'),
    env.as('street_officer', 'street1'),
    env.as('social_org', 'community11'),
    env.as('property_staff', 'community11'),
    env.as('party_member', 'community11'),
    env.as('resident', 'community11'),
  ]);
});
afterAll(() => env.close());

const todo = async (c: Client, key: string) =>
  ((await c.get('/api/home/todos')).body as { key: string; count: number; level: string }[]).find(
    (x) => x.key === key,
  );
const told = (c: Client, kind: string) =>
  env.db
    .selectFrom('notify_notifications')
    .select('title')
    .where('user_id', '=', c.userId)
    .where('kind', '=', kind)
    .execute();

const partner = (name: string, extra: object = {}) => ({
  nodeId: c11(),
  name,
  kind: 'social_org',
  offers: ['volunteers', 'expertise'],
  offerNote: '每周两次社工驻点',
  offerValueYuan: 20000,
  ...extra,
});

describe('共治合伙人 (seed 000 福民社区)', () => {
  let social: string;
  let property: string;

  it('Fumin: 吸纳各单位、群众组织等主动参与: organisations apply, the community officer approves (seed 000)', async () => {
    const a = await shehui.post('/api/partners/apply', partner('福田社工服务中心'));
    expect(a.status).toBe(200);
    social = a.body.id;
    expect((await shehui.post('/api/partners/apply', partner('福田社工服务中心'))).status).toBe(422);
    expect(
      (await shehui.post('/api/partners/apply', partner('别处', { nodeId: env.nodes.community12.id })))
        .status,
    ).toBe(404);
    expect(
      (await shehui.post('/api/partners/apply', partner('网格', { nodeId: env.nodes.grid111.id }))).status,
    ).toBe(422);
    const b = await wuye.post(
      '/api/partners/apply',
      partner('红棉物业', { kind: 'enterprise', offers: ['venue', 'funds'], offerValueYuan: 50000 }),
    );
    property = b.body.id;
    expect((await todo(officer, 'partners.applications'))?.count).toBe(2);
    // a resident sees no application; the applicant sees its own
    expect((await jumin.get('/api/partners')).body).toEqual([]);
    const own = (await shehui.get('/api/partners')).body;
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ state: 'applied', mine: true, actions: [] });
    const list = (await officer.get('/api/partners')).body;
    expect(list.find((p: { id: string }) => p.id === social).actions).toEqual(['approve', 'decline']);
    expect(
      (await officer12.post(`/api/partners/${social}/review`, { action: 'approve', version: 1 })).status,
    ).toBe(404);
    expect(
      (await officer.post(`/api/partners/${social}/review`, { action: 'decline', version: 1 })).status,
    ).toBe(422);
    const ok = await officer.post(`/api/partners/${social}/review`, { action: 'approve', version: 1 });
    expect(ok.body).toMatchObject({ state: 'active', actions: ['suspend'] });
    expect(
      (await officer.post(`/api/partners/${social}/review`, { action: 'approve', version: 2 })).status,
    ).toBe(409);
    await officer.post(`/api/partners/${property}/review`, { action: 'approve', version: 1 });
    expect(await told(shehui, 'partners.reviewed')).toHaveLength(1);
    const seen = (await jumin.get('/api/partners')).body;
    expect(seen.map((p: { name: string }) => p.name).sort()).toEqual(['福田社工服务中心', '红棉物业']);
    expect(seen[0].contact).toBe('');
    expect(await todo(officer, 'partners.applications')).toBeUndefined();
  });

  it('the officer enters a partner itself, active at once', async () => {
    const r = await officer.post(
      '/api/partners',
      partner('区卫健局', { kind: 'unit', offers: ['expertise'] }),
    );
    expect(r.status).toBe(200);
    const p = (await officer.get('/api/partners?state=active')).body.find(
      (x: { id: string }) => x.id === r.body.id,
    );
    expect(p.state).toBe('active');
    expect((await officer.post('/api/partners', partner('x', { offers: ['magic'] }))).status).toBe(400);
  });

  describe('天大的小事 (seed 001 鄞州)', () => {
    let lamp: string;
    let lamp2: string;
    let noise: string;

    it('Yinzhou: 百名党员“找问题、抓需求”: a party member and a resident report; a retry adds nothing (seed 001)', async () => {
      const key = { 'idempotency-key': 'need-000000001' };
      const body = { nodeId: c11(), title: '3栋楼道灯不亮', detail: '晚上老人上下楼不便' };
      const a = await dangyuan.post('/api/partners/needs', body, key);
      expect(a.status).toBe(200);
      lamp = a.body.id;
      expect((await dangyuan.post('/api/partners/needs', body, key)).body.id).toBe(lamp);
      lamp2 = (await jumin.post('/api/partners/needs', { nodeId: c11(), title: '3栋灯坏了' })).body.id;
      noise = (await jumin.post('/api/partners/needs', { nodeId: c11(), title: '广场舞音量太大' })).body.id;
      expect(
        (await jumin.post('/api/partners/needs', { nodeId: env.nodes.community12.id, title: 'x' })).status,
      ).toBe(404);
      expect((await officer.get('/api/partners/needs')).body).toHaveLength(3);
      expect((await todo(officer, 'partners.to_screen'))?.count).toBe(3);
      const mine = (await jumin.get('/api/partners/needs')).body;
      expect(mine.map((d: { title: string }) => d.title).sort()).toEqual(['3栋灯坏了', '广场舞音量太大']);
      expect((await dangyuan.get('/api/partners/needs')).body[0]).toMatchObject({
        reporterKind: 'party_member',
        state: 'reported',
        mine: true,
        actions: [],
      });
    });

    it('Yinzhou: 社区党委每年确定民生实事: the officer merges, declines, selects; reporters are told (seed 001)', async () => {
      const url = (id: string) => `/api/partners/needs/${id}/screen`;
      expect((await officer.post(url(noise), { action: 'decline', version: 1 })).status).toBe(422);
      expect((await officer.post(url(lamp2), { action: 'merge', mergeInto: lamp2, version: 1 })).status).toBe(
        422,
      );
      expect(
        (await officer.post(url(lamp2), { action: 'merge', mergeInto: lamp, version: 1 })).body.state,
      ).toBe('merged');
      await officer.post(url(noise), { action: 'decline', note: '已转城管执法处理', version: 1 });
      expect((await officer12.post(url(lamp), { action: 'select', version: 1 })).status).toBe(404);
      const s = await officer.post(url(lamp), {
        action: 'select',
        year,
        targetDate: '2026-03-31',
        version: 1,
      });
      expect(s.body).toMatchObject({ state: 'selected', year, targetDate: '2026-03-31', canAssign: true });
      expect(await told(dangyuan, 'partners.selected')).toHaveLength(1);
      expect(await told(jumin, 'partners.merged')).toHaveLength(1);
      expect((await told(jumin, 'partners.declined'))[0]).toBeDefined();
      expect((await officer.post(url(lamp), { action: 'select', version: 2 })).status).toBe(409);
    });

    it('Yinzhou: 统筹物业服务企业…协同完成: assigned partners report progress, complete, earn points (seed 001)', async () => {
      const partners = (await officer.get('/api/partners?state=active')).body as {
        id: string;
        name: string;
      }[];
      const social = partners.find((p) => p.name === '福田社工服务中心')!.id;
      const url = `/api/partners/needs/${lamp}/assign`;
      expect((await officer.post(url, { partnerIds: [social], version: 1 })).status).toBe(409);
      const a = await officer.post(url, { partnerIds: [social], targetDate: '2026-02-28', version: 2 });
      expect(a.body.partners).toEqual([{ id: social, name: '福田社工服务中心' }]);
      expect(await told(shehui, 'partners.assigned')).toHaveLength(1);
      expect((await todo(shehui, 'partners.assigned'))?.count).toBe(1);
      const mine = (await shehui.get('/api/partners/needs?assigned=1')).body;
      expect(mine[0].actions).toEqual(['progress', 'complete']);
      const p = `/api/partners/needs/${lamp}/progress`;
      // the property company is a partner too, but not of this matter
      expect(
        (await wuye.post(p, { action: 'progress', progress: 50, note: '已报修', version: 3 })).status,
      ).toBe(403);
      expect((await jumin.post(p, { action: 'progress', progress: 50, note: 'x', version: 3 })).status).toBe(
        403,
      );
      const half = await shehui.post(p, { action: 'progress', progress: 50, note: '已购灯具', version: 3 });
      expect(half.body).toMatchObject({ state: 'in_progress', progress: 50 });
      const done = await shehui.post(p, {
        action: 'complete',
        progress: 100,
        note: '全部更换完毕',
        version: 4,
      });
      expect(done.body).toMatchObject({ state: 'done', progress: 100, actions: [] });
      expect(await told(dangyuan, 'partners.done')).toHaveLength(1);
      const after = (await officer.get('/api/partners')).body.find((x: { id: string }) => x.id === social);
      expect(after).toMatchObject({ points: 10, stars: 1, matters: 1 });
      const pub = await env.anon().get(`/api/public/partners/${c11()}?year=${year}`);
      expect(pub.status).toBe(200);
      expect(pub.body.matters).toEqual([
        expect.objectContaining({ title: '3栋楼道灯不亮', state: 'done', partners: ['福田社工服务中心'] }),
      ]);
      expect(pub.body.matters[0].updates.map((u: { note: string }) => u.note)).toEqual([
        '已购灯具',
        '全部更换完毕',
      ]);
      expect(pub.body.partners[0]).toMatchObject({ name: '福田社工服务中心', stars: 1 });
      expect(JSON.stringify(pub.body)).not.toContain(dangyuan.userId);
      expect((await env.anon().get(`/api/public/partners/${env.nodes.grid111.id}`)).status).toBe(404);
      // the reporter's list shows the progress
      expect((await dangyuan.get('/api/partners/needs?mine=1')).body[0].state).toBe('done');
    });

    it('Yinzhou: 每年确定的10件: two officers selecting the tenth at once: one succeeds, one gets 422 (seed 001)', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 11; i++)
        ids.push((await jumin.post('/api/partners/needs', { nodeId: c11(), title: `小事${i}` })).body.id);
      // one already selected (the lamp); eight more make nine
      for (const id of ids.slice(0, 8))
        expect(
          (await officer.post(`/api/partners/needs/${id}/screen`, { action: 'select', year, version: 1 }))
            .status,
        ).toBe(200);
      const [a, b] = await Promise.all([
        officer.post(`/api/partners/needs/${ids[8]}/screen`, { action: 'select', year, version: 1 }),
        officer2.post(`/api/partners/needs/${ids[9]}/screen`, { action: 'select', year, version: 1 }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 422]);
      const loser = a.status === 422 ? a : b;
      expect(loser.body.errors[0].message).toContain('10');
      expect(
        (await officer.post(`/api/partners/needs/${ids[10]}/screen`, { action: 'select', year, version: 1 }))
          .status,
      ).toBe(422);
      // another year has its own ten
      expect(
        (
          await officer.post(`/api/partners/needs/${ids[10]}/screen`, {
            action: 'select',
            year: 2027,
            version: 1,
          })
        ).status,
      ).toBe(200);
      const chosen = (await officer.get(`/api/partners/needs?year=${year}`)).body.filter(
        (d: { state: string }) => ['selected', 'in_progress', 'done'].includes(d.state),
      );
      expect(chosen).toHaveLength(10);
    });

    it('a selection taken back: a reason, audited, the reporter told; the year counts one fewer, so another may be selected', async () => {
      const url = (id: string) => `/api/partners/needs/${id}/screen`;
      const needs = (await officer.get(`/api/partners/needs?year=${year}`)).body as {
        id: string;
        state: string;
        version: number;
        actions: string[];
      }[];
      const m = needs.find((d) => d.state === 'selected')!;
      const waiting = (await officer.get('/api/partners/needs?state=reported')).body.find(
        (d: { title: string }) => d.title.startsWith('小事'),
      );
      expect(m.actions).toContain('withdraw');
      expect((await officer.post(url(waiting.id), { action: 'select', year, version: 1 })).status).toBe(422);
      const body = { action: 'withdraw', note: '街道已统一立项改造，不再列入', version: m.version };
      // who may: only the community's screening officer
      expect((await jumin.post(url(m.id), body)).status).toBe(403);
      expect((await dangyuan.post(url(m.id), body)).status).toBe(403);
      expect((await shehui.post(url(m.id), body)).status).toBe(403);
      expect((await officer12.post(url(m.id), body)).status).toBe(404);
      const noReason = await officer.post(url(m.id), { action: 'withdraw', version: m.version });
      expect(noReason.status).toBe(422);
      expect(noReason.body.errors).toEqual([
        expect.objectContaining({ field: 'note', message: '请填写理由' }),
      ]);
      // a matter done stays done
      const done = needs.find((d) => d.state === 'done')!;
      expect((await officer.post(url(done.id), { ...body, version: done.version })).status).toBe(409);
      const w = await officer.post(url(m.id), body);
      expect(w.status).toBe(200);
      expect(w.body).toMatchObject({ state: 'reported', year: null, targetDate: null, partners: [] });
      expect(w.body.actions).toContain('select');
      expect((await officer.post(url(m.id), body)).status).toBe(409);
      expect(await told(jumin, 'partners.withdrawn')).toHaveLength(1);
      const audit = await env.db
        .selectFrom('audit_log')
        .select(['action', 'detail'])
        .where('object_id', '=', m.id)
        .orderBy('at')
        .execute();
      expect(audit.at(-1)).toMatchObject({
        action: 'partners.need.withdraw',
        detail: expect.objectContaining({ year, reason: '街道已统一立项改造，不再列入' }),
      });
      // the freed place: the waiting need is selected now, and the ten are full again
      expect((await officer.post(url(waiting.id), { action: 'select', year, version: 1 })).status).toBe(200);
      expect(
        (await officer.post(url(m.id), { action: 'select', year, version: w.body.version })).status,
      ).toBe(422);
    });

    it('the dashboard counts; overdue matters are the officer’s to-do', async () => {
      const r = await street.get(`/api/home/stats?nodeId=${env.nodes.street1.id}&year=${year}`);
      const v = (k: string) =>
        (r.body as { key: string; value: number }[]).find((s) => s.key === `partners.${k}`)?.value;
      expect(v('active')).toBe(3);
      expect(v('selected')).toBe(10);
      expect(v('done')).toBe(1);
      expect(v('points')).toBe(10);
      expect(v('needs')).toBeGreaterThanOrEqual(3);
      const open = (await officer.get(`/api/partners/needs?year=${year}&state=selected`)).body[0];
      await officer.post(`/api/partners/needs/${open.id}/assign`, {
        partnerIds: [(await officer.get('/api/partners?state=active')).body[0].id],
        targetDate: '2020-01-01',
        version: open.version,
      });
      expect((await todo(officer, 'partners.overdue'))?.level).toBe('red');
    });
  });

  it('the registers go out to Excel; partners come in from it (dry run, per-row errors)', async () => {
    const x = await officer.get(`/api/partners/export?year=${year}`);
    expect(x.status).toBe(200);
    const sheet = await sheetRows(x.rawPayload as Buffer);
    expect(sheet.header).toContain('提供资源');
    expect(sheet.body.map((r) => r[1])).toContain('福田社工服务中心');
    const m = await street.get(`/api/partners/matters/export?year=${year}`);
    expect((await sheetRows(m.rawPayload as Buffer)).body).toHaveLength(10);
    const csv = (rows: string[]) => Buffer.from(['社区,合伙人,类型,提供资源,估值(元)', ...rows].join('\n'));
    const url = (dry: boolean) => `/api/partners/import?dryRun=${dry ? 1 : 0}`;
    const bad = await officer.upload(
      url(true),
      csv(['福山社区,甲,外星组织,场地,1', '水围社区,乙,企业,场地,x']),
      'p.csv',
      'text/csv',
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'row2.kind',
      'row3.node',
      'row3.value',
    ]);
    const good = csv([
      '福山社区,福山小学,机关企事业单位,场地、志愿服务,0',
      '福山社区,红棉物业,企业,资金,5000',
    ]);
    const dry = await officer.upload(url(true), good, 'p.csv', 'text/csv');
    expect(dry.body).toMatchObject({ dryRun: true, added: 1, skipped: 1 });
    expect(
      (await officer.get('/api/partners')).body.some((p: { name: string }) => p.name === '福山小学'),
    ).toBe(false);
    const real = await officer.upload(url(false), good, 'p.csv', 'text/csv');
    expect(real.body).toMatchObject({ dryRun: false, added: 1, skipped: 1 });
    const again = await officer.upload(url(false), good, 'p.csv', 'text/csv');
    expect(again.body).toMatchObject({ added: 0, skipped: 2 });
  });
});

describe('who may call each route (one case per role)', () => {
  const id = '00000000-0000-7000-8000-000000000000';
  const routes: [string, string, string][] = [
    ['GET', '/api/partners', 'partners.read'],
    ['POST', '/api/partners', 'partners.manage'],
    ['POST', '/api/partners/apply', 'partners.apply'],
    ['POST', `/api/partners/${id}/review`, 'partners.manage'],
    ['GET', '/api/partners/export', 'partners.export'],
    ['POST', '/api/partners/import', 'partners.manage'],
    ['GET', '/api/partners/needs', 'partners.read'],
    ['POST', '/api/partners/needs', 'partners.report'],
    ['POST', `/api/partners/needs/${id}/screen`, 'partners.manage'],
    ['POST', `/api/partners/needs/${id}/assign`, 'partners.manage'],
    ['POST', `/api/partners/needs/${id}/progress`, 'partners.serve|partners.manage'],
    ['GET', '/api/partners/matters/export', 'partners.export'],
  ];
  const roles = ROLES.filter((r) => r !== 'sys_admin' && r !== 'sec_admin') as Role[];

  it.each(roles)('%s: 403 exactly where the permissions table says no', async (role) => {
    const c = await env.as(
      role,
      role === 'org_officer' || role === 'deputy' || role === 'auditor' ? 'district' : 'community11',
    );
    for (const [method, url, permission] of routes) {
      // writes carry an empty body: a permitted role gets past the permission check to 400
      const r = await c.request(method, url, method === 'POST' ? {} : undefined);
      const allowed = roleCanCallRoute(role, permission);
      expect({ route: `${method} ${url}`, forbidden: r.status === 403 }).toEqual({
        route: `${method} ${url}`,
        forbidden: !allowed,
      });
      if (allowed) expect(r.status).not.toBe(500);
    }
  });

  it('the anonymous: the public board only', async () => {
    expect((await env.anon().get('/api/partners')).status).toBe(401);
    expect((await env.anon().get(`/api/public/partners/${c11()}`)).status).toBe(200);
  });
});
