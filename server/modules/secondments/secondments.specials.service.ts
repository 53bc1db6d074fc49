/**
 * 专项考察 (seed 001 Kaihua: 在疫情防控、重点项目等关键时刻开展专项考察): the organisation department
 * opens a targeted assessment of some cadres over a period and rates each on attitude,
 * responsibility, role and results with a fact-based comment and an outcome (praise, none,
 * punishment); the ratings reach the cadre's one-person file with their secondments.
 */
import type { z } from 'zod';
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { SecondmentsCore, SecondmentsDeps } from './secondments.core.ts';
import * as repo from './secondments.repository.ts';
import type { Mark, Outcome } from './secondments.rules.ts';
import type { specialBody, specialRateBody, specialView } from './secondments.schemas.ts';

type SpecialCadreRow = Awaited<ReturnType<typeof repo.findSpecialCadres>>[number];

const cadreOut = (c: SpecialCadreRow) => ({
  personId: c.person_id,
  name: c.person_name,
  unitName: c.unit_name,
  attitude: c.attitude as Mark | null,
  responsibility: c.responsibility as Mark | null,
  role: c.role as Mark | null,
  results: c.results as Mark | null,
  comment: c.comment,
  outcome: c.outcome as Outcome | null,
  version: c.version,
});

/** Builds the special-assessment verbs. */
export function createSpecialsService(deps: SecondmentsDeps & { core: SecondmentsCore }) {
  const { db, auditor } = deps;

  const visible = (ctx: RequestContext, id: string) =>
    rowFor(ctx, 'secondments.manage', () => repo.findSpecial(db, id));

  return {
    /** Opens a special assessment of some cadres of the district under a node the actor runs. */
    async createSpecial(ctx: RequestContext, body: z.infer<typeof specialBody>) {
      const n = await nodeFor(db, ctx, body.nodeId, 'secondments.manage');
      if (body.endsOn < body.startsOn)
        throw new InvalidError([{ field: 'endsOn', key: 'secondments.bad_period' }]);
      const personIds = [...new Set(body.personIds)];
      const cadres = await deps.cadres.cadresOf(n.district_id, { personIds });
      if (cadres.length !== personIds.length)
        throw new InvalidError([{ field: 'personIds', key: 'secondments.not_cadre' }]);
      const units = new Map(
        (await repo.findNodes(db, [...new Set(cadres.map((c) => c.unitNodeId))])).map((u) => [u.id, u.name]),
      );
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        await repo.insertSpecial(
          trx,
          {
            district_id: n.district_id,
            id,
            node_id: n.id,
            topic: body.topic,
            starts_on: body.startsOn,
            ends_on: body.endsOn,
            created_by: ctx.actor!.userId,
          },
          cadres.map((c) => ({
            district_id: n.district_id,
            id: uuidv7(),
            special_id: id,
            person_id: c.personId,
            person_name: c.name,
            unit_name: units.get(c.unitNodeId) ?? '',
          })),
        );
        await auditor.append(trx, ctx, {
          action: 'secondments.special.create',
          objectType: 'secondments_special',
          objectId: id,
          districtId: n.district_id,
          detail: { topic: body.topic, cadres: cadres.length },
        });
        return { id };
      });
    },

    /** The special assessments the actor runs, with their cadres. */
    async specials(ctx: RequestContext): Promise<z.infer<typeof specialView>[]> {
      const actor = requirePermission(ctx, 'secondments.manage');
      const rows = await repo.findSpecials(
        db,
        nodeInPaths('x.node_id', scopePaths(actor, 'secondments.manage')),
      );
      const cadres = await repo.findSpecialCadres(db, { specialIds: rows.map((r) => r.id) });
      return rows.map((x) => ({
        id: x.id,
        nodeId: x.node_id,
        topic: x.topic,
        startsOn: x.starts_on,
        endsOn: x.ends_on,
        cadres: cadres.filter((c) => c.special_id === x.id).map(cadreOut),
      }));
    },

    /** Rates one cadre of a special assessment (four aspects, a comment of facts, the outcome). */
    async rateSpecial(
      ctx: RequestContext,
      id: string,
      personId: string,
      body: z.infer<typeof specialRateBody>,
    ) {
      const x = await visible(ctx, id);
      return db.transaction().execute(async (trx) => {
        const c = await repo.findSpecialCadre(trx, x.district_id, x.id, personId);
        if (!c) throw new NotFoundError();
        if (c.version !== body.version) throw new ConflictError('secondments.stale');
        const r = await repo.updateSpecialCadre(trx, x.district_id, c.id, c.version, {
          attitude: body.attitude,
          responsibility: body.responsibility,
          role: body.role,
          results: body.results,
          comment: body.comment,
          outcome: body.outcome,
          rated_by: ctx.actor!.userId,
          rated_at: new Date(),
        });
        if (r.numUpdatedRows === 0n) throw new ConflictError('secondments.stale');
        await auditor.append(trx, ctx, {
          action: 'secondments.special.rate',
          objectType: 'secondments_special',
          objectId: x.id,
          districtId: x.district_id,
          detail: { person: personId, outcome: body.outcome },
        });
        const [row] = await repo.findSpecialCadres(trx, { specialIds: [x.id], personId });
        return cadreOut(row);
      });
    },
  };
}
