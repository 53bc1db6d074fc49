/**
 * The register of venues out to Excel and in from Excel or CSV, in the export's own columns: each
 * row a venue under a node the actor manages (its name, or a path of names joined by ' / '). Every
 * row is checked first; a file with a bad row changes nothing (422, a message per row and column).
 * A row naming a venue already registered on its node is skipped, so an exported sheet imported back
 * adds nothing. Rooms are kept on the venue's page (the sheet has their count only).
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  importPlaces,
  importRegister,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
  codeOfCell,
} from '../../platform/sheets/index.ts';
import { districtsFor, venueSummary, type VenuesCore } from './venues.core.ts';
import * as repo from './venues.repository.ts';
import { LEVELS, minutesOf, type Level } from './venues.rules.ts';
import type { VenueInput } from './venues.schemas.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 2_000;

const COLUMNS = [
  { key: 'name', label: '阵地名称', synonyms: ['名称', 'Name'], required: true },
  { key: 'level', label: '级别', synonyms: ['Level'], required: true },
  { key: 'node', label: '所属', synonyms: ['所属区域', '社区', 'Node'], required: true },
  { key: 'address', label: '地址', synonyms: ['Address'] },
  { key: 'lat', label: '纬度', synonyms: ['Lat', 'Latitude'] },
  { key: 'lng', label: '经度', synonyms: ['Lng', 'Longitude'] },
  { key: 'area', label: '面积（m²）', synonyms: ['面积', 'Area'], required: true },
  { key: 'hours', label: '开放时间', synonyms: ['Hours'], required: true },
  { key: 'days', label: '开放日', synonyms: ['Days'] },
  { key: 'owner', label: '产权/运营单位', synonyms: ['产权单位', '运营单位', 'Owner'] },
  { key: 'joinedOn', label: '加入联盟日期', synonyms: ['加入日期', 'Joined'], required: true },
] as const satisfies readonly ColumnSpec[];

/** What one import row does. */
export interface ImportRow {
  row: number;
  name: string;
  node: string;
  level: Level;
  action: 'add' | 'skip';
}

const SEPARATOR = /\s*[/／]\s*/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HOURS = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–~至]\s*(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** '1-7', '1-5', '1,3,5' → ISO weekdays; null when not such a list. */
function daysOf(s: string): number[] | null {
  if (!s) return [1, 2, 3, 4, 5, 6, 7];
  const range = /^([1-7])\s*-\s*([1-7])$/.exec(s);
  if (range) {
    const [a, b] = [Number(range[1]), Number(range[2])];
    return a <= b ? Array.from({ length: b - a + 1 }, (_, i) => a + i) : null;
  }
  const list = s.split(/[,，、\s]+/).map(Number);
  return list.every((n) => Number.isInteger(n) && n >= 1 && n <= 7) ? [...new Set(list)] : null;
}

/** '1,2,3,4,5' → '1-5' when consecutive. */
function daysText(days: number[]): string {
  const sorted = [...days].sort();
  const run = sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1);
  return run && sorted.length > 1 ? `${sorted[0]}-${sorted[sorted.length - 1]}` : sorted.join(',');
}

