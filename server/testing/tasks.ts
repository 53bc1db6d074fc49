/** Test helpers for the tasks module: a published list with tasks, applications and awards. */
import { uuidv7 } from '../platform/ids.ts';
import type { Milestone } from '../modules/tasks/tasks.rules.ts';
import type { Client, TestEnv } from './harness.ts';

/** Writes a published list of 2026 straight into the table, as a load or an import would; returns its id. */
export async function insertPublishedList(env: TestEnv, districtId: string, title: string): Promise<string> {
  const id = uuidv7();
  await env.db
    .insertInto('tasks_lists')
    .values({ district_id: districtId, id, year: 2026, title, status: 'published', published_version: 1 })
    .execute();
  return id;
}

/**
 * Writes an awarded task and its planned milestones straight into the tables, as a load or an
 * import would (no award row, colour NULL); returns its id.
 */
export async function insertAwardedTask(
  env: TestEnv,
  t: {
    districtId: string;
    listId: string;
    no: number;
    title?: string;
    start: string;
    deadline?: string;
    responsible?: { nodeId: string; name: string };
    milestones: (Milestone & { plannedFrom: string; seq: number })[];
  },
): Promise<string> {
  const id = uuidv7();
  await env.db
    .insertInto('tasks_tasks')
    .values({
      district_id: t.districtId,
      id,
      list_id: t.listId,
      year: 2026,
      no: t.no,
      title: t.title ?? `t${t.no}`,
      category: 'key_work',
      source: 'top_down',
      goal: 'g',
      start_date: t.start,
      deadline: t.deadline ?? '2027-12-31',
      status: 'awarded',
      responsible_node_id: t.responsible?.nodeId ?? null,
      responsible_name: t.responsible?.name ?? null,
    })
    .execute();
  await env.db
    .insertInto('tasks_milestones')
    .values(
      t.milestones.map((m) => ({
        district_id: t.districtId,
        task_id: id,
        seq: m.seq,
        title: 'm',
        weight: m.weight,
        due_date: m.dueDate,
        planned_from: m.plannedFrom,
        percent: m.percent,
      })),
    )
    .execute();
  return id;
}

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
