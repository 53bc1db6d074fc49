/**
 * Residents' accounts through HTTP: sign-up by phone and code, claiming a record without an
 * oracle, invitations, guardians and children, and what an unverified account may reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNationalId } from '../../platform/pii/national-id.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { phoneLogin, registerPerson, testPhone, verifiedResident } from '../../testing/signup.ts';
import { makeInviteCode, normaliseInviteCode, normalisePhone, otpThrottle } from './accounts.signup.rules.ts';

describe('sign-up rules', () => {
  it.each([
    ['13912345678', '13912345678'],
    ['+86 139-1234-5678', '13912345678'],
    ['12912345678', null],
    ['1391234567', null],
  ])('phone %s → %s', (raw, out) => expect(normalisePhone(raw)).toBe(out));

  it.each([
    [{ lastSentAt: new Date(970_000), byPhoneHour: 1, byIpHour: 1 }, 'residents.otp.wait'],
    [{ lastSentAt: new Date(900_000), byPhoneHour: 5, byIpHour: 1 }, 'residents.otp.too_many'],
    [{ lastSentAt: null, byPhoneHour: 0, byIpHour: 20 }, 'residents.otp.too_many'],
    [{ lastSentAt: new Date(900_000), byPhoneHour: 4, byIpHour: 19 }, undefined],
  ])('%j at t=1000 s → %s', (s, key) => expect(otpThrottle(s, new Date(1_000_000))?.key).toBe(key));

  it('invitation codes survive being typed in lower case with spaces', () => {
    let i = 0;
    const code = makeInviteCode((n) => (i += 7) % n);
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(normaliseInviteCode(` ${code.toLowerCase().replace('-', ' ')} `)).toBe(code);
    expect(normaliseInviteCode('O0O0-IIII')).toBeNull();
  });
});

let env: TestEnv;
let officer: Client; // 福山社区 community officer
let officer12: Client; // 水围社区
beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('community_officer', 'community11');
  officer12 = await env.as('community_officer', 'community12');
});
afterAll(() => env.close());

describe('phone and code', () => {
  it('a new phone makes an unverified account that reads public pages only', async () => {
    const phone = testPhone();
    const c = await phoneLogin(env, phone);
    const me = await c.get('/api/auth/me');
    expect(me.body).toMatchObject({ authenticated: true, grants: [], abilities: [] });
    const mine = await c.get('/api/residents/me');
    expect(mine.body).toMatchObject({ verified: false, community: null, children: [] });
    expect(mine.body.phone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    expect((await c.get('/api/votes')).status).toBe(403);
    // the stored phone is ciphertext only
    const stored = await env.db
      .selectFrom('accounts_phones')
      .selectAll()
      .where('user_id', '=', c.userId)
      .execute();
    expect(stored[0].phone_enc.toString('utf8')).not.toContain(phone);
  });

  it('a code works once, expires, allows five guesses, and a second request waits a minute', async () => {
    const phone = testPhone();
    const otp = (p = phone) =>
      env.app.inject({ method: 'POST', url: '/api/residents/otp', payload: { phone: p } });
    const verify = (code: string) =>
      env.app.inject({ method: 'POST', url: '/api/residents/session', payload: { phone, code } });
    expect((await otp()).statusCode).toBe(200);
    const again = await otp();
    expect([again.statusCode, again.json().code]).toEqual([429, 'residents.otp.wait']);
    const code = env.services.otp.lastCode(phone)!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await verify(wrong)).statusCode).toBe(401);
    expect((await verify(code)).statusCode).toBe(401); // the code is spent by the guesses
    // a new code (the minute has passed), used once
    await env.db
      .updateTable('accounts_otp_codes')
      .set({ created_at: new Date(Date.now() - 120_000) })
      .execute();
    expect((await otp()).statusCode).toBe(200);
    const code2 = env.services.otp.lastCode(phone)!;
    const first = await verify(code2);
    expect([first.statusCode, first.json().created]).toEqual([200, true]);
    expect((await verify(code2)).statusCode).toBe(401);
    // an expired code fails
    await env.db
      .updateTable('accounts_otp_codes')
      .set({ created_at: new Date(Date.now() - 120_000) })
      .execute();
    await otp();
    await env.db
      .updateTable('accounts_otp_codes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('used_at', 'is', null)
      .execute();
    expect((await verify(env.services.otp.lastCode(phone)!)).statusCode).toBe(401);
    // the same phone logs in to the same account
    await env.db
      .updateTable('accounts_otp_codes')
      .set({ created_at: new Date(Date.now() - 120_000) })
      .execute();
    await otp();
    const back = await verify(env.services.otp.lastCode(phone)!);
    expect([back.statusCode, back.json().created]).toEqual([200, false]);
  });

  it('refuses a number that is not a mainland mobile with a field message', async () => {
    const r = await env.app.inject({
      method: 'POST',
      url: '/api/residents/otp',
      payload: { phone: '12345' },
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().errors[0]).toMatchObject({ field: 'phone' });
  });
});

describe('claiming a record', () => {
  it('gives the same answer for no record and a wrong name, echoes nothing, then links the right one', async () => {
    const p = await registerPerson(officer, env.nodes.building.id, { name: '林晓峰' });
    const c = await phoneLogin(env);
    const claim = (name: string, nationalId: string) =>
      c.post('/api/residents/claim', { districtId: env.nodes.district.id, name, nationalId });
    const wrongName = await claim('林晓风', p.nationalId);
    const noRecord = await claim('林晓峰', makeNationalId('440304', '1971-01-01', 999));
    expect(wrongName.status).toBe(422);
    expect(noRecord.body).toEqual(wrongName.body);
    for (const r of [wrongName, noRecord]) {
      expect(r.raw).not.toContain(p.nationalId);
      expect(r.raw).not.toContain('林晓');
    }
    const ok = await claim('林晓峰', p.nationalId);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ communityId: env.nodes.community11.id, communityName: '福山社区' });
    expect(ok.raw).not.toContain(p.nationalId);
    await env.changesHeard();
    const me = await c.get('/api/auth/me');
    expect(me.body.user.personId).toBe(p.personId);
    expect(me.body.grants).toMatchObject([{ role: 'resident', nodeId: env.nodes.community11.id }]);
    expect(me.body.abilities).toContain('votes.cast');
    expect((await c.get('/api/residents/me')).body).toMatchObject({
      verified: true,
      community: { name: '福山社区' },
    });
    expect((await claim('林晓峰', p.nationalId)).status).toBe(409);
    // another account cannot take the same record, and learns nothing new
    const other = await phoneLogin(env);
    const taken = await other.post('/api/residents/claim', {
      districtId: env.nodes.district.id,
      name: '林晓峰',
      nationalId: p.nationalId,
    });
    expect(taken.body).toEqual(wrongName.body);
    const audit = await env.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'residents.claim')
      .execute();
    expect(JSON.stringify(audit)).not.toContain(p.nationalId);
  });

  it('is throttled after five failures per account', async () => {
    const c = await phoneLogin(env);
    const bad = () =>
      c.post('/api/residents/claim', {
        districtId: env.nodes.district.id,
        name: '无此人',
        nationalId: makeNationalId('440304', '1960-02-02', 1),
      });
    for (let i = 0; i < 5; i++) expect((await bad()).status).toBe(422);
    const sixth = await bad();
    expect([sixth.status, sixth.body.code]).toEqual([429, 'residents.claim.throttled']);
  });
});

describe('invitations', () => {
  it('an officer invites a resident of their subtree; the code links once', async () => {
    const p = await registerPerson(officer, env.nodes.grid111.id, { name: '何美玲', gender: 'F' });
    const outside = await officer12.post('/api/residents/invites', {
      districtId: env.nodes.district.id,
      personId: p.personId,
    });
    expect(outside.status).toBe(404);
    const inv = await officer.post('/api/residents/invites', {
      districtId: env.nodes.district.id,
      personId: p.personId,
    });
    expect(inv.status).toBe(200);
    expect(inv.body.personName).toBe('何*玲');
    const c = await phoneLogin(env);
    const used = await c.post('/api/residents/redeem', { code: inv.body.code.toLowerCase() });
    expect(used.body).toEqual({ communityId: env.nodes.community11.id, communityName: '福山社区' });
    const again = await (await phoneLogin(env)).post('/api/residents/redeem', { code: inv.body.code });
    expect([again.status, again.body.code]).toEqual([422, 'error.validation']);
    const resident = await env.as('resident', 'community11');
    expect(
      (
        await resident.post('/api/residents/invites', {
          districtId: env.nodes.district.id,
          personId: p.personId,
        })
      ).status,
    ).toBe(403);
  });
});

describe('guardians and children', () => {
  it('a verified resident links a minor with consent, never an adult, and can withdraw', async () => {
    const g = await verifiedResident(env, officer, env.nodes.building.id, '郑国强');
    const kid = await registerPerson(officer, env.nodes.building.id, {
      name: '郑小雨',
      birthDate: '2015-03-08',
      gender: 'F',
    });
    const adult = await registerPerson(officer, env.nodes.building.id, {
      name: '郑大山',
      birthDate: '1990-03-08',
    });
    const link = (name: string, nationalId: string) =>
      g.client.post('/api/residents/children', { name, nationalId, consent: true });
    const a = await link('郑大山', adult.nationalId);
    expect([a.status, a.body.errors?.[0]?.message]).toEqual([422, '儿童议事会仅限未满 18 周岁的儿童']);
    expect((await link('郑小雪', kid.nationalId)).status).toBe(422);
    const ok = await link('郑小雨', kid.nationalId);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ personId: kid.personId, name: '郑小雨' });
    const me = await g.client.get('/api/residents/me');
    expect(me.body.children).toHaveLength(1);
    expect((await g.client.del(`/api/residents/children/${kid.personId}`)).status).toBe(200);
    expect((await g.client.get('/api/residents/me')).body.children).toHaveLength(0);
    // an unverified account cannot link a child
    const u = await phoneLogin(env);
    expect(
      (await u.post('/api/residents/children', { name: '郑小雨', nationalId: kid.nationalId, consent: true }))
        .status,
    ).toBe(409);
  });
});
