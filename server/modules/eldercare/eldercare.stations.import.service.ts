/**
 * The stations register in from Excel or CSV, in the export's own columns: each row a station in a
 * community the actor manages (named as the export writes it, or by a path of names joined by
 * ' / '). Every row is checked first; a file with a bad row changes nothing (422, a message per row
 * and column). Stations already there (same community, same name in any case) are skipped, so a
 * repeated import, or an exported sheet imported back, adds nothing; so is a row whose station
 * another writer (a create, a second import of the same file) added between the check and the write. The rest are set up in one transaction,
 * each through the same create path as POST /api/eldercare/stations (audited one by one).
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { type FieldProblem } from '../../platform/errors.ts';
import {
  isProblem,
  type ColumnSpec,
  type SheetCell,
  type TableRead,
  rowChecks,
  formulaLike,
  importRegister,
  codeOfCell,
} from '../../platform/sheets/index.ts';
import type { EldercareCore } from './eldercare.core.ts';
import * as repo from './eldercare.repository.ts';
import { STATION_KINDS, type StationKind } from './eldercare.rules.ts';
import type { stationBody } from './eldercare.schemas.ts';
import { setUpStation } from './eldercare.stations.service.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 10_000;

/** The export's columns (its headers first), with the English and everyday names also accepted. */
const COLUMNS = [
  { key: 'node', label: '社区', synonyms: ['所属社区', '社区名称', 'Community', 'Node'], required: true },
  { key: 'kind', label: '类型', synonyms: ['服务站类型', '站点类型', 'Kind', 'Type'], required: true },
  {
    key: 'name',
    label: '服务站',
    synonyms: ['服务站名称', '站点名称', '名称', 'Station', 'Name'],
    required: true,
  },
  { key: 'address', label: '地址', synonyms: ['详细地址', 'Address'] },
  { key: 'lat', label: '纬度', synonyms: ['Latitude', 'Lat'], required: true },
  { key: 'lng', label: '经度', synonyms: ['Longitude', 'Lng', 'Lon'], required: true },
  { key: 'minutes', label: '照护圈(分钟)', synonyms: ['照护圈', '步行分钟', 'Minutes', 'Circle'] },
  { key: 'services', label: '服务项目', synonyms: ['服务内容', 'Services'] },
  { key: 'hours', label: '开放时间', synonyms: ['服务时间', 'Opening hours', 'Hours'] },
] as const satisfies readonly ColumnSpec[];

/** What one import row does: set up a station, or skip one that is already there. */
export interface ImportRow {
  row: number;
  node: string;
  kind: StationKind;
  name: string;
  action: 'add' | 'skip';
}

const SEPARATOR = /\s*[/／]\s*/;
/** Text that would hide in a cell or read as a formula in a spreadsheet. */
/** A decimal number as people type it (no exponent, no thousands separators). */
const DECIMAL = /^-?\d{1,3}(\.\d{1,12})?$/;
/** A station's place in the register: its community and its name, whatever the case (the unique index's). */
const key = (nodeId: string, name: string) => `${nodeId}\u0000${name.toLowerCase()}`;

