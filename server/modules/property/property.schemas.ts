/** Shapes of the property API, shared by the routes and the web pages. */
import { z } from 'zod';
import {
  BATCHES,
  CRITERIA_KINDS,
  CRITERION_GROUPS,
  ISSUE_ACTIONS,
  ISSUE_KINDS,
  ISSUE_STATES,
} from './property.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const year = z.coerce.number().int().min(2000).max(2100);
const money = z.number().min(0).max(1e11);

export const criteriaKind = z.enum(CRITERIA_KINDS);
export const criterionGroup = z.enum(CRITERION_GROUPS);
export const issueKind = z.enum(ISSUE_KINDS);
export const issueState = z.enum(ISSUE_STATES);
export const batch = z.enum(BATCHES);
export const branchKind = z.enum(['party_branch', 'work_branch', 'none']);
export const post = z.enum(['director', 'deputy', 'member']);

// ---------- companies ----------
export const ratingBrief = z.object({
  year: z.number(),
  total: z.number(),
  stars: z.number(),
  state: z.enum(['scored', 'published']),
});
export const companyView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  creditCode: z.string(),
  contactName: z.string(),
  hasPartyOrg: z.boolean(),
  partyOrgId: id.nullable(),
  compounds: z.number(),
  rating: ratingBrief.nullable(),
  version: z.number(),
  can: z.object({ manage: z.boolean(), rate: z.boolean() }),
});
export const companiesQuery = z.object({
  nodeId: id.optional(),
  q: z.string().trim().max(50).optional(),
  year: year.optional(),
});
export const companyBody = z.strictObject({
  nodeId: id,
  name: text(100),
  creditCode: z
    .string()
    .trim()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/),
  contactName: z.string().trim().max(50).default(''),
  hasPartyOrg: z.boolean().default(false),
  partyOrgId: id.nullable().optional(),
});
export const companyPatch = z.strictObject({
  version: z.number().int().min(1).max(2147483647),
  name: text(100).optional(),
  contactName: z.string().trim().max(50).optional(),
  hasPartyOrg: z.boolean().optional(),
  partyOrgId: id.nullable().optional(),
});
export const linkBody = z.strictObject({ username: text(64) });

// ---------- compounds ----------
export const memberView = z.object({
  id,
  name: z.string(),
  post,
  partyMember: z.boolean(),
  termEnds: z.string().nullable(),
});
export const compoundView = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  address: z.string(),
  households: z.number(),
  companyId: id.nullable(),
  companyName: z.string().nullable(),
  partyOrgId: id.nullable(),
  partyOrgName: z.string().nullable(),
  branchKind,
  committee: z.array(memberView),
  version: z.number(),
  can: z.object({
    manage: z.boolean(),
    fees: z.boolean(),
    issues: z.boolean(),
    meet: z.boolean(),
    quality: z.boolean(),
  }),
});
export const compoundsQuery = z.object({ nodeId: id.optional(), companyId: id.optional() });
export const compoundBody = z.strictObject({
  nodeId: id,
  name: text(100),
  address: z.string().trim().max(200).default(''),
  households: z.number().int().min(0).max(100000).default(0),
  companyId: id.nullable().optional(),
  partyOrgId: id.nullable().optional(),
  branchKind: branchKind.default('party_branch'),
});
export const compoundPatch = z.strictObject({
  version: z.number().int().min(1).max(2147483647),
  name: text(100).optional(),
  address: z.string().trim().max(200).optional(),
  households: z.number().int().min(0).max(100000).optional(),
  companyId: id.nullable().optional(),
  partyOrgId: id.nullable().optional(),
  branchKind: branchKind.optional(),
});
export const memberBody = z.strictObject({
  name: text(30),
  post,
  partyMember: z.boolean().default(false),
  termEnds: day.nullable().optional(),
});

// ---------- criteria and ratings ----------
export const criterionView = z.object({
  code: z.string(),
  name: z.string(),
  grp: criterionGroup,
  weight: z.number(),
});
export const criteriaView = z.object({
  kind: criteriaKind,
  items: z.array(criterionView),
  can: z.object({ edit: z.boolean() }),
});
export const criteriaQuery = z.object({ nodeId: id, kind: criteriaKind });
export const criteriaBody = z.strictObject({
  nodeId: id,
  kind: criteriaKind,
  items: z
    .array(
      z.strictObject({
        code: z
          .string()
          .trim()
          .regex(/^[a-z0-9_]{1,30}$/),
        name: text(100),
        grp: criterionGroup.default(''),
        // stored as numeric(6, 2): at least 0.01, so a weight never rounds to nothing
        weight: z.number().min(0.01).max(1000),
      }),
    )
    .min(1)
    .max(30),
});
const scores = z.record(z.string().max(30), z.number().min(0).max(100));
export const ratingBody = z.strictObject({
  year,
  scores,
  comment: z.string().trim().max(1000).default(''),
});
export const ratingView = z.object({
  companyId: id,
  year: z.number(),
  scores: z.record(z.string(), z.number()),
  total: z.number(),
  stars: z.number(),
  state: z.enum(['scored', 'published']),
  comment: z.string(),
  publishedAt: z.string().nullable(),
});
export const publicCommunity = z.object({
  nodeId: id,
  name: z.string(),
  compounds: z.array(
    z.object({
      name: z.string(),
      households: z.number(),
      companyName: z.string().nullable(),
      ratings: z.array(z.object({ year: z.number(), total: z.number(), stars: z.number() })),
    }),
  ),
  companies: z.array(
    z.object({
      name: z.string(),
      ratings: z.array(z.object({ year: z.number(), total: z.number(), stars: z.number() })),
    }),
  ),
});

