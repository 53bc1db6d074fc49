/** SQL of meetings 会议: the meeting, its attendance and photos. */
import { sql, type Expression, type SqlBool } from 'kysely';
import { nodeJoin } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';

const meetingColumns = [
  'm.district_id',
  'm.id',
  'm.body_id',
  'm.node_id',
  'm.title',
  'm.starts_at',
  'm.place',
  'm.agenda',
  'm.topic_ids',
  'm.status',
  'm.minutes',
  'm.attendees',
  'm.held_at',
  'm.cancel_reason',
  'm.version',
  'n.path',
  'n.name as node_name',
  'b.name as body_name',
  'b.kind as body_kind',
] as const;

function meetingsFrom(db: Executor) {
  return db
    .selectFrom('council_meetings as m')
    .innerJoin('org_nodes as n', nodeJoin('m'))
    .innerJoin('council_bodies as b', (j) =>
      j.onRef('b.district_id', '=', 'm.district_id').onRef('b.id', '=', 'm.body_id'),
    );
}

/** A meeting by id (locked when asked). */
export function findMeeting(db: Executor, id: string, lock = false) {
  let q = meetingsFrom(db).select(meetingColumns).where('m.id', '=', id);
  if (lock) q = q.forUpdate(['m']);
  return q.executeTakeFirst();
}

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

/** Meetings inside the scope, latest first, with the total. */
export async function findMeetings(
  db: Executor,
  f: {
    inScope: Expression<SqlBool>;
    nodeId?: string;
    bodyId?: string;
    status?: string;
    topicId?: string;
    from?: Date;
    to?: Date;
    limit: number;
    offset: number;
  },
) {
  let q = meetingsFrom(db).where(f.inScope);
  if (f.nodeId) q = q.where('m.node_id', '=', f.nodeId);
  if (f.bodyId) q = q.where('m.body_id', '=', f.bodyId);
  if (f.status) q = q.where('m.status', '=', f.status);
  if (f.topicId) q = q.where(sql<boolean>`${f.topicId}::uuid = ANY(m.topic_ids)`);
  if (f.from) q = q.where('m.starts_at', '>=', f.from);
  if (f.to) q = q.where('m.starts_at', '<', f.to);
  const [{ total }] = await q.select((eb) => eb.fn.countAll<number>().as('total')).execute();
  const rows = await q
    .select(meetingColumns)
    .orderBy('m.starts_at', 'desc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { total, rows };
}

/** Inserts a meeting. */
export async function insertMeeting(
  trx: Executor,
  m: {
    districtId: string;
    id: string;
    bodyId: string;
    nodeId: string;
    title: string;
    startsAt: Date;
    place: string;
    agenda: string;
    topicIds: string[];
    createdBy: string;
  },
) {
  await trx
    .insertInto('council_meetings')
    .values({
      district_id: m.districtId,
      id: m.id,
      body_id: m.bodyId,
      node_id: m.nodeId,
      title: m.title,
      starts_at: m.startsAt,
      place: m.place,
      agenda: m.agenda,
      topic_ids: m.topicIds,
      created_by: m.createdBy,
    })
    .execute();
}

/** Changes a meeting if its version is still the one given: false otherwise. */
export async function updateMeeting(
  trx: Executor,
  districtId: string,
  id: string,
  version: number,
  set: {
    title?: string;
    starts_at?: Date;
    place?: string;
    agenda?: string;
    topic_ids?: string[];
    status?: string;
    minutes?: string;
    attendees?: number;
    held_at?: Date;
    cancel_reason?: string;
  },
) {
  const r = await updateVersioned(trx, 'council_meetings', { districtId, id, version }, set);
  return Number(r.numUpdatedRows) === 1;
}

/** Replaces a meeting's attendance list. */
export async function replaceAttendance(
  trx: Executor,
  districtId: string,
  meetingId: string,
  rows: { personId: string | null; label: string; role: string }[],
) {
  await trx
    .deleteFrom('council_attendance')
    .where('district_id', '=', districtId)
    .where('meeting_id', '=', meetingId)
    .execute();
  if (rows.length)
    await trx
      .insertInto('council_attendance')
      .values(
        rows.map((r, i) => ({
          district_id: districtId,
          meeting_id: meetingId,
          seq: i + 1,
          person_id: r.personId,
          label: r.label,
          role: r.role,
        })),
      )
      .execute();
}

/** A meeting's attendance list. */
export function findAttendance(db: Executor, districtId: string, meetingId: string) {
  return db
    .selectFrom('council_attendance')
    .select(['label', 'role'])
    .where('district_id', '=', districtId)
    .where('meeting_id', '=', meetingId)
    .orderBy('seq')
    .execute();
}

/** Stores a meeting photo. */
export async function insertPhoto(
  trx: Executor,
  p: {
    districtId: string;
    id: string;
    meetingId: string;
    mime: string;
    width: number;
    height: number;
    bytes: Buffer;
    by: string;
  },
) {
  await trx
    .insertInto('council_photos')
    .values({
      district_id: p.districtId,
      id: p.id,
      meeting_id: p.meetingId,
      mime: p.mime,
      width: p.width,
      height: p.height,
      bytes: p.bytes,
      created_by: p.by,
    })
    .execute();
}

/** A meeting's photos (without their bytes). */
export function findPhotos(db: Executor, districtId: string, meetingId: string) {
  return db
    .selectFrom('council_photos')
    .select(['id', 'width', 'height'])
    .where('district_id', '=', districtId)
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .execute();
}

/** A photo with its bytes and its meeting. */
export function findPhoto(db: Executor, id: string) {
  return db.selectFrom('council_photos').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Titles of topics by id. */
export function findTopicTitles(db: Executor, districtId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('council_topics')
    .select(['id', 'title', 'node_id'])
    .where('district_id', '=', districtId)
    .where('id', 'in', ids)
    .execute();
}
