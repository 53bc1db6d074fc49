/**
 * Cadres for other modules (cadre assessment): people holding the cadre identity, with its
 * attributes (unit, post, grade, dates) and their birth year, never their ID number, phone or address.
 * No permission check: callers scope by unit and decide what the actor may see.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db/db.ts';

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
      let q = deps.db
        .selectFrom('people_identities as i')
        .innerJoin('people_persons as p', (j) =>
          j.onRef('p.district_id', '=', 'i.district_id').onRef('p.id', '=', 'i.person_id'),
        )
        .select([
          'p.id',
          'p.name',
          'p.gender',
          'p.birth_date',
          sql<string>`i.attrs->>'unitNodeId'`.as('unit'),
          sql<string>`i.attrs->>'post'`.as('post'),
          sql<string>`i.attrs->>'grade'`.as('grade'),
          sql<string>`i.attrs->>'postSince'`.as('post_since'),
          sql<string>`i.attrs->>'unitSince'`.as('unit_since'),
        ])
        .where('i.district_id', '=', districtId)
        .where('i.kind', '=', 'cadre');
      if (f.unitNodeIds) q = q.where(sql<boolean>`i.attrs->>'unitNodeId' = ANY(${f.unitNodeIds}::text[])`);
      if (f.personIds) q = q.where('i.person_id', 'in', f.personIds);
      const rows = await q.orderBy('p.name').orderBy('p.id').execute();
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
