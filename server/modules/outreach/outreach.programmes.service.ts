/**
 * Brand programmes 品牌项目 (守望先锋队, 亮身份, 三民, 党群嘉年华, 志愿者联盟) registered per community,
 * street or district with a kind, a season and places; and the public 亮身份 page of a community:
 * its accepted members' pledges and how they were kept, names masked.
 */
import type { z } from 'zod';
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { thisYear, type OutreachDeps } from './outreach.core.ts';
import * as repo from './outreach.repository.ts';
import { hoursOf, type Kind } from './outreach.rules.ts';
import type { programmeBody } from './outreach.schemas.ts';

/** The levels that run programmes. */
const PROGRAMME_LEVELS = ['district', 'street', 'community'];

/** Builds the programme verbs. */
export function createProgrammesService(deps: OutreachDeps) {
  const { db, auditor } = deps;
  return {
    /** The programmes of a year under a node (or the scope), with places taken and hours. */
    async programmes(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'outreach.read', q.nodeId);
      const rows = await repo.findProgrammes(db, nodeInPaths('p.node_id', paths), q.year ?? thisYear());
      const manage = (ctx.actor?.grants ?? []).filter((g) => can(ctx.actor, 'outreach.programmes', g.path));
      const names = await repo.findNodeNames(
        db,
        manage.map((g) => g.nodeId),
      );
      return {
        items: rows.map((p) => ({
          id: p.id,
          nodeId: p.node_id,
          nodeName: p.node_name,
          year: p.year,
          name: p.name,
          kind: p.kind as Kind,
          season: p.season,
          places: p.places,
          summary: p.summary,
          taken: p.taken,
          hours: hoursOf(p.half_hours),
        })),
        can: { manage: scopePaths(ctx.actor, 'outreach.programmes').length > 0 },
        nodes: names,
      };
    },

    /** Registers a programme of a community, street or district in scope (once per Idempotency-Key). */
    async addProgramme(ctx: RequestContext, b: z.infer<typeof programmeBody>, key?: string) {
      const n = await nodeFor(db, ctx, b.nodeId, 'outreach.programmes');
      if (!PROGRAMME_LEVELS.includes(n.level))
        throw new InvalidError([{ field: 'nodeId', key: 'outreach.not_programme_node' }]);
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: ctx.actor!.userId, key, payload: b },
          async () => {
            const id = uuidv7();
            const r = await repo.insertProgramme(trx, {
              district_id: n.district_id,
              id,
              node_id: n.id,
              year: b.year,
              name: b.name,
              kind: b.kind,
              season: b.season,
              places: b.places,
              summary: b.summary,
              created_by: ctx.actor!.userId,
            });
            if (!r.numInsertedOrUpdatedRows) throw new ConflictError('outreach.programme_exists');
            await auditor.append(trx, ctx, {
              action: 'outreach.programme.add',
              objectType: 'outreach_programme',
              objectId: id,
              districtId: n.district_id,
              detail: { node: n.id, year: b.year, kind: b.kind, places: b.places },
            });
            return { id };
          },
        );
        return result;
      });
    },

    /** The public 亮身份 page of a community: its members' pledges this year (names masked). */
    async publicPledges(communityId: string) {
      const n = await repo.findNode(db, communityId);
      if (!n || n.level !== 'community') throw new NotFoundError();
      const year = thisYear();
      const rows = await repo.findCommunityPledges(db, n.id, year);
      return {
        communityName: n.name,
        year,
        items: rows.map((g) => ({
          memberName: maskName(g.member_name),
          programmeName: g.programme_name,
          content: g.content,
          dueOn: g.due_on,
          state: g.state as 'open',
          fulfilment: g.fulfilment,
        })),
      };
    },
  };
}
