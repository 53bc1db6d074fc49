/** SQL of the 业委会 elections: candidates, the party organisation's vetting, terms (the owners module's own tables). */
import { sql, type Insertable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { nodeJoin } from '../../platform/access/scope.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import type { Where } from './owners.repository.ts';

function electionsWithNode(db: Executor) {
  return db
    .selectFrom('owners_elections as e')
    .innerJoin('org_nodes as n', nodeJoin('e'))
    .selectAll('e')
    .select([
      'n.path',
      sql<number>`(SELECT count(*)::int FROM owners_candidates c WHERE c.district_id = e.district_id
        AND c.election_id = e.id)`.as('candidates'),
      sql<number>`(SELECT count(*)::int FROM owners_candidates c WHERE c.district_id = e.district_id
        AND c.election_id = e.id AND c.elected)`.as('elected'),
    ]);
}

/** Elections in scope (on e.node_id), newest first. */
export function listElections(db: Executor, inScope: Where) {
  return electionsWithNode(db).where(inScope).orderBy('e.created_at', 'desc').limit(2000).execute();
}

/** An election with its community's path; locked when asked. */
export function findElection(db: Executor, id: string, lock = false) {
  let q = electionsWithNode(db).where('e.id', '=', id);
  if (lock) q = q.forUpdate('e');
  return q.executeTakeFirst();
}
export type ElectionRow = NonNullable<Awaited<ReturnType<typeof findElection>>>;

/** The election an assembly was opened for, locked. */
export function electionOfAssembly(db: Executor, districtId: string, assemblyId: string) {
  return db
    .selectFrom('owners_elections')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('assembly_id', '=', assemblyId)
    .forUpdate()
    .executeTakeFirst();
}

/** Stores an election. */
export function insertElection(db: Executor, row: Insertable<DB['owners_elections']>) {
  return db.insertInto('owners_elections').values(row).execute();
}

/** Moves an election on, at its version. */
export function updateElection(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: { state: string; assembly_id?: string; term_starts?: string; term_ends?: string },
) {
  return updateVersioned(db, 'owners_elections', { districtId, id, version }, set);
}

/** An election's candidates with their owner's name, by name. */
export function candidatesOf(db: Executor, districtId: string, electionId: string) {
  return db
    .selectFrom('owners_candidates as c')
    .innerJoin('owners_owners as o', (j) =>
      j.onRef('o.district_id', '=', 'c.district_id').onRef('o.id', '=', 'c.owner_id'),
    )
    .selectAll('c')
    .select('o.name')
    .where('c.district_id', '=', districtId)
    .where('c.election_id', '=', electionId)
    .orderBy('o.name')
    .execute();
}

/** Stores a candidate unless the owner stands already: true when stored. */
export async function insertCandidate(db: Executor, row: Insertable<DB['owners_candidates']>) {
  const r = await db
    .insertInto('owners_candidates')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Records the vetting of a pending candidate: true when it was pending. */
export async function vetCandidate(
  db: Executor,
  districtId: string,
  electionId: string,
  id: string,
  set: { vetting: 'passed' | 'rejected'; vet_reason: string; vetted_by: string },
) {
  const r = await db
    .updateTable('owners_candidates')
    .set(set)
    .where('district_id', '=', districtId)
    .where('election_id', '=', electionId)
    .where('id', '=', id)
    .where('vetting', '=', 'pending')
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Marks candidates elected. */
export function markElected(db: Executor, districtId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .updateTable('owners_candidates')
    .set({ elected: true })
    .where('district_id', '=', districtId)
    .where('id', 'in', ids)
    .execute();
}

/** Candidates waiting for vetting in scope (on e.node_id), by election. */
export function pendingVetting(db: Executor, inScope: Where) {
  return db
    .selectFrom('owners_candidates as c')
    .innerJoin('owners_elections as e', (j) =>
      j.onRef('e.district_id', '=', 'c.district_id').onRef('e.id', '=', 'c.election_id'),
    )
    .select(['e.id', 'e.compound_id', sql<number>`count(*)::int`.as('n')])
    .where('c.vetting', '=', 'pending')
    .where('e.state', '=', 'nominating')
    .where(inScope)
    .groupBy(['e.id', 'e.compound_id'])
    .limit(500)
    .execute();
}

/** Elected committees in scope (on e.node_id) whose term ends by a day and that no later election renews. */
export function termsEnding(db: Executor, inScope: Where, by: string) {
  return db
    .selectFrom('owners_elections as e')
    .select(['e.id', 'e.compound_id', 'e.term_ends'])
    .where('e.state', '=', 'elected')
    .where('e.term_ends', '<=', by)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('owners_elections as r')
            .select('r.id')
            .whereRef('r.district_id', '=', 'e.district_id')
            .whereRef('r.renewal_of', '=', 'e.id'),
        ),
      ),
    )
    .where(inScope)
    .orderBy('e.term_ends')
    .limit(500)
    .execute();
}
