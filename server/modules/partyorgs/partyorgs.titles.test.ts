/**
 * 两讲三强争创模范机关 reaching the year-end grading (seed 004 through seed 000's creation module): a
 * department named 模范机关 in creation shows the title as a bonus item 加分项 on its leading party
 * organisation's row of the year's grades, with its source; its branches and other units get none,
 * and a title still in 公示 counts for nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiDay } from '../../platform/time.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { partyOrg } from '../../testing/party.ts';

let env: TestEnv;
let zzb: Client; // org_officer on the district: runs creation, grades
let dept: Client; // dept_officer on the department: declares
const year = Number(shanghaiDay().slice(0, 4));

beforeAll(async () => {
  env = await createTestEnv();
  zzb = await env.as('org_officer', 'district');
  dept = await env.as('dept_officer', 'dept');
});
afterAll(() => env.close());

/** Takes a department's declaration of 模范机关 up to a state; returns its id. */
async function declare(programmeId: string, upTo: 'publicity' | 'named') {
  const d = await dept.post('/api/creation/declarations', {
    programmeId,
    nodeId: env.nodes.dept.id,
    level: 'district',
  });
  expect(d.status, d.raw).toBe(200);
  const url = (rest = '') => `/api/creation/declarations/${d.body.id}${rest}`;
  const v = (await dept.get(url())).body;
  const self = await dept.put(url('/self'), {
    version: v.version,
    items: v.items.map((i: { indicatorId: string }) => ({
      indicatorId: i.indicatorId,
      selfScore: 45,
      evidence: '述职材料',
    })),
  });
  expect(self.status, self.raw).toBe(200);
  const move = async (c: Client, action: string) => {
    const r = await c.post(url('/moves'), { action, version: (await zzb.get(url())).body.version });
    expect(r.status, `${action} ${r.raw}`).toBe(200);
  };
  await move(dept, 'submit');
  await move(zzb, 'pass');
  for (const i of (await zzb.get(url())).body.items)
    expect((await zzb.post(url('/scores'), { indicatorId: i.indicatorId, score: 45 })).status).toBe(200);
  await move(zzb, 'publicise');
  if (upTo === 'named') await move(zzb, 'name');
  return d.body.id as string;
}

describe('a 模范机关 title in the year-end grades 加分项', () => {
  let committee: string;
  let branch: string;
  let declarationId: string;

  it('before the title is named, the department committee has no bonus', async () => {
    committee = await partyOrg(zzb, env.nodes.dept.id, 'committee', '区直机关工委');
    const b = await zzb.post('/api/org/party-orgs', {
      nodeId: env.nodes.dept.id,
      kind: 'branch',
      name: '机关第一党支部',
      parentOrgId: committee,
    });
    expect(b.status, b.raw).toBe(200);
    branch = b.body.id;
    const p = await zzb.post('/api/creation/programmes', {
      nodeId: env.nodes.district.id,
      name: '模范机关',
      passPct: 80,
      publicityDays: 0,
      renewYears: 3,
      indicators: [
        { name: '讲政治', points: 50 },
        { name: '讲担当', points: 50 },
      ],
    });
    expect(p.status, p.raw).toBe(200);
    declarationId = await declare(p.body.id, 'publicity');
    const g = await zzb.get(`/api/partyorgs/grades?nodeId=${env.nodes.district.id}&year=${year}`);
    const row = g.body.rows.find((r: { partyOrgId: string }) => r.partyOrgId === committee);
    expect(row).toMatchObject({ bonuses: [], bonusPoints: 0 });
  });

  it('once named, the committee row shows the title with its source and points; its branch none', async () => {
    const url = `/api/creation/declarations/${declarationId}/moves`;
    const v = (await zzb.get(`/api/creation/declarations/${declarationId}`)).body.version;
    expect((await zzb.post(url, { action: 'name', version: v })).status).toBe(200);
    const g = await zzb.get(`/api/partyorgs/grades?nodeId=${env.nodes.district.id}&year=${year}`);
    const rowOf = (id: string) => g.body.rows.find((r: { partyOrgId: string }) => r.partyOrgId === id);
    expect(rowOf(committee)).toMatchObject({
      bonusPoints: 2,
      bonuses: [
        {
          source: 'creation',
          title: '模范机关',
          level: 'district',
          points: 2,
          namedOn: shanghaiDay(),
          declarationId,
        },
      ],
    });
    expect(rowOf(branch)).toMatchObject({ bonuses: [], bonusPoints: 0 });
    // another year's grades do not carry it
    const last = await zzb.get(`/api/partyorgs/grades?nodeId=${env.nodes.district.id}&year=${year - 1}`);
    expect(last.body.rows.find((r: { partyOrgId: string }) => r.partyOrgId === committee).bonuses).toEqual(
      [],
    );
  });

  it('the grades stay the graders’: a department officer is refused, another district never finds them', async () => {
    const g = await dept.get(`/api/partyorgs/grades?nodeId=${env.nodes.dept.id}&year=${year}`);
    expect(g.status).toBe(403);
    const other = await env.as('org_officer', 'district2');
    expect((await other.get(`/api/partyorgs/grades?nodeId=${env.nodes.dept.id}&year=${year}`)).status).toBe(
      404,
    );
  });
});
