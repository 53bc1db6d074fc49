import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';

let env: TestEnv;
let officer: Client;
const YEAR = 2026;

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
  const record = (nodeKey: 'dept' | 'community11', source: string, score: number) =>
    env.db.transaction().execute((trx) =>
      env.services.tasksUnitScores.recordUnitScore(trx, officer.ctx, {
        districtId: env.nodes.district.id,
        unitNodeId: env.nodes[nodeKey].id,
        year: YEAR,
        score,
        source,
        label: `人大代表满意度测评：${source}`,
      }),
    );
  await record('dept', 'projects.livelihood:a', 80);
  await record('dept', 'projects.livelihood:b', 90);
  await record('community11', 'projects.livelihood:c', 70);
  // the same source scoring again replaces its score
  await record('community11', 'projects.livelihood:c', 75);
});
afterAll(() => env.close());

describe('units’ performance scores from the deputies (seed 003: 测评结果纳入绩效考核)', () => {
  it('averages each unit’s scores, one per source, and audits each record', async () => {
    const res = await officer.get(`/api/tasks/unit-scores?year=${YEAR}`);
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(
      res.body.map((u: { unitName: string; average: number }) => [u.unitName, u]),
    );
    expect(byName['区住房和建设局']).toMatchObject({ average: 85 });
    expect(byName['区住房和建设局'].items).toHaveLength(2);
    expect(byName['福山社区']).toMatchObject({ average: 75 });
    expect(byName['福山社区'].items).toHaveLength(1);
    const audited = await env.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'tasks.unit_score.record')
      .execute();
    expect(audited).toHaveLength(4);
  });

  it('another year has none; the Excel has a row per score', async () => {
    expect((await officer.get(`/api/tasks/unit-scores?year=2025`)).body).toEqual([]);
    const x = await officer.get(`/api/tasks/unit-scores.xlsx?year=${YEAR}`);
    expect(x.status).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
  });

  it('bad queries answer 400 per field; a node outside the scope answers 404', async () => {
    const bad = await officer.get(`/api/tasks/unit-scores?year=1e308`);
    expect(bad.status).toBe(400);
    const street2 = await env.as('street_officer', 'street2');
    expect(
      (await street2.get(`/api/tasks/unit-scores?year=${YEAR}&nodeId=${env.nodes.community11.id}`)).status,
    ).toBe(404);
  });

  it.each([
    ['org_officer', 'district', ['区住房和建设局', '福山社区']],
    ['street_officer', 'street1', ['福山社区']],
    ['community_officer', 'community11', ['福山社区']],
    ['street_officer', 'street2', []],
    ['dept_officer', 'dept', ['区住房和建设局']],
    ['cadre', 'street2', []],
  ] as const)('%s on %s sees the units inside their subtree', async (role, node, names) => {
    const c = await env.as(role, node);
    const res = await c.get(`/api/tasks/unit-scores?year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.body.map((u: { unitName: string }) => u.unitName).sort()).toEqual([...names].sort());
  });

  it.each(['resident', 'grid_worker', 'deputy', 'auditor'] as const)(
    '%s may not read them (403)',
    async (role) => {
      const c = await env.as(role, role === 'deputy' ? 'district' : 'community11');
      expect((await c.get(`/api/tasks/unit-scores?year=${YEAR}`)).status).toBe(403);
    },
  );
});
