/**
 * The case register in from Excel or CSV (a street's or community's paper 调解台账 moved in): each
 * row a dispute received at a place the officer or mediator takes cases for, as a walk-in or a
 * referral, with its parties by name ("申请人：张三；被申请人：李四"; phones and ID numbers are
 * entered on the form, not through files). Every row is checked first; a file with a bad row changes
 * nothing (422, a message per row and column). A case already there (same place, same 纠纷简况) is
 * skipped, so the export read back, or a file sent twice, adds nothing. The rest are received in one
 * transaction through the form's own path (numbered, audited one by one). dryRun only says what
 * would happen.
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { lockUntilCommit, type Executor } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  codeOfCell,
  rowsByKey,
  importPlaces,
  importRegister,
  importTemplate,
  placeNamed,
  rowChecks,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { receiveCase, type CaseIntake } from './mediation.cases.service.ts';
import { caseScope, type MediationCore, type MediationDeps } from './mediation.core.ts';
import * as importRepo from './mediation.import.repository.ts';
import * as repo from './mediation.repository.ts';
import { CATEGORIES, PARTY_ROLES, type Category } from './mediation.rules.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 2_000;

/** The export's columns that an import reads (the rest of the export is ignored). */
const COLUMNS = [
  { key: 'node', label: '发生地', synonyms: ['所在社区', '社区', '地点', 'Place'], required: true },
  { key: 'room', label: '调解室', synonyms: ['调解组织', 'Room'] },
  { key: 'source', label: '来源', synonyms: ['案件来源', 'Source'] },
  { key: 'referredBy', label: '转介单位', synonyms: ['转介', '移送单位', 'Referred by'] },
  { key: 'category', label: '纠纷类型', synonyms: ['类型', '纠纷类别', 'Category'], required: true },
  { key: 'title', label: '纠纷简况', synonyms: ['案由', '纠纷名称', 'Title'], required: true },
  { key: 'summary', label: '情况说明', synonyms: ['纠纷情况', '基本情况', 'Summary'] },
  { key: 'parties', label: '当事人', synonyms: ['当事人姓名', 'Parties'] },
] as const satisfies readonly ColumnSpec[];
type Column = (typeof COLUMNS)[number]['key'];

const SOURCES = ['walk_in', 'referral'] as const;
const key = (nodeId: string, title: string) => `${nodeId}\u0000${title}`;

/** What one row of a cases import does. */
export interface CaseImportRow {
  row: number;
  node: string;
  category: Category;
  title: string;
  action: 'add' | 'skip';
}

/** Builds the cases import on the form's receive path. */
export function createCasesImport(deps: MediationDeps & { core: MediationCore }) {
  const { db } = deps;

  async function plan(exec: Executor, ctx: RequestContext, table: TableRead, applying: boolean) {
    const actor = requirePermission(ctx, 'mediation.intake');
    const paths = scopePaths(actor, 'mediation.intake');
    const places = await importPlaces(exec, nodeInPaths('n.id', paths));
    // the rooms in the area, and those above it in its district (a street's room takes a community's cases)
    const own = await repo.listRooms(exec, paths, actor.userId);
    const districtIds = [...new Set(places.map((p) => p.district_id))];
    const above = await repo.listRoomsAbove(exec, paths, districtIds);
    const rooms = [...own, ...above.filter((a) => !own.some((o) => o.id === a.id))];
    // applying: one import at a time per district, so two copies of a file sent at once add it once
    if (applying)
      for (const d of [...new Set(places.map((p) => p.district_id))].sort())
        await lockUntilCommit(exec, `mediation.import:${d}`);
    const titles = [...new Set(table.rows.map((r) => String(r.cells.title ?? '').trim()).filter(Boolean))];
    const outcome = rowsByKey(
      new Set(
        (await importRepo.casesTitled(exec, caseScope(actor, 'mediation.intake'), titles)).map((c) =>
          key(c.node_id, c.title),
        ),
      ),
    );
    const rows: CaseImportRow[] = [];
    const adds: { row: number; node: (typeof places)[number]; input: CaseIntake }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<Column>(ctx.lang, 'mediation.import', r, errors, { lineBreaks: true });
      const nodeText = text('node', 100, true);
      const roomText = text('room', 100);
      const sourceText = text('source', 20);
      const referredBy = text('referredBy', 100);
      const categoryText = text('category', 20, true);
      const title = text('title', 100, true);
      const summary = text('summary', 5000);
      const partiesText = text('parties', 1000);
      const place = placeNamed(places, nodeText);
      if (nodeText && !place) bad('node', 'mediation.import.unknown_node', { name: nodeText.slice(0, 50) });
      const category = categoryText ? codeOfCell(CATEGORIES, 'mediation.category', categoryText) : null;
      if (categoryText && !category)
        bad('category', 'mediation.import.unknown_value', { value: categoryText.slice(0, 20) });
      const source = sourceText ? codeOfCell(SOURCES, 'mediation.source', sourceText) : 'walk_in';
      if (sourceText && !source)
        bad('source', 'mediation.import.unknown_value', { value: sourceText.slice(0, 20) });
      const named = roomText ? rooms.filter((m) => m.name === roomText) : [];
      const room = named.find(
        (m) =>
          place &&
          m.district_id === place.district_id &&
          (place.path.startsWith(m.path) || m.path.startsWith(place.path)),
      );
      if (roomText && !named.length)
        bad('room', 'mediation.import.unknown_room', { name: roomText.slice(0, 50) });
      else if (roomText && place && !room) bad('room', 'mediation.room_outside');
      const parties: CaseIntake['parties'] = [];
      for (const part of (partiesText ?? '')
        .split(/[；;\n]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const m = /^([^：:]+)[：:]\s*(.+)$/.exec(part);
        const role = m ? codeOfCell(PARTY_ROLES, 'mediation.role', m[1]) : null;
        const name = m?.[2].trim() ?? '';
        if (!role || !name || name.length > 50 || parties.length >= 20) {
          bad('parties', 'mediation.import.bad_parties', { value: part.slice(0, 30) });
          break;
        }
        parties.push({ role, name });
      }
      if (errors.length > before || !place || !category || !source || !title) continue;
      const action = outcome(key(place.id, title), r.row);
      if (typeof action === 'object') {
        bad('title', 'mediation.import.duplicate', { row: action.earlier });
        continue;
      }
      rows.push({ row: r.row, node: place.name, category, title, action });
      if (action === 'add')
        adds.push({
          row: r.row,
          node: place,
          input: {
            source,
            eventId: null,
            referredBy: referredBy ?? '',
            category,
            title,
            summary: summary || title,
            roomId: room?.id,
            parties,
          },
        });
    }
    return { rows, adds, errors };
  }

  return {
    /** Receives the cases an upload names at places the actor takes cases for; dryRun only checks. */
    async importCases(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'mediation.intake');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, table, !dryRun),
        async (trx, p) => {
          for (const a of p.adds) await receiveCase(deps, trx, ctx, a.node, a.input);
        },
      );
    },

    /** An empty case register in the import's columns. */
    casesTemplate(ctx: RequestContext) {
      requirePermission(ctx, 'mediation.intake');
      return importTemplate(t(ctx.lang, 'mediation.import.sheet'), COLUMNS, [
        t(ctx.lang, 'mediation.import.notes'),
      ]);
    },
  };
}
