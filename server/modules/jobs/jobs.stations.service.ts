/**
 * The stations 社区人才发展服务站 (seed 001: 建立全市首个社区人才发展服务站) and their 海创市集 fairs:
 * a community officer sets a station up with its opening hours and staff accounts; a fair is a day
 * whose stalls are postings.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { rowFor } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { checkUpdated, type JobsCore, type JobsDeps } from './jobs.core.ts';
import * as repo from './jobs.repository.ts';
import type { fairBody, fairView, stationBody, stationPatch, stationView } from './jobs.schemas.ts';

/** Builds the station and fair verbs. */
export function createStationsService(deps: JobsDeps & { core: JobsCore }) {
  const { db, auditor, core } = deps;

  const out = (ctx: RequestContext, s: repo.StationRow): z.infer<typeof stationView> => ({
    id: s.id,
    nodeId: s.node_id,
    nodeName: s.node_name,
    name: s.name,
    address: s.address,
    openingHours: s.opening_hours,
    staff: s.staff_names,
    active: s.active,
    version: s.version,
    can: {
      manage: can(ctx.actor, 'jobs.manage', s.path),
      seek: s.active && can(ctx.actor, 'jobs.seek', s.path),
      post: s.active && can(ctx.actor, 'jobs.post', s.path),
    },
  });

  /** The staff accounts named by username: 422 for one not found. */
  async function staffOf(names: string[] | undefined) {
    const ids: string[] = [];
    const shown: string[] = [];
    const problems: { field: string; key: string; params: Record<string, unknown> }[] = [];
    for (const [i, u] of (names ?? []).entries()) {
      const a = await deps.accountByUsername(u);
      if (!a) problems.push({ field: `staff.${i}`, key: 'jobs.unknown_account', params: { name: u } });
      else if (!ids.includes(a.userId)) {
        ids.push(a.userId);
        shown.push(a.displayName);
      }
    }
    if (problems.length) throw new InvalidError(problems);
    return { staff_user_ids: ids, staff_names: shown };
  }

  /** A station the actor may act on as action (404 otherwise). */
  const stationFor = (ctx: RequestContext, id: string, action: string, exec: Executor = db, lock = false) =>
    rowFor(ctx, action, () => repo.findStation(exec, id, lock));

  return {
    stationFor,

    /** Stations under a node (or the whole scope). */
    async listStations(ctx: RequestContext, q: { nodeId?: string }) {
      const roots = await core.roots(ctx, 'jobs.read', q.nodeId);
      return (await repo.findStations(db, nodeInPaths('s.node_id', roots))).map((s) => out(ctx, s));
    },

    /** Sets up a station in a community (409 when the community has one of that name). */
    async createStation(ctx: RequestContext, b: z.infer<typeof stationBody>) {
      const staff = await staffOf(b.staff);
      return db.transaction().execute(async (trx) => {
        const n = await core.nodeFor(ctx, b.nodeId, 'jobs.manage', trx);
        if (n.level !== 'community') throw new InvalidError([{ field: 'nodeId', key: 'jobs.not_community' }]);
        const id = uuidv7();
        const stored = await repo.insertStation(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          name: b.name,
          address: b.address ?? '',
          opening_hours: b.openingHours ?? '',
          ...staff,
        });
        if (!stored)
          throw new ConflictError('jobs.station_exists', { name: b.name }, [
            { field: 'name', key: 'jobs.station_exists', params: { name: b.name } },
          ]);
        await auditor.append(trx, ctx, {
          action: 'jobs.station.create',
          objectType: 'jobs_station',
          objectId: id,
          districtId: n.district_id,
          detail: { name: b.name, staff: staff.staff_names },
        });
        return { id };
      });
    },

    /** Changes a station's address, hours, staff or whether it is open (version checked). */
    async updateStation(ctx: RequestContext, id: string, b: z.infer<typeof stationPatch>) {
      const staff = b.staff ? await staffOf(b.staff) : {};
      return db.transaction().execute(async (trx) => {
        const s = await stationFor(ctx, id, 'jobs.manage', trx, true);
        checkUpdated(
          await repo.updateStation(trx, s.district_id, s.id, b.version, {
            ...(b.address !== undefined ? { address: b.address } : {}),
            ...(b.openingHours !== undefined ? { opening_hours: b.openingHours } : {}),
            ...(b.active !== undefined ? { active: b.active } : {}),
            ...staff,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'jobs.station.update',
          objectType: 'jobs_station',
          objectId: s.id,
          districtId: s.district_id,
          detail: { ...b, version: undefined },
        });
        return { ok: true as const };
      });
    },

    /** The 海创市集 fairs under a node. */
    async listFairs(ctx: RequestContext, q: { nodeId?: string }): Promise<z.infer<typeof fairView>[]> {
      const roots = await core.roots(ctx, 'jobs.read', q.nodeId);
      return (await repo.findFairs(db, nodeInPaths('f.node_id', roots))).map((f) => ({
        id: f.id,
        stationId: f.station_id,
        stationName: f.station_name,
        name: f.name,
        day: f.day,
        place: f.place,
        stalls: f.stalls,
      }));
    },

    /** Holds a fair at a station on a day. */
    async createFair(ctx: RequestContext, b: z.infer<typeof fairBody>) {
      requirePermission(ctx, 'jobs.manage');
      return db.transaction().execute(async (trx) => {
        const s = await stationFor(ctx, b.stationId, 'jobs.manage', trx);
        const id = uuidv7();
        await repo.insertFair(trx, {
          district_id: s.district_id,
          id,
          station_id: s.id,
          node_id: s.node_id,
          name: b.name,
          day: b.day,
          place: b.place ?? '',
        });
        await auditor.append(trx, ctx, {
          action: 'jobs.fair.create',
          objectType: 'jobs_fair',
          objectId: id,
          districtId: s.district_id,
          detail: { name: b.name, day: b.day },
        });
        return { id };
      });
    },
  };
}
