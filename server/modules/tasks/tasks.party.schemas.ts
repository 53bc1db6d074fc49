/** Shapes of the tasks API: party-building projects 党建项目认领. */
import { z } from 'zod';
import { id, day, text, milestoneInput } from './tasks.common.schemas.ts';

// ---------- party-building projects 党建项目认领 ----------
export const partyProjectBody = z.object({
  /** The community listing the project. */
  ownerNodeId: id,
  year: z.number().int().min(2000).max(2100),
  title: text(200),
  goal: text(4000),
  milestones: z.array(milestoneInput).min(1).max(20),
  deadline: day,
  startDate: day.optional(),
  investment: z.number().nonnegative().max(1e9).nullable().optional(),
});
export const partySummary = z.object({
  projects: z.number(),
  claimed: z.number(),
  claimingUnits: z.number(),
  beneficiaries: z.number(),
});
