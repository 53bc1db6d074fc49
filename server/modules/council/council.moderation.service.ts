/**
 * Moderation: hiding a topic, idea or comment with a reason (audited, the author told why) or
 * showing it again, and the queue of what waits for those who run a council.
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import type { NotifyService } from '../notify/index.ts';
import type { CouncilCore } from './council.core.ts';
import * as repo from './council.repository.ts';
import * as contributionsRepo from './council.contributions.repository.ts';
import * as publicRepo from './council.public.repository.ts';

const TABLE = { topic: 'council_topics', idea: 'council_ideas', comment: 'council_comments' } as const;

/** Builds the moderation verbs. */
export function createModerationService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  core: CouncilCore;
}) {
  const { db, auditor, core } = deps;

  return {
    /** Hides (a reason is required) or shows again a topic, idea or comment. */
    async moderate(
      ctx: RequestContext,
      input: { target: 'topic' | 'idea' | 'comment'; id: string; hide: boolean; reason?: string },
    ) {
      requirePermission(ctx, 'council.moderate');
      if (input.hide && !input.reason)
        throw new InvalidError([{ field: 'reason', key: 'council.reason_required' }]);
      const item =
        input.target === 'idea'
          ? await contributionsRepo.findIdea(db, input.id)
          : input.target === 'comment'
            ? await contributionsRepo.findComment(db, input.id)
            : null;
      if (input.target !== 'topic' && !item) throw new NotFoundError();
      const topicId = input.target === 'topic' ? input.id : item!.topic_id;
      const t = await core.visibleTopic(ctx, topicId, 'council.moderate');
      const authorUserId = input.target === 'topic' ? t.author_user_id : item!.author_user_id;
      await db.transaction().execute(async (trx) => {
        if (
          !(await repo.setHidden(
            trx,
            TABLE[input.target],
            t.district_id,
            input.id,
            input.hide ? input.reason! : null,
          ))
        )
          throw new NotFoundError();
        await auditor.append(trx, ctx, {
          action: input.hide ? 'council.hide' : 'council.show',
          objectType: `council_${input.target}`,
          objectId: input.id,
          districtId: t.district_id,
          detail: { topicId: t.id, reason: input.reason },
        });
        if (input.hide)
          await deps.notify.send(trx, [
            {
              districtId: t.district_id,
              userId: authorUserId,
              kind: 'council.hidden',
              title: `您在《${t.title}》中的内容已被隐藏：${input.reason}`,
              titleKey: 'council.notice.hidden',
              titleParams: { title: t.title, reason: input.reason },
              link: `/council/topics/${t.id}`,
              objectType: 'council_topic',
              objectId: t.id,
            },
          ]);
      });
    },

    /** Raised topics to accept or decline, steps past their deadline, and recent posts to check. */
    async queue(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await readRoots(db, ctx, 'council.moderate', q.nodeId);
      const [raised, overdue, recent] = await Promise.all([
        repo.findTopics(db, {
          inScope: nodeInPaths('t.node_id', paths),
          showHidden: false,
          userId: null,
          stage: 'raise',
          limit: 100,
          offset: 0,
        }),
        publicRepo.findOverdue(db, nodeInPaths('t.node_id', paths), 100),
        contributionsRepo.findRecentPosts(db, nodeInPaths('x.node_id', paths), 50),
      ]);
      return {
        toAccept: raised.rows.map((r) => core.summary(r, false)),
        overdue: overdue.map((r) => core.summary(r, false)),
        recent: recent.map((r) => ({
          target: r.target,
          id: r.id,
          topicId: r.topic_id,
          topicTitle: r.topic_title,
          authorLabel: r.author_label,
          text: r.text,
          hidden: !!r.hidden_at,
          hiddenReason: r.hidden_reason,
          createdAt: new Date(r.created_at).toISOString(),
        })),
      };
    },
  };
}
