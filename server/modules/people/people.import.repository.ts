/**
 * SQL of the people import: staged batches, the district's column mapping, nodes found by name and the
 * committed persons.
 */
import type { Executor } from '../../platform/db/db.ts';
import type { PersonRow } from './people.row.ts';
import { likeEscape } from './people.repository.ts';

/** Inserts encoded persons in chunks (one statement per chunk). */
export async function insertPersons(db: Executor, rows: PersonRow[]) {
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('people_persons')
      .values(rows.slice(i, i + 1000))
      .execute();
}

/** Nodes by name inside a subtree, for the import's node column. */
export function nodesNamed(db: Executor, rootPath: string, names: string[]) {
  if (names.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'path', 'name'])
    .where('path', 'like', likeEscape(rootPath) + '%')
    .where('name', 'in', names)
    .execute();
}

/** Deletes import previews past their time (their encrypted rows with them); returns how many. */
export async function deleteExpiredImports(db: Executor, now: Date): Promise<number> {
  const r = await db.deleteFrom('people_import_batches').where('expires_at', '<=', now).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Keeps an import preview. */
export async function insertImportBatch(
  db: Executor,
  row: {
    district_id: string;
    id: string;
    user_id: string;
    node_id: string;
    file_name: string;
    total: number;
    valid: number;
    invalid: number;
    rows_enc: Buffer;
    errors: string;
    expires_at: Date;
    headers: string;
    mapping: string;
  },
) {
  await db.insertInto('people_import_batches').values(row).execute();
}

/** The column mapping a district's imports keep (normalised header text → column key). */
export async function districtImportMapping(
  db: Executor,
  districtId: string,
): Promise<Record<string, string>> {
  const r = await db
    .selectFrom('people_import_mappings')
    .select('mapping')
    .where('district_id', '=', districtId)
    .executeTakeFirst();
  return (r?.mapping ?? {}) as Record<string, string>;
}

/** Keeps a district's column mapping (what a committed import used, over what was kept before). */
export async function saveDistrictImportMapping(
  db: Executor,
  districtId: string,
  mapping: Record<string, string>,
) {
  const value = JSON.stringify(mapping);
  await db
    .insertInto('people_import_mappings')
    .values({ district_id: districtId, mapping: value })
    .onConflict((oc) => oc.column('district_id').doUpdateSet({ mapping: value, updated_at: new Date() }))
    .execute();
}

/** The uploader's unexpired import preview with its node's path, locked for its commit. */
export function findImportBatchForCommit(db: Executor, batchId: string, userId: string, now: Date) {
  return db
    .selectFrom('people_import_batches as b')
    .innerJoin('org_nodes as n', 'n.id', 'b.node_id')
    .select([
      'b.district_id',
      'b.id',
      'b.node_id',
      'b.total',
      'b.valid',
      'b.invalid',
      'b.rows_enc',
      'b.status',
      'b.headers',
      'b.mapping',
      'n.path',
    ])
    .where('b.id', '=', batchId)
    .where('b.user_id', '=', userId)
    .where('b.expires_at', '>', now)
    .forUpdate('b')
    .executeTakeFirst();
}

/** Marks an import as committed and forgets its rows. */
export async function markImportCommitted(db: Executor, districtId: string, id: string, imported: number) {
  await db
    .updateTable('people_import_batches')
    .set({ status: 'committed', imported, committed_at: new Date(), rows_enc: Buffer.alloc(0) })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}
