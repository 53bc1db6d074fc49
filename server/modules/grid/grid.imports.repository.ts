/** SQL of the register imports: the import, its staged rows, progress and the saved column mapping. */
import type { Executor } from '../../platform/db/db.ts';

/** Stores a previewed import. */
export async function insertImport(
  trx: Executor,
  row: {
    district_id: string;
    id: string;
    kind: string;
    node_id: string;
    user_id: string;
    total: number;
    valid: number;
    errors: string;
    headers: string;
    mapping: string;
  },
) {
  await trx
    .insertInto('grid_imports')
    .values({ ...row, rows: '[]' })
    .execute();
}

/** Stages an import's valid rows. */
export async function insertImportRows(
  trx: Executor,
  rows: { district_id: string; import_id: string; seq: number; row_no: number; data: string }[],
) {
  if (rows.length) await trx.insertInto('grid_import_rows').values(rows).execute();
}

const IMPORT_COLUMNS = [
  'district_id',
  'id',
  'kind',
  'node_id',
  'user_id',
  'total',
  'valid',
  'errors',
  'status',
  'done',
  'imported',
  'failed',
  'headers',
  'mapping',
  'committed_at',
] as const;

/** A user's import of a kind (optionally locked for a step of its commit). */
export function importOf(exec: Executor, id: string, kind: string, userId: string, lock = false) {
  let q = exec
    .selectFrom('grid_imports')
    .select(IMPORT_COLUMNS)
    .where('id', '=', id)
    .where('kind', '=', kind)
    .where('user_id', '=', userId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** Staged rows of an import after a position, in file order. */
export function importRowsAfter(
  exec: Executor,
  districtId: string,
  importId: string,
  seq: number,
  limit: number,
) {
  return exec
    .selectFrom('grid_import_rows')
    .select(['seq', 'row_no', 'data'])
    .where('district_id', '=', districtId)
    .where('import_id', '=', importId)
    .where('seq', '>', seq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/** Records how far an import's commit has come. */
export async function setImportProgress(
  trx: Executor,
  districtId: string,
  id: string,
  set: { status: string; done: number; imported: number; failed: string; committed_at?: Date },
) {
  await trx
    .updateTable('grid_imports')
    .set(set)
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** Drops an import's staged rows once committed. */
export async function deleteImportRows(trx: Executor, districtId: string, importId: string) {
  await trx
    .deleteFrom('grid_import_rows')
    .where('district_id', '=', districtId)
    .where('import_id', '=', importId)
    .execute();
}

/** The column mapping a district keeps for a register (normalised header → key), if any. */
export async function importMappingOf(db: Executor, districtId: string, kind: string) {
  const r = await db
    .selectFrom('grid_import_mappings')
    .select('mapping')
    .where('district_id', '=', districtId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return (r?.mapping ?? {}) as Record<string, string>;
}

/** Keeps a district's column mapping for a register. */
export async function upsertImportMapping(trx: Executor, districtId: string, kind: string, mapping: string) {
  await trx
    .insertInto('grid_import_mappings')
    .values({ district_id: districtId, kind, mapping })
    .onConflict((oc) => oc.columns(['district_id', 'kind']).doUpdateSet({ mapping, updated_at: new Date() }))
    .execute();
}
