/**
 * The secondments register out to Excel (batches with their cadres and ratings) and a batch's cadre
 * list in from it: each row a cadre of the district by name (and unit when two share a name) and one
 * of the batch's streets. Every row is checked first; a file with a bad row changes nothing (422, a
 * message per row and column); cadres already in the batch are skipped, so a repeated import adds
 * nothing. The rest are assigned in one transaction through the same path as the form.
 */
import type { RequestContext } from '../../platform/access/access.ts';
import { requirePermission } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { NotFoundError, ConflictError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  cellText,
  importRegister,
  isProblem,
  rowChecks,
  rowsByKey,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import type { Executor } from '../../platform/db/db.ts';
import { assignCadre } from './secondments.batches.service.ts';
import type { SecondmentsCore, SecondmentsDeps } from './secondments.core.ts';
import * as repo from './secondments.repository.ts';
import { phaseOf } from './secondments.rules.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 2_000;

const COLUMNS = [
  { key: 'name', label: '姓名', synonyms: ['干部姓名', 'Name'], required: true },
  { key: 'unit', label: '工作单位', synonyms: ['单位', '原单位', 'Unit'] },
  { key: 'street', label: '街道', synonyms: ['派驻街道', '锻炼街道', 'Street'], required: true },
] as const satisfies readonly ColumnSpec[];

/** Builds the export and the import. */
export function createSheetsService(deps: SecondmentsDeps & { core: SecondmentsCore }) {
  const { db, core } = deps;

  /** Checks an upload against the district's cadres and the batch's streets as they are in exec. */
  async function plan(exec: Executor, ctx: RequestContext, b: repo.BatchRow, table: TableRead) {
    const cadres = await core.cadresWithStanding(b.district_id, b.path);
    const streets = await repo.findStreets(exec, [b.id]);
    const outcome = rowsByKey(
      new Set((await repo.findAssignments(exec, { batchIds: [b.id] })).map((a) => a.person_id)),
    );
    const rows: { row: number; name: string; street: string; action: 'add' | 'skip' }[] = [];
    const adds: { cadre: (typeof cadres)[number]; street: { id: string; name: string } }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad } = rowChecks(ctx.lang, 'secondments.import', r, errors);
      for (const k of ['name', 'unit', 'street'] as const)
        if (isProblem(r.cells[k] ?? null)) bad(k, (r.cells[k] as { problem: string }).problem);
      const name = cellText(r.cells.name ?? null);
      const unit = cellText(r.cells.unit ?? null);
      const streetName = cellText(r.cells.street ?? null);
      if (!name) bad('name', 'secondments.import.required');
      if (!streetName) bad('street', 'secondments.import.required');
      if (errors.length > before) continue;
      const found = cadres.filter((c) => c.name === name && (!unit || c.unitName === unit));
      const street = streets.find((s) => s.street_name === streetName);
      if (found.length === 0) bad('name', 'secondments.import.unknown_cadre', { name: name.slice(0, 40) });
      if (found.length > 1) bad('unit', 'secondments.import.ambiguous_cadre', { name });
      if (!street) bad('street', 'secondments.import.unknown_street', { name: streetName.slice(0, 40) });
      if (errors.length > before) continue;
      const cadre = found[0];
      const action = outcome(cadre.personId, r.row);
      if (typeof action === 'object') {
        bad('name', 'secondments.import.duplicate', { row: action.earlier });
        continue;
      }
      rows.push({ row: r.row, name, street: streetName, action });
      if (action === 'add')
        adds.push({ cadre, street: { id: street!.street_id, name: street!.street_name } });
    }
    return { rows, adds, errors, batch: b };
  }

  return {
    /** Batches of a year in the actor's scope with their cadres and ratings, as Excel. */
    async exportBatches(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      requirePermission(ctx, 'secondments.export');
      const { managePaths, hostPaths } = core.scopes(ctx);
      const year = q.year ?? shanghaiThisYear();
      let manage = managePaths;
      let host = hostPaths;
      if (q.nodeId) {
        const n = await repo.findNode(db, q.nodeId);
        const inside = (ps: string[]) => (n && ps.some((p) => n.path.startsWith(p)) ? [n.path] : []);
        manage = inside(managePaths);
        host = inside(hostPaths);
        if (!manage.length && !host.length) throw new NotFoundError();
      }
      const lists = await Promise.all([
        manage.length
          ? repo.findAssignments(db, { batchesIn: nodeInPaths('b.node_id', manage), limit: 100_000 })
          : [],
        host.length
          ? repo.findAssignments(db, { streetsIn: nodeInPaths('a.street_id', host), limit: 100_000 })
          : [],
      ]);
      const seen = new Set<string>();
      const rows = lists
        .flat()
        .filter((a) => a.starts_on <= `${year}-12-31` && a.ends_on >= `${year}-01-01`)
        .filter((a) => !seen.has(a.id) && !!seen.add(a.id));
      return writeWorkbook([
        {
          name: t(ctx.lang, 'secondments.sheet'),
          columns: [
            { key: 'batch', header: '批次', width: 22 },
            { key: 'kind', header: '工作内容', width: 14 },
            { key: 'from', header: '开始日期', width: 12 },
            { key: 'to', header: '结束日期', width: 12 },
            { key: 'street', header: '街道', width: 14 },
            { key: 'name', header: '姓名', width: 10 },
            { key: 'unit', header: '工作单位', width: 20 },
            { key: 'post', header: '职务', width: 14 },
            { key: 'work', header: '工作记录数', width: 10, type: 'number' },
            { key: 'weeks', header: '周志数', width: 8, type: 'number' },
            { key: 'rating', header: '鉴定等次', width: 10 },
            { key: 'comment', header: '鉴定评语', width: 40 },
          ],
          rows: rows.map((a) => ({
            batch: a.batch_name,
            kind: a.work_kind,
            from: a.starts_on,
            to: a.ends_on,
            street: a.street_name,
            name: a.person_name,
            unit: a.unit_name,
            post: a.post,
            work: a.work_entries,
            weeks: a.weeks.length,
            rating: a.rating ? t('zh-CN', `secondments.rating.${a.rating}`) : '',
            comment: a.rating_comment,
          })),
        },
      ]);
    },

    /** Assigns the cadres an upload names (.xlsx or CSV: 姓名, 工作单位, 街道); dryRun only says what would happen. */
    async importCadres(ctx: RequestContext, batchId: string, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'secondments.manage');
      const b0 = await core.visibleBatch(ctx, batchId);
      if (!core.manages(ctx, b0)) throw new NotFoundError();
      if (phaseOf({ startsOn: b0.starts_on, endsOn: b0.ends_on }, core.today()) === 'ended')
        throw new ConflictError('secondments.batch_ended');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        // applying: the batch row locked first, so its streets and cadres hold while the rows go in
        async (exec, table) =>
          plan(exec, ctx, dryRun ? b0 : (await repo.findBatch(exec, b0.id, true))!, table),
        async (trx, p) => {
          for (const a of p.adds)
            if (!(await assignCadre(deps, trx, ctx, p.batch, a.cadre, a.street)))
              p.rows.find((r) => r.name === a.cadre.name && r.action === 'add')!.action = 'skip';
        },
      );
    },
  };
}
