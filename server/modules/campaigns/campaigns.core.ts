/**
 * What the campaigns verbs share: who may see a campaign (officers in their subtree, cadres of its
 * teams; 404 otherwise), the version check, and the views with their figures.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import { maskName, type PiiCipher } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './campaigns.repository.ts';
import {
  addDays,
  rates,
  VISIT_EVERY_DAYS,
  visitOverdue,
  type Kind,
  type MoveStatus,
  type SignStatus,
  type Stage,
} from './campaigns.rules.ts';
import type { campaignView, figures, householdView } from './campaigns.schemas.ts';

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint } | undefined) {
  if (!r || r.numUpdatedRows === 0n) throw new ConflictError('campaigns.stale');
}

/** The register as this module reads it: a person's full name (null when not there). */
export interface CampaignPeople {
  fullName(districtId: string, personId: string): Promise<string | null>;
}

/** Accounts as this module reads them: an account by username, with its roles. */
export interface CampaignAccounts {
  byUsername(
    username: string,
  ): Promise<{ userId: string; displayName: string; roles: string[]; districtIds: string[] } | null>;
}

/** What the campaigns verbs are built from (passed in by the composition root). */
export interface CampaignsDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  pii: Pick<PiiCipher, 'encrypt' | 'blindIndex'>;
  people: CampaignPeople;
  accounts: CampaignAccounts;
}

/** A campaign as a verb sees it, with the actor's standing in it. */
export interface Seen {
  c: repo.CampaignRow;
  /** The actor's team in the campaign, when a member. */
  teamId: string | null;
  office: boolean;
}

export type CampaignsCore = ReturnType<typeof createCampaignsCore>;

const today = () => shanghaiDay();

/** Builds the shared part. */
export function createCampaignsCore(deps: CampaignsDeps) {
  const { db } = deps;

  /**
   * A campaign the actor may perform action on: an officer whose grant reaches its owner, or (for
   * reading and working) a member of one of its teams; 404 otherwise.
   */
  async function campaignFor(
    ctx: RequestContext,
    id: string,
    action: string,
    exec: Executor = db,
    lock = false,
  ): Promise<Seen> {
    const actor = requirePermission(ctx, action);
    const c = await repo.findCampaign(exec, id, lock);
    if (!c) throw new NotFoundError();
    const office = can(actor, action, c.path);
    const m = await repo.findMembership(exec, c.district_id, c.id, actor.userId);
    const teamId = m?.team_id ?? null;
    const byTeam = (action === 'campaigns.read' || action === 'campaigns.work') && !!teamId;
    if (!office && !byTeam) throw new NotFoundError();
    return { c, teamId, office: can(actor, 'campaigns.manage', c.path) };
  }

  /** The figures of campaigns by id, with pending confirmations and overdue visits. */
  async function figuresOf(cs: repo.CampaignRow[]) {
    const ids = cs.map((c) => c.id);
    const totals = new Map(
      (await repo.findCampaignTotals(db, ids, addDays(today(), -VISIT_EVERY_DAYS))).map((t) => [
        t.campaign_id,
        t,
      ]),
    );
    const pending = new Map((await repo.countPending(db, ids)).map((p) => [p.campaign_id, p.n]));
    const out = new Map<string, z.infer<typeof figures>>();
    for (const c of cs) {
      const t = totals.get(c.id);
      const households = t?.households ?? 0;
      out.set(c.id, {
        households,
        signed: t?.signed ?? 0,
        people: t?.people ?? 0,
        movedPeople: t?.moved_people ?? 0,
        signRate: households ? Math.round((10_000 * (t?.signed ?? 0)) / households) / 100 : null,
        moveRate: t?.people ? Math.round((10_000 * t.moved_people) / t.people) / 100 : null,
        pending: pending.get(c.id) ?? 0,
        overdue: t?.overdue ?? 0,
      });
    }
    return out;
  }

  /** A campaign as the API shows it. */
  function campaignOut(
    ctx: RequestContext,
    c: repo.CampaignRow,
    f: z.infer<typeof figures>,
    teamId: string | null,
  ): z.infer<typeof campaignView> {
    return {
      id: c.id,
      nodeId: c.node_id,
      nodeName: c.node_name,
      name: c.name,
      kind: c.kind as Kind,
      areaM2: Number(c.area_m2),
      startedOn: c.started_on,
      targetOn: c.target_on,
      stage: c.stage as Stage,
      targetSignPct: Number(c.target_sign_pct),
      targetMovePct: Number(c.target_move_pct),
      version: c.version,
      figures: f,
      myTeamId: teamId,
      can: {
        manage: can(ctx.actor, 'campaigns.manage', c.path),
        confirm: can(ctx.actor, 'campaigns.confirm', c.path),
        work: can(ctx.actor, 'campaigns.work', c.path) || !!teamId,
        export: can(ctx.actor, 'campaigns.export', c.path),
      },
    };
  }

  /** A household as the API shows it: the head's name masked but for the campaign's office. */
  function householdOut(
    h: repo.HouseholdRow,
    startedOn: string,
    office: boolean,
    day = today(),
  ): z.infer<typeof householdView> {
    return {
      id: h.id,
      no: h.no,
      buildingNo: h.building_no,
      headName: office ? h.head_name : maskName(h.head_name),
      linked: !!h.head_person_id,
      phone: h.phone_mask,
      people: h.people,
      areaM2: Number(h.area_m2),
      teamId: h.team_id,
      teamName: h.team_name,
      signStatus: h.sign_status as SignStatus,
      moveStatus: h.move_status as MoveStatus,
      signedOn: h.signed_on,
      movedOn: h.moved_on,
      lastVisitOn: h.last_visit_on,
      overdue: visitOverdue(
        { signStatus: h.sign_status, moveStatus: h.move_status, lastVisitOn: h.last_visit_on },
        startedOn,
        day,
      ),
      version: h.version,
    };
  }

  /** The rates of a list of households. */
  const ratesOf = (hs: repo.HouseholdRow[]) =>
    rates(
      hs.map((h) => ({
        signed: h.sign_status === 'signed',
        moved: h.move_status === 'moved',
        people: h.people,
      })),
    );

  return { campaignFor, figuresOf, campaignOut, householdOut, ratesOf, today };
}
