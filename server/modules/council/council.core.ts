/**
 * What every family of council verbs shares: finding a topic or council in the actor's scope,
 * who the actor speaks as (themselves, a child they are guardian of, or an officer), labels that
 * never show a real name, notices to a topic's followers, and the topic as lists show it.
 */
import { can, type Actor, type RequestContext } from '../../platform/access/access.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { NotifyService } from '../notify/index.ts';
import type { ClaimService } from '../people/index.ts';
import * as repo from './council.repository.ts';
import * as bodiesRepo from './council.bodies.repository.ts';
import * as contributionsRepo from './council.contributions.repository.ts';
import type { BodyRow } from './council.bodies.repository.ts';
import type { TopicRow } from './council.repository.ts';
import { bodyName, type BodyKind, type Category, type Stage } from './council.rules.ts';

export type CouncilCore = ReturnType<typeof createCouncilCore>;

/** Who a contribution is from: a person (or none, for an officer) and the label shown. */
export interface Speaker {
  personId: string | null;
  label: string;
}

/** Builds the shared part of the council service. */
export function createCouncilCore(deps: {
  db: Db;
  claims: Pick<ClaimService, 'guardedAmong'>;
  notify: Pick<NotifyService, 'send'>;
}) {
  const { db } = deps;

  /** A topic the actor may act on with action; hidden ones only for moderators and the author. */
  async function visibleTopic(
    ctx: RequestContext,
    id: string,
    action: string,
    exec: Executor = db,
    lock = false,
  ) {
    const t = await repo.findTopic(exec, id, lock);
    if (!t || !can(ctx.actor, action, t.path)) throw new NotFoundError();
    if (t.hidden_at && !can(ctx.actor, 'council.moderate', t.path) && t.author_user_id !== ctx.actor?.userId)
      throw new NotFoundError();
    return t;
  }

  /** A council the actor may act on with action. */
  async function visibleBody(ctx: RequestContext, id: string, action: string) {
    const b = await bodiesRepo.findBody(db, id);
    if (!b || !can(ctx.actor, action, b.path)) throw new NotFoundError();
    return b;
  }

  /** The council of a kind on a node the actor may act on, made on first use. */
  async function bodyFor(
    trx: Executor,
    ctx: RequestContext,
    nodeId: string,
    kind: BodyKind,
    action: string,
    name?: string,
  ) {
    const node = await repo.findNode(trx, nodeId);
    if (!node || !can(ctx.actor, action, node.path)) throw new NotFoundError();
    let b = await bodiesRepo.findBodyOfNode(trx, node.district_id, node.id, kind);
    if (!b) {
      await bodiesRepo.insertBody(trx, {
        districtId: node.district_id,
        id: uuidv7(),
        nodeId: node.id,
        kind,
        name: bodyName(node.name, kind, name),
      });
      b = await bodiesRepo.findBodyOfNode(trx, node.district_id, node.id, kind);
    }
    return b!;
  }

  /** A node the actor may act on with action (404 otherwise), and its council of a kind if made. */
  async function bodyOfNode(
    trx: Executor,
    ctx: RequestContext,
    nodeId: string,
    kind: BodyKind,
    action: string,
  ) {
    const node = await repo.findNode(trx, nodeId);
    if (!node || !can(ctx.actor, action, node.path)) throw new NotFoundError();
    return { node, body: await bodiesRepo.findBodyOfNode(trx, node.district_id, node.id, kind) };
  }

  /** How an officer is shown (the role, never a resident's name). */
  const officerLabel = (actor: Actor) => `社区工作人员·${actor.displayName}`;

  /** The persons the actor may speak as in a council: themself, or the child members they guard. */
  async function actAs(actor: Actor | null, body: BodyRow): Promise<{ personId: string; label: string }[]> {
    if (!actor) return [];
    if (body.kind !== 'children')
      return actor.personId ? [{ personId: actor.personId, label: actor.displayName }] : [];
    if (!actor.personId) return [];
    const children = (await bodiesRepo.findMembers(db, body.district_id, body.id)).filter(
      (m) => m.role === 'child',
    );
    const guarded = await deps.claims.guardedAmong(
      body.district_id,
      actor.personId,
      children.map((c) => c.person_id),
    );
    return children
      .filter((c) => guarded.has(c.person_id))
      .map((c) => ({ personId: c.person_id, label: c.alias }));
  }

  /**
   * Who a contribution is from. Residents speak as themselves (verified), guardians as a child
   * member in a children's council, officers who run the council as themselves.
   */
  async function speaker(ctx: RequestContext, body: BodyRow, asPersonId?: string): Promise<Speaker> {
    const actor = ctx.actor!;
    const options = await actAs(actor, body);
    if (asPersonId) {
      const o = options.find((x) => x.personId === asPersonId);
      if (!o) throw new ForbiddenError('council.not_yours_to_speak');
      return o;
    }
    if (body.kind !== 'children' && options.length) return options[0];
    if (can(actor, 'council.manage', body.path)) return { personId: null, label: officerLabel(actor) };
    if (body.kind === 'children') throw new ForbiddenError('council.children_only');
    throw new ConflictError('residents.verify_first');
  }

  /** Tells a topic's followers (but the actor) of news, inside the change's transaction. */
  async function tellFollowers(
    trx: Executor,
    t: TopicRow,
    n: { kind: string; titleKey: string; title: string; params?: Record<string, unknown> },
    except: string | null,
  ) {
    const users = await contributionsRepo.followersOf(trx, t.district_id, t.id, except);
    if (users.length === 0) return;
    await deps.notify.send(
      trx,
      users.map((userId) => ({
        districtId: t.district_id,
        userId,
        kind: n.kind,
        title: n.title,
        titleKey: n.titleKey,
        titleParams: { title: t.title, ...n.params },
        link: `/council/topics/${t.id}`,
        objectType: 'council_topic',
        objectId: t.id,
      })),
    );
  }

  /** A topic as lists show it. */
  function summary(t: TopicRow, following: boolean, now = new Date()) {
    return {
      id: t.id,
      bodyId: t.body_id,
      bodyKind: t.body_kind as BodyKind,
      nodeId: t.node_id,
      nodeName: t.node_name,
      title: t.title,
      category: t.category as Category,
      stage: t.stage as Stage,
      stageSince: t.stage_since.toISOString(),
      stageDueAt: t.stage_due_at?.toISOString() ?? null,
      overdue:
        !!t.stage_due_at &&
        t.stage_due_at < now &&
        ['raise', 'ideas', 'plan', 'floor', 'convention'].includes(t.stage),
      authorLabel: t.author_label,
      supports: t.supports,
      ideas: t.idea_count,
      outcome: t.outcome as 'adopted' | 'not_adopted' | null,
      progress: t.progress,
      hidden: !!t.hidden_at,
      following,
      createdAt: t.created_at.toISOString(),
      newsAt: t.news_at.toISOString(),
    };
  }

  return {
    visibleTopic,
    visibleBody,
    bodyFor,
    bodyOfNode,
    actAs,
    speaker,
    tellFollowers,
    summary,
    officerLabel,
  };
}
