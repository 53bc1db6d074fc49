/**
 * The district's catalogue of incentive measures (seed 004 Luohu: 17 measures in four areas): the
 * defaults written on a district's first use, edited through Excel (out, then in: a dry run, per-row
 * errors; a row with a new code adds a measure, a changed row rewrites it, an unchanged row is
 * skipped); and the cadres of the actor's units, for the proposal and care forms.
 */
import { can, districtsWith, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { InvalidError, NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  codeOfCell,
  importRegister,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { catalogueOf, type IncentivesDeps } from './incentives.core.ts';
import * as repo from './incentives.repository.ts';
import { AREAS, areaOfCode, type Area } from './incentives.rules.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 200;

const COLUMNS = [
  { key: 'code', label: '措施编号', synonyms: ['Code'], required: true },
  { key: 'area', label: '类别', synonyms: ['激励类别', 'Area'], required: true },
  { key: 'name', label: '激励措施', synonyms: ['措施', 'Measure', 'Name'], required: true },
  { key: 'description', label: '说明', synonyms: ['Description'] },
  { key: 'restDays', label: '休整休养天数', synonyms: ['休整天数', 'Rest days'] },
  { key: 'quota', label: '每单位年度名额', synonyms: ['年度名额', 'Quota'] },
  { key: 'active', label: '启用', synonyms: ['Active'] },
] as const satisfies readonly ColumnSpec[];
type Col = (typeof COLUMNS)[number]['key'];

/** What one import row does. */
export interface MeasureImportRow {
  row: number;
  code: string;
  name: string;
  action: 'add' | 'skip';
}

/** A whole number cell within bounds (empty: the fallback), or undefined when it is none. */
function wholeOf(text: string | null, min: number, max: number, empty: number | null) {
  if (!text) return empty;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Builds the catalogue verbs. */
export function createCatalogueService(deps: IncentivesDeps) {
  const { db, auditor } = deps;

  /** The district a node asked for (or the actor's first) lies in, checked for action. */
  async function districtFor(ctx: RequestContext, action: string, nodeId?: string) {
    const actor = requirePermission(ctx, action);
    const id = nodeId ?? districtsWith(actor, action)[0];
    const n = await repo.findNode(db, id);
    if (!n) throw new NotFoundError();
    const district = await repo.findNode(db, n.district_id);
    if (!district || !actor.grants.some((g) => g.districtId === district.id && can(actor, action, g.path)))
      throw new NotFoundError();
    return district;
  }

  const measureOut = (m: Awaited<ReturnType<typeof repo.findMeasures>>[number]) => ({
    code: m.code,
    area: m.area as Area,
    name: m.name,
    description: m.description,
    restDays: m.rest_days,
    quota: m.quota,
    active: m.active,
  });

  async function plan(exec: Executor, ctx: RequestContext, districtId: string, table: TableRead) {
    const have = new Map((await catalogueOf(exec, districtId)).map((m) => [m.code, measureOut(m)]));
    const seen = new Map<string, number>();
    const rows: MeasureImportRow[] = [];
    const writes: ReturnType<typeof measureOut>[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<Col>(ctx.lang, 'incentives.import', r, errors);
      const code = text('code', 3, true)?.toUpperCase() ?? null;
      const areaText = text('area', 20, true);
      const name = text('name', 60, true);
      const description = text('description', 500) ?? '';
      const restDays = wholeOf(text('restDays', 3), 0, 30, 0);
      const quota = wholeOf(text('quota', 4), 1, 1000, null);
      const activeText = text('active', 5);
      const area = areaText ? codeOfCell(AREAS, 'incentives.area', areaText) : null;
      if (code && !/^[A-Z][0-9]{2}$/.test(code)) bad('code', 'incentives.import.bad_code');
      else if (code && area && areaOfCode(code) !== area) bad('code', 'incentives.import.code_area');
      if (areaText && !area) bad('area', 'incentives.import.unknown_area', { value: areaText });
      if (restDays === undefined) bad('restDays', 'incentives.import.bad_number', { min: 0, max: 30 });
      if (quota === undefined) bad('quota', 'incentives.import.bad_number', { min: 1, max: 1000 });
      if (activeText && !['是', '否', 'Y', 'N', 'yes', 'no'].includes(activeText))
        bad('active', 'incentives.import.bad_active');
      if (errors.length > before || !code || !area || !name) continue;
      const earlier = seen.get(code);
      if (earlier) {
        bad('code', 'incentives.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(code, r.row);
      const m = {
        code,
        area,
        name,
        description,
        restDays: restDays!,
        quota: quota ?? null,
        active: !activeText || ['是', 'Y', 'yes'].includes(activeText),
      };
      const same = JSON.stringify(have.get(code)) === JSON.stringify(m);
      rows.push({ row: r.row, code, name, action: same ? 'skip' : 'add' });
      if (!same) writes.push(m);
    }
    return { rows, writes, errors };
  }

  return {
    /** The measure catalogue of a district (the defaults written on first use). */
    async catalogue(ctx: RequestContext, q: { nodeId?: string }) {
      const district = await districtFor(ctx, 'incentives.read', q.nodeId);
      const measures = await catalogueOf(db, district.id);
      return {
        districtId: district.id,
        measures: measures.map(measureOut),
        can: {
          manage: can(ctx.actor, 'incentives.catalogue', district.path),
          propose: can(ctx.actor, 'incentives.propose'),
        },
      };
    },

    /** The catalogue as Excel, in the columns the import reads. */
    async exportCatalogue(ctx: RequestContext, q: { nodeId?: string }) {
      const district = await districtFor(ctx, 'incentives.export', q.nodeId);
      const measures = (await catalogueOf(db, district.id)).map(measureOut);
      return writeWorkbook([
        {
          name: t(ctx.lang, 'incentives.sheet.catalogue'),
          columns: [
            { key: 'code', header: '措施编号', width: 10 },
            { key: 'area', header: '类别', width: 12 },
            { key: 'name', header: '激励措施', width: 36 },
            { key: 'description', header: '说明', width: 40 },
            { key: 'restDays', header: '休整休养天数', width: 12, type: 'number' },
            { key: 'quota', header: '每单位年度名额', width: 14 },
            { key: 'active', header: '启用', width: 6 },
          ],
          rows: measures.map((m) => ({
            ...m,
            area: t(ctx.lang, `incentives.area.${m.area}`),
            quota: m.quota === null ? '' : String(m.quota),
            active: m.active ? '是' : '否',
          })),
        },
      ]);
    },

    /** Imports the district's catalogue; dryRun only says what would happen. */
    async importCatalogue(ctx: RequestContext, nodeId: string, file: Buffer, dryRun: boolean) {
      const n = await nodeFor(db, ctx, nodeId, 'incentives.catalogue');
      if (n.id !== n.district_id)
        throw new InvalidError([{ field: 'nodeId', key: 'incentives.not_district' }]);
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, n.id, table),
        async (trx, p) => {
          for (const m of p.writes)
            await repo.upsertMeasure(trx, {
              district_id: n.id,
              code: m.code,
              area: m.area,
              name: m.name,
              description: m.description,
              rest_days: m.restDays,
              quota: m.quota,
              active: m.active,
            });
          await auditor.append(trx, ctx, {
            action: 'incentives.catalogue.import',
            objectType: 'incentives_catalogue',
            objectId: n.id,
            districtId: n.id,
            detail: { written: p.writes.map((w) => w.code) },
          });
        },
      );
    },

    /** The cadres of the units under a node the actor may propose for (or the whole scope), by name. */
    async cadres(ctx: RequestContext, q: { nodeId?: string }) {
      const actor = requirePermission(ctx, 'incentives.propose');
      const root = q.nodeId ? await nodeFor(db, ctx, q.nodeId, 'incentives.propose') : null;
      const out = [];
      for (const districtId of districtsWith(actor, 'incentives.propose')) {
        const cadres = await deps.cadres.cadresOf(districtId);
        const units = new Map<string, { name: string; path: string }>();
        for (const id of new Set(cadres.map((c) => c.unitNodeId))) {
          const u = await repo.findNode(db, id);
          if (u) units.set(id, u);
        }
        for (const c of cadres) {
          const u = units.get(c.unitNodeId);
          if (!u || !can(actor, 'incentives.propose', u.path) || (root && !u.path.startsWith(root.path)))
            continue;
          out.push({
            personId: c.personId,
            name: c.name,
            unitNodeId: c.unitNodeId,
            unitName: u.name,
            post: c.post,
          });
        }
      }
      return out.slice(0, 2000);
    },
  };
}
