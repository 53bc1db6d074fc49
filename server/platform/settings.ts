/** Installation settings stored as JSON by key, each with its defaults in code. */
import type { Executor } from './db/db.ts';

/** Reads a setting, filling missing fields from the defaults. */
export async function getSetting<T extends object>(db: Executor, key: string, defaults: T): Promise<T> {
  const row = await db
    .selectFrom('platform_settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return { ...defaults, ...((row?.value as Partial<T>) ?? {}) };
}

/** Writes a setting (the caller audits it inside the same transaction). */
export async function putSetting(db: Executor, key: string, value: object): Promise<void> {
  await db
    .insertInto('platform_settings')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: new Date() }),
    )
    .execute();
}
