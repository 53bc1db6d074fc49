/**
 * Micro projects from a resident's order 点菜 to the satisfaction rating: ordering (own words or
 * from the community's menu), lists and the project page, the transitions of the state machine
 * (screening, budget fixed, start, finish, acceptance, close), and the satisfaction ratings.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { holdsOn, type ProjectsCore } from './projects.core.ts';
import * as repo from './projects.repository.ts';
import {
  actionsFrom,
  averageScore,
  BUDGET_STAGES,
  PUBLIC_STAGES,
  transition,
  unitScore,
  WORK_STAGES,
  type Category,
  type Kind,
  type Stage,
} from './projects.rules.ts';

/** Where the deputies' satisfaction with a livelihood project goes: the responsible unit's performance. */
export interface PerformancePort {
  /** Records the unit's score (0–100) for a year from one source, inside the caller's transaction. */
  recordUnitScore(
    trx: import('../../platform/db/db.ts').Executor,
    ctx: RequestContext,
    s: {
      districtId: string;
      unitNodeId: string;
      year: number;
      score: number;
      source: string;
      projectId: string;
      /** The project's title, for the unit's record. */
      title: string;
    },
  ): Promise<void>;
}

/** Builds the project verbs. */
export function createItemsService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  core: ProjectsCore;
  performance: PerformancePort;
}) {
  const { db, auditor, core } = deps;

  const audit = (
    trx: Parameters<Auditor['append']>[0],
    ctx: RequestContext,
    p: { district_id: string; id: string },
    action: string,
    detail?: Record<string, unknown>,
  ) =>
    auditor.append(trx, ctx, {
      action,
      objectType: 'projects_item',
      objectId: p.id,
      districtId: p.district_id,
      detail,
    });

  /** Who rates a project and as whom: residents (as their person) micro ones, deputies livelihood ones. */
  function raterOf(ctx: RequestContext, p: repo.ItemRow) {
    const actor = ctx.actor;
    if (!actor || !can(actor, 'projects.rate', p.path)) return null;
    if (p.kind === 'micro' && actor.personId && holdsOn(actor, 'resident', p.path))
      return { raterId: actor.personId, kind: 'resident' as const };
    if (p.kind === 'livelihood' && holdsOn(actor, 'deputy', p.path))
      return { raterId: actor.userId, kind: 'deputy' as const };
    return null;
  }

  return {
    /**
     * A verified resident orders a micro project 点菜 for their community: in their own words, or
     * picked from the community's menu. A phone may send it twice (Idempotency-Key).
     */
    async order(
      ctx: RequestContext,
      input: {
        nodeId: string;
        menuItemId?: string;
        title?: string;
        description?: string;
        category?: Category;
      },
      idempotencyKey?: string,
    ) {
      const actor = requirePermission(ctx, 'projects.order');
      if (!actor.personId) throw new ConflictError('residents.verify_first');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key: idempotencyKey, payload: input },
          async () => {
            const node = await nodeFor(trx, ctx, input.nodeId, 'projects.order');
            if (node.level !== 'community')
              throw new InvalidError([{ field: 'nodeId', key: 'projects.community_only' }]);
            let { title, description, category } = input;
            if (input.menuItemId) {
              const m = await repo.findMenuItem(trx, input.menuItemId);
              if (!m || m.node_id !== node.id || !m.active)
                throw new InvalidError([{ field: 'menuItemId', key: 'projects.menu_unknown' }]);
              title ??= m.title;
              description ??= m.description;
              category ??= m.category as Category;
            }
            if (!title) throw new InvalidError([{ field: 'title', key: 'projects.title_required' }]);
            const id = uuidv7();
            await repo.insertItem(trx, {
              district_id: node.district_id,
              id,
              node_id: node.id,
              kind: 'micro',
              year: shanghaiThisYear(),
              title,
              description: description ?? '',
              category: category ?? 'other',
              stage: 'ordered',
              orderer_user_id: actor.userId,
              orderer_person_id: actor.personId,
              orderer_label: actor.displayName,
              menu_item_id: input.menuItemId ?? null,
              created_by: actor.userId,
            });
            await audit(trx, ctx, { district_id: node.district_id, id }, 'projects.order', {
              title,
              menuItemId: input.menuItemId ?? null,
            });
            return { id };
          },
        );
        return result;
      });
    },

    /** Projects in the actor's scope: all for officers; the public ones and their own for residents and deputies. */
    async list(
      ctx: RequestContext,
      q: {
        nodeId?: string;
        kind?: Kind;
        stage?: Stage;
        year?: number;
        ballotId?: string;
        mine?: '0' | '1';
        q?: string;
        limit: number;
        offset: number;
      },
    ) {
      const actor = requirePermission(ctx, 'projects.read');
      const readPaths = scopePaths(actor, 'projects.read');
      const managePaths = scopePaths(actor, 'projects.manage');
      let nodePath: string | undefined;
      if (q.nodeId) {
        const n = await repo.findNode(db, q.nodeId);
        if (!n || !readPaths.some((p) => n.path.startsWith(p))) throw new NotFoundError();
        nodePath = n.path;
      }
      // an officer sees everything under the roots they manage; elsewhere what is public or theirs
      const officer =
        managePaths.length > 0 && (!nodePath || managePaths.some((p) => nodePath!.startsWith(p)));
      const { total, rows } = await repo.findItems(db, {
        inScope: nodeInPaths('p.node_id', officer ? managePaths : readPaths),
        visibleTo: officer ? null : { userId: actor.userId },
        publicStages: PUBLIC_STAGES,
        nodePath,
        kind: q.kind,
        stages: q.stage ? [q.stage] : undefined,
        year: q.year,
        ballotId: q.ballotId,
        mine: q.mine === '1' ? actor.userId : undefined,
        q: q.q,
        limit: q.limit,
        offset: q.offset,
      });
      return { total, items: rows.map(core.summary) };
    },

    /** A project with its budget, milestones, contractors, photos, notes, ratings and what the actor may do. */
    async get(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'projects.read');
      const p = await core.visible(ctx, id);
      const manage = can(actor, 'projects.manage', p.path);
      const [milestones, contractors, photos, notes, spread] = await Promise.all([
        repo.findMilestones(db, p.district_id, p.id),
        repo.findContractors(db, p.district_id, p.id),
        repo.findPhotos(db, p.district_id, p.id),
        repo.findNotes(db, p.district_id, p.id),
        repo.ratingSpread(db, p.district_id, p.id),
      ]);
      const rater = raterOf(ctx, p);
      const mine = rater ? await repo.findRating(db, p.district_id, p.id, rater.raterId) : undefined;
      const stage = p.stage as Stage;
      const work = manage && WORK_STAGES.includes(stage);
      return {
        ...core.summary(p),
        description: p.description,
        rejectReason: p.reject_reason,
        socialSource: p.social_source,
        acceptanceNote: p.acceptance_note,
        version: p.version,
        milestones: milestones.map((m) => ({
          id: m.id,
          seq: m.seq,
          title: m.title,
          dueOn: String(m.due_on),
          doneAt: m.done_at?.toISOString() ?? null,
          note: m.note,
          can: { complete: manage && stage === 'implementing' && !m.done_at },
        })),
        contractors: contractors.map((c) => ({
          id: c.id,
          name: c.name,
          role: c.role as 'builder' | 'supervisor' | 'service' | 'supplier',
          contactName: manage ? c.contact_name : '',
          phone: manage ? c.phone_mask : '',
        })),
        photos: photos.map((x) => ({
          id: x.id,
          milestoneId: x.milestone_id,
          width: x.width,
          height: x.height,
        })),
        notes: notes.map((n) => ({
          id: n.id,
          kind: n.kind as 'supervision' | 'progress',
          text: n.text,
          authorLabel: n.author_label,
          createdAt: n.created_at.toISOString(),
        })),
        rating: {
          count: p.rating_count,
          average: averageScore(p.rating_sum, p.rating_count),
          spread,
          mine: mine ? { score: mine.score, comment: mine.comment } : null,
        },
        actions: actionsFrom(stage, core.roles(ctx, p)),
        can: {
          budget: manage && BUDGET_STAGES.includes(stage),
          milestone: work,
          contractor: work,
          photo: work || (manage && stage === 'completed'),
          note:
            (manage && WORK_STAGES.includes(stage)) ||
            (p.kind === 'livelihood' &&
              can(actor, 'projects.track', p.path) &&
              ['chosen', ...WORK_STAGES, 'completed'].includes(stage)),
          rate: !!rater && stage === 'completed' && !mine,
        },
      };
    },

    /** Takes a transition of the state machine (screening, budget, start, finish, acceptance, close). */
    async transition(
      ctx: RequestContext,
      id: string,
      input: { action: string; reason?: string; note?: string },
    ) {
      requirePermission(ctx, 'projects.read');
      return db.transaction().execute(async (trx) => {
        const p = await core.visible(ctx, id, trx, true);
        const f = await repo.itemFacts(trx, p.district_id, p.id);
        const r = transition(p.stage as Stage, input.action, core.roles(ctx, p), {
          hasReason: !!input.reason?.trim(),
          hasNote: !!input.note?.trim(),
          budgetFen: p.public_fen + p.social_fen,
          contractors: f.contractors,
          milestones: f.milestones,
          milestonesOpen: f.open,
          ratings: f.ratings,
        });
        if ('problem' in r) {
          if (r.problem === 'projects.not_yours') throw new ForbiddenError(r.problem);
          if (r.problem.startsWith('projects.needs_'))
            throw new InvalidError([{ field: r.problem.slice('projects.needs_'.length), key: r.problem }]);
          throw new ConflictError(r.problem, { stage: p.stage });
        }
        const now = new Date();
        const set: repo.ItemSet = { stage: r.to };
        if (input.action === 'reject' || input.action === 'drop') set.reject_reason = input.reason!.trim();
        if (input.action === 'finish') set.progress = 100;
        if (input.action === 'accept') {
          set.acceptance_note = input.note!.trim();
          set.completed_at = now;
        }
        if (input.action === 'close') set.closed_at = now;
        await repo.updateItem(trx, p.district_id, p.id, set);
        if (input.action === 'fail_inspection')
          await repo.insertNote(trx, {
            district_id: p.district_id,
            id: uuidv7(),
            project_id: p.id,
            kind: 'progress',
            text: `验收未通过：${input.reason!.trim()}`,
            author_user_id: ctx.actor!.userId,
            author_label: ctx.actor!.displayName,
          });
        let score: number | null = null;
        if (input.action === 'close' && p.kind === 'livelihood' && p.unit_node_id) {
          const fresh = (await repo.findItem(trx, p.id))!;
          score = unitScore(fresh.rating_sum, fresh.rating_count);
          if (score !== null)
            await deps.performance.recordUnitScore(trx, ctx, {
              districtId: p.district_id,
              unitNodeId: p.unit_node_id,
              year: p.year,
              score,
              source: `projects.livelihood:${p.id}`,
              projectId: p.id,
              title: p.title,
            });
        }
        await audit(trx, ctx, p, `projects.${input.action}`, {
          from: p.stage,
          to: r.to,
          reason: input.reason,
          note: input.note,
          unitScore: score ?? undefined,
        });
        await core.tellOrderer(
          trx,
          p,
          {
            kind: `projects.${input.action}`,
            titleKey: 'projects.notice.stage',
            title: `您点单的项目《${p.title}》：${input.action === 'reject' ? '未采纳' : '有新进展'}`,
            params: { stage: { $t: `projects.stage.${r.to}` } },
          },
          ctx.actor!.userId,
        );
        return { stage: r.to };
      });
    },

    /** Sets the budget: public money 财政资金 and social money 社会资金 apart, in fen (optimistic version). */
    async setBudget(
      ctx: RequestContext,
      id: string,
      input: { publicFen: number; socialFen: number; socialSource: string; version: number },
    ) {
      requirePermission(ctx, 'projects.manage');
      await db.transaction().execute(async (trx) => {
        const p = await core.visible(ctx, id, trx, true);
        if (!can(ctx.actor, 'projects.manage', p.path)) throw new NotFoundError();
        if (!BUDGET_STAGES.includes(p.stage as Stage)) throw new ConflictError('projects.wrong_stage');
        if (p.version !== input.version) throw new ConflictError('error.stale');
        if (input.socialFen > 0 && !input.socialSource.trim())
          throw new InvalidError([{ field: 'socialSource', key: 'projects.social_source_required' }]);
        await repo.updateItem(trx, p.district_id, p.id, {
          public_fen: input.publicFen,
          social_fen: input.socialFen,
          social_source: input.socialSource.trim(),
        });
        await audit(trx, ctx, p, 'projects.budget', {
          publicFen: input.publicFen,
          socialFen: input.socialFen,
          before: { publicFen: p.public_fen, socialFen: p.social_fen },
        });
      });
    },

    /**
     * Rates satisfaction 1–5: a resident of the community a micro project, a deputy a chosen
     * project, once each (a repeat changes nothing and returns the rating that stands).
     */
    async rate(ctx: RequestContext, id: string, input: { score: number; comment?: string }) {
      requirePermission(ctx, 'projects.rate');
      return db.transaction().execute(async (trx) => {
        const p = await core.visible(ctx, id, trx);
        const rater = raterOf(ctx, p);
        if (!rater) throw new ForbiddenError('projects.not_a_rater');
        if (p.stage !== 'completed') throw new ConflictError('projects.not_rating', { stage: p.stage });
        const added = await repo.insertRating(trx, {
          district_id: p.district_id,
          project_id: p.id,
          rater_id: rater.raterId,
          rater_kind: rater.kind,
          by_user_id: ctx.actor!.userId,
          score: input.score,
          comment: input.comment?.trim() ?? '',
        });
        const standing = (await repo.findRating(trx, p.district_id, p.id, rater.raterId))!;
        if (added) await audit(trx, ctx, p, 'projects.rate', { score: input.score, as: rater.kind });
        return { added, score: standing.score };
      });
    },
  };
}
