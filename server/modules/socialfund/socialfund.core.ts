/**
 * What the socialfund verbs share: who sees what (an officer their subtree, a reviewer the district,
 * an organisation its own), the parts an actor plays on an application, and the application's view.
 */
import type { z } from 'zod';
import { can, roleCan, type RequestContext, districtsWith } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './socialfund.repository.ts';
import {
  agreementNumber,
  appActions,
  callProblem,
  conflicted,
  meanScore,
  ranked,
  reportDue,
  SCORING_STATES,
  trancheProblem,
  type AppActor,
  type AppState,
  type Grade,
  type RoundState,
} from './socialfund.rules.ts';
import type { applicationRow, applicationView } from './socialfund.schemas.ts';

/** The social-organisation register as this module reads it: the organisation an account works for. */
export interface SocialfundOrgs {
  staffOrg(userId: string): Promise<{ districtId: string; id: string; name: string; nodeId: string } | null>;
}

/** What the socialfund verbs are built from (passed in by the composition root). */
export interface SocialfundDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  orgs: SocialfundOrgs;
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('socialfund.stale');
}

/** Yuan from fen, for messages: two decimals. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);

/** Whether a round's call takes submissions today. */
export const callOpen = (r: { state: string; opens_on: string; closes_on: string }) =>
  callProblem({ state: r.state, opensOn: r.opens_on, closesOn: r.closes_on }, shanghaiDay()) === null;

/** Districts where the actor holds a role that may perform action. */
export function districtsFor(ctx: RequestContext, action: string) {
  return districtsWith(ctx.actor, action);
}

export type SocialfundCore = ReturnType<typeof createSocialfundCore>;

