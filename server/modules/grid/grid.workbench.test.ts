/** The grid module's lines on the home page and figures on a node's dashboard (platform/workbench.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { civilisationStandardsCsv } from '../../../demo/civilisation.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { assignToGrid } from '../../testing/grid.ts';

let env: TestEnv;
let worker: Client;
let officer: Client;
let head: Client;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4));

const upload = (c: Client, url: string, buf: Buffer) => c.upload(url, buf, 'x.csv', 'text/csv');

beforeAll(async () => {
  env = await createTestEnv();
  worker = await env.as('grid_worker', 'grid111');
  officer = await env.as('community_officer', 'community11');
  head = await env.as('cadre', 'dept');
  for (const [c, kind] of [
    [worker, 'worker'],
    [head, 'head'],
  ] as const)
    expect((await assignToGrid(officer, c, env.nodes.grid111.id, kind)).status).toBe(200);
  const zzb = await env.as('org_officer', 'district');
  await upload(zzb, `/api/grid/standards/import?nodeId=${env.nodes.district.id}`, civilisationStandardsCsv());
});
afterAll(() => env.close());

describe('the home page 工作台', () => {
  it('a grid worker sees the visits due today and the records never checked; a head this week’s walk; an officer the import to confirm', async () => {
    for (let i = 1; i <= 3; i++)
      await worker.post('/api/grid/registers/housing', {
        nodeId: env.nodes.micro1111.id,
        attrs: { building: '工作台楼', unit: '1', room: String(i), occupancy: 'owner' },
      });
    const mine = (await worker.get('/api/home/todos')).body;
    expect(mine.find((x: any) => x.key === 'grid.visits_today')).toMatchObject({
      count: 3,
      href: '/grid/due',
    });
    expect(mine.find((x: any) => x.key === 'grid.records_to_verify')).toMatchObject({ count: 3 });
    const hers = (await head.get('/api/home/todos')).body;
    expect(hers.find((x: any) => x.key === 'grid.patrols_this_week')).toMatchObject({
      count: 1,
      href: '/grid/patrols',
      level: 'red',
    });
    // a head is no grid worker: no visits to make
    expect(hers.some((x: any) => x.key === 'grid.visits_today')).toBe(false);
    const preview = await upload(
      officer,
      `/api/grid/registers/housing/import?nodeId=${env.nodes.building.id}`,
      Buffer.from('楼栋,单元,房号,使用状况\n工作台楼,2,201,自住\n'),
    );
    expect(preview.status, preview.raw).toBe(200);
    const his = (await officer.get('/api/home/todos')).body;
    expect(his.find((x: any) => x.key === 'grid.imports_to_review')).toMatchObject({ count: 1 });
  });
});

describe('the node dashboard 驾驶舱', () => {
  it('shows visit compliance, households covered, patrol coverage and readiness per civilisation project, each with its definition', async () => {
    const recs = (await officer.get(`/api/grid/registers/housing?nodeId=${env.nodes.grid111.id}&limit=500`))
      .body.items;
    await worker.post('/api/grid/visits', {
      id: uuidv7(),
      recordId: recs[0].id,
      visitedAt: new Date().toISOString(),
      result: 'met',
    });
    const stats = (await officer.get(`/api/home/stats?nodeId=${env.nodes.community11.id}&year=${year}`)).body;
    const byKey = (k: string) => stats.find((s: any) => s.key === k);
    expect(byKey('grid.visit_compliance')).toMatchObject({ unit: 'percent' });
    expect(byKey('grid.visit_compliance').definition).toContain('按时完成的走访');
    expect(byKey('grid.households')).toMatchObject({ value: recs.length, unit: 'count' });
    expect(byKey('grid.households_visited')).toMatchObject({ value: 1 });
    expect(byKey('grid.patrol_coverage')).toMatchObject({ unit: 'percent', value: 0 });
    expect(stats.filter((s: any) => s.key.startsWith('grid.readiness.'))).toHaveLength(12);
    // someone with no grid reading there sees no grid figures
    const dept = await env.as('dept_officer', 'dept');
    const theirs = (await dept.get(`/api/home/stats?nodeId=${env.nodes.dept.id}&year=${year}`)).body;
    expect(theirs.some((s: any) => s.module === 'grid')).toBe(false);
  });
});
