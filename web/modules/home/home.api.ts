/** What the home page reads: the actor's to-do list and a node's dashboard figures (server/modules/home). */
import { client } from '../../app/client.ts';

export type { NodeStat, TodoItem, TodoEntry, TodoLevel } from '../../../server/platform/workbench.ts';

/** GET /api/home/todos: everything waiting for me, grouped later by module. */
export const fetchTodos = () => client.get('/api/home/todos');

/** GET /api/home/stats: the figures every module declares for a node in a year. */
export const fetchStats = (nodeId: string, year: number) =>
  client.get('/api/home/stats', { query: { nodeId, year } });
