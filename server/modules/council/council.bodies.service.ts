/**
 * Councils and their members: the residents' council 居民议事厅 with its members (chair, members),
 * the children's council 儿童议事会 whose child members 童议员 a guardian enrols (with the consent
 * recorded when the child was linked) and who are shown by alias only; and who may vote in the
 * council's votes, registered with the votes module.
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { fullNamesOf, type ClaimService } from '../people/index.ts';
import type { VoteOutcome, VoteScope, VotesService } from '../votes/index.ts';
import type { CouncilCore } from './council.core.ts';
import * as bodiesRepo from './council.bodies.repository.ts';
import { BODY_KINDS, type BodyKind } from './council.rules.ts';

/** Builds the council and member verbs. */
export function createBodiesService(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  core: CouncilCore;
  claims: Pick<
    ClaimService,
    'residentsAmongUnder' | 'countResidentsUnder' | 'maskedNames' | 'guardedAmong' | 'childrenOf' | 'claimOf'
  >;
}) {
  const { db, auditor, core, claims } = deps;

  async function view(ctx: RequestContext, b: bodiesRepo.BodyRow) {
    const manage = can(ctx.actor, 'council.manage', b.path);
    const [members, figures] = await Promise.all([
      bodiesRepo.findMembers(db, b.district_id, b.id),
      bodiesRepo.bodyFigures(db, b.district_id, b.id),
    ]);
    let myChildren: { personId: string; name: string; member: boolean }[] = [];
    const actor = ctx.actor;
    if (b.kind === 'children' && actor?.personId) {
      const claim = await claims.claimOf(actor.userId);
      if (claim && claim.districtId === b.district_id) {
        const kids = await claims.childrenOf(claim.districtId, claim.personId);
        const memberIds = new Set(members.map((m) => m.person_id));
        myChildren = kids.map((k) => ({
          personId: k.personId,
          name: k.name,
          member: memberIds.has(k.personId),
        }));
      }
    }
    return {
      id: b.id,
      districtId: b.district_id,
      nodeId: b.node_id,
      nodeName: b.node_name,
      kind: b.kind as BodyKind,
      name: b.name,
      members: members.map((m) => ({
        personId: manage && m.role !== 'child' ? m.person_id : null,
        alias: m.alias,
        role: m.role as 'chair' | 'member' | 'child',
        joinedAt: m.joined_at.toISOString(),
      })),
      figures,
      myChildren,
      can: {
        manage,
        enrol:
          b.kind === 'children' &&
          can(ctx.actor, 'council.participate', b.path) &&
          myChildren.some((c) => !c.member),
      },
    };
  }

  return {
    /** The councils on nodes in the actor's scope. */
    async listBodies(ctx: RequestContext, q: { nodeId?: string; kind?: BodyKind }) {
      const actor = requirePermission(ctx, 'council.read');
      const rows = await bodiesRepo.findBodies(
        db,
        nodeInPaths('b.node_id', scopePaths(actor, 'council.read')),
        q.nodeId,
        q.kind,
      );
      const out = [];
      for (const b of rows) out.push(await view(ctx, b));
      return out;
    },

    /** A council with its members (children by alias) and figures. */
    async getBody(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'council.read');
      return view(ctx, await core.visibleBody(ctx, id, 'council.read'));
    },

    /**
     * Figures per kind of council on nodes in the actor's scope (under a node when given): how many
     * councils, present members, topics raised and meetings held; every kind listed, zeros included.
     */
    async kindFigures(ctx: RequestContext, q: { nodeId?: string }) {
      const actor = requirePermission(ctx, 'council.read');
      let paths = scopePaths(actor, 'council.read');
      if (q.nodeId) {
        paths = [(await core.bodyOfNode(db, ctx, q.nodeId, 'residents', 'council.read')).node.path];
      }
      const rows = await bodiesRepo.kindFigures(db, nodeInPaths('b.node_id', paths));
      return BODY_KINDS.map((kind) => {
        const r = rows.find((x) => x.kind === kind);
        return {
          kind,
          bodies: r?.bodies ?? 0,
          members: r?.members ?? 0,
          topics: r?.topics ?? 0,
          meetings: r?.meetings ?? 0,
        };
      });
    },

    /** Sets up a council of a kind on a node (once per kind), named as given or after the node and kind. */
    async createBody(ctx: RequestContext, input: { nodeId: string; kind: BodyKind; name?: string }) {
      requirePermission(ctx, 'council.manage');
      const b = await db.transaction().execute(async (trx) => {
        const { body: existing } = await core.bodyOfNode(
          trx,
          ctx,
          input.nodeId,
          input.kind,
          'council.manage',
        );
        if (existing) throw new ConflictError('council.body_exists');
        const made = await core.bodyFor(trx, ctx, input.nodeId, input.kind, 'council.manage', input.name);
        await auditor.append(trx, ctx, {
          action: 'council.body.create',
          objectType: 'council_body',
          objectId: made.id,
          districtId: made.district_id,
          detail: { kind: input.kind, name: made.name },
        });
        return made;
      });
      return view(ctx, b);
    },

    /** Appoints a registered resident of the council's area as chair or member (residents' council). */
    async addMember(
      ctx: RequestContext,
      bodyId: string,
      input: { personId: string; role: 'chair' | 'member' },
    ) {
      requirePermission(ctx, 'council.manage');
      const b = await core.visibleBody(ctx, bodyId, 'council.manage');
      if (b.kind === 'children') throw new ConflictError('council.children_by_guardians');
      const ok = await claims.residentsAmongUnder(b.district_id, [input.personId], b.path);
      if (!ok.has(input.personId))
        throw new InvalidError([{ field: 'personId', key: 'council.not_a_resident' }]);
      const alias = (await claims.maskedNames(b.district_id, [input.personId])).get(input.personId) ?? '居民';
      await db.transaction().execute(async (trx) => {
        await bodiesRepo.upsertMember(trx, {
          districtId: b.district_id,
          bodyId: b.id,
          personId: input.personId,
          role: input.role,
          alias,
          guardianId: null,
        });
        await auditor.append(trx, ctx, {
          action: 'council.member.add',
          objectType: 'council_body',
          objectId: b.id,
          districtId: b.district_id,
          detail: { personId: input.personId, role: input.role },
        });
      });
      return view(ctx, b);
    },

    /**
     * A guardian enrols a linked child in the children's council as 童议员 N (the number is all
     * anyone sees).
     */
    async enrolChild(ctx: RequestContext, bodyId: string, input: { childId: string }) {
      const actor = requirePermission(ctx, 'council.participate');
      const b = await core.visibleBody(ctx, bodyId, 'council.participate');
      if (b.kind !== 'children') throw new ConflictError('council.not_children');
      if (!actor.personId) throw new ConflictError('residents.verify_first');
      const guarded = await claims.guardedAmong(b.district_id, actor.personId, [input.childId]);
      if (!guarded.has(input.childId)) throw new ForbiddenError('residents.child.unknown');
      const lives = await claims.residentsAmongUnder(b.district_id, [input.childId], b.path);
      if (!lives.has(input.childId))
        throw new InvalidError([{ field: 'childId', key: 'council.not_a_resident' }]);
      const m = await db.transaction().execute(async (trx) => {
        const made = await bodiesRepo.upsertMember(trx, {
          districtId: b.district_id,
          bodyId: b.id,
          personId: input.childId,
          role: 'child',
          alias: '童议员{n}',
          guardianId: actor.personId,
        });
        await auditor.append(trx, ctx, {
          action: 'council.child.enrol',
          objectType: 'council_body',
          objectId: b.id,
          districtId: b.district_id,
          detail: { seq: made.seq },
        });
        return made;
      });
      return { alias: m.alias };
    },

    /** A member leaves (an officer removes anyone; a guardian their child). */
    async removeMember(ctx: RequestContext, bodyId: string, personId: string) {
      const actor = requirePermission(ctx, 'council.participate');
      const b = await core.visibleBody(ctx, bodyId, 'council.participate');
      const manage = can(actor, 'council.manage', b.path);
      if (!manage) {
        const guarded = actor.personId
          ? await claims.guardedAmong(b.district_id, actor.personId, [personId])
          : new Set();
        if (!guarded.has(personId)) throw new ForbiddenError();
      }
      await db.transaction().execute(async (trx) => {
        if (!(await bodiesRepo.endMember(trx, b.district_id, b.id, personId))) throw new NotFoundError();
        await auditor.append(trx, ctx, {
          action: 'council.member.remove',
          objectType: 'council_body',
          objectId: b.id,
          districtId: b.district_id,
          detail: manage ? { personId } : {},
        });
      });
    },

    /** Registers who may vote in the council's votes: residents, members, or child members (guardians vote for them). */
    registerVoteKinds(
      votes: Pick<VotesService, 'registerKind'>,
      decided: (trx: Executor, vote: VoteScope, outcome: VoteOutcome) => Promise<void>,
    ) {
      const href = (v: VoteScope) => `/council/topics/${v.ownerRef}`;
      const bodyOf = (v: VoteScope) => String(v.params.bodyId);
      votes.registerKind('council.residents', {
        async votersFor(actor, v) {
          const resident = actor.grants.some((g) => g.role === 'resident' && v.nodePath.startsWith(g.path));
          return resident && actor.personId ? [{ id: actor.personId, label: actor.displayName }] : [];
        },
        countEligible: (v) => claims.countResidentsUnder(v.districtId, v.nodePath),
        eligibleAmong: (v, ids) => claims.residentsAmongUnder(v.districtId, ids, v.nodePath),
        // an open (记名) vote of the residents' council is a named record: the register's names
        voterNames: (v, ids) => fullNamesOf(db, v.districtId, ids),
        onClosed: decided,
        href,
      });
      votes.registerKind('council.members', {
        async votersFor(actor, v) {
          if (!actor.personId) return [];
          const m = await bodiesRepo.membersAmong(db, v.districtId, bodyOf(v), [actor.personId]);
          return m.filter((x) => x.role !== 'child').map((x) => ({ id: actor.personId!, label: x.alias }));
        },
        countEligible: (v) => bodiesRepo.countMembers(db, v.districtId, bodyOf(v), ['chair', 'member']),
        async eligibleAmong(v, ids) {
          const m = await bodiesRepo.membersAmong(db, v.districtId, bodyOf(v), ids);
          return new Set(m.filter((x) => x.role !== 'child').map((x) => x.person_id));
        },
        voterNames: (v, ids) => fullNamesOf(db, v.districtId, ids),
        onClosed: decided,
        href,
      });
      votes.registerKind('council.children', {
        async votersFor(actor, v) {
          const b = await bodiesRepo.findBody(db, bodyOf(v));
          if (!b) return [];
          return (await core.actAs(actor, b)).map((a) => ({ id: a.personId, label: a.label }));
        },
        countEligible: (v) => bodiesRepo.countMembers(db, v.districtId, bodyOf(v), ['child']),
        async eligibleAmong(v, ids) {
          const m = await bodiesRepo.membersAmong(db, v.districtId, bodyOf(v), ids);
          return new Set(m.filter((x) => x.role === 'child').map((x) => x.person_id));
        },
        // no voterNames: children are minors, and no export names them (未成年人个人信息), open vote or not
        onClosed: decided,
        href,
      });
    },
  };
}
