/**
 * 常态化关心关爱 (seed 004 Luohu: 生活激励, 解除后顾之忧) — 慰问, 体检, 困难帮扶 with a follow-up when
 * one is due — and 谈心谈话 (seed 000 Futian: the 37 cadres with low scores talked to) with a
 * reason and an outcome. Recorded by the cadre's unit or the organisation department.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { readRoots, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import { cadreFor, checkUpdated, today, type IncentivesDeps } from './incentives.core.ts';
import * as repo from './incentives.repository.ts';
import type { CareKind } from './incentives.rules.ts';
import type { careBody, followUpBody, talkBody } from './incentives.schemas.ts';

const yearRange = (year?: number) => {
  const y = year ?? Number(shanghaiDay().slice(0, 4));
  return [`${y}-01-01`, `${y + 1}-01-01`] as const;
};

/** Builds the care and talk verbs. */
export function createCareService(deps: IncentivesDeps) {
  const { db, auditor } = deps;

  /** A day of a record must not lie ahead. */
  const notAhead = (field: string, d: string) => {
    if (d > today()) throw new InvalidError([{ field, key: 'incentives.in_future' }]);
  };

  return {
    /** Care records of the units under a node (or the whole scope) in a year. */
    async careList(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'incentives.read', q.nodeId);
      const rows = await repo.findCare(db, nodeInPaths('c.node_id', paths), ...yearRange(q.year));
      return {
        items: rows.map((c) => ({
          id: c.id,
          nodeName: c.node_name,
          personName: c.person_name,
          kind: c.kind as CareKind,
          doneOn: c.done_on,
          summary: c.summary,
          followUpOn: c.follow_up_on,
          followUpDoneOn: c.follow_up_done_on,
          followUpNote: c.follow_up_note,
          version: c.version,
        })),
        can: { record: can(ctx.actor, 'incentives.care') },
      };
    },

    /** Records a care visit, check-up or hardship help for a cadre of a unit in scope. */
    async addCare(ctx: RequestContext, b: z.infer<typeof careBody>) {
      const actor = requirePermission(ctx, 'incentives.care');
      notAhead('doneOn', b.doneOn);
      if (b.followUpOn && b.followUpOn < b.doneOn)
        throw new InvalidError([{ field: 'followUpOn', key: 'incentives.follow_up_before' }]);
      const { cadre, unit } = await cadreFor(db, deps, actor, 'incentives.care', b.personId);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertCare(trx, {
          district_id: unit.district_id,
          id,
          node_id: unit.id,
          person_id: cadre.personId,
          person_name: cadre.name,
          kind: b.kind,
          done_on: b.doneOn,
          summary: b.summary,
          follow_up_on: b.followUpOn ?? null,
          created_by: actor.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'incentives.care',
          objectType: 'incentives_care',
          objectId: id,
          districtId: unit.district_id,
          detail: { kind: b.kind, personId: cadre.personId, doneOn: b.doneOn },
        });
      });
      return { id };
    },

    /** Records the follow-up of a care record that has one due. */
    async followUp(ctx: RequestContext, id: string, b: z.infer<typeof followUpBody>) {
      notAhead('doneOn', b.doneOn);
      await db.transaction().execute(async (trx) => {
        const c = await rowFor(ctx, 'incentives.care', () => repo.findCareRecord(trx, id, true));
        if (!c.follow_up_on || c.follow_up_done_on) throw new ConflictError('incentives.no_follow_up');
        if (b.doneOn < c.done_on)
          throw new InvalidError([{ field: 'doneOn', key: 'incentives.follow_up_before' }]);
        checkUpdated(
          await repo.updateCare(trx, c.district_id, c.id, b.version, {
            follow_up_done_on: b.doneOn,
            follow_up_note: b.note,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'incentives.care.follow_up',
          objectType: 'incentives_care',
          objectId: c.id,
          districtId: c.district_id,
          detail: { doneOn: b.doneOn },
        });
      });
      return { ok: true as const };
    },

    /** Talks held with cadres of the units under a node (or the whole scope) in a year. */
    async talkList(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'incentives.read', q.nodeId);
      const rows = await repo.findTalks(db, nodeInPaths('t.node_id', paths), ...yearRange(q.year));
      return {
        items: rows.map((x) => ({
          id: x.id,
          nodeName: x.node_name,
          personName: x.person_name,
          talkedOn: x.talked_on,
          reason: x.reason as z.infer<typeof talkBody>['reason'],
          talker: x.talker,
          outcome: x.outcome as z.infer<typeof talkBody>['outcome'],
          note: x.note,
        })),
        can: { record: can(ctx.actor, 'incentives.care') },
      };
    },

    /** Records a 谈心谈话 with a cadre of a unit in scope. */
    async addTalk(ctx: RequestContext, b: z.infer<typeof talkBody>) {
      const actor = requirePermission(ctx, 'incentives.care');
      notAhead('talkedOn', b.talkedOn);
      const { cadre, unit } = await cadreFor(db, deps, actor, 'incentives.care', b.personId);
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertTalk(trx, {
          district_id: unit.district_id,
          id,
          node_id: unit.id,
          person_id: cadre.personId,
          person_name: cadre.name,
          talked_on: b.talkedOn,
          reason: b.reason,
          talker: b.talker,
          outcome: b.outcome,
          note: b.note,
          created_by: actor.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'incentives.talk',
          objectType: 'incentives_talk',
          objectId: id,
          districtId: unit.district_id,
          detail: { reason: b.reason, outcome: b.outcome, personId: cadre.personId },
        });
      });
      return { id };
    },
  };
}
