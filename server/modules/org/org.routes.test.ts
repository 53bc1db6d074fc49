import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('org tree routes', () => {
  it('a street officer sees its street as the root and finds 福田街道 by initials only inside its scope', async () => {
    const c = await env.as('street_officer', 'street1');
    const roots = await c.get('/api/org/roots');
    expect(roots.status).toBe(200);
    expect(roots.body.map((n: any) => n.name)).toEqual(['福田街道']);
    const found = await c.get('/api/org/search?q=ftjd');
    expect(found.body.map((n: any) => n.name)).toContain('福田街道');
    const other = await c.get('/api/org/search?q=zlsq'); // 竹林社区 is in street2
    expect(other.body).toEqual([]);
    const withDigits = await c.get('/api/org/search?q=fsd1wg'); // 福山第1网格
    expect(withDigits.body.map((n: any) => n.name)).toEqual(['福山第1网格']);
  });

  it('answers 404, not 403, for a node outside the subtree, and audits the denial', async () => {
    const c = await env.as('community_officer', 'community11');
    const res = await c.get(`/api/org/nodes/${env.nodes.community21.id}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const denied = await env.db
      .selectFrom('audit_log')
      .select(['result', 'actor_user_id'])
      .where('action', '=', 'http.denied')
      .where('actor_user_id', '=', c.userId)
      .execute();
    expect(denied).toEqual([{ result: 'denied', actor_user_id: c.userId }]);
  });

  it('moves a subtree: descendants follow and a grant on a moved node still reaches its children', async () => {
    const officer = await env.as('org_officer', 'district');
    const gridOfficer = await env.as('community_officer', 'community11');
    const node = await officer.get(`/api/org/nodes/${env.nodes.community11.id}`);
    const moved = await officer.post(`/api/org/nodes/${env.nodes.community11.id}/move`, {
      newParentId: env.nodes.street2.id,
      version: node.body.version,
    });
    expect(moved.status).toBe(200);
    const building = await officer.get(`/api/org/nodes/${env.nodes.building.id}`);
    expect(building.body.ancestors.map((a: any) => a.name)).toEqual([
      '福田区',
      '香蜜湖街道',
      '福山社区',
      '福山第1网格',
      '福山1-1微网格',
    ]);
    const stillMine = await gridOfficer.get(`/api/org/nodes/${env.nodes.building.id}`);
    expect(stillMine.status).toBe(200);
    const street2Officer = await env.as('street_officer', 'street2');
    expect((await street2Officer.get(`/api/org/nodes/${env.nodes.building.id}`)).status).toBe(200);
  });

  it('refuses a move under its own descendant with 409 and a reason', async () => {
    const officer = await env.as('org_officer', 'district');
    const node = await officer.get(`/api/org/nodes/${env.nodes.street1.id}`);
    const res = await officer.post(`/api/org/nodes/${env.nodes.street1.id}/move`, {
      newParentId: env.nodes.community12.id,
      version: node.body.version,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('org.move_cycle');
  });

  it('gives per-field messages in the chosen language for bad input', async () => {
    const officer = await env.as('org_officer', 'district');
    const zh = await officer.post('/api/org/nodes', { parentId: 'nope', level: 'street', name: '' });
    expect(zh.status).toBe(400);
    expect(zh.body.errors.map((e: any) => e.field).sort()).toEqual(['name', 'parentId']);
    const en = await officer.request('POST', '/api/org/nodes?lang=en-US', {
      parentId: env.nodes.district.id,
      level: 'community',
      name: 'X',
    });
    expect(en.status).toBe(422);
    expect(en.body.errors[0]).toEqual({
      field: 'level',
      message: 'A node of this level cannot sit under that parent',
    });
  });

  it('refuses a name the tree’s Excel could not carry (a slash, a leading formula sign), as the import does', async () => {
    const officer = await env.as('org_officer', 'district');
    for (const name of ['=HYPERLINK("http://x")', '@SUM(A1)', '福田/福保', '-1']) {
      const res = await officer.post('/api/org/nodes', {
        parentId: env.nodes.district.id,
        level: 'street',
        name,
      });
      expect(res.status, name).toBe(400);
      expect(res.body.errors).toEqual([
        { field: 'name', message: '名称不能含有“/”或控制字符，也不能以 = + - @ 开头' },
      ]);
    }
    const renamed = await officer.request('PATCH', `/api/org/nodes/${env.nodes.street1.id}`, { name: '+1' });
    expect(renamed.status).toBe(400);
    expect(renamed.body.errors.map((e: any) => e.field)).toContain('name');
    const ok = await officer.post('/api/org/nodes', {
      parentId: env.nodes.district.id,
      level: 'street',
      name: '新街道',
    });
    expect(ok.status).toBe(200);
  });
});
