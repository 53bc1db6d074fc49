/** Shapes of the tasks API: leaderboards and the cadre-assessment feed. */
import { z } from 'zod';
import { id, day, orderType, evalStatus } from './tasks.common.schemas.ts';
import { consequenceView } from './tasks.orders.schemas.ts';

// ---------- leaderboards ----------
export const leaderboardQuery = z.object({
  districtId: id,
  year: z.coerce.number().int().min(2000).max(2100),
});
export const unitRank = z.object({
  rank: z.number(),
  nodeId: id,
  name: z.string(),
  tasks: z.number(),
  completedOnTime: z.number(),
  commendations: z.number(),
  accountabilities: z.number(),
  avgProgress: z.number(),
  points: z.number(),
});
export const taskRank = z.object({
  rank: z.number(),
  taskId: id,
  title: z.string(),
  actualProgress: z.number(),
  plannedProgress: z.number(),
  evalStatus: evalStatus.nullable(),
});
export const leaderboard = z.object({ units: z.array(unitRank), tasks: z.array(taskRank) });

// ---------- cadre-assessment feed ----------
export const pointsQuery = z.object({
  nodeId: id.optional(),
  personId: id.optional(),
  from: day,
  to: day,
});
export const pointsView = z.object({
  orders: z.array(
    z.object({
      orderId: id,
      type: orderType,
      number: z.string().nullable(),
      taskTitle: z.string(),
      issuedAt: z.string(),
    }),
  ),
  consequences: z.array(consequenceView),
  totalPoints: z.number(),
});
