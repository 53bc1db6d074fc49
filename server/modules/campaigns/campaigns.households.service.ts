/**
 * Households 户 and their work (seed 004 当事人8293户; seed 002 入户走访 … 谈判以及拆迁): the register of a
 * campaign, visits logged from a phone (Idempotency-Key), a signing or moving out recorded by the
 * household's team with its date, and the campaign office's confirmation or refusal (never by the
 * one who recorded it: two people); the one who recorded is told of a refusal.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { t } from '../../platform/i18n.ts';
import { phoneColumns } from '../../platform/pii/phone.ts';
import { maskName } from '../../platform/pii/pii.ts';
import type { Executor } from '../../platform/db/db.ts';
import { checkUpdated, type CampaignsCore, type CampaignsDeps } from './campaigns.core.ts';
import * as repo from './campaigns.repository.ts';
import { mayDecide, statusAfterVisit, step, type SignStatus } from './campaigns.rules.ts';
import type {
  decisionBody,
  householdBody,
  householdsQuery,
  recordBody,
  recordView,
  visitBody,
} from './campaigns.schemas.ts';

/** Builds the household verbs. */
export function createHouseholdsService(deps: CampaignsDeps & { core: CampaignsCore }) {
  const { db, auditor, core } = deps;

  /** A record as the API shows it. */
  const recordOut = (
    ctx: RequestContext,
    r: repo.RecordRow,
    office: boolean,
  ): z.infer<typeof recordView> => ({
    id: r.id,
    householdId: r.household_id,
    householdNo: r.no,
    buildingNo: r.building_no,
    headName: office ? r.head_name : maskName(r.head_name),
    teamName: r.team_name,
    kind: r.kind as 'sign' | 'move',
    onDate: r.on_date,
    state: r.state as 'pending' | 'confirmed' | 'refused',
    recordedName: r.recorded_name,
    reason: r.reason,
    mine: r.recorded_by === ctx.actor?.userId,
    version: r.version,
  });

  /**
   * A household the actor may work (locked): the campaign's office, or a member of the team it is
   * given to; 404 for anyone else (a member of another team sees it but may not work it).
   */
  async function workable(ctx: RequestContext, trx: Executor, id: string) {
    requirePermission(ctx, 'campaigns.work');
    const h = await repo.findHousehold(trx, id, true);
    if (!h) throw new NotFoundError();
    const s = await core.campaignFor(ctx, h.campaign_id, 'campaigns.work', trx);
    const officer = can(ctx.actor, 'campaigns.work', s.c.path);
    if (!officer && (!s.teamId || s.teamId !== h.team_id)) throw new NotFoundError();
    return { h, c: s.c };
  }

  return {
    /** A campaign's households (filtered by team, status, overdue, or a number or building). */
    async households(ctx: RequestContext, id: string, q: z.infer<typeof householdsQuery>) {
      const s = await core.campaignFor(ctx, id, 'campaigns.read');
      const day = core.today();
      let rows = (await repo.findHouseholds(db, s.c.district_id, s.c.id)).map((h) =>
        core.householdOut(h, s.c.started_on, s.office, day),
      );
      if (q.teamId) rows = rows.filter((h) => h.teamId === q.teamId);
      if (q.status === 'overdue') rows = rows.filter((h) => h.overdue);
      else if (q.status === 'unassigned') rows = rows.filter((h) => !h.teamId);
      else if (q.status) rows = rows.filter((h) => h.signStatus === q.status);
      if (q.q) rows = rows.filter((h) => h.no.includes(q.q!) || h.buildingNo.includes(q.q!));
      return rows;
    },

    /** One household with its visits and records. */
    async household(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'campaigns.read');
      const h = await repo.findHousehold(db, id);
      if (!h) throw new NotFoundError();
      const s = await core.campaignFor(ctx, h.campaign_id, 'campaigns.read');
      const [visits, records] = await Promise.all([
        repo.findVisits(db, h.district_id, h.id),
        repo.findRecordsOfHousehold(db, h.district_id, h.id),
      ]);
      const officer = can(ctx.actor, 'campaigns.work', s.c.path);
      return {
        household: core.householdOut(h, s.c.started_on, s.office),
        visits: visits.map((v) => ({
          id: v.id,
          visitedOn: v.visited_on,
          outcome: v.outcome as 'absent',
          concerns: v.concerns,
          byName: v.by_name,
        })),
        records: records.map((r) => recordOut(ctx, r, s.office)),
        can: { work: officer || (!!s.teamId && s.teamId === h.team_id) },
      };
    },

    /** Adds one household to the register; 409 when its number is taken. */
    async addHousehold(ctx: RequestContext, id: string, b: z.infer<typeof householdBody>) {
      const { c } = await core.campaignFor(ctx, id, 'campaigns.manage');
      let name = b.headName;
      if (b.headPersonId) {
        const n = await deps.people.fullName(c.district_id, b.headPersonId);
        if (!n) throw new InvalidError([{ field: 'headPersonId', key: 'campaigns.person_unknown' }]);
        name = n;
      }
      if (!name) throw new InvalidError([{ field: 'headName', key: 'campaigns.name_required' }]);
      const phone = phoneColumns(deps.pii, b.phone, { field: 'phone', key: 'campaigns.bad_phone' });
      return db.transaction().execute(async (trx) => {
        const hid = uuidv7();
        const n = await repo.insertHouseholds(trx, [
          {
            district_id: c.district_id,
            id: hid,
            campaign_id: c.id,
            no: b.no,
            building_no: b.buildingNo,
            head_name: name,
            head_person_id: b.headPersonId ?? null,
            ...phone,
            people: b.people,
            area_m2: b.areaM2,
          },
        ]);
        if (n === 0) throw new ConflictError('campaigns.household_exists');
        await auditor.append(trx, ctx, {
          action: 'campaigns.household.add',
          objectType: 'campaigns_household',
          objectId: hid,
          districtId: c.district_id,
          detail: { campaign: c.id, no: b.no, building: b.buildingNo },
        });
        return { id: hid };
      });
    },

    /** Logs a visit 入户走访 from a phone (safe to send again with the same Idempotency-Key). */
    async visit(ctx: RequestContext, id: string, b: z.infer<typeof visitBody>, key?: string) {
      const actor = requirePermission(ctx, 'campaigns.work');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key, payload: { id, ...b } },
          async () => {
            const { h, c } = await workable(ctx, trx, id);
            if (b.visitedOn < c.started_on || b.visitedOn > core.today())
              throw new InvalidError([{ field: 'visitedOn', key: 'campaigns.bad_visit_day' }]);
            const vid = uuidv7();
            await repo.insertVisit(trx, {
              district_id: h.district_id,
              id: vid,
              campaign_id: c.id,
              household_id: h.id,
              team_id: h.team_id,
              visited_on: b.visitedOn,
              outcome: b.outcome,
              concerns: b.concerns,
              user_id: actor.userId,
              by_name: actor.displayName,
            });
            const status = statusAfterVisit(h.sign_status as SignStatus, b.outcome);
            const last = h.last_visit_on && h.last_visit_on > b.visitedOn ? h.last_visit_on : b.visitedOn;
            checkUpdated(
              await repo.updateHousehold(trx, h.district_id, h.id, h.version, {
                sign_status: status,
                last_visit_on: last,
              }),
            );
            await auditor.append(trx, ctx, {
              action: 'campaigns.visit',
              objectType: 'campaigns_household',
              objectId: h.id,
              districtId: h.district_id,
              detail: { visit: vid, on: b.visitedOn, outcome: b.outcome },
            });
            return { id: vid, signStatus: status };
          },
        );
        return result;
      });
    },

    /**
     * Records a signing or a moving out with its date (the household's team, or an officer),
     * checking the household's version; it waits for the campaign office's confirmation.
     */
    async record(ctx: RequestContext, id: string, b: z.infer<typeof recordBody>, key?: string) {
      const actor = requirePermission(ctx, 'campaigns.work');
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key, payload: { id, ...b } },
          async () => {
            const { h, c } = await workable(ctx, trx, id);
            if (h.version !== b.version) throw new ConflictError('campaigns.stale');
            if (b.onDate < c.started_on || b.onDate > core.today())
              throw new InvalidError([{ field: 'onDate', key: 'campaigns.bad_record_day' }]);
            const from = b.kind === 'sign' ? h.sign_status : h.move_status;
            const to = step(from, `record_${b.kind}`, 'team');
            if (!to) throw new ConflictError('campaigns.wrong_status');
            checkUpdated(
              await repo.updateHousehold(
                trx,
                h.district_id,
                h.id,
                h.version,
                b.kind === 'sign' ? { sign_status: to } : { move_status: to },
              ),
            );
            const rid = uuidv7();
            await repo.insertRecord(trx, {
              district_id: h.district_id,
              id: rid,
              campaign_id: c.id,
              household_id: h.id,
              team_id: h.team_id,
              kind: b.kind,
              on_date: b.onDate,
              recorded_by: actor.userId,
              recorded_name: actor.displayName,
            });
            await auditor.append(trx, ctx, {
              action: `campaigns.record.${b.kind}`,
              objectType: 'campaigns_household',
              objectId: h.id,
              districtId: h.district_id,
              detail: { record: rid, on: b.onDate },
            });
            return { id: rid };
          },
        );
        return result;
      });
    },

    /** Records waiting for the campaign office's confirmation. */
    async confirmations(ctx: RequestContext, id: string) {
      const s = await core.campaignFor(ctx, id, 'campaigns.confirm');
      return (await repo.findPendingRecords(db, [s.c.id])).map((r) => recordOut(ctx, r, true));
    },

    /**
     * The campaign office confirms a record (the household is signed or moved from that date) or
     * refuses it with a reason (it goes back; the recorder is told). Never the one who recorded it.
     */
    async decide(ctx: RequestContext, id: string, b: z.infer<typeof decisionBody>) {
      const actor = requirePermission(ctx, 'campaigns.confirm');
      return db.transaction().execute(async (trx) => {
        const r = await repo.findRecord(trx, id, true);
        if (!r) throw new NotFoundError();
        const { c } = await core.campaignFor(ctx, r.campaign_id, 'campaigns.confirm', trx);
        if (r.state !== 'pending') throw new ConflictError('campaigns.decided');
        if (r.version !== b.version) throw new ConflictError('campaigns.stale');
        if (r.recorded_by && !mayDecide(r.recorded_by, actor.userId))
          throw new ConflictError('campaigns.two_person');
        if (!b.approve && !b.reason)
          throw new InvalidError([{ field: 'reason', key: 'campaigns.reason_required' }]);
        const h = (await repo.findHousehold(trx, r.household_id, true))!;
        const kind = r.kind as 'sign' | 'move';
        const to = step(
          kind === 'sign' ? h.sign_status : h.move_status,
          `${b.approve ? 'confirm' : 'refuse'}_${kind}`,
          'office',
        );
        if (!to) throw new ConflictError('campaigns.wrong_status');
        const set =
          kind === 'sign'
            ? { sign_status: to, signed_on: b.approve ? r.on_date : null }
            : { move_status: to, moved_on: b.approve ? r.on_date : null };
        checkUpdated(await repo.updateHousehold(trx, h.district_id, h.id, h.version, set));
        checkUpdated(
          await repo.updateRecord(trx, r.district_id, r.id, r.version, {
            state: b.approve ? 'confirmed' : 'refused',
            decided_by: actor.userId,
            decided_at: new Date(),
            reason: b.reason,
          }),
        );
        // a paper record entered later has no account to tell
        if (!b.approve && r.recorded_by) {
          const params = {
            no: h.no,
            campaign: c.name,
            kind: { $t: `campaigns.record.${kind}` },
            reason: b.reason,
          };
          await deps.notify.send(trx, [
            {
              districtId: r.district_id,
              userId: r.recorded_by,
              kind: 'campaigns.refused',
              title: t('zh-CN', 'campaigns.notice.refused', {
                ...params,
                kind: t('zh-CN', `campaigns.record.${kind}`),
              }),
              titleKey: 'campaigns.notice.refused',
              titleParams: params,
              link: `/campaigns/${c.id}`,
              objectType: 'campaigns_household',
              objectId: h.id,
            },
          ]);
        }
        await auditor.append(trx, ctx, {
          action: b.approve ? `campaigns.confirm.${kind}` : `campaigns.refuse.${kind}`,
          objectType: 'campaigns_record',
          objectId: r.id,
          districtId: r.district_id,
          detail: { household: h.id, on: r.on_date, reason: b.reason },
        });
        return { ok: true as const };
      });
    },
  };
}
