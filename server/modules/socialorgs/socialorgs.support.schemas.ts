/** Shapes of the support API (instructors, talents, bases and the four links), shared by routes and pages. */
import { z } from 'zod';
import { BASE_KINDS, CERT_LEVELS, LINKS, TALENT_KINDS } from './socialorgs.support.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date().refine((d) => d >= '2000-01-01' && d <= '2100-12-31', { message: '2000–2100' });
const phone = z
  .string()
  .trim()
  .max(20)
  .regex(/^[0-9+\- ]*$/, { message: '0-9 + -' })
  .default('');
const can = z.object({ manage: z.boolean(), export: z.boolean() });

export const nodeQuery = z.object({ nodeId: id.optional() });
export const yearQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

// ---- 党建指导员 instructors -------------------------------------------------------------------
export const instructorBody = z.strictObject({
  nodeId: id,
  name: text(30),
  unit: text(100),
  phone,
});
export const assignmentBody = z.strictObject({
  target: z.enum(['base', 'org']),
  targetId: id,
  startsOn: day,
  endsOn: day,
});
export const visitBody = z.strictObject({
  orgId: id,
  visitedOn: day,
  topic: text(200),
  outcome: z.string().trim().max(1000).default(''),
});
export const instructorRow = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  unit: z.string(),
  phone: z.string(),
  /** What they are sent to today (base or organisation names). */
  postedTo: z.array(z.string()),
  visitsThisQuarter: z.number(),
  lastVisitOn: z.string().nullable(),
});
export const instructorList = z.object({ items: z.array(instructorRow), can });
export const instructorView = instructorRow.extend({
  assignments: z.array(
    z.object({
      id,
      target: z.enum(['base', 'org']),
      targetId: id,
      targetName: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      running: z.boolean(),
    }),
  ),
  visits: z.array(
    z.object({
      id,
      orgId: id,
      orgName: z.string(),
      visitedOn: z.string(),
      topic: z.string(),
      outcome: z.string(),
    }),
  ),
  /** Organisations in their charge today (visits may be logged for these). */
  inCharge: z.array(z.object({ id, name: z.string() })),
  /** Where they may be sent: bases and organisations under their node. */
  targets: z.object({
    bases: z.array(z.object({ id, name: z.string() })),
    orgs: z.array(z.object({ id, name: z.string() })),
  }),
  can: z.object({ manage: z.boolean() }),
});
export const coverageView = z.object({
  orgs: z.array(z.object({ id, name: z.string(), nodeName: z.string(), instructors: z.array(z.string()) })),
  covered: z.number(),
  uncovered: z.number(),
  quarters: z.array(z.object({ quarter: z.string(), visits: z.number() })),
});

// ---- 草根领袖与本土社工 talents -----------------------------------------------------------------
export const talentBody = z.strictObject({
  nodeId: id,
  name: text(30),
  kind: z.enum(TALENT_KINDS),
  certLevel: z.enum(CERT_LEVELS).nullable().default(null),
  certNo: z.string().trim().max(40).default(''),
  orgId: id.nullable().default(null),
  phone,
});
export const trainingBody = z.strictObject({
  trainedOn: day,
  course: text(200),
  hours: z.number().min(0.5).max(1000),
});
export const talentRow = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  kind: z.enum(TALENT_KINDS),
  certLevel: z.enum(CERT_LEVELS).nullable(),
  certNo: z.string(),
  orgName: z.string().nullable(),
  phone: z.string(),
  hours: z.number(),
  trainings: z.array(z.object({ trainedOn: z.string(), course: z.string(), hours: z.number() })),
});
export const talentList = z.object({
  items: z.array(talentRow),
  /** Per street: counts by kind and the certified share. */
  streets: z.array(
    z.object({
      nodeId: id,
      nodeName: z.string(),
      leaders: z.number(),
      workers: z.number(),
      certified: z.number(),
      certifiedShare: z.number().nullable(),
    }),
  ),
  orgs: z.array(z.object({ id, name: z.string() })),
  can,
});
export const talentImportQuery = z.object({ nodeId: id });

// ---- 社会组织总部基地 / 四联平台 bases and links --------------------------------------------------
export const baseBody = z.strictObject({
  nodeId: id,
  name: text(100),
  kind: z.enum(BASE_KINDS),
  address: z.string().trim().max(200).default(''),
});
export const settlementBody = z.strictObject({ orgId: id, startsOn: day, endsOn: day });
export const linkBody = z.strictObject({
  link: z.enum(LINKS),
  heldOn: day,
  title: text(200),
  summary: z.string().trim().max(2000).default(''),
  orgIds: z.array(id).min(1).max(50),
});
const linkCounts = z.object({
  build: z.number(),
  mediate: z.number(),
  manage: z.number(),
  serve: z.number(),
});
export const baseRow = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  name: z.string(),
  kind: z.enum(BASE_KINDS),
  address: z.string(),
  settled: z.number(),
  links: linkCounts,
});
export const baseList = z.object({ items: z.array(baseRow), can: z.object({ manage: z.boolean() }) });
export const baseView = baseRow.extend({
  settlements: z.array(
    z.object({
      orgId: id,
      orgName: z.string(),
      startsOn: z.string(),
      endsOn: z.string(),
      running: z.boolean(),
      ending: z.boolean(),
    }),
  ),
  records: z.array(
    z.object({
      id,
      link: z.enum(LINKS),
      heldOn: z.string(),
      title: z.string(),
      summary: z.string(),
      orgs: z.array(z.string()),
    }),
  ),
  /** Organisations under the base's node that may settle or take part. */
  orgs: z.array(z.object({ id, name: z.string() })),
  instructors: z.array(z.string()),
  can: z.object({ manage: z.boolean() }),
});
export const importResult = z.object({
  created: z.number(),
  skipped: z.number(),
  errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
});
