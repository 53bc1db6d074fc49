/**
 * A round's problems in from Excel or CSV, in the export's columns (被巡察单位, 问题类别, 问题描述, 证据,
 * 严重程度, 整改建议): each row a problem on a unit of the round whose letter is not yet issued. Every
 * row is checked first; a file with a bad row changes nothing (422, a message per row and column).
 * A row whose problem the unit already has (the same description) is skipped, so importing a file
 * twice adds nothing. The rest are recorded in one transaction through the form's create path.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import {
  importRegister,
  type ColumnSpec,
  type TableRead,
  rowChecks,
  codeOfCell,
} from '../../platform/sheets/index.ts';
import { categoriesOf, type InspectionsDeps } from './inspections.core.ts';
import { recordFinding, type FindingInput } from './inspections.findings.service.ts';
import * as repo from './inspections.repository.ts';
import { SEVERITIES, type Severity } from './inspections.rules.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 2_000;

const COLUMNS = [
  { key: 'unit', label: '被巡察单位', synonyms: ['单位', '巡察对象', 'Unit'], required: true },
  { key: 'category', label: '问题类别', synonyms: ['类别', 'Category'], required: true },
  {
    key: 'description',
    label: '问题描述',
    synonyms: ['问题', '问题表现', 'Description', 'Problem'],
    required: true,
  },
  { key: 'evidence', label: '证据', synonyms: ['证据材料', '事实依据', 'Evidence'] },
  { key: 'severity', label: '严重程度', synonyms: ['程度', 'Severity'] },
  { key: 'suggestions', label: '整改建议', synonyms: ['建议', 'Suggestions'] },
] as const satisfies readonly ColumnSpec[];

/** A problem of a unit, whatever the spacing of its description. */
const key = (unitId: string, description: string) => `${unitId}\u0000${description.replace(/\s+/g, '')}`;

/** Builds the problems import on the form's create path. */
export function createFindingsImport(deps: InspectionsDeps) {
  const { db } = deps;

  const severityOf = (text: string): Severity | null =>
    text.trim() ? codeOfCell(SEVERITIES, 'inspections.severity', text) : 'general';

  async function plan(exec: Executor, ctx: RequestContext, round: repo.RoundRow, table: TableRead) {
    const units = await repo.findRoundUnits(exec, round.district_id, round.id);
    const categories = await categoriesOf(exec, round.district_id);
    const existing = new Set(
      (
        await repo.findFindings(exec, {
          visible: repo.findingVisible('f.node_id', 'f.state', [round.path], []),
          roundId: round.id,
        })
      ).map((f) => key(f.unit_id, f.description)),
    );
    const seen = new Set<string>();
    const rows: {
      row: number;
      unit: string;
      category: string;
      description: string;
      action: 'add' | 'skip';
    }[] = [];
    const adds: { unitId: string; input: FindingInput }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'inspections.import',
        r,
        errors,
        { lineBreaks: true },
      );
      const unitName = text('unit', 100, true);
      const category = text('category', 30, true);
      const description = text('description', 2000, true);
      const evidence = text('evidence', 2000);
      const severityText = text('severity', 20);
      const suggestionsText = text('suggestions', 4000);
      const unit = unitName ? units.find((u) => u.name === unitName) : undefined;
      if (unitName && !unit) bad('unit', 'inspections.import.unknown_unit', { name: unitName.slice(0, 40) });
      else if (unit?.feedback_no) bad('unit', 'inspections.import.issued');
      if (category && !categories.includes(category))
        bad('category', 'inspections.bad_category', { category: category.slice(0, 30) });
      const severity = severityText === null ? null : severityOf(severityText);
      if (severityText !== null && !severity) bad('severity', 'inspections.import.bad_severity');
      if (errors.length > before || !unit || !category || !description || !severity) continue;
      const suggestions = (suggestionsText ?? '')
        .split(/\r?\n|；|;/)
        .map((s) => s.replace(/^\s*[（(]?\d+[)）.、．]\s*/, '').trim())
        .filter(Boolean)
        .slice(0, 20);
      const k = key(unit.id, description);
      const action = existing.has(k) || seen.has(k) ? 'skip' : 'add';
      seen.add(k);
      rows.push({ row: r.row, unit: unit.name, category, description, action });
      if (action === 'add')
        adds.push({
          unitId: unit.id,
          input: { category, description, evidence: evidence ?? '', severity, suggestions },
        });
    }
    return { rows, adds, errors };
  }

  return {
    /** Records the problems an upload names on the round's units; dryRun only says what would happen. */
    async importFindings(ctx: RequestContext, roundId: string, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'inspections.manage');
      const round = await repo.findRound(db, roundId);
      if (!round || !can(ctx.actor, 'inspections.manage', round.path)) throw new NotFoundError();
      const locked = new Map<string, repo.UnitRow>();
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        async (exec, table) => {
          // applying: the round's units locked first, so no letter is issued under the import
          if (!dryRun)
            for (const u of await repo.findRoundUnits(exec, round.district_id, round.id))
              locked.set(u.id, (await repo.findUnit(exec, u.id, true))!);
          return plan(exec, ctx, round, table);
        },
        async (trx, p) => {
          for (const a of p.adds) await recordFinding(deps, trx, ctx, locked.get(a.unitId)!, a.input);
        },
      );
    },
  };
}
