/**
 * Importing a register as districts make them (platform/sheets): .xlsx or CSV (UTF-8 or GB18030),
 * title rows, a 填报单位/填报日期 line, everyday column names, blank rows and a notes row are all
 * read as they are. The preview shows the header row found and the column mapping (the user may
 * correct it; a committed import's mapping is kept for the district), reports each bad row, and
 * keeps the valid rows encrypted for 24 hours; the commit by its uploader is all-or-nothing. Rows
 * without a node go to the node the preview names (the chosen one, or the officer's own).
 */
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, DomainError, InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { PeopleCore } from './people.core.ts';
import {
  readRows,
  readTable,
  SheetError,
  rememberMapping,
  writeWorkbook,
  type ColumnMapping,
} from '../../platform/sheets/index.ts';
import * as repo from './people.repository.ts';
import * as importRepo from './people.import.repository.ts';
import { normaliseNationalId, personRow } from './people.row.ts';
import {
  cellOfSheet,
  checkImportRow,
  duplicatesInFile,
  IMPORT_MAX_ROWS,
  PEOPLE_COLUMNS,
  SHEET_COLUMNS,
  type CellText,
  type ImportRow,
  type RowProblem,
  type SheetKey,
} from './people.rules.ts';

/** Rows above the data a sheet may hold (titles, 填报单位, the header) besides IMPORT_MAX_ROWS. */
const HEAD_ROWS = 30;

/** How long an import preview waits for its commit. */
export const IMPORT_TTL_MS = 24 * 3600 * 1000;

