/** SQL of the major-projects register 重大项目 (tasks_projects): one function per query. */
import { sql, type Insertable, type Updateable } from 'kysely';
import type { DB, Executor } from '../../platform/db/db.ts';

type NewProject = Insertable<DB['tasks_projects']>;

/** The task's id if it is in the district. */
export function findTaskId(db: Executor, districtId: string, taskId: string) {
  return db
    .selectFrom('tasks_tasks')
    .select('id')
    .where('district_id', '=', districtId)
    .where('id', '=', taskId)
    .executeTakeFirst();
}

/** A district's projects of a year, by stage and name (at most 5,000). */
export function findProjects(db: Executor, districtId: string, year: number, stage?: string) {
  let q = db
    .selectFrom('tasks_projects')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('year', '=', year);
  if (stage) q = q.where('stage', '=', stage);
  return q.orderBy('stage').orderBy('name').limit(5000).execute();
}

/** Registers a project; undefined when the district already has one of that name that year. */
export function insertProject(trx: Executor, p: NewProject) {
  return trx
    .insertInto('tasks_projects')
    .values(p)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** A project, its row locked for an update. */
export function findProjectForUpdate(trx: Executor, districtId: string, id: string) {
  return trx
    .selectFrom('tasks_projects')
    .selectAll()
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Writes a project's fields and returns the row (a name taken raises 23505). */
export function updateProject(
  trx: Executor,
  districtId: string,
  id: string,
  set: Omit<Updateable<DB['tasks_projects']>, 'district_id' | 'id' | 'updated_at'>,
) {
  return trx
    .updateTable('tasks_projects')
    .set({ ...set, updated_at: new Date() })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The names of a district's projects of a year. */
export async function findProjectNames(trx: Executor, districtId: string, year: number): Promise<string[]> {
  const rows = await trx
    .selectFrom('tasks_projects')
    .select('name')
    .where('district_id', '=', districtId)
    .where('year', '=', year)
    .execute();
  return rows.map((r) => r.name);
}

/** Adds projects, or updates the one of the same name in the year (an import). */
export async function upsertProjects(trx: Executor, rows: NewProject[]): Promise<void> {
  if (!rows.length) return;
  await trx
    .insertInto('tasks_projects')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['district_id', 'year', 'name']).doUpdateSet({
        stage: sql`excluded.stage`,
        category: sql`excluded.category`,
        investment: sql`excluded.investment`,
        note: sql`excluded.note`,
        version: sql`tasks_projects.version + 1`,
        updated_at: new Date(),
      }),
    )
    .execute();
}
