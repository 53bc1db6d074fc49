/**
 * Cadres for other modules (cadre assessment): people holding the cadre identity, with its
 * attributes (unit, post, grade, dates) and their birth year, never their ID number, phone or address.
 * No permission check: callers scope by unit and decide what the actor may see.
 */
import type { Db } from '../../platform/db/db.ts';
import * as repo from './people.readers.repository.ts';

/** A cadre as other modules see them. */
export interface CadreBrief {
  personId: string;
  name: string;
  gender: 'M' | 'F';
  birthYear: number;
  unitNodeId: string;
  post: string;
  grade: string;
  postSince: string;
  unitSince: string;
}

/** Builds the cadre reader. */
export function createCadresReader(deps: { db: Db }) {
  return {
    /** A district's cadres, optionally only those of some units or some persons, by name. */
    async cadresOf(
      districtId: string,
      f: { unitNodeIds?: string[]; personIds?: string[] } = {},
    ): Promise<CadreBrief[]> {
      if (f.unitNodeIds?.length === 0 || f.personIds?.length === 0) return [];
      const rows = await repo.findCadres(deps.db, districtId, f);
      return rows.map((r) => ({
        personId: r.id,
        name: r.name,
        gender: r.gender as 'M' | 'F',
        birthYear: Number(String(r.birth_date).slice(0, 4)),
        unitNodeId: r.unit,
        post: r.post,
        grade: r.grade,
        postSince: r.post_since,
        unitSince: r.unit_since,
      }));
    },
  };
}
/** The cadre reader's type. */
export type CadresReader = ReturnType<typeof createCadresReader>;
