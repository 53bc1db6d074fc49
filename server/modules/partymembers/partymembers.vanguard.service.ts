/**
 * The vanguard teams 党群先锋队 of villages and communities (seed 001: "将流动党员编入流入地村社党群
 * 先锋队，提供文明宣传、抗疫抗台、困难群体帮扶等服务清单"): teams with a service list, members placed
 * in them, and each service a member gives recorded and counted.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiThisYear as thisYear } from '../../platform/time.ts';
import type { PartymembersCore, PartymembersDeps } from './partymembers.core.ts';
import * as repo from './partymembers.repository.ts';

/** Builds the vanguard team verbs. */
export function createVanguardService(deps: PartymembersDeps & { core: PartymembersCore }) {
  const { db, auditor, core } = deps;

  return {
    /** Teams below a node with members and services of the year counted. */
    async teams(ctx: RequestContext, q: { nodeId: string; year?: number }) {
      const paths = await core.roots(ctx, 'partymembers.read', q.nodeId);
      const rows = await repo.listTeams(db, paths, q.year ?? thisYear());
      return rows.map((r) => ({
        id: r.id,
        nodeId: r.node_id,
        nodeName: r.node_name,
        name: r.name,
        services: r.services,
        members: r.members,
        served: r.served,
        can: { write: can(ctx.actor, 'partymembers.write', r.path) },
      }));
    },

    /** Sets up a team on a village or community with its service list (audited). */
    async createTeam(ctx: RequestContext, input: { nodeId: string; name: string; services: string[] }) {
      requirePermission(ctx, 'partymembers.write');
      return db.transaction().execute(async (trx) => {
        const n = await nodeFor(trx, ctx, input.nodeId, 'partymembers.write');
        const id = uuidv7();
        const services = [...new Set(input.services)];
        await repo.insertTeam(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          name: input.name,
          services,
        });
        await auditor.append(trx, ctx, {
          action: 'partymembers.team.create',
          objectType: 'partymembers_team',
          objectId: id,
          districtId: n.district_id,
          detail: { nodeId: n.id, name: input.name, services },
        });
        return { id };
      });
    },

    /** Records a service a member of a team gave, from the team's list (audited). */
    async recordService(
      ctx: RequestContext,
      memberId: string,
      input: { service: string; servedOn: string; hours: number; note: string },
    ) {
      requirePermission(ctx, 'partymembers.write');
      return db.transaction().execute(async (trx) => {
        const m = await core.visibleMember(ctx, memberId, 'partymembers.write', trx);
        if (!m.team_id) throw new ConflictError('partymembers.not_in_team');
        const t = await repo.findTeam(trx, m.team_id);
        if (!t) throw new ConflictError('partymembers.not_in_team');
        if (!t.services.includes(input.service))
          throw new InvalidError([{ field: 'service', key: 'partymembers.service_not_listed' }]);
        const id = uuidv7();
        await repo.insertService(trx, {
          district_id: m.district_id,
          id,
          team_id: t.id,
          member_id: m.id,
          service: input.service,
          served_on: input.servedOn,
          hours: input.hours,
          note: input.note,
        });
        await auditor.append(trx, ctx, {
          action: 'partymembers.service.create',
          objectType: 'partymembers_member',
          objectId: m.id,
          districtId: m.district_id,
          detail: { teamId: t.id, service: input.service, servedOn: input.servedOn, hours: input.hours },
        });
        return { id };
      });
    },
  };
}
