/** Shapes of the training plans per track API. */
import { z } from 'zod';

const id = z.uuid();
const label = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

export const planBody = z.strictObject({
  nodeId: id,
  year: z.number().int().min(2000).max(2100),
  track: z.string().trim().min(1).max(40),
  requiredHours: z.number().min(0).max(500).multipleOf(0.5),
  courseIds: z.array(id).max(50).default([]),
  note: z.string().trim().max(500).default(''),
  /** The version edited; absent for a new plan. */
  version: z.number().int().min(1).optional(),
});
export const completionQuery = z.object({
  nodeId: id,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const planView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  requiredHours: z.number(),
  note: z.string(),
  version: z.number(),
  courses: z.array(z.object({ id, code: z.string(), title: z.string(), hours: z.number() })),
});
const progress = {
  hours: z.number(),
  requiredHours: z.number(),
  coursesDone: z.number(),
  coursesRequired: z.number(),
  percent: z.number(),
  complete: z.boolean(),
  lagging: z.boolean(),
};
export const completionView = z.object({
  year: z.number(),
  nodeId: id,
  nodeName: z.string(),
  canEdit: z.boolean(),
  tracks: z.array(
    z.object({
      key: z.string(),
      label,
      plan: planView.nullable(),
      members: z.number(),
      complete: z.number(),
      lagging: z.number(),
      rows: z.array(
        z.object({ personId: id, name: z.string(), unitName: z.string(), post: z.string(), ...progress }),
      ),
    }),
  ),
});
export const myTracksQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const myTracksView = z.object({
  year: z.number(),
  tracks: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      plan: planView.nullable(),
      done: z.array(id),
      ...progress,
    }),
  ),
});
