/**
 * 共建契约 (seed 001 鄞州: 推行目标清晰、权责对等的"契约化"党建): the community drafts a numbered
 * contract with a unit for a term, with its resource, need and project lists; the unit's officer or
 * cadre signs it; either side adds to the lists and marks projects done; the contract shows its
 * unit's attendance at round tables and this year's evaluation, and prints.
 */
import type { z } from 'zod';
import { can, districtsWith, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  checkUpdated,
  contractFor,
  contractOut,
  itemOut,
  onCommunity,
  onEither,
  onUnit,
  presenceBy,
  today,
  type CompactsDeps,
} from './compacts.core.ts';
import * as repo from './compacts.repository.ts';
import { doneOnTime, evaluate, type ItemKind } from './compacts.rules.ts';
import type { contractBody, contractView, doneBody, itemBody, signBody } from './compacts.schemas.ts';

/** The levels that sign contracts on the community side. */
const COMMUNITY_LEVELS = ['community', 'street'];

/** A contract's evaluation for a year, from its items and its unit's attendance. */
export function evaluationOf(
  year: number,
  items: repo.ItemRow[],
  attendance: { month: string; present: boolean }[],
) {
  const now = today();
  const due = items.filter(
    (i) => i.kind === 'project' && i.due_on && i.due_on.startsWith(String(year)) && i.due_on < now,
  );
  const held = attendance.filter((a) => a.month.startsWith(String(year)));
  const f = {
    projectsDue: due.length,
    projectsOnTime: due.filter((i) => doneOnTime({ state: i.state, dueOn: i.due_on, doneOn: i.done_on }))
      .length,
    meetingsHeld: held.length,
    meetingsPresent: held.filter((a) => a.present).length,
  };
  return { year, ...f, ...evaluate(f) };
}

