/** SQL of the events configuration: routing rules, SLAs and the district's settings. */
import { type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';

/** Routing rules located in a subtree condition, optionally at one node. */
export function routingRules(db: Executor, inScope: Expression<SqlBool>, nodeId?: string) {
  let q = db
    .selectFrom('events_routing as x')
    .select(['x.id', 'x.district_id', 'x.category', 'x.node_id', 'x.department_id'])
    .where(inScope);
  if (nodeId) q = q.where('x.node_id', '=', nodeId);
  return q.orderBy('x.node_id').orderBy('x.category').limit(1000).execute();
}

/** One routing rule by id. */
export function routingRule(db: Executor, id: string) {
  return db
    .selectFrom('events_routing')
    .select(['district_id', 'id', 'node_id', 'category'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Sets the department a node sends a category to; returns the rule's id. */
export async function upsertRoutingRule(
  db: Executor,
  r: { district_id: string; id: string; category: string; node_id: string; department_id: string },
): Promise<string> {
  const row = await db
    .insertInto('events_routing')
    .values(r)
    .onConflict((oc) =>
      oc.columns(['district_id', 'category', 'node_id']).doUpdateSet({ department_id: r.department_id }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Deletes a routing rule. */
export async function deleteRoutingRule(db: Executor, districtId: string, id: string) {
  await db.deleteFrom('events_routing').where('district_id', '=', districtId).where('id', '=', id).execute();
}

/** A district's own service levels as stored. */
export function slaRows(db: Executor, districtId: string) {
  return db.selectFrom('events_sla').selectAll().where('district_id', '=', districtId).execute();
}

/** Sets a district's service level for a category and level. */
export async function upsertSla(
  db: Executor,
  r: { district_id: string; category: string; level: number; receive_hours: number; handle_days: number },
) {
  await db
    .insertInto('events_sla')
    .values(r)
    .onConflict((oc) =>
      oc
        .columns(['district_id', 'category', 'level'])
        .doUpdateSet({ receive_hours: r.receive_hours, handle_days: r.handle_days }),
    )
    .execute();
}

/** Writes a district's settings if their version is still `version` (0: none yet); false if it moved. */
export async function saveSettings(
  db: Executor,
  r: { district_id: string; recur_count: number; recur_metres: number; recur_days: number },
  version: number,
): Promise<boolean> {
  if (version === 0) {
    const ins = await db
      .insertInto('events_settings')
      .values({ ...r, version: 1 })
      .onConflict((oc) => oc.column('district_id').doNothing())
      .executeTakeFirst();
    return Number(ins.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const up = await db
    .updateTable('events_settings')
    .set({ ...r, version: version + 1, updated_at: new Date() })
    .where('district_id', '=', r.district_id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(up.numUpdatedRows) === 1;
}
