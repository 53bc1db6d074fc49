/** Shapes of the compacts API, shared by the routes and the web pages. */
import { z } from 'zod';
import { importOutcome, yearMonth } from '../../platform/http/routes.ts';
import { CONTRACT_STATES, GRADES, ITEM_KINDS, MEETING_STATES } from './compacts.rules.ts';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.iso.date();
const version = z.number().int().min(1).max(2_000_000_000);

export const listQuery = z.object({
  nodeId: id.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** An item of a list as entered: content, the owner (for projects) and the due day (projects). */
export const itemInput = z.object({
  content: text(300),
  owner: z.string().trim().max(60).default(''),
  dueOn: day.optional(),
});

/** Drafting a contract (the community side): parties, term, signer, the first resources and needs. */
export const contractBody = z.object({
  nodeId: id,
  unitId: id,
  title: text(120),
  startsOn: day,
  endsOn: day,
  communitySigner: text(40),
  resources: z.array(itemInput).max(50).default([]),
  needs: z.array(itemInput).max(50).default([]),
  projects: z
    .array(itemInput.extend({ owner: text(60), dueOn: day }))
    .max(50)
    .default([]),
});

/** The units a contract may be drafted with. */
export const unitList = z.object({ items: z.array(z.object({ id, name: z.string() })) });

/** The yearly evaluation of a contract. */
export const evaluationView = z.object({
  year: z.number(),
  projectsDue: z.number(),
  projectsOnTime: z.number(),
  meetingsHeld: z.number(),
  meetingsPresent: z.number(),
  onTimePct: z.number().nullable(),
  attendancePct: z.number().nullable(),
  score: z.number().nullable(),
  grade: z.enum(GRADES).nullable(),
});

/** A contract in the register. */
export const contractRow = z.object({
  id,
  number: z.string(),
  title: z.string(),
  nodeId: id,
  nodeName: z.string(),
  unitId: id,
  unitName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  state: z.enum(CONTRACT_STATES),
  inForce: z.boolean(),
  resources: z.number(),
  needs: z.number(),
  projects: z.number(),
  projectsDone: z.number(),
  projectsOverdue: z.number(),
  missedInARow: z.number(),
  flagged: z.boolean(),
});
export const contractList = z.object({
  items: z.array(contractRow),
  can: z.object({ create: z.boolean(), export: z.boolean() }),
});

export const itemView = z.object({
  id,
  kind: z.enum(ITEM_KINDS),
  content: z.string(),
  owner: z.string(),
  dueOn: z.string().nullable(),
  state: z.enum(['open', 'done']),
  doneOn: z.string().nullable(),
  overdue: z.boolean(),
  meetingMonth: z.string().nullable(),
  version: z.number(),
});

/** One contract with its lists, its unit's attendance and this year's evaluation. */
export const contractView = contractRow.extend({
  communitySigner: z.string(),
  unitSigner: z.string(),
  signedOn: z.string().nullable(),
  districtName: z.string(),
  version: z.number(),
  items: z.array(itemView),
  attendance: z.array(z.object({ meetingId: id, month: z.string(), present: z.boolean() })),
  evaluation: evaluationView,
  can: z.object({
    sign: z.boolean(),
    addItem: z.boolean(),
    addResource: z.boolean(),
    progress: z.boolean(),
    import: z.boolean(),
  }),
});

export const signBody = z.object({ version, signer: text(40) });
export const itemBody = itemInput.extend({ kind: z.enum(ITEM_KINDS) });
export const doneBody = z.object({ version, doneOn: day });

/** Importing a unit's resource list: what each row did. */
export const resourceImportQuery = z.object({ dryRun: z.enum(['0', '1']).default('0') });
export const resourceImportResult = importOutcome({
  row: z.number(),
  content: z.string(),
  action: z.enum(['add', 'skip']),
});

/** Scheduling a round table 圆桌会 of a community for a month. */
export const meetingBody = z.object({
  nodeId: id,
  month: yearMonth,
  plannedOn: day,
  place: z.string().trim().max(100).default(''),
});

/** A round table in the list. */
export const meetingRow = z.object({
  id,
  nodeId: id,
  nodeName: z.string(),
  month: z.string(),
  plannedOn: z.string(),
  place: z.string(),
  state: z.enum(MEETING_STATES),
  heldOn: z.string().nullable(),
  present: z.number(),
  expected: z.number(),
  resolutions: z.number(),
});

/** A community's round table owed this month and not yet held (the to-do). */
export const dueRow = z.object({
  nodeId: id,
  nodeName: z.string(),
  month: z.string(),
  meetingId: id.nullable(),
});
export const meetingList = z.object({
  items: z.array(meetingRow),
  due: z.array(dueRow),
  /** Round tables held vs owed in the year, per community. */
  tally: z.array(z.object({ nodeId: id, nodeName: z.string(), held: z.number(), due: z.number() })),
  can: z.object({ schedule: z.boolean() }),
});

/** Holding a round table: attendance of the contract units, agenda, minutes, resolutions. */
export const holdBody = z.object({
  version,
  heldOn: day,
  attendance: z.array(z.object({ contractId: id, present: z.boolean() })).max(100),
  agenda: z.array(z.object({ itemId: id.nullable().default(null), text: text(300) })).max(50),
  minutes: z.string().trim().max(8000).default(''),
  resolutions: z.array(z.object({ contractId: id, content: text(300), owner: text(60), dueOn: day })).max(50),
});

/** One round table: its parties (contracts in force), agenda candidates, and what was resolved. */
export const meetingView = meetingRow.extend({
  districtName: z.string(),
  agenda: z.array(z.object({ itemId: id.nullable(), text: z.string() })),
  minutes: z.string(),
  version: z.number(),
  parties: z.array(
    z.object({
      contractId: id,
      number: z.string(),
      unitName: z.string(),
      present: z.boolean().nullable(),
      missedInARow: z.number(),
      flagged: z.boolean(),
    }),
  ),
  candidates: z.array(
    z.object({ itemId: id, kind: z.enum(ITEM_KINDS), unitName: z.string(), content: z.string() }),
  ),
  resolvedItems: z.array(itemView.extend({ unitName: z.string(), contractId: id })),
  can: z.object({ hold: z.boolean() }),
});
