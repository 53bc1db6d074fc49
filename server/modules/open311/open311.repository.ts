/** SQL of the Open311 module: its API keys, what each posted request carried, and district settings. */
import type { Executor } from '../../platform/db/db.ts';

/** Active keys (not revoked): their district and node. */
export function activeKeys(db: Executor) {
  return db
    .selectFrom('open311_keys')
    .select(['id', 'district_id', 'node_id'])
    .where('revoked_at', 'is', null)
    .execute();
}

/** The active key with this hash. */
export function keyByHash(db: Executor, hash: Buffer) {
  return db
    .selectFrom('open311_keys')
    .select(['id', 'district_id', 'name', 'node_id'])
    .where('key_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** Keys on nodes among those given, newest first. */
export function keysOnNodes(db: Executor, nodeIds: string[]) {
  if (!nodeIds.length) return Promise.resolve([]);
  return db
    .selectFrom('open311_keys')
    .select(['id', 'name', 'node_id', 'prefix', 'created_at', 'revoked_at', 'last_used_at'])
    .where('node_id', 'in', nodeIds)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Nodes that hold keys (to scope the key list). */
export async function nodesWithKeys(db: Executor): Promise<string[]> {
  return (await db.selectFrom('open311_keys').select('node_id').distinct().execute()).map((r) => r.node_id);
}

/** One key by id, locked. */
export function lockKey(db: Executor, id: string) {
  return db
    .selectFrom('open311_keys')
    .select(['district_id', 'node_id'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** Stores a new key (its hash only). */
export async function insertKey(
  db: Executor,
  r: {
    district_id: string;
    id: string;
    name: string;
    node_id: string;
    prefix: string;
    key_hash: Buffer;
    created_by: string;
  },
) {
  await db.insertInto('open311_keys').values(r).execute();
}

/** Revokes a key. */
export async function revokeKey(db: Executor, districtId: string, id: string) {
  await db
    .updateTable('open311_keys')
    .set({ revoked_at: new Date() })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Notes when a key was last used. */
export async function touchKey(db: Executor, districtId: string, id: string) {
  await db
    .updateTable('open311_keys')
    .set({ last_used_at: new Date() })
    .where('district_id', '=', districtId)
    .where('id', '=', id)
    .execute();
}

/** What a posted request carried beyond the event. */
export async function insertRequest(
  db: Executor,
  r: {
    district_id: string;
    event_id: string;
    token: string;
    key_id: string;
    account_id: string | null;
    device_id: string | null;
    contact_enc: Buffer | null;
    media_url: string | null;
    address_id: string | null;
  },
) {
  await db.insertInto('open311_requests').values(r).execute();
}

/** The extras of posted requests by event id. */
export function requestsOf(db: Executor, eventIds: string[]) {
  if (!eventIds.length) return Promise.resolve([]);
  return db
    .selectFrom('open311_requests')
    .select(['event_id', 'media_url', 'address_id'])
    .where('event_id', 'in', eventIds)
    .execute();
}

/** A posted request by its token. */
export function requestByToken(db: Executor, token: string) {
  return db
    .selectFrom('open311_requests')
    .select(['event_id', 'token'])
    .where('token', '=', token)
    .executeTakeFirst();
}

/** Districts' publication settings, by district. */
export function settingsOf(db: Executor, districtIds: string[]) {
  if (!districtIds.length) return Promise.resolve([]);
  return db.selectFrom('open311_settings').selectAll().where('district_id', 'in', districtIds).execute();
}

/** Writes a district's settings if their version is still `version` (0: none yet); false if it moved. */
export async function saveSettings(db: Executor, districtId: string, publish: boolean, version: number) {
  if (version === 0) {
    const r = await db
      .insertInto('open311_settings')
      .values({ district_id: districtId, publish, version: 1 })
      .onConflict((oc) => oc.column('district_id').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await db
    .updateTable('open311_settings')
    .set({ publish, version: version + 1, updated_at: new Date() })
    .where('district_id', '=', districtId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
