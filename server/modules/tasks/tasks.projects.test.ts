/**
 * 重大项目 (seed 000: 推出了280个重大项目……包括在建项目160个、前期项目80个、谋划项目40个共三大类) and 一榜三令
 * on the home page: to-dos per role and the dashboard figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { partyOrg } from '../../testing/party.ts';
import { apply, publishedList } from '../../testing/tasks.ts';

let env: TestEnv;
let officer: Client;
let officer2: Client;
let street1: Client;

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
  officer2 = await env.as('org_officer', 'district2');
  street1 = await env.as('street_officer', 'street1');
});
afterAll(() => env.close());

const upload = (c: Client, url: string, buf: Buffer, name = 'x.csv') => c.upload(url, buf, name);

describe('重大项目 register', () => {
  it('seed 000 推出了280个重大项目…在建项目160个、前期项目80个、谋划项目40个: 280 = 160 在建 + 80 前期 + 40 谋划, imported from a sheet with a title row; by stage on the dashboard', async () => {
    const d = env.nodes.district.id;
    const lines = ['2026年福田区重大项目清单', '序号,项目名称,阶段,类型,总投资（万元）,备注'];
    let n = 0;
    for (const [stage, count] of [
      ['在建', 160],
      ['前期', 80],
      ['谋划', 40],
    ] as const)
      for (let i = 0; i < count; i++) lines.push(`${++n},项目${n},${stage},高水平民生,${1000 + n},`);
    const res = await upload(
      officer,
      `/api/tasks/projects/import?districtId=${d}&year=2026`,
      Buffer.from(lines.join('\n')),
    );
    expect(res.status, res.raw).toBe(200);
    expect(res.body).toMatchObject({ added: 280, updated: 0, errors: [] });
    const sum = (await street1.get(`/api/tasks/projects/summary?districtId=${d}&year=2026`)).body;
    expect(sum.total).toBe(280);
    expect(sum.byStage.map((s: { count: number }) => s.count)).toEqual([160, 80, 40]);
    const stats = (await officer.get(`/api/home/stats?nodeId=${d}&year=2026`)).body;
    const v = (k: string) => stats.find((s: { key: string }) => s.key === k)?.value;
    expect([
      v('tasks.projects'),
      v('tasks.projects_construction'),
      v('tasks.projects_preliminary'),
      v('tasks.projects_planning'),
    ]).toEqual([280, 160, 80, 40]);
    // a bad row changes nothing and is reported on its field
    const bad = await upload(
      officer,
      `/api/tasks/projects/import?districtId=${d}&year=2026`,
      Buffer.from('项目名称,阶段\n项目1,在建\n新项目,施工中\n'),
    );
    expect(bad.body.errors).toEqual([expect.objectContaining({ row: 3, field: 'stage' })]);
    expect(
      (await upload(street1, `/api/tasks/projects/import?districtId=${d}&year=2026`, Buffer.from('x')))
        .status,
    ).toBe(403);
    expect(
      (
        await upload(
          officer2,
          `/api/tasks/projects/import?districtId=${d}&year=2026`,
          Buffer.from('项目名称,阶段\na,在建'),
        )
      ).status,
    ).toBe(404);
    const xlsx = await officer.get(`/api/tasks/projects.xlsx?districtId=${d}&year=2026`);
    expect(xlsx.status).toBe(200);
  });

  it('seed 000 指挥部党建组如何指挥3个项目临时党支部: a project references its 指挥部党建组 and 项目临时党支部 by party-organisation id, checked through org; a stage move is versioned', async () => {
    const d = env.nodes.district.id;
    const hq = await partyOrg(officer, d, 'group', '香蜜湖指挥部党建组');
    const br = await partyOrg(officer, d, 'branch', '金融中心项目临时党支部');
    const p = await officer.post('/api/tasks/projects', {
      districtId: d,
      year: 2027,
      name: '深圳金融中心',
      stage: 'preliminary',
      category: 'industry',
      investment: 1200000,
      hqPartyOrgId: hq,
      branchPartyOrgId: br,
    });
    expect(p.status, p.raw).toBe(200);
    expect(p.body).toMatchObject({
      hqPartyOrgId: hq,
      branchPartyOrgId: br,
      can: { edit: true },
    });
    const unknown = await officer.post('/api/tasks/projects', {
      districtId: d,
      year: 2027,
      name: '国际演艺中心',
      stage: 'planning',
      branchPartyOrgId: '01900000-0000-7000-8000-000000000000',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('branchPartyOrgId');
    const moved = await officer.put(`/api/tasks/projects/${p.body.id}`, {
      districtId: d,
      year: 2027,
      name: '深圳金融中心',
      stage: 'construction',
      version: p.body.version,
    });
    expect(moved.body).toMatchObject({ stage: 'construction', version: 2 });
    const stale = await officer.put(`/api/tasks/projects/${p.body.id}`, {
      districtId: d,
      year: 2027,
      name: '深圳金融中心',
      stage: 'planning',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect((await street1.get(`/api/tasks/projects?districtId=${d}&year=2027`)).body[0].can.edit).toBe(false);
    expect((await officer2.get(`/api/tasks/projects?districtId=${d}&year=2027`)).status).toBe(404);
  });
});

describe('一榜三令 on the home page', () => {
  it('the officer sees orders to sign; the unit sees indicators to report; the dashboard counts red tasks', async () => {
    const { taskIds } = await publishedList(env, officer, 2026, 1, { deadline: '2026-12-31' });
    const [t] = taskIds;
    const a = await apply(street1, t, env.nodes.street1.id);
    await officer.post(`/api/tasks/tasks/${t}/award`, { applicationIds: [a], commanderName: '张三' });
    await officer.post('/api/tasks/orders', { taskId: t, type: 'accountability', reason: '推进不力' });
    const todos = (await officer.get('/api/home/todos')).body;
    expect(todos.find((x: { key: string }) => x.key === 'tasks.orders_to_sign')).toMatchObject({
      count: 1,
      level: 'red',
      label: '待签发的令',
    });
    const unit = (await street1.get('/api/home/todos')).body.map((x: { key: string }) => x.key);
    expect(unit).toContain('tasks.indicators_to_report');
    expect(unit).toContain('tasks.orders_to_acknowledge');
    const resident = await env.as('resident', 'community11');
    expect(
      (await resident.get('/api/home/todos')).body.filter((x: { module: string }) => x.module === 'tasks'),
    ).toEqual([]);
  });
});
