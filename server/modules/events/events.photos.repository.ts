/** SQL of an event's photos. */
import type { Executor } from '../../platform/db/db.ts';

/** The photo with this id on an event, with who added it. */
export function photoOf(db: Executor, districtId: string, eventId: string, photoId: string) {
  return db
    .selectFrom('events_photos')
    .select(['id', 'mime', 'bytes', 'created_by', 'created_at'])
    .where('district_id', '=', districtId)
    .where('event_id', '=', eventId)
    .where('id', '=', photoId)
    .executeTakeFirst();
}

/** The id of a photo with these bytes (by SHA-256) already on the event. */
export async function samePhoto(db: Executor, districtId: string, eventId: string, sha256: string) {
  return (
    await db
      .selectFrom('events_photos')
      .select('id')
      .where('district_id', '=', districtId)
      .where('event_id', '=', eventId)
      .where('sha256', '=', sha256)
      .executeTakeFirst()
  )?.id;
}

/** Stores a photo of an event. */
export async function insertPhoto(
  db: Executor,
  r: {
    district_id: string;
    id: string;
    event_id: string;
    mime: string;
    size: number;
    sha256: string;
    bytes: Buffer;
    created_by: string;
  },
) {
  await db.insertInto('events_photos').values(r).execute();
}
