/** Shapes of the org API. */
import { z } from 'zod';
import { LEVELS, nodeNameBroken, PARTY_ORG_KINDS, TEMPORARY_PARTY_ORG_KINDS } from './org.rules.ts';
import { importOutcome } from '../../platform/http/routes.ts';

export const levelSchema = z.enum(LEVELS);
export const nodeView = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  districtId: z.uuid(),
  level: levelSchema,
  name: z.string(),
  code: z.string().nullable(),
  depth: z.number(),
  initials: z.string(),
  version: z.number(),
  childCount: z.number().optional(),
  can: z.object({ write: z.boolean() }),
});
export const nodeDetail = nodeView.extend({
  ancestors: z.array(z.object({ id: z.uuid(), name: z.string(), level: levelSchema })),
});
export const searchResult = nodeView.extend({ pathNames: z.array(z.string()) });
export const nodeName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((s) => !nodeNameBroken(s), { message: 'org.bad_name' });
export const createNodeBody = z.object({
  parentId: z.uuid(),
  level: levelSchema,
  name: nodeName,
  code: z.string().trim().max(40).nullish(),
  sort: z.number().int().min(0).max(100000).optional(),
});
export const updateNodeBody = z.object({
  name: nodeName.optional(),
  code: z.string().trim().max(40).nullish(),
  version: z.number().int().min(1),
});
export const moveNodeBody = z.object({ newParentId: z.uuid(), version: z.number().int().min(1) });
export const searchQuery = z.object({
  q: z.string().trim().min(1).max(50),
  level: levelSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const partyOrgKind = z.enum(PARTY_ORG_KINDS);
export const partyOrgView = z.object({
  id: z.uuid(),
  nodeId: z.uuid(),
  nodeName: z.string(),
  parentOrgId: z.uuid().nullable(),
  kind: partyOrgKind,
  name: z.string(),
  version: z.number(),
  establishedOn: z.string().nullable(),
  dissolvedOn: z.string().nullable(),
  /** 计划撤销日期: when a temporary organisation should be dissolved. */
  plannedEnd: z.string().nullable(),
  can: z.object({ write: z.boolean() }),
});
/** POST /api/org/party-orgs/temporary: a headquarters party group or temporary project branch. */
export const createTemporaryPartyOrgBody = z.strictObject({
  nodeId: z.uuid(),
  kind: z.enum(TEMPORARY_PARTY_ORG_KINDS),
  name: z.string().trim().min(1).max(100),
  establishedOn: z.iso.date(),
  /** 计划撤销日期, not before establishedOn. */
  plannedEnd: z.iso.date().nullish(),
  parentOrgId: z.uuid().nullish(),
});
/** PATCH /api/org/party-orgs/:id/temporary: rename, set or clear the planned end. */
export const editTemporaryPartyOrgBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  plannedEnd: z.iso.date().nullable(),
  version: z.number().int().min(1),
});
/** POST /api/org/party-orgs/:id/dissolve */
export const dissolvePartyOrgBody = z.strictObject({
  dissolvedOn: z.iso.date(),
  version: z.number().int().min(1),
});
export const createPartyOrgBody = z.object({
  nodeId: z.uuid(),
  kind: partyOrgKind,
  name: z.string().trim().min(1).max(100),
  parentOrgId: z.uuid().nullish(),
});
/** What a tree import did (or, with dryRun, would do). */
export const importResult = importOutcome({ level: levelSchema, name: z.string(), parent: z.string() });