/** Builds the export and the import (on the register's own add path). */
export function createSheetsService(deps: {
  db: Db;
  core: VenuesCore;
  addVenue: (trx: Executor, ctx: RequestContext, b: VenueInput) => Promise<{ id: string }>;
}) {
  const { db } = deps;

  const levelOf = (text: string): Level | null => codeOfCell(LEVELS, 'venues.level', text);

  async function plan(exec: Executor, ctx: RequestContext, table: TableRead) {
    const roots = scopePaths(ctx.actor, 'venues.manage');
    const districtIds = districtsFor(ctx, 'venues.manage');
    const nodes = await importPlaces(exec, nodeInPaths('n.id', roots), [
      'district',
      'street',
      'community',
      'grid',
    ]);
    const names = new Map(nodes.map((n) => [n.id, n.name]));
    const chain = (path: string) =>
      path
        .split('/')
        .filter(Boolean)
        .map((id) => names.get(id) ?? '');
    const existing = new Set(
      (await repo.findVenues(exec, { districtIds, under: roots, withLeft: true })).map(
        (v) => `${v.node_id}|${v.name}`,
      ),
    );
    const seen = new Map<string, number>();
    const rows: ImportRow[] = [];
    const adds: VenueInput[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(ctx.lang, 'venues.import', r, errors);
      const name = text('name', 60, true);
      const levelText = text('level', 20, true);
      const nodeText = text('node', 300, true);
      const address = text('address', 200) ?? '';
      const latText = text('lat', 20);
      const lngText = text('lng', 20);
      const areaText = text('area', 12, true);
      const hoursText = text('hours', 20, true);
      const daysTextIn = text('days', 20) ?? '';
      const owner = text('owner', 100) ?? '';
      const joinedOn = text('joinedOn', 10, true);
      const level = levelText ? levelOf(levelText) : null;
      if (levelText && !level) bad('level', 'venues.import.unknown_level', { value: levelText.slice(0, 20) });
      const lat = latText ? Number(latText) : null;
      const lng = lngText ? Number(lngText) : null;
      if (lat !== null && !(Number.isFinite(lat) && Math.abs(lat) <= 90)) bad('lat', 'venues.import.bad_lat');
      if (lng !== null && !(Number.isFinite(lng) && Math.abs(lng) <= 180))
        bad('lng', 'venues.import.bad_lng');
      if ((lat === null) !== (lng === null)) bad('lng', 'venues.lat_lng_pair');
      const area = areaText ? Number(areaText) : NaN;
      if (areaText && !(Number.isFinite(area) && area >= 0 && area <= 1_000_000))
        bad('area', 'venues.import.bad_area');
      const hours = hoursText ? HOURS.exec(hoursText) : null;
      if (hoursText && (!hours || minutesOf(hours[3]) <= minutesOf(`${hours[1]}:${hours[2]}`)))
        bad('hours', 'venues.import.bad_hours');
      const days = daysOf(daysTextIn);
      if (!days) bad('days', 'venues.import.bad_days');
      if (joinedOn && (!DAY.test(joinedOn) || Number.isNaN(Date.parse(joinedOn))))
        bad('joinedOn', 'venues.import.bad_date');
      let nodeId: string | null = null;
      if (nodeText) {
        const segs = nodeText.split(SEPARATOR).filter(Boolean);
        const last = segs[segs.length - 1] ?? '';
        const above = segs.slice(0, -1);
        const found = nodes.filter((c) => {
          if (c.name !== last) return false;
          const ns = chain(c.path).slice(0, -1);
          return above.every((s, i) => ns[ns.length - above.length + i] === s);
        });
        if (found.length === 1) nodeId = found[0].id;
        else if (found.length > 1)
          bad('node', 'venues.import.ambiguous_node', { name: nodeText.slice(0, 100) });
        else bad('node', 'venues.import.unknown_node', { name: nodeText.slice(0, 100) });
      }
      if (errors.length > before || !name || !level || !nodeId || !hours || !days || !joinedOn) continue;
      const key = `${nodeId}|${name}`;
      const earlier = seen.get(key);
      if (earlier) {
        bad('name', 'venues.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(key, r.row);
      const there = existing.has(key);
      rows.push({ row: r.row, name, node: nodeText!, level, action: there ? 'skip' : 'add' });
      if (!there)
        adds.push({
          nodeId,
          level,
          name,
          address,
          lat,
          lng,
          areaM2: area,
          opensAt: `${hours[1]}:${hours[2]}`,
          closesAt: hours[3],
          openDays: days,
          ownerUnit: owner,
          needsApproval: false,
          maxHours: null,
          advanceDays: null,
          joinedOn,
          rooms: [],
        });
    }
    return { rows, adds, errors };
  }

  return {
    /** Registers the venues an upload lists; dryRun only says what would happen. */
    async importVenues(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'venues.manage');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, table),
        async (trx, p) => {
          for (const a of p.adds) await deps.addVenue(trx, ctx, a);
        },
      );
    },

    /** The register as Excel, in the import's columns (with the room count and whether it left). */
    async exportVenues(ctx: RequestContext, q: { nodeId?: string }) {
      const roots = await deps.core.roots(ctx, 'venues.export', q.nodeId);
      const districtIds = districtsFor(ctx, 'venues.export');
      const rows = await repo.findVenues(db, { districtIds, under: roots, withLeft: true });
      const counts = await repo.roomCounts(db, districtIds);
      const ids = [...new Set(rows.flatMap((v) => v.path.split('/').filter(Boolean)))];
      const names = new Map((await repo.findNodeNames(db, ids)).map((n) => [n.id, n.name]));
      // the node as a path of names below the district, as the import reads it
      const nodePath = (v: { path: string; district_id: string }) => {
        const chain = v.path.split('/').filter(Boolean);
        return chain
          .slice(chain.indexOf(v.district_id) + 1)
          .map((id) => names.get(id) ?? '')
          .join(' / ');
      };
      return writeWorkbook([
        {
          name: t(ctx.lang, 'venues.sheet.register'),
          columns: [
            ...COLUMNS.map((c) => ({
              key: c.key,
              header: c.label,
              width: c.key === 'name' || c.key === 'node' ? 24 : 12,
            })),
            { key: 'rooms', header: '功能室', width: 8, type: 'number' as const },
            { key: 'leftOn', header: '退出日期', width: 12 },
          ],
          rows: rows.map((v) => {
            const s = venueSummary(v, counts.get(v.id) ?? 0);
            return {
              name: s.name,
              level: t(ctx.lang, `venues.level.${s.level}`),
              node: nodePath(v) || s.nodeName,
              address: s.address,
              lat: s.lat === null ? '' : String(s.lat),
              lng: s.lng === null ? '' : String(s.lng),
              area: String(s.areaM2),
              hours: `${s.opensAt}-${s.closesAt}`,
              days: daysText(s.openDays),
              owner: s.ownerUnit,
              joinedOn: s.joinedOn,
              rooms: s.rooms,
              leftOn: s.leftOn ?? '',
            };
          }),
        },
      ]);
    },
  };
}
