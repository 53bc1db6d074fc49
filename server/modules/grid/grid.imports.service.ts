/**
 * Register imports: a district's own spreadsheet (.xlsx or CSV in UTF-8 or GB18030, title rows,
 * everyday headers, blank and notes rows) read through platform/sheets within its row cap, previewed
 * with the column mapping (correctable, remembered per district) and every bad row; nothing enters
 * the register until the user confirms. The commit then writes the staged rows in batches, each its
 * own short transaction, so a large file never holds locks for long; its progress and every row
 * that failed are kept on the import, and a commit cut short resumes where it stopped.
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  isProblem,
  readRows,
  readTable,
  rememberMapping,
  SheetError,
  type ColumnMapping,
} from '../../platform/sheets/index.ts';
import { historyRow, maskedAttrs, REGISTER_LEVELS, type Prepared, type RecordKit } from './grid.records.ts';
import * as importsRepo from './grid.imports.repository.ts';
import * as recordsRepo from './grid.records.repository.ts';
import {
  cellValue,
  GRID_IMPORT_BATCH,
  GRID_IMPORT_MAX_ROWS,
  REGISTER_COLUMNS,
  type RegisterKind,
  type VisitCategory,
} from './grid.rules.ts';
import type { GridScope } from './grid.scope.ts';
import type { importPreview, importStatus } from './grid.schemas.ts';

/** Bad rows sent with a preview (all of them stay on the import for its error sheet). */
const PREVIEW_ERRORS = 1000;
/** Keys checked against the register per query. */
const KEY_CHUNK = 1000;

type RowError = { row: number; field: string; message: string };
/** A staged row: the prepared record, personal fields encrypted and base64. */
type Staged = {
  attrs: Record<string, unknown>;
  label: string;
  visitCategory: VisitCategory;
  uniqueKey: string | null;
  idEnc: string | null;
  idBidx: string | null;
};

const stageOf = (p: Prepared): Staged => ({
  attrs: p.attrs,
  label: p.label,
  visitCategory: p.visitCategory,
  uniqueKey: p.uniqueKey,
  idEnc: p.idEnc?.toString('base64') ?? null,
  idBidx: p.idBidx?.toString('base64') ?? null,
});

