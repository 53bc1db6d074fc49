/**
 * Cases of young people referred for 帮教 (seed 003 智慧未检帮教云服务): registered with name and ID
 * number encrypted and masked everywhere, the problems found (问题库); 社工匹配 suggests social workers
 * by skills overlap and free places; the plan of techniques (矫治技术库); the worker's sessions and
 * periodic evaluations (效果评估库); the outcome with 转处分流 and the numbered 帮教结案报告.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { parseNationalId } from '../../platform/pii/national-id.ts';
import { maskName, maskNationalId } from '../../platform/pii/pii.ts';
import {
  caseFor,
  caseOut,
  caseScope,
  checkUpdated,
  helps,
  libraryOf,
  manages,
  today,
  type JuvenileDeps,
} from './juvenile.core.ts';
import * as repo from './juvenile.repository.ts';
import {
  ageOn,
  dueOn,
  EVALUATION_EVERY_DAYS,
  MAX_AGE_AT_REFERRAL,
  mayMove,
  rankWorkers,
  reportNumber,
  SESSION_EVERY_DAYS,
  type LibraryKind,
  type Outcome,
  type State,
} from './juvenile.rules.ts';
import type {
  assignBody,
  caseBody,
  caseView,
  closeBody,
  evaluationBody,
  planBody,
  sessionBody,
} from './juvenile.schemas.ts';

/** The levels of the tree where cases are registered. */
const CASE_LEVELS = ['district', 'street', 'community'];

