/** Shapes of the tasks API (一榜三令), shared by the routes and the web pages. Keep them stable. */
import { z } from 'zod';
import {
  CONSEQUENCE_KINDS,
  EVAL_STATUSES,
  ORDER_STATUSES,
  ORDER_TRIGGERS,
  ORDER_TYPES,
  PQ_ASPECTS,
  PROJECT_CATEGORIES,
  PROJECT_STAGES,
  TASK_CATEGORIES,
  TASK_KINDS,
  TASK_SOURCES,
} from './tasks.rules.ts';

export {
  CONSEQUENCE_KINDS,
  ORDER_TRIGGERS,
  ORDER_TYPES,
  PQ_ASPECTS,
  TASK_CATEGORIES,
  TASK_KINDS,
  TASK_SOURCES,
};
export type { ConsequenceKind } from './tasks.rules.ts';

const id = z.uuid();
const day = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const reason = text(1000);

/** A measurable indicator of a task's goal. */
export const indicator = z.object({
  name: text(100),
  target: z.number().finite(),
  unit: z.string().trim().max(20),
  /** Latest reported value; null until reported. */
  actual: z.number().finite().nullable().optional(),
  /** true when a higher value is better (default); false for targets like "at most 3 complaints". */
  higherIsBetter: z.boolean().optional(),
});
/** A weighted milestone with its due date. */
export const milestoneInput = z.object({
  title: text(200),
  weight: z.number().min(0.001).max(1000),
  dueDate: day,
});
export const taskCategory = z.enum(TASK_CATEGORIES);
export const taskSource = z.enum(TASK_SOURCES);
export const orderType = z.enum(ORDER_TYPES);
export const evalStatus = z.enum(EVAL_STATUSES);
export const taskStatus = z.enum(['draft', 'published', 'awarded', 'completed', 'cancelled']);
export const listStatus = z.enum(['draft', 'published']);
export const orderStatus = z.enum(ORDER_STATUSES);

// ---------- lists ----------
export const createListBody = z.object({
  districtId: id,
  year: z.number().int().min(2000).max(2100),
  title: text(200),
});
export const listView = z.object({
  id,
  districtId: id,
  year: z.number(),
  title: z.string(),
  status: listStatus,
  version: z.number(),
  publishedVersion: z.number().nullable(),
  publishedAt: z.string().nullable(),
  taskCount: z.number(),
});
export const listsQuery = z.object({ districtId: id.optional(), year: z.coerce.number().int().optional() });
export const publishListBody = z.object({ version: z.number().int().min(1) });

// ---------- tasks ----------
export const taskInput = z.object({
  title: text(200),
  category: taskCategory,
  goal: text(4000),
  indicators: z.array(indicator).max(20).default([]),
  milestones: z.array(milestoneInput).min(1).max(50),
  deadline: day,
  /** Start of the plan (planned progress runs from here); defaults to 1 January of the list's year. */
  startDate: day.optional(),
  /** Investment in 万元, optional. */
  investment: z.number().nonnegative().max(1e9).nullable().optional(),
  /** The node responsible for the task (lead unit or department). */
  responsibleNodeId: id.nullable().optional(),
});
export const addTaskBody = taskInput;
export const milestoneView = z.object({
  seq: z.number(),
  title: z.string(),
  weight: z.number(),
  dueDate: z.string(),
  percent: z.number(),
});
export const awardUnitView = z.object({
  nodeId: id,
  name: z.string(),
  partyOrgId: id.nullable(),
  lead: z.boolean(),
});
export const taskSummary = z.object({
  id,
  listId: id.nullable(),
  districtId: id,
  kind: z.enum(TASK_KINDS),
  no: z.number(),
  title: z.string(),
  category: taskCategory,
  source: taskSource,
  status: taskStatus,
  evalStatus: evalStatus.nullable(),
  redSince: z.string().nullable(),
  plannedProgress: z.number(),
  actualProgress: z.number(),
  deadline: z.string(),
  responsibleNodeId: id.nullable(),
  responsibleName: z.string().nullable(),
  units: z.array(awardUnitView),
  commanderName: z.string().nullable(),
  beneficiaries: z.number(),
  version: z.number(),
  /** Human-readable number: 榜2026-007 (list task) or 党2026-012 (party project). */
  code: z.string(),
});
export const taskDetail = taskSummary.extend({
  goal: z.string(),
  indicators: z.array(indicator),
  milestones: z.array(milestoneView),
  startDate: z.string(),
  investment: z.number().nullable(),
  completedAt: z.string().nullable(),
  ownerNodeId: id.nullable(),
  cancelReason: z.string().nullable(),
  can: z.object({
    manage: z.boolean(),
    report: z.boolean(),
    apply: z.boolean(),
    cancel: z.boolean(),
    draftOrder: z.boolean(),
    reportIndicators: z.boolean(),
    recordPerformance: z.boolean(),
  }),
});
export const cancelTaskBody = z.object({ reason, version: z.number().int().min(1) });
export const cancelTaskResult = z.object({ id, status: taskStatus, version: z.number() });
export const indicatorsBody = z.object({
  values: z
    .array(z.object({ index: z.number().int().min(0).max(19), actual: z.number().finite() }))
    .min(1)
    .max(20),
  version: z.number().int().min(1),
});
export const indicatorsResult = z.object({
  id,
  version: z.number(),
  indicators: z.array(indicator),
  allMet: z.boolean(),
});
export const withdrawResult = z.object({ id, status: z.literal('withdrawn') });
export const tasksQuery = z.object({
  status: taskStatus.optional(),
  evalStatus: evalStatus.optional(),
  category: taskCategory.optional(),
  kind: z.enum(TASK_KINDS).optional(),
  listId: id.optional(),
  q: z.string().trim().max(50).optional(),
});

