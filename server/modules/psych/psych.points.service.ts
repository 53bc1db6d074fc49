/**
 * Keeping the service points: editing one (its kind, name, address, counsellors; closing it) at the
 * version read, and importing points from Excel. A counsellor who leaves, or a point that closes,
 * cancels the bookings not yet held, and each resident is told.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  codeOfCell,
  importRegister,
  placeNamed,
  rowChecks,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { checkUpdated, type PsychDeps } from './psych.core.ts';
import { bookingNotice } from './psych.notices.service.ts';
import * as prepo from './psych.points.repository.ts';
import * as repo from './psych.repository.ts';
import { POINT_KINDS } from './psych.rules.ts';
import type { pointEditBody } from './psych.schemas.ts';

/** The most rows one import reads. */
export const POINT_IMPORT_MAX_ROWS = 1_000;

/** The columns the import reads: those of the export (psych.sheets.service.ts), so a sheet goes round. */
const COLUMNS = [
  { key: 'place', label: '所属', synonyms: ['所属节点', '社区', '街道', 'Node'], required: true },
  { key: 'kind', label: '类型', synonyms: ['阵地类型', 'Kind'], required: true },
  { key: 'name', label: '名称', synonyms: ['阵地名称', 'Name'], required: true },
  { key: 'address', label: '地址', synonyms: ['Address'] },
  { key: 'counsellors', label: '咨询师', synonyms: ['Counsellors'] },
  { key: 'hours', label: '每周免费服务时长（小时）', synonyms: ['每周时长', '时长', 'Hours'] },
] as const satisfies readonly ColumnSpec[];

type Row = { row: number; place: string; name: string; counsellors: number; action: 'add' | 'skip' };
type Add = {
  point: Parameters<typeof repo.insertPoint>[1];
  counsellors: Parameters<typeof repo.insertCounsellors>[1];
};

