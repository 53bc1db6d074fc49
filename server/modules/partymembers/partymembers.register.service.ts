/**
 * The register of mobile party members 流动党员管理台账 (seed 001, Beilun): put a member on it (a
 * party member of the people register, flowing in or out), keep the five clears, mark a return;
 * every change audited and the branch told. A party member sees only their own record.
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { shanghaiToday, type PartymembersCore, type PartymembersDeps } from './partymembers.core.ts';
import { endPairOnReturn } from './partymembers.pairs.end.service.ts';
import * as repo from './partymembers.repository.ts';
import type { MemberInput, MemberPatch, MemberQuery, memberDetail } from './partymembers.schemas.ts';

/** Builds the register verbs. */
export function createRegisterService(deps: PartymembersDeps & { core: PartymembersCore }) {
  const { db, auditor, core } = deps;

  return {
    /** The register in the actor's subtree (or below a node), newest first. */
    async list(ctx: RequestContext, q: MemberQuery) {
      const paths = await core.roots(ctx, 'partymembers.read', q.nodeId);
      const rows = await repo.listMembers(db, { ...q, paths });
      return { total: rows[0]?.total ?? 0, items: await core.views(ctx, rows) };
    },

    /** A party member's own records (every direction, returned ones too). */
    async mine(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'partymembers.own');
      if (!actor.personId) return { total: 0, items: [] };
      const rows = await repo.listMembers(db, { paths: [], personId: actor.personId, limit: 20, offset: 0 });
      return { total: rows.length, items: await core.views(ctx, rows) };
    },

    /** One member with the services given. */
    async get(ctx: RequestContext, id: string): Promise<z.infer<typeof memberDetail>> {
      const m = await core.visibleMember(ctx, id, 'partymembers.read');
      const [v] = await core.views(ctx, [m]);
      const services = await repo.servicesOf(db, m.district_id, m.id);
      return {
        ...v,
        serviceList: services.map((s) => ({
          id: s.id,
          service: s.service,
          servedOn: s.served_on,
          hours: Number(s.hours),
          note: s.note,
        })),
      };
    },

    /** Puts a party member on the register as flowing in or out; the move enters the month's table. */
    async create(ctx: RequestContext, input: MemberInput) {
      requirePermission(ctx, 'partymembers.write');
      return db.transaction().execute(async (trx) => {
        const branch = await core.branchFor(ctx, input.partyOrgId, 'partymembers.write');
        const person = await core.partyMember(branch.districtId, input.personId);
        if (await repo.findActive(trx, branch.districtId, person.personId, input.direction))
          throw new ConflictError('partymembers.already_registered');
        const id = uuidv7();
        await repo.insertMember(trx, {
          district_id: branch.districtId,
          id,
          person_id: person.personId,
          party_org_id: branch.id,
          node_id: branch.nodeId,
          direction: input.direction,
          left_on: input.leftOn ?? null,
          origin: input.origin,
          destination: input.destination,
          lat: input.lat ?? null,
          lng: input.lng ?? null,
          work: input.work,
          conduct: input.conduct,
          basic_checked: input.basicChecked,
          source: 'register',
        });
        await repo.insertMove(trx, {
          district_id: branch.districtId,
          id: uuidv7(),
          member_id: id,
          node_id: branch.nodeId,
          direction: input.direction,
          moved_on: input.leftOn ?? shanghaiToday(),
          place: input.direction === 'out' ? input.destination : input.origin,
          source: 'register',
        });
        await auditor.append(trx, ctx, {
          action: 'partymembers.member.create',
          objectType: 'partymembers_member',
          objectId: id,
          districtId: branch.districtId,
          detail: { personId: person.personId, partyOrgId: branch.id, direction: input.direction },
        });
        await deps.notify.send(trx, [
          {
            districtId: branch.districtId,
            nodeId: branch.nodeId,
            kind: 'partymembers.registered',
            title: `${maskName(person.name)}已登记为流动党员`,
            titleKey: 'partymembers.notice.registered',
            titleParams: {
              name: maskName(person.name),
              direction: { $t: `partymembers.direction.${input.direction}` },
            },
            link: `/partymembers/members/${id}`,
            objectType: 'partymembers_member',
            objectId: id,
          },
        ]);
        return { id };
      });
    },

    /** Fills or corrects the five clears (and the branch or vanguard team), at the version the client saw. */
    async update(ctx: RequestContext, id: string, input: MemberPatch) {
      requirePermission(ctx, 'partymembers.write');
      return db.transaction().execute(async (trx) => {
        const m = await core.visibleMember(ctx, id, 'partymembers.write', trx, true);
        if (m.version !== input.version) throw new ConflictError('error.stale');
        const set: Parameters<typeof repo.updateMember>[2] = {};
        if (input.partyOrgId && input.partyOrgId !== m.party_org_id) {
          const b = await core.branchFor(ctx, input.partyOrgId, 'partymembers.write');
          set.party_org_id = b.id;
          set.node_id = b.nodeId;
        }
        if (input.teamId) {
          const t = await repo.findTeam(trx, input.teamId);
          const nodePath = set.node_id ? (await repo.findNode(trx, set.node_id))!.path : m.path;
          if (!t || t.district_id !== m.district_id || !nodePath.startsWith(t.path))
            throw new InvalidError([{ field: 'teamId', key: 'partymembers.team_outside' }]);
        }
        for (const k of ['origin', 'destination', 'work', 'conduct'] as const)
          if (input[k] !== undefined) set[k] = input[k];
        if (input.leftOn !== undefined) set.left_on = input.leftOn;
        if (input.lat !== undefined) set.lat = input.lat;
        if (input.lng !== undefined) set.lng = input.lng;
        if (input.basicChecked !== undefined) set.basic_checked = input.basicChecked;
        if (input.teamId !== undefined) set.team_id = input.teamId;
        if (!(await repo.updateMember(trx, { district_id: m.district_id, id, version: m.version }, set)))
          throw new ConflictError('error.stale');
        await auditor.append(trx, ctx, {
          action: 'partymembers.member.update',
          objectType: 'partymembers_member',
          objectId: id,
          districtId: m.district_id,
          detail: { fields: Object.keys(set) },
        });
        return { version: m.version + 1 };
      });
    },

    /** Marks a member back home 返回: off the active register, a 'return' in the month's table. */
    async markReturned(ctx: RequestContext, id: string, input: { returnedOn: string; version: number }) {
      requirePermission(ctx, 'partymembers.write');
      return db.transaction().execute(async (trx) => {
        const m = await core.visibleMember(ctx, id, 'partymembers.write', trx, true);
        if (m.status === 'returned') throw new ConflictError('partymembers.already_returned');
        if (m.version !== input.version) throw new ConflictError('error.stale');
        await repo.updateMember(
          trx,
          { district_id: m.district_id, id, version: m.version },
          { status: 'returned', returned_on: input.returnedOn },
        );
        await repo.insertMove(trx, {
          district_id: m.district_id,
          id: uuidv7(),
          member_id: id,
          node_id: m.node_id,
          direction: 'return',
          moved_on: input.returnedOn,
          place: m.destination,
          source: 'register',
        });
        await auditor.append(trx, ctx, {
          action: 'partymembers.member.return',
          objectType: 'partymembers_member',
          objectId: id,
          districtId: m.district_id,
          detail: { returnedOn: input.returnedOn },
        });
        // home again: the pair that kept in touch while away ends (返回)
        await endPairOnReturn(trx, deps, ctx, m, input.returnedOn);
        return { version: m.version + 1 };
      });
    },
  };
}
