/**
 * Incentive records 激励记录 (seed 004 Luohu: 17 measures applied to cadres; seed 000 Futian: 嘉奖激励,
 * 疫情防控专项奖): a unit proposes a measure for one of its cadres, the organisation department
 * approves (under a row lock on the measure, checking its yearly quota per unit, and numbering the
 * 激励决定 gaplessly per district and year) or rejects; the unit may withdraw a proposal. A proposal may
 * name the 嘉奖令 it follows from (seed 000: 一榜三令 results used for 嘉奖激励 and 休整休养): one the
 * tasks module issued naming the cadre or their unit, read through its public feed; its number fills
 * the source reference, and one order gives a cadre a measure only once while that grant stands.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { readRoots, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import {
  cadreFor,
  catalogueOf,
  checkUpdated,
  grantActions,
  grantOut,
  type IncentivesDeps,
} from './incentives.core.ts';
import * as repo from './incentives.repository.ts';
import { GRANT_MOVES, withinQuota, type Area, type GrantState } from './incentives.rules.ts';
import type { commendationView, grantBody, grantMoveBody, grantView } from './incentives.schemas.ts';

type Commendation = z.infer<typeof commendationView>;

/** Builds the grant verbs. */
export function createGrantsService(deps: IncentivesDeps) {
  const { db, auditor, notify } = deps;

  const grantFor = (ctx: RequestContext, id: string, lock = false, exec = db) =>
    rowFor(ctx, 'incentives.read', () => repo.findGrant(exec, id, lock));

  async function view(ctx: RequestContext, id: string): Promise<z.infer<typeof grantView>> {
    const g = await grantFor(ctx, id);
    const used = await repo.countApproved(db, g.district_id, g.measure_code, g.node_id, g.year);
    return {
      ...grantOut(g),
      deciderName: g.decider_name,
      decisionNote: g.decision_note,
      quota: g.quota,
      quotaUsed: used,
      actions: grantActions(ctx, g),
    };
  }

  /**
   * The 嘉奖令 issued for a cadre (as commander, through their unit, or in a consequence) this year or
   * last, newest first: what a proposal may follow from.
   */
  async function commendationsOf(districtId: string, cadre: { personId: string; unitNodeId: string }) {
    const year = Number(shanghaiDay().slice(0, 4));
    const orders = await deps.orders.ordersOf({
      districtId,
      personIds: [cadre.personId],
      unitNodeIds: [cadre.unitNodeId],
      from: `${year - 1}-01-01`,
      to: shanghaiDay(),
    });
    return orders
      .filter((o) => o.type === 'commendation')
      .map((o): Commendation => ({
        orderId: o.orderId,
        number: o.number,
        taskTitle: o.taskTitle,
        issuedOn: shanghaiDay(new Date(o.issuedAt)),
      }))
      .reverse();
  }

  return {
    view,

    /** The 嘉奖令 a proposal for a cadre of the actor's units may name (422 on personId otherwise). */
    async commendations(ctx: RequestContext, personId: string): Promise<Commendation[]> {
      const actor = requirePermission(ctx, 'incentives.propose');
      const { cadre, unit } = await cadreFor(db, deps, actor, 'incentives.propose', personId);
      return commendationsOf(unit.district_id, cadre);
    },

    /** Grants of the units under a node (or the whole scope), of a year and state, newest first. */
    async list(ctx: RequestContext, q: { nodeId?: string; year?: number; state?: GrantState }) {
      const paths = await readRoots(db, ctx, 'incentives.read', q.nodeId);
      const rows = await repo.findGrants(db, nodeInPaths('g.node_id', paths), q);
      return {
        items: rows.map(grantOut),
        can: {
          propose: can(ctx.actor, 'incentives.propose'),
          approve: can(ctx.actor, 'incentives.approve'),
          export: can(ctx.actor, 'incentives.export'),
        },
      };
    },

    /** A unit proposes a measure of the catalogue for one of its cadres (once per Idempotency-Key). */
    async propose(ctx: RequestContext, b: z.infer<typeof grantBody>, key?: string) {
      const actor = requirePermission(ctx, 'incentives.propose');
      const { cadre, unit } = await cadreFor(db, deps, actor, 'incentives.propose', b.personId);
      return db.transaction().execute(async (trx) => {
        const measures = await catalogueOf(trx, unit.district_id);
        const m = measures.find((x) => x.code === b.measureCode);
        if (!m || !m.active)
          throw new InvalidError([{ field: 'measureCode', key: 'incentives.unknown_measure' }]);
        let order: Commendation | undefined;
        if (b.orderId) {
          order = (await commendationsOf(unit.district_id, cadre)).find((o) => o.orderId === b.orderId);
          if (!order) throw new InvalidError([{ field: 'orderId', key: 'incentives.not_commendation' }]);
        }
        const id = uuidv7();
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key, payload: b, answer: { id } },
          async () => {
            if (order) {
              // one standing grant per order, cadre and measure; a person's writes are serialised
              await repo.lockPerson(trx, unit.district_id, cadre.personId);
              if (
                await repo.findStandingForOrder(trx, unit.district_id, order.orderId, cadre.personId, m.code)
              )
                throw new ConflictError('incentives.order_used', { number: order.number ?? '' });
            }
            await repo.insertGrant(trx, {
              district_id: unit.district_id,
              id,
              node_id: unit.id,
              person_id: cadre.personId,
              person_name: cadre.name,
              measure_code: m.code,
              year: b.year,
              reason: b.reason,
              source_ref: b.sourceRef || (order?.number ?? ''),
              order_id: order?.orderId ?? null,
              proposed_by: actor.userId,
            });
            await auditor.append(trx, ctx, {
              action: 'incentives.propose',
              objectType: 'incentives_grant',
              objectId: id,
              districtId: unit.district_id,
              detail: {
                measure: m.code,
                personId: cadre.personId,
                year: b.year,
                orderId: order?.orderId ?? null,
              },
            });
            const params = { unit: unit.name, name: cadre.name, measure: m.name };
            await notify.send(trx, [
              {
                districtId: unit.district_id,
                nodeId: unit.district_id,
                kind: 'incentives.proposed',
                title: t('zh-CN', 'incentives.notice.proposed', params),
                titleKey: 'incentives.notice.proposed',
                titleParams: params,
                link: `/incentives/grants/${id}`,
                objectType: 'incentives_grant',
                objectId: id,
              },
            ]);
            return { id };
          },
        );
        return result;
      });
    },

    /** Approves, rejects or withdraws a proposal at the version read. */
    async move(ctx: RequestContext, id: string, b: z.infer<typeof grantMoveBody>) {
      await db.transaction().execute(async (trx) => {
        const g = await grantFor(ctx, id, true, trx);
        if (!grantActions(ctx, g).includes(b.action)) {
          if (g.state !== GRANT_MOVES[b.action].from) throw new ConflictError('incentives.wrong_state');
          throw new NotFoundError();
        }
        if (b.action === 'reject' && !b.note)
          throw new InvalidError([{ field: 'note', key: 'incentives.note_required' }]);
        const set: Parameters<typeof repo.updateGrant>[4] = { state: GRANT_MOVES[b.action].to };
        if (b.action !== 'withdraw') {
          Object.assign(set, {
            decided_by: ctx.actor!.userId,
            decider_name: ctx.actor!.displayName,
            decided_at: new Date(),
            decision_note: b.note ?? '',
          });
        }
        if (b.action === 'approve') {
          const m = (await repo.findMeasure(trx, g.district_id, g.measure_code, true))!;
          const used = await repo.countApproved(trx, g.district_id, g.measure_code, g.node_id, g.year);
          if (!withinQuota(m.quota, used))
            throw new ConflictError('incentives.quota_full', { quota: m.quota, measure: m.name });
          const year = Number(shanghaiDay().slice(0, 4));
          Object.assign(set, {
            rest_days: m.rest_days,
            decision_year: year,
            decision_no: await repo.nextNumber(trx, g.district_id, 'decision', year),
          });
        }
        checkUpdated(await repo.updateGrant(trx, g.district_id, g.id, b.version, set));
        await auditor.append(trx, ctx, {
          action: `incentives.${b.action}`,
          objectType: 'incentives_grant',
          objectId: g.id,
          districtId: g.district_id,
          detail: { from: g.state, to: set.state, note: b.note ?? '' },
        });
        if (b.action !== 'withdraw') {
          const sent =
            b.action === 'approve'
              ? { kind: 'incentives.approved', key: 'incentives.notice.approved' }
              : { kind: 'incentives.rejected', key: 'incentives.notice.rejected' };
          const key = sent.key;
          const params = { name: g.person_name, measure: g.measure_name };
          await notify.send(trx, [
            {
              districtId: g.district_id,
              nodeId: g.node_id,
              kind: sent.kind,
              title: t('zh-CN', key, params),
              titleKey: key,
              titleParams: params,
              link: `/incentives/grants/${g.id}`,
              objectType: 'incentives_grant',
              objectId: g.id,
            },
          ]);
        }
      });
      return { ok: true as const };
    },

    /** The printable 激励决定 of an approved grant (its cadre may read it too). */
    async decision(ctx: RequestContext, id: string) {
      const actor = requirePermission(ctx, 'incentives.print');
      const g = await repo.findGrant(db, id);
      const own = !!g && actor.personId === g.person_id && can(actor, 'incentives.own');
      if (!g || !(own || can(actor, 'incentives.read', g.path))) throw new NotFoundError();
      if (g.state !== 'approved' || !g.decision_year || !g.decision_no)
        throw new ConflictError('incentives.no_decision');
      const district = await repo.findNode(db, g.district_id);
      const out = grantOut(g);
      return {
        number: out.decisionNo!,
        districtName: district?.name ?? '',
        unitName: g.node_name,
        personName: g.person_name,
        area: g.area as Area,
        measureName: g.measure_name,
        reason: g.reason,
        sourceRef: g.source_ref,
        restDays: g.rest_days,
        year: g.year,
        decidedOn: out.decidedOn!,
      };
    },
  };
}
