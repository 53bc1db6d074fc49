/**
 * Party organisations with a lifetime (issue 21): a major project's headquarters party group
 * 指挥部党建组 and its temporary project branches 项目临时党支部 are set up on a date and dissolved
 * on another; and the party organisations of a subtree for other modules (no permission check).
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { can } from '../../platform/access/access.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { pinyinInitials } from '../../platform/pinyin.ts';
import * as repo from './org.repository.ts';
import {
  dissolveProblem,
  plannedEndProblem,
  TEMPORARY_PARTY_ORG_KINDS,
  type PartyOrgKind,
  type TemporaryPartyOrgKind,
} from './org.rules.ts';

/** A party organisation as other modules see it, with its lifetime. */
export interface PartyOrgBrief {
  id: string;
  districtId: string;
  nodeId: string;
  nodeName: string;
  path: string;
  parentOrgId: string | null;
  kind: PartyOrgKind;
  name: string;
  establishedOn: string | null;
  dissolvedOn: string | null;
  /** 计划撤销日期: when a temporary organisation should be dissolved. */
  plannedEnd: string | null;
}

/**
 * Adds a party organisation on a node (audited); a parent organisation, when named, must sit on the
 * node or above. A temporary organisation also records its lifetime. The new organisation's id.
 */
export async function addPartyOrg(
  trx: Executor,
  auditor: Pick<Auditor, 'append'>,
  ctx: RequestContext,
  n: { id: string; district_id: string; path: string },
  input: { kind: PartyOrgKind; name: string; parentOrgId?: string | null },
  lifetime?: { establishedOn: string; plannedEnd: string | null },
): Promise<string> {
  if (input.parentOrgId) {
    const [p] = await repo.partyOrgsById(trx, [input.parentOrgId]);
    if (!p || !n.path.startsWith(p.path))
      throw new InvalidError([{ field: 'parentOrgId', key: 'org.party_parent_outside' }]);
  }
  const id = uuidv7();
  await repo.insertPartyOrg(trx, {
    district_id: n.district_id,
    id,
    node_id: n.id,
    parent_org_id: input.parentOrgId ?? null,
    kind: input.kind,
    name: input.name,
    name_initials: pinyinInitials(input.name),
    ...(lifetime && { established_on: lifetime.establishedOn, planned_end: lifetime.plannedEnd }),
  });
  await auditor.append(trx, ctx, {
    action: 'org.party.create',
    objectType: 'party_org',
    objectId: id,
    districtId: n.district_id,
    detail: { nodeId: n.id, kind: input.kind, name: input.name, ...lifetime },
  });
  return id;
}