/** Builds the stations import on the stations' own create path. */
export function createStationsImport(deps: {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  core: EldercareCore;
}) {
  const { db } = deps;

  /** A kind from a cell: its code, or its label in either language. */
  const kindOf = (text: string): StationKind | null => codeOfCell(STATION_KINDS, 'eldercare.kind', text);

  /** Checks an upload against the communities and stations in the actor's scope as they are in exec. */
  async function plan(exec: Executor, ctx: RequestContext, table: TableRead) {
    const paths = await deps.core.roots(ctx, 'eldercare.manage');
    const communities = await repo.findCommunities(exec, nodeInPaths('n.id', paths));
    const ancestorIds = [...new Set(communities.flatMap((c) => c.path.split('/').filter(Boolean)))];
    const names = new Map((await repo.findNodeNames(exec, ancestorIds)).map((n) => [n.id, n.name]));
    const chain = (path: string) =>
      path
        .split('/')
        .filter(Boolean)
        .map((id) => names.get(id) ?? '');
    const existing = new Set(
      (await repo.findStationNames(exec, nodeInPaths('s.node_id', paths))).map((s) => key(s.node_id, s.name)),
    );
    const seen = new Map<string, number>();

    const rows: ImportRow[] = [];
    const adds: { row: number; input: z.infer<typeof stationBody> }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'eldercare.import',
        r,
        errors,
      );
      /** A number cell within [min, max] ('' → undefined), null when refused. */
      const number = (field: 'lat' | 'lng' | 'minutes', min: number, max: number, whole = false) => {
        const c: SheetCell = r.cells[field] ?? null;
        if (isProblem(c)) return (bad(field, c.problem), null);
        const v =
          typeof c === 'number' ? c : typeof c === 'string' && DECIMAL.test(c.trim()) ? Number(c) : NaN;
        if (c === null || (typeof c === 'string' && !c.trim())) return undefined;
        if (!Number.isFinite(v) || v < min || v > max || (whole && !Number.isInteger(v)))
          return (bad(field, `eldercare.import.bad_${field}`, { min, max }), null);
        return v;
      };

      const nodeText = text('node', 300, true);
      const kindText = text('kind', 40, true);
      const name = text('name', 100, true);
      const address = text('address', 200);
      const lat = number('lat', -90, 90);
      const lng = number('lng', -180, 180);
      const minutes = number('minutes', 1, 60, true);
      const servicesText = text('services', 2000);
      const hours = text('hours', 200);
      if (lat === undefined) bad('lat', 'eldercare.import.required');
      if (lng === undefined) bad('lng', 'eldercare.import.required');
      const kind = kindText ? kindOf(kindText) : null;
      if (kindText && !kind) bad('kind', 'eldercare.import.unknown_kind', { value: kindText.slice(0, 20) });
      const services = servicesText
        ? servicesText
            .split(/[、,，;；]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : [];
      if (services.length > 30 || services.some((s) => s.length > 40 || formulaLike(s)))
        bad('services', 'eldercare.import.bad_services');

      let nodeId: string | null = null;
      if (nodeText) {
        const segs = nodeText.split(SEPARATOR).filter(Boolean);
        const last = segs[segs.length - 1] ?? '';
        const above = segs.slice(0, -1);
        const found = communities.filter((c) => {
          if (c.name !== last) return false;
          const names = chain(c.path).slice(0, -1);
          return above.every((s, i) => names[names.length - above.length + i] === s);
        });
        if (found.length === 1) nodeId = found[0].id;
        else if (found.length > 1) bad('node', 'eldercare.import.ambiguous_node', { name: nodeText });
        else bad('node', 'eldercare.import.unknown_node', { name: nodeText.slice(0, 100) });
      }
      if (errors.length > before || !nodeId || !kind || !name || lat == null || lng == null) continue;

      const k = key(nodeId, name);
      const earlier = seen.get(k);
      if (earlier) {
        bad('name', 'eldercare.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(k, r.row);
      const action = existing.has(k) ? 'skip' : 'add';
      rows.push({ row: r.row, node: nodeText!, kind, name, action });
      if (action === 'add')
        adds.push({
          row: r.row,
          input: {
            nodeId,
            kind,
            name,
            address: address ?? '',
            lat,
            lng,
            minutes: minutes ?? undefined,
            services,
            openingHours: hours ?? '',
          },
        });
    }
    return { rows, adds, errors };
  }

  return {
    /**
     * Sets up the stations an upload (.xlsx or CSV in the export's columns) names in communities
     * the actor manages, skipping those already there; dryRun only says what would happen.
     */
    async importStations(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'eldercare.manage');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, table),
        async (trx, p) => {
          for (const a of p.adds)
            if (!(await setUpStation(deps, trx, ctx, a.input))) {
              // another writer added it since the check: there already, as for a row skipped
              const row = p.rows.find((r) => r.row === a.row)!;
              row.action = 'skip';
            }
        },
      );
    },
  };
}
