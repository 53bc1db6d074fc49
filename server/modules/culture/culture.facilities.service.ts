/**
 * The register of public cultural facilities on the tree (文化馆/主题馆, 图书馆/分馆, 街道文化站,
 * 社区文化室, 文化广场): listed to the whole district, kept by the officers of the subtree; each kind
 * stands on its levels of the tree, a theme only on a hall.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { InvalidError, NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { checkUpdated, districtsFor, facilityOut, type CultureDeps } from './culture.core.ts';
import * as repo from './culture.repository.ts';
import { KIND_LEVELS, minutesOf } from './culture.rules.ts';
import type { FacilityInput } from './culture.schemas.ts';

/** The problems of a facility's fields on a node of a level. */
export function facilityProblems(b: Omit<FacilityInput, 'nodeId'>, level: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!KIND_LEVELS[b.kind].includes(level))
    out.push({ field: 'nodeId', key: `culture.kind_level.${b.kind}` });
  if (b.theme && b.kind !== 'hall') out.push({ field: 'theme', key: 'culture.theme_hall_only' });
  if (minutesOf(b.closesAt) <= minutesOf(b.opensAt))
    out.push({ field: 'closesAt', key: 'culture.closes_before_opens' });
  if ((b.lat === null) !== (b.lng === null)) out.push({ field: 'lng', key: 'culture.lat_lng_pair' });
  return out;
}

/** Builds the facility verbs. */
export function createFacilitiesService(deps: CultureDeps) {
  const { db } = deps;

  /** Adds a facility under a node the actor manages (inside the caller's transaction). */
  async function addFacility(trx: Executor, ctx: RequestContext, b: FacilityInput) {
    const node = await nodeFor(trx, ctx, b.nodeId, 'culture.manage');
    const problems = facilityProblems(b, node.level);
    if (problems.length) throw new InvalidError(problems);
    const id = uuidv7();
    await repo
      .insertFacilities(trx, [
        {
          district_id: node.district_id,
          id,
          node_id: node.id,
          kind: b.kind,
          theme: b.theme,
          name: b.name,
          address: b.address,
          lat: b.lat,
          lng: b.lng,
          area_m2: b.areaM2,
          opens_at: minutesOf(b.opensAt),
          closes_at: minutesOf(b.closesAt),
        },
      ])
      .catch((e: { code?: string }) => {
        if (e.code === '23505') throw new InvalidError([{ field: 'name', key: 'culture.facility_exists' }]);
        throw e;
      });
    await deps.auditor.append(trx, ctx, {
      action: 'culture.facility.create',
      objectType: 'culture_facility',
      objectId: id,
      districtId: node.district_id,
      detail: { name: b.name, kind: b.kind, areaM2: b.areaM2 },
    });
    return { id };
  }

  return {
    addFacility,

    /** The district's facilities (under a node when asked), and what the actor may do. */
    async listFacilities(ctx: RequestContext, q: { nodeId?: string; kind?: string }) {
      const districtIds = districtsFor(ctx, 'culture.read');
      let under: string[] | undefined;
      if (q.nodeId) {
        const n = await repo.findNode(db, q.nodeId);
        if (!n || !districtIds.includes(n.district_id)) throw new NotFoundError();
        under = [n.path];
      }
      const rows = await repo.findFacilities(db, { districtIds, under, kind: q.kind });
      return {
        facilities: rows.map((f) => facilityOut(ctx, f)),
        can: {
          manage: can(ctx.actor, 'culture.manage'),
          export: can(ctx.actor, 'culture.export'),
          stats: can(ctx.actor, 'culture.stats'),
        },
      };
    },

    /** Registers a facility. */
    createFacility(ctx: RequestContext, b: FacilityInput) {
      requirePermission(ctx, 'culture.manage');
      return db.transaction().execute((trx) => addFacility(trx, ctx, b));
    },

    /** Changes a facility's name, theme, place, area or hours (version checked). */
    async updateFacility(
      ctx: RequestContext,
      id: string,
      b: Omit<FacilityInput, 'nodeId' | 'kind'> & { version: number },
    ) {
      requirePermission(ctx, 'culture.manage');
      return db.transaction().execute(async (trx) => {
        const f = await repo.findFacility(trx, id, true);
        if (!f || !can(ctx.actor, 'culture.manage', f.path)) throw new NotFoundError();
        const problems = facilityProblems({ ...b, kind: f.kind as FacilityInput['kind'] }, f.node_level);
        if (problems.length) throw new InvalidError(problems);
        checkUpdated(
          await repo.updateFacility(
            trx,
            { districtId: f.district_id, id, version: b.version },
            {
              theme: b.theme,
              name: b.name,
              address: b.address,
              lat: b.lat,
              lng: b.lng,
              area_m2: b.areaM2,
              opens_at: minutesOf(b.opensAt),
              closes_at: minutesOf(b.closesAt),
            },
          ),
        );
        await deps.auditor.append(trx, ctx, {
          action: 'culture.facility.update',
          objectType: 'culture_facility',
          objectId: id,
          districtId: f.district_id,
          detail: { name: b.name, areaM2: b.areaM2, before: { name: f.name, areaM2: Number(f.area_m2) } },
        });
        return { ok: true as const };
      });
    },
  };
}
