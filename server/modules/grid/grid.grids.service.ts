/** Grids and their outlines: the grids in reach with their workers, setting an outline, finding the grid at a point. */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { GridTree } from './grid.ports.ts';
import * as gridsRepo from './grid.grids.repository.ts';
import type { GridDirectory } from './grid.directory.ts';
import { bboxOf, validateOutline, type AssignmentKind } from './grid.rules.ts';
import type { GridScope } from './grid.scope.ts';
import type { gridView } from './grid.schemas.ts';

const GRID_LEVELS = ['grid', 'micro_grid'] as const;
const parentIdOf = (path: string) => path.split('/').filter(Boolean).slice(-2, -1)[0];

/** Builds the grids use cases. */
export function createGridsService(deps: {
  db: Db;
  auditor: Auditor;
  tree: GridTree;
  scope: Pick<GridScope, 'reach' | 'nodeIn'>;
  directory: Pick<GridDirectory, 'gridAt'>;
}) {
  const { db, auditor, tree, scope, directory } = deps;
  return {
    /**
     * Households 户 of the housing register in each grid given (its micro-grids and buildings
     * included), for grids in the actor's read scope; others are left out. One statement per district.
     */
    async householdsInGrids(ctx: RequestContext, gridIds: string[]): Promise<Map<string, number>> {
      const actor = requirePermission(ctx, 'grid.read');
      const grids = (await tree.nodesByIds([...new Set(gridIds)])).filter((n) =>
        can(actor, 'grid.read', n.path),
      );
      const out = new Map<string, number>();
      for (const districtId of new Set(grids.map((g) => g.districtId))) {
        const mine = grids.filter((g) => g.districtId === districtId);
        const rows = await gridsRepo.housingByPath(
          db,
          districtId,
          mine.map((g) => g.path),
        );
        for (const g of mine)
          out.set(
            g.id,
            rows.filter((r) => r.path.startsWith(g.path)).reduce((sum, r) => sum + r.count, 0),
          );
      }
      return out;
    },

    /** Grids and micro-grids in reach (or under one node), with outline and today's workers. */
    async grids(ctx: RequestContext, nodeId?: string): Promise<z.infer<typeof gridView>[]> {
      const actor = requirePermission(ctx, 'grid.read');
      let paths = await scope.reach(actor, 'grid.read');
      if (nodeId) paths = [(await scope.nodeIn(actor, 'grid.read', nodeId)).path];
      if (!paths.length) return [];
      const nodes = await tree.nodesUnder(paths, [...GRID_LEVELS], 5000);
      const ids = nodes.map((n) => n.id);
      const parents = new Map(
        (await tree.nodesByIds(nodes.map((n) => parentIdOf(n.path)))).map((p) => [p.id, p.name]),
      );
      const outlines = new Map((await gridsRepo.outlinesOf(db, ids)).map((o) => [o.node_id, o]));
      const as = await gridsRepo.assignmentsOnNodes(db, ids, shanghaiDay());
      return nodes.map((n) => ({
        id: n.id,
        name: n.name,
        level: n.level as 'grid' | 'micro_grid',
        parentName: parents.get(parentIdOf(n.path)) ?? '',
        outline: outlines.get(n.id)?.geojson ?? null,
        outlineVersion: outlines.get(n.id)?.version ?? 0,
        workers: as
          .filter((a) => a.node_id === n.id)
          .map((a) => ({
            assignmentId: a.id,
            userId: a.user_id,
            name: a.user_name,
            kind: a.kind as AssignmentKind,
          })),
      }));
    },

    /** Sets (or, with null, clears) a grid's outline, checking the version the client saw. */
    async setOutline(ctx: RequestContext, id: string, input: { geojson: unknown; version: number }) {
      const actor = requirePermission(ctx, 'grid.manage');
      const n = await scope.nodeIn(actor, 'grid.manage', id);
      if (!(GRID_LEVELS as readonly string[]).includes(n.level))
        throw new InvalidError([{ field: 'id', key: 'grid.not_grid' }]);
      const v = input.geojson === null ? null : validateOutline(input.geojson);
      if (v && 'problem' in v) throw new InvalidError([{ field: 'geojson', key: v.problem }]);
      return db.transaction().execute(async (trx) => {
        const cur = await gridsRepo.outlineVersionForUpdate(trx, n.districtId, n.id);
        if ((cur?.version ?? 0) !== input.version) throw new ConflictError('error.stale');
        if (!v) await gridsRepo.deleteOutline(trx, n.districtId, n.id);
        else {
          const [minLng, minLat, maxLng, maxLat] = bboxOf(v.geometry);
          await gridsRepo.upsertOutline(trx, {
            district_id: n.districtId,
            node_id: n.id,
            geojson: JSON.stringify(v.geometry),
            min_lng: minLng,
            min_lat: minLat,
            max_lng: maxLng,
            max_lat: maxLat,
            version: input.version + 1,
            updated_at: new Date(),
          });
        }
        await auditor.append(trx, ctx, {
          action: 'grid.outline',
          objectType: 'org_node',
          objectId: n.id,
          districtId: n.districtId,
          detail: { cleared: input.geojson === null },
        });
        return { version: v ? input.version + 1 : 0 };
      });
    },

    /** The grid or micro-grid under a path whose outline holds a point (see the directory). */
    gridAt: directory.gridAt,
  };
}