/** Builds the import use cases. */
export function createImportsService(deps: {
  db: Db;
  auditor: Auditor;
  scope: Pick<GridScope, 'nodeIn'>;
  records: RecordKit;
}) {
  const { db, auditor, scope, records } = deps;

  async function statusOf(
    kind: RegisterKind,
    imp: NonNullable<Awaited<ReturnType<typeof importsRepo.importOf>>>,
  ) {
    return {
      importId: imp.id,
      kind,
      status: imp.status as 'previewed' | 'committing' | 'committed',
      total: imp.total,
      valid: imp.valid,
      done: imp.done,
      imported: imp.imported,
      failed: imp.failed as RowError[],
    } satisfies z.infer<typeof importStatus>;
  }

  return {
    /**
     * Reads a register file and reports every bad row and the column mapping used; stores the
     * valid rows on the import only. `mapping` (column key → 0-based column) corrects the mapping.
     */
    async previewImport(
      ctx: RequestContext,
      kind: RegisterKind,
      nodeId: string,
      file: Buffer,
      mapping?: ColumnMapping,
    ): Promise<z.infer<typeof importPreview>> {
      const actor = requirePermission(ctx, 'grid.collect');
      const node = await scope.nodeIn(actor, 'grid.collect', nodeId);
      if (!REGISTER_LEVELS.includes(node.level))
        throw new InvalidError([{ field: 'nodeId', key: 'grid.not_register_node' }]);
      const columns = REGISTER_COLUMNS[kind];
      const raw = await readRows(file, { maxRows: GRID_IMPORT_MAX_ROWS + 50 });
      const remembered = await importsRepo.importMappingOf(db, node.districtId, kind);
      const table = readTable(raw, columns, { override: mapping, remembered });
      if (table.rows.length > GRID_IMPORT_MAX_ROWS)
        throw new SheetError('sheets.too_many_rows', { max: GRID_IMPORT_MAX_ROWS });

      const errors: RowError[] = [];
      const valid: { row: number; prep: Prepared }[] = [];
      const seen = new Map<string, number>();
      const keyField = kind === 'population' ? 'nationalId' : 'attrs';
      for (const r of table.rows) {
        const attrs: Record<string, unknown> = {};
        let bad = false;
        for (const c of columns) {
          const cell = r.cells[c.key];
          if (cell !== null && cell !== undefined && isProblem(cell)) {
            errors.push({ row: r.row, field: c.key, message: t(ctx.lang, cell.problem) });
            bad = true;
            continue;
          }
          const v = cellValue(cell, c.type);
          if (v !== undefined) attrs[c.key] = v;
        }
        if (bad) continue;
        const prep = records.prepare(kind, attrs, '');
        if ('problems' in prep) {
          for (const p of prep.problems)
            errors.push({
              row: r.row,
              field: p.field.replace(/^\./, ''),
              message:
                'message' in p && p.message ? p.message : t(ctx.lang, p.key, 'params' in p ? p.params : {}),
            });
          continue;
        }
        const dupKey = prep.idBidx ? prep.idBidx.toString('hex') : prep.uniqueKey;
        if (dupKey) {
          if (seen.has(dupKey)) {
            errors.push({
              row: r.row,
              field: keyField,
              message: t(ctx.lang, 'grid.import_dup_in_file', { row: seen.get(dupKey) }),
            });
            continue;
          }
          seen.set(dupKey, r.row);
        }
        valid.push({ row: r.row, prep });
      }
      // rows already in the register on this node
      const taken = new Set<string>();
      for (let i = 0; i < valid.length; i += KEY_CHUNK) {
        const chunk = valid.slice(i, i + KEY_CHUNK).map((v) => v.prep);
        const rows = await recordsRepo.keysTakenAt(
          db,
          node.districtId,
          node.id,
          kind,
          chunk.flatMap((p) => (p.uniqueKey && !p.idBidx ? [p.uniqueKey] : [])),
          chunk.flatMap((p) => (p.idBidx ? [p.idBidx] : [])),
        );
        for (const r of rows) taken.add(r.id_bidx ? Buffer.from(r.id_bidx).toString('hex') : r.unique_key!);
      }
      const fresh = valid.filter((v) => {
        const key = v.prep.idBidx ? v.prep.idBidx.toString('hex') : v.prep.uniqueKey;
        if (!key || !taken.has(key)) return true;
        errors.push({ row: v.row, field: keyField, message: t(ctx.lang, 'grid.duplicate') });
        return false;
      });
      errors.sort((a, b) => a.row - b.row);

      const importId = uuidv7();
      await db.transaction().execute(async (trx) => {
        await importsRepo.insertImport(trx, {
          district_id: node.districtId,
          id: importId,
          kind,
          node_id: node.id,
          user_id: actor.userId,
          total: table.rows.length,
          valid: fresh.length,
          errors: JSON.stringify(errors),
          headers: JSON.stringify(table.headers),
          mapping: JSON.stringify(table.mapping),
        });
        for (let i = 0; i < fresh.length; i += KEY_CHUNK)
          await importsRepo.insertImportRows(
            trx,
            fresh.slice(i, i + KEY_CHUNK).map((v, j) => ({
              district_id: node.districtId,
              import_id: importId,
              seq: i + j + 1,
              row_no: v.row,
              data: JSON.stringify(stageOf(v.prep)),
            })),
          );
        await auditor.append(trx, ctx, {
          action: 'grid.import.preview',
          objectType: 'grid_import',
          objectId: importId,
          districtId: node.districtId,
          detail: { kind, total: table.rows.length, valid: fresh.length, bad: errors.length },
        });
      });
      return {
        importId,
        kind,
        total: table.rows.length,
        valid: fresh.length,
        errorCount: errors.length,
        errors: errors.slice(0, PREVIEW_ERRORS),
        sample: fresh.slice(0, 20).map((v) => maskedAttrs(kind, v.prep.attrs)),
        headerRow: table.headerRow,
        headers: table.headers,
        mapping: table.mapping,
        columns: columns.map((c) => ({ key: c.key, label: c.label, required: !!c.required })),
        skipped: table.skipped,
      };
    },

    /**
     * Commits a previewed import once confirmed: its valid rows, or nothing while any row is bad
     * (allOrNothing). Writes GRID_IMPORT_BATCH rows per transaction; a row whose key was taken
     * meanwhile is reported, not written. Resumes a commit cut short. Keeps the district's mapping.
     */
    async commitImport(
      ctx: RequestContext,
      kind: RegisterKind,
      importId: string,
      input: { confirm: true; allOrNothing: boolean },
    ) {
      const actor = requirePermission(ctx, 'grid.collect');
      const first = await importsRepo.importOf(db, importId, kind, actor.userId);
      if (!first) throw new NotFoundError();
      if (first.status === 'committed') throw new ConflictError('grid.import_done');
      const node = await scope.nodeIn(actor, 'grid.collect', first.node_id);
      if (first.status === 'previewed' && input.allOrNothing && (first.errors as unknown[]).length)
        throw new ConflictError('grid.import_has_errors');
      for (;;) {
        const finished = await db.transaction().execute(async (trx) => {
          const imp = (await importsRepo.importOf(trx, importId, kind, actor.userId, true))!;
          if (imp.status === 'committed') return true;
          const rows = await importsRepo.importRowsAfter(
            trx,
            imp.district_id,
            importId,
            imp.done,
            GRID_IMPORT_BATCH,
          );
          if (!rows.length) {
            await importsRepo.setImportProgress(trx, imp.district_id, importId, {
              status: 'committed',
              done: imp.done,
              imported: imp.imported,
              failed: JSON.stringify(imp.failed),
              committed_at: new Date(),
            });
            await importsRepo.deleteImportRows(trx, imp.district_id, importId);
            await importsRepo.upsertImportMapping(
              trx,
              imp.district_id,
              kind,
              JSON.stringify({
                ...(await importsRepo.importMappingOf(trx, imp.district_id, kind)),
                ...rememberMapping(imp.headers as string[], imp.mapping as ColumnMapping),
              }),
            );
            await auditor.append(trx, ctx, {
              action: 'grid.import.commit',
              objectType: 'grid_import',
              objectId: importId,
              districtId: imp.district_id,
              detail: { kind, imported: imp.imported, failed: (imp.failed as unknown[]).length },
            });
            return true;
          }
          const batch = rows.map((r) => ({ r, s: r.data as Staged, id: uuidv7() }));
          const stored = new Set(
            await recordsRepo.insertRecordsSkippingTaken(
              trx,
              batch.map(({ s, id }) => ({
                district_id: node.districtId,
                id,
                kind,
                node_id: node.id,
                label: s.label,
                attrs: JSON.stringify(s.attrs),
                id_enc: s.idEnc ? Buffer.from(s.idEnc, 'base64') : null,
                id_bidx: s.idBidx ? Buffer.from(s.idBidx, 'base64') : null,
                unique_key: s.uniqueKey,
                visit_category: s.visitCategory,
              })),
            ),
          );
          await recordsRepo.insertHistory(
            trx,
            batch
              .filter((b) => stored.has(b.id))
              .map(({ s, id }) => historyRow(actor, node.districtId, id, 'import', null, s.attrs)),
          );
          const failed = batch
            .filter((b) => !stored.has(b.id))
            .map((b) => ({
              row: b.r.row_no,
              field: kind === 'population' ? 'nationalId' : 'attrs',
              message: t(ctx.lang, 'grid.duplicate'),
            }));
          await importsRepo.setImportProgress(trx, imp.district_id, importId, {
            status: 'committing',
            done: rows[rows.length - 1].seq,
            imported: imp.imported + stored.size,
            failed: JSON.stringify([...(imp.failed as RowError[]), ...failed]),
          });
          await auditor.append(trx, ctx, {
            action: 'grid.import.batch',
            objectType: 'grid_import',
            objectId: importId,
            districtId: imp.district_id,
            detail: { kind, from: rows[0].seq, to: rows[rows.length - 1].seq, imported: stored.size },
          });
          return false;
        });
        if (finished) break;
      }
      return statusOf(kind, (await importsRepo.importOf(db, importId, kind, actor.userId))!);
    },

    /** How far an import's commit has come, with every row that failed. */
    async importStatus(ctx: RequestContext, kind: RegisterKind, importId: string) {
      const actor = requirePermission(ctx, 'grid.collect');
      const imp = await importsRepo.importOf(db, importId, kind, actor.userId);
      if (!imp) throw new NotFoundError();
      return statusOf(kind, imp);
    },
  };
}
