/** SQL of a contest's set-up page: the districts and units to pick from, and the draft's edits. */
import type { Updateable } from 'kysely';
import type { Executor } from '../../platform/db/db.ts';
import type { DB } from '../../platform/db/db.generated.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';

/** District nodes among ids, with their names (where the actor may set contests up). */
export function findDistricts(db: Executor, ids: string[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'name'])
    .where('id', 'in', ids)
    .where('level', '=', 'district')
    .orderBy('code')
    .execute();
}

/** The departments and streets of some districts: the units a contest may have, by level and code. */
export function findUnitChoices(db: Executor, districtIds: string[]) {
  if (!districtIds.length) return Promise.resolve([]);
  return db
    .selectFrom('org_nodes')
    .select(['id', 'district_id', 'name', 'level', 'path'])
    .where('district_id', 'in', districtIds)
    .where('level', 'in', ['department', 'street'])
    .orderBy('level')
    .orderBy('code')
    .orderBy('name')
    .execute();
}

/** Whether another contest of the district has this year and title. */
export async function titleTaken(
  db: Executor,
  districtId: string,
  year: number,
  title: string,
  exceptId: string,
) {
  const r = await db
    .selectFrom('contests_contests')
    .select('id')
    .where('district_id', '=', districtId)
    .where('year', '=', year)
    .where('title', '=', title)
    .where('id', '<>', exceptId)
    .executeTakeFirst();
  return !!r;
}

/** A contest's rounds' states, locked (a round opened meanwhile waits for the edit, or the edit for it). */
export function lockRoundStates(db: Executor, districtId: string, contestId: string) {
  return db
    .selectFrom('contests_rounds')
    .select(['id', 'state'])
    .where('district_id', '=', districtId)
    .where('contest_id', '=', contestId)
    .forUpdate()
    .execute();
}

/** Writes a draft contest's own fields, checking the version. */
export function updateContest(
  db: Executor,
  districtId: string,
  id: string,
  version: number,
  set: Updateable<DB['contests_contests']>,
) {
  return updateVersioned(db, 'contests_contests', { districtId, id, version }, set);
}

/** Removes a draft contest's rounds (none is open: nothing hangs on them). */
export function deleteRounds(db: Executor, districtId: string, contestId: string) {
  return db
    .deleteFrom('contests_rounds')
    .where('district_id', '=', districtId)
    .where('contest_id', '=', contestId)
    .execute();
}

/** Removes a draft contest's units. */
export function deleteUnits(db: Executor, districtId: string, contestId: string) {
  return db
    .deleteFrom('contests_units')
    .where('district_id', '=', districtId)
    .where('contest_id', '=', contestId)
    .execute();
}

/** Removes a draft contest's judges. */
export function deleteJudges(db: Executor, districtId: string, contestId: string) {
  return db
    .deleteFrom('contests_judges')
    .where('district_id', '=', districtId)
    .where('contest_id', '=', contestId)
    .execute();
}

/** Whether any judge has scored an entry of the contest (a scored contest is never deleted). */
export async function contestScored(db: Executor, districtId: string, contestId: string) {
  const r = await db
    .selectFrom('contests_scores')
    .select('entry_id')
    .where('district_id', '=', districtId)
    .where('contest_id', '=', contestId)
    .limit(1)
    .executeTakeFirst();
  return !!r;
}

/** Removes an unscored contest's entries. */
export function deleteEntries(db: Executor, districtId: string, contestId: string) {
  return db
    .deleteFrom('contests_entries')
    .where('district_id', '=', districtId)
    .where('contest_id', '=', contestId)
    .executeTakeFirst();
}

/** Removes the contest itself (its rounds, units, judges and entries gone first). */
export function deleteContest(db: Executor, districtId: string, contestId: string) {
  return db
    .deleteFrom('contests_contests')
    .where('district_id', '=', districtId)
    .where('id', '=', contestId)
    .executeTakeFirst();
}
