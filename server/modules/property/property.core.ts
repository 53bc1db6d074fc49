/**
 * What every family of property verbs shares: the actor's reach over compounds for an action
 * (officers by subtree, staff by their company, 业委会 by their compound), finding a compound or
 * company inside it, the district's criteria (defaults until configured), and the compound as
 * pages show it.
 */
import { can, roleCan, type Actor, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import { nodeFor as platformNodeFor } from '../../platform/access/nodes.ts';
import { minimalRoots } from '../../platform/access/roots.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import type { NotifyService } from '../notify/index.ts';
import type { OrgService } from '../org/index.ts';
import * as repo from './property.repository.ts';
import type { CompoundRow, CompoundScope } from './property.repository.ts';
import { defaultCriteria, type CriteriaKind, type Criterion, type CriterionGroup } from './property.rules.ts';
import { reachedRow } from '../../platform/access/reached.ts';

/** What the property services draw on from other modules (passed in by the composition root). */
export interface PropertyDeps {
  db: Db;
  auditor: Pick<Auditor, 'append' | 'record'>;
  org: Pick<OrgService, 'partyOrgBriefs'>;
  notify: Pick<NotifyService, 'send'>;
  /** An account by username, to link staff and 业委会 accounts (accounts service). */
  actorByUsername: (username: string) => Promise<Actor | null>;
}

/** Where the actor reaches compounds for action. */
export function compoundScope(actor: Actor | null, action: string): CompoundScope {
  const out: CompoundScope = {
    userId: actor?.userId ?? '00000000-0000-0000-0000-000000000000',
    officer: [],
    staff: [],
    committee: [],
  };
  for (const g of actor?.grants ?? []) {
    if (!roleCan(g.role, action)) continue;
    if (g.role === 'property_staff') out.staff.push(g.path);
    else if (g.role === 'owners_committee') out.committee.push(g.path);
    else out.officer.push(g.path);
  }
  out.officer = minimalRoots(out.officer);
  out.staff = minimalRoots(out.staff);
  out.committee = minimalRoots(out.committee);
  return out;
}

/** True when the actor reaches this compound row for action. */
export async function reaches(db: Executor, actor: Actor | null, action: string, compoundId: string) {
  return !!(await repo.findCompound(db, compoundId, compoundScope(actor, action)));
}

export type PropertyCore = ReturnType<typeof createPropertyCore>;

/** Builds the shared part of the property service. */
export function createPropertyCore(deps: PropertyDeps) {
  const { db } = deps;

  /** A compound the actor may act on with action; 404 otherwise (and 403 with no such right anywhere). */
  async function visibleCompound(ctx: RequestContext, id: string, action: string, exec: Executor = db) {
    return reachedRow(ctx, action, 'property.read', (a) =>
      repo.findCompound(exec, id, compoundScope(ctx.actor, a)),
    );
  }

  /** A node inside the actor's scope for action (a subtree to list or a community to register on). */
  const nodeFor = (ctx: RequestContext, nodeId: string, action: string) =>
    platformNodeFor(db, ctx, nodeId, action);

  /** The district's criteria of a kind (the defaults until an officer configures them). */
  async function criteria(exec: Executor, districtId: string, kind: CriteriaKind): Promise<Criterion[]> {
    const rows = await repo.criteriaOf(exec, districtId, kind);
    if (!rows.length) return defaultCriteria(kind);
    // grp holds one of CRITERION_GROUPS: the criteria body accepts nothing else
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      grp: r.grp as CriterionGroup,
      weight: Number(r.weight),
    }));
  }

  /** Compounds as pages show them, with their 业委会 and party organisation names. */
  async function compoundViews(ctx: RequestContext, rows: CompoundRow[]) {
    if (!rows.length) return [];
    const members = await repo.committeeOf(
      db,
      rows[0].district_id,
      rows.map((r) => r.id),
    );
    const orgs = new Map(
      (await deps.org.partyOrgBriefs(rows.flatMap((r) => (r.party_org_id ? [r.party_org_id] : [])))).map(
        (o) => [o.id, o.name],
      ),
    );
    const scopes = {
      manage: compoundScope(ctx.actor, 'property.manage'),
    };
    return rows.map((r) => ({
      id: r.id,
      nodeId: r.node_id,
      nodeName: r.node_name,
      name: r.name,
      address: r.address,
      households: r.households,
      companyId: r.company_id,
      companyName: r.company_name,
      partyOrgId: r.party_org_id,
      partyOrgName: r.party_org_id ? (orgs.get(r.party_org_id) ?? null) : null,
      branchKind: r.branch_kind as 'party_branch' | 'work_branch' | 'none',
      committee: members
        .filter((m) => m.compound_id === r.id)
        .map((m) => ({
          id: m.id,
          name: m.name,
          post: m.post as 'director' | 'deputy' | 'member',
          partyMember: m.party_member,
          termEnds: m.term_ends,
        })),
      version: r.version,
      can: {
        manage: scopes.manage.officer.some((p) => r.path.startsWith(p)),
        fees: canOn(ctx.actor, 'property.fees', r),
        issues: canOn(ctx.actor, 'property.issues', r),
        meet: canOn(ctx.actor, 'property.meet', r),
        quality: canOn(ctx.actor, 'property.quality', r),
      },
    }));
  }

  /**
   * Whether the actor may do action on a compound already known to be readable: officers by path;
   * staff and committee members reach only compounds they are linked to, which a readable row
   * already is (the read scope applies the same links).
   */
  function canOn(actor: Actor | null, action: string, r: CompoundRow) {
    return can(actor, action, r.path);
  }

  /** Records a change to a company or a compound in the audit chain, inside the change's transaction. */
  const auditOf =
    (objectType: 'property_company' | 'property_compound') =>
    (
      trx: Executor,
      ctx: RequestContext,
      row: { id: string; district_id: string },
      action: string,
      detail: Record<string, unknown>,
    ) =>
      deps.auditor.append(trx, ctx, {
        action,
        objectType,
        objectId: row.id,
        districtId: row.district_id,
        detail,
      });

  return {
    visibleCompound,
    nodeFor,
    criteria,
    compoundViews,
    canOn,
    auditCompany: auditOf('property_company'),
    auditCompound: auditOf('property_compound'),
  };
}
