/**
 * What every family of project verbs shares: finding a project the actor may see (residents and
 * deputies: the public ones and their own orders; officers: all in their subtree), who the actor
 * is towards it for the state machine, telling the resident who ordered it, and the project as
 * lists show it.
 */
import { can, type Actor, type RequestContext } from '../../platform/access/access.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './projects.repository.ts';
import type { ItemRow } from './projects.repository.ts';
import {
  averageScore,
  PUBLIC_STAGES,
  type By,
  type Category,
  type Kind,
  type Stage,
} from './projects.rules.ts';

export type ProjectsCore = ReturnType<typeof createProjectsCore>;

/** Whether the actor holds a role whose grant reaches the node at path. */
export function holdsOn(actor: Actor | null, role: string, path: string): boolean {
  return !!actor?.grants.some((g) => g.role === role && path.startsWith(g.path));
}

/** Builds the shared part of the projects service. */
export function createProjectsCore(deps: { db: Db; notify: Pick<NotifyService, 'send'> }) {
  const { db } = deps;

  /** Whether the actor sees every project at path (officers), not only the public ones. */
  const seesAll = (actor: Actor | null, path: string) => can(actor, 'projects.manage', path);

  /** A project the actor may see (else 404, never 403). */
  async function visible(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
    const p = await repo.findItem(exec, id, lock);
    if (!p || !can(ctx.actor, 'projects.read', p.path)) throw new NotFoundError();
    if (
      !seesAll(ctx.actor, p.path) &&
      !PUBLIC_STAGES.includes(p.stage as Stage) &&
      p.orderer_user_id !== ctx.actor?.userId
    )
      throw new NotFoundError();
    return p;
  }

  /** Who the actor is towards a project, for the state machine. */
  function roles(ctx: RequestContext, p: ItemRow): By[] {
    const by: By[] = [];
    if (can(ctx.actor, 'projects.manage', p.path)) by.push('manage');
    if (ctx.actor && p.orderer_user_id === ctx.actor.userId) by.push('orderer');
    return by;
  }

  /** Tells the resident who ordered a project (but not the actor) of news, inside the change's transaction. */
  async function tellOrderer(
    trx: Executor,
    p: ItemRow,
    n: { kind: string; titleKey: string; title: string; params?: Record<string, unknown> },
    except: string | null,
  ) {
    if (!p.orderer_user_id || p.orderer_user_id === except) return;
    await deps.notify.send(trx, [
      {
        districtId: p.district_id,
        userId: p.orderer_user_id,
        kind: n.kind,
        title: n.title,
        titleKey: n.titleKey,
        titleParams: { title: p.title, ...n.params },
        link: `/projects/${p.id}`,
        objectType: 'projects_item',
        objectId: p.id,
      },
    ]);
  }

  /** A project as lists show it. */
  function summary(p: ItemRow) {
    return {
      id: p.id,
      districtId: p.district_id,
      nodeId: p.node_id,
      nodeName: p.node_name,
      kind: p.kind as Kind,
      year: p.year,
      title: p.title,
      category: p.category as Category,
      stage: p.stage as Stage,
      stageSince: p.stage_since.toISOString(),
      ordererLabel: p.orderer_label || null,
      publicFen: p.public_fen,
      socialFen: p.social_fen,
      unitNodeId: p.unit_node_id,
      unitName: p.unit_name,
      ballotId: p.ballot_id,
      ballotVotes: p.ballot_votes,
      progress: p.progress,
      ratings: p.rating_count,
      satisfaction: averageScore(p.rating_sum, p.rating_count),
      createdAt: p.created_at.toISOString(),
      completedAt: p.completed_at?.toISOString() ?? null,
    };
  }

  return { visible, roles, seesAll, tellOrderer, summary };
}
