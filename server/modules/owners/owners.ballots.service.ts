/**
 * Ballots of an assembly: an owner votes online through the resident account linked to them (while
 * the assembly is open, with an Idempotency-Key from phones); an officer enters an owner's paper
 * ballot, which counts only once a second officer confirms it (two-person rule). Each ballot carries
 * the owner's area when cast (all their units), and counts once by head. A ballot may be changed
 * until the close: the last one counts, the change is audited with the ballot it replaced.
 *
 * 委托投票: an officer records an owner's written authorisation of another person for one assembly
 * (who, the scan's reference or a note); a proxy holds at most PROXY_LIMIT in an assembly. The
 * proxy's ballot (entered on paper, byProxy) is the principal's: their area and head. A principal
 * who votes in person voids the authorisation, and their ballot replaces the proxy's.
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { assemblyFor, today, type OwnersDeps } from './owners.core.ts';
import * as repo from './owners.repository.ts';
import * as proxiesRepo from './owners.proxies.repository.ts';
import { PROXY_LIMIT, proxyKey, type Choice, type MatterKind } from './owners.rules.ts';
import type { paperBody, proxyBody, voteBody } from './owners.schemas.ts';

/** Builds the ballot verbs. */
export function createBallotsService(deps: OwnersDeps) {
  const { db, auditor } = deps;

  /** 409 unless the assembly takes ballots today. */
  function mustBeOpen(a: repo.AssemblyRow) {
    if (a.state !== 'open') throw new ConflictError('owners.closed');
    if (today() < a.opens_on) throw new ConflictError('owners.not_yet_open');
  }

  /** An owner of the assembly's compound, 404 otherwise. */
  async function ownerOf(trx: Executor, a: repo.AssemblyRow, ownerId: string) {
    const o = await repo.findOwner(trx, ownerId);
    if (!o || o.district_id !== a.district_id || o.compound_id !== a.compound_id) throw new NotFoundError();
    return o;
  }

  /**
   * Stores (or changes) a ballot for an owner of the assembly's compound while it is open; byProxy
   * casts it under the owner's active authorisation, otherwise the owner votes in person and voids it.
   */
  async function cast(
    trx: Executor,
    ctx: RequestContext,
    a: repo.AssemblyRow,
    ownerId: string,
    choices: Choice[],
    channel: 'online' | 'paper',
    byProxy = false,
  ) {
    mustBeOpen(a);
    const o = await ownerOf(trx, a, ownerId);
    const matters = await repo.mattersOf(trx, a.district_id, a.id);
    if (choices.length !== matters.length)
      throw new InvalidError([
        { field: 'choices', key: 'owners.choices_count', params: { n: matters.length } },
      ]);
    const area = await repo.ownerArea(trx, a.district_id, o.id);
    if (area === 0) throw new InvalidError([{ field: 'ownerId', key: 'owners.no_units' }]);
    const [before, proxy] = await Promise.all([
      repo.findBallot(trx, a.district_id, a.id, o.id),
      proxiesRepo.activeProxy(trx, a.district_id, a.id, o.id),
    ]);
    if (byProxy) {
      if (!proxy) throw new ConflictError(before ? 'owners.principal_voted' : 'owners.no_proxy');
    } else if (proxy) {
      await proxiesRepo.voidProxy(trx, a.district_id, a.id, o.id);
      await auditor.append(trx, ctx, {
        action: 'owners.proxy.void',
        objectType: 'owners_assembly',
        objectId: a.id,
        districtId: a.district_id,
        detail: { owner: o.id, proxy: proxy.proxy_name },
      });
    }
    const row = {
      district_id: a.district_id,
      assembly_id: a.id,
      owner_id: o.id,
      channel,
      choices,
      area_x100: area,
      entered_by: ctx.actor!.userId,
      proxy_name: byProxy ? proxy!.proxy_name : null,
    };
    if (before) await repo.replaceBallot(trx, row);
    else if (!(await repo.insertBallot(trx, row))) throw new ConflictError('owners.stale');
    await auditor.append(trx, ctx, {
      action: before ? 'owners.ballot.change' : `owners.ballot.${channel}`,
      objectType: 'owners_assembly',
      objectId: a.id,
      districtId: a.district_id,
      detail: {
        owner: o.id,
        area,
        channel,
        choices,
        ...(byProxy ? { proxy: proxy!.proxy_name } : {}),
        ...(before
          ? { before: { channel: before.channel, choices: before.choices, proxy: before.proxy_name } }
          : {}),
      },
    });
    return o;
  }

  return {
    /** The assemblies open now in which the resident's linked owners may vote. */
    async mine(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'owners.vote');
      const rows = await repo.openForUser(db, actor.userId, today());
      const items = [];
      for (const r of rows) {
        const a = await repo.findAssembly(db, r.id);
        const matters = a ? await repo.mattersOf(db, a.district_id, a.id) : [];
        items.push({
          assemblyId: r.id,
          title: r.title,
          closesOn: r.closes_on,
          ownerId: r.owner_id,
          ownerName: r.owner_name,
          voted: r.voted,
          matters: matters.map((m) => ({ seq: m.seq, title: m.title, kind: m.kind as MatterKind })),
        });
      }
      return { items };
    },

    /** An owner's online ballot through their linked resident account. */
    async vote(ctx: RequestContext, id: string, b: z.infer<typeof voteBody>, key?: string) {
      const actor = requirePermission(ctx, 'owners.vote');
      return db.transaction().execute(async (trx) => {
        const a = await assemblyFor(deps, trx, ctx, id, 'owners.vote', true);
        const mine = await repo.ownersOfUser(trx, actor.userId, a.district_id, a.compound_id);
        if (!mine.some((o) => o.id === b.ownerId)) throw new NotFoundError();
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key, payload: { id, ...b } },
          async () => {
            await cast(trx, ctx, a, b.ownerId, b.choices, 'online');
            return { ok: true as const };
          },
        );
        return result;
      });
    },

    /** An officer enters an owner's (or their proxy's) paper ballot; it waits for a second officer. */
    async paper(ctx: RequestContext, id: string, b: z.infer<typeof paperBody>) {
      await db.transaction().execute(async (trx) => {
        const a = await assemblyFor(deps, trx, ctx, id, 'owners.assembly', true);
        await cast(trx, ctx, a, b.ownerId, b.choices, 'paper', b.byProxy ?? false);
      });
      return { ok: true as const };
    },

    /**
     * Records an owner's written authorisation of a proxy for the assembly (under the assembly's row
     * lock, so two officers cannot both give a proxy the last place).
     */
    async addProxy(ctx: RequestContext, id: string, b: z.infer<typeof proxyBody>) {
      await db.transaction().execute(async (trx) => {
        const a = await assemblyFor(deps, trx, ctx, id, 'owners.assembly', true);
        mustBeOpen(a);
        const o = await ownerOf(trx, a, b.principalId);
        if (b.proxyOwnerId === o.id)
          throw new InvalidError([{ field: 'proxyOwnerId', key: 'owners.proxy_self' }]);
        if (b.proxyOwnerId) {
          const p = await repo.findOwner(trx, b.proxyOwnerId);
          if (!p || p.district_id !== a.district_id || p.compound_id !== a.compound_id)
            throw new InvalidError([{ field: 'proxyOwnerId', key: 'owners.proxy_not_owner' }]);
        }
        if (await repo.findBallot(trx, a.district_id, a.id, o.id))
          throw new ConflictError('owners.principal_voted');
        const key = proxyKey(b.proxyOwnerId, b.proxyName);
        if ((await proxiesRepo.proxiesHeld(trx, a.district_id, a.id, key)) >= PROXY_LIMIT)
          throw new ConflictError('owners.proxy_full', { n: PROXY_LIMIT });
        const stored = await proxiesRepo.insertProxy(trx, {
          district_id: a.district_id,
          assembly_id: a.id,
          principal_id: o.id,
          proxy_name: b.proxyName,
          proxy_owner_id: b.proxyOwnerId ?? null,
          proxy_key: key,
          document: b.document,
          recorded_by: ctx.actor!.userId,
        });
        if (!stored) throw new ConflictError('owners.proxy_exists');
        await auditor.append(trx, ctx, {
          action: 'owners.proxy.add',
          objectType: 'owners_assembly',
          objectId: a.id,
          districtId: a.district_id,
          detail: {
            owner: o.id,
            proxy: b.proxyName,
            proxyOwner: b.proxyOwnerId ?? null,
            document: b.document,
          },
        });
      });
      return { ok: true as const };
    },

    /** A second officer confirms a paper ballot entered by another (never their own). */
    async confirm(ctx: RequestContext, id: string, ownerId: string) {
      const actor = requirePermission(ctx, 'owners.assembly');
      await db.transaction().execute(async (trx) => {
        const a = await assemblyFor(deps, trx, ctx, id, 'owners.assembly', true);
        if (a.state !== 'open') throw new ConflictError('owners.closed');
        const b = (await repo.ballotsOf(trx, a.district_id, a.id)).find((x) => x.owner_id === ownerId);
        if (!b || b.channel !== 'paper' || b.confirmed_by)
          throw new ConflictError('owners.nothing_to_confirm');
        if (b.entered_by === actor.userId)
          throw new InvalidError([{ field: 'ownerId', key: 'owners.same_officer' }]);
        if (!(await repo.confirmBallot(trx, a.district_id, a.id, ownerId, actor.userId)))
          throw new ConflictError('owners.nothing_to_confirm');
        await auditor.append(trx, ctx, {
          action: 'owners.ballot.confirm',
          objectType: 'owners_assembly',
          objectId: a.id,
          districtId: a.district_id,
          detail: { owner: ownerId, enteredBy: b.entered_by },
        });
      });
      return { ok: true as const };
    },
  };
}
