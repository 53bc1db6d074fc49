import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../platform/http/app.ts';
import { createTestEnv, TEST_PASSWORD, type Client, type TestEnv } from '../../testing/harness.ts';
import { base32Decode, DEFAULT_SECURITY, totpCode } from './accounts.rules.ts';

let env: TestEnv;
let sec: Client;
beforeAll(async () => {
  env = await createTestEnv();
  sec = await env.as('sec_admin', 'city');
});
afterAll(() => env.close());

const DEFAULTS = { ...DEFAULT_SECURITY, totpRoles: [] as string[] };
async function setPolicy(p: Partial<typeof DEFAULTS>) {
  const res = await sec.put('/api/accounts/policy', { ...DEFAULTS, ...p });
  expect(res.status).toBe(200);
}
let n = 0;
async function account(role: 'cadre' | 'org_officer' = 'cadre') {
  const username = `acct${++n}`;
  const { id } = await env.services.accounts.bootstrapAccount({
    username,
    displayName: username,
    password: TEST_PASSWORD,
    grants: [{ role, nodeId: env.nodes.street1.id, districtId: env.nodes.district.id }],
  });
  return { id, username };
}
const auditOf = (objectId: string, action: string) =>
  env.db
    .selectFrom('audit_log')
    .select(['result', 'actor_name', 'ip', 'detail'])
    .where('object_id', '=', objectId)
    .where('action', '=', action)
    .orderBy('seq')
    .execute();

