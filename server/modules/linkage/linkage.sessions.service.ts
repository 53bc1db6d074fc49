/**
 * 两代表一委员进社区 (seed 003: 开展“两代表一委员”常态化进社区试点，深入群众植根社区“坐诊”“摆摊”解决
 * 群众实际问题): the schedule of deputies' and CPPCC members' sessions in communities, attendance when
 * held, the problems raised, each tracked to an answer by a due day. A deputy records their own.
 */
import type { z } from 'zod';
import { can, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { checkUpdated, thisYear, yearRange, type LinkageCore, type LinkageDeps } from './linkage.core.ts';
import * as repo from './linkage.repository.ts';
import {
  answerDue,
  nextState,
  PROBLEM_MOVES,
  SESSION_MOVES,
  type HostKind,
  type SessionState,
} from './linkage.rules.ts';
import type { answerBody, holdBody, problemView, sessionBody, sessionView } from './linkage.schemas.ts';

/** Builds the session verbs. */
export function createSessionsService(deps: LinkageDeps & { core: LinkageCore }) {
  const { db, auditor, core } = deps;

  /** Whoever keeps the schedule there, or the deputy who hosts it. */
  const mayRecord = (ctx: RequestContext, s: { path: string; host_user_id: string | null }) =>
    can(ctx.actor, 'linkage.manage', s.path) ||
    (!!ctx.actor && s.host_user_id === ctx.actor.userId && can(ctx.actor, 'linkage.session', s.path));

  const sessionOut = (
    ctx: RequestContext,
    s: repo.SessionRow & { problems?: number; answered?: number },
  ): z.infer<typeof sessionView> => ({
    id: s.id,
    nodeId: s.node_id,
    nodeName: s.node_name,
    format: s.format as 'clinic' | 'stall',
    hostKind: s.host_kind as HostKind,
    hostName: s.host_name,
    startsAt: s.starts_at.toISOString(),
    place: s.place,
    state: s.state as SessionState,
    attendance: s.attendance,
    summary: s.summary,
    problems: s.problems ?? 0,
    answered: s.answered ?? 0,
    version: s.version,
    can: { record: s.state === 'planned' && mayRecord(ctx, s) },
  });

  const problemOut = (
    ctx: RequestContext,
    p: repo.ProblemRow,
    today = shanghaiDay(),
  ): z.infer<typeof problemView> => ({
    id: p.id,
    sessionId: p.session_id,
    nodeName: p.node_name,
    hostName: p.host_name,
    text: p.text,
    state: p.state as 'open' | 'answered',
    dueOn: p.due_on,
    answer: p.answer,
    answeredAt: p.answered_at?.toISOString() ?? null,
    overdue: p.state === 'open' && p.due_on < today,
    version: p.version,
    can: { answer: can(ctx.actor, 'linkage.answer', p.path) },
  });

  async function addProblems(trx: Executor, s: repo.SessionRow, texts: string[]) {
    const due = answerDue(shanghaiDay(s.starts_at));
    for (const text of texts)
      await repo.insertProblem(trx, {
        district_id: s.district_id,
        id: uuidv7(),
        session_id: s.id,
        node_id: s.node_id,
        text,
        state: 'open',
        due_on: due,
      });
  }

  return {
    /** Sessions under a node (or the scope) in a year. */
    async listSessions(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await core.roots(ctx, 'linkage.read', q.nodeId);
      const { from, to } = yearRange(q.year ?? thisYear());
      return (await repo.findSessions(db, nodeInPaths('s.node_id', paths), from, to)).map((s) =>
        sessionOut(ctx, s),
      );
    },

    /**
     * Schedules a session in a community. A deputy schedules their own (they are its host); the
     * community or street office may schedule anyone's. Idempotent for phones.
     */
    async scheduleSession(ctx: RequestContext, b: z.infer<typeof sessionBody>, key?: string) {
      return db.transaction().execute(async (trx) => {
        const n = await core.nodeFor(ctx, b.nodeId, 'linkage.session', trx);
        if (n.level !== 'community')
          throw new InvalidError([{ field: 'nodeId', key: 'linkage.not_community' }]);
        const officer = can(ctx.actor, 'linkage.manage', n.path);
        const actor = ctx.actor!;
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const id = uuidv7();
          await repo.insertSession(trx, {
            district_id: n.district_id,
            id,
            node_id: n.id,
            format: b.format,
            host_kind: b.hostKind,
            host_name: officer ? (b.hostName ?? actor.displayName) : actor.displayName,
            host_user_id: officer ? null : actor.userId,
            starts_at: new Date(b.startsAt),
            place: b.place ?? '',
            state: 'planned',
            created_by: actor.userId,
          });
          await auditor.append(trx, ctx, {
            action: 'linkage.session.schedule',
            objectType: 'linkage_session',
            objectId: id,
            districtId: n.district_id,
            detail: { node: n.name, format: b.format, hostKind: b.hostKind },
          });
          await deps.notify.send(trx, [
            {
              districtId: n.district_id,
              nodeId: n.id,
              kind: 'linkage.session',
              title: `进社区活动已安排：${n.name}`,
              titleKey: 'linkage.notice.session',
              titleParams: { node: n.name, when: shanghaiDay(new Date(b.startsAt)) },
              link: `/linkage/sessions/${id}`,
              objectType: 'linkage_session',
              objectId: id,
            },
          ]);
          return { id };
        });
        return result;
      });
    },

    /** A session with its problems. */
    async getSession(ctx: RequestContext, id: string) {
      const s = await rowFor(ctx, 'linkage.read', () => repo.findSession(db, id));
      const problems = await repo.findProblems(db, { sessionIds: [s.id] });
      const today = shanghaiDay();
      return {
        ...sessionOut(ctx, {
          ...s,
          problems: problems.length,
          answered: problems.filter((p) => p.state === 'answered').length,
        }),
        problemList: problems.map((p) => problemOut(ctx, p, today)),
      };
    },

    /** Records a session as held (attendance, summary, problems raised) or cancels it. */
    async recordSession(ctx: RequestContext, id: string, b: z.infer<typeof holdBody>) {
      return db.transaction().execute(async (trx) => {
        const s = await rowFor(ctx, 'linkage.read', () => repo.findSession(trx, id, true));
        if (!mayRecord(ctx, s)) throw new ForbiddenError('linkage.not_your_session');
        if (s.version !== b.version) throw new ConflictError('linkage.stale');
        const to = nextState(SESSION_MOVES, s.state as SessionState, b.action);
        if (!to) throw new ConflictError('linkage.wrong_state');
        if (to === 'held' && b.attendance === undefined)
          throw new InvalidError([{ field: 'attendance', key: 'linkage.attendance_required' }]);
        checkUpdated(
          await repo.updateSession(trx, s.district_id, s.id, s.version, {
            state: to,
            attendance: to === 'held' ? b.attendance : null,
            summary: b.summary ?? s.summary,
          }),
        );
        if (to === 'held') await addProblems(trx, s, b.problems ?? []);
        await auditor.append(trx, ctx, {
          action: `linkage.session.${b.action}`,
          objectType: 'linkage_session',
          objectId: s.id,
          districtId: s.district_id,
          detail: { attendance: b.attendance, problems: b.problems?.length ?? 0 },
        });
        return { state: to };
      });
    },

    /** Adds a problem raised at a held session (one heard late). */
    async addProblem(ctx: RequestContext, id: string, text: string) {
      return db.transaction().execute(async (trx) => {
        const s = await rowFor(ctx, 'linkage.read', () => repo.findSession(trx, id));
        if (!can(ctx.actor, 'linkage.manage', s.path) && !(s.host_user_id === ctx.actor?.userId))
          throw new ForbiddenError('linkage.not_your_session');
        if (s.state !== 'held') throw new ConflictError('linkage.wrong_state');
        await addProblems(trx, s, [text]);
        await auditor.append(trx, ctx, {
          action: 'linkage.problem.create',
          objectType: 'linkage_session',
          objectId: s.id,
          districtId: s.district_id,
        });
        return { ok: true as const };
      });
    },

    /** Open problems under a node (or the scope), the oldest due first. */
    async openProblems(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'linkage.read', q.nodeId);
      const rows = await repo.findProblems(db, { inScope: nodeInPaths('p.node_id', paths), open: true });
      const today = shanghaiDay();
      return rows.map((p) => problemOut(ctx, p, today));
    },

    /** Answers a problem (or reopens an answer found wanting); the deputy who raised it is told. */
    async answerProblem(ctx: RequestContext, id: string, b: z.infer<typeof answerBody>) {
      return db.transaction().execute(async (trx) => {
        const p = await rowFor(ctx, 'linkage.answer', () => repo.findProblem(trx, id, true));
        if (p.version !== b.version) throw new ConflictError('linkage.stale');
        const to = nextState(PROBLEM_MOVES, p.state as 'open' | 'answered', b.action);
        if (!to) throw new ConflictError('linkage.wrong_state');
        if (to === 'answered' && !b.answer)
          throw new InvalidError([{ field: 'answer', key: 'linkage.answer_required' }]);
        checkUpdated(
          await repo.updateProblem(trx, p.district_id, p.id, p.version, {
            state: to,
            answer: to === 'answered' ? b.answer! : p.answer,
            answered_at: to === 'answered' ? new Date() : null,
            answered_by: to === 'answered' ? ctx.actor!.userId : null,
          }),
        );
        await auditor.append(trx, ctx, {
          action: `linkage.problem.${b.action}`,
          objectType: 'linkage_problem',
          objectId: p.id,
          districtId: p.district_id,
        });
        const tell = p.host_user_id ?? p.created_by;
        if (to === 'answered' && tell !== ctx.actor!.userId)
          await deps.notify.send(trx, [
            {
              districtId: p.district_id,
              userId: tell,
              kind: 'linkage.problem',
              title: `您收集的问题已答复：${p.text.slice(0, 30)}`,
              titleKey: 'linkage.notice.problem',
              titleParams: { text: p.text.slice(0, 30) },
              link: `/linkage/sessions/${p.session_id}`,
              objectType: 'linkage_problem',
              objectId: p.id,
            },
          ]);
        const after = await repo.findProblem(trx, id);
        return problemOut(ctx, after!);
      });
    },
  };
}
