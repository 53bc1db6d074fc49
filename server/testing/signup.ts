/**
 * Test helpers for residents: a person in the register (through the people API), an account made
 * by phone and code (through the residents API), and a resident who has claimed their record.
 */
import { makeNationalId } from '../platform/pii/national-id.ts';
import { SESSION_COOKIE } from '../platform/http/app.ts';
import type { Client, TestEnv } from './harness.ts';

let seq = 0;
let phoneSeq = 0;

/** A fresh mainland mobile number for a test. */
export function testPhone(): string {
  return `139${String(process.pid % 10000).padStart(4, '0')}${String(++phoneSeq).padStart(4, '0')}`;
}

/** Registers a person with the resident identity on a node; returns its id and ID number. */
export async function registerPerson(
  officer: Client,
  nodeId: string,
  p: { name: string; birthDate?: string; gender?: 'M' | 'F' },
) {
  const birthDate = p.birthDate ?? '1985-06-15';
  const gender = p.gender ?? 'M';
  let n = ++seq * 2 + (process.pid % 100) * 200;
  if ((n % 2 === 1) !== (gender === 'M')) n++;
  const nationalId = makeNationalId('440304', birthDate, n % 1000);
  const res = await officer.post('/api/people', { nodeId, name: p.name, gender, birthDate, nationalId });
  if (res.status !== 200) throw new Error(`register person: ${res.status} ${res.raw}`);
  const id = await officer.post(`/api/people/${res.body.id}/identities`, {
    kind: 'resident',
    attrs: { residence: 'registered', specialCare: false },
  });
  if (id.status !== 200) throw new Error(`add identity: ${id.status} ${id.raw}`);
  return { personId: res.body.id as string, nationalId, name: p.name };
}

/** Signs up (or logs in) by phone and code; returns a client of that session. */
export async function phoneLogin(env: TestEnv, phone = testPhone()): Promise<Client & { phone: string }> {
  const sent = await env.app.inject({ method: 'POST', url: '/api/residents/otp', payload: { phone } });
  if (sent.statusCode !== 200) throw new Error(`otp: ${sent.body}`);
  const code = env.services.otp.lastCode(phone)!;
  const r = await env.app.inject({ method: 'POST', url: '/api/residents/session', payload: { phone, code } });
  if (r.statusCode !== 200) throw new Error(`session: ${r.body}`);
  const cookie = r.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  return { ...(await env.session(cookie)), phone };
}

/**
 * A resident with a claimed record on a node (a person registered there by the officer, an
 * account by phone, the claim made): the client is refreshed to carry the resident grant.
 */
export async function verifiedResident(env: TestEnv, officer: Client, nodeId: string, name: string) {
  const person = await registerPerson(officer, nodeId, { name });
  const c = await phoneLogin(env);
  const claim = await c.post('/api/residents/claim', {
    districtId: env.nodes.district.id,
    name: person.name,
    nationalId: person.nationalId,
  });
  if (claim.status !== 200) throw new Error(`claim: ${claim.status} ${claim.raw}`);
  await env.changesHeard();
  return { client: { ...c, ctx: await env.ctxOf(c.userId) }, ...person };
}
