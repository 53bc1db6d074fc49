/** What the home page and the node dashboard receive. */
import { z } from 'zod';

const level = z.enum(['red', 'yellow', 'normal']);

/** One line of the to-do list. */
export const todoItem = z.object({
  key: z.string(),
  module: z.string(),
  label: z.string(),
  count: z.number().int(),
  href: z.string(),
  level,
  entries: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        href: z.string(),
        due: z.string().nullish(),
        level: level.optional(),
      }),
    )
    .optional(),
});

/** One dashboard figure. */
export const nodeStat = z.object({
  key: z.string(),
  module: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  unit: z.enum(['count', 'percent', 'yuan', 'wan_yuan', 'hours', 'days', 'score']),
  definition: z.string().optional(),
  series: z.array(z.object({ label: z.string(), value: z.number().nullable() })).optional(),
});

/** Which node and year a dashboard shows. */
export const statsQuery = z.object({
  nodeId: z.uuid(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
