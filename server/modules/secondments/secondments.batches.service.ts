/**
 * 基层一线实践锻炼 (seed 002 Longgang: 新提拔处级干部全脱产到街道一线 3 个月): the organisation department
 * opens a batch with its streets and assigns cadres (once per batch); the street records their
 * work and its target progress, the cadre keeps a weekly log, the street rates them at the end.
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import type { SecondmentCadre, SecondmentsCore, SecondmentsDeps } from './secondments.core.ts';
import * as repo from './secondments.repository.ts';
import { defaultEndsOn, phaseOf, ratingOpen, weekOf } from './secondments.rules.ts';
import type {
  assignBody,
  batchBody,
  progressBody,
  ratingBody,
  weeklyBody,
  workBody,
} from './secondments.schemas.ts';

/**
 * Assigns one cadre to a street of a locked batch (the one path of the form and the import):
 * false when the cadre is already in the batch. The cadre and the street are told.
 */
export async function assignCadre(
  deps: SecondmentsDeps & { core: SecondmentsCore },
  trx: Executor,
  ctx: RequestContext,
  b: repo.BatchRow,
  cadre: SecondmentCadre & { unitName: string },
  street: { id: string; name: string },
): Promise<string | null> {
  const id = uuidv7();
  const userId = (await deps.accountsOf?.(b.district_id, [cadre.personId]))?.get(cadre.personId) ?? null;
  const r = await repo.insertAssignment(trx, {
    district_id: b.district_id,
    id,
    batch_id: b.id,
    street_id: street.id,
    person_id: cadre.personId,
    person_name: cadre.name,
    unit_name: cadre.unitName,
    post: cadre.post,
    user_id: userId,
    created_by: ctx.actor!.userId,
  });
  if (!r.numInsertedOrUpdatedRows) return null;
  await deps.auditor.append(trx, ctx, {
    action: 'secondments.assign',
    objectType: 'secondments_assignment',
    objectId: id,
    districtId: b.district_id,
    detail: { batch: b.name, street: street.name, person: cadre.personId },
  });
  const params = { batch: b.name, street: street.name, name: cadre.name, from: b.starts_on, to: b.ends_on };
  await deps.core.tell(trx, [
    ...(userId
      ? [
          {
            districtId: b.district_id,
            userId,
            kind: 'secondments.assigned',
            title: `您已被选派到${street.name}参加“${b.name}”实践锻炼（${b.starts_on} 至 ${b.ends_on}）`,
            titleKey: 'secondments.notice.assigned',
            titleParams: params,
            link: '/secondments',
            objectType: 'secondments_assignment',
            objectId: id,
          },
        ]
      : []),
    {
      districtId: b.district_id,
      nodeId: street.id,
      kind: 'secondments.arriving',
      title: `${cadre.name}将到本街道参加“${b.name}”实践锻炼`,
      titleKey: 'secondments.notice.arriving',
      titleParams: params,
      link: '/secondments',
      objectType: 'secondments_assignment',
      objectId: id,
    },
  ]);
  return id;
}

