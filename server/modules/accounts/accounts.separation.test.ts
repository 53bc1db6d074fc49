/** Three-role separation (三员分立): each point of the rule, through the HTTP API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_ROLES } from '../../platform/access/access.ts';
import { createTestEnv, TEST_PASSWORD, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let sec: Client;
let sys: Client;
let auditor: Client;
beforeAll(async () => {
  env = await createTestEnv();
  sec = await env.as('sec_admin', 'city');
  sys = await env.as('sys_admin', 'city');
  auditor = await env.as('auditor', 'city');
});
afterAll(() => env.close());

let n = 0;
/** A new account with no role, made by the system administrator. */
async function blank(): Promise<string> {
  const res = await sys.post('/api/accounts/users', {
    username: `blank${++n}`,
    displayName: `空白账号${n}`,
    password: 'Blank-Passw0rd!',
  });
  expect(res.status).toBe(200);
  return res.body.id;
}
const grant = (c: Client, userId: string, role: string, node = env.nodes.city.id) =>
  c.post('/api/accounts/grants', { userId, role, nodeId: node });
const rolesOf = async (userId: string) =>
  (await env.db.selectFrom('accounts_grants').select('role').where('user_id', '=', userId).execute()).map(
    (g) => g.role,
  );

describe('no account holds two of the system, security and audit administrator roles', () => {
  it('refuses a second security role with 409 and says why', async () => {
    const id = await blank();
    expect((await grant(sec, id, 'sys_admin')).status).toBe(200);
    for (const role of ['sec_admin', 'auditor']) {
      const res = await grant(sec, id, role);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('accounts.three_roles');
    }
    expect(await rolesOf(id)).toEqual(['sys_admin']);
  });

  it('holds under concurrent grants: of three at once exactly one security role is granted', async () => {
    for (let round = 0; round < 3; round++) {
      const id = await blank();
      const results = await Promise.all(SECURITY_ROLES.map((r) => grant(sec, id, r)));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const held = await rolesOf(id);
      expect(held).toHaveLength(1);
      expect(SECURITY_ROLES).toContain(held[0]);
    }
  });

  it('the demo seed path refuses an account made with two security roles', async () => {
    await expect(
      env.services.accounts.bootstrapAccount({
        username: 'double',
        displayName: 'double',
        password: TEST_PASSWORD,
        grants: [
          { role: 'sys_admin', nodeId: env.nodes.city.id, districtId: env.nodes.city.districtId },
          { role: 'auditor', nodeId: env.nodes.city.id, districtId: env.nodes.city.districtId },
        ],
      }),
    ).rejects.toMatchObject({ key: 'accounts.three_roles' });
  });
});

describe('the auditor reads the audit log and nothing else', () => {
  it('reads and verifies the audit log', async () => {
    expect((await auditor.get('/api/audit')).status).toBe(200);
    expect((await auditor.get('/api/audit/verify')).body.ok).toBe(true);
  });

  it('gets 403 from the tree, accounts, grants and policy (the route matrix covers every route)', async () => {
    for (const url of [
      '/api/org/roots',
      `/api/org/nodes/${env.nodes.district.id}`,
      '/api/accounts/users',
      '/api/accounts/policy',
    ])
      expect((await auditor.get(url)).status).toBe(403);
    expect((await grant(auditor, auditor.userId, 'auditor')).status).toBe(403);
  });

  it('an auditor account can hold no business role, and a business account cannot become auditor', async () => {
    const res = await grant(sec, auditor.userId, 'resident', env.nodes.community11.id);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('accounts.security_with_business');
    const officer = await env.as('org_officer', 'district');
    const up = await grant(sec, officer.userId, 'auditor');
    expect(up.status).toBe(409);
    expect(up.body.code).toBe('accounts.security_with_business');
    expect(await rolesOf(auditor.userId)).toEqual(['auditor']);
  });

  it('still manages its own account: password change and logout', async () => {
    const own = await env.as('auditor', 'city');
    expect(
      (await own.post('/api/auth/password', { current: TEST_PASSWORD, next: 'Audit-Passw0rd!' })).status,
    ).toBe(200);
    expect((await own.post('/api/auth/logout')).status).toBe(200);
  });
});

