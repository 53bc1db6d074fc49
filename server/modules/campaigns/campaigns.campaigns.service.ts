/**
 * Campaigns and their teams 工作组 (seeds 004 and 002): a district or street opens a drive with its
 * targets, moves it through its stages, forms teams of cadres (an account works in one team per
 * campaign) and gives households to teams, whose members are told.
 */
import type { z } from 'zod';
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { t } from '../../platform/i18n.ts';
import { checkUpdated, type CampaignsCore, type CampaignsDeps } from './campaigns.core.ts';
import * as repo from './campaigns.repository.ts';
import { rate, stageMoveAllowed, type Stage } from './campaigns.rules.ts';
import type { assignBody, campaignBody, memberBody, stageBody } from './campaigns.schemas.ts';

/** Builds the campaign and team verbs. */
export function createCampaignsService(deps: CampaignsDeps & { core: CampaignsCore }) {
  const { db, auditor, core } = deps;

  return {
    /** The campaigns the actor sees: owned in their subtree, or worked in as a team member. */
    async list(ctx: RequestContext, q: { nodeId?: string }) {
      const actor = requirePermission(ctx, 'campaigns.read');
      let paths = scopePaths(actor, 'campaigns.read');
      if (q.nodeId) {
        const n = await nodeFor(db, ctx, q.nodeId, 'campaigns.read');
        paths = [n.path];
      }
      const cs = await repo.findCampaigns(db, paths, actor.userId);
      const figures = await core.figuresOf(cs);
      const mine = new Map(
        (await repo.findMembershipsOf(db, actor.userId)).map((m) => [m.campaign_id, m.team_id]),
      );
      return cs.map((c) => core.campaignOut(ctx, c, figures.get(c.id)!, mine.get(c.id) ?? null));
    },

    /** One campaign with its figures. */
    async get(ctx: RequestContext, id: string) {
      const s = await core.campaignFor(ctx, id, 'campaigns.read');
      const figures = await core.figuresOf([s.c]);
      return core.campaignOut(ctx, s.c, figures.get(s.c.id)!, s.teamId);
    },

    /** Opens a campaign owned by a district or street. */
    async create(ctx: RequestContext, b: z.infer<typeof campaignBody>) {
      const actor = requirePermission(ctx, 'campaigns.manage');
      const n = await nodeFor(db, ctx, b.nodeId, 'campaigns.manage');
      if (n.level !== 'district' && n.level !== 'street')
        throw new InvalidError([{ field: 'nodeId', key: 'campaigns.owner_level' }]);
      if (b.targetOn < b.startedOn)
        throw new InvalidError([{ field: 'targetOn', key: 'campaigns.target_before_start' }]);
      const id = uuidv7();
      return db.transaction().execute(async (trx) => {
        await repo.insertCampaign(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          name: b.name,
          kind: b.kind,
          area_m2: b.areaM2,
          started_on: b.startedOn,
          target_on: b.targetOn,
          target_sign_pct: b.targetSignPct,
          target_move_pct: b.targetMovePct,
          created_by: actor.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'campaigns.create',
          objectType: 'campaigns_campaign',
          objectId: id,
          districtId: n.district_id,
          detail: { node: n.id, name: b.name, kind: b.kind, startedOn: b.startedOn },
        });
        return { id };
      });
    },

    /** Moves a campaign one stage on (or back one), checking the version. */
    async moveStage(ctx: RequestContext, id: string, b: z.infer<typeof stageBody>) {
      return db.transaction().execute(async (trx) => {
        const { c } = await core.campaignFor(ctx, id, 'campaigns.manage', trx, true);
        if (c.version !== b.version) throw new ConflictError('campaigns.stale');
        if (!stageMoveAllowed(c.stage as Stage, b.stage))
          throw new InvalidError([{ field: 'stage', key: 'campaigns.stage_step' }]);
        checkUpdated(await repo.updateCampaign(trx, c.district_id, c.id, c.version, { stage: b.stage }));
        await auditor.append(trx, ctx, {
          action: 'campaigns.stage',
          objectType: 'campaigns_campaign',
          objectId: c.id,
          districtId: c.district_id,
          detail: { from: c.stage, to: b.stage },
        });
        return { ok: true as const };
      });
    },

    /** A campaign's teams with their members and households' signing. */
    async teams(ctx: RequestContext, id: string) {
      const { c } = await core.campaignFor(ctx, id, 'campaigns.read');
      const [teams, members, hs] = await Promise.all([
        repo.findTeams(db, c.district_id, c.id),
        repo.findMembers(db, c.district_id, c.id),
        repo.findHouseholds(db, c.district_id, c.id),
      ]);
      return teams.map((tm) => {
        const mine = hs.filter((h) => h.team_id === tm.id);
        const signed = mine.filter((h) => h.sign_status === 'signed').length;
        return {
          id: tm.id,
          name: tm.name,
          members: members
            .filter((m) => m.team_id === tm.id)
            .map((m) => ({ id: m.id, name: m.name, userId: m.user_id, leader: m.leader })),
          households: mine.length,
          signed,
          signRate: rate(signed, mine.length),
        };
      });
    },

    /** Forms a team; 409 when the campaign has one of that name. */
    async addTeam(ctx: RequestContext, id: string, b: { name: string }) {
      return db.transaction().execute(async (trx) => {
        const { c } = await core.campaignFor(ctx, id, 'campaigns.manage', trx);
        const teamId = uuidv7();
        const stored = await repo.insertTeam(trx, {
          district_id: c.district_id,
          id: teamId,
          campaign_id: c.id,
          name: b.name,
        });
        if (!stored) throw new ConflictError('campaigns.team_exists');
        await auditor.append(trx, ctx, {
          action: 'campaigns.team.create',
          objectType: 'campaigns_team',
          objectId: teamId,
          districtId: c.district_id,
          detail: { campaign: c.id, name: b.name },
        });
        return { id: teamId };
      });
    },

    /**
     * Adds a cadre to a team: an account by username (a cadre or an officer of the district; 409
     * when already in a team of this campaign), or a name only for one without an account.
     */
    async addMember(ctx: RequestContext, teamId: string, b: z.infer<typeof memberBody>) {
      const tm = await repo.findTeam(db, teamId);
      if (!tm) {
        requirePermission(ctx, 'campaigns.manage');
        throw new NotFoundError();
      }
      const { c } = await core.campaignFor(ctx, tm.campaign_id, 'campaigns.manage');
      let name = b.name;
      let userId: string | null = null;
      if (b.username) {
        const a = await deps.accounts.byUsername(b.username);
        if (
          !a ||
          !a.districtIds.includes(c.district_id) ||
          !a.roles.some((r) => ['cadre', 'street_officer', 'org_officer'].includes(r))
        )
          throw new InvalidError([{ field: 'username', key: 'campaigns.member_unknown' }]);
        userId = a.userId;
        name ??= a.displayName;
      }
      if (!name) throw new InvalidError([{ field: 'name', key: 'campaigns.name_required' }]);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const stored = await repo.insertMember(trx, {
          district_id: c.district_id,
          id,
          campaign_id: c.id,
          team_id: tm.id,
          name,
          user_id: userId,
          leader: b.leader,
        });
        if (!stored) throw new ConflictError('campaigns.member_exists');
        await auditor.append(trx, ctx, {
          action: 'campaigns.member.add',
          objectType: 'campaigns_member',
          objectId: id,
          districtId: c.district_id,
          detail: { team: tm.id, userId, leader: b.leader },
        });
        return { id };
      });
    },

    /** Gives households to a team; its members with accounts are told how many. */
    async assign(ctx: RequestContext, id: string, b: z.infer<typeof assignBody>) {
      return db.transaction().execute(async (trx) => {
        const { c } = await core.campaignFor(ctx, id, 'campaigns.manage', trx);
        const tm = await repo.findTeam(trx, b.teamId);
        if (!tm || tm.campaign_id !== c.id)
          throw new InvalidError([{ field: 'teamId', key: 'campaigns.team_unknown' }]);
        const changed = await repo.assignHouseholds(trx, c.district_id, c.id, tm.id, [
          ...new Set(b.householdIds),
        ]);
        if (changed.length !== new Set(b.householdIds).size)
          throw new InvalidError([{ field: 'householdIds', key: 'campaigns.household_unknown' }]);
        const members = (await repo.findMembers(trx, c.district_id, c.id)).filter(
          (m) => m.team_id === tm.id && m.user_id,
        );
        const params = { campaign: c.name, team: tm.name, count: changed.length };
        await deps.notify.send(
          trx,
          members.map((m) => ({
            districtId: c.district_id,
            userId: m.user_id,
            kind: 'campaigns.assigned',
            title: t('zh-CN', 'campaigns.notice.assigned', params),
            titleKey: 'campaigns.notice.assigned',
            titleParams: params,
            link: `/campaigns/${c.id}`,
            objectType: 'campaigns_campaign',
            objectId: c.id,
          })),
        );
        await auditor.append(trx, ctx, {
          action: 'campaigns.assign',
          objectType: 'campaigns_team',
          objectId: tm.id,
          districtId: c.district_id,
          detail: { campaign: c.id, households: changed.length },
        });
        return { assigned: changed.length };
      });
    },
  };
}
