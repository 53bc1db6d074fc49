/**
 * 社会组织总部基地 and the 四联平台 (seed 003 福田): a base registered on a street or the district
 * (an incubation base of the 1+2+4 matrix or a headquarters base), the organisations settled in it
 * for a term, and its records under the four links 联建 联调 联管 联服, each an activity with the
 * organisations that took part.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { today, yearRange, type SupportDeps } from './socialorgs.support.core.ts';
import * as repo from './socialorgs.support.repository.ts';
import { settlementEnding, termProblem, termRuns, type Link } from './socialorgs.support.rules.ts';
import type {
  baseBody,
  baseList,
  baseRow,
  baseView,
  linkBody,
  settlementBody,
} from './socialorgs.support.schemas.ts';

const MANAGE = 'socialorgs.base.manage';
/** A settlement is a term of up to five years. */
const MAX_SETTLEMENT_DAYS = 5 * 366;

/** Builds the base and four-link verbs. */
export function createBaseService(deps: SupportDeps) {
  const { db, auditor } = deps;

  const row = (b: repo.BaseRow): z.infer<typeof baseRow> => ({
    id: b.id,
    nodeId: b.node_id,
    nodeName: b.node_name,
    name: b.name,
    kind: b.kind as 'incubation',
    address: b.address,
    settled: b.settled,
    links: { build: b.build, mediate: b.mediate, manage: b.manage, serve: b.serve },
  });

  const baseFor = (ctx: RequestContext, id: string, action: string, year = Number(today().slice(0, 4))) => {
    const { from, to } = yearRange(year);
    return rowFor(ctx, action, () => repo.findBase(db, id, today(), from, to));
  };

  /** The organisations of ids, each in the district and under the base's node; 422 otherwise. */
  async function orgsUnderBase(b: repo.BaseRow, ids: readonly string[], field: string) {
    for (const id of ids) {
      const o = await repo.findOrgPlace(db, b.district_id, id);
      if (!o || !o.path.startsWith(b.path))
        throw new InvalidError([{ field, key: 'socialorgs.support.outside' }]);
    }
  }

  const audit = (
    ctx: RequestContext,
    trx: Parameters<typeof auditor.append>[0],
    b: repo.BaseRow,
    action: string,
    detail: object,
  ) =>
    auditor.append(trx, ctx, {
      action,
      objectType: 'socialorgs_base',
      objectId: b.id,
      districtId: b.district_id,
      detail: { ...detail },
    });

  return {
    /** Bases on nodes in scope with the organisations settled today and the year's records per link. */
    async listBases(
      ctx: RequestContext,
      q: { nodeId?: string; year?: number },
    ): Promise<z.infer<typeof baseList>> {
      const paths = await readRoots(db, ctx, 'socialorgs.read', q.nodeId);
      const { from, to } = yearRange(q.year ?? Number(today().slice(0, 4)));
      const rows = await repo.findBases(db, nodeInPaths('b.node_id', paths), today(), from, to);
      return { items: rows.map(row), can: { manage: scopePaths(ctx.actor, MANAGE).length > 0 } };
    },

    /** Registers a base on a street or the district. */
    async createBase(ctx: RequestContext, b: z.infer<typeof baseBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, MANAGE);
      if (n.level !== 'street' && n.level !== 'district' && n.level !== 'community')
        throw new InvalidError([{ field: 'nodeId', key: 'socialorgs.support.outside' }]);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        const ok = await repo.insertBase(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          name: b.name,
          kind: b.kind,
          address: b.address,
        });
        if (!ok) throw new InvalidError([{ field: 'name', key: 'socialorgs.support.name_taken' }]);
        await auditor.append(trx, ctx, {
          action: 'socialorgs.base.add',
          objectType: 'socialorgs_base',
          objectId: id,
          districtId: n.district_id,
          detail: { name: b.name, kind: b.kind },
        });
      });
      return { id };
    },

    /** One base: its settlements, the year's four-link records, instructors sent to it. */
    async getBase(ctx: RequestContext, id: string, year?: number): Promise<z.infer<typeof baseView>> {
      const b = await baseFor(ctx, id, 'socialorgs.read', year);
      const d = today();
      const [settlements, records, instructors, orgs] = await Promise.all([
        repo.settlementsOf(db, b.district_id, b.id),
        repo.linksOf(db, b.district_id, b.id),
        repo.instructorsOfBase(db, b.district_id, b.id, d),
        repo.orgsUnder(db, nodeInPaths('o.node_id', [b.path]), b.district_id),
      ]);
      return {
        ...row(b),
        settlements: settlements.map((s) => ({
          orgId: s.org_id,
          orgName: s.org_name,
          startsOn: s.starts_on,
          endsOn: s.ends_on,
          running: termRuns({ startsOn: s.starts_on, endsOn: s.ends_on }, d),
          ending: settlementEnding(s.ends_on, d),
        })),
        records: records.map((r) => ({
          id: r.id,
          link: r.link as Link,
          heldOn: r.held_on,
          title: r.title,
          summary: r.summary,
          orgs: r.orgs,
        })),
        orgs,
        instructors: instructors.map((i) => i.name),
        can: { manage: can(ctx.actor, MANAGE, b.path) },
      };
    },

    /** Settles an organisation under the base's node in it for a term (a new term replaces the old). */
    async settle(ctx: RequestContext, id: string, s: z.infer<typeof settlementBody>) {
      requirePermission(ctx, MANAGE);
      const b = await baseFor(ctx, id, MANAGE);
      const problem = termProblem(s, MAX_SETTLEMENT_DAYS);
      if (problem) throw new InvalidError([problem]);
      await orgsUnderBase(b, [s.orgId], 'orgId');
      await db.transaction().execute(async (trx) => {
        await repo.upsertSettlement(trx, {
          district_id: b.district_id,
          base_id: b.id,
          org_id: s.orgId,
          starts_on: s.startsOn,
          ends_on: s.endsOn,
        });
        await audit(ctx, trx, b, 'socialorgs.base.settle', s);
      });
      return { ok: true as const };
    },

    /** Records a four-link activity at the base with the organisations that took part (not in the future). */
    async addLink(ctx: RequestContext, id: string, k: z.infer<typeof linkBody>) {
      const actor = requirePermission(ctx, MANAGE);
      const b = await baseFor(ctx, id, MANAGE);
      if (k.heldOn > today()) throw new InvalidError([{ field: 'heldOn', key: 'socialorgs.support.future' }]);
      const orgIds = [...new Set(k.orgIds)];
      await orgsUnderBase(b, orgIds, 'orgIds');
      const kid = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertLink(
          trx,
          {
            district_id: b.district_id,
            id: kid,
            base_id: b.id,
            link: k.link,
            held_on: k.heldOn,
            title: k.title,
            summary: k.summary,
            created_by: actor.userId,
          },
          orgIds,
        );
        await audit(ctx, trx, b, 'socialorgs.base.link', {
          link: k.link,
          heldOn: k.heldOn,
          orgs: orgIds.length,
        });
      });
      return { id: kid };
    },
  };
}
