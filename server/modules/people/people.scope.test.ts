/**
 * What the register tells and accepts across scopes (issue 15 #6, issue 16): a national ID
 * registered in another community answers as absent and the person may stand in both registers;
 * a reveal states its reason; a party member's organisation is checked against the tree; the
 * home page's sources count what they say.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { partyOrg } from '../../testing/party.ts';
import { samplePerson } from './people.fixtures.ts';

let env: TestEnv;
let fushan: Client; // community officer of 福山社区 (community11)
let shuiwei: Client; // community officer of 水围社区 (community12), same street
let street: Client; // street officer of 福田街道 (street1): sees both
let zzb: Client; // district organisation dept.
beforeAll(async () => {
  env = await createTestEnv();
  fushan = await env.as('community_officer', 'community11');
  shuiwei = await env.as('community_officer', 'community12');
  street = await env.as('street_officer', 'street1');
  zzb = await env.as('org_officer', 'district');
});
afterAll(() => env.close());

const register = (
  c: Client,
  nodeKey: 'community11' | 'community12' | 'grid111' | 'street1',
  p = samplePerson(),
) => c.post('/api/people', { nodeId: env.nodes[nodeKey].id, ...p });

describe("a national ID registered outside one's scope answers as absent", () => {
  it('another community registers the same person; both registers hold them', async () => {
    const p = samplePerson({ name: '周两地' });
    expect((await register(fushan, 'community11', p)).status).toBe(200);
    // 水围 cannot see 福山's register: the number is not "already registered" for it
    const there = await register(shuiwei, 'community12', p);
    expect(there.status).toBe(200);
    // within one's own scope it still is
    const again = await register(shuiwei, 'community12', p);
    expect(again.status).toBe(422);
    expect(again.body.errors[0]).toMatchObject({ field: 'nationalId' });
    // the street sees both, and is told it is registered
    const both = await street.get(`/api/people?q=${p.nationalId}`);
    expect(both.body.items.map((i: { nodeName: string }) => i.nodeName).sort()).toEqual(
      ['水围社区', '福山社区'].sort(),
    );
    expect((await register(street, 'street1', p)).status).toBe(422);
  });

  it('an edit to a number registered elsewhere answers as absent too; in scope it is refused', async () => {
    const mine = samplePerson({ name: '吴改号' });
    const made = await register(shuiwei, 'community12', mine);
    const theirs = samplePerson({ name: '郑原号' });
    await register(fushan, 'community11', theirs);
    const v = (await shuiwei.get(`/api/people/${made.body.id}`)).body.version;
    const res = await shuiwei.patch(`/api/people/${made.body.id}`, {
      nationalId: theirs.nationalId,
      birthDate: theirs.birthDate,
      version: v,
    });
    expect(res.status).toBe(200);
    const other = await register(shuiwei, 'community12', samplePerson({ name: '冯第三' }));
    const v2 = (await shuiwei.get(`/api/people/${other.body.id}`)).body.version;
    const clash = await shuiwei.patch(`/api/people/${other.body.id}`, {
      nationalId: theirs.nationalId,
      birthDate: theirs.birthDate,
      version: v2,
    });
    expect(clash.status).toBe(422);
  });

  it('concurrent registrations of one number in one scope: exactly one succeeds', async () => {
    const p = samplePerson({ name: '陈并发' });
    const results = await Promise.all(Array.from({ length: 4 }, () => register(fushan, 'community11', p)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 422, 422, 422]);
  });
});

describe('revealing asks for a reason, kept in the audit entry', () => {
  it('refuses a reveal without a reason, or "other" without the reason typed', async () => {
    const { body } = await register(fushan, 'community11', samplePerson({ name: '卫理由' }));
    expect((await fushan.post(`/api/people/${body.id}/reveal`, {})).status).toBe(400);
    const other = await fushan.post(`/api/people/${body.id}/reveal?lang=en-US`, { reason: 'other' });
    expect(other.status).toBe(400);
    expect(other.body.errors[0].field).toBe('note');
    const ok = await fushan.post(`/api/people/${body.id}/reveal`, { reason: 'other', note: '民政补贴核对' });
    expect(ok.status).toBe(200);
    expect(ok.body.nationalId).toMatch(/^\d{17}[\dX]$/);
    const entry = await env.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'people.reveal')
      .where('object_id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(entry.detail).toMatchObject({ reason: 'other', note: '民政补贴核对' });
  });

  it('a revealed export names its reason', async () => {
    expect((await fushan.get('/api/people/export.xlsx?reveal=1')).status).toBe(400);
    expect((await fushan.get('/api/people/export.xlsx?reveal=1&reason=dispute')).status).toBe(200);
  });
});

describe("a party member's organisation is checked against the tree", () => {
  let orgOnStreet: string;
  let orgOnOtherStreet: string;
  let orgOnSiblingCommunity: string;
  beforeAll(async () => {
    const mk = (nodeKey: 'street1' | 'street2' | 'community12', name: string) =>
      partyOrg(zzb, env.nodes[nodeKey].id, 'branch', name);
    orgOnStreet = await mk('street1', '福田街道第一支部');
    orgOnOtherStreet = await mk('street2', '香蜜湖街道第一支部');
    orgOnSiblingCommunity = await mk('community12', '水围社区楼宇党支部');
  });
  const member = (partyOrgId: string) => ({
    kind: 'party_member',
    attrs: { partyOrgId, joinedOn: '2001-07-01', mobile: false },
  });

  it('accepts an organisation above the person, shows its name (never its id), and refuses one beside it', async () => {
    const { body } = await register(fushan, 'grid111', samplePerson({ name: '褚党员' }));
    expect((await fushan.post(`/api/people/${body.id}/identities`, member(orgOnOtherStreet))).status).toBe(
      422,
    );
    expect(
      (await fushan.post(`/api/people/${body.id}/identities`, member(orgOnSiblingCommunity))).status,
    ).toBe(422);
    const unknown = await fushan.post(
      `/api/people/${body.id}/identities`,
      member('0190a4b2-0000-7000-8000-00000000abcd'),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('attrs.partyOrgId');
    expect((await fushan.post(`/api/people/${body.id}/identities`, member(orgOnStreet))).status).toBe(200);
    const shown = (await fushan.get(`/api/people/${body.id}`)).body.identities[0];
    expect(shown.names).toEqual({ [orgOnStreet]: '福田街道第一支部' });
  });

  it("accepts an organisation inside the actor's scope though not above the person", async () => {
    const { body } = await register(street, 'community11', samplePerson({ name: '蒋楼宇' }));
    expect(
      (await street.post(`/api/people/${body.id}/identities`, member(orgOnSiblingCommunity))).status,
    ).toBe(200);
  });
});

describe('home page sources', () => {
  it('counts the register under a node by identity', async () => {
    const { body } = await register(shuiwei, 'community12', samplePerson({ name: '沈志愿' }));
    await shuiwei.post(`/api/people/${body.id}/identities`, { kind: 'volunteer', attrs: { hours: 3 } });
    const n = env.nodes.community12;
    const stats = await env.services.people.stats(shuiwei.ctx, { ...n, level: 'community' });
    const byKey = Object.fromEntries(stats.map((s) => [s.key, s.value]));
    const all = (await shuiwei.get(`/api/people?nodeId=${n.id}&limit=1`)).body.total;
    expect(byKey['people.residents']).toBe(all);
    expect(byKey['people.volunteers']).toBeGreaterThanOrEqual(1);
    expect(byKey['people.households']).toBeNull();
    expect(stats.every((s) => s.definition)).toBe(true);
    // outside the actor's scope: nothing
    expect(
      await env.services.people.stats(shuiwei.ctx, { ...env.nodes.community11, level: 'community' }),
    ).toEqual([]);
  });
});
