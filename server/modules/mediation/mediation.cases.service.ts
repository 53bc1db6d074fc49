/**
 * Cases 纠纷案件 (seed 003, Futian): received from a dispute event, a walk-in or a referral (and
 * assigned at once when a mediator receives a walk-in in their own room), listed, read, parties
 * added and revealed. Hearings and the state machine are in mediation.proceedings.service.ts.
 * A mediator sees only their own cases.
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { isMainlandMobile, parseNationalId } from '../../platform/pii/national-id.ts';
import { shanghaiYearOf } from '../../platform/time.ts';
import type { Executor } from '../../platform/db/db.ts';
import { caseScope, type MediationCore, type MediationDeps } from './mediation.core.ts';
import * as repo from './mediation.repository.ts';
import { actionsFor, caseNumber, type State } from './mediation.rules.ts';
import type { casesQuery, fromEventBody, intakeBody, partyBody } from './mediation.schemas.ts';

type CasesDeps = MediationDeps & { core: MediationCore };

/** What a case is received with. */
export interface CaseIntake {
  source: 'event' | 'walk_in' | 'referral';
  eventId: string | null;
  referredBy: string;
  category: string;
  title: string;
  summary: string;
  roomId?: string;
  parties: z.infer<typeof partyBody>[];
}

/** Encrypts parties, checking phones and ID numbers (per field). */
function sealParties(
  pii: MediationDeps['pii'],
  districtId: string,
  caseId: string,
  parties: z.infer<typeof partyBody>[],
  prefix = 'parties',
) {
  const problems: { field: string; key: string }[] = [];
  const rows = parties.map((p, i) => {
    if (p.phone && !isMainlandMobile(p.phone))
      problems.push({ field: `${prefix}.${i}.phone`, key: 'mediation.bad_phone' });
    let idNumber: string | null = null;
    if (p.idNumber) {
      const r = parseNationalId(p.idNumber);
      if (!r.ok) problems.push({ field: `${prefix}.${i}.idNumber`, key: 'mediation.bad_id' });
      else idNumber = r.value;
    }
    return {
      district_id: districtId,
      case_id: caseId,
      id: uuidv7(),
      role: p.role,
      name_enc: pii.encrypt(p.name),
      phone_enc: p.phone ? pii.encrypt(p.phone) : null,
      phone_bidx: p.phone ? pii.blindIndex('phone', p.phone) : null,
      id_enc: idNumber ? pii.encrypt(idNumber) : null,
      id_bidx: idNumber ? pii.blindIndex('id', idNumber) : null,
    };
  });
  if (problems.length) throw new InvalidError(problems);
  return rows;
}

/**
 * Receives a case in trx (the form's and the import's one path); a mediator receiving a walk-in in
 * their own room takes it at once. Null when the event is a case already.
 */
export async function receiveCase(
  deps: CasesDeps,
  trx: Executor,
  ctx: RequestContext,
  node: { id: string; district_id: string; path: string },
  input: CaseIntake,
) {
  const actor = ctx.actor!;
  const room = input.roomId ? await deps.core.roomFor(input.roomId, node) : null;
  const selfAssign = !!room && (await repo.sitsIn(trx, room.id, actor.userId));
  const id = uuidv7();
  const parties = sealParties(deps.pii, node.district_id, id, input.parties);
  const number = caseNumber(shanghaiYearOf(), await repo.nextSeq(trx, node.district_id, shanghaiYearOf()));
  const made = await repo.insertCase(trx, {
    district_id: node.district_id,
    id,
    number,
    node_id: node.id,
    room_id: room?.id ?? null,
    mediator_user_id: selfAssign ? actor.userId : null,
    source: input.source,
    event_id: input.eventId,
    referred_by: input.referredBy,
    category: input.category,
    title: input.title,
    summary: input.summary,
    state: selfAssign ? 'assigned' : 'received',
    created_by: actor.userId,
  });
  if (!made) return null;
  await repo.insertParties(trx, parties);
  await deps.auditor.append(trx, ctx, {
    action: 'mediation.case.receive',
    objectType: 'mediation_case',
    objectId: id,
    districtId: node.district_id,
    detail: {
      number,
      source: input.source,
      eventId: input.eventId,
      roomId: room?.id ?? null,
      parties: parties.length,
    },
  });
  return { id, number };
}

