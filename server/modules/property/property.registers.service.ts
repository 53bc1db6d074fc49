/**
 * The registers: property companies and the compounds 小区 they serve, each compound's 业委会 and
 * party organisation, and the accounts of staff (linked to their company) and 业委会 members (linked
 * to their compound). Typed in by hand or imported from Excel; exported to Excel.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiThisYear as thisYear } from '../../platform/time.ts';
import { compoundScope, type PropertyCore, type PropertyDeps } from './property.core.ts';
import * as repo from './property.repository.ts';
import type {
  companiesQuery,
  companyBody,
  companyPatch,
  compoundBody,
  compoundPatch,
  compoundsQuery,
  memberBody,
} from './property.schemas.ts';

/** Builds the register verbs. */
export function createRegistersService(deps: PropertyDeps & { core: PropertyCore }) {
  const { db, auditor, core } = deps;

  /** A company the actor may read; 404 otherwise. */
  async function visibleCompany(ctx: RequestContext, id: string) {
    requirePermission(ctx, 'property.read');
    const co = await repo.findCompany(db, id, compoundScope(ctx.actor, 'property.read'));
    if (!co) throw new NotFoundError();
    return co;
  }

  /** Checks a party organisation id given for a record on a node: it must hang on that node's branch of the tree. */
  async function checkPartyOrg(partyOrgId: string | null | undefined, path: string, districtId: string) {
    if (!partyOrgId) return;
    const [o] = await deps.org.partyOrgBriefs([partyOrgId]);
    if (!o || o.districtId !== districtId || !(path.startsWith(o.path) || o.path.startsWith(path)))
      throw new InvalidError([{ field: 'partyOrgId', key: 'property.party_org_outside' }]);
  }

  return {
    visibleCompany,

    /** Companies in the actor's reach, with their rating of the year. */
    async listCompanies(ctx: RequestContext, q: z.infer<typeof companiesQuery>) {
      requirePermission(ctx, 'property.read');
      const s = compoundScope(ctx.actor, 'property.read');
      const under = q.nodeId ? (await core.nodeFor(ctx, q.nodeId, 'property.read')).path : undefined;
      const rows = await repo.listCompanies(db, s, { under, q: q.q, limit: 500 });
      const year = q.year ?? thisYear();
      const ratings = new Map(
        (
          await repo.ratingsOf(
            db,
            rows.map((r) => r.id),
            year,
          )
        ).map((r) => [r.company_id, r]),
      );
      return rows.map((r) => {
        const rt = ratings.get(r.id);
        return {
          id: r.id,
          nodeId: r.node_id,
          nodeName: r.node_name,
          name: r.name,
          creditCode: r.credit_code,
          contactName: r.contact_name,
          hasPartyOrg: r.has_party_org,
          partyOrgId: r.party_org_id,
          compounds: r.compounds ?? 0,
          rating: rt
            ? {
                year: rt.year,
                total: Number(rt.total),
                stars: rt.stars,
                state: rt.state as 'scored' | 'published',
              }
            : null,
          version: r.version,
          can: {
            manage:
              can(ctx.actor, 'property.manage', r.path) &&
              compoundScope(ctx.actor, 'property.manage').officer.some((p) => r.path.startsWith(p)),
            rate: can(ctx.actor, 'property.rate', r.path),
          },
        };
      });
    },

    /** Registers a company on a node (a street or the district). */
    async createCompany(ctx: RequestContext, input: z.infer<typeof companyBody>) {
      const n = await core.nodeFor(ctx, input.nodeId, 'property.manage');
      await checkPartyOrg(input.partyOrgId, n.path, n.district_id);
      const id = uuidv7();
      return db.transaction().execute(async (trx) => {
        const made = await repo.insertCompanies(trx, [
          {
            district_id: n.district_id,
            id,
            node_id: n.id,
            name: input.name,
            credit_code: input.creditCode,
            contact_name: input.contactName,
            has_party_org: input.hasPartyOrg || !!input.partyOrgId,
            party_org_id: input.partyOrgId ?? null,
          },
        ]);
        if (!made.length)
          throw new InvalidError([{ field: 'creditCode', key: 'property.credit_code_taken' }]);
        await auditor.append(trx, ctx, {
          action: 'property.company.create',
          objectType: 'property_company',
          objectId: id,
          districtId: n.district_id,
          detail: { name: input.name, creditCode: input.creditCode, nodeId: n.id },
        });
        return { id };
      });
    },

    /** Changes a company's particulars (checked against the version read). */
    async updateCompany(ctx: RequestContext, id: string, input: z.infer<typeof companyPatch>) {
      const co = await visibleCompany(ctx, id);
      if (!can(ctx.actor, 'property.manage', co.path)) throw new NotFoundError();
      await checkPartyOrg(input.partyOrgId, co.path, co.district_id);
      await db.transaction().execute(async (trx) => {
        const ok = await repo.updateCompany(trx, co.district_id, id, input.version, {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.contactName !== undefined ? { contact_name: input.contactName } : {}),
          ...(input.hasPartyOrg !== undefined ? { has_party_org: input.hasPartyOrg } : {}),
          ...(input.partyOrgId !== undefined ? { party_org_id: input.partyOrgId } : {}),
        });
        if (!ok) throw new ConflictError('property.stale');
        await auditor.append(trx, ctx, {
          action: 'property.company.update',
          objectType: 'property_company',
          objectId: id,
          districtId: co.district_id,
          detail: { ...input },
        });
      });
      return { ok: true as const };
    },

    /** Links a property staff account (holding property_staff on a node) to the company. */
    async linkStaff(ctx: RequestContext, id: string, username: string) {
      const co = await visibleCompany(ctx, id);
      if (!can(ctx.actor, 'property.manage', co.path)) throw new NotFoundError();
      const a = await deps.actorByUsername(username);
      if (!a || !a.grants.some((g) => g.role === 'property_staff' && g.districtId === co.district_id))
        throw new InvalidError([{ field: 'username', key: 'property.not_staff' }]);
      await db.transaction().execute(async (trx) => {
        await repo.linkStaff(trx, co.district_id, co.id, a.userId);
        await core.auditCompany(trx, ctx, co, 'property.staff.link', { userId: a.userId });
      });
      return { ok: true as const };
    },

    /** Compounds in the actor's reach. */
    async listCompounds(ctx: RequestContext, q: z.infer<typeof compoundsQuery>) {
      requirePermission(ctx, 'property.read');
      const under = q.nodeId ? (await core.nodeFor(ctx, q.nodeId, 'property.read')).path : undefined;
      const rows = await repo.listCompounds(db, compoundScope(ctx.actor, 'property.read'), {
        under,
        companyId: q.companyId,
        limit: 1000,
      });
      return core.compoundViews(ctx, rows);
    },

    /** One compound. */
    async getCompound(ctx: RequestContext, id: string) {
      const c = await core.visibleCompound(ctx, id, 'property.read');
      return (await core.compoundViews(ctx, [c]))[0];
    },

    /** Registers a compound on a community, with the company serving it and its party organisation. */
    async createCompound(ctx: RequestContext, input: z.infer<typeof compoundBody>) {
      const n = await core.nodeFor(ctx, input.nodeId, 'property.manage');
      if (n.level !== 'community')
        throw new InvalidError([{ field: 'nodeId', key: 'property.community_only' }]);
      await checkPartyOrg(input.partyOrgId, n.path, n.district_id);
      if (input.companyId) {
        const co = await repo.findCompany(db, input.companyId);
        if (!co || co.district_id !== n.district_id)
          throw new InvalidError([{ field: 'companyId', key: 'property.no_company' }]);
      }
      const id = uuidv7();
      return db.transaction().execute(async (trx) => {
        const made = await repo.insertCompounds(trx, [
          {
            district_id: n.district_id,
            id,
            node_id: n.id,
            name: input.name,
            address: input.address,
            households: input.households,
            company_id: input.companyId ?? null,
            party_org_id: input.partyOrgId ?? null,
            branch_kind: input.branchKind,
          },
        ]);
        if (!made.length) throw new InvalidError([{ field: 'name', key: 'property.compound_taken' }]);
        await auditor.append(trx, ctx, {
          action: 'property.compound.create',
          objectType: 'property_compound',
          objectId: id,
          districtId: n.district_id,
          detail: { name: input.name, nodeId: n.id, companyId: input.companyId ?? null },
        });
        return { id };
      });
    },

    /** Changes a compound (its company when owners choose another, its party organisation…). */
    async updateCompound(ctx: RequestContext, id: string, input: z.infer<typeof compoundPatch>) {
      const c = await core.visibleCompound(ctx, id, 'property.manage');
      await checkPartyOrg(input.partyOrgId, c.path, c.district_id);
      if (input.companyId) {
        const co = await repo.findCompany(db, input.companyId);
        if (!co || co.district_id !== c.district_id)
          throw new InvalidError([{ field: 'companyId', key: 'property.no_company' }]);
      }
      await db.transaction().execute(async (trx) => {
        const ok = await repo.updateCompound(trx, c.district_id, id, input.version, {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.address !== undefined ? { address: input.address } : {}),
          ...(input.households !== undefined ? { households: input.households } : {}),
          ...(input.companyId !== undefined ? { company_id: input.companyId } : {}),
          ...(input.partyOrgId !== undefined ? { party_org_id: input.partyOrgId } : {}),
          ...(input.branchKind !== undefined ? { branch_kind: input.branchKind } : {}),
        });
        if (!ok) throw new ConflictError('property.stale');
        await auditor.append(trx, ctx, {
          action: 'property.compound.update',
          objectType: 'property_compound',
          objectId: id,
          districtId: c.district_id,
          detail: { ...input },
        });
      });
      return { ok: true as const };
    },

    /** Adds a 业委会 member to a compound. */
    async addMember(ctx: RequestContext, id: string, input: z.infer<typeof memberBody>) {
      const c = await core.visibleCompound(ctx, id, 'property.manage');
      const memberId = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertCommitteeMember(trx, {
          district_id: c.district_id,
          compound_id: c.id,
          id: memberId,
          name: input.name,
          post: input.post,
          party_member: input.partyMember,
          term_ends: input.termEnds ?? null,
        });
        await core.auditCompound(trx, ctx, c, 'property.committee.add', { memberId, post: input.post });
      });
      return { id: memberId };
    },

    /** Removes a 业委会 member. */
    async removeMember(ctx: RequestContext, id: string, memberId: string) {
      const c = await core.visibleCompound(ctx, id, 'property.manage');
      await db.transaction().execute(async (trx) => {
        if (!(await repo.deleteCommitteeMember(trx, c.district_id, c.id, memberId)))
          throw new NotFoundError();
        await core.auditCompound(trx, ctx, c, 'property.committee.remove', { memberId });
      });
      return { ok: true as const };
    },

    /** Links a 业委会 member's account (holding owners_committee on the compound's community or above) to the compound. */
    async linkCommittee(ctx: RequestContext, id: string, username: string) {
      const c = await core.visibleCompound(ctx, id, 'property.manage');
      const a = await deps.actorByUsername(username);
      if (!a || !a.grants.some((g) => g.role === 'owners_committee' && c.path.startsWith(g.path)))
        throw new InvalidError([{ field: 'username', key: 'property.not_committee' }]);
      await db.transaction().execute(async (trx) => {
        await repo.linkCommittee(trx, c.district_id, c.id, a.userId);
        await core.auditCompound(trx, ctx, c, 'property.committee.link', { userId: a.userId });
      });
      return { ok: true as const };
    },
  };
}
