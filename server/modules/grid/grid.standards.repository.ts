/** SQL of the civilisation standards 文明创建 and the events and findings tagged with them. */
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';

const STANDARD_COLUMNS = [
  'id',
  'project_code',
  'project_name',
  'item_code',
  'item_name',
  'code',
  'text',
  'category',
  'active',
  'sort',
] as const;

/** A district's standards (active ones, or all), in their order. */
export function standardsOf(db: Executor, districtId: string, activeOnly: boolean) {
  return db
    .selectFrom('grid_civ_standards')
    .select(STANDARD_COLUMNS)
    .where('district_id', '=', districtId)
    .$if(activeOnly, (q) => q.where('active', '=', true))
    .orderBy('sort')
    .orderBy('code')
    .execute();
}

/** Standards of a district by id. */
export function standardsByIds(db: Executor, districtId: string, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('grid_civ_standards')
    .select(STANDARD_COLUMNS)
    .where('district_id', '=', districtId)
    .where('id', 'in', ids)
    .execute();
}

/** A standard row as stored. */
export interface NewStandard {
  district_id: string;
  id: string;
  project_code: string;
  project_name: string;
  item_code: string;
  item_name: string;
  code: string;
  text: string;
  category: string | null;
  sort: number;
}

/** Stores standards by code: new codes added, known codes rewritten and made active again. */
export async function upsertStandards(trx: Executor, rows: NewStandard[]) {
  if (!rows.length) return;
  await trx
    .insertInto('grid_civ_standards')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['district_id', 'code']).doUpdateSet((eb) => ({
        project_code: eb.ref('excluded.project_code'),
        project_name: eb.ref('excluded.project_name'),
        item_code: eb.ref('excluded.item_code'),
        item_name: eb.ref('excluded.item_name'),
        text: eb.ref('excluded.text'),
        category: eb.ref('excluded.category'),
        sort: eb.ref('excluded.sort'),
        active: true,
        updated_at: new Date(),
      })),
    )
    .execute();
}

/** Retires a district's standards whose codes are not among those given (kept for history). */
export async function retireStandardsExcept(trx: Executor, districtId: string, codes: string[]) {
  await trx
    .updateTable('grid_civ_standards')
    .set({ active: false, updated_at: new Date() })
    .where('district_id', '=', districtId)
    .where('active', '=', true)
    .$if(codes.length > 0, (q) => q.where('code', 'not in', codes))
    .execute();
}

/** Tags an event to a standard (replacing an earlier tag). */
export async function upsertEventTag(
  trx: Executor,
  row: { district_id: string; event_id: string; standard_id: string; node_id: string; tagged_by: string },
) {
  await trx
    .insertInto('grid_event_standards')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['district_id', 'event_id']).doUpdateSet({
        standard_id: row.standard_id,
        tagged_by: row.tagged_by,
        tagged_at: new Date(),
      }),
    )
    .execute();
}

/**
 * The standard an event is tagged to: its own tag, else the patrol finding it was raised from
 * (undefined when neither).
 */
export async function standardOfEvent(db: Executor, districtId: string, eventId: string) {
  const tag = await db
    .selectFrom('grid_event_standards')
    .select(['standard_id', 'tagged_at'])
    .where('district_id', '=', districtId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  if (tag) return { standardId: tag.standard_id, source: 'tag' as const };
  const finding = await db
    .selectFrom('grid_patrol_findings')
    .select('standard_id')
    .where('district_id', '=', districtId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return finding ? { standardId: finding.standard_id, source: 'finding' as const } : undefined;
}

/** Findings under a subtree not put right on the spot: their standard and event. */
export function unrectifiedFindingsUnder(db: Executor, districtId: string, path: string) {
  return db
    .selectFrom('grid_patrol_findings')
    .select(['id', 'standard_id', 'event_id'])
    .where('district_id', '=', districtId)
    .where('rectified_at', 'is', null)
    .where(nodeInPaths('node_id', [path]))
    .execute();
}

/** Events under a subtree tagged to a standard. */
export function eventTagsUnder(db: Executor, districtId: string, path: string) {
  return db
    .selectFrom('grid_event_standards')
    .select(['event_id', 'standard_id'])
    .where('district_id', '=', districtId)
    .where(nodeInPaths('node_id', [path]))
    .execute();
}
