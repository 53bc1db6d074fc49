/** Test helpers for the tasks module: a published list with tasks, applications and awards. */
import type { Client, TestEnv } from '../../testing/harness.ts';

/** A task body with two weighted milestones in the given year. */
export function taskBody(year: number, over: Record<string, unknown> = {}) {
  return {
    title: '香蜜湖片区城市更新',
    category: 'major_project',
    goal: '完成片区规划与首期拆除',
    indicators: [{ name: '拆除面积', target: 10, unit: '万平方米' }],
    milestones: [
      { title: '规划批复', weight: 1, dueDate: `${year}-03-31` },
      { title: '首期拆除', weight: 3, dueDate: `${year}-09-30` },
    ],
    deadline: `${year}-12-31`,
    startDate: `${year}-01-01`,
    investment: 5000,
    ...over,
  };
}

/** Creates a list for year with n tasks, publishes it, and returns ids. */
export async function publishedList(
  env: TestEnv,
  officer: Client,
  year: number,
  n = 1,
  over: Record<string, unknown> = {},
) {
  const list = await officer.post('/api/tasks/lists', {
    districtId: env.nodes.district.id,
    year,
    title: `${year}年福田区任务榜`,
  });
  if (list.status !== 200) throw new Error(`create list: ${list.raw}`);
  const taskIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = await officer.post(
      `/api/tasks/lists/${list.body.id}/tasks`,
      taskBody(year, { title: `任务${i + 1}号`, ...over }),
    );
    if (t.status !== 200) throw new Error(`add task: ${t.raw}`);
    taskIds.push(t.body.id);
  }
  const l = await officer.get(`/api/tasks/lists/${list.body.id}`);
  const pub = await officer.post(`/api/tasks/lists/${list.body.id}/publish`, { version: l.body.version });
  if (pub.status !== 200) throw new Error(`publish: ${pub.raw}`);
  return { listId: list.body.id as string, taskIds };
}

/** A unit applies for a task; returns the application id. */
export async function apply(unit: Client, taskId: string, nodeId: string) {
  const r = await unit.post(`/api/tasks/tasks/${taskId}/applications`, {
    applicantNodeId: nodeId,
    plan: '成立专班，倒排工期',
    commanderName: '张三',
  });
  if (r.status !== 200) throw new Error(`apply: ${r.raw}`);
  return r.body.id as string;
}
