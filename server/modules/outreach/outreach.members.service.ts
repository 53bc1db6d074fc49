/**
 * The member's side of 双报到, from the phone: my page (this year's report, services, pledges); 报到
 * in one tap (a retry or a second tap is the same report; a pre-registration by the unit is
 * reported); services recorded for the community to confirm; 亮身份 pledges and their fulfilment.
 */
import type { z } from 'zod';
import type { RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { t } from '../../platform/i18n.ts';
import { checkUpdated, memberOf, thisYear, today, type OutreachDeps } from './outreach.core.ts';
import * as repo from './outreach.repository.ts';
import { reportStep, toHalfHours, type State } from './outreach.rules.ts';
import type { fulfilBody, pledgeBody, reportBody, serviceBody } from './outreach.schemas.ts';
import type { createRegisterService } from './outreach.register.service.ts';

/** The levels a member may work in (their unit) and report to. */
export const UNIT_LEVELS = ['district', 'department', 'street'] as const;
export const COMMUNITY_LEVELS = ['community'] as const;

/** Builds the member verbs (view comes from the register verbs). */
export function createMembersService(
  deps: OutreachDeps,
  register: Pick<ReturnType<typeof createRegisterService>, 'view'>,
) {
  const { db, auditor, notify } = deps;

  /** This year's accepted (or reported) report of the member, for services and pledges; 409 otherwise. */
  async function activeReport(ctx: RequestContext) {
    const m = await memberOf(deps, ctx);
    const r = await repo.findMemberReport(db, m.districtId, thisYear(), m.personId);
    if (!r || r.state !== 'accepted') throw new ConflictError('outreach.not_accepted');
    return r;
  }

  return {
    /** My page: this year's report and the places to choose from. */
    async me(ctx: RequestContext) {
      const m = await memberOf(deps, ctx);
      const year = thisYear();
      const [r, places] = await Promise.all([
        repo.findMemberReport(db, m.districtId, year, m.personId),
        repo.findPlaces(db, m.districtId, [...COMMUNITY_LEVELS, ...UNIT_LEVELS]),
      ]);
      const communities = places.filter((p) => p.level === 'community').map(({ id, name }) => ({ id, name }));
      const units = places.filter((p) => p.level !== 'community').map(({ id, name }) => ({ id, name }));
      return {
        year,
        name: m.name,
        report: r ? await register.view(ctx, r.id) : null,
        communities,
        units,
        suggested: {
          communityId: r?.community_id ?? communities.find((c) => c.id === m.grantNodeId)?.id ?? null,
          unitNodeId:
            r?.unit_node_id ?? m.unitNodeId ?? units.find((u) => u.id === m.grantNodeId)?.id ?? null,
        },
      };
    },

    /** 报到: reports to a community for this year (idempotent: the same tap twice is one report). */
    async report(ctx: RequestContext, b: z.infer<typeof reportBody>, key?: string) {
      const m = await memberOf(deps, ctx);
      const [community, unit] = await Promise.all([
        repo.findNode(db, b.communityId),
        repo.findNode(db, b.unitNodeId),
      ]);
      if (!community || community.district_id !== m.districtId || community.level !== 'community')
        throw new InvalidError([{ field: 'communityId', key: 'outreach.not_community' }]);
      if (
        !unit ||
        unit.district_id !== m.districtId ||
        !(UNIT_LEVELS as readonly string[]).includes(unit.level)
      )
        throw new InvalidError([{ field: 'unitNodeId', key: 'outreach.not_unit' }]);
      const year = thisYear();
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: ctx.actor!.userId, key, payload: b },
          async () => {
            const r = await repo.findMemberReport(trx, m.districtId, year, m.personId, true);
            const step = reportStep(
              r ? { state: r.state as State, communityId: r.community_id } : null,
              community.id,
            );
            if (step === 'same') return { id: r!.id };
            if (step === 'conflict') throw new ConflictError('outreach.reported_elsewhere');
            const id = r?.id ?? uuidv7();
            const fields = {
              community_id: community.id,
              unit_node_id: unit.id,
              user_id: ctx.actor!.userId,
              state: 'reported',
              reported_at: new Date(),
              note: '',
              programme_id: null,
            };
            if (step === 'insert') {
              await repo.insertReport(trx, {
                district_id: m.districtId,
                id,
                year,
                person_id: m.personId,
                member_name: m.name,
                source: 'self',
                ...fields,
              });
            } else checkUpdated(await repo.updateReport(trx, m.districtId, id, r!.version, fields));
            await auditor.append(trx, ctx, {
              action: 'outreach.report',
              objectType: 'outreach_report',
              objectId: id,
              districtId: m.districtId,
              detail: { community: community.id, unit: unit.id, year, step },
            });
            const params = { member: m.name, unit: unit.name };
            await notify.send(trx, [
              {
                districtId: m.districtId,
                nodeId: community.id,
                kind: 'outreach.reported',
                title: t('zh-CN', 'outreach.notice.reported', params),
                titleKey: 'outreach.notice.reported',
                titleParams: params,
                link: `/outreach/reports/${id}`,
                objectType: 'outreach_report',
                objectId: id,
              },
            ]);
            return { id };
          },
        );
        return result;
      });
    },

    /** Records a service for the community to confirm (once per Idempotency-Key; not in the future). */
    async addService(ctx: RequestContext, b: z.infer<typeof serviceBody>, key?: string) {
      const r = await activeReport(ctx);
      if (b.servedOn > today()) throw new InvalidError([{ field: 'servedOn', key: 'outreach.in_future' }]);
      if (Number(b.servedOn.slice(0, 4)) !== r.year)
        throw new InvalidError([{ field: 'servedOn', key: 'outreach.other_year' }]);
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: ctx.actor!.userId, key, payload: b },
          async () => {
            const id = uuidv7();
            await repo.insertService(trx, {
              district_id: r.district_id,
              id,
              report_id: r.id,
              served_on: b.servedOn,
              half_hours: toHalfHours(b.hours),
              content: b.content,
              residents: b.residents,
            });
            await auditor.append(trx, ctx, {
              action: 'outreach.service.record',
              objectType: 'outreach_service',
              objectId: id,
              districtId: r.district_id,
              detail: { report: r.id, servedOn: b.servedOn, hours: b.hours, residents: b.residents },
            });
            return { id };
          },
        );
        return result;
      });
    },

    /** Makes a public pledge 亮身份践承诺 (once per Idempotency-Key). */
    async addPledge(ctx: RequestContext, b: z.infer<typeof pledgeBody>, key?: string) {
      const r = await activeReport(ctx);
      if (b.dueOn < today()) throw new InvalidError([{ field: 'dueOn', key: 'outreach.in_past' }]);
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(
          trx,
          { userId: ctx.actor!.userId, key, payload: b },
          async () => {
            const id = uuidv7();
            await repo.insertPledge(trx, {
              district_id: r.district_id,
              id,
              report_id: r.id,
              content: b.content,
              due_on: b.dueOn,
            });
            await auditor.append(trx, ctx, {
              action: 'outreach.pledge.make',
              objectType: 'outreach_pledge',
              objectId: id,
              districtId: r.district_id,
              detail: { report: r.id, dueOn: b.dueOn },
            });
            return { id };
          },
        );
        return result;
      });
    },

    /** Records how a pledge was kept (the member's own; against its version). */
    async fulfil(ctx: RequestContext, id: string, b: z.infer<typeof fulfilBody>) {
      const m = await memberOf(deps, ctx);
      const g = await repo.findPledge(db, id);
      if (!g || g.person_id !== m.personId) throw new NotFoundError();
      if (g.state !== 'open') throw new ConflictError('outreach.wrong_state');
      if (b.fulfilledOn > today())
        throw new InvalidError([{ field: 'fulfilledOn', key: 'outreach.in_future' }]);
      await db.transaction().execute(async (trx) => {
        checkUpdated(
          await repo.updatePledge(trx, g.district_id, g.id, b.version, {
            state: 'fulfilled',
            fulfilment: b.fulfilment,
            fulfilled_on: b.fulfilledOn,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'outreach.pledge.fulfil',
          objectType: 'outreach_pledge',
          objectId: g.id,
          districtId: g.district_id,
          detail: { fulfilledOn: b.fulfilledOn },
        });
      });
      return { ok: true as const };
    },
  };
}
