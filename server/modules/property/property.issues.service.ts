/**
 * 一小区一清单 and the four batches 四个一批 (seed 001, Longquan): a compound's problem list, whose
 * items are decided at the compound's joint party meeting 小区党组织联席会议 — arrears 欠费 into one
 * of the four batches (通报晾晒、协商解决、暖心帮扶、调解诉讼), other problems into work — then
 * escalated or resolved. The state machine is ISSUE_MACHINE in property.rules.ts.
 */
import type { z } from 'zod';
import { can, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { compoundScope, type PropertyCore, type PropertyDeps } from './property.core.ts';
import * as repo from './property.repository.ts';
import type { IssueRow } from './property.repository.ts';
import { issueActions, nextIssueState, type IssueKind, type IssueState } from './property.rules.ts';
import type { issueBody, issueTransition, meetingBody } from './property.schemas.ts';

const BATCH_NAMES: Record<string, string> = {
  publicise: '通报晾晒一批',
  negotiate: '协商解决一批',
  hardship: '暖心帮扶一批',
  litigate: '调解诉讼一批',
  working: '落实整改',
  resolved: '已解决',
  listed: '待研究',
};

/** Builds the problem-list verbs. */
export function createIssuesService(deps: PropertyDeps & { core: PropertyCore }) {
  const { db, auditor, core } = deps;

  async function issueViews(ctx: RequestContext, rows: IssueRow[], mayAct: boolean) {
    const steps = rows.length
      ? await repo.stepsOf(
          db,
          rows[0].district_id,
          rows.map((r) => r.id),
        )
      : [];
    return rows.map((r) => ({
      id: r.id,
      compoundId: r.compound_id,
      kind: r.kind as IssueKind,
      title: r.title,
      room: r.room,
      amount: r.amount == null ? null : Number(r.amount),
      months: r.months,
      state: r.state as IssueState,
      measure: r.measure,
      dueOn: r.due_on,
      meetingId: r.meeting_id,
      resolution: r.resolution,
      version: r.version,
      steps: steps
        .filter((s) => s.issue_id === r.id)
        .map((s) => ({
          from: s.from_state as IssueState,
          to: s.to_state as IssueState,
          meetingId: s.meeting_id,
          note: s.note,
          at: s.at.toISOString(),
        })),
      actions: mayAct ? issueActions(r.kind as IssueKind, r.state as IssueState) : [],
    }));
  }

  /** Tells the compound's linked staff and 业委会 accounts (but the actor) of a change on its list. */
  async function tell(
    trx: Executor,
    c: repo.CompoundRow,
    title: string,
    params: Record<string, unknown>,
    except: string,
  ) {
    const users = new Set([
      ...(c.company_id ? await repo.linkedUsers(trx, c.district_id, { companyId: c.company_id }) : []),
      ...(await repo.linkedUsers(trx, c.district_id, { compoundId: c.id })),
    ]);
    users.delete(except);
    if (!users.size) return;
    await deps.notify.send(
      trx,
      [...users].map((userId) => ({
        districtId: c.district_id,
        userId,
        kind: 'property.issue',
        title,
        titleKey: 'property.notice.issue',
        titleParams: { compound: c.name, ...params },
        link: `/property/compounds/${c.id}`,
        objectType: 'property_compound',
        objectId: c.id,
      })),
    );
  }

  return {
    /** A compound's list with its meetings (一小区一清单). */
    async problemList(ctx: RequestContext, id: string) {
      const c = await core.visibleCompound(ctx, id, 'property.read');
      const [compound] = await core.compoundViews(ctx, [c]);
      const rows = await repo.issuesOf(db, c.district_id, c.id);
      const meetings = await repo.meetingsOf(db, c.district_id, c.id);
      return {
        compound,
        issues: await issueViews(ctx, rows, compound.can.issues),
        meetings: meetings.map((m) => ({
          id: m.id,
          heldOn: m.held_on,
          attendees: m.attendees,
          minutes: m.minutes,
          createdAt: m.created_at.toISOString(),
        })),
      };
    },

    /** Puts an item on the compound's list, to be decided at its next joint meeting. */
    async addIssue(ctx: RequestContext, id: string, input: z.infer<typeof issueBody>) {
      const c = await core.visibleCompound(ctx, id, 'property.issues');
      if (input.kind === 'arrears' && !(input.amount && input.amount > 0))
        throw new InvalidError([{ field: 'amount', key: 'property.arrears_amount' }]);
      const issueId = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertIssues(trx, [
          {
            district_id: c.district_id,
            id: issueId,
            compound_id: c.id,
            kind: input.kind,
            title: input.title,
            room: input.room,
            amount: input.amount ?? null,
            months: input.months ?? null,
            state: 'listed',
            due_on: input.dueOn ?? null,
            created_by: ctx.actor!.userId,
          },
        ]);
        await auditor.append(trx, ctx, {
          action: 'property.issue.add',
          objectType: 'property_issue',
          objectId: issueId,
          districtId: c.district_id,
          detail: { compoundId: c.id, kind: input.kind, title: input.title },
        });
      });
      return { id: issueId };
    },

    /**
     * Records the compound's joint party meeting with its minutes and decisions: each decision moves
     * one item of the list (arrears into a batch, others into work), all or nothing.
     */
    async holdMeeting(ctx: RequestContext, id: string, input: z.infer<typeof meetingBody>) {
      const c = await core.visibleCompound(ctx, id, 'property.meet');
      const meetingId = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertMeeting(trx, {
          district_id: c.district_id,
          id: meetingId,
          compound_id: c.id,
          held_on: input.heldOn,
          attendees: input.attendees,
          minutes: input.minutes,
          created_by: ctx.actor!.userId,
        });
        const seen = new Set<string>();
        for (const [k, d] of input.decisions.entries()) {
          if (seen.has(d.issueId))
            throw new InvalidError([{ field: `decisions.${k}.issueId`, key: 'property.decision_repeated' }]);
          seen.add(d.issueId);
          const i = await repo.findIssue(trx, d.issueId, true);
          if (!i || i.compound_id !== c.id)
            throw new InvalidError([{ field: `decisions.${k}.issueId`, key: 'property.not_on_list' }]);
          const next = nextIssueState(i.kind as IssueKind, i.state as IssueState, 'decide', d.batch ?? null);
          if ('refused' in next)
            throw new InvalidError([
              { field: `decisions.${k}.batch`, key: `property.refused.${next.refused}` },
            ]);
          await repo.moveIssue(trx, i, next.to, {
            meetingId,
            note: d.measure,
            byUser: ctx.actor!.userId,
            measure: d.measure,
            dueOn: d.dueOn ?? i.due_on,
          });
        }
        await core.auditCompound(trx, ctx, c, 'property.meeting.hold', {
          meetingId,
          heldOn: input.heldOn,
          decisions: input.decisions.length,
        });
        if (input.decisions.length)
          await tell(
            trx,
            c,
            `${c.name}联席会议研究了 ${input.decisions.length} 项清单问题`,
            { count: input.decisions.length },
            ctx.actor!.userId,
          );
      });
      return { id: meetingId };
    },

    /** Escalates an arrears item to the next batch, resolves an item, or reopens it. */
    async transition(ctx: RequestContext, issueId: string, input: z.infer<typeof issueTransition>) {
      return db.transaction().execute(async (trx) => {
        const i = await repo.findIssue(trx, issueId, true);
        if (!i) throw new NotFoundError();
        const c = await repo.findCompound(trx, i.compound_id, compoundScope(ctx.actor, 'property.issues'));
        if (!c || !can(ctx.actor, 'property.issues', c.path)) throw new NotFoundError();
        if (i.version !== input.version) throw new ConflictError('property.stale');
        const next = nextIssueState(i.kind as IssueKind, i.state as IssueState, input.action);
        if ('refused' in next) throw new ConflictError(`property.refused.${next.refused}`);
        if (input.action === 'resolve' && !input.note)
          throw new InvalidError([{ field: 'note', key: 'property.note_required' }]);
        await repo.moveIssue(trx, i, next.to, {
          meetingId: null,
          note: input.note,
          byUser: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: `property.issue.${input.action}`,
          objectType: 'property_issue',
          objectId: i.id,
          districtId: i.district_id,
          detail: { from: i.state, to: next.to, note: input.note },
        });
        await tell(
          trx,
          c,
          `${c.name}：${i.title} → ${BATCH_NAMES[next.to]}`,
          { title: i.title, state: next.to },
          ctx.actor!.userId,
        );
        return { state: next.to };
      });
    },
  };
}
