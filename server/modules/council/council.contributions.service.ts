/**
 * What residents put into each step: 附议 (support) for a topic, ideas and their support counts
 * (出主意), comments (开言路), plan and convention drafts in versions with diffs (拟方案, 定公约),
 * and following a topic for its news. Writes from phones take an Idempotency-Key.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import type { CouncilCore } from './council.core.ts';
import * as repo from './council.repository.ts';
import * as bodiesRepo from './council.bodies.repository.ts';
import * as contributionsRepo from './council.contributions.repository.ts';
import { DELIBERATING, diff, type Stage } from './council.rules.ts';

/** Builds the contribution verbs. */
export function createContributionsService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  core: CouncilCore;
}) {
  const { db, auditor, core } = deps;

  /** The topic, its council and who speaks, for a contribution in one of the stages given. */
  async function place(ctx: RequestContext, topicId: string, stages: readonly string[], asPersonId?: string) {
    requirePermission(ctx, 'council.participate');
    const t = await core.visibleTopic(ctx, topicId, 'council.participate');
    if (!stages.includes(t.stage)) throw new ConflictError('council.wrong_stage', { stage: t.stage });
    const body = (await bodiesRepo.findBody(db, t.body_id))!;
    const who = await core.speaker(ctx, body, asPersonId);
    return { t, who };
  }

  /** Supports once per supporter (a person: officers do not support); following comes with it. */
  async function support(
    ctx: RequestContext,
    t: repo.TopicRow,
    who: { personId: string | null },
    target: { id: string; table: 'council_topics' | 'council_ideas' },
  ) {
    if (!who.personId) throw new ForbiddenError('council.support_residents_only');
    return db.transaction().execute(async (trx) => {
      const added = await contributionsRepo.addSupport(trx, {
        districtId: t.district_id,
        targetId: target.id,
        supporterId: who.personId!,
        byUserId: ctx.actor!.userId,
        table: target.table,
      });
      if (added) {
        await contributionsRepo.setFollow(trx, t.district_id, t.id, ctx.actor!.userId, true);
        await auditor.append(trx, ctx, {
          action: target.table === 'council_topics' ? 'council.topic.support' : 'council.idea.support',
          objectType: target.table === 'council_topics' ? 'council_topic' : 'council_idea',
          objectId: target.id,
          districtId: t.district_id,
        });
      }
      return { added };
    });
  }

  /**
   * An idea or a comment on a topic in one of stages, written once per idempotency key; its author
   * follows the topic.
   */
  async function contribute(
    ctx: RequestContext,
    kind: 'idea' | 'comment',
    topicId: string,
    stages: readonly string[],
    input: { text: string; asPersonId?: string },
    key?: string,
  ) {
    const { t, who } = await place(ctx, topicId, stages, input.asPersonId);
    const actor = ctx.actor!;
    return db.transaction().execute(async (trx) => {
      const { result } = await withIdempotency(
        trx,
        { userId: actor.userId, key, payload: { topicId, ...input } },
        async () => {
          const id = uuidv7();
          const row = {
            districtId: t.district_id,
            id,
            topicId: t.id,
            userId: actor.userId,
            personId: who.personId,
            label: who.label,
            text: input.text,
          };
          if (kind === 'idea') await contributionsRepo.insertIdea(trx, row);
          else await contributionsRepo.insertComment(trx, { ...row, stage: t.stage as Stage });
          await contributionsRepo.setFollow(trx, t.district_id, t.id, actor.userId, true);
          await auditor.append(trx, ctx, {
            action: `council.${kind}.add`,
            objectType: `council_${kind}`,
            objectId: id,
            districtId: t.district_id,
            detail: kind === 'idea' ? { topicId: t.id } : { topicId: t.id, stage: t.stage },
          });
          return { id };
        },
      );
      return result;
    });
  }

  return {
    /** 附议: a resident supports a topic while it is raised or gathering ideas. */
    async supportTopic(ctx: RequestContext, topicId: string, input: { asPersonId?: string }) {
      const { t, who } = await place(ctx, topicId, ['raise', 'ideas'], input.asPersonId);
      return support(ctx, t, who, { id: t.id, table: 'council_topics' });
    },

    /** Supports an idea of a topic gathering ideas. */
    async supportIdea(ctx: RequestContext, ideaId: string, input: { asPersonId?: string }) {
      const idea = await contributionsRepo.findIdea(db, ideaId);
      if (!idea) throw new NotFoundError();
      const { t, who } = await place(ctx, idea.topic_id, ['ideas'], input.asPersonId);
      if (idea.hidden_at) throw new NotFoundError();
      return support(ctx, t, who, { id: idea.id, table: 'council_ideas' });
    },

    /** 出主意: an idea for a topic gathering ideas. */
    addIdea: (
      ctx: RequestContext,
      topicId: string,
      input: { text: string; asPersonId?: string },
      key?: string,
    ) => contribute(ctx, 'idea', topicId, ['ideas'], input, key),

    /** 开言路: a comment on a topic still under deliberation. */
    addComment: (
      ctx: RequestContext,
      topicId: string,
      input: { text: string; asPersonId?: string },
      key?: string,
    ) => contribute(ctx, 'comment', topicId, DELIBERATING, input, key),

    /** Follows a topic for its news, or stops. */
    async follow(ctx: RequestContext, topicId: string, follow: boolean) {
      const actor = requirePermission(ctx, 'council.read');
      const t = await core.visibleTopic(ctx, topicId, 'council.read');
      await contributionsRepo.setFollow(db, t.district_id, t.id, actor.userId, follow);
    },

    /**
     * 拟方案 / 定公约: a new version of the plan (while planning or on the floor) or of the convention,
     * by those who run the council or its members. A writer who started from an older version gets
     * 409 with the version that is there now.
     */
    async addDraft(
      ctx: RequestContext,
      topicId: string,
      input: { kind: 'plan' | 'convention'; text: string; note: string; baseVersion: number },
    ) {
      const actor = requirePermission(ctx, 'council.participate');
      return db.transaction().execute(async (trx) => {
        const t = await core.visibleTopic(ctx, topicId, 'council.participate', trx, true);
        const stages = input.kind === 'plan' ? ['plan', 'floor'] : ['floor', 'convention'];
        if (!stages.includes(t.stage)) throw new ConflictError('council.wrong_stage', { stage: t.stage });
        const manage = can(actor, 'council.manage', t.path);
        const member =
          !!actor.personId &&
          (await bodiesRepo.membersAmong(trx, t.district_id, t.body_id, [actor.personId])).some(
            (m) => m.role !== 'child',
          );
        if (!manage && !member) throw new ForbiddenError('council.drafts_by_council');
        const f = await contributionsRepo.topicFacts(trx, t.district_id, t.id);
        const latest = input.kind === 'plan' ? f.plan : f.convention;
        if (latest !== input.baseVersion) throw new ConflictError('council.draft_stale', { version: latest });
        const id = uuidv7();
        const version = latest + 1;
        await contributionsRepo.insertDraft(trx, {
          districtId: t.district_id,
          id,
          topicId: t.id,
          kind: input.kind,
          version,
          text: input.text,
          note: input.note,
          userId: actor.userId,
          label: manage ? core.officerLabel(actor) : actor.displayName,
        });
        await repo.updateTopic(trx, t.district_id, t.id, {});
        await auditor.append(trx, ctx, {
          action: 'council.draft.add',
          objectType: 'council_topic',
          objectId: t.id,
          districtId: t.district_id,
          detail: { kind: input.kind, version },
        });
        await core.tellFollowers(
          trx,
          t,
          {
            kind: 'council.draft',
            titleKey: input.kind === 'plan' ? 'council.notice.plan' : 'council.notice.convention',
            title: `议题《${t.title}》有新版${input.kind === 'plan' ? '方案' : '公约'}（第 ${version} 版）`,
            params: { version },
          },
          actor.userId,
        );
        return { id, version };
      });
    },

    /** What changed between two versions of a topic's plan or convention. */
    async diff(
      ctx: RequestContext,
      topicId: string,
      q: { kind: 'plan' | 'convention'; from: number; to: number },
    ) {
      requirePermission(ctx, 'council.read');
      const t = await core.visibleTopic(ctx, topicId, 'council.read');
      const drafts = (await contributionsRepo.findDrafts(db, t.district_id, t.id)).filter(
        (d) => d.kind === q.kind,
      );
      const a = drafts.find((d) => d.version === q.from);
      const b = drafts.find((d) => d.version === q.to);
      if (!a || !b) throw new InvalidError([{ field: !a ? 'from' : 'to', key: 'council.no_such_version' }]);
      return diff(a.text, b.text);
    },
  };
}
