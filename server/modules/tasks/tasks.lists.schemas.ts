/** Shapes of the tasks API: task lists 任务榜 and the units' bottom-up proposals. */
import { z } from 'zod';
import { id, text, reason, taskCategory, listStatus } from './tasks.common.schemas.ts';
import { taskInput } from './tasks.tasks.schemas.ts';

// ---------- lists ----------
export const createListBody = z.object({
  districtId: id,
  year: z.number().int().min(2000).max(2100),
  title: text(200),
});
export const listView = z.object({
  id,
  districtId: id,
  year: z.number(),
  title: z.string(),
  status: listStatus,
  version: z.number(),
  publishedVersion: z.number().nullable(),
  publishedAt: z.string().nullable(),
  taskCount: z.number(),
});
export const listsQuery = z.object({ districtId: id.optional(), year: z.coerce.number().int().optional() });
export const publishListBody = z.object({ version: z.number().int().min(1) });

// ---------- proposals (bottom-up) ----------
export const proposeTaskBody = taskInput.extend({
  listId: id,
  /** The proposing unit: a node the actor holds a role on. */
  proposerNodeId: id,
  rationale: z.string().trim().max(2000).default(''),
});
export const decideProposalBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), reason }),
  z.object({ decision: z.literal('merge'), reason, mergeIntoTaskId: id }),
  z.object({ decision: z.literal('reject'), reason }),
]);
export const proposalView = z.object({
  id,
  listId: id,
  title: z.string(),
  category: taskCategory,
  proposerNodeId: id,
  proposerName: z.string(),
  rationale: z.string(),
  status: z.enum(['pending', 'approved', 'merged', 'rejected']),
  decisionReason: z.string().nullable(),
  taskId: id.nullable(),
  createdAt: z.string(),
});