/** Builds the batch verbs. */
export function createBatchesService(deps: SecondmentsDeps & { core: SecondmentsCore }) {
  const { db, auditor, core } = deps;

  /** A batch's street (of the batch, else 422 on the field). */
  async function streetOf(exec: Executor, b: repo.BatchRow, streetId: string, field = 'streetId') {
    const s = (await repo.findStreets(exec, [b.id])).find((x) => x.street_id === streetId);
    if (!s) throw new InvalidError([{ field, key: 'secondments.not_batch_street' }]);
    return s;
  }

  return {
    /** Opens a batch on a node the actor runs, with streets under it (three months by default). */
    async createBatch(ctx: RequestContext, body: z.infer<typeof batchBody>) {
      const n = await nodeFor(db, ctx, body.nodeId, 'secondments.manage');
      const endsOn = body.endsOn ?? defaultEndsOn(body.startsOn);
      if (endsOn <= body.startsOn)
        throw new InvalidError([{ field: 'endsOn', key: 'secondments.bad_period' }]);
      const ids = [...new Set(body.streets.map((s) => s.streetId))];
      if (ids.length !== body.streets.length)
        throw new InvalidError([{ field: 'streets', key: 'secondments.duplicate_street' }]);
      const nodes = await repo.findNodes(db, ids);
      ids.forEach((sid, i) => {
        const s = nodes.find((x) => x.id === sid);
        if (!s || s.level !== 'street' || !s.path.startsWith(n.path))
          throw new InvalidError([{ field: `streets.${i}.streetId`, key: 'secondments.not_street' }]);
      });
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        await repo.insertBatch(
          trx,
          {
            district_id: n.district_id,
            id,
            node_id: n.id,
            name: body.name,
            work_kind: body.workKind,
            starts_on: body.startsOn,
            ends_on: endsOn,
            created_by: ctx.actor!.userId,
          },
          body.streets.map((s) => ({ streetId: s.streetId, unit: s.unit })),
        );
        await auditor.append(trx, ctx, {
          action: 'secondments.batch.create',
          objectType: 'secondments_batch',
          objectId: id,
          districtId: n.district_id,
          detail: { name: body.name, startsOn: body.startsOn, endsOn, streets: ids.length },
        });
        return { id };
      });
    },

    /** Batches the actor sees: those they run, those reaching their street, those they are in. */
    async batches(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const actor = requirePermission(ctx, 'secondments.read');
      const { managePaths, hostPaths } = core.scopes(ctx);
      let roots = managePaths;
      let hostRoots = hostPaths;
      if (q.nodeId) {
        const n = await repo.findNode(db, q.nodeId);
        const inside = (ps: string[]) => (n && ps.some((p) => n.path.startsWith(p)) ? [n.path] : []);
        roots = inside(managePaths);
        hostRoots = inside(hostPaths);
        if (!roots.length && !hostRoots.length) throw new NotFoundError();
      }
      const lists = await Promise.all([
        roots.length ? repo.findBatches(db, { inScope: nodeInPaths('b.node_id', roots), year: q.year }) : [],
        hostRoots.length
          ? repo.findBatches(db, { streetsIn: nodeInPaths('ss.street_id', hostRoots), year: q.year })
          : [],
        actor.personId && !q.nodeId ? repo.findBatches(db, { personId: actor.personId, year: q.year }) : [],
      ]);
      const seen = new Set<string>();
      const rows = lists.flat().filter((b) => !seen.has(b.id) && !!seen.add(b.id));
      rows.sort((a, b) => b.starts_on.localeCompare(a.starts_on));
      return Promise.all(rows.map((b) => core.batchOut(ctx, b)));
    },

    /** One batch with the assignments the actor sees. */
    async batch(ctx: RequestContext, id: string) {
      const b = await core.visibleBatch(ctx, id);
      const all = core.manages(ctx, b);
      const rows = await repo.findAssignments(db, { batchIds: [b.id] });
      return {
        batch: await core.batchOut(ctx, b),
        assignments: rows
          .filter((a) => all || core.hosts(ctx, a.street_path))
          .map((a) => core.assignmentOut(ctx, a)),
      };
    },

    /** A cadre's own secondments (the cadre's page and home). */
    async mine(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'secondments.log');
      if (!actor.personId) return [];
      const rows = await repo.findAssignments(db, { personIds: [actor.personId] });
      return rows.filter((a) => core.isCadre(ctx, a)).map((a) => core.assignmentOut(ctx, a));
    },

    /** The cadres under a node the actor runs, with their standing (who is due). */
    async cadres(ctx: RequestContext, q: { nodeId: string; standing?: string }) {
      const n = await nodeFor(db, ctx, q.nodeId, 'secondments.manage');
      const list = await core.cadresWithStanding(n.district_id, n.path);
      return list
        .filter((c) => !q.standing || c.standing === q.standing)
        .map((c) => ({
          personId: c.personId,
          name: c.name,
          unitName: c.unitName,
          post: c.post,
          postSince: c.postSince ?? '',
          standing: c.standing,
        }));
    },

    /** Assigns a cadre of the district to one of the batch's streets (once per batch). */
    async assign(ctx: RequestContext, batchId: string, body: z.infer<typeof assignBody>) {
      return db.transaction().execute(async (trx) => {
        const b = await core.visibleBatch(ctx, batchId, trx, true);
        if (!core.manages(ctx, b)) throw new NotFoundError();
        if (phaseOf({ startsOn: b.starts_on, endsOn: b.ends_on }, core.today()) === 'ended')
          throw new ConflictError('secondments.batch_ended');
        const s = await streetOf(trx, b, body.streetId);
        const [cadre] = await deps.cadres.cadresOf(b.district_id, { personIds: [body.personId] });
        if (!cadre) throw new InvalidError([{ field: 'personId', key: 'secondments.not_cadre' }]);
        const unit = (await repo.findNodes(trx, [cadre.unitNodeId]))[0];
        const id = await assignCadre(
          deps,
          trx,
          ctx,
          b,
          { ...cadre, unitName: unit?.name ?? '' },
          {
            id: s.street_id,
            name: s.street_name,
          },
        );
        if (!id) throw new ConflictError('secondments.already_in_batch');
        return { id };
      });
    },

    /** One assignment with its work entries and weekly logs. */
    async assignment(ctx: RequestContext, id: string) {
      const a = await core.visibleAssignment(ctx, id);
      const entries = await repo.findEntries(db, a.district_id, a.id);
      return {
        assignment: core.assignmentOut(ctx, a),
        entries: entries.map((e) => ({
          id: e.id,
          kind: e.kind as 'work' | 'weekly',
          onDate: e.on_date,
          what: e.what,
          households: e.households,
          cases: e.cases,
        })),
      };
    },

    /** The street records a day's work of a seconded cadre (inside the batch, not in the future). */
    async addWork(ctx: RequestContext, id: string, body: z.infer<typeof workBody>) {
      return db.transaction().execute(async (trx) => {
        const a = await core.visibleAssignment(ctx, id, trx, true);
        if (!core.hosts(ctx, a.street_path)) throw new NotFoundError();
        if (body.onDate < a.starts_on || body.onDate > a.ends_on || body.onDate > core.today())
          throw new InvalidError([{ field: 'onDate', key: 'secondments.outside_period' }]);
        const entryId = uuidv7();
        await repo.insertEntry(trx, {
          district_id: a.district_id,
          id: entryId,
          assignment_id: a.id,
          kind: 'work',
          on_date: body.onDate,
          what: body.what,
          households: body.households,
          cases: body.cases,
          created_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'secondments.work',
          objectType: 'secondments_assignment',
          objectId: a.id,
          districtId: a.district_id,
          detail: { on: body.onDate, households: body.households, cases: body.cases },
        });
        return { id: entryId };
      });
    },

    /**
     * The cadre files their weekly log (one per week, on its Monday; this week by default). A phone
     * may send it twice: with an Idempotency-Key the retry gets the first answer.
     */
    async addWeekly(ctx: RequestContext, id: string, body: z.infer<typeof weeklyBody>, key?: string) {
      return db.transaction().execute(async (trx) => {
        const a = await core.visibleAssignment(ctx, id, trx, true);
        if (!core.isCadre(ctx, a)) throw new NotFoundError();
        const today = core.today();
        const week = weekOf(body.weekOf ?? today);
        if (week > today || week > a.ends_on || week < weekOf(a.starts_on))
          throw new InvalidError([{ field: 'weekOf', key: 'secondments.outside_period' }]);
        const { result } = await withIdempotency(
          trx,
          { userId: ctx.actor!.userId, key, payload: { id, ...body } },
          async () => {
            const entryId = uuidv7();
            const r = await repo.insertEntry(trx, {
              district_id: a.district_id,
              id: entryId,
              assignment_id: a.id,
              kind: 'weekly',
              on_date: week,
              what: body.what,
              households: body.households,
              cases: body.cases,
              created_by: ctx.actor!.userId,
            });
            if (!r.numInsertedOrUpdatedRows) throw new ConflictError('secondments.week_logged');
            await auditor.append(trx, ctx, {
              action: 'secondments.weekly',
              objectType: 'secondments_assignment',
              objectId: a.id,
              districtId: a.district_id,
              detail: { week },
            });
            return { id: entryId };
          },
        );
        return result;
      });
    },

    /** The street rates a cadre at the batch's end (from two weeks before); the cadre is told. */
    async rate(ctx: RequestContext, id: string, body: z.infer<typeof ratingBody>) {
      return db.transaction().execute(async (trx) => {
        const a = await core.visibleAssignment(ctx, id, trx, true);
        if (!core.hosts(ctx, a.street_path)) throw new NotFoundError();
        if (!ratingOpen({ startsOn: a.starts_on, endsOn: a.ends_on }, core.today()))
          throw new ConflictError('secondments.rating_not_open');
        if (a.version !== body.version) throw new ConflictError('secondments.stale');
        const r = await repo.updateAssignment(trx, a.district_id, a.id, a.version, {
          rating: body.rating,
          rating_comment: body.comment,
          rated_by: ctx.actor!.userId,
          rated_at: new Date(),
        });
        if (r.numUpdatedRows === 0n) throw new ConflictError('secondments.stale');
        await auditor.append(trx, ctx, {
          action: 'secondments.rate',
          objectType: 'secondments_assignment',
          objectId: a.id,
          districtId: a.district_id,
          detail: { from: a.rating, to: body.rating },
        });
        if (a.user_id)
          await core.tell(trx, [
            {
              districtId: a.district_id,
              userId: a.user_id,
              kind: 'secondments.rated',
              title: `${a.street_name}已对您在“${a.batch_name}”的实践锻炼作出鉴定`,
              titleKey: 'secondments.notice.rated',
              titleParams: {
                street: a.street_name,
                batch: a.batch_name,
                rating: { $t: `secondments.rating.${body.rating}` },
              },
              link: '/secondments',
              objectType: 'secondments_assignment',
              objectId: a.id,
            },
          ]);
        return core.assignmentOut(ctx, (await repo.findAssignment(trx, a.id))!);
      });
    },

    /** The street enters its target and completed volume on a day (the day's entry replaced). */
    async recordProgress(ctx: RequestContext, batchId: string, body: z.infer<typeof progressBody>) {
      const b = await db.transaction().execute(async (trx) => {
        const b = await core.visibleBatch(ctx, batchId, trx, true);
        const s = await streetOf(trx, b, body.streetId);
        if (!core.hosts(ctx, s.path)) throw new NotFoundError();
        if (body.recordedOn > core.today())
          throw new InvalidError([{ field: 'recordedOn', key: 'secondments.future' }]);
        await repo.upsertProgress(trx, {
          district_id: b.district_id,
          batch_id: b.id,
          street_id: s.street_id,
          recorded_on: body.recordedOn,
          target: body.target,
          done: body.done,
          recorded_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'secondments.progress',
          objectType: 'secondments_batch',
          objectId: b.id,
          districtId: b.district_id,
          detail: { street: s.street_name, on: body.recordedOn, target: body.target, done: body.done },
        });
        return b;
      });
      return core.batchOut(ctx, b);
    },
  };
}
