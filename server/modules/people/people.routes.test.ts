import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/access/access.ts';
import { createTestEnv, type Client, type NodeKey, type TestEnv } from '../../testing/harness.ts';
import { multipart, readXlsx, samplePerson, TEMPLATE_HEAD, xlsxOf } from './people.fixtures.ts';

let env: TestEnv;
const A = samplePerson({ name: '陈福山' }); // in grid111 (community11, street1)
const B = samplePerson({ name: '林竹林', gender: 'F' }); // in community21 (street2)
const C = samplePerson({ name: '罗湖人' }); // in community31 (another district)
const ids = { A: '', B: '', C: '' };

beforeAll(async () => {
  env = await createTestEnv();
  const officer = await env.as('org_officer', 'district');
  const other = await env.as('org_officer', 'district2');
  ids.A = (await officer.post('/api/people', { nodeId: env.nodes.grid111.id, ...A })).body.id;
  ids.B = (await officer.post('/api/people', { nodeId: env.nodes.community21.id, ...B })).body.id;
  ids.C = (await other.post('/api/people', { nodeId: env.nodes.community31.id, ...C })).body.id;
  expect(Object.values(ids).every(Boolean)).toBe(true);
});
afterAll(() => env.close());

interface Case {
  role: Role;
  node: NodeKey;
  read: boolean;
  write: boolean;
  reveal: boolean;
  /** import and export */
  files: boolean;
  seesB: boolean;
  /** a node inside the role's scope to create people in */
  home?: NodeKey;
}
const none = { read: false, write: false, reveal: false, files: false, seesB: false };
const CASES: Case[] = [
  {
    role: 'org_officer',
    node: 'district',
    read: true,
    write: true,
    reveal: true,
    files: true,
    seesB: true,
    home: 'community12',
  },
  {
    role: 'street_officer',
    node: 'street1',
    read: true,
    write: true,
    reveal: true,
    files: true,
    seesB: false,
    home: 'community12',
  },
  {
    role: 'community_officer',
    node: 'community11',
    read: true,
    write: true,
    reveal: true,
    files: true,
    seesB: false,
    home: 'micro1111',
  },
  {
    role: 'grid_worker',
    node: 'grid111',
    read: true,
    write: true,
    reveal: false,
    files: false,
    seesB: false,
    home: 'building',
  },
  { role: 'sys_admin', node: 'city', ...none },
  { role: 'sec_admin', node: 'city', ...none },
  { role: 'auditor', node: 'city', ...none },
  { role: 'dept_officer', node: 'dept', ...none },
  { role: 'cadre', node: 'community11', ...none },
  { role: 'resident', node: 'community11', ...none },
];

