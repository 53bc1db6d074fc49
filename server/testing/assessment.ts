/** Test helpers for assessment: cadres in a unit, a logged-in cadre account, a quarter's indicators. */
import type { Client, NodeKey, TestEnv } from './harness.ts';
import { TEST_PASSWORD } from './harness.ts';
import { samplePerson } from '../modules/people/people.fixtures.ts';

let seq = 0;
const CHARS = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂';
/** A Chinese name per number (names may not hold digits). */
const nameOf = (n: number) =>
  `王${CHARS[n % CHARS.length]}${CHARS[Math.floor(n / CHARS.length) % CHARS.length]}`;

/** Creates n cadres in a unit (through the people service) and returns their person ids. */
export async function cadresIn(
  env: TestEnv,
  officer: Client,
  unit: NodeKey,
  n: number,
  over: { post?: string; grade?: string; postSince?: string; unitSince?: string; birthDate?: string } = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = await env.services.people.create(officer.ctx, {
      nodeId: env.nodes.community11.id,
      ...samplePerson({ name: nameOf(++seq), ...(over.birthDate ? { birthDate: over.birthDate } : {}) }),
    } as never);
    await env.services.people.addIdentity(officer.ctx, p.id, {
      kind: 'cadre',
      attrs: {
        unitNodeId: env.nodes[unit].id,
        post: over.post ?? '科员',
        grade: over.grade ?? '一级科员',
        postSince: over.postSince ?? '2020-01-01',
        unitSince: over.unitSince ?? '2018-01-01',
      },
    });
    ids.push(p.id);
  }
  return ids;
}

/**
 * The people of a quarter's assessment: the district's organisation department (zzb), the
 * department's officer (bumen), a street officer (jiedao), n cadres of the department, and the
 * first two of them logged in (me, other).
 */
export async function assessmentCast(env: TestEnv, n: number) {
  const zzb = await env.as('org_officer', 'district');
  const bumen = await env.as('dept_officer', 'dept');
  const jiedao = await env.as('street_officer', 'street1');
  const cadres = await cadresIn(env, zzb, 'dept', n);
  const me = await cadreClient(env, cadres[0], 'dept');
  const other = await cadreClient(env, cadres[1], 'dept');
  return { zzb, bumen, jiedao, cadres, me, other };
}

/** Dispatches the district's cycle of a quarter, every deadline far ahead (through the route). */
export function dispatchCycle(env: TestEnv, zzb: Client, quarter: string) {
  return zzb.post('/api/assessment/cycles', {
    districtId: env.nodes.district.id,
    quarter,
    summaryDue: '2099-01-01',
    reviewDue: '2099-01-02',
    assessDue: '2099-01-03',
    publishDue: '2099-01-04',
  });
}

/** A cadre account linked to a person, logged in. */
export async function cadreClient(env: TestEnv, personId: string, unit: NodeKey): Promise<Client> {
  const n = env.nodes[unit];
  const username = `ganbu_t${++seq}`;
  await env.services.accounts.bootstrapAccount({
    username,
    displayName: username,
    password: TEST_PASSWORD,
    personId,
    homeDistrictId: n.districtId,
    grants: [{ role: 'cadre', nodeId: n.id, districtId: n.districtId }],
  });
  const { client } = await env.login(username);
  if (!client) throw new Error('cadre login failed');
  return client;
}

/** Adds a quarter's indicators: two common ones (one needing evidence) and one for the 党政综合 type. */
export async function indicatorsFor(officer: Client, districtId: string, quarter: string) {
  const add = async (b: Record<string, unknown>) => {
    const r = await officer.post('/api/assessment/indicators', { districtId, quarter, ...b });
    if (r.status !== 200) throw new Error(`indicator: ${r.raw}`);
    return r.body.id as string;
  };
  return [
    await add({
      layer: 'common',
      name: '落实区委区政府中心工作',
      dimension: 'results',
      weight: 40,
      scoring: 'score',
    }),
    await add({
      layer: 'common',
      name: '联系服务群众',
      dimension: 'reputation',
      weight: 30,
      scoring: 'score',
      evidenceRequired: true,
    }),
    await add({
      layer: 'individual',
      deptType: 'livelihood',
      name: '住房保障任务完成',
      dimension: 'key_tasks',
      weight: 30,
      scoring: 'score',
    }),
  ];
}

/**
 * Runs a quarter to publication through the routes: dispatch, every cadre submits with the given
 * score, the unit reviews, the department grades (dimension grades as given) and publishes.
 */
export async function runQuarter(
  env: TestEnv,
  zzb: Client,
  unitOfficer: Client,
  unit: NodeKey,
  persons: { id: string; score: number; grade: string; dims?: Record<string, string> }[],
  quarter: string,
) {
  const dispatched = await dispatchCycle(env, zzb, quarter);
  if (dispatched.status !== 200) throw new Error(`dispatch: ${dispatched.raw}`);
  const cycleId = dispatched.body.id as string;
  for (const p of persons) {
    const { id, rev } = await submitAndReview(env, unitOfficer, unit, p.id, p.score, quarter);
    const dims = p.dims ?? { post_fit: p.grade, results: p.grade, reputation: p.grade, key_tasks: p.grade };
    const a = await zzb.post(`/api/assessment/sheets/${id}/assess`, {
      grade: p.grade,
      dimensionGrades: dims,
      version: rev.body.version,
    });
    if (a.status !== 200) throw new Error(`assess: ${a.raw}`);
  }
  await zzb.post(`/api/assessment/cycles/${cycleId}/feedback`, { unitNodeId: env.nodes[unit].id });
  await zzb.post(`/api/assessment/cycles/${cycleId}/publish`, { unitNodeId: env.nodes[unit].id });
  return cycleId;
}

/** A cadre scores and submits their sheet of the quarter, and the unit reviews it (through the routes). */
export async function submitAndReview(
  env: TestEnv,
  unitOfficer: Client,
  unit: NodeKey,
  personId: string,
  score: number,
  quarter: string,
) {
  const c = await cadreClient(env, personId, unit);
  const id = (await c.get('/api/assessment/me/sheets')).body.find(
    (x: { quarter: string }) => x.quarter === quarter,
  ).id as string;
  const s = (await c.get(`/api/assessment/me/sheets/${id}`)).body;
  const items = s.items.map((i: { indicatorId: string }) => ({
    indicatorId: i.indicatorId,
    value: score,
    evidence: '佐证',
  }));
  const saved = (
    await c.put(`/api/assessment/me/sheets/${id}`, {
      items,
      summary: s.summary || '小结',
      version: s.version,
    })
  ).body;
  const sub = await c.post(`/api/assessment/me/sheets/${id}/submit`, { version: saved.version });
  if (sub.status !== 200) throw new Error(`submit: ${sub.raw}`);
  const d = (await unitOfficer.get(`/api/assessment/sheets/${id}`)).body;
  const rev = await unitOfficer.post(`/api/assessment/sheets/${id}/review`, {
    items: [],
    version: d.version,
  });
  if (rev.status !== 200) throw new Error(`review: ${rev.raw}`);
  return { id, rev };
}
