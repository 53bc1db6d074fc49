/**
 * Shapes of the assessment API: Indicators, units and settings.
 * Re-exported by assessment.schemas.ts.
 */
import { z } from 'zod';
import { DEPT_TYPES, DIMENSIONS, LAYERS, SCORING } from './assessment.rules.ts';
import { id, text, quarter, bilingual } from './assessment.base.schemas.ts';

export const indicatorInput = z.strictObject({
  districtId: id,
  quarter,
  layer: z.enum(LAYERS),
  deptType: z.enum(DEPT_TYPES).nullish(),
  post: z.string().trim().max(50).nullish(),
  personId: id.nullish(),
  name: text(200),
  description: z.string().trim().max(2000).default(''),
  dimension: z.enum(DIMENSIONS),
  weight: z.number().min(0.01).max(1000),
  scoring: z.enum(SCORING),
  maxScore: z.number().min(0.01).max(1000).default(100),
  evidenceRequired: z.boolean().default(false),
});
export type IndicatorInput = z.infer<typeof indicatorInput>;
export const indicatorPatch = indicatorInput.omit({ districtId: true, quarter: true, layer: true }).partial();
export const indicatorView = z.object({
  id,
  quarter: z.string(),
  layer: z.enum(LAYERS),
  deptType: z.enum(DEPT_TYPES).nullable(),
  post: z.string().nullable(),
  personId: id.nullable(),
  name: z.string(),
  description: z.string(),
  dimension: z.enum(DIMENSIONS),
  weight: z.number(),
  scoring: z.enum(SCORING),
  maxScore: z.number(),
  evidenceRequired: z.boolean(),
});
export const indicatorsQuery = z.object({ districtId: id, quarter });
export const indicatorsView = z.object({
  quarter: z.string(),
  frozen: z.boolean(),
  items: z.array(indicatorView),
  can: z.object({ manage: z.boolean() }),
});
export const copyIndicatorsBody = z.strictObject({ districtId: id, from: quarter, to: quarter });

export const unitView = z.object({
  nodeId: id,
  name: z.string(),
  deptType: z.enum(DEPT_TYPES),
  liaison: z.boolean(),
  observation: z.boolean(),
  supervisingGroup: z.string(),
  leaderName: z.string(),
  cadres: z.number(),
  version: z.number(),
});
export const unitBody = z.strictObject({
  districtId: id,
  deptType: z.enum(DEPT_TYPES),
  liaison: z.boolean(),
  observation: z.boolean(),
  supervisingGroup: z.string().trim().max(100).default(''),
  leaderName: z.string().trim().max(50).default(''),
});
export const unitParams = z.object({ nodeId: id });

const situation = z.object({
  code: z.string().trim().min(1).max(10),
  polarity: z.enum(['positive', 'negative']),
  months: z.number().int().min(1).max(6),
  label: bilingual,
});
const groupRule = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z_]{1,20}$/),
  label: bilingual,
  postPattern: z.string().max(100).optional(),
  gradePattern: z.string().max(100).optional(),
  maxAge: z.number().int().min(18).max(80).optional(),
  minAge: z.number().int().min(18).max(80).optional(),
  separate: z.boolean(),
});
const rotationSettings = z.object({
  divisionYearsInUnit: z.number().int().min(1).max(40),
  sectionYearsInOffice: z.number().int().min(1).max(40),
  sensitiveYearsInPost: z.number().int().min(1).max(40),
  secretaryTermYears: z.number().int().min(1).max(10),
  secretaryMaxTerms: z.number().int().min(1).max(5),
  warnDays: z.number().int().min(0).max(1000),
});
export const settingsView = z.object({
  districtId: id,
  goodQuota: z.number(),
  orderPoints: z.object({ responsibility: z.number(), commendation: z.number(), accountability: z.number() }),
  situations: z.array(situation),
  groups: z.array(groupRule),
  rotation: rotationSettings,
  version: z.number(),
});
export type SettingsView = z.infer<typeof settingsView>;
export const settingsBody = settingsView.omit({ districtId: true, version: true }).extend({
  districtId: id,
  goodQuota: z.number().min(0.05).max(1),
  situations: z.array(situation).min(1).max(50),
  groups: z.array(groupRule).max(20),
  version: z.number().int().min(0),
});