/** Builds the import verbs. */
export function createPeopleImportService(
  core: Pick<PeopleCore, 'db' | 'auditor' | 'pii' | 'write' | 'writableNode' | 'takenInScope'>,
) {
  const { db, auditor, pii, write } = core;
  const purgeExpired = () => importRepo.deleteExpiredImports(db, new Date());

  return {
    /**
     * Reads an uploaded register, checks every row (and duplicates in the file and where the actor
     * can see people), and keeps the valid rows, encrypted, for 24 hours for its uploader to commit.
     * Imports nothing.
     */
    async importPreview(
      ctx: RequestContext,
      input: { file: Buffer; fileName: string; nodeId?: string; mapping?: ColumnMapping },
    ) {
      const actor = requirePermission(ctx, 'people.import');
      let node;
      if (input.nodeId) node = await core.writableNode(actor, input.nodeId, 'people.import');
      else {
        const roots = scopePaths(actor, 'people.import');
        const grant = roots.length === 1 ? actor.grants.find((g) => g.path === roots[0]) : undefined;
        if (!grant) throw new InvalidError([{ field: 'nodeId', key: 'people.node.required' }]);
        node = await core.writableNode(actor, grant.nodeId, 'people.import');
      }
      const raw = await readRows(input.file, { maxRows: IMPORT_MAX_ROWS + HEAD_ROWS });
      const remembered = await importRepo.districtImportMapping(db, node.district_id);
      const opts = { override: input.mapping, remembered };
      let table;
      let missing: string[] = [];
      try {
        table = readTable(raw, PEOPLE_COLUMNS, opts);
      } catch (e) {
        // a required column the reader could not name: show the preview anyway, so the user maps it
        if (!(e instanceof SheetError) || e.key !== 'sheets.missing_columns') throw e;
        table = readTable(
          raw,
          PEOPLE_COLUMNS.map((c) => ({ ...c, required: c.key === 'name' })),
          opts,
        );
        missing = PEOPLE_COLUMNS.filter((c) => c.required && table!.mapping[c.key] === null).map(
          (c) => c.key,
        );
      }
      if (missing.length) table = { ...table, rows: [] };
      const parsed = {
        rows: table.rows.map((r) => ({
          row: r.row,
          cells: Object.fromEntries(
            PEOPLE_COLUMNS.map((c) => [c.key, cellOfSheet(r.cells[c.key] ?? null, c.key)]),
          ) as Partial<Record<SheetKey, CellText>>,
        })),
      };
      // previews nobody committed are deleted with their encrypted rows after 24 hours
      await purgeExpired();
      const problems: RowProblem[] = [];
      const good: ImportRow[] = [];
      for (const r of parsed.rows) {
        const checked = checkImportRow(r.row, r.cells);
        if (checked.ok) good.push(checked.value);
        else problems.push(...checked.problems);
      }
      // the node column names a node inside the default node's subtree, where the actor may import
      const names = [...new Set(good.map((r) => r.node).filter(Boolean))];
      const named = new Map<string, { id: string; district_id: string; path: string }[]>();
      for (const n of await importRepo.nodesNamed(db, node.path, names))
        named.set(n.name, [...(named.get(n.name) ?? []), n]);
      const nodeOf = new Map<number, string>();
      for (const r of good) {
        if (!r.node) {
          nodeOf.set(r.row, node.id);
          continue;
        }
        const hits = (named.get(r.node) ?? []).filter(
          (n) => n.district_id === node.district_id && can(actor, 'people.import', n.path),
        );
        if (hits.length === 1) nodeOf.set(r.row, hits[0].id);
        else
          problems.push({ row: r.row, column: 'node', key: 'people.node.unknown', params: { name: r.node } });
      }
      // a number seen twice cannot be imported twice, whether or not its first row was valid
      problems.push(
        ...duplicatesInFile(
          parsed.rows.flatMap((r) => {
            const c = r.cells.nationalId;
            const id = c && 'text' in c ? normaliseNationalId(c.text) : '';
            return id ? [{ row: r.row, nationalId: id }] : [];
          }),
        ),
      );
      const bidx = new Map(good.map((r) => [r.row, pii.blindIndex('id', r.nationalId)]));
      const existing = await repo.idBidxTakenInPaths(
        db,
        node.district_id,
        [...bidx.values()],
        scopePaths(actor, 'people.read'),
      );
      for (const r of good)
        if (existing.has(bidx.get(r.row)!.toString('hex')))
          problems.push({ row: r.row, column: 'nationalId', key: 'people.national_id.duplicate' });
      const badRows = new Set(problems.map((p) => p.row));
      const valid = good
        .filter((r) => !badRows.has(r.row))
        .map((r) => ({ ...r, nodeId: nodeOf.get(r.row)! }));
      problems.sort(
        (a, b) =>
          a.row - b.row ||
          SHEET_COLUMNS.findIndex((c) => c.key === a.column) -
            SHEET_COLUMNS.findIndex((c) => c.key === b.column),
      );
      const batchId = uuidv7();
      await importRepo.insertImportBatch(db, {
        district_id: node.district_id,
        id: batchId,
        user_id: actor.userId,
        node_id: node.id,
        file_name: input.fileName.slice(0, 200),
        total: parsed.rows.length,
        valid: valid.length,
        invalid: badRows.size,
        rows_enc: pii.encrypt(JSON.stringify(valid)),
        errors: JSON.stringify(problems),
        expires_at: new Date(Date.now() + IMPORT_TTL_MS),
        headers: JSON.stringify(table.headers),
        mapping: JSON.stringify(table.mapping),
      });
      const header = (k: SheetKey) => {
        const i = table.mapping[k];
        return (
          (i !== null && i !== undefined && table.headers[i]) ||
          PEOPLE_COLUMNS.find((c) => c.key === k)!.label
        );
      };
      return {
        batchId,
        nodeId: node.id,
        nodeName: node.name,
        headerRow: table.headerRow,
        headers: table.headers,
        columns: PEOPLE_COLUMNS.map((c) => ({
          key: c.key,
          label: t(ctx.lang, `people.column.${c.key}`),
          required: !!c.required,
          index: table.mapping[c.key] ?? null,
        })),
        unmapped: table.unmapped,
        meta: table.meta,
        skipped: table.skipped,
        total: parsed.rows.length,
        valid: valid.length,
        invalid: badRows.size + missing.length,
        errors: [
          ...missing.map((k) => ({
            row: table.headerRow,
            column: t(ctx.lang, `people.column.${k}`),
            reason: t(ctx.lang, 'people.import.map_missing'),
          })),
          ...problems.map((p) => ({
            row: p.row,
            column: header(p.column),
            reason: t(ctx.lang, p.key, p.params),
          })),
        ],
      };
    },

    /** Imports a previewed batch in one transaction: the valid rows, or ('all') every row or nothing. */
    async importCommit(ctx: RequestContext, batchId: string, mode: 'valid' | 'all') {
      const actor = requirePermission(ctx, 'people.import');
      return write(async (trx) => {
        const b = await importRepo.findImportBatchForCommit(trx, batchId, actor.userId, new Date());
        if (!b || !can(actor, 'people.import', b.path)) throw new DomainError(404, 'people.import.expired');
        if (b.status !== 'pending') throw new ConflictError('people.import.committed');
        if (mode === 'all' && b.invalid > 0)
          throw new ConflictError('people.import.has_errors', { invalid: b.invalid });
        if (b.valid === 0) throw new ConflictError('people.import.nothing_valid');
        const rows = JSON.parse(pii.decrypt(b.rows_enc)) as (ImportRow & { nodeId: string })[];
        const encoded = rows.map((r) => personRow(pii, { ...r, id: uuidv7(), districtId: b.district_id }));
        // someone may have registered one of the numbers since the preview
        const taken = await core.takenInScope(
          trx,
          ctx,
          b.district_id,
          encoded.map((r) => r.id_bidx),
        );
        if (taken.size) throw new ConflictError('people.import.conflict');
        await importRepo.insertPersons(trx, encoded);
        // the mapping this import used becomes the district's, for its next file
        const kept = await importRepo.districtImportMapping(trx, b.district_id);
        await importRepo.saveDistrictImportMapping(trx, b.district_id, {
          ...kept,
          ...rememberMapping(b.headers as string[], b.mapping as ColumnMapping),
        });
        await importRepo.markImportCommitted(trx, b.district_id, b.id, rows.length);
        await auditor.append(trx, ctx, {
          action: 'people.import',
          objectType: 'import_batch',
          objectId: b.id,
          districtId: b.district_id,
          detail: {
            mode,
            total: b.total,
            valid: b.valid,
            invalid: b.invalid,
            imported: rows.length,
            nodeId: b.node_id,
          },
        });
        return { imported: rows.length };
      });
    },

    /** The empty register to fill in, with a help sheet. */
    async template(ctx: RequestContext) {
      requirePermission(ctx, 'people.import');
      return writeWorkbook([
        {
          name: '居民 (Residents)',
          columns: SHEET_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: 20 })),
          rows: [],
          notes: [
            '必填：姓名、身份证号。性别、出生日期可留空，将按身份证号填写。Required: name and national ID; gender and birth date may be left blank and are taken from the ID.',
            '身份证号、手机号请按文本填写，避免 Excel 丢失位数。Type ID and phone numbers as text so Excel keeps every digit.',
            '性别：男 / 女 (M / F)。出生日期：YYYY-MM-DD。手机号：11 位大陆手机号。Gender: 男/女 or M/F. Birth date: YYYY-MM-DD. Phone: 11-digit mainland mobile.',
            '所属节点：可留空（导入到所选节点），或填写所选节点下的网格、楼栋名称。Node: blank (the chosen node) or the name of a grid or building under it.',
            `每个文件最多 ${IMPORT_MAX_ROWS} 行。At most ${IMPORT_MAX_ROWS} rows per file.`,
            '也可以直接上传本单位自己的台账（.xlsx 或 CSV）：标题行、填报单位行、序号和备注列、空行、末尾的说明行都可保留，常见列名（公民身份号码、联系电话、现居住地址、所属网格等）会自动识别，预览时可更正。You may upload your own register as it is (.xlsx or CSV): titles, the 填报单位 line, 序号/备注 columns, blank rows and a notes row are fine; everyday column names are recognised and the mapping can be corrected in the preview.',
          ],
        },
      ]);
    },

    /** Deletes expired import previews (their encrypted rows included); returns how many. */
    purgeExpiredImports: purgeExpired,
  };
}
