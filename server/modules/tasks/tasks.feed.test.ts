/**
 * Use of results 结果运用 (seed 000: 结果将分级分类分别运用于公开通报、绩效分值、亮点赋分、评优评先、休整休养、嘉奖激励以及
 * 干部考核和任用) as typed consequences, read by cadre assessment through TasksFeed; and the political
 * performance of 揭榜单位 (seed 000: 实时记录45个揭榜项目34家挂帅单位党员干部在政治忠诚…方面的表现).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type Client, type TestEnv } from '../../testing/harness.ts';
import { cadresIn } from '../../testing/assessment.ts';
import { apply, publishedList } from '../../testing/tasks.ts';
import { CONSEQUENCE_KINDS } from './tasks.rules.ts';

let env: TestEnv;
let officer: Client;
let street1: Client;

beforeAll(async () => {
  env = await createTestEnv();
  officer = await env.as('org_officer', 'district');
  street1 = await env.as('street_officer', 'street1');
});
afterAll(() => env.close());

describe('TasksFeed and the typed uses of results', () => {
  it('seed 000 结果将分级分类分别运用于公开通报、绩效分值、亮点赋分、评优评先、休整休养、嘉奖激励以及干部考核和任用: every use is a kind; consequences reach the cadre file and points, performance reaches the file', async () => {
    const [personId] = await cadresIn(env, officer, 'street1', 1);
    const { taskIds } = await publishedList(env, officer, 2026, 1);
    const [t] = taskIds;
    const a = await apply(street1, t, env.nodes.street1.id);
    const aw = await officer.post(`/api/tasks/tasks/${t}/award`, {
      applicationIds: [a],
      commanderName: '王挂帅',
      commanderPersonId: personId,
    });
    const orderId = aw.body.orderId;
    const kinds = [...CONSEQUENCE_KINDS];
    const rec = await officer.post(`/api/tasks/orders/${orderId}/consequences`, {
      items: kinds.map((kind, i) => ({ kind, points: i === 2 ? 3 : 0, note: `运用${i}` })),
    });
    expect(rec.status).toBe(200);
    expect(rec.body.map((c: { kind: string }) => c.kind)).toEqual(kinds);
    const bad = await officer.post(`/api/tasks/orders/${orderId}/consequences`, {
      items: [{ kind: 'free_text' }],
    });
    expect(bad.status).toBe(400);

    // political performance of the claiming unit's commander
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const perf = await officer.post(`/api/tasks/tasks/${t}/performance`, {
      nodeId: env.nodes.street1.id,
      aspect: 'commitment',
      positive: true,
      note: '揭榜挂帅、冲锋在前',
      occurredOn: today,
    });
    expect(perf.body).toMatchObject({ personId, unitName: '福田街道' });
    const notUnit = await officer.post(`/api/tasks/tasks/${t}/performance`, {
      nodeId: env.nodes.street2.id,
      aspect: 'commitment',
      positive: true,
      note: 'x',
      occurredOn: today,
    });
    expect(notUnit.status).toBe(422);
    expect((await street1.post(`/api/tasks/tasks/${t}/performance`, perf.body)).status).toBe(403);
    expect((await street1.get(`/api/tasks/tasks/${t}/performance`)).body).toHaveLength(1);

    const feed = env.services.tasks.feed;
    const f = { districtId: env.nodes.district.id, personIds: [personId], from: '2026-01-01', to: today };
    const [o] = await feed.ordersOf(f);
    expect(o).toMatchObject({ orderId, type: 'responsibility', personId });
    expect(o.consequences.map((c) => c.kind)).toEqual(kinds);
    expect(await feed.pointsOf(f)).toEqual([
      expect.objectContaining({ personId, month: today.slice(0, 7), points: 3 }),
    ]);
    const unitTasks = await feed.tasksOf({ ...f, unitNodeIds: [env.nodes.street1.id] });
    expect(unitTasks.map((x) => x.taskId)).toContain(t);
    expect(await feed.performanceOf(f)).toEqual([
      expect.objectContaining({ aspect: 'commitment', positive: true }),
    ]);

    // assessment reads the file kinds into 一人一档
    const file = await officer.get(`/api/assessment/pq/people/${personId}`);
    expect(file.status).toBe(200);
    expect(file.body.fromTasks.map((e: { kind: string }) => e.kind).sort()).toEqual(
      ['award', 'cadre_assessment', 'commitment', 'file_entry', 'incentive', 'rest_leave'].sort(),
    );
    const print = await officer.get(`/api/assessment/pq/people/${personId}/print`);
    expect(print.raw).toContain('休整休养');
    expect(print.raw).toContain('政治担当');
  });

  it('seed 000 结果运用: the register in Excel lists each order’s uses of results, and the dashboard counts them by kind', async () => {
    const x = await officer.get('/api/tasks/orders.xlsx');
    expect(x.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const uses = wb.getWorksheet('结果运用')!;
    const kindsInSheet = uses.getColumn(3).values.slice(2).map(String);
    expect(kindsInSheet).toEqual(
      expect.arrayContaining([
        '公开通报',
        '绩效分值',
        '亮点赋分',
        '评优评先',
        '休整休养',
        '嘉奖激励',
        '干部考核和任用',
      ]),
    );
    expect(uses.getRow(2).getCell(5).value).toBe('福田街道'); // the unit the use concerns
    const register = wb.getWorksheet('三令台账')!;
    expect(register.getRow(1).getCell(12).value).toBe('触发情形');

    const district = env.nodes.district;
    const stats = await env.services.tasks.stats(
      officer.ctx,
      { id: district.id, districtId: district.id, path: district.path, level: 'district' },
      2026,
    );
    const uses2 = stats.find((s) => s.key === 'tasks.consequences')!;
    expect(uses2.value).toBe(8);
    expect(uses2.series?.find((p) => p.label === '休整休养')?.value).toBe(1);
    expect(uses2.series?.find((p) => p.label === '嘉奖激励')?.value).toBe(1);
  });
});