describe('no security account holds a business role (issue 15 #1)', () => {
  it('the system administrator cannot be made an officer (and so can never reveal or export IDs)', async () => {
    const res = await grant(sec, sys.userId, 'org_officer', env.nodes.district.id);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('accounts.security_with_business');
    expect(await rolesOf(sys.userId)).toEqual(['sys_admin']);
    expect((await sys.get('/api/people')).status).toBe(403);
    // the refused attempt is in the audit log, with who tried, what and why
    const row = await env.db
      .selectFrom('audit_log')
      .select(['result', 'detail', 'actor_name'])
      .where('action', '=', 'accounts.grant')
      .where('object_id', '=', sys.userId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.result).toBe('denied');
    expect(row.actor_name).toBe(sec.username);
    expect(row.detail).toMatchObject({ role: 'org_officer', reason: 'accounts.security_with_business' });
  });

  it('the system administrator cannot grant itself anything: granting is not its job at all', async () => {
    for (const role of ['org_officer', 'sec_admin'])
      expect((await grant(sys, sys.userId, role, env.nodes.district.id)).status).toBe(403);
    expect(await rolesOf(sys.userId)).toEqual(['sys_admin']);
  });

  it('the security administrator cannot make a business user a security administrator', async () => {
    const officer = await env.as('community_officer', 'community11');
    const res = await grant(sec, officer.userId, 'sec_admin');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('accounts.security_with_business');
    expect(await rolesOf(officer.userId)).toEqual(['community_officer']);
  });

  it('the security administrator cannot grant or revoke its own roles', async () => {
    const self = await grant(sec, sec.userId, 'org_officer', env.nodes.district.id);
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('accounts.self_grant');
    const own = await env.db
      .selectFrom('accounts_grants')
      .select('id')
      .where('user_id', '=', sec.userId)
      .executeTakeFirstOrThrow();
    expect((await sec.del(`/api/accounts/grants/${own.id}`)).status).toBe(409);
    expect(await rolesOf(sec.userId)).toEqual(['sec_admin']);
  });

  it("disabling an account outside one's scope is 404 whether it holds a security role or nothing", async () => {
    const away = await env.as('sys_admin', 'district2');
    const secAway = await env.as('sec_admin', 'district2');
    const inFutian = await env.as('sec_admin', 'district');
    for (const target of [inFutian.userId, '0190a4b2-0000-7000-8000-000000000000']) {
      expect((await away.post(`/api/accounts/users/${target}/disable`, { disabled: true })).status).toBe(404);
      expect((await secAway.post(`/api/accounts/users/${target}/disable`, { disabled: true })).status).toBe(
        404,
      );
    }
  });
});

describe('the system administrator can neither read the audit log nor grant any role', () => {
  it('gets 403 from every audit route', async () => {
    for (const url of ['/api/audit', '/api/audit/export.xlsx', '/api/audit/verify'])
      expect((await sys.get(url)).status).toBe(403);
  });

  it('cannot grant or revoke any role; the security administrator grants business roles', async () => {
    const id = await blank();
    for (const role of [...SECURITY_ROLES, 'street_officer']) {
      const res = await grant(sys, id, role, env.nodes.street1.id);
      expect(res.status).toBe(403);
    }
    expect(await rolesOf(id)).toEqual([]);
    expect((await grant(sec, id, 'street_officer', env.nodes.street1.id)).status).toBe(200);
    const auditorGrant = await env.db
      .selectFrom('accounts_grants')
      .select('id')
      .where('user_id', '=', auditor.userId)
      .executeTakeFirstOrThrow();
    expect((await sys.del(`/api/accounts/grants/${auditorGrant.id}`)).status).toBe(403);
    expect(await rolesOf(auditor.userId)).toEqual(['auditor']);
  });

  it('cannot take over the auditor or the security administrator by resetting or disabling them', async () => {
    for (const target of [auditor.userId, sec.userId]) {
      const reset = await sys.post(`/api/accounts/users/${target}/password`, { password: 'Taken-Over-1!' });
      expect(reset.status).toBe(403);
      expect(reset.body.code).toBe('accounts.security_account');
      expect((await sys.post(`/api/accounts/users/${target}/disable`, { disabled: true })).status).toBe(403);
    }
    expect((await env.login(auditor.username)).res.status).toBe(200);
    // the security administrator may, and the reset is audited
    const other = await env.as('auditor', 'city');
    expect(
      (await sec.post(`/api/accounts/users/${other.userId}/password`, { password: 'Reset-Passw0rd!' }))
        .status,
    ).toBe(200);
    expect((await env.login(other.username, 'Reset-Passw0rd!')).res.body.mustChangePassword).toBe(true);
  });

  it('the security administrator cannot create accounts', async () => {
    expect(
      (
        await sec.post('/api/accounts/users', {
          username: 'secmade',
          displayName: 'x',
          password: 'Sec-Made-Passw0rd!',
        })
      ).status,
    ).toBe(403);
  });
});
