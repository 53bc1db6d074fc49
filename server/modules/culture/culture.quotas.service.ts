/**
 * Nomination quotas and the reveal of a member's phone. The district (its org_officer, culture.settings)
 * sets how many nominations a street or community may send upward in a year for each title; a
 * nomination counts against the quota of every node above its team that has one, until the district
 * declines it; nominating locks those quota rows, so the last place goes to one officer only (409 with
 * the node, the year and the title when full). Without a quota a node is not limited. A member's full
 * phone is shown to an officer over the team's node with a reason, and the reveal is audited.
 */
import type { z } from 'zod';
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, rowFor } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { decidesFor, type CultureDeps } from './culture.core.ts';
import * as quotasRepo from './culture.quotas.repository.ts';
import type { Title } from './culture.rules.ts';
import type { quotaBody } from './culture.schemas.ts';

/** The node ids on a path ('/<id>/<id>/'), the district first. */
const nodesOn = (path: string) => path.split('/').filter(Boolean);

/**
 * 409 when a quota above the nominated member's team is full for the year and title (call inside the
 * nomination's transaction: the quota rows stay locked until it ends).
 */
export async function checkQuota(
  trx: Executor,
  m: { district_id: string; path: string },
  year: number,
  title: Title,
) {
  for (const q of await quotasRepo.quotasOn(trx, m.district_id, nodesOn(m.path), year, title)) {
    const used = await quotasRepo.nominationsUnder(trx, m.district_id, q.path, year, title);
    if (used >= q.quota)
      throw new ConflictError(`culture.quota_full.${title}`, { node: q.name, year, quota: q.quota });
  }
}

/** Builds the quota and reveal verbs. */
export function createQuotasService(deps: CultureDeps & { pii: Pick<PiiCipher, 'decrypt'> }) {
  const { db } = deps;
  return {
    /** The quotas of a year on the nodes of the actor's subtree, with the places taken. */
    async quotas(ctx: RequestContext, q: { year: number }) {
      const actor = requirePermission(ctx, 'culture.certify');
      const rows = await quotasRepo.quotasUnder(db, scopePaths(actor, 'culture.certify'), q.year);
      return {
        year: q.year,
        items: rows.map((r) => ({
          nodeId: r.node_id,
          nodeName: r.name,
          title: r.title as Title,
          quota: r.quota,
          used: r.used,
        })),
        can: { set: actor.grants.some((g) => decidesFor(ctx, g.districtId)) },
      };
    },

    /** The district sets a street's or community's quota for a year and title. */
    async setQuota(ctx: RequestContext, b: z.infer<typeof quotaBody>) {
      requirePermission(ctx, 'culture.settings');
      const n = await nodeFor(db, ctx, b.nodeId, 'culture.settings');
      if (!decidesFor(ctx, n.district_id)) throw new NotFoundError();
      if (n.level !== 'street' && n.level !== 'community')
        throw new InvalidError([{ field: 'nodeId', key: 'culture.quota_level' }]);
      await db.transaction().execute(async (trx) => {
        await quotasRepo.saveQuota(trx, {
          district_id: n.district_id,
          node_id: n.id,
          year: b.year,
          title: b.title,
          quota: b.quota,
          set_by: ctx.actor!.userId,
        });
        await deps.auditor.append(trx, ctx, {
          action: 'culture.quota.set',
          objectType: 'culture_nomination_quota',
          objectId: n.id,
          districtId: n.district_id,
          detail: { year: b.year, title: b.title, quota: b.quota },
        });
      });
      return { ok: true as const };
    },

    /** A member's full phone for an officer over the team's node, with the reason audited. */
    async revealMember(ctx: RequestContext, id: string, reason: string) {
      const m = await rowFor(ctx, 'culture.reveal', () => quotasRepo.memberPhone(db, id));
      await deps.auditor.append(db, ctx, {
        action: 'culture.member.reveal',
        objectType: 'culture_member',
        objectId: m.id,
        districtId: m.district_id,
        detail: { field: 'phone', reason },
      });
      return { phone: m.phone_enc ? deps.pii.decrypt(m.phone_enc) : null };
    },
  };
}
