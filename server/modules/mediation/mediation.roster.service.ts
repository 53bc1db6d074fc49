/**
 * The rooms 调解室 and the mediators roster 人民调解员名册 in Excel, for the officers who may export
 * (mediation.export; not the mediators): the rooms list's rows in the same scope, with the node's
 * path, this year's cases per room, and one row per seat.
 * No phones or ID numbers: the roster names the mediator and their account only.
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay, shanghaiThisYear, shanghaiYearRange } from '../../platform/time.ts';
import type { MediationDeps } from './mediation.core.ts';
import * as repo from './mediation.repository.ts';

const ids = (path: string) => path.split('/').filter(Boolean);

/** Builds the rooms export. */
export function createRosterService(deps: MediationDeps) {
  const { db, auditor } = deps;

  return {
    /** The rooms in the actor's reach and their mediators as .xlsx (audited). */
    async exportRooms(ctx: RequestContext, q: { nodeId?: string }) {
      const actor = requirePermission(ctx, 'mediation.export');
      const paths = await readRoots(db, ctx, 'mediation.read', q.nodeId);
      const rooms = await repo.listRooms(db, paths, actor.userId);
      const year = shanghaiThisYear();
      const { from, to } = shanghaiYearRange(year);
      const [seats, counts, names] = await Promise.all([
        repo.mediatorsOf(
          db,
          rooms.map((r) => r.id),
        ),
        repo.roomCaseCounts(db, rooms, from, to),
        repo.nodeNames(db, [...new Set(rooms.flatMap((r) => ids(r.path)))]),
      ]);
      const usernames = await deps.usernames(seats.map((s) => s.user_id));
      const nameOf = new Map(names.map((n) => [n.id, n.name]));
      const countOf = new Map(counts.map((c) => [c.room_id, c]));
      const pathOf = (path: string) =>
        ids(path)
          .map((id) => nameOf.get(id) ?? '')
          .filter(Boolean)
          .join(' / ');
      const lang = ctx.lang;
      const roomRows = rooms.map((r) => ({
        path: pathOf(r.path),
        room: r.name,
        kind: t(lang, `mediation.kind.${r.kind}`),
        address: r.address,
        mediators: seats.filter((s) => s.room_id === r.id).length,
        received: countOf.get(r.id)?.received ?? 0,
        settled: countOf.get(r.id)?.settled ?? 0,
      }));
      const seatRows = rooms.flatMap((r) =>
        seats
          .filter((s) => s.room_id === r.id)
          .map((s) => ({
            path: pathOf(r.path),
            room: r.name,
            mediator: s.name,
            username: usernames.get(s.user_id) ?? '',
            since: shanghaiDay(s.created_at),
          })),
      );
      const col = (key: string) => t(lang, `mediation.col.${key}`, { year });
      const buf = await writeWorkbook([
        {
          name: t(lang, 'mediation.sheet.rooms'),
          columns: [
            { key: 'path', header: col('path'), width: 30 },
            { key: 'room', header: col('room'), width: 24 },
            { key: 'kind', header: col('kind'), width: 14 },
            { key: 'address', header: col('address'), width: 30 },
            { key: 'mediators', header: col('mediators'), width: 10, type: 'number' },
            { key: 'received', header: col('received'), width: 12, type: 'number' },
            { key: 'settled', header: col('settled'), width: 14, type: 'number' },
          ],
          rows: roomRows,
        },
        {
          name: t(lang, 'mediation.sheet.roster'),
          columns: [
            { key: 'path', header: col('path'), width: 30 },
            { key: 'room', header: col('room'), width: 24 },
            { key: 'mediator', header: col('mediator'), width: 14 },
            { key: 'username', header: col('username'), width: 18 },
            { key: 'since', header: col('since'), width: 12 },
          ],
          rows: seatRows,
        },
      ]);
      await auditor.record(ctx, {
        action: 'mediation.export',
        objectType: 'mediation_room',
        objectId: q.nodeId ?? null,
        districtId: rooms[0]?.district_id ?? actor.grants[0]?.districtId ?? null,
        detail: { what: 'rooms', rooms: roomRows.length, mediators: seatRows.length },
      });
      return { name: t(lang, 'mediation.file.rooms'), buf };
    },
  };
}
