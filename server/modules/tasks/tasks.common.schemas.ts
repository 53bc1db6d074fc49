/** Shapes the tasks API's families share: ids, days, texts, indicators, milestones and the enums. */
import { z } from 'zod';
import { EVAL_STATUSES, ORDER_STATUSES, ORDER_TYPES, TASK_CATEGORIES, TASK_SOURCES } from './tasks.rules.ts';

export const id = z.uuid();
export const day = z.iso.date();
export const text = (max: number) => z.string().trim().min(1).max(max);
export const reason = text(1000);

/** A measurable indicator of a task's goal. */
export const indicator = z.object({
  name: text(100),
  target: z.number().finite(),
  unit: z.string().trim().max(20),
  /** Latest reported value; null until reported. */
  actual: z.number().finite().nullable().optional(),
  /** true when a higher value is better (default); false for targets like "at most 3 complaints". */
  higherIsBetter: z.boolean().optional(),
});
/** A weighted milestone with its due date. */
export const milestoneInput = z.object({
  title: text(200),
  weight: z.number().min(0.001).max(1000),
  dueDate: day,
});
export const taskCategory = z.enum(TASK_CATEGORIES);
export const taskSource = z.enum(TASK_SOURCES);
export const orderType = z.enum(ORDER_TYPES);
export const evalStatus = z.enum(EVAL_STATUSES);
export const taskStatus = z.enum(['draft', 'published', 'awarded', 'completed', 'cancelled']);
export const listStatus = z.enum(['draft', 'published']);
export const orderStatus = z.enum(ORDER_STATUSES);

export type Indicator = z.infer<typeof indicator>;