/** Builds the point-keeping verbs. */
export function createPointsService(deps: PsychDeps) {
  const { db, auditor, notify } = deps;
  const now = deps.now ?? (() => new Date());

  /** What an import does: a point whose node already has one of that name is skipped. */
  async function plan(exec: Executor, ctx: RequestContext, node: { path: string }, table: TableRead) {
    const places = await prepo.findNodesUnder(exec, [node.path]);
    const have = await prepo.pointKeysUnder(exec, [node.path]);
    const seen = new Map<string, number>();
    const rows: Row[] = [];
    const adds: Add[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(ctx.lang, 'psych.import', r, errors);
      const placeText = text('place', 100, true);
      const kindText = text('kind', 20, true);
      const name = text('name', 80, true);
      const address = text('address', 200) ?? '';
      const names = (text('counsellors', 500) ?? '')
        .split(/[、,，;；\s]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      const hoursText = text('hours', 10) ?? '';
      const place = placeText ? placeNamed(places, placeText) : null;
      if (placeText && !place) bad('place', 'psych.import.unknown_place', { value: placeText });
      const kind = kindText ? codeOfCell(POINT_KINDS, 'psych.kind', kindText) : null;
      if (kindText && !kind) bad('kind', 'psych.import.unknown_kind', { value: kindText });
      const hours = hoursText === '' ? 0 : Number(hoursText);
      if (!Number.isFinite(hours) || hours < 0 || hours > 60 * Math.max(1, names.length))
        bad('hours', 'psych.import.bad_hours');
      if (names.some((n) => n.length > 40)) bad('counsellors', 'psych.import.too_long', { max: 40 });
      if (errors.length > before || !place || !kind || !name) continue;
      const k = `${place.id}/${name}`;
      const earlier = seen.get(k);
      if (earlier) {
        bad('name', 'psych.import.same_name', { row: earlier });
        continue;
      }
      seen.set(k, r.row);
      const action = have.has(k) ? 'skip' : 'add';
      rows.push({ row: r.row, place: place.name, name, counsellors: names.length, action });
      if (action === 'skip') continue;
      const id = uuidv7();
      // the sheet gives the point's hours: shared evenly, to the half hour
      const each = names.length ? Math.round((hours / names.length) * 2) / 2 : 0;
      adds.push({
        point: { district_id: place.district_id, id, node_id: place.id, kind, name, address },
        counsellors: names.map((n) => ({
          district_id: place.district_id,
          id: uuidv7(),
          point_id: id,
          user_id: null,
          name: n,
          weekly_hours: String(each),
        })),
      });
    }
    return { rows, adds, errors };
  }

  return {
    /** Changes a point and its counsellors at the version read; closing it or dropping a counsellor cancels bookings ahead. */
    async editPoint(ctx: RequestContext, id: string, b: z.infer<typeof pointEditBody>) {
      const actor = requirePermission(ctx, 'psych.points');
      return db.transaction().execute(async (trx) => {
        const p = await prepo.findPointById(trx, id, true);
        if (!p || !p.active || !can(actor, 'psych.points', p.path)) throw new NotFoundError();
        if (await prepo.otherPointNamed(trx, p.district_id, p.node_id, b.name, p.id))
          throw new ConflictError('psych.point_exists', {}, [{ field: 'name', key: 'psych.point_exists' }]);
        const before = await prepo.findPointCounsellors(trx, p.district_id, p.id);
        const byId = new Map(before.map((c) => [c.id, c]));
        const unknown = b.counsellors.findIndex((c) => c.id && !byId.has(c.id));
        if (unknown >= 0)
          throw new InvalidError([{ field: `counsellors.${unknown}.id`, key: 'psych.counsellor_unknown' }]);
        checkUpdated(
          await prepo.updatePoint(trx, p.district_id, p.id, b.version, {
            kind: b.kind,
            name: b.name,
            address: b.address,
            active: b.active,
          }),
        );
        const kept = new Set(b.active ? b.counsellors.map((c) => c.id).filter(Boolean) : []);
        const leaving = before.filter((c) => !kept.has(c.id));
        for (const c of leaving) await prepo.updateCounsellor(trx, p.district_id, c.id, { active: false });
        if (b.active) {
          for (const c of b.counsellors.filter((c) => c.id))
            await prepo.updateCounsellor(trx, p.district_id, c.id!, {
              name: c.name,
              weekly_hours: String(c.weeklyHours),
              ...(c.userId !== undefined ? { user_id: c.userId } : {}),
            });
          await repo.insertCounsellors(
            trx,
            b.counsellors
              .filter((c) => !c.id)
              .map((c) => ({
                district_id: p.district_id,
                id: uuidv7(),
                point_id: p.id,
                user_id: c.userId ?? null,
                name: c.name,
                weekly_hours: String(c.weeklyHours),
              })),
          );
        }
        const cancelled = await prepo.cancelBookingsAhead(
          trx,
          p.district_id,
          leaving.map((c) => c.id),
          now(),
        );
        await auditor.append(trx, ctx, {
          action: b.active ? 'psych.point.edit' : 'psych.point.close',
          objectType: 'psych_point',
          objectId: p.id,
          districtId: p.district_id,
          detail: {
            kind: b.kind,
            name: b.name,
            counsellors: b.active ? b.counsellors.length : 0,
            left: leaving.map((c) => c.id),
            cancelled: cancelled.map((x) => x.id),
          },
        });
        const nameOf = new Map(before.map((c) => [c.id, c.name]));
        await notify.send(
          trx,
          cancelled.map((x) =>
            bookingNotice('cancelled', {
              district_id: p.district_id,
              id: x.id,
              user_id: x.user_id,
              point_name: p.name,
              counsellor_name: nameOf.get(x.counsellor_id) ?? '',
              starts_at: x.starts_at,
            }),
          ),
        );
        return { ok: true as const, cancelled: cancelled.length };
      });
    },

    /** Imports points under a node (dry run first; per-row errors; a name already there skipped). */
    async importPoints(ctx: RequestContext, nodeId: string, file: Buffer, dryRun: boolean) {
      const node = await nodeFor(db, ctx, nodeId, 'psych.points');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: POINT_IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, node, table),
        async (trx, p) => {
          for (const a of p.adds) {
            await repo.insertPoint(trx, a.point);
            await repo.insertCounsellors(trx, a.counsellors);
          }
          await auditor.append(trx, ctx, {
            action: 'psych.point.import',
            objectType: 'org_node',
            objectId: node.id,
            districtId: node.district_id,
            detail: { added: p.adds.length, skipped: p.rows.length - p.adds.length },
          });
        },
      );
    },
  };
}
