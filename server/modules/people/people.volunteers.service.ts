/**
 * Volunteers for other modules (the volunteers module): people holding the volunteer identity
 * under a node, by masked name with their team as the register records it, never their ID
 * number, phone or address; and one person's full name for their own certificate.
 * No permission check: callers scope by node and decide what the actor may see.
 */
import * as repo from './people.readers.repository.ts';
import type { Db } from '../../platform/db/db.ts';
import { maskName } from '../../platform/pii/pii.ts';

/** A registered volunteer as other modules see them. */
export interface VolunteerBrief {
  personId: string;
  nodeId: string;
  maskedName: string;
  team: string | null;
}

/** Builds the volunteer reader. */
export function createVolunteersReader(deps: { db: Db }) {
  return {
    /** People with the volunteer identity on nodes under path (at most limit), by id. */
    async volunteersUnder(districtId: string, path: string, limit = 50_000): Promise<VolunteerBrief[]> {
      const rows = await repo.findVolunteersUnder(deps.db, districtId, path, limit);
      return rows.map((r) => ({
        personId: r.id,
        nodeId: r.node_id,
        maskedName: maskName(r.name),
        team: r.team,
      }));
    },

    /** A person's full name (for the certificate printed for them), or null. */
    async fullName(districtId: string, personId: string): Promise<string | null> {
      const r = await repo.findPersonName(deps.db, districtId, personId);
      return r?.name ?? null;
    },
  };
}
/** The volunteer reader's type. */
export type VolunteersReader = ReturnType<typeof createVolunteersReader>;
