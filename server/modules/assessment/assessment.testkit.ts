/** Test helpers for assessment: cadres in a unit, a logged-in cadre account, a quarter's indicators. */
import type { Client, NodeKey, TestEnv } from '../../testing/harness.ts';
import { TEST_PASSWORD } from '../../testing/harness.ts';
import { samplePerson } from '../people/people.fixtures.ts';

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
