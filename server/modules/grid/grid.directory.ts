/**
 * The grid directory: who serves which grid today, who logged which patrol and which grid holds a
 * point, read from grid's own tables. Built first in the composition root, so the events module can take it as a port
 * (a cadre 我当网格员 reports where assigned; a report raised on a patrol names one) without a
 * cycle between grid and events.
 */
import type { Db } from '../../platform/db/db.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { GridTree } from './grid.ports.ts';
import * as gridsRepo from './grid.grids.repository.ts';
import * as patrolsRepo from './grid.patrols.repository.ts';
import { pointInOutline, type AssignmentKind } from './grid.rules.ts';

/** Builds the grid directory. */
export function createGridDirectory(deps: { db: Db; tree: Pick<GridTree, 'nodesByIds'> }) {
  const { db, tree } = deps;
  return {
    /** Paths of the grids the user is assigned to on a day (today by default), of some kinds or any. */
    async assignedPaths(
      userId: string,
      day = shanghaiDay(),
      kinds?: AssignmentKind | AssignmentKind[],
    ): Promise<string[]> {
      const ids = await gridsRepo.assignedNodeIds(
        db,
        userId,
        day,
        kinds === undefined ? undefined : [kinds].flat(),
      );
      if (!ids.length) return [];
      return (await tree.nodesByIds(ids)).map((n) => n.path);
    },

    /** The grid or micro-grid under a path whose outline holds a point (a resident's place), deepest first. */
    async gridAt(path: string, lat: number, lng: number): Promise<string | null> {
      const rows = await gridsRepo.outlinesAround(db, path, lat, lng);
      const hits = rows.filter((r) => pointInOutline(r.geojson as never, lng, lat)).map((r) => r.node_id);
      if (!hits.length) return null;
      const nodes = await tree.nodesByIds(hits);
      nodes.sort((a, b) => b.path.length - a.path.length);
      return nodes[0]?.id ?? null;
    },

    /** Patrols by id: their district and who logged them (events checks a report raised on one). */
    async patrolsById(ids: string[]) {
      const rows = await patrolsRepo.patrolOwners(db, ids);
      return new Map(rows.map((r) => [r.id, { districtId: r.district_id, userId: r.user_id }]));
    },
  };
}

/** The grid directory's reads. */
export type GridDirectory = ReturnType<typeof createGridDirectory>;
