/**
 * Topics through the six steps: raising one, reading and listing them, the transitions of the
 * state machine (accepting, moving a step on, opening the deciding vote, resolving), step
 * deadlines, implementation notes, and the decision when the vote is tallied.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, nullWhenHidden } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import type { VoteOutcome, VoteScope, VotesService } from '../votes/index.ts';
import type { CouncilCore } from './council.core.ts';
import * as repo from './council.repository.ts';
import * as bodiesRepo from './council.bodies.repository.ts';
import * as contributionsRepo from './council.contributions.repository.ts';
import * as meetingsRepo from './council.meetings.repository.ts';
import {
  actionsFrom,
  DECISION_OPTIONS,
  decisionOf,
  DECIDED,
  DELIBERATING,
  dueFor,
  transition,
  type Actor as By,
  type Category,
  type Stage,
} from './council.rules.ts';
import type { BodyKind } from './council.rules.ts';
import type { TopicDetail } from './council.schemas.ts';

/** The vote kind deciding a topic, by who votes. */
export const AUDIENCE_KIND = {
  residents: 'council.residents',
  members: 'council.members',
  children: 'council.children',
} as const;

/** Builds the topic verbs. */
export function createTopicsService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  core: CouncilCore;
  votes: Pick<VotesService, 'createVote' | 'get'>;
}) {
  const { db, auditor, core } = deps;

  /** Who the actor is towards a topic, for the state machine. */
  function roles(ctx: RequestContext, t: repo.TopicRow): By[] {
    const by: By[] = [];
    if (can(ctx.actor, 'council.manage', t.path)) by.push('manage');
    if (ctx.actor && t.author_user_id === ctx.actor.userId) by.push('author');
    return by;
  }

  return {
    /** A resident (or a guardian for a child, or an officer) raises a topic: step one, 提议题. */
    async raise(
      ctx: RequestContext,
      input: {
        nodeId: string;
        kind: BodyKind;
        title: string;
        description: string;
        category: Category;
        asPersonId?: string;
      },
      idempotencyKey?: string,
    ) {
      const actor = requirePermission(ctx, 'council.participate');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key: idempotencyKey, payload: input },
          async () => {
            const body = await core.bodyFor(trx, ctx, input.nodeId, input.kind, 'council.participate');
            const who = await core.speaker(ctx, body, input.asPersonId);
            const id = uuidv7();
            await repo.insertTopic(trx, {
              districtId: body.district_id,
              id,
              bodyId: body.id,
              nodeId: body.node_id,
              title: input.title,
              description: input.description,
              category: input.category,
              dueAt: dueFor('raise', new Date()),
              authorUserId: actor.userId,
              authorPersonId: who.personId,
              authorLabel: who.label,
            });
            await contributionsRepo.setFollow(trx, body.district_id, id, actor.userId, true);
            await auditor.append(trx, ctx, {
              action: 'council.topic.raise',
              objectType: 'council_topic',
              objectId: id,
              districtId: body.district_id,
              detail: { bodyId: body.id, title: input.title },
            });
            return { id };
          },
        );
        return result;
      });
    },

    /** Topics in the actor's scope (hidden ones for moderators and their authors only). */
    async list(
      ctx: RequestContext,
      q: {
        nodeId?: string;
        bodyId?: string;
        kind?: BodyKind;
        stage?: Stage;
        status?: 'active' | 'decided';
        q?: string;
        mine?: '0' | '1';
        limit: number;
        offset: number;
      },
    ) {
      const actor = requirePermission(ctx, 'council.read');
      const paths = scopePaths(actor, 'council.read');
      const { total, rows } = await repo.findTopics(db, {
        inScope: nodeInPaths('t.node_id', paths),
        showHidden: scopePaths(actor, 'council.moderate').length > 0,
        userId: actor.userId,
        nodeId: q.nodeId,
        bodyId: q.bodyId,
        kind: q.kind,
        stage: q.stage,
        stages: q.status === 'active' ? DELIBERATING : q.status === 'decided' ? DECIDED : undefined,
        q: q.q,
        mine: q.mine === '1',
        limit: q.limit,
        offset: q.offset,
      });
      const following = await contributionsRepo.followingAmong(
        db,
        actor.userId,
        rows.map((r) => r.id),
      );
      return { total, items: rows.map((r) => core.summary(r, following.has(r.id))) };
    },

    /** A topic with everything said in each step, what the actor may do, and its vote. */
    async get(ctx: RequestContext, id: string): Promise<TopicDetail> {
      const actor = requirePermission(ctx, 'council.read');
      const t = await core.visibleTopic(ctx, id, 'council.read');
      const body = (await bodiesRepo.findBody(db, t.body_id))!;
      const moderator = can(actor, 'council.moderate', t.path);
      const manage = can(actor, 'council.manage', t.path);
      const [ideas, comments, drafts, progress, following, meetings, actAs] = await Promise.all([
        contributionsRepo.findIdeas(db, t.district_id, t.id),
        contributionsRepo.findComments(db, t.district_id, t.id),
        contributionsRepo.findDrafts(db, t.district_id, t.id),
        contributionsRepo.findProgress(db, t.district_id, t.id),
        contributionsRepo.followingAmong(db, actor.userId, [t.id]),
        meetingsRepo.findMeetings(db, {
          inScope: nodeInPaths('m.node_id', [t.path]),
          topicId: t.id,
          limit: 20,
          offset: 0,
        }),
        core.actAs(actor, body),
      ]);
      const speakers = actAs.map((a) => a.personId);
      const supported = await contributionsRepo.supportedAmong(
        db,
        t.district_id,
        [t.id, ...ideas.map((i) => i.id)],
        speakers,
      );
      if (following.has(t.id)) await contributionsRepo.markSeen(db, t.district_id, t.id, actor.userId);
      const seesHidden = (authorUserId: string) => moderator || authorUserId === actor.userId;
      const participate = can(actor, 'council.participate', t.path) && (actAs.length > 0 || manage);
      const vote = t.vote_id ? await deps.votes.get(ctx, t.vote_id).catch(nullWhenHidden) : null;
      const members =
        body.kind !== 'children' && actor.personId
          ? await bodiesRepo.membersAmong(db, t.district_id, body.id, [actor.personId])
          : [];
      return {
        ...core.summary(t, following.has(t.id)),
        description: t.description,
        version: t.version,
        declineReason: t.decline_reason,
        hiddenReason: seesHidden(t.author_user_id) ? t.hidden_reason : null,
        decidedAt: t.decided_at?.toISOString() ?? null,
        resolutionNote: t.resolution_note,
        resolvedAt: t.resolved_at?.toISOString() ?? null,
        voteAudience: (t.vote_audience as TopicDetail['voteAudience']) ?? null,
        ideasList: ideas
          .filter((i) => !i.hidden_at || seesHidden(i.author_user_id))
          .map((i) => ({
            id: i.id,
            authorLabel: i.author_label,
            text: i.text,
            supports: i.supports,
            supported: supported.has(i.id),
            hidden: !!i.hidden_at,
            hiddenReason: seesHidden(i.author_user_id) ? i.hidden_reason : null,
            createdAt: i.created_at.toISOString(),
            can: {
              support: t.stage === 'ideas' && actAs.length > 0 && !supported.has(i.id) && !i.hidden_at,
              moderate: moderator,
            },
          })),
        comments: comments
          .filter((c) => !c.hidden_at || seesHidden(c.author_user_id))
          .map((c) => ({
            id: c.id,
            stage: c.stage as Stage,
            authorLabel: c.author_label,
            text: c.text,
            hidden: !!c.hidden_at,
            hiddenReason: seesHidden(c.author_user_id) ? c.hidden_reason : null,
            createdAt: c.created_at.toISOString(),
            can: { moderate: moderator },
          })),
        drafts: drafts.map((d) => ({
          id: d.id,
          kind: d.kind as 'plan' | 'convention',
          version: d.version,
          text: d.text,
          note: d.note,
          authorLabel: d.author_label,
          createdAt: d.created_at.toISOString(),
        })),
        progressNotes: progress.map((p) => ({
          id: p.id,
          text: p.text,
          percent: p.percent,
          authorLabel: p.author_label,
          createdAt: p.created_at.toISOString(),
        })),
        vote,
        meetings: meetings.rows.map((m) => ({
          id: m.id,
          title: m.title,
          startsAt: m.starts_at.toISOString(),
          status: m.status,
        })),
        actions: actionsFrom(t.stage as Stage, roles(ctx, t)),
        actAs,
        supported: supported.has(t.id),
        can: {
          support: ['raise', 'ideas'].includes(t.stage) && actAs.length > 0 && !supported.has(t.id),
          idea: t.stage === 'ideas' && participate,
          comment: DELIBERATING.includes(t.stage as Stage) && participate,
          draft:
            (manage || members.some((m) => m.role !== 'child')) &&
            ['plan', 'floor', 'convention'].includes(t.stage),
          follow: true,
          moderate: moderator,
          progress: manage && t.stage === 'implementing',
          deadline: manage && ['raise', 'ideas', 'plan', 'floor', 'convention'].includes(t.stage),
        },
      };
    },

    /**
     * Takes a transition of the six steps. Moving into 说了算 opens the deciding vote (options
     * 赞成/反对/弃权, adopted by more than half of the ballots cast).
     */
    async transition(
      ctx: RequestContext,
      id: string,
      input: {
        action: string;
        reason?: string;
        note?: string;
        dueAt?: string;
        vote?: { closesAt: string; secret: boolean; audience: 'residents' | 'members' | 'children' };
      },
    ) {
      requirePermission(ctx, 'council.participate');
      return db.transaction().execute(async (trx) => {
        const t = await core.visibleTopic(ctx, id, 'council.read', trx, true);
        const f = await contributionsRepo.topicFacts(trx, t.district_id, t.id);
        const r = transition(t.stage as Stage, input.action, roles(ctx, t), {
          ideas: f.ideas,
          planDrafts: f.plan,
          conventionDrafts: f.convention,
          hasReason: !!input.reason,
          hasVote: !!input.vote,
          hasNote: !!input.note,
        });
        if ('problem' in r) {
          if (r.problem === 'council.not_yours') throw new ForbiddenError(r.problem);
          if (r.problem.startsWith('council.needs_'))
            throw new InvalidError([{ field: r.problem.slice('council.needs_'.length), key: r.problem }]);
          throw new ConflictError(r.problem, { stage: t.stage });
        }
        const now = new Date();
        const set: Parameters<typeof repo.updateTopic>[3] = {
          stage: r.to,
          stage_due_at: input.dueAt ? new Date(input.dueAt) : dueFor(r.to, now),
        };
        if (input.action === 'decline') set.decline_reason = input.reason!;
        if (input.action === 'resolve') {
          set.resolution_note = input.note!;
          set.resolved_at = now;
          set.progress = 100;
        }
        if (input.action === 'to_decide') {
          const v = input.vote!;
          const body = (await bodiesRepo.findBody(trx, t.body_id))!;
          const audience =
            body.kind === 'children' ? 'children' : v.audience === 'children' ? 'residents' : v.audience;
          const closesAt = new Date(v.closesAt);
          if (closesAt <= now)
            throw new InvalidError([{ field: 'vote.closesAt', key: 'council.closes_in_past' }]);
          const drafts = await contributionsRepo.latestDrafts(trx, t.district_id, [t.id]);
          const text = (kind: string) => drafts.find((d) => d.kind === kind)?.text ?? '';
          const { id: voteId } = await deps.votes.createVote(trx, ctx, {
            districtId: t.district_id,
            nodeId: t.node_id,
            owner: 'council',
            ownerRef: t.id,
            kind: AUDIENCE_KIND[audience],
            params: { bodyId: t.body_id },
            title: t.title,
            description: `【方案】\n${text('plan')}\n\n【公约】\n${text('convention')}`.slice(0, 10_000),
            method: 'single',
            secret: v.secret,
            opensAt: now,
            closesAt,
            options: [...DECISION_OPTIONS],
            announce: audience === 'residents',
          });
          set.vote_id = voteId;
          set.vote_audience = audience;
          set.stage_due_at = closesAt;
        }
        await repo.updateTopic(trx, t.district_id, t.id, set);
        await auditor.append(trx, ctx, {
          action: `council.topic.${input.action}`,
          objectType: 'council_topic',
          objectId: t.id,
          districtId: t.district_id,
          detail: { from: t.stage, to: r.to, reason: input.reason, note: input.note },
        });
        await core.tellFollowers(
          trx,
          t,
          {
            kind: 'council.stage',
            titleKey: 'council.notice.stage',
            title: `议题《${t.title}》进入新阶段`,
            params: { stage: { $t: `council.stage.${r.to}` } },
          },
          ctx.actor!.userId,
        );
        return { stage: r.to };
      });
    },

    /** Sets the deadline of the topic's present step (optimistic version). */
    async setDeadline(ctx: RequestContext, id: string, input: { dueAt: string; version: number }) {
      requirePermission(ctx, 'council.manage');
      const t = await core.visibleTopic(ctx, id, 'council.manage');
      if (!['raise', 'ideas', 'plan', 'floor', 'convention'].includes(t.stage))
        throw new ConflictError('council.wrong_stage', { stage: t.stage });
      await db.transaction().execute(async (trx) => {
        if (!(await repo.setDeadline(trx, t.district_id, t.id, new Date(input.dueAt), input.version)))
          throw new ConflictError('error.stale');
        await auditor.append(trx, ctx, {
          action: 'council.topic.deadline',
          objectType: 'council_topic',
          objectId: t.id,
          districtId: t.district_id,
          detail: { dueAt: input.dueAt },
        });
      });
    },

    /** Notes implementation progress of an adopted topic; followers hear of it. */
    async addProgress(ctx: RequestContext, id: string, input: { text: string; percent: number }) {
      const actor = requirePermission(ctx, 'council.manage');
      await db.transaction().execute(async (trx) => {
        const t = await core.visibleTopic(ctx, id, 'council.manage', trx, true);
        if (t.stage !== 'implementing') throw new ConflictError('council.wrong_stage', { stage: t.stage });
        await contributionsRepo.insertProgress(trx, {
          districtId: t.district_id,
          id: uuidv7(),
          topicId: t.id,
          text: input.text,
          percent: input.percent,
          userId: actor.userId,
          label: core.officerLabel(actor),
        });
        await repo.updateTopic(trx, t.district_id, t.id, { progress: input.percent });
        await auditor.append(trx, ctx, {
          action: 'council.topic.progress',
          objectType: 'council_topic',
          objectId: t.id,
          districtId: t.district_id,
          detail: { percent: input.percent },
        });
        await core.tellFollowers(
          trx,
          t,
          {
            kind: 'council.progress',
            titleKey: 'council.notice.progress',
            title: `议题《${t.title}》实施进度 ${input.percent}%`,
            params: { percent: input.percent },
          },
          actor.userId,
        );
      });
    },

    /** The deciding vote was tallied: the topic is adopted or not, and its followers are told. */
    async decided(trx: Executor, vote: VoteScope, outcome: VoteOutcome) {
      const t = await repo.findTopicByVote(trx, vote.districtId, vote.id);
      if (!t || t.stage !== 'decide') return;
      const result = decisionOf(outcome.results, outcome.ballots);
      const to: Stage = result === 'adopted' ? 'implementing' : 'not_adopted';
      await repo.updateTopic(trx, t.district_id, t.id, {
        stage: to,
        stage_due_at: null,
        outcome: result,
        decided_at: new Date(),
      });
      await auditor.append(
        trx,
        { actor: null, ip: '127.0.0.1', userAgent: 'gongzhi' },
        {
          action: `council.topic.${result === 'adopted' ? 'adopt' : 'not_adopt'}`,
          objectType: 'council_topic',
          objectId: t.id,
          districtId: t.district_id,
          actorName: 'system',
          detail: { voteId: vote.id, ballots: outcome.ballots, eligible: outcome.eligible },
        },
      );
      await core.tellFollowers(
        trx,
        t,
        {
          kind: 'council.decided',
          titleKey: result === 'adopted' ? 'council.notice.adopted' : 'council.notice.not_adopted',
          title: `议题《${t.title}》表决${result === 'adopted' ? '通过' : '未通过'}`,
        },
        null,
      );
    },
  };
}