// ---------- quality index ----------
export const qualityBody = z.strictObject({
  year,
  quarter: z.number().int().min(1).max(4),
  scores,
});
export const qualityView = z.object({
  compoundId: id,
  year: z.number(),
  quarters: z.array(
    z.object({ quarter: z.number(), total: z.number(), scores: z.record(z.string(), z.number()) }),
  ),
  campaign: z.boolean(),
  average: z.number().nullable(),
  stars: z.number().nullable(),
});
export const campaignBody = z.strictObject({ year, campaign: z.boolean() });
export const rankingQuery = z.object({ nodeId: id.optional(), year: year.optional() });
export const rankingView = z.array(
  z.object({
    rank: z.number(),
    compoundId: id,
    name: z.string(),
    nodeName: z.string(),
    average: z.number(),
    quarters: z.number(),
    campaign: z.boolean(),
    stars: z.number().nullable(),
  }),
);

// ---------- fees ----------
export const feeRow = z.strictObject({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  billed: money,
  paid: money,
  householdsBilled: z.number().int().min(0).max(100000).default(0),
  householdsPaid: z.number().int().min(0).max(100000).default(0),
});
export const feesBody = z.strictObject({ rows: z.array(feeRow).min(1).max(120) });
export const feesQuery = z.object({
  nodeId: id.optional(),
  compoundId: id.optional(),
  year: year.optional(),
});
export const feesView = z.object({
  year: z.number(),
  billed: z.number(),
  paid: z.number(),
  rate: z.number().nullable(),
  compounds: z.array(
    z.object({
      compoundId: id,
      name: z.string(),
      nodeName: z.string(),
      billed: z.number(),
      paid: z.number(),
      rate: z.number().nullable(),
      months: z.array(
        z.object({
          period: z.string(),
          billed: z.number(),
          paid: z.number(),
          householdsBilled: z.number(),
          householdsPaid: z.number(),
          rate: z.number().nullable(),
        }),
      ),
    }),
  ),
});
export const importResult = z.object({
  imported: z.number(),
  skipped: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});

// ---------- meetings and the problem list ----------
export const issueBody = z.strictObject({
  kind: issueKind,
  title: text(200),
  room: z.string().trim().max(40).default(''),
  amount: money.nullable().optional(),
  months: z.number().int().min(0).max(1200).nullable().optional(),
  dueOn: day.nullable().optional(),
});
export const stepView = z.object({
  from: issueState,
  to: issueState,
  meetingId: id.nullable(),
  note: z.string(),
  at: z.string(),
});
export const issueView = z.object({
  id,
  compoundId: id,
  kind: issueKind,
  title: z.string(),
  room: z.string(),
  amount: z.number().nullable(),
  months: z.number().nullable(),
  state: issueState,
  measure: z.string(),
  dueOn: z.string().nullable(),
  meetingId: id.nullable(),
  resolution: z.string(),
  version: z.number(),
  steps: z.array(stepView),
  actions: z.array(z.enum(ISSUE_ACTIONS)),
});
export const issueTransition = z.strictObject({
  action: z.enum(['escalate', 'resolve', 'reopen']),
  version: z.number().int().min(1).max(2147483647),
  note: z.string().trim().max(1000).default(''),
});
export const meetingBody = z.strictObject({
  heldOn: day,
  attendees: text(500),
  minutes: text(5000),
  decisions: z
    .array(
      z.strictObject({
        issueId: id,
        batch: batch.nullable().optional(),
        measure: text(500),
        dueOn: day.nullable().optional(),
      }),
    )
    .max(200)
    .default([]),
});
export const meetingView = z.object({
  id,
  heldOn: z.string(),
  attendees: z.string(),
  minutes: z.string(),
  createdAt: z.string(),
});
export const listView = z.object({
  compound: compoundView,
  issues: z.array(issueView),
  meetings: z.array(meetingView),
});
export const exportQuery = z.object({
  nodeId: id.optional(),
  year: year.optional(),
  what: z.enum(['companies', 'compounds', 'fees', 'issues', 'ratings', 'quality', 'criteria']),
  /** Which criteria (what=criteria): the five musts or the quality index. */
  kind: criteriaKind.default('company'),
});
