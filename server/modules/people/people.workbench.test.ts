/**
 * The floor's sources on the home page, through /api/home: the system administrator's held-up
 * accounts and expired passwords, the security administrator's accounts waiting for a role, the
 * community officer's imports waiting for their commit, and the register's figures for a node.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { multipart, samplePerson, xlsxOf } from './people.fixtures.ts';

let env: TestEnv;
let sys: Client;
let sec: Client;
let officer: Client;
beforeAll(async () => {
  env = await createTestEnv();
  sys = await env.as('sys_admin', 'city');
  sec = await env.as('sec_admin', 'city');
  officer = await env.as('community_officer', 'community11');
});
afterAll(() => env.close());

const todos = async (c: Client) =>
  Object.fromEntries(
    ((await c.get('/api/home/todos')).body as { key: string; count: number }[]).map((t) => [t.key, t.count]),
  );

describe('home to-dos of the floor', () => {
  it('a new account waits for the security administrator; a held-up one for the system administrator', async () => {
    const made = await sys.post('/api/accounts/users', {
      username: 'waiting1',
      displayName: '待授权',
      password: 'Waiting-Passw0rd!',
    });
    expect(made.status).toBe(200);
    expect((await todos(sec))['accounts.pending_grants']).toBe(1);
    expect((await todos(sys))['accounts.pending_grants']).toBeUndefined();
    for (let i = 0; i < 5; i++) await env.login('waiting1', 'wrong');
    expect((await todos(sys))['accounts.locked']).toBe(1);
    await sec.post('/api/accounts/grants', {
      userId: made.body.id,
      role: 'cadre',
      nodeId: env.nodes.street1.id,
    });
    expect((await todos(sec))['accounts.pending_grants']).toBeUndefined();
  });

  it('an import previewed and not committed waits for its officer', async () => {
    const file = await xlsxOf([
      ['姓名', '身份证号'],
      ['王待导', samplePerson().nationalId],
    ]);
    const m = multipart(file);
    const res = await officer.post('/api/people/import/preview', m.body, m.headers);
    expect(res.status, res.raw).toBe(200);
    expect((await todos(officer))['people.imports_to_review']).toBe(1);
    await officer.post(`/api/people/import/${res.body.batchId}/commit`, { mode: 'all' });
    expect((await todos(officer))['people.imports_to_review']).toBeUndefined();
  });
});

describe("the register on a node's dashboard", () => {
  it('gives head counts with their definitions; households not counted', async () => {
    const res = await officer.get(`/api/home/stats?nodeId=${env.nodes.community11.id}`);
    expect(res.status, res.raw).toBe(200);
    const byKey = Object.fromEntries(
      res.body.map((s: { key: string; value: number | null }) => [s.key, s.value]),
    );
    expect(byKey['people.residents']).toBeGreaterThanOrEqual(1);
    expect(byKey['people.households']).toBeNull();
    expect((await officer.get(`/api/home/stats?nodeId=${env.nodes.community21.id}`)).status).toBe(404);
  });
});
