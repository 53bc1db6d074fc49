/**
 * The community's side of 双报到: the register of reports (a community sees those reported to it,
 * a unit those of its members), one report with its services, pledges and feedback; accepting,
 * declining and placing a member in a programme (places counted under the programme's lock);
 * confirming or returning a service; the yearly feedback 反馈 to the unit, which the unit marks read.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiDay } from '../../platform/time.ts';
import {
  actsForCommunity,
  checkUpdated,
  pledgeOut,
  reportFor,
  reportOut,
  serviceOut,
  thisYear,
  type OutreachDeps,
} from './outreach.core.ts';
import * as repo from './outreach.repository.ts';
import {
  hasPlace,
  hoursOf,
  MOVES,
  movesFrom,
  PLEDGE_SOON_DAYS,
  SERVICE_MOVES,
  suggestedRating,
  type Kind,
  type Rating,
  type State,
} from './outreach.rules.ts';
import type { feedbackBody, moveBody, reportView, serviceMoveBody } from './outreach.schemas.ts';

/** Builds the register verbs. */
export function createRegisterService(deps: OutreachDeps) {
  const { db, auditor, notify } = deps;

  const tell = (
    trx: Executor,
    r: { district_id: string; user_id: string | null; id: string },
    kind: string,
    key: string,
    params: Record<string, unknown>,
  ) =>
    r.user_id
      ? notify.send(trx, [
          {
            districtId: r.district_id,
            userId: r.user_id,
            kind,
            title: t('zh-CN', key, params),
            titleKey: key,
            titleParams: params,
            link: '/outreach/me',
            objectType: 'outreach_report',
            objectId: r.id,
          },
        ])
      : Promise.resolve(0);

  /** One report with everything its page shows. */
  async function view(ctx: RequestContext, id: string): Promise<z.infer<typeof reportView>> {
    const r = await reportFor(db, ctx, id);
    const soon = shanghaiDay(new Date(Date.now() + PLEDGE_SOON_DAYS * 86_400_000));
    const community = actsForCommunity(ctx.actor, r);
    const [services, pledges, feedback, programmes] = await Promise.all([
      repo.findServices(db, r.district_id, r.id),
      repo.findPledges(db, r.district_id, r.id),
      repo.findFeedback(db, r.district_id, r.id),
      // the programmes of the community itself and of the street and district above it
      community ? repo.findProgrammesAbove(db, r.district_id, r.community_path, r.year) : Promise.resolve([]),
    ]);
    return {
      ...reportOut(r),
      note: r.note,
      version: r.version,
      services: services.map(serviceOut),
      pledges: pledges.map((g) => pledgeOut(g, soon)),
      feedback: feedback
        ? {
            rating: feedback.rating as Rating,
            comment: feedback.comment,
            hours: hoursOf(feedback.half_hours),
            sentAt: new Date(feedback.sent_at).toISOString(),
            readAt: feedback.read_at ? new Date(feedback.read_at).toISOString() : null,
          }
        : null,
      suggestedRating: suggestedRating(hoursOf(r.half_hours)),
      programmes: programmes.map((p) => ({
        id: p.id,
        name: `${p.node_name} · ${p.name}`,
        kind: p.kind as Kind,
        free: Math.max(0, p.places - p.taken),
      })),
      actions: community ? movesFrom(r.state as State) : [],
      can: {
        confirm: community,
        feedback: community && r.state === 'accepted' && !feedback,
        markRead: !!feedback && !feedback.read_at && can(ctx.actor, 'outreach.unit', r.unit_path),
      },
    };
  }

  /** Checks a programme the member is placed in: visible to the community, with a free place. */
  async function checkProgramme(trx: Executor, r: repo.ReportRow, programmeId: string) {
    const p = await repo.findProgramme(trx, r.district_id, programmeId);
    if (!p || p.year !== r.year || !r.community_path.startsWith(p.path))
      throw new InvalidError([{ field: 'programmeId', key: 'outreach.programme_elsewhere' }]);
    const taken = await repo.countTaken(trx, r.district_id, p.id);
    const already = r.state === 'accepted' && r.programme_id === p.id ? 1 : 0;
    if (!hasPlace(taken - already, p.places)) throw new ConflictError('outreach.programme_full');
  }

  return {
    view,

    /** The register of a year under a node (or the whole scope): by community or by unit. */
    async list(ctx: RequestContext, q: { nodeId?: string; year?: number; state?: State }) {
      const paths = await readRoots(db, ctx, 'outreach.read', q.nodeId);
      const rows = await repo.findReports(db, repo.communityOrUnitIn(paths), {
        year: q.year ?? thisYear(),
        state: q.state,
      });
      return {
        items: rows.map(reportOut),
        can: {
          accept: can(ctx.actor, 'outreach.accept'),
          programmes: can(ctx.actor, 'outreach.programmes'),
          import: can(ctx.actor, 'outreach.unit'),
        },
      };
    },

    /** Accepts (placing the member), declines (with a reason) or re-places a report of the community. */
    async move(ctx: RequestContext, id: string, b: z.infer<typeof moveBody>) {
      requirePermission(ctx, 'outreach.accept');
      await db.transaction().execute(async (trx) => {
        const r = await reportFor(trx, ctx, id, true);
        if (!actsForCommunity(ctx.actor, r)) throw new NotFoundError();
        if (r.version !== b.version) throw new ConflictError('outreach.stale');
        if (!MOVES[b.action].from.includes(r.state as State)) throw new ConflictError('outreach.wrong_state');
        if (b.action === 'decline' && !b.note)
          throw new InvalidError([{ field: 'note', key: 'outreach.note_required' }]);
        if (b.action !== 'decline' && b.programmeId) await checkProgramme(trx, r, b.programmeId);
        const set =
          b.action === 'decline'
            ? { state: 'declined', note: b.note ?? '', programme_id: null }
            : {
                state: 'accepted',
                programme_id: b.programmeId ?? null,
                post: b.post ?? r.post,
                ...(b.action === 'accept' ? { accepted_at: new Date(), accepted_by: ctx.actor!.userId } : {}),
              };
        checkUpdated(await repo.updateReport(trx, r.district_id, r.id, r.version, set));
        await auditor.append(trx, ctx, {
          action: `outreach.report.${b.action}`,
          objectType: 'outreach_report',
          objectId: r.id,
          districtId: r.district_id,
          detail: { programme: b.programmeId ?? null, post: b.post ?? null, note: b.note ?? null },
        });
        const params = { community: r.community_name, note: b.note ?? '' };
        if (b.action === 'accept')
          await tell(trx, r, 'outreach.accepted', 'outreach.notice.accepted', params);
        if (b.action === 'decline')
          await tell(trx, r, 'outreach.declined', 'outreach.notice.declined', params);
      });
      return { ok: true as const };
    },

    /** Confirms or returns a service recorded by a member of the community. */
    async moveService(ctx: RequestContext, id: string, b: z.infer<typeof serviceMoveBody>) {
      requirePermission(ctx, 'outreach.accept');
      await db.transaction().execute(async (trx) => {
        const s = await repo.findService(trx, id, true);
        if (!s || !can(ctx.actor, 'outreach.accept', s.path)) throw new NotFoundError();
        if (s.version !== b.version) throw new ConflictError('outreach.stale');
        const m = SERVICE_MOVES[b.action];
        if (!m.from.includes(s.state as 'recorded')) throw new ConflictError('outreach.wrong_state');
        if (b.action === 'return' && !b.note)
          throw new InvalidError([{ field: 'note', key: 'outreach.note_required' }]);
        checkUpdated(
          await repo.updateService(trx, s.district_id, s.id, s.version, {
            state: m.to,
            note: b.note ?? '',
            confirmed_by: ctx.actor!.userId,
            confirmed_at: new Date(),
          }),
        );
        await auditor.append(trx, ctx, {
          action: `outreach.service.${b.action}`,
          objectType: 'outreach_service',
          objectId: s.id,
          districtId: s.district_id,
          detail: { report: s.report_id, note: b.note ?? null },
        });
        const who = { district_id: s.district_id, user_id: s.user_id, id: s.report_id };
        const params = { day: s.served_on, note: b.note ?? '' };
        if (b.action === 'return')
          await tell(trx, who, 'outreach.service_returned', 'outreach.notice.service_returned', params);
      });
      return { ok: true as const };
    },

    /** Sends the year's feedback 反馈 to the member's unit (once, for an accepted member). */
    async sendFeedback(ctx: RequestContext, id: string, b: z.infer<typeof feedbackBody>) {
      requirePermission(ctx, 'outreach.accept');
      await db.transaction().execute(async (trx) => {
        const r = await reportFor(trx, ctx, id, true);
        if (!actsForCommunity(ctx.actor, r)) throw new NotFoundError();
        if (r.state !== 'accepted') throw new ConflictError('outreach.wrong_state');
        if (b.rating === 'fail' && !b.comment)
          throw new InvalidError([{ field: 'comment', key: 'outreach.comment_required' }]);
        const done = await repo.insertFeedback(trx, {
          district_id: r.district_id,
          report_id: r.id,
          rating: b.rating,
          comment: b.comment,
          half_hours: r.half_hours,
          sent_by: ctx.actor!.userId,
        });
        if (!done.numInsertedOrUpdatedRows) throw new ConflictError('outreach.feedback_sent');
        await auditor.append(trx, ctx, {
          action: 'outreach.feedback.send',
          objectType: 'outreach_report',
          objectId: r.id,
          districtId: r.district_id,
          detail: { rating: b.rating, hours: hoursOf(r.half_hours) },
        });
        const params = { community: r.community_name, member: r.member_name, year: r.year };
        await notify.send(trx, [
          {
            districtId: r.district_id,
            nodeId: r.unit_node_id,
            kind: 'outreach.feedback',
            title: t('zh-CN', 'outreach.notice.feedback', params),
            titleKey: 'outreach.notice.feedback',
            titleParams: params,
            link: `/outreach/reports/${r.id}`,
            objectType: 'outreach_report',
            objectId: r.id,
          },
        ]);
      });
      return { ok: true as const };
    },

    /** The unit marks a feedback read (its home-page line goes). */
    async markRead(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'outreach.unit');
      const r = await reportFor(db, ctx, id);
      if (!can(ctx.actor, 'outreach.unit', r.unit_path)) throw new NotFoundError();
      await db.transaction().execute(async (trx) => {
        await repo.markFeedbackRead(trx, r.district_id, r.id);
        await auditor.append(trx, ctx, {
          action: 'outreach.feedback.read',
          objectType: 'outreach_report',
          objectId: r.id,
          districtId: r.district_id,
          detail: {},
        });
      });
      return { ok: true as const };
    },
  };
}
