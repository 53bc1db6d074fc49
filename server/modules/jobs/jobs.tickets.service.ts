/**
 * Job-seeking needs 求职登记 as service tickets 服务工单 (seed 001 聚焦居民求职需求 … 设置“服务工单”):
 * a resident files a need at their community's station; the station recommends matching postings,
 * records interviews and the outcome; the resident answers each recommendation, then confirms the
 * outcome and rates the service. Only the station (its community's officers) and the resident see
 * a ticket; the resident's name goes out masked, no phone or ID number is kept.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { checkUpdated, type JobsCore, type JobsDeps } from './jobs.core.ts';
import * as repo from './jobs.repository.ts';
import {
  matchPostings,
  postingOpen,
  recActions,
  recMove,
  recommendable,
  ticketActions,
  ticketMove,
  ticketNumber,
  type NeedHours,
  type PostingHours,
  type RecState,
  type TicketActor,
  type TicketState,
  type WorkKind,
} from './jobs.rules.ts';
import type { moveBody, needBody, recMoveBody, ticketView } from './jobs.schemas.ts';

const LINK = '/jobs/tickets';

/** Builds the ticket verbs. */
export function createTicketsService(deps: JobsDeps & { core: JobsCore }) {
  const { db, auditor } = deps;

  /** The parts the actor plays on a ticket: the station's officers, the resident who filed it. */
  function rolesOn(ctx: RequestContext, x: repo.TicketRow): TicketActor[] {
    const r: TicketActor[] = [];
    if (can(ctx.actor, 'jobs.manage', x.path)) r.push('station');
    if (ctx.actor && x.requester_user_id === ctx.actor.userId) r.push('requester');
    return r;
  }
  const stateOf = (x: repo.TicketRow) => ({ state: x.state as TicketState, confirmed: !!x.confirmed_at });

  function out(ctx: RequestContext, x: repo.TicketRow, recs: repo.RecRow[]): z.infer<typeof ticketView> {
    const roles = rolesOn(ctx, x);
    const mine = roles.includes('requester');
    return {
      id: x.id,
      number: x.number,
      stationId: x.station_id,
      stationName: x.station_name,
      nodeName: x.node_name,
      requesterName: mine ? x.requester_name : maskName(x.requester_name),
      kinds: x.kinds as WorkKind[],
      hours: x.hours as NeedHours,
      skills: x.skills,
      wantsTraining: x.wants_training,
      note: x.note,
      state: x.state as TicketState,
      outcomeNote: x.outcome_note,
      confirmed: !!x.confirmed_at,
      rating: x.rating,
      ratingComment: x.rating_comment,
      createdAt: x.created_at.toISOString(),
      actedAt: x.acted_at.toISOString(),
      version: x.version,
      actions: ticketActions(stateOf(x), roles),
      canRecommend: roles.includes('station') && recommendable(x.state as TicketState),
      recommendations: recs
        .filter((r) => r.ticket_id === x.id)
        .map((r) => ({
          id: r.id,
          postingId: r.posting_id,
          employer: r.employer,
          title: r.title,
          kind: r.kind as WorkKind,
          hours: r.hours as PostingHours,
          payMinFen: r.pay_min_fen,
          payMaxFen: r.pay_max_fen,
          place: r.place,
          closesOn: r.closes_day,
          state: r.state as RecState,
          interviewOn: r.interview_day,
          interviewNote: r.interview_note,
          version: r.version,
          actions: recActions(r.state as RecState, roles),
        })),
    };
  }

  /** A ticket the actor plays a part on; 404 otherwise. */
  async function visibleTicket(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
    requirePermission(ctx, 'jobs.read');
    const x = await repo.findTicket(exec, id, lock);
    if (!x || rolesOn(ctx, x).length === 0) throw new NotFoundError();
    return x;
  }

  const view = async (ctx: RequestContext, exec: Executor, id: string) => {
    const x = (await repo.findTicket(exec, id))!;
    return out(ctx, x, await repo.findRecommendations(exec, [x.id]));
  };

  const tell = (
    trx: Executor,
    x: { district_id: string; id: string; number: string },
    userId: string | null,
    key: string,
    title: string,
    params: Record<string, unknown> = {},
    link = LINK,
  ) =>
    userId
      ? deps.notify.send(trx, [
          {
            districtId: x.district_id,
            userId,
            kind: `jobs.${key}`,
            title,
            titleKey: `jobs.notice.${key}`,
            titleParams: { number: x.number, ...params },
            link,
            objectType: 'jobs_ticket',
            objectId: x.id,
          },
        ])
      : Promise.resolve();

  return {
    /** Tickets: the station's in scope, a resident's own. */
    async listTickets(ctx: RequestContext, q: { nodeId?: string; stationId?: string; state?: TicketState }) {
      const actor = requirePermission(ctx, 'jobs.read');
      const states = q.state ? [q.state] : undefined;
      const manage = scopePaths(actor, 'jobs.manage');
      let rows: repo.TicketRow[];
      if (manage.length) {
        const roots = q.nodeId ? await deps.core.roots(ctx, 'jobs.manage', q.nodeId) : manage;
        rows = await repo.findTickets(db, {
          inScope: nodeInPaths('t.node_id', roots),
          stationId: q.stationId,
          states,
        });
      } else rows = await repo.findTickets(db, { requester: actor.userId, stationId: q.stationId, states });
      const recs = await repo.findRecommendations(
        db,
        rows.map((r) => r.id),
      );
      return rows.map((x) => out(ctx, x, recs));
    },

    /** One ticket with its recommendations (404 for anyone but its station and its resident). */
    async getTicket(ctx: RequestContext, id: string) {
      const x = await visibleTicket(ctx, id);
      return out(ctx, x, await repo.findRecommendations(db, [x.id]));
    },

    /** A resident files a need (idempotent for phones); the station's staff and community are told. */
    async fileNeed(ctx: RequestContext, b: z.infer<typeof needBody>, key?: string) {
      const actor = requirePermission(ctx, 'jobs.seek');
      const claim = await deps.claimOf(actor.userId);
      return db.transaction().execute(async (trx) => {
        const s = await repo.findStation(trx, b.stationId);
        if (!s || !can(actor, 'jobs.seek', s.path)) throw new NotFoundError();
        if (!s.active) throw new ConflictError('jobs.station_closed');
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const id = uuidv7();
          const number = ticketNumber(shanghaiDay(), id);
          await repo.insertTicket(trx, {
            district_id: s.district_id,
            id,
            number,
            station_id: s.id,
            node_id: s.node_id,
            requester_user_id: actor.userId,
            person_id: claim?.personId ?? null,
            requester_name: b.contactName || actor.displayName,
            kinds: [...new Set(b.kinds)],
            hours: b.hours,
            skills: b.skills ?? '',
            wants_training: b.wantsTraining,
            note: b.note ?? '',
            state: 'new',
          });
          await auditor.append(trx, ctx, {
            action: 'jobs.need.file',
            objectType: 'jobs_ticket',
            objectId: id,
            districtId: s.district_id,
            detail: { station: s.name, kinds: b.kinds, hours: b.hours },
          });
          await deps.notify.send(trx, [
            {
              districtId: s.district_id,
              nodeId: s.node_id,
              kind: 'jobs.new',
              title: `新的求职登记 ${number}`,
              titleKey: 'jobs.notice.new',
              titleParams: { number },
              link: LINK,
              objectType: 'jobs_ticket',
              objectId: id,
            },
            ...s.staff_user_ids.map((userId) => ({
              districtId: s.district_id,
              userId,
              kind: 'jobs.new',
              title: `新的求职登记 ${number}`,
              titleKey: 'jobs.notice.new',
              titleParams: { number },
              link: LINK,
              objectType: 'jobs_ticket',
              objectId: id,
            })),
          ]);
          return { id, number };
        });
        return result;
      });
    },

    /** The open postings in the ticket's community that match its need (the rule in jobs.rules.ts). */
    async matches(ctx: RequestContext, id: string) {
      const x = await visibleTicket(ctx, id);
      if (!rolesOn(ctx, x).includes('station')) throw new NotFoundError();
      const day = shanghaiDay();
      const done = new Set((await repo.findRecommendations(db, [x.id])).map((r) => r.posting_id));
      const rows = await repo.findPostings(db, { inScope: nodeInPaths('p.node_id', [x.path]), openOn: day });
      const fit = matchPostings(
        { kinds: x.kinds, hours: x.hours as NeedHours },
        rows.map((p) => ({ ...p, closesOn: p.closes_day, hours: p.hours as PostingHours })),
        day,
      );
      return fit.filter((p) => !done.has(p.id)).map((p) => p.id);
    },

    /** The station recommends a posting on a ticket (ticket version checked); the resident is told. */
    async recommend(ctx: RequestContext, id: string, b: { postingId: string; version: number }) {
      return db.transaction().execute(async (trx) => {
        const x = await visibleTicket(ctx, id, trx, true);
        if (!rolesOn(ctx, x).includes('station')) throw new ForbiddenError();
        if (x.version !== b.version) throw new ConflictError('jobs.stale');
        if (!recommendable(x.state as TicketState)) throw new ConflictError('jobs.wrong_state');
        const p = await repo.findPosting(trx, b.postingId);
        if (!p || !can(ctx.actor, 'jobs.read', p.path))
          throw new InvalidError([{ field: 'postingId', key: 'jobs.posting_unknown' }]);
        const day = shanghaiDay();
        if (!postingOpen({ ...p, closesOn: p.closes_day }, day))
          throw new ConflictError('jobs.posting_not_open');
        const stored = await repo.insertRecommendation(trx, {
          district_id: x.district_id,
          id: uuidv7(),
          ticket_id: x.id,
          posting_id: p.id,
          state: 'proposed',
        });
        if (!stored) throw new ConflictError('jobs.already_recommended');
        checkUpdated(
          await repo.updateTicket(trx, x.district_id, x.id, x.version, {
            state: 'working',
            acted_at: new Date(),
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'jobs.ticket.recommend',
          objectType: 'jobs_ticket',
          objectId: x.id,
          districtId: x.district_id,
          detail: { posting: p.id, title: p.title, employer: p.employer },
        });
        await tell(
          trx,
          x,
          x.requester_user_id,
          'recommended',
          `为您推荐岗位：${p.employer} ${p.title}`,
          {
            title: `${p.employer} ${p.title}`,
          },
          '/jobs/mine',
        );
        return view(ctx, trx, x.id);
      });
    },

    /** Moves a ticket: the station's outcomes, the resident's withdrawal, confirmation and rating. */
    async moveTicket(ctx: RequestContext, id: string, b: z.infer<typeof moveBody>) {
      return db.transaction().execute(async (trx) => {
        const x = await visibleTicket(ctx, id, trx, true);
        if (x.version !== b.version) throw new ConflictError('jobs.stale');
        const roles = rolesOn(ctx, x);
        const to = ticketMove(stateOf(x), b.action, roles);
        if (!to) {
          if (ticketMove(stateOf(x), b.action, ['station', 'requester'])) throw new ForbiddenError();
          throw new ConflictError('jobs.wrong_state');
        }
        if (b.action === 'confirm' && !b.rating)
          throw new InvalidError([{ field: 'rating', key: 'jobs.rating_required' }]);
        const now = new Date();
        const byStation = roles.includes('station') && b.action !== 'confirm';
        const set =
          b.action === 'confirm'
            ? { confirmed_at: now, rating: b.rating!, rating_comment: b.note ?? '' }
            : { state: to, ...(byStation ? { acted_at: now, outcome_note: b.note ?? x.outcome_note } : {}) };
        checkUpdated(await repo.updateTicket(trx, x.district_id, x.id, x.version, set));
        await auditor.append(trx, ctx, {
          action: `jobs.ticket.${b.action}`,
          objectType: 'jobs_ticket',
          objectId: x.id,
          districtId: x.district_id,
          detail: { from: x.state, to, rating: b.rating },
        });
        if (
          ['employ', 'train', 'pause', 'close'].includes(b.action) &&
          ctx.actor!.userId !== x.requester_user_id
        )
          await tell(
            trx,
            x,
            x.requester_user_id,
            'outcome',
            `求职工单 ${x.number} 有了结果，请确认并评价`,
            {},
            '/jobs/mine',
          );
        return view(ctx, trx, x.id);
      });
    },

    /**
     * Moves a recommendation: the resident accepts (the employer is told a candidate is referred) or
     * declines; the station records the interview and whether they were hired (hired: the ticket
     * becomes 已就业 when still open).
     */
    async moveRecommendation(ctx: RequestContext, id: string, recId: string, b: z.infer<typeof recMoveBody>) {
      return db.transaction().execute(async (trx) => {
        const x = await visibleTicket(ctx, id, trx, true);
        const [r] = await repo.findRecommendations(trx, [], recId);
        if (!r || r.ticket_id !== x.id) throw new NotFoundError();
        if (r.version !== b.version) throw new ConflictError('jobs.stale');
        const roles = rolesOn(ctx, x);
        const to = recMove(r.state as RecState, b.action, roles);
        if (!to) {
          if (recMove(r.state as RecState, b.action, ['station', 'requester'])) throw new ForbiddenError();
          throw new ConflictError('jobs.wrong_state');
        }
        if (b.action === 'hire') {
          // the posting's row is locked so two hires at once cannot both take its last place
          const p = await repo.findPosting(trx, r.posting_id, true);
          if (!p || p.hired >= p.headcount) throw new ConflictError('jobs.posting_full');
        }
        if (b.action === 'interview' && !b.interviewOn)
          throw new InvalidError([{ field: 'interviewOn', key: 'jobs.interview_required' }]);
        const now = new Date();
        checkUpdated(
          await repo.updateRecommendation(trx, r.district_id, r.id, r.version, {
            state: to,
            ...(b.action === 'accept' || b.action === 'decline' ? { answered_at: now } : {}),
            ...(b.action === 'interview'
              ? { interview_on: b.interviewOn!, interview_note: b.note ?? '' }
              : {}),
            ...((b.action === 'hire' || b.action === 'reject') && b.note ? { interview_note: b.note } : {}),
          }),
        );
        if (roles.includes('station') && b.action !== 'accept' && b.action !== 'decline') {
          const employed = b.action === 'hire' && recommendable(x.state as TicketState);
          checkUpdated(
            await repo.updateTicket(trx, x.district_id, x.id, x.version, {
              acted_at: now,
              ...(employed ? { state: 'employed', outcome_note: `${r.employer} ${r.title}` } : {}),
            }),
          );
          if (employed)
            await tell(
              trx,
              x,
              x.requester_user_id,
              'outcome',
              `求职工单 ${x.number} 有了结果，请确认并评价`,
              {},
              '/jobs/mine',
            );
        }
        await auditor.append(trx, ctx, {
          action: `jobs.recommendation.${b.action}`,
          objectType: 'jobs_ticket',
          objectId: x.id,
          districtId: x.district_id,
          detail: { posting: r.posting_id, from: r.state, to, interviewOn: b.interviewOn },
        });
        if (b.action === 'accept' && r.owner_user_id && r.owner_user_id !== ctx.actor!.userId)
          await tell(
            trx,
            x,
            r.owner_user_id,
            'referred',
            `社区人才发展服务站推荐了一位求职者：${r.title}`,
            { title: r.title },
            '/jobs',
          );
        return view(ctx, trx, x.id);
      });
    },
  };
}
