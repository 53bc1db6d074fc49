/**
 * 休整休养 (seed 000 Futian: 一榜三令 results used for rest and recuperation): a cadre entitled by an
 * approved grant (a 嘉奖令, a special award, 休整休养 itself) books a rest period within the grant's
 * year — no more days than are left, sharing no day with another booking of theirs (serialised per
 * person) — and their unit approves it with a numbered 休整休养通知. The cadre's own page.
 */
import type { z } from 'zod';
import { can, districtsWith, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { checkUpdated, grantOut, restOut, restRoles, type IncentivesDeps } from './incentives.core.ts';
import * as repo from './incentives.repository.ts';
import {
  actionsOf,
  bookingProblem,
  daysBetween,
  decisionNumber,
  holdsDays,
  REST_MOVES,
  type RestState,
} from './incentives.rules.ts';
import type { restBody, restMoveBody } from './incentives.schemas.ts';

/** Builds the rest-period verbs. */
export function createRestsService(deps: IncentivesDeps) {
  const { db, auditor, notify } = deps;

  /** A rest booking the actor may see: their own, or of a unit in scope (404 otherwise). */
  async function restFor(ctx: RequestContext, id: string, lock = false, exec = db) {
    const actor = requirePermission(ctx, 'incentives.print');
    const r = await repo.findRest(exec, id, lock);
    const own = !!r && actor.personId === r.person_id && can(actor, 'incentives.own');
    if (!r || !(own || can(actor, 'incentives.read', r.path))) throw new NotFoundError();
    return r;
  }

  return {
    /** The actor's own grants, what rest they are entitled to, and their bookings. */
    async mine(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'incentives.own');
      const districts = districtsWith(actor, 'incentives.own');
      if (!actor.personId || districts.length === 0) return { grants: [], entitlements: [], rests: [] };
      const grants = (
        await Promise.all(districts.map((d) => repo.findGrantsOfPerson(db, d, actor.personId!)))
      ).flat();
      const rests = (
        await Promise.all(districts.map((d) => repo.findRestsOfPerson(db, d, actor.personId!)))
      ).flat();
      const thisYear = Number(shanghaiDay().slice(0, 4));
      return {
        grants: grants.map(grantOut),
        entitlements: grants
          .filter((g) => g.state === 'approved' && g.rest_days > 0 && g.year >= thisYear)
          .map((g) => {
            const used = rests
              .filter((r) => r.grant_id === g.id && holdsDays(r.state))
              .reduce((s, r) => s + r.days, 0);
            const out = grantOut(g);
            return {
              grantId: g.id,
              measureName: g.measure_name,
              decisionNo: out.decisionNo,
              year: g.year,
              days: g.rest_days,
              used,
              left: g.rest_days - used,
            };
          }),
        rests: rests.map((r) => restOut(ctx, r)),
      };
    },

    /** The cadre books a rest period against one of their approved grants (once per Idempotency-Key). */
    async book(ctx: RequestContext, b: z.infer<typeof restBody>, key?: string) {
      const actor = requirePermission(ctx, 'incentives.own');
      return db.transaction().execute(async (trx) => {
        const g = await repo.findGrant(trx, b.grantId, true);
        if (
          !g ||
          g.person_id !== actor.personId ||
          !districtsWith(actor, 'incentives.own').includes(g.district_id)
        )
          throw new InvalidError([{ field: 'grantId', key: 'incentives.not_entitled' }]);
        if (g.state !== 'approved' || g.rest_days === 0)
          throw new InvalidError([{ field: 'grantId', key: 'incentives.not_entitled' }]);
        const id = uuidv7();
        const { result } = await withIdempotency(
          trx,
          { userId: actor.userId, key, payload: b, answer: { id } },
          async () => {
            await repo.lockPerson(trx, g.district_id, g.person_id);
            const held = await repo.findHeldRests(trx, g.district_id, g.person_id);
            const problem = bookingProblem(
              b,
              {
                year: g.year,
                approvedOn: shanghaiDay(new Date(g.decided_at!)),
                restDays: g.rest_days,
                usedDays: held.filter((h) => h.grant_id === g.id).reduce((s, h) => s + h.days, 0),
              },
              held.map((h) => ({ startsOn: h.starts_on, endsOn: h.ends_on })),
            );
            if (problem === 'incentives.rest_overlap') throw new ConflictError(problem);
            if (problem)
              throw new InvalidError([
                { field: problem === 'incentives.rest_days' ? 'endsOn' : 'startsOn', key: problem },
              ]);
            await repo.insertRest(trx, {
              district_id: g.district_id,
              id,
              grant_id: g.id,
              node_id: g.node_id,
              person_id: g.person_id,
              person_name: g.person_name,
              starts_on: b.startsOn,
              ends_on: b.endsOn,
              days: daysBetween(b.startsOn, b.endsOn),
              note: b.note,
            });
            await auditor.append(trx, ctx, {
              action: 'incentives.rest.book',
              objectType: 'incentives_rest',
              objectId: id,
              districtId: g.district_id,
              detail: { grantId: g.id, startsOn: b.startsOn, endsOn: b.endsOn },
            });
            const params = { name: g.person_name, from: b.startsOn, to: b.endsOn };
            await notify.send(trx, [
              {
                districtId: g.district_id,
                nodeId: g.node_id,
                kind: 'incentives.rest_requested',
                title: t('zh-CN', 'incentives.notice.rest_requested', params),
                titleKey: 'incentives.notice.rest_requested',
                titleParams: params,
                link: '/incentives/rests',
                objectType: 'incentives_rest',
                objectId: id,
              },
            ]);
            return { id };
          },
        );
        return result;
      });
    },

    /** Rest bookings of the units under a node (or the whole scope), starting in a year. */
    async list(ctx: RequestContext, q: { nodeId?: string; year?: number; state?: RestState }) {
      const paths = await readRoots(db, ctx, 'incentives.read', q.nodeId);
      const rows = await repo.findRests(db, nodeInPaths('r.node_id', paths), q);
      return { items: rows.map((r) => restOut(ctx, r)) };
    },

    /** The unit approves (numbering the notice) or rejects; the cadre cancels a request. */
    async move(ctx: RequestContext, id: string, b: z.infer<typeof restMoveBody>) {
      await db.transaction().execute(async (trx) => {
        const r = await restFor(ctx, id, true, trx);
        const open = actionsOf(REST_MOVES, r.state as RestState, restRoles(ctx.actor, r));
        if (!open.includes(b.action)) {
          if (r.state !== REST_MOVES[b.action].from) throw new ConflictError('incentives.wrong_state');
          throw new NotFoundError();
        }
        if (b.action === 'reject' && !b.note)
          throw new InvalidError([{ field: 'note', key: 'incentives.note_required' }]);
        const set: Parameters<typeof repo.updateRest>[4] = { state: REST_MOVES[b.action].to };
        if (b.action !== 'cancel')
          Object.assign(set, {
            decided_by: ctx.actor!.userId,
            decider_name: ctx.actor!.displayName,
            decided_at: new Date(),
          });
        if (b.action === 'reject') set.note = b.note;
        if (b.action === 'approve') {
          const year = Number(shanghaiDay().slice(0, 4));
          set.notice_year = year;
          set.notice_no = await repo.nextNumber(trx, r.district_id, 'rest', year);
        }
        checkUpdated(await repo.updateRest(trx, r.district_id, r.id, b.version, set));
        await auditor.append(trx, ctx, {
          action: `incentives.rest.${b.action}`,
          objectType: 'incentives_rest',
          objectId: r.id,
          districtId: r.district_id,
          detail: { from: r.state, to: set.state, note: b.note ?? '' },
        });
      });
      return { ok: true as const };
    },

    /** The printable 休整休养通知 of an approved booking (the cadre's own, or a unit's in scope). */
    async notice(ctx: RequestContext, id: string) {
      const r = await restFor(ctx, id);
      if (r.state !== 'approved' || !r.notice_year || !r.notice_no)
        throw new ConflictError('incentives.no_notice');
      const district = await repo.findNode(db, r.district_id);
      const out = restOut(ctx, r);
      return {
        number: out.noticeNo!,
        districtName: district?.name ?? '',
        unitName: r.node_name,
        personName: r.person_name,
        measureName: r.measure_name,
        decisionNo: r.decision_year && r.decision_no ? decisionNumber(r.decision_year, r.decision_no) : null,
        startsOn: r.starts_on,
        endsOn: r.ends_on,
        days: r.days,
        approvedOn: shanghaiDay(new Date(r.decided_at!)),
      };
    },
  };
}