describe.each(CASES)('$role on $node', (c) => {
  let u: Client;
  beforeAll(async () => {
    u = await env.as(c.role, c.node);
  });
  const denied = (s: number) => expect(s).toBe(403);

  it('GET /api/people lists its subtree only; search by initials, name and exact ID stays inside it', async () => {
    const all = await u.get('/api/people?limit=200');
    if (!c.read) return denied(all.status);
    expect(all.status).toBe(200);
    const names = all.body.items.map((p: any) => p.name);
    expect(names).toContain('陈福山');
    expect(names.includes('林竹林')).toBe(c.seesB);
    expect(names).not.toContain('罗湖人');
    expect((await u.get('/api/people?q=cfs')).body.items.map((p: any) => p.name)).toEqual(['陈福山']);
    expect((await u.get('/api/people?q=chenfu')).body.items.map((p: any) => p.name)).toEqual(['陈福山']);
    const byInitials = await u.get('/api/people?q=lzl');
    expect(byInitials.body.items.length).toBe(c.seesB ? 1 : 0);
    const byId = await u.get(`/api/people?q=${B.nationalId}`);
    expect(byId.body).toMatchObject({ total: c.seesB ? 1 : 0 });
    const byName = await u.get(`/api/people?q=${encodeURIComponent('竹')}`);
    expect(byName.body.total).toBe(c.seesB ? 1 : 0);
    expect((await u.get(`/api/people?q=${A.phone}`)).body.items.map((p: any) => p.id)).toEqual([ids.A]);
    // a nodeId outside the scope narrows to nothing rather than widening it
    expect((await u.get(`/api/people?nodeId=${env.nodes.community31.id}`)).body.total).toBe(0);
    const item = all.body.items.find((p: any) => p.id === ids.A);
    expect(item.nationalId).toBe(A.nationalId.slice(0, 6) + '********' + A.nationalId.slice(-4));
    expect(item.phone).toBe(A.phone.slice(0, 3) + '****' + A.phone.slice(-4));
    expect(item.birthDate).toBe(A.birthDate.slice(0, 4) + '-**-**');
    expect(all.raw).not.toContain(A.nationalId);
    expect(all.raw).not.toContain(A.phone);
  });

  it('GET /api/people/:id: 200 masked in scope, 404 outside', async () => {
    const a = await u.get(`/api/people/${ids.A}`);
    const b = await u.get(`/api/people/${ids.B}`);
    const other = await u.get(`/api/people/${ids.C}`);
    if (!c.read) return [a, b, other].forEach((r) => denied(r.status));
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({
      name: '陈福山',
      nodeName: '福山第1网格',
      can: { write: c.write, reveal: c.reveal },
    });
    expect(a.raw).not.toContain(A.nationalId);
    expect(a.body.address).not.toBe(A.address);
    expect(b.status).toBe(c.seesB ? 200 : 404);
    expect(other.status).toBe(404);
  });

  it('POST /api/people/:id/reveal: plaintext only with people.reveal in scope', async () => {
    const a = await u.post(`/api/people/${ids.A}/reveal`, { reason: 'verify_identity' });
    const b = await u.post(`/api/people/${ids.B}/reveal`, { reason: 'verify_identity' });
    if (!c.reveal) return [a, b].forEach((r) => denied(r.status));
    expect(a.status).toBe(200);
    expect(a.body).toEqual({
      nationalId: A.nationalId,
      phone: A.phone,
      birthDate: A.birthDate,
      address: A.address,
    });
    expect(b.status).toBe(c.seesB ? 200 : 404);
  });

  it('POST /api/people creates inside the scope and refuses a node outside it', async () => {
    const p = samplePerson({ name: '新居民' });
    const out = await u.post('/api/people', { nodeId: env.nodes.community31.id, ...p });
    if (!c.write) return denied(out.status);
    expect(out.status).toBe(422);
    expect(out.body.errors.map((e: any) => e.field)).toEqual(['nodeId']);
    const made = await u.post('/api/people', { nodeId: env.nodes[c.home!].id, ...p });
    expect(made.status).toBe(200);
    expect((await u.get(`/api/people/${made.body.id}`)).body.nodeId).toBe(env.nodes[c.home!].id);
  });

  it('PATCH /api/people/:id edits in scope with the version; 404 outside', async () => {
    const b = await u.patch(`/api/people/${ids.B}`, { address: '竹林路2号', version: 1 });
    if (!c.write) return denied(b.status);
    if (!c.seesB) expect(b.status).toBe(404);
    const cur = await u.get(`/api/people/${ids.A}`);
    const res = await u.patch(`/api/people/${ids.A}`, {
      address: `福山路${c.role}`,
      version: cur.body.version,
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(cur.body.version + 1);
    const stale = await u.patch(`/api/people/${ids.A}`, { address: 'x路', version: cur.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('error.stale');
    const reveal = await u.post(`/api/people/${ids.A}/reveal`, { reason: 'verify_identity' });
    if (c.reveal) expect(reveal.body.address).toBe(`福山路${c.role}`);
    const back = await u.patch(`/api/people/${ids.A}`, { address: A.address, version: res.body.version });
    expect(back.status).toBe(200);
  });

  it('POST and DELETE identities in scope; 404 outside', async () => {
    const body = { kind: 'volunteer', attrs: { team: '福山志愿队', hours: 12 } };
    const b = await u.post(`/api/people/${ids.B}/identities`, body);
    if (!c.write) return denied(b.status);
    if (!c.seesB) expect(b.status).toBe(404);
    else expect(b.status).toBe(200);
    const added = await u.post(`/api/people/${ids.A}/identities`, body);
    expect(added.status).toBe(200);
    expect((await u.get(`/api/people/${ids.A}`)).body.identities).toEqual([
      { id: added.body.id, kind: 'volunteer', attrs: { team: '福山志愿队', hours: 12 }, names: {} },
    ]);
    const again = await u.post(`/api/people/${ids.A}/identities`, body);
    expect(again.status).toBe(422);
    expect(again.body.errors[0].field).toBe('kind');
    expect((await u.del(`/api/people/${ids.A}/identities/${added.body.id}`)).body).toEqual({ ok: true });
    expect((await u.del(`/api/people/${ids.A}/identities/${added.body.id}`)).status).toBe(404);
    if (c.seesB) await u.del(`/api/people/${ids.B}/identities/${b.body.id}`);
  });

  it('GET /api/people/export.xlsx holds the subtree only, masked unless revealed', async () => {
    const res = await u.get('/api/people/export.xlsx');
    if (!c.files) return denied(res.status);
    expect(res.status).toBe(200);
    const rows = await readXlsx(res.rawPayload);
    expect(rows[0]).toContain('身份证号 (National ID)');
    const names = rows.slice(1).map((r) => r[0]);
    expect(names).toContain('陈福山');
    expect(names.includes('林竹林')).toBe(c.seesB);
    expect(names).not.toContain('罗湖人');
    const flat = rows.flat().join('|');
    expect(flat).not.toContain(A.nationalId);
    expect(flat).toContain(A.nationalId.slice(0, 6) + '********');
    const open = await readXlsx(
      (await u.get('/api/people/export.xlsx?reveal=1&reason=service&q=cfs')).rawPayload,
    );
    expect(open.slice(1).map((r) => r[3])).toEqual([A.nationalId]);
  });

  it('GET /api/people/import/template.xlsx and POST import preview/commit', async () => {
    const tpl = await u.get('/api/people/import/template.xlsx');
    const file = await xlsxOf([
      ['姓名 (Name)', '身份证号 (National ID)'],
      ['导入人', samplePerson().nationalId],
    ]);
    const m = multipart(file);
    const pv = await u.post(`/api/people/import/preview?nodeId=${env.nodes.grid111.id}`, m.body, m.headers);
    if (!c.files) {
      const commit = await u.post(`/api/people/import/${ids.A}/commit`, { mode: 'valid' });
      return [tpl, pv, commit].forEach((r) => denied(r.status));
    }
    expect(tpl.status).toBe(200);
    expect((await readXlsx(tpl.rawPayload))[0]).toEqual(TEMPLATE_HEAD);
    expect(pv.body).toMatchObject({ total: 1, valid: 1, invalid: 0, errors: [] });
    const outside = await u.post(
      `/api/people/import/preview?nodeId=${env.nodes.community31.id}`,
      m.body,
      m.headers,
    );
    expect(outside.status).toBe(422);
    const done = await u.post(`/api/people/import/${pv.body.batchId}/commit`, { mode: 'all' });
    expect(done.body).toEqual({ imported: 1 });
  });
});

describe('people routes beyond the role matrix', () => {
  it('audits every reveal with the person as object', async () => {
    const u = await env.as('community_officer', 'community11');
    expect((await u.post(`/api/people/${ids.A}/reveal`, { reason: 'verify_identity' })).status).toBe(200);
    const rows = await env.db
      .selectFrom('audit_log')
      .select(['action', 'object_type', 'object_id', 'result'])
      .where('actor_user_id', '=', u.userId)
      .where('action', '=', 'people.reveal')
      .execute();
    expect(rows).toEqual([
      { action: 'people.reveal', object_type: 'person', object_id: ids.A, result: 'ok' },
    ]);
    const denied = await u.post(`/api/people/${ids.B}/reveal`, { reason: 'verify_identity' });
    expect(denied.status).toBe(404);
  });

  // Browse pages are kept in memory while every write to people and the tree is heard: a page
  // always shows the register as it is, whoever changed it and however.
  describe('pages kept in memory', () => {
    const names = async (u: Client, node: NodeKey) => {
      const r = await u.get(`/api/people?nodeId=${env.nodes[node].id}&limit=200`);
      expect(r.status).toBe(200);
      return {
        total: r.body.total as number,
        names: (r.body.items as { name: string }[]).map((i) => i.name),
      };
    };

    it('a person added, edited or moved through the API shows on the very next page', async () => {
      const u = await env.as('street_officer', 'street1');
      const before = await names(u, 'street1');
      expect(await names(u, 'street1')).toEqual(before); // the same page again
      const made = await u.post('/api/people', {
        nodeId: env.nodes.community12.id,
        ...samplePerson({ name: '缓存新人' }),
      });
      expect(made.status).toBe(200);
      const after = await names(u, 'street1');
      expect(after.total).toBe(before.total + 1);
      expect(after.names).toContain('缓存新人');
      const person = (await u.get(`/api/people/${made.body.id}`)).body;
      expect(
        (await u.patch(`/api/people/${made.body.id}`, { name: '缓存改名', version: person.version })).status,
      ).toBe(200);
      expect((await names(u, 'street1')).names).toContain('缓存改名');
      // a node renamed: the page shows the new name of the node
      const zzb = await env.as('org_officer', 'district');
      const node = (await zzb.get(`/api/org/nodes/${env.nodes.community12.id}`)).body;
      expect(
        (
          await zzb.patch(`/api/org/nodes/${env.nodes.community12.id}`, {
            name: '水围新社区',
            version: node.version,
          })
        ).status,
      ).toBe(200);
      const page = await u.get(`/api/people?nodeId=${env.nodes.street1.id}&limit=200`);
      const mine = (page.body.items as { name: string; nodeName: string }[]).find(
        (i) => i.name === '缓存改名',
      );
      expect(mine?.nodeName).toBe('水围新社区');
    });

    it('a change made with plain SQL (another process) shows once it is heard', async () => {
      const u = await env.as('community_officer', 'community11');
      const before = await names(u, 'community11');
      expect(before.names).toContain(A.name);
      await env.db.updateTable('people_persons').set({ name: '陈福山改' }).where('id', '=', ids.A).execute();
      await env.changesHeard();
      const after = await names(u, 'community11');
      expect(after.names).toContain('陈福山改');
      expect(after.names).not.toContain(A.name);
      await env.db.updateTable('people_persons').set({ name: A.name }).where('id', '=', ids.A).execute();
      await env.changesHeard();
    });

    it('a page is kept per scope: a narrower scope never gets the page of a wider one', async () => {
      const wide = await env.as('org_officer', 'district');
      const narrow = await env.as('community_officer', 'community21');
      const all = await names(wide, 'district');
      expect(all.names).toEqual(expect.arrayContaining([A.name, B.name]));
      // the same node and page asked by an officer who sees only community21
      const mine = await narrow.get(`/api/people?nodeId=${env.nodes.district.id}&limit=200`);
      const seen = mine.status === 200 ? (mine.body.items as { name: string }[]).map((i) => i.name) : [];
      expect(seen).not.toContain(A.name);
    });
  });

  it('an unauthenticated caller gets 401', async () => {
    expect((await env.anon().get('/api/people')).status).toBe(401);
  });

  it('the count stops at its cap only when asked for a page; limits and offsets are checked', async () => {
    const u = await env.as('org_officer', 'district');
    const page = await u.get('/api/people?limit=1&offset=1');
    expect(page.body.items.length).toBe(1);
    expect(page.body.total).toBeGreaterThan(1);
    expect(page.body.totalCapped).toBe(false);
    for (const q of [
      'limit=0',
      'limit=201',
      'limit=abc',
      'offset=-1',
      'nodeId=nope',
      'identity=king',
      `q=${'x'.repeat(51)}`,
    ]) {
      const r = await u.get(`/api/people?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.errors.length, q).toBeGreaterThan(0);
    }
  });
});