/** Builds the lifetime verbs of the org service. */
export function createPartyOrgLifetime(deps: { db: Db; auditor: Pick<Auditor, 'append'> }) {
  const { db, auditor } = deps;
  return {
    /** Sets up a headquarters party group or temporary project branch on a node, from a date (audited). */
    async createTemporaryPartyOrg(
      ctx: RequestContext,
      input: {
        nodeId: string;
        kind: TemporaryPartyOrgKind;
        name: string;
        establishedOn: string;
        plannedEnd?: string | null;
        parentOrgId?: string | null;
      },
    ) {
      requirePermission(ctx, 'org.party.write');
      const early = plannedEndProblem(input.establishedOn, input.plannedEnd);
      if (early) throw new InvalidError([{ field: 'plannedEnd', key: early }]);
      return db.transaction().execute(async (trx) => {
        const n = await repo.findNode(trx, input.nodeId);
        if (!n || !can(ctx.actor, 'org.party.write', n.path)) throw new NotFoundError();
        const id = await addPartyOrg(trx, auditor, ctx, n, input, {
          establishedOn: input.establishedOn,
          plannedEnd: input.plannedEnd ?? null,
        });
        return { id };
      });
    },

    /** Renames a temporary organisation and sets or clears its planned end (audited, versioned). */
    async editTemporaryPartyOrg(
      ctx: RequestContext,
      id: string,
      input: { name: string; plannedEnd: string | null; version: number },
    ) {
      requirePermission(ctx, 'org.party.write');
      return db.transaction().execute(async (trx) => {
        const [o] = await repo.partyOrgsById(trx, [id]);
        if (!o || !can(ctx.actor, 'org.party.write', o.path)) throw new NotFoundError();
        if (!(TEMPORARY_PARTY_ORG_KINDS as readonly string[]).includes(o.kind))
          throw new ConflictError('org.party_not_temporary');
        if (o.dissolved_on) throw new ConflictError('org.party_dissolved');
        const early = plannedEndProblem(o.established_on, input.plannedEnd);
        if (early) throw new InvalidError([{ field: 'plannedEnd', key: early }]);
        const done = await repo.updateTemporaryPartyOrg(trx, {
          district_id: o.district_id,
          id,
          name: input.name,
          name_initials: pinyinInitials(input.name),
          planned_end: input.plannedEnd,
          version: input.version,
        });
        if (!done) throw new ConflictError('error.stale');
        await auditor.append(trx, ctx, {
          action: 'org.party.edit',
          objectType: 'party_org',
          objectId: id,
          districtId: o.district_id,
          detail: {
            before: { name: o.name, plannedEnd: o.planned_end },
            after: { name: input.name, plannedEnd: input.plannedEnd },
          },
        });
        return { version: input.version + 1 };
      });
    },

    /** Dissolves a temporary party organisation on a date, checking the version the client saw (audited). */
    async dissolvePartyOrg(ctx: RequestContext, id: string, input: { dissolvedOn: string; version: number }) {
      requirePermission(ctx, 'org.party.write');
      return db.transaction().execute(async (trx) => {
        const [o] = await repo.partyOrgsById(trx, [id]);
        if (!o || !can(ctx.actor, 'org.party.write', o.path)) throw new NotFoundError();
        const problem = dissolveProblem(o, input.dissolvedOn);
        if (problem === 'org.party_dissolve_early')
          throw new InvalidError([{ field: 'dissolvedOn', key: problem }]);
        if (problem) throw new ConflictError(problem);
        const done = await repo.dissolvePartyOrg(trx, {
          district_id: o.district_id,
          id,
          dissolved_on: input.dissolvedOn,
          version: input.version,
        });
        if (!done) throw new ConflictError('error.stale');
        await auditor.append(trx, ctx, {
          action: 'org.party.dissolve',
          objectType: 'party_org',
          objectId: id,
          districtId: o.district_id,
          detail: { dissolvedOn: input.dissolvedOn },
        });
        return { version: input.version + 1 };
      });
    },

    /**
     * All party organisations of a subtree (path order), with their lifetime, for other modules'
     * figures and checks (a district holds thousands: none is left out). No permission check:
     * callers decide what the actor may see. Only those of some kinds when kinds are named.
     */
    async partyOrgsUnder(path: string, kinds?: readonly PartyOrgKind[]): Promise<PartyOrgBrief[]> {
      const rows = await repo.partyOrgsOn(db, { underPath: path }, 'all', kinds);
      return rows.map((r) => ({
        id: r.id,
        districtId: r.district_id,
        nodeId: r.node_id,
        nodeName: r.node_name,
        path: r.path,
        parentOrgId: r.parent_org_id,
        kind: r.kind as PartyOrgKind,
        name: r.name,
        establishedOn: r.established_on,
        dissolvedOn: r.dissolved_on,
        plannedEnd: r.planned_end,
      }));
    },

    /**
     * How many party organisations of a subtree are not dissolved, leaving out the ids in except
     * (a module's figure, e.g. those not yet graded, counted without reading them). No permission check.
     */
    async livePartyOrgCount(path: string, except: string[] = []): Promise<number> {
      return repo.countLivePartyOrgsUnder(db, path, except);
    },
  };
}
