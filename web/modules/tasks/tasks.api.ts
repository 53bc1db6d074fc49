/** Types of the tasks API, inferred from the server's own zod schemas so pages cannot drift. */
import type { z } from 'zod';
import type {
  applicationView,
  awardResult,
  consequenceInput,
  consequenceView,
  evaluateResult,
  evalSettingsView,
  exemptionView,
  leaderboard,
  listView,
  orderView,
  partySummary,
  pointsView,
  proposalView,
  publicList,
  reportResult,
  reportView,
  taskDetail,
  taskSummary,
  timelineEntry,
  violationBody,
} from '../../../server/modules/tasks/tasks.schemas.ts';

/** A yearly task list. */
export type TaskList = z.infer<typeof listView>;
/** A task as the board shows it. */
export type TaskSummary = z.infer<typeof taskSummary>;
/** A task with its goal, indicators, milestones and per-object permissions. */
export type TaskDetail = z.infer<typeof taskDetail>;
/** A unit's application to claim a task. */
export type Application = z.infer<typeof applicationView>;
/** The result of an award: the responsibility order made. */
export type AwardResult = z.infer<typeof awardResult>;
/** A responsibility, commendation or accountability order. */
export type Order = z.infer<typeof orderView>;
/** A progress report. */
export type Report = z.infer<typeof reportView>;
/** What a progress report returned. */
export type ReportResult = z.infer<typeof reportResult>;
/** One event on a task's timeline. */
export type TimelineEntry = z.infer<typeof timelineEntry>;
/** A 容错 exemption application. */
export type Exemption = z.infer<typeof exemptionView>;
/** Unit and task rankings. */
export type Leaderboard = z.infer<typeof leaderboard>;
/** The published list as the public sees it. */
export type PublicList = z.infer<typeof publicList>;
/** A bottom-up proposal. */
export type Proposal = z.infer<typeof proposalView>;
/** The daily evaluation's counts. */
export type EvaluateResult = z.infer<typeof evaluateResult>;
/** A district's evaluation thresholds, and whether the user may change them. */
export type EvalSettings = z.infer<typeof evalSettingsView>;
/** Party-building project claiming figures. */
export type PartySummary = z.infer<typeof partySummary>;

/** A violation recorded on a task. */
export type ViolationInput = z.infer<typeof violationBody>;
/** One consequence of an issued order, as sent (points and note may be left out). */
export type ConsequenceInput = z.input<typeof consequenceInput>;
/** One recorded consequence of an issued order. */
export type Consequence = z.infer<typeof consequenceView>;
/** A unit's or a person's orders and consequence points over a period. */
export type Points = z.infer<typeof pointsView>;

/** Task categories, in display order. */
export const CATEGORIES = ['major_project', 'key_reform', 'key_work', 'party_building'] as const;
/** Order types, in display order. */
export const ORDER_TYPES = ['responsibility', 'commendation', 'accountability'] as const;
/** Kinds of an order's consequences, in display order. */
export const CONSEQUENCE_KINDS = [
  'public_notice',
  'performance_score',
  'highlight_points',
  'award',
  'rest_leave',
  'incentive',
  'cadre_assessment',
  'file_entry',
] as const satisfies readonly Consequence['kind'][];

/** Units' performance scores given from outside the lists (the deputies' satisfaction, seed 003). */
export type UnitScores = z.infer<
  typeof import('../../../server/modules/tasks/tasks.unitscores.routes.ts').unitScoresView
>;
