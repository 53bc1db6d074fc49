/**
 * What the task-force verbs share: their dependencies (with the incentive port), today, the
 * districts an actor reaches, and the views of orders, applications and members.
 */
import type { z } from 'zod';
import { can, scopePaths, type Actor, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import type { CadreBrief } from '../people/index.ts';
import type * as repo from './taskforces.repository.ts';
import {
  departmentActions,
  eligibleForIncentive,
  monthsServed,
  orderOpen,
  ratingDue,
  type ApplicationState,
  type Rating,
} from './taskforces.rules.ts';
import type { applicationView, memberView, orderView } from './taskforces.schemas.ts';

/**
 * The port through which a member eligible for the incentive is declared into the promotion months
 * of cadre assessment (a listed situation of the person for a year), with the declarer's own rights;
 * the new declaration's id. Wired by the composition root to assessment's declare.
 */
export type IncentiveDeclarer = (
  ctx: RequestContext,
  d: { personId: string; year: number; code: string; note: string },
) => Promise<{ id: string }>;

/** What the task-force verbs are built from (passed in by the composition root). */
export interface TaskforcesDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  /** The people register's cadres (people's CadresReader). */
  cadres: { cadresOf(districtId: string, f?: { personIds?: string[] }): Promise<CadreBrief[]> };
  /** Declares the promotion incentive in assessment; absent: the eligible list only. */
  incentive?: IncentiveDeclarer;
  /** Today's Asia/Shanghai day (tests and the demo fix it). */
  today?: () => string;
}

/** Today as the verbs see it. */
export const todayOf = (d: Pick<TaskforcesDeps, 'today'>) => (d.today ?? (() => shanghaiDay()))();

/** The districts where the actor holds a grant allowing action. */
export function districtsOf(actor: Actor | null, action: string): string[] {
  if (!actor) return [];
  const paths = new Set(scopePaths(actor, action));
  return [...new Set(actor.grants.filter((g) => paths.has(g.path)).map((g) => g.districtId))];
}

type Post = { title: string; count: number; requirements: string };
/** An order's posts as stored. */
export const postsOf = (o: { posts: unknown }) => o.posts as Post[];

/** An order as the API shows it. */
export function orderOut(
  o: repo.OrderRow,
  today: string,
  counts: { applications: number; selected: number[] },
  mine: { id: string; state: string; version: number } | null,
): z.infer<typeof orderView> {
  return {
    id: o.id,
    districtId: o.district_id,
    number: o.number,
    year: o.year,
    name: o.name,
    mission: o.mission,
    leadNodeId: o.lead_node_id,
    leadName: o.lead_name,
    audience: o.audience as 'retired' | 'all',
    posts: postsOf(o).map((p, i) => ({ ...p, selected: counts.selected[i] ?? 0 })),
    openFrom: o.open_from,
    openTo: o.open_to,
    termStart: o.term_start,
    open: orderOpen({ openFrom: o.open_from, openTo: o.open_to, closed: o.closed }, today),
    closedAt: o.closed_at?.toISOString() ?? null,
    closeReason: o.closed ? o.close_reason : null,
    applications: counts.applications,
    mine: mine ? { id: mine.id, state: mine.state as ApplicationState, version: mine.version } : null,
  };
}

/** An application as the API shows it; the department's buttons for those who may decide. */
export function applicationOut(ctx: RequestContext, a: repo.ApplicationRow): z.infer<typeof applicationView> {
  return {
    id: a.id,
    orderId: a.order_id,
    orderNumber: a.order_number,
    orderName: a.order_name,
    personId: a.person_id,
    personName: a.person_name,
    unitName: a.unit_name,
    postIndex: a.post_index,
    postTitle: postsOf(a)[a.post_index]?.title ?? '',
    statement: a.statement,
    retiredLeader: a.retired_leader,
    state: a.state as ApplicationState,
    decisionNote: a.decision_note,
    startDate: a.start_date,
    createdAt: a.created_at.toISOString(),
    version: a.version,
    actions: can(ctx.actor, 'taskforces.manage', a.path)
      ? departmentActions(a.state as ApplicationState)
      : [],
  };
}

type RatingRow = { application_id: string; rated_on: string; rating: string; comment: string };

/** A member (a selected application) with its ratings, months served, due rating and eligibility. */
export function memberOut(
  a: repo.ApplicationRow,
  ratings: readonly RatingRow[],
  today: string,
): z.infer<typeof memberView> {
  const own = ratings.filter((r) => r.application_id === a.id);
  const last = own.at(-1) ?? null;
  const start = a.start_date ?? today;
  const months = monthsServed(start, today);
  const latest = (last?.rating as Rating | undefined) ?? null;
  return {
    id: a.id,
    orderId: a.order_id,
    orderNumber: a.order_number,
    orderName: a.order_name,
    personId: a.person_id,
    personName: a.person_name,
    unitName: a.unit_name,
    postTitle: postsOf(a)[a.post_index]?.title ?? '',
    retiredLeader: a.retired_leader,
    startDate: start,
    months,
    latest,
    latestOn: last?.rated_on ?? null,
    ratingDue: ratingDue(start, last?.rated_on ?? null, today),
    eligible: eligibleForIncentive(months, latest),
    declaredAt: a.incentive_declared_at?.toISOString() ?? null,
    ratings: own.map((r) => ({ ratedOn: r.rated_on, rating: r.rating as Rating, comment: r.comment })),
  };
}