/** Builds the shared part. */
export function createSocialfundCore(deps: SocialfundDeps) {
  const { db } = deps;

  /** The organisation the actor works for (social_org accounts), or null. */
  async function orgOf(ctx: RequestContext) {
    if (!ctx.actor?.grants.some((g) => g.role === 'social_org')) return null;
    return deps.orgs.staffOrg(ctx.actor.userId);
  }

  /** The rows the actor may see: subtrees of officers (not an organisation's), reviewers' districts, their own. */
  async function visibility(ctx: RequestContext) {
    const actor = ctx.actor!;
    const paths = actor.grants
      .filter((g) => g.role !== 'social_org' && roleCan(g.role, 'socialfund.read'))
      .map((g) => g.path);
    const org = await orgOf(ctx);
    return {
      paths,
      reviewDistricts: districtsFor(ctx, 'socialfund.review'),
      userId: actor.userId,
      orgId: org?.id ?? null,
    };
  }

  /** The parts the actor plays on an application. */
  function rolesOn(ctx: RequestContext, a: repo.ApplicationRow, orgId: string | null): AppActor[] {
    const r: AppActor[] = [];
    const actor = ctx.actor;
    if (!actor) return r;
    const applicant =
      a.user_id === actor.userId ||
      (!!orgId && a.org_id === orgId) ||
      (!a.org_id && actor.grants.some((g) => g.nodeId === a.node_id && roleCan(g.role, 'socialfund.apply')));
    if (applicant && can(actor, 'socialfund.apply')) r.push('applicant');
    if (can(actor, 'socialfund.manage', a.path)) r.push('office');
    return r;
  }

  /** Whether the actor reviews in the application's district and has no stake in it. */
  function mayScore(ctx: RequestContext, a: repo.ApplicationRow, orgId: string | null) {
    const actor = ctx.actor!;
    if (!districtsFor(ctx, 'socialfund.review').includes(a.district_id)) return false;
    return !conflicted(
      { userId: actor.userId, nodeIds: actor.grants.map((g) => g.nodeId), orgId },
      { nodeId: a.node_id, orgId: a.org_id, userId: a.user_id },
    );
  }

  /** The rows of a list with means, ranks and whether a report is due. */
  async function rowsOut(
    ctx: RequestContext,
    apps: repo.ApplicationRow[],
    orgId: string | null,
  ): Promise<z.infer<typeof applicationRow>[]> {
    const scores = await repo.findScores(
      db,
      apps.map((a) => a.id),
    );
    const insider = (a: repo.ApplicationRow) =>
      can(ctx.actor, 'socialfund.manage', a.path) ||
      districtsFor(ctx, 'socialfund.review').includes(a.district_id);
    const withMean = apps.map((a) => {
      const s = scores.filter((x) => x.application_id === a.id).map((x) => x.score);
      return { a, n: s.length, mean: meanScore(s), submittedAt: a.submitted_at?.toISOString() ?? null };
    });
    const rankable = ranked(
      withMean.filter((x) => !['draft', 'submitted', 'ineligible'].includes(x.a.state) && x.mean !== null),
    );
    return withMean.map(({ a, n, mean }) => {
      const shown = insider(a) || a.round_state === 'published';
      const rank = rankable.findIndex((x) => x.a.id === a.id);
      return {
        id: a.id,
        roundId: a.round_id,
        roundTitle: a.round_title,
        applicantName: a.applicant_name,
        nodeName: a.node_name,
        title: a.title,
        category: a.category,
        beneficiaries: a.beneficiaries,
        requestedFen: a.requested_fen,
        grantedFen: a.granted_fen,
        state: a.state as AppState,
        grade: a.grade as Grade | null,
        meanScore: shown ? mean : null,
        scores: shown ? n : 0,
        rank: shown && rank >= 0 ? rank + 1 : null,
        mine: rolesOn(ctx, a, orgId).includes('applicant'),
        reportDue: reportDue(a.state as AppState, a.paid_tranches, a.report_count),
      };
    });
  }

  return {
    orgOf,
    visibility,
    rolesOn,
    mayScore,
    rowsOut,

    /** An application the actor may see (404 otherwise); locked when asked. */
    async visibleApplication(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
      const a = await repo.findApplication(exec, id, lock);
      if (!a) throw new NotFoundError();
      const v = await visibility(ctx);
      const seen = await repo.findApplications(
        exec,
        repo.both(repo.withId(id), repo.applicationVisible(v)),
        1,
      );
      if (seen.length === 0) throw new NotFoundError();
      return { a, orgId: v.orgId };
    },

    /** One application as the actor sees it: lines, scores (the office all; a reviewer their own), tranches, reports. */
    async applicationOut(
      ctx: RequestContext,
      a: repo.ApplicationRow,
      orgId: string | null,
      exec: Executor = db,
    ): Promise<z.infer<typeof applicationView>> {
      const r = (await repo.findRound(exec, a.round_id))!;
      const [row] = await rowsOut(ctx, [a], orgId);
      // the rank is among the round's applications
      const peers = await rowsOut(
        ctx,
        await repo.findApplications(exec, repo.ofRound(a.district_id, a.round_id)),
        orgId,
      );
      const lines = await repo.findLines(exec, [a.id]);
      const scores = await repo.findScores(exec, [a.id]);
      const tranches = await repo.findTranches(exec, [a.id]);
      const reports = await repo.findReports(exec, [a.id]);
      const roles = rolesOn(ctx, a, orgId);
      const office = roles.includes('office');
      const mine = scores.find((s) => s.reviewer_id === ctx.actor?.userId);
      const grade = a.grade as Grade | null;
      return {
        ...row,
        rank: peers.find((p) => p.id === a.id)?.rank ?? null,
        summary: a.summary,
        officeNote: a.office_note,
        submittedAt: a.submitted_at?.toISOString() ?? null,
        agreementOn: a.agreement_on,
        agreementNo:
          a.agreement_year && a.agreement_seq ? agreementNumber(a.agreement_year, a.agreement_seq) : null,
        withdrawReason: a.withdraw_reason,
        clawbackFen: a.clawback_fen,
        version: a.version,
        lines: lines.map((l) => ({ lineNo: l.line_no, item: l.item, amountFen: l.amount_fen })),
        round: {
          state: r.state as RoundState,
          closesOn: r.closes_on,
          capFen: r.cap_fen,
          budgetFen: r.budget_fen,
          allocatedFen: r.allocated_fen,
          categories: r.categories,
          callOpen: callOpen(r),
        },
        myScore: mine?.score ?? null,
        reviews: office
          ? scores.map((s) => ({ reviewerName: s.reviewer_name, score: s.score, comment: s.comment }))
          : [],
        tranches: tranches.map((t) => ({
          seq: t.seq,
          percent: t.percent,
          amountFen: t.amount_fen,
          state: t.state as 'due' | 'paid' | 'cancelled',
          paidOn: t.paid_on,
          payable:
            office &&
            t.state === 'due' &&
            a.state !== 'funded' &&
            trancheProblem(t.seq, tranches.length, reports.length, grade) === null &&
            tranches.filter((x) => x.seq < t.seq).every((x) => x.state === 'paid'),
        })),
        reports: reports.map((p) => ({
          id: p.id,
          progress: p.progress,
          served: p.served,
          text: p.text,
          reportedOn: p.reported_on,
        })),
        actions: appActions(a.state as AppState, roles, r.state as RoundState).filter(
          (x) => x !== 'submit' || callOpen(r),
        ),
        can: {
          edit: roles.includes('applicant') && a.state === 'draft' && callOpen(r),
          score: SCORING_STATES.includes(a.state as AppState) && !mine && mayScore(ctx, a, orgId),
          report: roles.includes('applicant') && a.state === 'agreed',
          pay: office && a.state !== 'funded' && tranches.some((t) => t.state === 'due'),
        },
      };
    },
  };
}