/** Builds the case verbs. */
export function createCasesService(deps: JuvenileDeps) {
  const { db, auditor, pii, notify } = deps;

  /** 422 on field when a code is not in the district's library of that kind. */
  async function checkCodes(districtId: string, kind: LibraryKind, field: string, codes: string[]) {
    const have = new Set(
      (await libraryOf(db, districtId)).entries.filter((e) => e.kind === kind).map((e) => e.code),
    );
    const bad = codes.filter((c) => !have.has(c));
    if (bad.length)
      throw new InvalidError([{ field, key: 'juvenile.unknown_code', params: { codes: bad.join('、') } }]);
    if (new Set(codes).size !== codes.length) throw new InvalidError([{ field, key: 'juvenile.repeated' }]);
  }

  /** One case with what its page shows. */
  async function view(ctx: RequestContext, id: string): Promise<z.infer<typeof caseView>> {
    const c = await caseFor(db, ctx, id, 'juvenile.read');
    const [sessions, evaluations] = await Promise.all([
      repo.findSessions(db, c.district_id, c.id),
      repo.findEvaluations(db, c.district_id, c.id),
    ]);
    const open = c.state === 'helping';
    const lastSession = sessions[0]?.held_on ?? c.referred_on;
    const lastEval = evaluations.at(-1)?.evaluated_on ?? c.referred_on;
    return {
      ...caseOut(c),
      summary: c.summary,
      plan: c.plan,
      workerId: c.worker_id,
      closingNote: c.closing_note,
      version: c.version,
      sessionList: sessions.map((s) => ({
        id: s.id,
        heldOn: s.held_on,
        technique: s.technique,
        minutes: s.minutes,
        note: s.note,
      })),
      evaluations: evaluations.map((e) => ({
        id: e.id,
        instrument: e.instrument,
        score: e.score,
        evaluatedOn: e.evaluated_on,
        note: e.note,
      })),
      sessionDue: open ? dueOn(lastSession, SESSION_EVERY_DAYS) : null,
      evaluationDue: open ? dueOn(lastEval, EVALUATION_EVERY_DAYS) : null,
      can: {
        manage: manages(ctx.actor, c) && c.state !== 'closed',
        help: helps(ctx.actor, c) && open,
        reveal: can(ctx.actor, 'juvenile.reveal') && (manages(ctx.actor, c) || helps(ctx.actor, c)),
      },
    };
  }

  /** Saves a session or an evaluation of the assigned worker (once per Idempotency-Key). */
  async function logWork(
    ctx: RequestContext,
    id: string,
    key: string | undefined,
    payload: unknown,
    write: (
      trx: typeof db,
      c: repo.CaseRow,
      newId: string,
    ) => Promise<{ action: string; detail: Record<string, unknown> }>,
  ) {
    const actor = requirePermission(ctx, 'juvenile.help');
    return db.transaction().execute(async (trx) => {
      const c = await caseFor(trx, ctx, id, 'juvenile.read', true);
      if (!helps(actor, c)) throw new NotFoundError();
      if (c.state !== 'helping') throw new ConflictError('juvenile.not_helping');
      const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload }, async () => {
        const newId = uuidv7();
        const a = await write(trx as typeof db, c, newId);
        await auditor.append(trx, ctx, {
          action: a.action,
          objectType: 'juvenile_case',
          objectId: c.id,
          districtId: c.district_id,
          detail: a.detail,
        });
        return { id: newId };
      });
      return result;
    });
  }

  /** 422 when a day is in the future or before the referral. */
  function checkDay(field: string, day: string, c: { referred_on: string }) {
    if (day > today()) throw new InvalidError([{ field, key: 'juvenile.in_future' }]);
    if (day < c.referred_on) throw new InvalidError([{ field, key: 'juvenile.before_referral' }]);
  }

  return {
    view,

    /** The cases in reach (masked), referred in a year, newest first. */
    async list(ctx: RequestContext, q: { nodeId?: string; year?: number; state?: State }) {
      requirePermission(ctx, 'juvenile.read');
      let nodeRoots: string[] | undefined;
      if (q.nodeId) {
        const n = await repo.findNode(db, q.nodeId);
        if (!n || !can(ctx.actor, 'juvenile.read', n.path)) throw new NotFoundError();
        nodeRoots = [n.path];
      }
      const rows = await repo.findCases(db, repo.caseVisible(caseScope(ctx.actor, 'juvenile.read')), {
        from: q.year ? `${q.year}-01-01` : undefined,
        to: q.year ? `${q.year + 1}-01-01` : undefined,
        state: q.state,
        nodeRoots,
      });
      return {
        items: rows.map(caseOut),
        can: {
          register: can(ctx.actor, 'juvenile.manage'),
          export: can(ctx.actor, 'juvenile.export'),
          library: can(ctx.actor, 'juvenile.library'),
        },
      };
    },

    /** Registers a referred young person (ID number checked, encrypted; once per Idempotency-Key). */
    async register(ctx: RequestContext, b: z.infer<typeof caseBody>, key?: string) {
      const actor = requirePermission(ctx, 'juvenile.manage');
      const n = await nodeFor(db, ctx, b.nodeId, 'juvenile.manage');
      if (!CASE_LEVELS.includes(n.level))
        throw new InvalidError([{ field: 'nodeId', key: 'juvenile.not_case_node' }]);
      if (b.referredOn > today())
        throw new InvalidError([{ field: 'referredOn', key: 'juvenile.in_future' }]);
      const parsed = parseNationalId(b.idNumber);
      if (!parsed.ok) throw new InvalidError([{ field: 'idNumber', key: `pii.id.${parsed.problem}` }]);
      const age = ageOn(parsed.facts.birthDate, b.referredOn);
      if (age > MAX_AGE_AT_REFERRAL || age < 8)
        throw new InvalidError([{ field: 'idNumber', key: 'juvenile.age_out_of_range', params: { age } }]);
      await checkCodes(n.district_id, 'problem', 'problems', b.problems);
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const id = uuidv7();
          await repo.insertCase(trx, {
            district_id: n.district_id,
            id,
            node_id: n.id,
            name_enc: pii.encrypt(b.name),
            name_mask: maskName(b.name),
            id_enc: pii.encrypt(parsed.value),
            id_bidx: pii.blindIndex('id', parsed.value),
            id_mask: maskNationalId(parsed.value),
            birth_date: parsed.facts.birthDate,
            gender: parsed.facts.gender,
            source: b.source,
            referred_on: b.referredOn,
            summary: b.summary,
            problems: b.problems,
            created_by: actor.userId,
          });
          await auditor.append(trx, ctx, {
            action: 'juvenile.case.register',
            objectType: 'juvenile_case',
            objectId: id,
            districtId: n.district_id,
            detail: { node: n.id, source: b.source, referredOn: b.referredOn, problems: b.problems },
          });
          return { id };
        });
        return result;
      });
    },

    /** The young person's full name and ID number, for a stated reason (audited). */
    async reveal(ctx: RequestContext, id: string, reason: string) {
      const c = await caseFor(db, ctx, id, 'juvenile.reveal');
      if (!manages(ctx.actor, c) && !helps(ctx.actor, c)) throw new NotFoundError();
      await auditor.record(ctx, {
        action: 'juvenile.case.reveal',
        objectType: 'juvenile_case',
        objectId: c.id,
        districtId: c.district_id,
        detail: { reason },
      });
      return { name: pii.decrypt(c.name_enc), idNumber: pii.decrypt(c.id_enc) };
    },

    /** 社工匹配: the district's active workers ranked by skills overlap and free places. */
    async matches(ctx: RequestContext, id: string) {
      const c = await caseFor(db, ctx, id, 'juvenile.manage');
      if (!manages(ctx.actor, c)) throw new NotFoundError();
      const workers = (await repo.findDistrictWorkers(db, c.district_id)).filter((w) => w.active);
      return {
        items: rankWorkers(workers, c.problems).map((r) => ({
          workerId: r.worker.id,
          name: r.worker.name,
          agency: r.worker.agency,
          nodeName: r.worker.node_name,
          score: r.score,
          overlap: r.overlap,
          free: r.worker.capacity - r.worker.load,
        })),
      };
    },

    /** Assigns a worker of the district with a free place, and the plan of techniques. */
    async assign(ctx: RequestContext, id: string, b: z.infer<typeof assignBody>) {
      await db.transaction().execute(async (trx) => {
        const c = await caseFor(trx, ctx, id, 'juvenile.manage', true);
        if (!manages(ctx.actor, c)) throw new NotFoundError();
        if (!mayMove('assign', c.state as State)) throw new ConflictError('juvenile.wrong_state');
        const w = await repo.findWorker(trx, b.workerId, true);
        if (!w || w.district_id !== c.district_id || !w.active)
          throw new InvalidError([{ field: 'workerId', key: 'juvenile.worker_unknown' }]);
        if (w.id !== c.worker_id && w.load >= w.capacity)
          throw new InvalidError([{ field: 'workerId', key: 'juvenile.worker_full' }]);
        await checkCodes(c.district_id, 'technique', 'plan', b.plan);
        checkUpdated(
          await repo.updateCase(trx, c.district_id, c.id, b.version, {
            worker_id: w.id,
            worker_user_id: w.user_id,
            plan: b.plan,
            state: 'helping',
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'juvenile.case.assign',
          objectType: 'juvenile_case',
          objectId: c.id,
          districtId: c.district_id,
          detail: { worker: w.id, from: c.worker_id, plan: b.plan },
        });
        await notify.send(trx, [
          {
            districtId: c.district_id,
            userId: w.user_id,
            kind: 'juvenile.assigned',
            title: `帮教对象 ${c.name_mask} 已分配给您`,
            titleKey: 'juvenile.notice.assigned',
            titleParams: { name: c.name_mask },
            link: `/juvenile/cases/${c.id}`,
            objectType: 'juvenile_case',
            objectId: c.id,
          },
        ]);
      });
      return view(ctx, id);
    },

    /** Changes the problems found and the plan (the officer or the assigned worker, before closing). */
    async setPlan(ctx: RequestContext, id: string, b: z.infer<typeof planBody>) {
      await db.transaction().execute(async (trx) => {
        const c = await caseFor(trx, ctx, id, 'juvenile.read', true);
        if (!manages(ctx.actor, c) && !helps(ctx.actor, c)) throw new NotFoundError();
        if (c.state === 'closed') throw new ConflictError('juvenile.wrong_state');
        await checkCodes(c.district_id, 'problem', 'problems', b.problems);
        await checkCodes(c.district_id, 'technique', 'plan', b.plan);
        checkUpdated(
          await repo.updateCase(trx, c.district_id, c.id, b.version, { problems: b.problems, plan: b.plan }),
        );
        await auditor.append(trx, ctx, {
          action: 'juvenile.case.plan',
          objectType: 'juvenile_case',
          objectId: c.id,
          districtId: c.district_id,
          detail: { problems: b.problems, plan: b.plan },
        });
      });
      return view(ctx, id);
    },

    /** The worker logs a session 帮教记录 (from a phone: Idempotency-Key). */
    async addSession(ctx: RequestContext, id: string, b: z.infer<typeof sessionBody>, key?: string) {
      return logWork(ctx, id, key, b, async (trx, c, newId) => {
        checkDay('heldOn', b.heldOn, c);
        await checkCodes(c.district_id, 'technique', 'technique', [b.technique]);
        await repo.insertSession(trx, {
          district_id: c.district_id,
          id: newId,
          case_id: c.id,
          held_on: b.heldOn,
          technique: b.technique,
          minutes: b.minutes,
          note: b.note,
          created_by: ctx.actor!.userId,
        });
        return { action: 'juvenile.session.add', detail: { heldOn: b.heldOn, technique: b.technique } };
      });
    },

    /** The worker records an evaluation on an instrument (Idempotency-Key). */
    async addEvaluation(ctx: RequestContext, id: string, b: z.infer<typeof evaluationBody>, key?: string) {
      return logWork(ctx, id, key, b, async (trx, c, newId) => {
        checkDay('evaluatedOn', b.evaluatedOn, c);
        await checkCodes(c.district_id, 'instrument', 'instrument', [b.instrument]);
        await repo.insertEvaluation(trx, {
          district_id: c.district_id,
          id: newId,
          case_id: c.id,
          instrument: b.instrument,
          score: b.score,
          evaluated_on: b.evaluatedOn,
          note: b.note,
          created_by: ctx.actor!.userId,
        });
        return { action: 'juvenile.evaluation.add', detail: { instrument: b.instrument, score: b.score } };
      });
    },

    /** The officer closes the case with its outcome and 转处分流; the report is numbered gaplessly. */
    async close(ctx: RequestContext, id: string, b: z.infer<typeof closeBody>) {
      await db.transaction().execute(async (trx) => {
        const c = await caseFor(trx, ctx, id, 'juvenile.manage', true);
        if (!manages(ctx.actor, c)) throw new NotFoundError();
        if (!mayMove('close', c.state as State)) throw new ConflictError('juvenile.wrong_state');
        checkDay('closedOn', b.closedOn, c);
        const year = Number(b.closedOn.slice(0, 4));
        const no = await repo.nextReportNo(trx, c.district_id, year);
        checkUpdated(
          await repo.updateCase(trx, c.district_id, c.id, b.version, {
            state: 'closed',
            outcome: b.outcome,
            diverted: b.diverted,
            closed_on: b.closedOn,
            closing_note: b.note,
            report_year: year,
            report_no: no,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'juvenile.case.close',
          objectType: 'juvenile_case',
          objectId: c.id,
          districtId: c.district_id,
          detail: { outcome: b.outcome, diverted: b.diverted, reportNo: reportNumber(year, no) },
        });
      });
      return view(ctx, id);
    },

    /** The printable 帮教结案报告 of a closed case (name and ID number masked). */
    async report(ctx: RequestContext, id: string) {
      const c = await caseFor(db, ctx, id, 'juvenile.read');
      if (c.state !== 'closed' || !c.report_year || !c.report_no)
        throw new ConflictError('juvenile.no_report');
      const [sessions, evaluations, district] = await Promise.all([
        repo.findSessions(db, c.district_id, c.id),
        repo.findEvaluations(db, c.district_id, c.id),
        repo.findNode(db, c.district_id),
      ]);
      return {
        reportNo: reportNumber(c.report_year, c.report_no),
        districtName: district?.name ?? '',
        nodeName: c.node_name,
        name: c.name_mask,
        idNumber: c.id_mask,
        gender: c.gender as 'M' | 'F',
        source: caseOut(c).source,
        referredOn: c.referred_on,
        problems: c.problems,
        plan: c.plan,
        workerName: c.worker_name ?? '',
        sessions: sessions.length,
        minutes: sessions.reduce((s, x) => s + x.minutes, 0),
        evaluations: evaluations.map((e) => ({
          id: e.id,
          instrument: e.instrument,
          score: e.score,
          evaluatedOn: e.evaluated_on,
          note: e.note,
        })),
        outcome: c.outcome as Outcome,
        diverted: !!c.diverted,
        closedOn: c.closed_on!,
        closingNote: c.closing_note,
      };
    },
  };
}
