/**
 * Open selection 公开遴选 and competitive selection 竞争上岗 for vacant communities (seed 004: 对空缺的
 * 12名社区党委书记进行公开选拔): the organisation department publishes a selection (communities,
 * requirements, deadline); cadres register themselves, or officers enter candidates; each candidate
 * goes 报名 → 资格审查 → 笔试/面试 → 考察 → 公示 → 任用 (the state machine in the rules), and 任用
 * fills the roster. Candidates are told at each stage change.
 */
import type { z } from 'zod';
import {
  can,
  requirePermission,
  scopePaths,
  type RequestContext,
  districtsWith,
} from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { checkUpdated, type SecretariesCore, type SecretariesDeps } from './secretaries.core.ts';
import * as repo from './secretaries.repository.ts';
import { rosterOf } from './secretaries.roster.service.ts';
import {
  MIN_NOTICE_DAYS,
  noticeOver,
  noticeProblem,
  registrationOpen,
  stageActions,
  stageMove,
  totalScore,
  type Stage,
  type StageActor,
} from './secretaries.rules.ts';
import type { candidateView, moveBody, registerBody, selectionBody } from './secretaries.schemas.ts';

/** Builds the selection verbs. */
export function createSelectionsService(deps: SecretariesDeps & { core: SecretariesCore }) {
  const { db, auditor, core } = deps;

  /** Districts where the actor may register for a selection. */
  const applyDistricts = (ctx: RequestContext) => districtsWith(ctx.actor, 'secretaries.apply');

  const visibility = (ctx: RequestContext) => ({
    paths: scopePaths(ctx.actor, 'secretaries.read'),
    districtIds: applyDistricts(ctx),
    userId: ctx.actor!.userId,
  });

  /** A selection the actor may see (404 otherwise); locked when asked. */
  async function visibleSelection(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
    requirePermission(ctx, 'secretaries.selections');
    const s = await repo.findSelection(exec, id, lock);
    if (!s) throw new NotFoundError();
    const seen = await repo.findSelections(exec, repo.selectionVisible(visibility(ctx), id));
    if (seen.length === 0) throw new NotFoundError();
    return s;
  }

  /** The parts the actor plays on a candidate. */
  function rolesOn(ctx: RequestContext, c: repo.CandidateRow): StageActor[] {
    const r: StageActor[] = [];
    if (can(ctx.actor, 'secretaries.manage', c.selection_path)) r.push('officer');
    if (ctx.actor && c.user_id === ctx.actor.userId) r.push('candidate');
    return r;
  }

  const candidateOut = (ctx: RequestContext, c: repo.CandidateRow): z.infer<typeof candidateView> => ({
    id: c.id,
    nodeId: c.node_id,
    nodeName: c.node_name,
    name: c.name,
    mine: !!ctx.actor && c.user_id === ctx.actor.userId,
    stage: c.stage as Stage,
    writtenScore: c.written_score,
    interviewScore: c.interview_score,
    totalScore: totalScore(c.written_score, c.interview_score),
    noticeFrom: c.notice_from,
    noticeTo: c.notice_to,
    note: c.note,
    version: c.version,
    actions: stageActions(c.stage as Stage, rolesOn(ctx, c)),
  });

  /** A selection as the actor sees it: officers every candidate, a cadre only their own. */
  async function selectionOut(ctx: RequestContext, s: repo.SelectionRow) {
    const posts = await repo.findPosts(db, [s.id]);
    const officer =
      can(ctx.actor, 'secretaries.read', s.path) ||
      posts.some((p) => can(ctx.actor, 'secretaries.read', p.path));
    const all = await repo.findCandidates(db, repo.candidateOf(s.district_id, s.id));
    const candidates = all.filter((c) => officer || c.user_id === ctx.actor?.userId);
    const open = registrationOpen(s.state, s.deadline, shanghaiDay());
    const manage = can(ctx.actor, 'secretaries.manage', s.path);
    return {
      id: s.id,
      nodeName: s.node_name,
      kind: s.kind as 'open' | 'competition',
      title: s.title,
      requirements: s.requirements,
      deadline: s.deadline,
      state: s.state as 'open' | 'closed',
      registrationOpen: open,
      posts: posts.map((p) => ({ nodeId: p.node_id, nodeName: p.node_name, filled: p.filled })),
      candidates: candidates.map((c) => candidateOut(ctx, c)),
      can: {
        manage,
        enter: manage && open,
        apply:
          open &&
          applyDistricts(ctx).includes(s.district_id) &&
          !!ctx.actor?.grants.some((g) => g.role === 'cadre') &&
          !all.some((c) => c.user_id === ctx.actor?.userId),
      },
    };
  }

  return {
    /** Selections the actor may see, newest first. */
    async listSelections(ctx: RequestContext) {
      requirePermission(ctx, 'secretaries.selections');
      const rows = await repo.findSelections(db, repo.selectionVisible(visibility(ctx)));
      return Promise.all(rows.map((s) => selectionOut(ctx, s)));
    },

    /** One selection with its posts and the candidates the actor may see. */
    async getSelection(ctx: RequestContext, id: string) {
      return selectionOut(ctx, await visibleSelection(ctx, id));
    },

    /** Publishes a selection for vacant communities under the publishing node. */
    async createSelection(ctx: RequestContext, b: z.infer<typeof selectionBody>) {
      const n = await core.nodeFor(ctx, b.nodeId, 'secretaries.manage');
      const ids = [...new Set(b.postNodeIds)];
      const vacant = new Set((await rosterOf(db, [n.path])).filter((e) => e.vacant).map((e) => e.nodeId));
      ids.forEach((x, i) => {
        if (!vacant.has(x))
          throw new InvalidError([{ field: `postNodeIds.${i}`, key: 'secretaries.not_vacant' }]);
      });
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        await repo.insertSelection(
          trx,
          {
            district_id: n.district_id,
            id,
            node_id: n.id,
            kind: b.kind,
            title: b.title,
            requirements: b.requirements,
            deadline: b.deadline,
          },
          ids,
        );
        await auditor.append(trx, ctx, {
          action: 'secretaries.selection.publish',
          objectType: 'secretaries_selection',
          objectId: id,
          districtId: n.district_id,
          detail: { kind: b.kind, title: b.title, posts: ids.length, deadline: b.deadline },
        });
        return { id };
      });
    },

    /**
     * Registers a candidate for one of a selection's posts: a cadre for themself (no name given),
     * the organisation department for someone (a name or a person of the register).
     */
    async register(ctx: RequestContext, selectionId: string, b: z.infer<typeof registerBody>) {
      const actor = requirePermission(ctx, 'secretaries.apply');
      const entered = !!(b.name || b.personId);
      return db.transaction().execute(async (trx) => {
        const s = await visibleSelection(ctx, selectionId, trx, true);
        if (entered && !can(actor, 'secretaries.manage', s.path)) throw new ForbiddenError();
        if (!entered && !actor.grants.some((g) => g.role === 'cadre' && g.districtId === s.district_id))
          throw new ForbiddenError();
        if (!registrationOpen(s.state, s.deadline, shanghaiDay()))
          throw new ConflictError('secretaries.closed');
        const post = (await repo.findPosts(trx, [s.id])).find((p) => p.node_id === b.nodeId);
        if (!post || post.filled) throw new InvalidError([{ field: 'nodeId', key: 'secretaries.not_post' }]);
        const personId = entered ? (b.personId ?? null) : actor.personId;
        const name = entered
          ? await core.nameOf(s.district_id, b)
          : ((personId && (await deps.people.fullName(s.district_id, personId))) ?? actor.displayName);
        const id = uuidv7();
        const stored = await repo.insertCandidate(trx, {
          district_id: s.district_id,
          id,
          selection_id: s.id,
          node_id: post.node_id,
          name,
          person_id: personId,
          user_id: entered ? null : actor.userId,
          stage: 'registered',
        });
        if (!stored) throw new ConflictError('secretaries.already_registered');
        await auditor.append(trx, ctx, {
          action: 'secretaries.candidate.register',
          objectType: 'secretaries_candidate',
          objectId: id,
          districtId: s.district_id,
          detail: { selection: s.id, post: post.node_id },
        });
        if (!entered)
          await deps.notify.send(trx, [
            {
              districtId: s.district_id,
              nodeId: s.node_id,
              kind: 'secretaries.registered',
              title: `新的报名：${name} 报名“${s.title}”`,
              titleKey: 'secretaries.notice.registered',
              titleParams: { name, title: s.title },
              link: `/secretaries/selections/${s.id}`,
              objectType: 'secretaries_selection',
              objectId: s.id,
            },
          ]);
        return { id };
      });
    },

    /** Moves a candidate to the next stage (or out); 任用 fills the roster. */
    async moveCandidate(ctx: RequestContext, id: string, b: z.infer<typeof moveBody>) {
      requirePermission(ctx, 'secretaries.selections');
      return db.transaction().execute(async (trx) => {
        const c = await repo.findCandidate(trx, id, true);
        if (!c) throw new NotFoundError();
        const roles = rolesOn(ctx, c);
        if (roles.length === 0) throw new NotFoundError();
        if (c.version !== b.version) throw new ConflictError('secretaries.stale');
        const to = stageMove(c.stage as Stage, b.action, roles);
        if (!to) {
          if (stageMove(c.stage as Stage, b.action, ['officer', 'candidate'])) throw new ForbiddenError();
          throw new ConflictError('secretaries.wrong_stage');
        }
        const today = shanghaiDay();
        const set: Parameters<typeof repo.updateCandidate>[4] = { stage: to, note: b.note ?? c.note };
        if (b.action === 'score') {
          if (b.writtenScore === undefined || b.interviewScore === undefined)
            throw new InvalidError([
              {
                field: b.writtenScore === undefined ? 'writtenScore' : 'interviewScore',
                key: 'secretaries.scores_required',
              },
            ]);
          Object.assign(set, { written_score: b.writtenScore, interview_score: b.interviewScore });
        }
        if (b.action === 'publicise') {
          if (!b.noticeFrom || !b.noticeTo)
            throw new InvalidError([
              { field: b.noticeFrom ? 'noticeTo' : 'noticeFrom', key: 'secretaries.notice_required' },
            ]);
          const p = noticeProblem(b.noticeFrom, b.noticeTo);
          if (p)
            throw new InvalidError([
              { field: 'noticeTo', key: `secretaries.notice_${p}`, params: { days: MIN_NOTICE_DAYS } },
            ]);
          Object.assign(set, { notice_from: b.noticeFrom, notice_to: b.noticeTo });
        }
        const s = (await repo.findSelection(trx, c.selection_id, true))!;
        if (b.action === 'appoint') {
          if (!noticeOver(c.notice_to, today))
            throw new ConflictError('secretaries.notice_running', { to: c.notice_to });
          await core.takeOffice(trx, ctx, {
            districtId: c.district_id,
            nodeId: c.node_id,
            name: c.name,
            personId: c.person_id,
            userId: c.user_id,
            method: s.kind as 'open' | 'competition',
            startedOn: today,
            selectionId: s.id,
          });
        }
        checkUpdated(await repo.updateCandidate(trx, c.district_id, c.id, c.version, set));
        if (b.action === 'appoint' && (await repo.findPosts(trx, [s.id])).every((p) => p.filled))
          await repo.closeSelection(trx, s.district_id, s.id);
        await auditor.append(trx, ctx, {
          action: `secretaries.candidate.${b.action}`,
          objectType: 'secretaries_candidate',
          objectId: c.id,
          districtId: c.district_id,
          detail: { from: c.stage, to, writtenScore: b.writtenScore, interviewScore: b.interviewScore },
        });
        if (c.user_id && c.user_id !== ctx.actor!.userId) {
          const params = {
            kind: { $t: `secretaries.kind.${s.kind}` },
            title: s.title,
            stage: { $t: `secretaries.stage.${to}` },
          };
          await deps.notify.send(trx, [
            {
              districtId: c.district_id,
              userId: c.user_id,
              kind: 'secretaries.stage',
              title: t('zh-CN', 'secretaries.notice.stage', {
                kind: t('zh-CN', `secretaries.kind.${s.kind}`),
                title: s.title,
                stage: t('zh-CN', `secretaries.stage.${to}`),
              }),
              titleKey: 'secretaries.notice.stage',
              titleParams: params,
              link: `/secretaries/selections/${s.id}`,
              objectType: 'secretaries_candidate',
              objectId: c.id,
            },
          ]);
        }
        return candidateOut(ctx, (await repo.findCandidate(trx, id))!);
      });
    },

    /** Candidates in non-final stages of selections the actor runs (the home page). */
    candidatesWaiting: (ctx: RequestContext) =>
      repo.findCandidates(db, repo.candidatesRunBy(scopePaths(ctx.actor, 'secretaries.manage')), 200),

    /** The actor's own candidacies (the home page). */
    myCandidacies: (ctx: RequestContext) =>
      ctx.actor ? repo.findCandidates(db, repo.candidatesOfUser(ctx.actor.userId), 50) : Promise.resolve([]),
  };
}
