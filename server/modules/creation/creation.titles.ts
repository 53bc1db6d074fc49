/**
 * The port other modules read named titles through (seed 004: 两讲三强争创模范机关 counted in the
 * year-end 基层党建 assessment): the titles named in a year to some nodes. No actor: the reading
 * module has already scoped the nodes to its actor.
 */
import type { Db } from '../../platform/db/db.ts';
import * as repo from './creation.repository.ts';
import type { Level } from './creation.rules.ts';

/** A title named to a node: its programme, level and day, and the declaration it came from. */
export interface NamedTitle {
  declarationId: string;
  nodeId: string;
  programme: string;
  level: Level;
  namedOn: string;
}

/** The titles named in a year to these nodes. */
export type NamedTitlesPort = (
  districtId: string,
  nodeIds: readonly string[],
  year: number,
) => Promise<NamedTitle[]>;

/** Builds the port over the module's declarations. */
export function createTitlesPort(deps: { db: Db }): { namedTitles: NamedTitlesPort } {
  return {
    async namedTitles(districtId, nodeIds, year) {
      const rows = await repo.findNamedTitles(deps.db, districtId, nodeIds, year);
      return rows.map((r) => ({
        declarationId: r.id,
        nodeId: r.node_id,
        programme: r.programme,
        level: r.level as Level,
        namedOn: String(r.named_on),
      }));
    },
  };
}
