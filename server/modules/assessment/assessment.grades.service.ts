/**
 * A quarter's grades in Excel [000 Futian: the organisation department grades 好/较好/一般/较差]:
 * the grade sheet out (one row per cadre of the cycle in the actor's subtree, with the sheet's id),
 * and the same sheet back in: a preview lists every bad row (unknown cadre, a grade not one of the
 * four, 好 over the unit's quota, a sheet not yet reviewed or already fed back) and what would
 * change; the commit grades the good rows in one transaction, audited sheet by sheet. A retried
 * import changes nothing: a sheet that already has the grade is unchanged.
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInScope } from '../../platform/access/scope.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  cellText,
  readRows,
  readTable,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import { districtsOf, type AssessmentDeps } from './assessment.context.ts';
import * as repo from './assessment.repository.ts';
import { GRADES, planGradeImport, type Grade, type GradeRow } from './assessment.rules.ts';

/** Rows a grade import may hold (a district of 10,000 cadres fits). */
export const GRADE_IMPORT_MAX_ROWS = 20_000;

const GRADE_COLUMNS: ColumnSpec[] = [
  { key: 'sheetId', label: '系统编号', synonyms: ['sheet id', '考核表编号'] },
  { key: 'unitName', label: '单位', synonyms: ['unit', '工作单位', '所在单位'] },
  { key: 'personName', label: '姓名', synonyms: ['name', '干部姓名'], required: true },
  { key: 'grade', label: '等次', synonyms: ['grade', '考核等次', '评定等次'], required: true },
];

/** A grade from its code or its label in either language ('好', 'Good', 'good'), else null. */
export function gradeOfText(text: string): Grade | null {
  const v = text.trim().toLowerCase();
  if (!v) return null;
  return (
    GRADES.find(
      (g) =>
        g === v ||
        t('zh-CN', `assessment.grade.${g}`) === v ||
        t('en-US', `assessment.grade.${g}`).toLowerCase() === v,
    ) ?? null
  );
}

/** The rows of a grade sheet (400 when it is no spreadsheet or lacks the name or grade column). */
async function gradeRows(file: Buffer): Promise<GradeRow[]> {
  const table = readTable(await readRows(file, { maxRows: GRADE_IMPORT_MAX_ROWS + 10 }), GRADE_COLUMNS);
  return table.rows.map((r) => {
    const text = (k: string) => {
      const c = r.cells[k];
      return c === undefined || c === null ? '' : cellText(c);
    };
    return {
      row: r.row,
      sheetId: text('sheetId'),
      unitName: text('unitName'),
      personName: text('personName'),
      grade: gradeOfText(text('grade')),
    };
  });
}

