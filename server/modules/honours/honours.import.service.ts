/**
 * The honours register in from Excel or CSV, in the export's columns (年度, 奖项, 类别, 被推荐人,
 * 所在社区, 主要事迹): each row an officer's nomination of someone at a street or community the
 * officer keeps the register for, for an open award of its district, waiting for review like any
 * other. Every row is checked first; a file with a bad row changes nothing (422, a message per row
 * and column). A nomination already there (same award, place, year, category and name) is skipped,
 * so the export read back, or a file sent twice, adds nothing. The rest go in one transaction
 * through the form's own path (audited, reviewers told). dryRun only says what would happen.
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { lockUntilCommit, type Executor } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  rowsByKey,
  importPlaces,
  importRegister,
  importTemplate,
  placeNamed,
  rowChecks,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import * as repo from './honours.repository.ts';
import { categoryAllowed } from './honours.rules.ts';
import { recordNomination, type HonoursDeps } from './honours.core.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 2_000;

const COLUMNS = [
  { key: 'year', label: '年度', synonyms: ['年份', 'Year'] },
  { key: 'award', label: '奖项', synonyms: ['奖项名称', 'Award'], required: true },
  { key: 'category', label: '类别', synonyms: ['评选类别', 'Category'], required: true },
  { key: 'name', label: '被推荐人', synonyms: ['姓名', '推荐对象', 'Nominee', 'Name'], required: true },
  { key: 'node', label: '所在社区', synonyms: ['社区', '所在单位', '所在', 'Place'], required: true },
  { key: 'deeds', label: '主要事迹', synonyms: ['事迹', '推荐理由', 'Deeds'], required: true },
] as const satisfies readonly ColumnSpec[];
type Column = (typeof COLUMNS)[number]['key'];

const key = (awardId: string, nodeId: string, year: number, category: string, name: string) =>
  [awardId, nodeId, year, category, name].join('\u0000');

/** What one row of an honours import does. */
export interface NominationImportRow {
  row: number;
  year: number;
  award: string;
  category: string;
  name: string;
  node: string;
  action: 'add' | 'skip';
}

/** Builds the nominations import on the form's nominate path. */
export function createNominationsImport(deps: HonoursDeps) {
  const { db } = deps;

  async function plan(exec: Executor, ctx: RequestContext, table: TableRead, applying: boolean) {
    const inScope = nodeInPaths('n.id', scopePaths(ctx.actor, 'honours.import'));
    const places = await importPlaces(exec, inScope, ['district', 'street', 'community']);
    const districts = [...new Set(places.map((p) => p.district_id))];
    // applying: one import at a time per district, so two copies of a file sent at once add it once
    if (applying) for (const d of districts.sort()) await lockUntilCommit(exec, `honours.import:${d}`);
    const awards = (await Promise.all(districts.map((d) => repo.findAwards(exec, d)))).flat();
    const names = [...new Set(table.rows.map((r) => String(r.cells.name ?? '').trim()).filter(Boolean))];
    const outcome = rowsByKey(
      new Set(
        (
          await repo.nominationsOf(
            exec,
            nodeInPaths('h.node_id', scopePaths(ctx.actor, 'honours.import')),
            names,
          )
        ).map((h) => key(h.award_id, h.node_id, h.year, h.category, h.nominee_name)),
      ),
    );
    const rows: NominationImportRow[] = [];
    const adds: {
      row: number;
      node: (typeof places)[number];
      award: (typeof awards)[number];
      body: Parameters<typeof recordNomination>[5];
    }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<Column>(ctx.lang, 'honours.import', r, errors, { lineBreaks: true });
      const yearText = text('year', 4);
      const awardName = text('award', 60, true);
      const category = text('category', 20, true);
      const name = text('name', 40, true);
      const nodeText = text('node', 100, true);
      const deeds = text('deeds', 2000, true);
      const year = yearText ? Number(yearText) : shanghaiThisYear();
      if (!Number.isInteger(year) || year < 2000 || year > 2100) bad('year', 'honours.import.bad_year');
      const place = placeNamed(places, nodeText);
      if (nodeText && !place) bad('node', 'honours.import.unknown_node', { name: nodeText.slice(0, 50) });
      const award =
        place && awardName
          ? awards.find((a) => a.district_id === place.district_id && a.name === awardName)
          : undefined;
      if (place && awardName && !award)
        bad('award', 'honours.import.unknown_award', { name: awardName.slice(0, 60) });
      else if (award && !award.active) bad('award', 'honours.award_closed');
      else if (award && category && !categoryAllowed(award.categories, category))
        bad('category', 'honours.bad_category', { category: category.slice(0, 20) });
      if (errors.length > before || !place || !award || !category || !name || !deeds) continue;
      const action = outcome(key(award.id, place.id, year, category, name), r.row);
      if (typeof action === 'object') {
        bad('name', 'honours.import.duplicate', { row: action.earlier });
        continue;
      }
      rows.push({ row: r.row, year, award: award.name, category, name, node: place.name, action });
      if (action === 'add')
        adds.push({ row: r.row, node: place, award, body: { year, nomineeName: name, category, deeds } });
    }
    return { rows, adds, errors };
  }

  return {
    /** Nominates the people an upload names at places the officer keeps honours for; dryRun only checks. */
    async importNominations(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'honours.import');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, table, !dryRun),
        async (trx, p) => {
          for (const a of p.adds) await recordNomination(deps, trx, ctx, a.node, a.award, a.body);
        },
      );
    },

    /** An empty honours register in the import's columns. */
    nominationsTemplate(ctx: RequestContext) {
      requirePermission(ctx, 'honours.import');
      return importTemplate(t(ctx.lang, 'honours.import.sheet'), COLUMNS, [
        t(ctx.lang, 'honours.import.notes'),
      ]);
    },
  };
}