describe('login', () => {
  it('audits a success and each kind of failure with who, from where and the result', async () => {
    const a = await account();
    expect((await env.login(a.username)).res.status).toBe(200);
    const wrong = await env.login(a.username, 'not-the-password');
    expect(wrong.res.status).toBe(401);
    expect(wrong.res.body.code).toBe('accounts.bad_credentials');
    const rows = await auditOf(a.id, 'accounts.login');
    expect(rows.map((r) => [r.result, r.actor_name, r.ip])).toEqual([
      ['ok', a.username, '127.0.0.1'],
      ['failed', a.username, '127.0.0.1'],
    ]);
    const unknown = await env.login('nobody-here', 'whatever');
    expect(unknown.res.status).toBe(401);
    expect(unknown.res.body.code).toBe('accounts.bad_credentials'); // same answer as a wrong password
    const u = await env.db
      .selectFrom('audit_log')
      .select(['result', 'detail'])
      .where('action', '=', 'accounts.login')
      .where('actor_name', '=', 'nobody-here')
      .execute();
    expect(u).toEqual([{ result: 'failed', detail: { reason: 'unknown_user' } }]);
  });

  it('sets an httpOnly, SameSite session cookie, not Secure over plain HTTP', async () => {
    const a = await account();
    const { res } = await env.login(a.username);
    const cookie = String(
      ([] as string[])
        .concat(res.headers['set-cookie'] as string[])
        .find((c) => c.startsWith(SESSION_COOKIE)),
    );
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const row = await env.db
      .selectFrom('accounts_sessions')
      .select('id')
      .where('user_id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(cookie).not.toContain(row.id); // the store keeps a hash of the token, not the token
  });

  it('after 5 failures in a row (parallel guesses counted) the account waits, answered like a wrong password', async () => {
    await setPolicy({});
    const a = await account();
    const guesses = await Promise.all(Array.from({ length: 5 }, () => env.login(a.username, 'wrong-guess')));
    expect(guesses.map((g) => g.res.status)).toEqual([401, 401, 401, 401, 401]);
    const right = await env.login(a.username);
    const unknown = await env.login('nobody-at-all', 'wrong-guess');
    // the same answer for a held-up account and an unknown one: nothing tells them apart
    expect(right.res.status).toBe(401);
    expect(right.res.body).toEqual(unknown.res.body);
    const u = await env.db
      .selectFrom('accounts_users')
      .select(['locked_until', 'failed_logins'])
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    const seconds = (u.locked_until!.getTime() - Date.now()) / 1000;
    expect(seconds).toBeGreaterThan(20);
    expect(seconds).toBeLessThanOrEqual(30);
    expect(u.failed_logins).toBe(5);
    const rows = await auditOf(a.id, 'accounts.login');
    expect(rows.map((r) => r.result)).toEqual(['failed', 'failed', 'failed', 'failed', 'failed', 'denied']);
  });

  it('the wait doubles with each further failure, never past lockoutMinutes, and ends by itself', async () => {
    await setPolicy({ lockoutThreshold: 3, lockoutMinutes: 1 });
    const a = await account();
    for (let i = 0; i < 2; i++) expect((await env.login(a.username, 'bad')).res.status).toBe(401);
    expect((await env.login(a.username)).res.status).toBe(200); // two failures then success: counter reset
    const waitAfter = async () => {
      await env.db.updateTable('accounts_users').set({ locked_until: null }).where('id', '=', a.id).execute();
      await env.login(a.username, 'bad');
      const u = await env.db
        .selectFrom('accounts_users')
        .select('locked_until')
        .where('id', '=', a.id)
        .executeTakeFirstOrThrow();
      return u.locked_until ? Math.round((u.locked_until.getTime() - Date.now()) / 1000) : 0;
    };
    const waits = [];
    for (let i = 0; i < 5; i++) waits.push(await waitAfter());
    expect(waits[0]).toBe(0);
    expect(waits[1]).toBe(0);
    expect(waits[2]).toBeGreaterThan(25); // 30 s
    expect(waits[3]).toBeGreaterThan(55); // 60 s = the 1-minute cap
    expect(waits[4]).toBeLessThanOrEqual(60);
    expect((await env.login(a.username)).res.status).toBe(401);
    // the wait passes
    await env.db
      .updateTable('accounts_users')
      .set({ locked_until: new Date(Date.now() - 1000) })
      .where('id', '=', a.id)
      .execute();
    expect((await env.login(a.username)).res.status).toBe(200);
    await setPolicy({});
  });

  it('a browser the account logged in from before is not held up by a guesser', async () => {
    await setPolicy({});
    const a = await account();
    const first = await env.login(a.username);
    const device = first.res.headers['set-cookie'] as string[];
    const deviceCookie = device.find((c) => c.startsWith('gz_device='))!.split(';')[0];
    expect(deviceCookie.length).toBeGreaterThan(20);
    // a guesser elsewhere makes the account wait
    for (let i = 0; i < 6; i++) await env.login(a.username, 'wrong', { 'x-probe': String(i) });
    expect((await env.login(a.username)).res.status).toBe(401);
    // its owner's browser logs in at once
    const owner = await env.login(a.username, TEST_PASSWORD, { cookie: deviceCookie });
    expect(owner.res.status).toBe(200);
    // and a made-up device token does not help the guesser
    for (let i = 0; i < 6; i++) await env.login(a.username, 'wrong');
    expect(
      (await env.login(a.username, TEST_PASSWORD, { cookie: 'gz_device=made-up-token-000000000' })).res
        .status,
    ).toBe(401);
    await setPolicy({});
  });
});

describe('per-address defences', () => {
  const from = (ip: string, username: string, password: string) =>
    env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });

  it('blocks an address after ipFailureLimit failures, for every account, with 429 and Retry-After', async () => {
    await setPolicy({ ipFailureLimit: 5, ipBlockMinutes: 10 } as never);
    const a = await account();
    for (let i = 0; i < 5; i++) expect((await from('10.7.0.1', `ghost${i}`, 'x')).statusCode).toBe(401);
    const blocked = await from('10.7.0.1', a.username, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(500);
    expect(blocked.json().code).toBe('accounts.ip_blocked');
    // another address is not affected, and the account itself was never held up
    expect((await from('10.7.0.2', a.username, TEST_PASSWORD)).statusCode).toBe(200);
    await setPolicy({});
  });

  it('throttles a burst of login requests per address and per username', async () => {
    const burst = await Promise.all(
      Array.from({ length: 150 }, (_, i) => from('10.7.1.1', `burst${i}`, 'x')),
    );
    expect(burst.filter((r) => r.statusCode === 429).length).toBeGreaterThan(0);
    const a = await account();
    const one = [];
    for (let i = 0; i < 25; i++) one.push((await from(`10.7.2.${i}`, a.username, 'wrong')).statusCode);
    expect(one).toContain(429);
    expect(one.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  });
});

describe('password presets', () => {
  it('MLPS: complexity is required and a password older than 90 days must be changed', async () => {
    await setPolicy({ passwordPreset: 'mlps' });
    const admin = await env.as('sys_admin', 'city');
    const weak = await admin.post('/api/accounts/users?lang=en-US', {
      username: 'weakling',
      displayName: '弱密码',
      password: 'abcdefghij',
    });
    expect(weak.status).toBe(422);
    expect(weak.body.errors).toEqual([
      { field: 'password', message: 'Use at least three of: upper case, lower case, digits, symbols' },
    ]);
    const a = await account();
    expect((await env.login(a.username)).res.body.mustChangePassword).toBe(false);
    await env.db
      .updateTable('accounts_users')
      .set({ password_changed_at: new Date(Date.now() - 91 * 86400_000) })
      .where('id', '=', a.id)
      .execute();
    const { res, client } = await env.login(a.username);
    expect(res.body.mustChangePassword).toBe(true);
    expect((await client!.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
    // until it is changed, the session reaches nothing but its own account
    const blocked = await client!.get('/api/org/roots');
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('accounts.password_change_required');
    const changed = await client!.post('/api/auth/password', {
      current: TEST_PASSWORD,
      next: 'Neu-Passw0rd!',
    });
    expect(changed.status).toBe(200);
    expect((await client!.get('/api/org/roots')).status).toBe(200);
    expect((await env.login(a.username, 'Neu-Passw0rd!')).res.body.mustChangePassword).toBe(false);
  });

  it('ASVS: at least 12 characters, no composition rules, no forced change by age', async () => {
    await setPolicy({ passwordPreset: 'asvs' });
    const a = await account();
    const { client } = await env.login(a.username);
    const short = await client!.post('/api/auth/password', { current: TEST_PASSWORD, next: 'Sh0rt!pass' });
    expect(short.status).toBe(422);
    expect(short.body.errors[0].field).toBe('next');
    const plain = await client!.post('/api/auth/password', {
      current: TEST_PASSWORD,
      next: 'correct horse battery staple',
    });
    expect(plain.status).toBe(200);
    await env.db
      .updateTable('accounts_users')
      .set({ password_changed_at: new Date(Date.now() - 400 * 86400_000) })
      .where('id', '=', a.id)
      .execute();
    expect((await env.login(a.username, 'correct horse battery staple')).res.body.mustChangePassword).toBe(
      false,
    );
    await setPolicy({});
  });
});

/** A code for the secret that is certainly wrong now (outside the ±1 step window). */
function wrongCode(secret: Buffer) {
  const valid = [-1, 0, 1].map((d) => totpCode(secret, Date.now() + d * 30_000));
  for (let i = 0; ; i++) {
    const c = String(i).padStart(6, '0');
    if (!valid.includes(c)) return c;
  }
}

describe('TOTP second factor', () => {
  it('enrols, then asks for a code at each login and blocks everything else until it is given', async () => {
    const a = await account();
    const first = (await env.login(a.username)).client!;
    const enrol = await first.post('/api/auth/totp/enrol');
    expect(enrol.status).toBe(200);
    expect(enrol.body.uri).toMatch(/^otpauth:\/\/totp\//);
    const secret = base32Decode(enrol.body.secret);
    expect((await first.post('/api/auth/totp/confirm', { code: wrongCode(secret) })).status).toBe(422);
    expect((await first.post('/api/auth/totp/confirm', { code: totpCode(secret, Date.now()) })).status).toBe(
      200,
    );
    const stored = await env.db
      .selectFrom('accounts_users')
      .select('totp_secret')
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(stored.totp_secret!.toString('hex')).not.toContain(secret.toString('hex')); // encrypted at rest

    const { res, client } = await env.login(a.username);
    expect(res.body).toMatchObject({ mfaRequired: true, totpEnrolled: true });
    const c = client!;
    expect((await c.get('/api/org/roots')).status).toBe(401);
    expect(
      (await c.post('/api/auth/password', { current: TEST_PASSWORD, next: 'X-Passw0rd!2' })).status,
    ).toBe(401);
    expect((await c.get('/api/auth/me')).body).toMatchObject({
      authenticated: false,
      mfaPending: true,
      abilities: [],
    });
    // enrolling again would bypass the factor: refused while it is pending
    expect((await c.post('/api/auth/totp/enrol')).status).toBe(403);
    const bad = await c.post('/api/auth/totp?lang=en-US', { code: wrongCode(secret) });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual([{ field: 'code', message: 'Wrong one-time code' }]);
    // the enrolment code's step is used up: the next step's code (within the drift window) works
    const next = totpCode(secret, Date.now() + 30_000);
    expect((await c.post('/api/auth/totp', { code: next })).status).toBe(200);
    expect((await c.get('/api/org/roots')).status).toBe(200);
    expect((await auditOf(a.id, 'accounts.totp.verify')).map((r) => r.result)).toEqual(['failed', 'ok']);

    // a code is accepted once: replaying it on another session fails
    const again = (await env.login(a.username)).client!;
    expect((await again.post('/api/auth/totp', { code: next })).status).toBe(422);
    expect((await again.get('/api/org/roots')).status).toBe(401);
  });

  it('wrong codes count towards the lockout, which ends the session', async () => {
    await setPolicy({ lockoutThreshold: 3 });
    const a = await account();
    const first = (await env.login(a.username)).client!;
    const secret = base32Decode((await first.post('/api/auth/totp/enrol')).body.secret);
    expect((await first.post('/api/auth/totp/confirm', { code: totpCode(secret, Date.now()) })).status).toBe(
      200,
    );
    const bad = wrongCode(secret);
    const before = (await env.login(a.username)).client!;
    expect((await before.post('/api/auth/totp', { code: bad })).status).toBe(422);
    // logging in again with the right password does not wipe the wrong code from the count
    const c = (await env.login(a.username)).client!;
    expect((await c.post('/api/auth/totp', { code: bad })).status).toBe(422);
    const third = await c.post('/api/auth/totp', { code: bad });
    expect(third.status).toBe(423);
    expect(third.body.code).toBe('accounts.locked');
    expect((await c.post('/api/auth/totp', { code: totpCode(secret, Date.now() + 30_000) })).status).toBe(
      401,
    );
    // the account now waits, answered like a wrong password
    expect((await env.login(a.username)).res.status).toBe(401);
    await setPolicy({});
  });

  it('a role the security administrator marks as requiring TOTP must enrol before any other call', async () => {
    await setPolicy({ totpRoles: ['org_officer'] });
    const officer = await account('org_officer');
    const cadre = await account('cadre');
    expect((await env.login(cadre.username)).res.body.mfaRequired).toBe(false);
    const { res, client } = await env.login(officer.username);
    expect(res.body).toMatchObject({ mfaRequired: true, totpEnrolled: false });
    const c = client!;
    expect((await c.get('/api/org/roots')).status).toBe(401);
    expect((await c.get('/api/accounts/users')).status).toBe(401);
    const enrol = await c.post('/api/auth/totp/enrol');
    const secret = base32Decode(enrol.body.secret);
    expect((await c.post('/api/auth/totp/confirm', { code: totpCode(secret, Date.now()) })).status).toBe(200);
    expect((await c.get('/api/org/roots')).status).toBe(200);
    await setPolicy({});
  });
});

describe('sessions', () => {
  it('ends a session idle longer than the idle timeout', async () => {
    await setPolicy({ idleMinutes: 5 });
    const a = await account();
    const { client } = await env.login(a.username);
    expect((await client!.get('/api/org/roots')).status).toBe(200);
    const idleFor = async (minutes: number) => {
      await env.db
        .updateTable('accounts_sessions')
        .set({ last_seen_at: new Date(Date.now() - minutes * 60_000) })
        .where('user_id', '=', a.id)
        .execute();
      await env.changesHeard(); // the app keeps sessions in memory until it hears of a change
    };
    await idleFor(4);
    expect((await client!.get('/api/org/roots')).status).toBe(200); // 4 minutes idle: still alive
    await idleFor(6);
    expect((await client!.get('/api/org/roots')).status).toBe(401);
    expect(
      await env.db.selectFrom('accounts_sessions').select('id').where('user_id', '=', a.id).execute(),
    ).toEqual([]);
    await setPolicy({});
  });

  it('ends a busy session at its absolute lifetime', async () => {
    await setPolicy({ absoluteHours: 2 });
    const a = await account();
    const { client } = await env.login(a.username);
    await env.db
      .updateTable('accounts_sessions')
      .set({ created_at: new Date(Date.now() - 121 * 60_000), last_seen_at: new Date() })
      .where('user_id', '=', a.id)
      .execute();
    await env.changesHeard(); // the app keeps sessions in memory until it hears of a change
    expect((await client!.get('/api/org/roots')).status).toBe(401);
    await setPolicy({});
  });

  it('refuses a write without the CSRF token with 403, and one with a wrong token', async () => {
    const a = await account();
    const { cookie, client } = await env.login(a.username);
    const bare = await env.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { current: TEST_PASSWORD, next: 'Another-Passw0rd!' },
      headers: { cookie: `${SESSION_COOKIE}=${cookie}` },
    });
    expect(bare.statusCode).toBe(403);
    expect(bare.json().code).toBe('error.csrf');
    const forged = await client!.request(
      'POST',
      '/api/auth/password',
      { current: TEST_PASSWORD, next: 'Another-Passw0rd!' },
      { 'x-csrf-token': 'forged' },
    );
    expect(forged.status).toBe(403);
    // reads need no token
    expect((await client!.get('/api/org/roots')).status).toBe(200);
  });

  it('logout ends the session on the server, not only the cookie', async () => {
    const a = await account();
    const { client } = await env.login(a.username);
    expect((await client!.post('/api/auth/logout')).status).toBe(200);
    expect((await client!.get('/api/org/roots')).status).toBe(401);
    expect((await client!.get('/api/auth/me')).body.authenticated).toBe(false);
    expect(
      await env.db.selectFrom('accounts_sessions').select('id').where('user_id', '=', a.id).execute(),
    ).toEqual([]);
    expect((await auditOf(a.id, 'accounts.logout')).length).toBe(1);
  });

  // Sessions are kept in memory while the app hears of every change (LISTEN/NOTIFY); these cases
  // check that what a session may do always follows the grants as they are.
  it('a grant taken away by another process (plain SQL) no longer opens anything once it is heard', async () => {
    const a = await account();
    const { client } = await env.login(a.username);
    expect((await client!.get(`/api/org/nodes/${env.nodes.street1.id}`)).status).toBe(200);
    expect((await client!.get(`/api/org/nodes/${env.nodes.street1.id}`)).status).toBe(200); // kept
    await env.db.deleteFrom('accounts_grants').where('user_id', '=', a.id).execute();
    await env.changesHeard();
    expect((await client!.get(`/api/org/nodes/${env.nodes.street1.id}`)).status).not.toBe(200);
    // and a session ended with plain SQL is ended for the app too
    await env.db.deleteFrom('accounts_sessions').where('user_id', '=', a.id).execute();
    await env.changesHeard();
    expect((await client!.get('/api/org/roots')).status).toBe(401);
  });

  it('a grant taken away through the API applies to the very next request', async () => {
    const admin = sec;
    const a = await account();
    const { client } = await env.login(a.username);
    expect((await client!.get(`/api/org/nodes/${env.nodes.street1.id}`)).status).toBe(200);
    const grant = await env.db
      .selectFrom('accounts_grants')
      .select('id')
      .where('user_id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect((await admin.del(`/api/accounts/grants/${grant.id}`)).status).toBe(200);
    expect((await client!.get(`/api/org/nodes/${env.nodes.street1.id}`)).status).not.toBe(200);
  });

  it('after a subtree moves, the next request of an officer granted inside it sees the new paths', async () => {
    const zzb = await env.as('org_officer', 'district');
    const made = await zzb.post('/api/org/nodes', {
      parentId: env.nodes.street1.id,
      level: 'community',
      name: '搬迁测试社区',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const { id } = await env.services.accounts.bootstrapAccount({
      username: 'mover1',
      displayName: 'mover1',
      password: TEST_PASSWORD,
      grants: [{ role: 'community_officer', nodeId: made.body.id, districtId: env.nodes.district.id }],
    });
    expect(id).toBeTruthy();
    const { client } = await env.login('mover1');
    expect((await client!.get(`/api/org/nodes/${made.body.id}`)).status).toBe(200);
    const moved = await zzb.post(`/api/org/nodes/${made.body.id}/move`, {
      newParentId: env.nodes.street2.id,
      version: 1,
    });
    expect(moved.status).toBe(200);
    const node = await client!.get(`/api/org/nodes/${made.body.id}`);
    expect(node.status).toBe(200);
  });

  it('disabling an account ends its sessions and refuses its next login', async () => {
    const admin = await env.as('sys_admin', 'city');
    const a = await account();
    const { client } = await env.login(a.username);
    expect((await admin.post(`/api/accounts/users/${a.id}/disable`, { disabled: true })).status).toBe(200);
    expect((await client!.get('/api/org/roots')).status).toBe(401);
    expect((await env.login(a.username)).res.status).toBe(403);
    await sql`SELECT 1`.execute(env.db);
  });
});

describe("changing one's password (issue 15 #4)", () => {
  it("ends the account's other sessions and keeps the one that changed it", async () => {
    await setPolicy({});
    const a = await account();
    const phone = (await env.login(a.username)).client!;
    const desk = (await env.login(a.username)).client!;
    expect((await phone.get('/api/org/roots')).status).toBe(200);
    expect(
      (await desk.post('/api/auth/password', { current: TEST_PASSWORD, next: 'Zweit-Passw0rd!' })).status,
    ).toBe(200);
    expect((await phone.get('/api/org/roots')).status).toBe(401);
    expect((await desk.get('/api/org/roots')).status).toBe(200);
  });

  it('refuses the current password and the last N, N being a policy setting', async () => {
    await setPolicy({ passwordHistory: 3 });
    const a = await account();
    const c = (await env.login(a.username)).client!;
    const change = (current: string, next: string) =>
      c.post('/api/auth/password?lang=en-US', { current, next });
    const same = await change(TEST_PASSWORD, TEST_PASSWORD);
    expect(same.status).toBe(422);
    expect(same.body.errors).toEqual([
      { field: 'next', message: 'You cannot reuse any of your last 3 passwords' },
    ]);
    expect((await change(TEST_PASSWORD, 'Second-Passw0rd!')).status).toBe(200);
    expect((await change('Second-Passw0rd!', 'Third-Passw0rd!')).status).toBe(200);
    expect((await change('Third-Passw0rd!', TEST_PASSWORD)).status).toBe(422); // 3rd last
    expect((await change('Third-Passw0rd!', 'Fourth-Passw0rd!')).status).toBe(200);
    // the first one has left the window of 3
    expect((await change('Fourth-Passw0rd!', TEST_PASSWORD)).status).toBe(200);
    // what is kept is argon2id hashes, never the passwords
    const kept = await env.db
      .selectFrom('accounts_password_history')
      .select('password_hash')
      .where('user_id', '=', a.id)
      .execute();
    expect(kept.length).toBe(2);
    for (const k of kept) expect(k.password_hash).toMatch(/^\$argon2id\$/);
    await setPolicy({});
  });
});

describe('security policy input', () => {
  it('a role listed twice for TOTP is a 400 on that field, not a 500 (found by the generated-input test)', async () => {
    const res = await sec.put('/api/accounts/policy', { ...DEFAULTS, totpRoles: ['auditor', 'auditor'] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'totpRoles', message: '不能有重复项' }]);
  });
});
