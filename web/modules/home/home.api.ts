/** What the home page reads: the actor's to-do list and a node's dashboard figures (server/modules/home). */
import { client, type Res } from '../../app/client.ts';

/** One line of my to-do list: a module's count of waiting things and the most urgent of them. */
export type TodoItem = Res<'get', '/api/home/todos'>[number];
/** One waiting thing under a to-do line. */
export type TodoEntry = NonNullable<TodoItem['entries']>[number];
/** How urgent a to-do line is. */
export type TodoLevel = TodoItem['level'];
/** One dashboard figure a module declares for a node. */
export type NodeStat = Res<'get', '/api/home/stats'>[number];

/** GET /api/home/todos: everything waiting for me, grouped later by module. */
export const fetchTodos = () => client.get('/api/home/todos');

/** GET /api/home/stats: the figures every module declares for a node in a year. */
export const fetchStats = (nodeId: string, year: number) =>
  client.get('/api/home/stats', { query: { nodeId, year } });
