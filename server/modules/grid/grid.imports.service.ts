/** Register imports from Excel: a preview that reports every bad row and stores nothing in the register, then a confirmed commit. */
import ExcelJS from 'exceljs';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { maskedAttrs, REGISTER_LEVELS, type RecordKit } from './grid.records.ts';
import * as repo from './grid.repository.ts';
import { cellValue, EXCEL_COLUMNS, type RegisterKind, type VisitCategory } from './grid.rules.ts';
import type { GridScope } from './grid.scope.ts';

/** Builds the import use cases. */
export function createImportsService(deps: {
  db: Db;
  auditor: Auditor;
  scope: Pick<GridScope, 'nodeIn'>;
  records: RecordKit;
}) {
  const { db, auditor, scope, records } = deps;
  return {
    /** Parses an .xlsx and reports every bad row; stores nothing in the register. */
    async previewImport(ctx: RequestContext, kind: RegisterKind, nodeId: string, file: Buffer) {
      const actor = requirePermission(ctx, 'grid.collect');
      const node = await scope.nodeIn(actor, 'grid.collect', nodeId);
      if (!REGISTER_LEVELS.includes(node.level))
        throw new InvalidError([{ field: 'nodeId', key: 'grid.not_register_node' }]);
      const wb = new ExcelJS.Workbook();
      try {
        await wb.xlsx.load(file as unknown as ArrayBuffer);
      } catch {
        throw new InvalidError([{ field: 'file', key: 'grid.import_bad_file' }]);
      }
      const ws = wb.worksheets[0];
      const cols = EXCEL_COLUMNS[kind];
      if (!ws) throw new InvalidError([{ field: 'file', key: 'grid.import_bad_file' }]);
      const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
      const index = new Map(cols.map((c) => [c.attr, header.indexOf(c.header)]));
      if (
        cols.some(
          (c) =>
            c.type !== 'number' &&
            c.attr !== 'unit' &&
            c.attr !== 'creditCode' &&
            c.attr !== 'address' &&
            (index.get(c.attr) ?? -1) < 0,
        )
      )
        throw new InvalidError([
          {
            field: 'file',
            key: 'grid.import_no_header',
            params: { headers: cols.map((c) => c.header).join('、') },
          },
        ]);
      const errors: { row: number; field: string; message: string }[] = [];
      const valid: Record<string, unknown>[] = [];
      const seen = new Map<string, number>();
      let total = 0;
      for (let i = 2; i <= ws.rowCount; i++) {
        const vals = ws.getRow(i).values as unknown[];
        if (!vals || vals.every((v) => v === null || v === undefined || v === '')) continue;
        total++;
        const raw: Record<string, unknown> = {};
        for (const c of cols) {
          const at = index.get(c.attr) ?? -1;
          if (at >= 0) {
            const v = cellValue(vals[at], c.type);
            if (v !== undefined) raw[c.attr] = v;
          }
        }
        const prep = records.prepare(kind, raw, '');
        if ('problems' in prep) {
          for (const p of prep.problems)
            errors.push({
              row: i,
              field: p.field.replace(/^\./, ''),
              message:
                'message' in p && p.message ? p.message : t(ctx.lang, p.key, 'params' in p ? p.params : {}),
            });
          continue;
        }
        const dupKey = prep.idBidx ? prep.idBidx.toString('hex') : prep.uniqueKey;
        if (dupKey) {
          const field = kind === 'population' ? 'nationalId' : 'attrs';
          if (seen.has(dupKey)) {
            errors.push({
              row: i,
              field,
              message: t(ctx.lang, 'grid.import_dup_in_file', { row: seen.get(dupKey) }),
            });
            continue;
          }
          seen.set(dupKey, i);
          if (await repo.recordWithBidxOrKey(db, node.districtId, kind, prep.idBidx, prep.uniqueKey)) {
            errors.push({ row: i, field, message: t(ctx.lang, 'grid.duplicate') });
            continue;
          }
        }
        valid.push({
          row: i,
          attrs: prep.attrs,
          label: prep.label,
          visitCategory: prep.visitCategory,
          uniqueKey: prep.uniqueKey,
          idEnc: prep.idEnc?.toString('base64') ?? null,
          idBidx: prep.idBidx?.toString('base64') ?? null,
        });
      }
      const importId = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertImport(trx, {
          district_id: node.districtId,
          id: importId,
          kind,
          node_id: node.id,
          user_id: actor.userId,
          total,
          rows: JSON.stringify(valid),
          errors: JSON.stringify(errors),
        });
        await auditor.append(trx, ctx, {
          action: 'grid.import.preview',
          objectType: 'grid_import',
          objectId: importId,
          districtId: node.districtId,
          detail: { kind, total, valid: valid.length, bad: errors.length },
        });
      });
      return {
        importId,
        kind,
        total,
        valid: valid.length,
        errors,
        sample: valid.slice(0, 20).map((v) => maskedAttrs(kind, v.attrs as Record<string, unknown>)),
      };
    },

    /** Imports a previewed file once confirmed: all valid rows, or none while any row is bad (allOrNothing). */
    async commitImport(
      ctx: RequestContext,
      kind: RegisterKind,
      importId: string,
      input: { confirm: true; allOrNothing: boolean },
    ) {
      const actor = requirePermission(ctx, 'grid.collect');
      return db.transaction().execute(async (trx) => {
        const imp = await repo.importForUpdate(trx, importId, kind, actor.userId);
        if (!imp) throw new NotFoundError();
        if (imp.committed_at) throw new ConflictError('grid.import_done');
        const node = await scope.nodeIn(actor, 'grid.collect', imp.node_id);
        if (input.allOrNothing && (imp.errors as unknown[]).length)
          throw new ConflictError('grid.import_has_errors');
        const rows = imp.rows as {
          attrs: Record<string, unknown>;
          label: string;
          visitCategory: VisitCategory;
          uniqueKey: string | null;
          idEnc: string | null;
          idBidx: string | null;
        }[];
        for (const r of rows)
          await records.insert(
            trx,
            actor,
            node,
            kind,
            uuidv7(),
            {
              attrs: r.attrs,
              label: r.label,
              visitCategory: r.visitCategory,
              uniqueKey: r.uniqueKey,
              idEnc: r.idEnc ? Buffer.from(r.idEnc, 'base64') : null,
              idBidx: r.idBidx ? Buffer.from(r.idBidx, 'base64') : null,
            },
            'import',
          );
        await repo.markImportCommitted(trx, imp.district_id, importId);
        await auditor.append(trx, ctx, {
          action: 'grid.import.commit',
          objectType: 'grid_import',
          objectId: importId,
          districtId: imp.district_id,
          detail: { kind, imported: rows.length },
        });
        return { imported: rows.length };
      });
    },
  };
}