// ---------- proposals (bottom-up) ----------
export const proposeTaskBody = taskInput.extend({
  listId: id,
  /** The proposing unit: a node the actor holds a role on. */
  proposerNodeId: id,
  rationale: z.string().trim().max(2000).default(''),
});
export const decideProposalBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), reason }),
  z.object({ decision: z.literal('merge'), reason, mergeIntoTaskId: id }),
  z.object({ decision: z.literal('reject'), reason }),
]);
export const proposalView = z.object({
  id,
  listId: id,
  title: z.string(),
  category: taskCategory,
  proposerNodeId: id,
  proposerName: z.string(),
  rationale: z.string(),
  status: z.enum(['pending', 'approved', 'merged', 'rejected']),
  decisionReason: z.string().nullable(),
  taskId: id.nullable(),
  createdAt: z.string(),
});

// ---------- claiming 揭榜挂帅 (list tasks and party projects alike) ----------
export const applyBody = z.object({
  /** The applying unit: a node the actor holds a role on. */
  applicantNodeId: id,
  /** A party branch claiming on the unit's behalf (party-building projects). */
  partyOrgId: id.nullable().optional(),
  plan: text(4000),
  /** The cadre proposed to take command 挂帅. */
  commanderName: z.string().trim().max(50).optional(),
  commanderPersonId: id.nullable().optional(),
});
export const applicationView = z.object({
  id,
  taskId: id,
  applicantNodeId: id,
  applicantName: z.string(),
  partyOrgId: id.nullable(),
  plan: z.string(),
  commanderName: z.string().nullable(),
  status: z.enum(['submitted', 'awarded', 'not_awarded']),
  createdAt: z.string(),
});
export const awardBody = z.object({
  /** One application, or several for a joint award; the first is the lead unit. */
  applicationIds: z.array(id).min(1).max(20),
  /** The commanding cadre 挂帅: a name, plus a person id or an account id when known. */
  commanderName: text(50),
  commanderPersonId: id.nullable().optional(),
  commanderAccountId: id.nullable().optional(),
  /** Party projects: the beneficiaries expected (can be updated later by reports). */
  beneficiaries: z.number().int().min(0).max(10_000_000).optional(),
});
export const awardResult = z.object({
  taskId: id,
  orderId: id.nullable(),
  orderNumber: z.string().nullable(),
});