/** Builds the contract verbs. */
export function createContractsService(deps: CompactsDeps) {
  const { db, auditor } = deps;

  /** One contract with its lists, attendance and evaluation. */
  async function view(ctx: RequestContext, id: string, year?: number): Promise<z.infer<typeof contractView>> {
    const c = await contractFor(db, ctx, id, 'compacts.read', 'either');
    const [items, attendance, district] = await Promise.all([
      repo.findItems(db, c.district_id, [c.id]),
      repo.findAttendance(db, c.district_id, [c.id]),
      repo.findNode(db, c.district_id),
    ]);
    const presence = attendance.map((a) => a.present);
    const signed = c.state === 'signed';
    const y = year ?? Number(today().slice(0, 4));
    return {
      ...contractOut(c, presence),
      communitySigner: c.community_signer,
      unitSigner: c.unit_signer,
      signedOn: c.signed_on,
      districtName: district?.name ?? '',
      version: c.version,
      items: items.map(itemOut),
      attendance: attendance.map((a) => ({ meetingId: a.meeting_id, month: a.month, present: a.present })),
      evaluation: evaluationOf(y, items, attendance),
      can: {
        sign: !signed && onUnit(ctx.actor, 'compacts.sign', c),
        addItem: onCommunity(ctx.actor, 'compacts.manage', c),
        addResource: onCommunity(ctx.actor, 'compacts.manage', c) || onUnit(ctx.actor, 'compacts.sign', c),
        progress: signed && onEither(ctx.actor, 'compacts.progress', c),
        import: onEither(ctx.actor, 'compacts.import', c),
      },
    };
  }

  return {
    view,

    /** The units a contract may be drafted with: the departments of the actor's districts. */
    async units(ctx: RequestContext) {
      requirePermission(ctx, 'compacts.manage');
      return { items: await repo.findUnits(db, districtsWith(ctx.actor, 'compacts.manage')) };
    },

    /** The contracts of communities or units under a node (or the whole scope) whose term touches a year. */
    async list(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'compacts.read', q.nodeId);
      const rows = await repo.findContracts(db, repo.eitherSide(paths), today(), {
        from: q.year ? `${q.year}-01-01` : undefined,
        to: q.year ? `${q.year + 1}-01-01` : undefined,
      });
      const byDistrict = new Map<string, string[]>();
      for (const r of rows) byDistrict.set(r.district_id, [...(byDistrict.get(r.district_id) ?? []), r.id]);
      const attendance = (
        await Promise.all([...byDistrict].map(([d, ids]) => repo.findAttendance(db, d, ids)))
      ).flat();
      const presence = presenceBy(attendance);
      return {
        items: rows.map((r) => contractOut(r, presence.get(r.id))),
        can: { create: can(ctx.actor, 'compacts.manage'), export: can(ctx.actor, 'compacts.export') },
      };
    },

    /**
     * Drafts a contract of a community (or street) in scope with a unit of the same district; numbered
     * 共建契约〔year〕N号 gapless per district. Idempotency-Key honoured.
     */
    async create(ctx: RequestContext, b: z.infer<typeof contractBody>, key?: string) {
      const actor = requirePermission(ctx, 'compacts.manage');
      const n = await nodeFor(db, ctx, b.nodeId, 'compacts.manage');
      if (!COMMUNITY_LEVELS.includes(n.level))
        throw new InvalidError([{ field: 'nodeId', key: 'compacts.not_community' }]);
      const u = await repo.findNode(db, b.unitId);
      if (!u || u.district_id !== n.district_id) throw new NotFoundError();
      if (u.level !== 'department') throw new InvalidError([{ field: 'unitId', key: 'compacts.not_unit' }]);
      if (b.endsOn < b.startsOn) throw new InvalidError([{ field: 'endsOn', key: 'compacts.term_order' }]);
      return db.transaction().execute(async (trx) => {
        const { result } = await withIdempotency(trx, { userId: actor.userId, key, payload: b }, async () => {
          const id = uuidv7();
          const year = Number(b.startsOn.slice(0, 4));
          const seq = await repo.nextNumber(trx, n.district_id, year);
          await repo.insertContract(trx, {
            district_id: n.district_id,
            id,
            node_id: n.id,
            unit_id: u.id,
            year,
            seq,
            title: b.title,
            starts_on: b.startsOn,
            ends_on: b.endsOn,
            community_signer: b.communitySigner,
            created_by: actor.userId,
          });
          const rows = (kind: ItemKind, list: z.infer<typeof contractBody>['resources']) =>
            list.map((i) => ({
              district_id: n.district_id,
              id: uuidv7(),
              contract_id: id,
              kind,
              content: i.content,
              owner: i.owner,
              due_on: kind === 'project' ? i.dueOn : null,
            }));
          await repo.insertItems(trx, [
            ...rows('resource', b.resources),
            ...rows('need', b.needs),
            ...rows('project', b.projects),
          ]);
          await auditor.append(trx, ctx, {
            action: 'compacts.contract.create',
            objectType: 'compacts_contract',
            objectId: id,
            districtId: n.district_id,
            detail: { node: n.id, unit: u.id, year, seq, startsOn: b.startsOn, endsOn: b.endsOn },
          });
          return { id };
        });
        return result;
      });
    },

    /** The unit's officer or cadre signs the contract drafted with the unit (409 once signed). */
    async sign(ctx: RequestContext, id: string, b: z.infer<typeof signBody>) {
      requirePermission(ctx, 'compacts.sign');
      await db.transaction().execute(async (trx) => {
        const c = await contractFor(trx, ctx, id, 'compacts.sign', 'unit', true);
        if (c.state !== 'draft') throw new ConflictError('compacts.already_signed');
        if (c.version !== b.version) throw new ConflictError('compacts.stale');
        checkUpdated(
          await repo.updateContract(trx, c.district_id, c.id, c.version, {
            state: 'signed',
            unit_signer: b.signer,
            unit_signed_by: ctx.actor!.userId,
            signed_on: today(),
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'compacts.contract.sign',
          objectType: 'compacts_contract',
          objectId: c.id,
          districtId: c.district_id,
          detail: { unit: c.unit_id, signer: b.signer },
        });
      });
      return { ok: true as const };
    },

    /**
     * Adds an item to a list: the community side to any list; the unit side to its resources. A
     * project needs an owner and a due day (422).
     */
    async addItem(ctx: RequestContext, id: string, b: z.infer<typeof itemBody>) {
      requirePermission(ctx, 'compacts.read');
      return db.transaction().execute(async (trx) => {
        const c = await contractFor(trx, ctx, id, 'compacts.read', 'either', true);
        const community = onCommunity(ctx.actor, 'compacts.manage', c);
        const unit = onUnit(ctx.actor, 'compacts.sign', c);
        if (!community && !(unit && b.kind === 'resource')) throw new ForbiddenError();
        if (b.kind === 'project') {
          if (!b.dueOn) throw new InvalidError([{ field: 'dueOn', key: 'compacts.due_required' }]);
          if (!b.owner) throw new InvalidError([{ field: 'owner', key: 'compacts.owner_required' }]);
        }
        const itemId = uuidv7();
        await repo.insertItems(trx, [
          {
            district_id: c.district_id,
            id: itemId,
            contract_id: c.id,
            kind: b.kind,
            content: b.content,
            owner: b.owner,
            due_on: b.kind === 'project' ? b.dueOn : null,
          },
        ]);
        await auditor.append(trx, ctx, {
          action: 'compacts.item.add',
          objectType: 'compacts_contract',
          objectId: c.id,
          districtId: c.district_id,
          detail: { item: itemId, kind: b.kind },
        });
        return { id: itemId };
      });
    },

    /** Marks a project of a signed contract done on a day not after today (either side). */
    async markDone(ctx: RequestContext, id: string, b: z.infer<typeof doneBody>) {
      requirePermission(ctx, 'compacts.progress');
      if (b.doneOn > today()) throw new InvalidError([{ field: 'doneOn', key: 'compacts.done_in_future' }]);
      await db.transaction().execute(async (trx) => {
        const i = await repo.findItem(trx, id, true);
        if (!i || !onEither(ctx.actor, 'compacts.progress', i)) throw new NotFoundError();
        if (i.kind !== 'project') throw new ConflictError('compacts.not_project');
        if (i.contract_state !== 'signed') throw new ConflictError('compacts.not_signed');
        if (i.state === 'done') throw new ConflictError('compacts.item_done');
        checkUpdated(
          await repo.updateItem(trx, i.district_id, i.id, b.version, { state: 'done', done_on: b.doneOn }),
        );
        await auditor.append(trx, ctx, {
          action: 'compacts.project.done',
          objectType: 'compacts_contract',
          objectId: i.contract_id,
          districtId: i.district_id,
          detail: { item: i.id, dueOn: i.due_on, doneOn: b.doneOn },
        });
      });
      return { ok: true as const };
    },
  };
}
