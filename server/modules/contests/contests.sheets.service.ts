/**
 * A contest's register out to Excel and the judges' scores in from it. The workbook's first sheet
 * 评委评分 has one row per entry and judge (blank where a judge has not scored, so it doubles as the
 * paper scoring form); the second lists the entries. An upload in the first sheet's columns records
 * the scores it holds for the named judges: every row is checked first and a file with a bad row
 * changes nothing (422, a message per row and column); scores a judge already submitted are locked
 * and skipped, as are a judge's own unit's rows (refused) and blank rows.
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { InvalidError, NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  cellText,
  isBlank,
  isProblem,
  readRows,
  readTable,
  withImportSlot,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import { can } from '../../platform/access/access.ts';
import { readableContest, roleIn, weightsOf, type ContestsCore } from './contests.core.ts';
import * as repo from './contests.repository.ts';
import { DIMENSION_NAMES, DIMENSIONS, meanScores, ownUnit, weighted, type Scores } from './contests.rules.ts';

const MAX_ROWS = 5000;
const COLUMNS = [
  { key: 'round', label: '轮次', synonyms: ['Round'], required: true },
  { key: 'unit', label: '参赛单位', synonyms: ['单位', 'Unit'], required: true },
  { key: 'judge', label: '评委账号', synonyms: ['评委', 'Judge'], required: true },
  { key: 'judgeName', label: '评委姓名', synonyms: ['Judge name'] },
  ...DIMENSIONS.map((d) => ({ key: d, label: DIMENSION_NAMES[d], synonyms: [d] })),
] as const satisfies readonly ColumnSpec[];

/** Builds the contests' Excel export and the scores import. */
export function createContestsSheets(core: ContestsCore) {
  const { db, auditor } = core;

  /** A contest the actor manages (import) or exports, else 404 / 403. */
  async function contestFor(ctx: RequestContext, id: string, action: string) {
    requirePermission(ctx, action);
    const c = await readableContest(core, ctx, id);
    if (!can(ctx.actor, action, c.path)) throw new NotFoundError();
    return c;
  }

  /** Everything of a contest the sheets use. */
  async function load(c: { id: string; district_id: string }) {
    const rounds = await repo.findRounds(db, c.district_id, c.id);
    const entries = await repo.findEntries(
      db,
      c.district_id,
      rounds.map((r) => r.id),
    );
    const scores = await repo.findScores(
      db,
      c.district_id,
      entries.map((e) => e.id),
    );
    const judges = await repo.findJudges(db, c.district_id, c.id);
    return { rounds, entries, scores, judges };
  }

  return {
    /** The contest's scoring form and entries as Excel. */
    async exportContest(ctx: RequestContext, id: string) {
      const c = await contestFor(ctx, id, 'contests.export');
      const { rounds, entries, scores, judges } = await load(c);
      const roundOf = new Map(rounds.map((r) => [r.id, r]));
      const scoreRows = entries.flatMap((e) =>
        judges.map((j) => {
          const s = scores.find((x) => x.entry_id === e.id && x.judge_id === j.user_id);
          const v = s?.scores as Scores | undefined;
          return {
            round: roundOf.get(e.round_id)!.title,
            unit: e.unit_name,
            judge: j.username,
            judgeName: j.display_name,
            ...Object.fromEntries(DIMENSIONS.map((d) => [d, v ? v[d] : null])),
          };
        }),
      );
      return writeWorkbook([
        {
          name: t(ctx.lang, 'contests.sheet.scores'),
          columns: [
            { key: 'round', header: '轮次', width: 16 },
            { key: 'unit', header: '参赛单位', width: 20 },
            { key: 'judge', header: '评委账号', width: 12 },
            { key: 'judgeName', header: '评委姓名', width: 12 },
            ...DIMENSIONS.map((d) => ({
              key: d,
              header: DIMENSION_NAMES[d],
              width: 8,
              type: 'number' as const,
            })),
          ],
          rows: scoreRows,
          notes: [`${c.title}：每行一位评委对一个参赛单位的评分（0–100），已提交的评分导入时不会被覆盖。`],
        },
        {
          name: t(ctx.lang, 'contests.sheet.entries'),
          columns: [
            { key: 'round', header: '轮次', width: 16 },
            { key: 'unit', header: '参赛单位', width: 20 },
            { key: 'on', header: '提交日期', width: 12 },
            { key: 'onTime', header: '按时', width: 6 },
            { key: 'summary', header: '成果摘要', width: 50 },
            { key: 'figures', header: '数据', width: 30 },
            { key: 'attachments', header: '附件', width: 30 },
            { key: 'judges', header: '已评评委数', width: 10, type: 'number' },
            { key: 'total', header: '加权得分', width: 10, type: 'number' },
          ],
          rows: entries.map((e) => {
            const r = roundOf.get(e.round_id)!;
            const mine = scores.filter((s) => s.entry_id === e.id).map((s) => s.scores as Scores);
            const means = meanScores(mine);
            return {
              round: r.title,
              unit: e.unit_name,
              on: e.submitted_on,
              onTime: e.submitted_on <= r.due_on ? '是' : '否',
              summary: e.summary,
              figures: e.figures,
              attachments: e.attachments.join('\n'),
              judges: mine.length,
              total: means ? weighted(means, weightsOf(c.weights)) : null,
            };
          }),
        },
      ]);
    },

    /** Records the judges' scores an upload holds (dryRun only says what it would do). */
    async importScores(ctx: RequestContext, id: string, file: Buffer, dryRun: boolean) {
      const c = await contestFor(ctx, id, 'contests.manage');
      return withImportSlot(async () => {
        const table = readTable(await readRows(file, { maxRows: MAX_ROWS }), COLUMNS);
        const { rounds, entries, scores, judges } = await load(c);
        const { units } = await roleIn(core, ctx, c);
        const pathOf = new Map(units.map((u) => [u.id, u.path]));
        const judgeGrants = new Map<string, string[]>();
        const errors: FieldProblem[] = [];
        const seen = new Map<string, number>();
        const rows: { row: number; round: string; unit: string; judge: string; action: 'add' | 'skip' }[] =
          [];
        const adds: { row: number; entry: (typeof entries)[number]; judgeId: string; scores: Scores }[] = [];
        for (const r of table.rows) {
          const before = errors.length;
          const bad = (field: string, key: string, params?: Record<string, unknown>) =>
            errors.push({
              field: `row${r.row}.${field}`,
              key,
              message: t(ctx.lang, 'contests.import.row', { row: r.row, message: t(ctx.lang, key, params) }),
            });
          const text = (k: string) => {
            const v = cellText(r.cells[k] ?? null);
            if (!v) bad(k, 'contests.import.required');
            return v;
          };
          const roundText = text('round');
          const unitText = text('unit');
          const judgeText = text('judge');
          const values = DIMENSIONS.map((d) => r.cells[d] ?? null);
          if (values.every(isBlank)) continue; // not scored on paper yet
          const v = {} as Scores;
          for (const d of DIMENSIONS) {
            const cell = r.cells[d] ?? null;
            const n = typeof cell === 'number' ? cell : isProblem(cell) ? NaN : Number(cellText(cell) || NaN);
            if (!Number.isInteger(n) || n < 0 || n > 100) bad(d, 'contests.import.bad_score');
            v[d] = n;
          }
          const round = rounds.find((x) => x.title === roundText || String(x.seq) === roundText);
          if (roundText && !round)
            bad('round', 'contests.import.unknown_round', { value: roundText.slice(0, 40) });
          const entry = round && entries.find((e) => e.round_id === round.id && e.unit_name === unitText);
          if (round && unitText && !entry)
            bad('unit', 'contests.import.unknown_unit', { value: unitText.slice(0, 40) });
          const judge = judges.find((j) => j.username === judgeText);
          if (judgeText && !judge)
            bad('judge', 'contests.import.unknown_judge', { value: judgeText.slice(0, 40) });
          if (errors.length > before || !entry || !judge) continue;
          if (!judgeGrants.has(judge.user_id))
            judgeGrants.set(
              judge.user_id,
              ((await core.actorByUsername(judge.username))?.grants ?? []).map((g) => g.path),
            );
          if (ownUnit(judgeGrants.get(judge.user_id)!, pathOf.get(entry.unit_id)!)) {
            bad('judge', 'contests.own_unit');
            continue;
          }
          const k = `${entry.id}/${judge.user_id}`;
          if (seen.has(k)) {
            bad('judge', 'contests.import.duplicate', { row: seen.get(k) });
            continue;
          }
          seen.set(k, r.row);
          const locked = scores.some((s) => s.entry_id === entry.id && s.judge_id === judge.user_id);
          const closed = round!.state !== 'open';
          rows.push({
            row: r.row,
            round: round!.title,
            unit: unitText,
            judge: judgeText,
            action: locked || closed ? 'skip' : 'add',
          });
          if (!locked && !closed) adds.push({ row: r.row, entry, judgeId: judge.user_id, scores: v });
        }
        if (errors.length) throw new InvalidError(errors);
        if (!dryRun)
          await db.transaction().execute(async (trx) => {
            for (const a of adds) {
              const ins = await repo.insertScore(trx, {
                district_id: c.district_id,
                entry_id: a.entry.id,
                judge_id: a.judgeId,
                contest_id: c.id,
                scores: JSON.stringify(a.scores),
              });
              if (!ins.numInsertedOrUpdatedRows) {
                // a judge submitted in the meantime: theirs is locked
                const row = rows.find((x) => x.row === a.row);
                if (row) row.action = 'skip';
                continue;
              }
              await auditor.append(trx, ctx, {
                action: 'contests.score.import',
                objectType: 'contests_entry',
                objectId: a.entry.id,
                districtId: c.district_id,
                detail: { judge: a.judgeId, scores: a.scores },
              });
            }
          });
        const added = rows.filter((r) => r.action === 'add').length;
        return { dryRun, added, skipped: rows.length - added, rows };
      });
    },
  };
}
