/**
 * Corrections to a campaign's register: a household, a team or a member edited or removed by the
 * campaign's office. A household is edited against its version; teams and members are locked while
 * changed. Nothing that a visit or a signing or moving record names is removed (409 with the field):
 * the work stays traceable to whom it was done for and by.
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { phoneColumns } from '../../platform/pii/phone.ts';
import { checkUpdated, type CampaignsCore, type CampaignsDeps } from './campaigns.core.ts';
import * as repo from './campaigns.repository.ts';
import * as editsRepo from './campaigns.edits.repository.ts';
import type { householdEditBody, memberEditBody, teamBody } from './campaigns.schemas.ts';

/** 409 naming the field, when something still names the row. */
const inUse = (field: string, key: string) => new ConflictError(key, {}, [{ field, key }]);

/** Builds the edits and removals. */
export function createCampaignEdits(deps: CampaignsDeps & { core: CampaignsCore }) {
  const { db, auditor, core } = deps;

  /** The campaign of a row, for its office (404 when not found or not theirs). */
  async function office<T extends { campaign_id: string }>(
    ctx: RequestContext,
    trx: Executor,
    row: T | undefined,
  ) {
    if (!row) throw new NotFoundError();
    return { row, c: (await core.campaignFor(ctx, row.campaign_id, 'campaigns.manage', trx)).c };
  }

  const audit = (
    trx: Executor,
    ctx: RequestContext,
    action: string,
    type: string,
    c: repo.CampaignRow,
    id: string,
    detail: object,
  ) =>
    auditor.append(trx, ctx, {
      action: `campaigns.${action}`,
      objectType: `campaigns_${type}`,
      objectId: id,
      districtId: c.district_id,
      detail: { campaign: c.id, ...detail },
    });

  return {
    /** Corrects a household (number, building, head, phone, people, area); 409 when stale or the number is taken. */
    async editHousehold(ctx: RequestContext, id: string, b: z.infer<typeof householdEditBody>) {
      requirePermission(ctx, 'campaigns.manage');
      return db.transaction().execute(async (trx) => {
        const { row: h, c } = await office(ctx, trx, await repo.findHousehold(trx, id, true));
        if (h.version !== b.version) throw new ConflictError('campaigns.stale');
        if (await editsRepo.householdNoTaken(trx, h, b.no)) throw inUse('no', 'campaigns.household_exists');
        const phone =
          b.phone === undefined
            ? {}
            : phoneColumns(deps.pii, b.phone, { field: 'phone', key: 'campaigns.bad_phone' });
        checkUpdated(
          await repo.updateHousehold(trx, h.district_id, h.id, h.version, {
            no: b.no,
            building_no: b.buildingNo,
            head_name: b.headName,
            ...phone,
            people: b.people,
            area_m2: b.areaM2,
          }),
        );
        await audit(trx, ctx, 'household.edit', 'household', c, h.id, {
          no: b.no,
          building: b.buildingNo,
          people: b.people,
          areaM2: b.areaM2,
          phone: b.phone !== undefined,
        });
        const after = (await repo.findHousehold(trx, h.id))!;
        return core.householdOut(after, c.started_on, true);
      });
    },

    /** Removes a household entered by mistake; 409 once a visit or a record names it. */
    async deleteHousehold(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'campaigns.manage');
      return db.transaction().execute(async (trx) => {
        const { row: h, c } = await office(ctx, trx, await repo.findHousehold(trx, id, true));
        if (await editsRepo.countWork(trx, h.district_id, { householdId: h.id }))
          throw inUse('id', 'campaigns.household_in_use');
        await editsRepo.deleteHousehold(trx, h.district_id, h.id);
        await audit(trx, ctx, 'household.delete', 'household', c, h.id, {
          no: h.no,
          building: h.building_no,
        });
        return { ok: true as const };
      });
    },

    /** Renames a team; 409 when another team of the campaign has the name. */
    async renameTeam(ctx: RequestContext, id: string, b: z.infer<typeof teamBody>) {
      requirePermission(ctx, 'campaigns.manage');
      return db.transaction().execute(async (trx) => {
        const { row: tm, c } = await office(ctx, trx, await editsRepo.lockTeam(trx, id));
        if (await editsRepo.teamNameTaken(trx, tm, b.name)) throw inUse('name', 'campaigns.team_exists');
        await editsRepo.renameTeam(trx, tm.district_id, tm.id, b.name);
        await audit(trx, ctx, 'team.rename', 'team', c, tm.id, { from: tm.name, to: b.name });
        return { ok: true as const };
      });
    },

    /**
     * Disbands a team that has done no work: its members leave it and its households wait to be
     * given to another; 409 once a visit or a record names the team.
     */
    async deleteTeam(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'campaigns.manage');
      return db.transaction().execute(async (trx) => {
        const { row: tm, c } = await office(ctx, trx, await editsRepo.lockTeam(trx, id));
        if (await editsRepo.countWork(trx, tm.district_id, { teamId: tm.id }))
          throw inUse('id', 'campaigns.team_in_use');
        const gone = await editsRepo.deleteTeam(trx, tm.district_id, tm.id);
        await audit(trx, ctx, 'team.delete', 'team', c, tm.id, { name: tm.name, ...gone });
        return { ok: true as const };
      });
    },

    /** Changes a member's name, leadership or team (another team of the same campaign). */
    async editMember(ctx: RequestContext, id: string, b: z.infer<typeof memberEditBody>) {
      requirePermission(ctx, 'campaigns.manage');
      return db.transaction().execute(async (trx) => {
        const { row: m, c } = await office(ctx, trx, await editsRepo.lockMember(trx, id));
        const teamId = b.teamId ?? m.team_id;
        if (teamId !== m.team_id) {
          const to = await repo.findTeam(trx, teamId);
          if (!to || to.campaign_id !== c.id)
            throw new InvalidError([{ field: 'teamId', key: 'campaigns.team_unknown' }]);
        }
        await editsRepo.updateMember(trx, m.district_id, m.id, {
          name: b.name,
          leader: b.leader,
          team_id: teamId,
        });
        await audit(trx, ctx, 'member.edit', 'member', c, m.id, {
          name: b.name,
          leader: b.leader,
          ...(teamId !== m.team_id ? { from: m.team_id, to: teamId } : {}),
        });
        return { ok: true as const };
      });
    },

    /** Takes a member off the campaign; 409 once their account logged a visit or a record in it. */
    async deleteMember(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'campaigns.manage');
      return db.transaction().execute(async (trx) => {
        const { row: m, c } = await office(ctx, trx, await editsRepo.lockMember(trx, id));
        if (
          m.user_id &&
          (await editsRepo.countWork(trx, m.district_id, { campaignId: c.id, userId: m.user_id }))
        )
          throw inUse('id', 'campaigns.member_in_use');
        await editsRepo.deleteMember(trx, m.district_id, m.id);
        await audit(trx, ctx, 'member.delete', 'member', c, m.id, { name: m.name, team: m.team_id });
        return { ok: true as const };
      });
    },
  };
}