// ---------- orders 三令 ----------
export const orderView = z.object({
  id,
  districtId: id,
  taskId: id,
  taskTitle: z.string(),
  type: orderType,
  status: orderStatus,
  number: z.string().nullable(),
  year: z.number(),
  title: z.string(),
  body: z.string(),
  proposalReason: z.string().nullable(),
  /** What drafted it: 进展滞后、排名滞后、逾期、到期未达标、违规; 达标 for a commendation (null: by hand or award). */
  trigger: z.enum(ORDER_TRIGGERS).nullable(),
  origin: z.enum(['award', 'evaluation', 'officer']),
  decisionReason: z.string().nullable(),
  unitNodeId: id.nullable(),
  unitName: z.string().nullable(),
  /** Every unit that received it (the units its task was awarded to, lead first). */
  units: z.array(z.object({ nodeId: id, name: z.string(), lead: z.boolean() })),
  commanderName: z.string().nullable(),
  issuedAt: z.string().nullable(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  version: z.number(),
  pendingExemption: z.boolean(),
  /** What the caller may do with it (buttons show only for these). */
  can: z.object({
    edit: z.boolean(),
    issue: z.boolean(),
    dismiss: z.boolean(),
    acknowledge: z.boolean(),
    exempt: z.boolean(),
    consequences: z.boolean(),
    decideExemption: z.boolean(),
  }),
});
export const ordersQuery = z.object({
  type: orderType.optional(),
  status: orderStatus.optional(),
  unitNodeId: id.optional(),
  taskId: id.optional(),
  from: day.optional(),
  to: day.optional(),
});
export const createOrderBody = z.object({
  taskId: id,
  type: z.enum(['commendation', 'accountability']),
  title: text(200).optional(),
  body: text(8000).optional(),
  reason,
});
export const editOrderBody = z.object({
  title: text(200).optional(),
  body: text(8000).optional(),
  reason,
  version: z.number().int().min(1),
});
export const decideOrderBody = z.object({ reason, version: z.number().int().min(1) });

// ---------- progress ----------
export const reportBody = z.object({
  /** Client-made id: a retry with the same id (or Idempotency-Key) does not count twice. */
  clientId: id,
  milestoneSeq: z.number().int().min(1),
  percent: z.number().min(0).max(100),
  narrative: z.string().trim().max(4000).default(''),
  attachments: z
    .array(
      z.object({
        name: text(200),
        size: z
          .number()
          .int()
          .min(0)
          .max(100 * 1024 * 1024),
        mime: z.string().trim().max(100),
        url: z.string().trim().max(500).optional(),
      }),
    )
    .max(20)
    .default([]),
  /** Reported values of the task's indicators, by index. */
  indicatorValues: z
    .array(z.object({ index: z.number().int().min(0), actual: z.number().finite() }))
    .max(20)
    .default([]),
  /** Party projects: beneficiaries counted so far. */
  beneficiaries: z.number().int().min(0).max(10_000_000).optional(),
});
export const reportView = z.object({
  id,
  taskId: id,
  milestoneSeq: z.number(),
  percent: z.number(),
  narrative: z.string(),
  attachments: z.array(z.object({ name: z.string(), size: z.number(), mime: z.string() })),
  reporterName: z.string(),
  createdAt: z.string(),
});
export const reportResult = z.object({
  reportId: id,
  actualProgress: z.number(),
  status: taskStatus,
  replayed: z.boolean(),
});

// ---------- evaluation ----------
export const evaluateBody = z.object({
  districtId: id.optional(),
  /** The day evaluated (Asia/Shanghai calendar day); defaults to today. */
  day: day.optional(),
});
export const evaluateResult = z.object({
  day: z.string(),
  evaluated: z.number(),
  yellow: z.number(),
  red: z.number(),
  commendationDrafts: z.number(),
  accountabilityDrafts: z.number(),
  deadlineNotices: z.number(),
});
/** Thresholds of the daily evaluation, per district (percentage points behind plan, days). */
const whole = (min: number, max: number, key: string) =>
  z.number().int('tasks.settings.whole').min(min, key).max(max, key);
export const evalSettingsQuery = z.object({ districtId: id });
export const evalSettingsBody = z.object({
  districtId: id,
  /** Behind plan by at least this many percentage points → yellow. */
  yellowMargin: whole(1, 99, 'tasks.settings.yellow_range'),
  /** Behind by at least this many (or a milestone overdue) → red; greater than yellowMargin. */
  redMargin: whole(2, 100, 'tasks.settings.red_range'),
  /** Red for this many days → an accountability order is drafted. */
  redDaysForAccountability: whole(1, 365, 'tasks.settings.red_days_range'),
  /** Units are told of a deadline this many days ahead (0: on the day). */
  deadlineNoticeDays: whole(0, 90, 'tasks.settings.notice_days_range'),
  /** 排名严重滞后: the last this many places of the ranking (0: off); kept when left out. */
  rankingLagPlaces: whole(0, 50, 'tasks.settings.lag_places_range').optional(),
  /** Days in the last places before an accountability order is drafted; kept when left out. */
  rankingLagDays: whole(1, 365, 'tasks.settings.lag_days_range').optional(),
  /** Days after the deadline for a completed task's indicators to be met; kept when left out. */
  indicatorGraceDays: whole(0, 180, 'tasks.settings.grace_days_range').optional(),
  /** The version read (0 while the district uses the defaults). */
  version: z.number().int().min(0),
});
const thresholds = z.object({
  yellowMargin: z.number(),
  redMargin: z.number(),
  redDaysForAccountability: z.number(),
  deadlineNoticeDays: z.number(),
  rankingLagPlaces: z.number(),
  rankingLagDays: z.number(),
  indicatorGraceDays: z.number(),
});
export const evalSettingsView = thresholds.extend({
  districtId: id,
  version: z.number(),
  /** True while the district has never set its own (the defaults apply). */
  isDefault: z.boolean(),
  defaults: thresholds,
  updatedAt: z.string().nullable(),
  /** Whether the caller may change them. */
  canEdit: z.boolean(),
});
export type EvalSettingsView = z.infer<typeof evalSettingsView>;

export const timelineEntry = z.object({
  at: z.string(),
  kind: z.enum(['milestone_due', 'report', 'evaluation', 'order', 'exemption', 'violation', 'award']),
  title: z.string(),
  detail: z.string().nullable(),
  status: z.string().nullable(),
  refId: z.string().nullable(),
});

// ---------- fault tolerance 容错纠错 ----------
export const exemptionBody = z.object({
  orderId: id,
  grounds: text(4000),
  /** The innovation attempted in good faith. */
  innovation: text(2000),
});
export const decideExemptionBody = z.object({
  decision: z.enum(['grant', 'refuse']),
  reason,
});
export const exemptionView = z.object({
  id,
  taskId: id,
  orderId: id,
  grounds: z.string(),
  innovation: z.string(),
  status: z.enum(['pending', 'granted', 'refused']),
  decisionReason: z.string().nullable(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});

// ---------- violations and consequences ----------
export const violationBody = z.object({ description: text(2000), occurredOn: day });
export const consequenceInput = z.object({
  kind: z.enum(CONSEQUENCE_KINDS),
  /** Score or points change, signed (commendations add, accountability deducts). */
  points: z.number().min(-1000).max(1000).default(0),
  note: z.string().trim().max(1000).default(''),
  subjectNodeId: id.nullable().optional(),
  subjectPersonId: id.nullable().optional(),
});
export const consequencesBody = z.object({ items: z.array(consequenceInput).min(1).max(20) });
export const consequenceView = consequenceInput.extend({ id, orderId: id, createdAt: z.string() });

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

// ---------- public page ----------
export const publicListQuery = z.object({
  districtId: id,
  year: z.coerce.number().int().min(2000).max(2100),
});
export const publicTask = z.object({
  id,
  no: z.number(),
  title: z.string(),
  category: taskCategory,
  goal: z.string(),
  deadline: z.string(),
  status: taskStatus,
  evalStatus: evalStatus.nullable(),
  plannedProgress: z.number(),
  actualProgress: z.number(),
  units: z.array(z.string()),
  commanderName: z.string().nullable(),
});
/**
 * A public notice 公开通报 (seed 000's 结果运用): an issued commendation or accountability order
 * whose uses of results include public_notice; the unit, never a person.
 */
export const publicNotice = z.object({
  id,
  type: z.enum(['commendation', 'accountability']),
  number: z.string().nullable(),
  unitName: z.string().nullable(),
  taskTitle: z.string(),
  /** Calendar day of issue (Asia/Shanghai). */
  issuedOn: z.string(),
  reason: z.string().nullable(),
});
export const publicList = z.object({
  districtId: id,
  year: z.number(),
  title: z.string(),
  publishedVersion: z.number(),
  publishedAt: z.string(),
  tasks: z.array(publicTask),
  notices: z.array(publicNotice),
});

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

export type TaskInput = z.infer<typeof taskInput>;
export type Indicator = z.infer<typeof indicator>;

// ---------- political performance of claiming units (seed 000) ----------
export const performanceBody = z.object({
  nodeId: id,
  personId: id.nullable().optional(),
  aspect: z.enum(PQ_ASPECTS),
  positive: z.boolean(),
  note: text(1000),
  occurredOn: day,
});
export const performanceView = z.object({
  id,
  taskId: id,
  nodeId: id,
  unitName: z.string(),
  personId: id.nullable(),
  aspect: z.enum(PQ_ASPECTS),
  positive: z.boolean(),
  note: z.string(),
  occurredOn: z.string(),
});

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
