/** Shapes of the tasks API: major projects 重大项目. */
import { z } from 'zod';
import { PROJECT_CATEGORIES, PROJECT_STAGES } from './tasks.rules.ts';
import { id, text } from './tasks.common.schemas.ts';

// ---------- 重大项目 major projects (seed 000: 280 = 160 在建 + 80 前期 + 40 谋划) ----------
export const projectStage = z.enum(PROJECT_STAGES);
export const projectCategory = z.enum(PROJECT_CATEGORIES);
export const projectsQuery = z.object({
  districtId: id,
  year: z.coerce.number().int().min(2000).max(2100),
  stage: projectStage.optional(),
});
export const projectBody = z.object({
  districtId: id,
  year: z.number().int().min(2000).max(2100),
  name: text(200),
  stage: projectStage,
  category: projectCategory.default('industry'),
  /** Total investment in 万元. */
  investment: z.number().nonnegative().max(1e10).nullable().optional(),
  leadNodeId: id.nullable().optional(),
  /** 指挥部党建组: a party organisation of the org module. */
  hqPartyOrgId: id.nullable().optional(),
  /** 项目临时党支部: a party organisation of the org module (with its lifetime there). */
  branchPartyOrgId: id.nullable().optional(),
  taskId: id.nullable().optional(),
  note: z.string().trim().max(2000).default(''),
});
export const projectUpdateBody = projectBody.extend({ version: z.number().int().min(1) });
export const projectView = z.object({
  id,
  districtId: id,
  year: z.number(),
  name: z.string(),
  stage: projectStage,
  category: projectCategory,
  investment: z.number().nullable(),
  leadNodeId: id.nullable(),
  leadName: z.string().nullable(),
  hqPartyOrgId: id.nullable(),
  branchPartyOrgId: id.nullable(),
  taskId: id.nullable(),
  note: z.string(),
  version: z.number(),
  can: z.object({ edit: z.boolean() }),
});
export const projectsSummary = z.object({
  total: z.number(),
  byStage: z.array(z.object({ stage: projectStage, count: z.number(), investment: z.number() })),
});
export const projectsImportResult = z.object({
  added: z.number(),
  updated: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});
