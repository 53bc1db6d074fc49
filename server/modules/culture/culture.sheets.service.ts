/**
 * The facilities register out to Excel and in from Excel or CSV, in the export's own columns: each
 * row a facility on a place the actor manages (its name, or a path of names joined by ' / '). Every
 * row is checked first; a file with a bad row changes nothing (422, a message per row and column). A
 * row naming a facility already on its place is skipped, so an exported sheet imported back adds nothing.
 */
import { scopePaths, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  codeOfCell,
  importPlaces,
  importRegister,
  placeNamed,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { districtsFor, facilityOut } from './culture.core.ts';
import { facilityProblems } from './culture.facilities.service.ts';
import * as repo from './culture.repository.ts';
import { KINDS, THEMES } from './culture.rules.ts';
import type { FacilityInput } from './culture.schemas.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 2_000;

const COLUMNS = [
  { key: 'name', label: '设施名称', synonyms: ['名称', 'Name'], required: true },
  { key: 'kind', label: '类别', synonyms: ['Kind'], required: true },
  { key: 'theme', label: '主题', synonyms: ['Theme'] },
  { key: 'node', label: '所属', synonyms: ['所属区域', 'Place'], required: true },
  { key: 'address', label: '地址', synonyms: ['Address'] },
  { key: 'lat', label: '纬度', synonyms: ['Lat'] },
  { key: 'lng', label: '经度', synonyms: ['Lng'] },
  { key: 'area', label: '面积（m²）', synonyms: ['面积', 'Area'], required: true },
  { key: 'hours', label: '开放时间', synonyms: ['Hours'], required: true },
] as const satisfies readonly ColumnSpec[];

/** What one import row does. */
export interface ImportRow {
  row: number;
  name: string;
  node: string;
  action: 'add' | 'skip';
}

const HOURS = /^([01]\d|2[0-3]):([0-5]\d)\s*[-–~至]\s*(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Builds the export and the import (on the register's own add path). */
export function createSheetsService(deps: {
  db: Db;
  addFacility: (trx: Executor, ctx: RequestContext, b: FacilityInput) => Promise<{ id: string }>;
}) {
  const { db } = deps;

  async function plan(exec: Executor, ctx: RequestContext, table: TableRead) {
    const roots = scopePaths(ctx.actor, 'culture.manage');
    const districtIds = districtsFor(ctx, 'culture.manage');
    const places = await importPlaces(exec, nodeInPaths('n.id', roots), [
      'district',
      'street',
      'community',
      'grid',
    ]);
    const existing = new Set(
      (await repo.findFacilities(exec, { districtIds, under: roots })).map((f) => `${f.node_id}|${f.name}`),
    );
    const seen = new Map<string, number>();
    const rows: ImportRow[] = [];
    const adds: FacilityInput[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(ctx.lang, 'culture.import', r, errors);
      const name = text('name', 60, true);
      const kindText = text('kind', 20, true);
      const themeText = text('theme', 20) ?? '';
      const nodeText = text('node', 300, true);
      const address = text('address', 200) ?? '';
      const latText = text('lat', 20);
      const lngText = text('lng', 20);
      const areaText = text('area', 12, true);
      const hoursText = text('hours', 20, true);
      const kind = kindText ? codeOfCell(KINDS, 'culture.kind', kindText) : null;
      if (kindText && !kind) bad('kind', 'culture.import.unknown_kind', { value: kindText.slice(0, 20) });
      const theme = themeText ? codeOfCell(THEMES, 'culture.theme', themeText) : null;
      if (themeText && !theme)
        bad('theme', 'culture.import.unknown_theme', { value: themeText.slice(0, 20) });
      const lat = latText ? Number(latText) : null;
      const lng = lngText ? Number(lngText) : null;
      if (lat !== null && !(Number.isFinite(lat) && Math.abs(lat) <= 90))
        bad('lat', 'culture.import.bad_number');
      if (lng !== null && !(Number.isFinite(lng) && Math.abs(lng) <= 180))
        bad('lng', 'culture.import.bad_number');
      const area = areaText ? Number(areaText) : NaN;
      if (areaText && !(Number.isFinite(area) && area >= 0 && area <= 1_000_000))
        bad('area', 'culture.import.bad_number');
      const hours = hoursText ? HOURS.exec(hoursText) : null;
      if (hoursText && !hours) bad('hours', 'culture.import.bad_hours');
      const place = nodeText ? placeNamed(places, nodeText) : null;
      if (nodeText && !place) bad('node', 'culture.import.unknown_node', { name: nodeText.slice(0, 100) });
      if (errors.length > before || !name || !kind || !place || !hours) continue;
      const input: FacilityInput = {
        nodeId: place.id,
        kind,
        theme,
        name,
        address,
        lat,
        lng,
        areaM2: Math.round(area * 10) / 10,
        opensAt: `${hours[1]}:${hours[2]}`,
        closesAt: hours[3],
      };
      for (const p of facilityProblems(input, place.level))
        bad(p.field === 'nodeId' ? 'node' : p.field === 'closesAt' ? 'hours' : p.field, p.key);
      if (errors.length > before) continue;
      const key = `${place.id}|${name}`;
      const earlier = seen.get(key);
      if (earlier) {
        bad('name', 'culture.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(key, r.row);
      const there = existing.has(key);
      rows.push({ row: r.row, name, node: nodeText!, action: there ? 'skip' : 'add' });
      if (!there) adds.push(input);
    }
    return { rows, adds, errors };
  }

  return {
    /** Registers the facilities an upload lists; dryRun only says what would happen. */
    importFacilities(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'culture.manage');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, table),
        async (trx, p) => {
          for (const a of p.adds) await deps.addFacility(trx, ctx, a);
        },
      );
    },

    /** The register as Excel, in the import's columns. */
    async exportFacilities(ctx: RequestContext, q: { nodeId?: string }) {
      const roots = await readRoots(db, ctx, 'culture.export', q.nodeId);
      const districtIds = districtsFor(ctx, 'culture.export');
      const rows = await repo.findFacilities(db, { districtIds, under: roots });
      const ids = [...new Set(rows.flatMap((f) => f.path.split('/').filter(Boolean)))];
      const names = new Map((await repo.findNodeNames(db, ids)).map((n) => [n.id, n.name]));
      const nodePath = (f: { path: string; district_id: string }) => {
        const chain = f.path.split('/').filter(Boolean);
        return chain
          .slice(chain.indexOf(f.district_id) + 1)
          .map((id) => names.get(id) ?? '')
          .join(' / ');
      };
      return writeWorkbook([
        {
          name: t(ctx.lang, 'culture.sheet.facilities'),
          columns: COLUMNS.map((c) => ({
            key: c.key,
            header: c.label,
            width: c.key === 'name' || c.key === 'node' ? 24 : 12,
          })),
          rows: rows.map((f) => {
            const s = facilityOut(ctx, f);
            return {
              name: s.name,
              kind: t(ctx.lang, `culture.kind.${s.kind}`),
              theme: s.theme ? t(ctx.lang, `culture.theme.${s.theme}`) : '',
              node: nodePath(f) || s.nodeName,
              address: s.address,
              lat: s.lat === null ? '' : String(s.lat),
              lng: s.lng === null ? '' : String(s.lng),
              area: String(s.areaM2),
              hours: `${s.opensAt}-${s.closesAt}`,
            };
          }),
        },
      ]);
    },
  };
}
