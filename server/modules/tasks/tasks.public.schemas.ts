/** Shapes of the tasks API: the public page 公开任务榜. */
import { z } from 'zod';
import { id, taskCategory, evalStatus, taskStatus } from './tasks.common.schemas.ts';

// ---------- public page ----------
export const publicListQuery = z.object({
  districtId: id,
  year: z.coerce.number().int().min(2000).max(2100),
});
export const publicTask = z.object({
  id,
  no: z.number(),
  title: z.string(),
  category: taskCategory,
  goal: z.string(),
  deadline: z.string(),
  status: taskStatus,
  evalStatus: evalStatus.nullable(),
  plannedProgress: z.number(),
  actualProgress: z.number(),
  units: z.array(z.string()),
  commanderName: z.string().nullable(),
});
/**
 * A public notice 公开通报 (seed 000's 结果运用): an issued commendation or accountability order
 * whose uses of results include public_notice; the unit, never a person.
 */
export const publicNotice = z.object({
  id,
  type: z.enum(['commendation', 'accountability']),
  number: z.string().nullable(),
  unitName: z.string().nullable(),
  taskTitle: z.string(),
  /** Calendar day of issue (Asia/Shanghai). */
  issuedOn: z.string(),
  reason: z.string().nullable(),
});
export const publicList = z.object({
  districtId: id,
  year: z.number(),
  title: z.string(),
  publishedVersion: z.number(),
  publishedAt: z.string(),
  tasks: z.array(publicTask),
  notices: z.array(publicNotice),
});
