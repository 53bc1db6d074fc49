/**
 * The optimistic-version update every module writes the same way: change one row of a district,
 * only if it still has the version the caller read, and bump that version.
 */
import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { DB } from './db.generated.ts';
import type { Executor } from './db.ts';

/** The tables whose rows are keyed by (district_id, id) and carry a version. */
type VersionedTable = {
  [T in keyof DB]: DB[T] extends { district_id: unknown; id: unknown; version: unknown } ? T : never;
}[keyof DB];

/** Updates one row when its version still matches; numUpdatedRows is 0n when it did not (stale). */
export function updateVersioned<T extends VersionedTable>(
  db: Executor,
  table: T,
  key: { districtId: string; id: string; version: number },
  set: Updateable<DB[T]>,
) {
  return versionedUpdate(db, table, key, set).executeTakeFirst();
}

/** The same update, answering the row as it now is (undefined when the version had moved: stale). */
export function updateVersionedReturning<T extends VersionedTable>(
  db: Executor,
  table: T,
  key: { districtId: string; id: string; version: number },
  set: Updateable<DB[T]>,
): Promise<Selectable<DB[T]> | undefined> {
  // the row type is lost with the generic table (see versionedUpdate); it is that table's row
  return versionedUpdate(db, table, key, set).returningAll().executeTakeFirst() as Promise<
    Selectable<DB[T]> | undefined
  >;
}

function versionedUpdate<T extends VersionedTable>(
  db: Executor,
  table: T,
  key: { districtId: string; id: string; version: number },
  set: Updateable<DB[T]>,
) {
  // Kysely cannot resolve column names on a generic table; every VersionedTable has these three.
  return (db as unknown as Kysely<any>)
    .updateTable(table as string)
    .set({ ...(set as object), version: sql`version + 1` })
    .where('district_id', '=', key.districtId)
    .where('id', '=', key.id)
    .where('version', '=', key.version);
}