/** Builds the case verbs. */
export function createCasesService(deps: CasesDeps) {
  const { db, auditor, pii, core } = deps;

  /** Receives a case in its own transaction. */
  function receive(
    ctx: RequestContext,
    node: { id: string; district_id: string; path: string },
    input: CaseIntake,
  ) {
    return db.transaction().execute(async (trx) => {
      const made = await receiveCase(deps, trx, ctx, node, input);
      if (!made) throw new ConflictError('mediation.event_taken');
      return made;
    });
  }

  return {
    /** Receives a walk-in 来访 or a referral 转介 at a node. */
    async intake(ctx: RequestContext, input: z.infer<typeof intakeBody>) {
      const n = await core.nodeFor(ctx, input.nodeId, 'mediation.intake');
      return receive(ctx, n, { ...input, eventId: null });
    },

    /** Turns a dispute event (category `dispute`) the actor can read into a case, once. */
    async fromEvent(ctx: RequestContext, input: z.infer<typeof fromEventBody>) {
      requirePermission(ctx, 'mediation.intake');
      const ev = await deps.readEvent(ctx, input.eventId);
      if (ev.category !== 'dispute')
        throw new InvalidError([{ field: 'eventId', key: 'mediation.not_dispute' }]);
      const n = await core.nodeFor(ctx, ev.nodeId, 'mediation.intake');
      return receive(ctx, n, {
        source: 'event',
        eventId: ev.id,
        referredBy: ev.number ?? '',
        category: input.category,
        title: ev.title.slice(0, 100),
        summary: ev.description.slice(0, 5000) || ev.title,
        roomId: input.roomId,
        parties: [],
      });
    },

    /** Cases in the actor's reach (a mediator: their own), newest first. */
    async listCases(ctx: RequestContext, q: z.infer<typeof casesQuery>) {
      const actor = requirePermission(ctx, 'mediation.read');
      const under = q.nodeId ? (await core.nodeFor(ctx, q.nodeId, 'mediation.read')).path : undefined;
      const page = await repo.listCases(db, caseScope(actor, 'mediation.read'), {
        under,
        roomId: q.roomId,
        state: q.state,
        open: q.open === '1',
        q: q.q,
        limit: q.limit,
        offset: q.offset,
      });
      const names = await core.mediatorNames(page.items);
      return { total: page.total, items: page.items.map((c) => core.summary(c, names)) };
    },

    /** One case with its parties (masked), hearings, agreement, referrals, history and the actions open. */
    async getCase(ctx: RequestContext, id: string) {
      const c = await core.visibleCase(ctx, id, 'mediation.read');
      const names = await core.mediatorNames([c]);
      const [hearings, agreement, referrals, history, steps, parties] = await Promise.all([
        repo.hearingsOf(db, c.district_id, c.id),
        repo.agreementOf(db, c.district_id, c.id),
        repo.referralsOf(db, c.district_id, c.id),
        repo.historyOf(db, c.district_id, c.id),
        core.steps(db, c.district_id),
        core.parties(c),
      ]);
      const may = { manage: core.mayManage(ctx.actor, c), mediate: core.mayMediate(ctx.actor, c) };
      return {
        ...core.summary(c, names),
        summary: c.summary,
        referredBy: c.referred_by,
        eventId: c.event_id,
        version: c.version,
        parties,
        hearings: hearings.map((h) => ({
          id: h.id,
          heldAt: h.held_at.toISOString(),
          place: h.place,
          stepCode: h.step_code,
          attendees: h.attendees,
          minutes: h.minutes,
        })),
        agreement: agreement
          ? { text: agreement.text, performance: agreement.performance, signedOn: agreement.signed_on }
          : null,
        referrals: referrals.map((r) => ({
          id: r.id,
          kind: r.kind as 'judicial_confirmation' | 'court_mediation' | 'psychological',
          toName: r.to_name,
          note: r.note,
          referredAt: r.referred_at.toISOString(),
          outcome: r.outcome,
          outcomeNote: r.outcome_note,
          outcomeAt: r.outcome_at?.toISOString() ?? null,
        })),
        history: history.map((h) => ({
          action: h.action,
          from: h.from_state as State,
          to: h.to_state as State,
          note: h.note,
          at: h.at.toISOString(),
        })),
        steps,
        actions: actionsFor(c.state as State, may),
        can: {
          reveal:
            may.mediate &&
            !!ctx.actor?.grants.some(
              (g) => c.path.startsWith(g.path) && ['mediator', 'community_officer'].includes(g.role),
            ),
          mediate: may.mediate,
          manage: may.manage,
        },
      };
    },

    /** Adds parties to a case (encrypted; phones and ID numbers checked). */
    async addParties(ctx: RequestContext, id: string, parties: z.infer<typeof partyBody>[]) {
      const c = await core.visibleCase(ctx, id, 'mediation.mediate');
      if (!core.mayMediate(ctx.actor, c)) throw new NotFoundError();
      const rows = sealParties(pii, c.district_id, c.id, parties);
      await db.transaction().execute(async (trx) => {
        await repo.insertParties(trx, rows);
        await auditor.append(trx, ctx, {
          action: 'mediation.parties.add',
          objectType: 'mediation_case',
          objectId: c.id,
          districtId: c.district_id,
          detail: { count: rows.length },
        });
      });
      return { ok: true as const };
    },

    /** Shows the parties in full for a stated reason (audited). */
    async reveal(ctx: RequestContext, id: string, reason: string) {
      const c = await core.visibleCase(ctx, id, 'mediation.reveal');
      if (!core.mayMediate(ctx.actor, c)) throw new NotFoundError();
      const full = await core.parties(c, true);
      await auditor.record(ctx, {
        action: 'mediation.parties.reveal',
        objectType: 'mediation_case',
        objectId: c.id,
        districtId: c.district_id,
        detail: { reason, parties: full.length },
      });
      return full.map(({ id, name, phone, idNumber }) => ({ id, name, phone, idNumber }));
    },
  };
}