/** Builds the grade sheet verbs. */
export function createGradesService(deps: AssessmentDeps) {
  const { db, auditor } = deps;

  async function openCycle(ctx: RequestContext, cycleId: string) {
    const actor = requirePermission(ctx, 'assessment.manage');
    const cycle = await repo.findCycle(db, districtsOf(actor, 'assessment.manage'), cycleId);
    if (!cycle) throw new NotFoundError();
    return { actor, cycle, scope: nodeInScope('unit_node_id', actor, 'assessment.manage') };
  }

  /** Plans the file's rows against the cycle's sheets in scope (locked when committing). */
  async function plan(
    ctx: RequestContext,
    cycle: Awaited<ReturnType<typeof openCycle>>,
    rows: GradeRow[],
    trx: Parameters<typeof repo.findSheetsToGrade>[0],
    lock: boolean,
  ) {
    const sheets = await repo.findSheetsToGrade(
      trx,
      cycle.cycle.district_id,
      cycle.cycle.id,
      cycle.scope,
      lock,
    );
    const p = planGradeImport(
      rows,
      sheets.map((s) => ({
        id: s.id,
        unitNodeId: s.unit_node_id,
        unitName: s.unit_name,
        personName: s.person_name,
        status: s.status,
        grade: s.grade as Grade | null,
      })),
      Number(cycle.cycle.good_quota),
    );
    const byId = new Map(sheets.map((s) => [s.id, s]));
    return {
      sheets: byId,
      plan: p,
      view: (committed: boolean) => ({
        committed,
        rows: rows.length,
        unchanged: p.unchanged,
        changes: p.changes.map((c) => ({
          row: c.row,
          sheetId: c.sheetId,
          personName: byId.get(c.sheetId)!.person_name,
          unitName: byId.get(c.sheetId)!.unit_name,
          from: c.from,
          to: c.to,
        })),
        errors: p.errors.map((e) => ({
          row: e.row,
          column: e.column,
          personName: e.personName,
          reason: t(ctx.lang, e.key, e.params),
        })),
      }),
    };
  }

  return {
    /** The cycle's grade sheet in the actor's subtree: the same columns the import reads. */
    async gradesXlsx(ctx: RequestContext, cycleId: string) {
      const c = await openCycle(ctx, cycleId);
      const rows = await repo.findSheets(db, c.cycle.district_id, c.cycle.id, c.scope);
      const pct = Math.round(Number(c.cycle.good_quota) * 100);
      return writeWorkbook([
        {
          name: `${c.cycle.quarter} 考核等次`,
          columns: [
            { key: 'id', header: '系统编号', width: 38 },
            { key: 'unitName', header: '单位', width: 24 },
            { key: 'personName', header: '姓名', width: 10 },
            { key: 'post', header: '职务', width: 12 },
            { key: 'score', header: '得分', width: 8, type: 'number' },
            { key: 'grade', header: '等次', width: 8 },
          ],
          rows: rows.map((s) => ({
            id: s.id,
            unitName: s.unit_name,
            personName: s.person_name,
            post: s.post,
            score: s.score === null ? null : Number(s.score),
            grade: s.grade ? t('zh-CN', `assessment.grade.${s.grade}`) : '',
          })),
          notes: [
            `等次填写 好、较好、一般、较差 之一；各单位“好”不超过本单位人数的 ${pct}%。`,
            '系统编号用于核对干部，请勿修改；删去系统编号列时按单位和姓名核对。',
            '只有单位已审核（或已评定、尚未反馈）的考核表可以评定等次。',
          ],
        },
      ]);
    },

    /** What importing the file would do: the changes and every bad row; nothing is written. */
    async previewGrades(ctx: RequestContext, cycleId: string, file: Buffer) {
      const c = await openCycle(ctx, cycleId);
      if (c.cycle.status !== 'open') throw new ConflictError('assessment.cycle_closed');
      return (await plan(ctx, c, await gradeRows(file), db, false)).view(false);
    },

    /** Grades the good rows of the file (bad rows are left as they are and reported). */
    async importGrades(ctx: RequestContext, cycleId: string, file: Buffer) {
      const c = await openCycle(ctx, cycleId);
      const rows = await gradeRows(file);
      return db.transaction().execute(async (trx) => {
        const cycle = await repo.findCycle(trx, [c.cycle.district_id], c.cycle.id);
        if (cycle?.status !== 'open') throw new ConflictError('assessment.cycle_closed');
        const p = await plan(ctx, c, rows, trx, true);
        const changes = p.plan.changes;
        await repo.setSheetGrades(
          trx,
          cycle.district_id,
          changes.map((x) => ({ id: x.sheetId, grade: x.to })),
          new Date(),
        );
        await auditor.appendAll(trx, [
          ...changes.map((x) => ({
            ctx,
            entry: {
              action: 'assessment.sheet.assess',
              objectType: 'assessment_sheet',
              objectId: x.sheetId,
              districtId: cycle.district_id,
              detail: {
                quarter: cycle.quarter,
                personId: p.sheets.get(x.sheetId)!.person_id,
                to: 'assessed',
                grade: x.to,
                from: x.from,
                via: 'import',
              },
            },
          })),
          {
            ctx,
            entry: {
              action: 'assessment.grades.import',
              objectType: 'assessment_cycle',
              objectId: cycle.id,
              districtId: cycle.district_id,
              detail: {
                quarter: cycle.quarter,
                changed: changes.length,
                unchanged: p.plan.unchanged,
                errors: p.plan.errors.length,
              },
            },
          },
        ]);
        return p.view(true);
      });
    },
  };
}
