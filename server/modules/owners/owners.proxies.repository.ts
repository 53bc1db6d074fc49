/** SQL of 委托投票: owners' written authorisations for an assembly (the owners module's own table). */
import { sql, type Insertable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';

/** The written authorisations of an assembly with the principal's name, by time recorded. */
export function proxiesOf(db: Executor, districtId: string, assemblyId: string) {
  return db
    .selectFrom('owners_proxies as p')
    .innerJoin('owners_owners as o', (j) =>
      j.onRef('o.district_id', '=', 'p.district_id').onRef('o.id', '=', 'p.principal_id'),
    )
    .selectAll('p')
    .select('o.name as principal_name')
    .where('p.district_id', '=', districtId)
    .where('p.assembly_id', '=', assemblyId)
    .orderBy('p.recorded_at')
    .limit(20_000)
    .execute();
}

/** An owner's active authorisation in an assembly, or undefined. */
export function activeProxy(db: Executor, districtId: string, assemblyId: string, principalId: string) {
  return db
    .selectFrom('owners_proxies')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('assembly_id', '=', assemblyId)
    .where('principal_id', '=', principalId)
    .where('state', '=', 'active')
    .executeTakeFirst();
}

/** How many active authorisations a proxy holds in an assembly. */
export async function proxiesHeld(db: Executor, districtId: string, assemblyId: string, key: string) {
  const r = await db
    .selectFrom('owners_proxies')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('district_id', '=', districtId)
    .where('assembly_id', '=', assemblyId)
    .where('proxy_key', '=', key)
    .where('state', '=', 'active')
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Stores a written authorisation, replacing a voided one of the same owner: false when an active one exists. */
export async function insertProxy(db: Executor, row: Insertable<DB['owners_proxies']>) {
  const r = await db
    .insertInto('owners_proxies')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['district_id', 'assembly_id', 'principal_id'])
        .doUpdateSet({
          proxy_name: row.proxy_name,
          proxy_owner_id: row.proxy_owner_id ?? null,
          proxy_key: row.proxy_key,
          document: row.document,
          state: 'active',
          recorded_by: row.recorded_by,
          recorded_at: sql`now()`,
          voided_at: null,
        })
        .where('owners_proxies.state', '=', 'voided'),
    )
    .returning('principal_id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Voids an owner's active authorisation (they voted in person). */
export function voidProxy(db: Executor, districtId: string, assemblyId: string, principalId: string) {
  return db
    .updateTable('owners_proxies')
    .set({ state: 'voided', voided_at: sql`now()` })
    .where('district_id', '=', districtId)
    .where('assembly_id', '=', assemblyId)
    .where('principal_id', '=', principalId)
    .where('state', '=', 'active')
    .execute();
}
