/**
 * Culture teams (seed 003: 8 professional volunteer teams of the themed halls and the library, 10
 * street teams at the culture stations, 46 art troupes), their members (residents or volunteers by
 * name, phone encrypted and masked), programmes and rehearsals. Read by the whole district (a
 * community orders from any troupe); kept by the officers over the team's node, rehearsals also by its lead.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { phoneColumns } from '../../platform/pii/phone.ts';
import {
  districtsFor,
  leads,
  managedTeam,
  readableTeam,
  teamOut,
  todayOf,
  type CultureDeps,
} from './culture.core.ts';
import * as repo from './culture.repository.ts';
import type { z } from 'zod';
import type { memberBody, programmeBody, rehearsalBody, teamBody } from './culture.schemas.ts';

type Programme = Awaited<ReturnType<typeof repo.findProgrammes>>[number];

/** A programme as the catalogue shows it. */
function programmeOut(p: Programme) {
  return {
    id: p.id,
    teamId: p.team_id,
    teamName: p.team_name,
    title: p.title,
    genre: p.genre as 'drama',
    minutes: p.minutes,
    rehearsals: p.rehearsals,
    lastRehearsal: p.last_rehearsal,
    performances: p.performances,
  };
}

/** Builds the team verbs. */
export function createTeamsService(deps: CultureDeps) {
  const { db } = deps;
  const audit = (
    trx: Parameters<CultureDeps['auditor']['append']>[0],
    ctx: RequestContext,
    action: string,
    o: { id: string; districtId: string; detail: Record<string, unknown> },
  ) =>
    deps.auditor.append(trx, ctx, {
      action: `culture.${action}`,
      objectType: `culture_${action.split('.')[0]}`,
      objectId: o.id,
      districtId: o.districtId,
      detail: o.detail,
    });

  return {
    /** The district's teams (under a node when asked). */
    async listTeams(ctx: RequestContext, q: { nodeId?: string; kind?: string }) {
      const districtIds = districtsFor(ctx, 'culture.read');
      let under: string[] | undefined;
      if (q.nodeId) {
        const n = await repo.findNode(db, q.nodeId);
        if (!n || !districtIds.includes(n.district_id)) throw new NotFoundError();
        under = [n.path];
      }
      const rows = await repo.findTeams(db, { districtIds, under, kind: q.kind });
      return {
        teams: rows.map(teamOut),
        can: { manage: can(ctx.actor, 'culture.manage'), order: can(ctx.actor, 'culture.order') },
      };
    },

    /** Sets up a team on a node the actor manages; its lead's account by username. */
    async createTeam(ctx: RequestContext, b: z.infer<typeof teamBody>) {
      requirePermission(ctx, 'culture.manage');
      return db.transaction().execute(async (trx) => {
        const node = await nodeFor(trx, ctx, b.nodeId, 'culture.manage');
        if (b.facilityId) {
          const f = await repo.findFacility(trx, b.facilityId);
          if (!f || f.district_id !== node.district_id)
            throw new InvalidError([{ field: 'facilityId', key: 'culture.no_such_facility' }]);
        }
        const leaderId = b.leaderUsername ? await deps.accountId(b.leaderUsername) : null;
        if (b.leaderUsername && !leaderId)
          throw new InvalidError([{ field: 'leaderUsername', key: 'culture.no_such_account' }]);
        const id = uuidv7();
        await repo
          .insertTeams(trx, [
            {
              district_id: node.district_id,
              id,
              node_id: node.id,
              kind: b.kind,
              name: b.name,
              facility_id: b.facilityId,
              leader_name: b.leaderName,
              leader_user_id: leaderId,
            },
          ])
          .catch((e: { code?: string }) => {
            if (e.code === '23505') throw new InvalidError([{ field: 'name', key: 'culture.team_exists' }]);
            throw e;
          });
        await audit(trx, ctx, 'team.create', {
          id,
          districtId: node.district_id,
          detail: { name: b.name, kind: b.kind },
        });
        return { id };
      });
    },

    /** One team with its members (phones masked) and programmes. */
    async team(ctx: RequestContext, id: string) {
      const t = await readableTeam(db, ctx, id);
      const manage = can(ctx.actor, 'culture.manage', t.path);
      const members = manage || leads(ctx, t) ? await repo.findMembers(db, t.district_id, t.id) : [];
      const programmes = await repo.findProgrammes(db, { districtIds: [t.district_id], teamId: t.id });
      return {
        ...teamOut(t),
        leaderIsMe: !!ctx.actor && t.leader_user_id === ctx.actor.userId,
        membersList: members.map((m) => ({
          id: m.id,
          name: m.name,
          kind: m.kind as 'resident',
          phone: m.phone_mask,
          joinedOn: m.joined_on,
        })),
        programmesList: programmes.map(programmeOut),
        can: { manage, lead: leads(ctx, t) },
      };
    },

    /** Adds a member to a team the actor manages. */
    async addMember(ctx: RequestContext, teamId: string, b: z.infer<typeof memberBody>) {
      return db.transaction().execute(async (trx) => {
        const t = await managedTeam(trx, ctx, teamId);
        const id = uuidv7();
        await repo.insertMembers(trx, [
          {
            district_id: t.district_id,
            id,
            team_id: t.id,
            name: b.name,
            kind: b.kind,
            joined_on: b.joinedOn,
            ...phoneColumns(deps.pii, b.phone, { field: 'phone', key: 'culture.bad_phone' }),
          },
        ]);
        await audit(trx, ctx, 'member.add', {
          id,
          districtId: t.district_id,
          detail: { team: t.id, kind: b.kind },
        });
        return { id };
      });
    },

    /** Adds a programme to a team the actor manages. */
    async addProgramme(ctx: RequestContext, teamId: string, b: z.infer<typeof programmeBody>) {
      return db.transaction().execute(async (trx) => {
        const t = await managedTeam(trx, ctx, teamId);
        const id = uuidv7();
        await repo
          .insertProgrammes(trx, [
            {
              district_id: t.district_id,
              id,
              team_id: t.id,
              title: b.title,
              genre: b.genre,
              minutes: b.minutes,
            },
          ])
          .catch((e: { code?: string }) => {
            if (e.code === '23505')
              throw new InvalidError([{ field: 'title', key: 'culture.programme_exists' }]);
            throw e;
          });
        await audit(trx, ctx, 'programme.add', {
          id,
          districtId: t.district_id,
          detail: { team: t.id, title: b.title },
        });
        return { id };
      });
    },

    /** Records a rehearsal of a programme (its team's lead or officers), not in the future. */
    async addRehearsal(ctx: RequestContext, programmeId: string, b: z.infer<typeof rehearsalBody>) {
      requirePermission(ctx, 'culture.lead');
      return db.transaction().execute(async (trx) => {
        const p = await repo.findProgramme(trx, programmeId);
        if (!p || !leads(ctx, p)) throw new NotFoundError();
        const today = todayOf(deps);
        if (b.heldOn > today) throw new InvalidError([{ field: 'heldOn', key: 'culture.in_future' }]);
        const id = uuidv7();
        await repo.insertRehearsals(trx, [
          {
            district_id: p.district_id,
            id,
            programme_id: p.id,
            held_on: b.heldOn,
            attendees: b.attendees,
            note: b.note,
          },
        ]);
        await audit(trx, ctx, 'rehearsal.add', {
          id,
          districtId: p.district_id,
          detail: { programme: p.id, on: b.heldOn },
        });
        return { id };
      });
    },

    /** The district's programmes to order from (matching a title when asked). */
    async programmes(ctx: RequestContext, q: { q?: string }) {
      const districtIds = districtsFor(ctx, 'culture.read');
      const rows = await repo.findProgrammes(db, { districtIds, search: q.q });
      return { programmes: rows.map(programmeOut) };
    },
  };
}
