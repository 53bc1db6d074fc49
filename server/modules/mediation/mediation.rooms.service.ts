/**
 * Mediation rooms 人民调解室 on the tree and the mediators seated in them, and the district's steps
 * of 党群调解331 as configured data (and in Excel).
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { readRoots, rowFor } from '../../platform/access/nodes.ts';
import { InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import type { MediationCore, MediationDeps } from './mediation.core.ts';
import * as repo from './mediation.repository.ts';
import type { roomBody, stepsBody } from './mediation.schemas.ts';

/** Builds the room and step verbs. */
export function createRoomsService(deps: MediationDeps & { core: MediationCore }) {
  const { db, auditor, core } = deps;

  return {
    /** Rooms in the actor's reach (a mediator: also the rooms they sit in), with their mediators. */
    async listRooms(ctx: RequestContext, q: { nodeId?: string }) {
      const actor = requirePermission(ctx, 'mediation.read');
      const paths = await readRoots(db, ctx, 'mediation.read', q.nodeId);
      const rooms = await repo.listRooms(db, paths, actor.userId);
      const ms = await repo.mediatorsOf(
        db,
        rooms.map((r) => r.id),
      );
      return rooms.map((r) => ({
        id: r.id,
        nodeId: r.node_id,
        nodeName: r.node_name,
        name: r.name,
        kind: r.kind as 'people' | 'court' | 'petition' | 'trade',
        address: r.address,
        mediators: ms.filter((m) => m.room_id === r.id).map((m) => ({ userId: m.user_id, name: m.name })),
        can: { manage: can(actor, 'mediation.manage', r.path) },
      }));
    },

    /** Sets up a room on a node. */
    async createRoom(ctx: RequestContext, input: z.infer<typeof roomBody>) {
      const n = await core.nodeFor(ctx, input.nodeId, 'mediation.manage');
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        const ok = await repo.insertRoom(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          name: input.name,
          kind: input.kind,
          address: input.address,
        });
        if (!ok) throw new InvalidError([{ field: 'name', key: 'mediation.room_taken' }]);
        await auditor.append(trx, ctx, {
          action: 'mediation.room.create',
          objectType: 'mediation_room',
          objectId: id,
          districtId: n.district_id,
          detail: { name: input.name, kind: input.kind, nodeId: n.id },
        });
      });
      return { id };
    },

    /** Seats a mediator (an account holding the mediator role over the room's node) in a room. */
    async addMediator(ctx: RequestContext, roomId: string, username: string) {
      const r = await rowFor(ctx, 'mediation.manage', () => repo.findRoom(db, roomId));
      const a = await deps.actorByUsername(username);
      if (
        !a ||
        !a.grants.some(
          (g) => g.role === 'mediator' && (r.path.startsWith(g.path) || g.path.startsWith(r.path)),
        )
      )
        throw new InvalidError([{ field: 'username', key: 'mediation.not_mediator' }]);
      await db.transaction().execute(async (trx) => {
        await repo.insertMediator(trx, {
          district_id: r.district_id,
          room_id: r.id,
          user_id: a.userId,
          name: a.displayName,
        });
        await auditor.append(trx, ctx, {
          action: 'mediation.mediator.add',
          objectType: 'mediation_room',
          objectId: r.id,
          districtId: r.district_id,
          detail: { userId: a.userId },
        });
      });
      return { ok: true as const };
    },

    /** The district's steps. */
    async listSteps(ctx: RequestContext, nodeId: string) {
      const n = await core.nodeFor(ctx, nodeId, 'mediation.read');
      const district = await repo.findNode(db, n.district_id);
      return {
        steps: await core.steps(db, n.district_id),
        can: { edit: !!district && can(ctx.actor, 'mediation.steps', district.path) },
      };
    },

    /** Replaces the district's steps (an officer at the district level). */
    async setSteps(ctx: RequestContext, input: z.infer<typeof stepsBody>) {
      const n = await core.nodeFor(ctx, input.nodeId, 'mediation.steps');
      const district = await repo.findNode(db, n.district_id);
      if (!district || !can(ctx.actor, 'mediation.steps', district.path)) throw new NotFoundError();
      const codes = input.steps.map((s) => s.code);
      const dup = codes.findIndex((c, i) => codes.indexOf(c) !== i);
      if (dup >= 0) throw new InvalidError([{ field: `steps.${dup}.code`, key: 'mediation.step_repeated' }]);
      await db.transaction().execute(async (trx) => {
        await repo.replaceSteps(trx, n.district_id, input.steps);
        await auditor.append(trx, ctx, {
          action: 'mediation.steps.set',
          objectType: 'mediation_steps',
          objectId: n.district_id,
          districtId: n.district_id,
          detail: { steps: input.steps },
        });
      });
      return { ok: true as const };
    },

    /** The district's steps as .xlsx (of the node's district, else the actor's first grant's). */
    async exportSteps(ctx: RequestContext, nodeId?: string) {
      const actor = requirePermission(ctx, 'mediation.export');
      const districtId = nodeId
        ? (await core.nodeFor(ctx, nodeId, 'mediation.export')).district_id
        : actor.grants[0]?.districtId;
      if (!districtId) throw new NotFoundError();
      const steps = await core.steps(db, districtId);
      const name = '党群调解331步骤';
      const buf = await writeWorkbook([
        {
          name,
          columns: [
            { key: 'order', header: '序号', width: 6, type: 'number' },
            { key: 'name', header: '步骤', width: 40 },
            { key: 'hint', header: '要求', width: 40 },
            { key: 'code', header: '代码', width: 14 },
          ],
          rows: steps.map((s, i) => ({ order: i + 1, name: s.name, hint: s.hint, code: s.code })),
        },
      ]);
      await auditor.record(ctx, {
        action: 'mediation.export',
        objectType: 'mediation_steps',
        objectId: districtId,
        districtId,
        detail: { what: 'steps', rows: steps.length },
      });
      return { name, buf };
    },
  };
}
