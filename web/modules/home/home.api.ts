/** What the home page reads: the actor's to-do list and a node's dashboard figures (server/modules/home). */
import type { NodeStat, TodoItem } from '../../../server/platform/workbench.ts';
import { api, qs } from '../../app/api.ts';

export type { NodeStat, TodoItem, TodoEntry, TodoLevel } from '../../../server/platform/workbench.ts';

/** GET /api/home/todos: everything waiting for me, grouped later by module. */
export const fetchTodos = () => api<TodoItem[]>('GET', '/api/home/todos');

/** GET /api/home/stats: the figures every module declares for a node in a year. */
export const fetchStats = (nodeId: string, year: number) =>
  api<NodeStat[]>('GET', `/api/home/stats${qs({ nodeId, year })}`);
