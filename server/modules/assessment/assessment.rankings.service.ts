/**
 * Qujiang's ranking sheet 省市考核排名 [001]: an organisation-department officer imports the year's
 * provincial and city rankings (unit, ranking body, assessment, rank, units ranked) from Excel; a
 * rank in the top or bottom band (rules: rankingSituation) is proposed as a declared situation for
 * each of the unit's district-managed leaders 区管领导, which then goes through the existing joint
 * review and the department's confirmation before it counts (capped at ±12 months a year).
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  codeOfCell,
  importPlaces,
  importRegister,
  importTemplate,
  placeNamed,
  rowChecks,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { requireDistrict, settingsOf, todayOf, type AssessmentDeps } from './assessment.context.ts';
import * as repo from './assessment.repository.ts';
import { LEADER_POST, RANKING_BODIES, rankingSituation, type RankingBody } from './assessment.rules.ts';

const COLUMNS: readonly ColumnSpec[] = [
  { key: 'unit', label: '单位', synonyms: ['被考核单位', '单位名称', 'unit'], required: true },
  { key: 'body', label: '排名机关', synonyms: ['排名层级', '考核层级', 'body'], required: true },
  { key: 'title', label: '考核名称', synonyms: ['考核项目', '排名名称', 'assessment'], required: true },
  { key: 'rank', label: '名次', synonyms: ['排名', 'rank'], required: true },
  { key: 'total', label: '参评单位数', synonyms: ['总数', '参评数', 'total'], required: true },
];
type Column = 'unit' | 'body' | 'title' | 'rank' | 'total';

/** A row as the preview shows it: the unit's rank and what it proposes. */
export interface RankingImportRow {
  row: number;
  unit: string;
  body: RankingBody;
  title: string;
  rank: number;
  total: number;
  code: string | null;
  leaders: number;
  action: 'add' | 'skip';
}

/** Builds the ranking-sheet verbs. */
export function createRankingsService(deps: AssessmentDeps) {
  const { db, auditor } = deps;

  async function plan(
    exec: Executor,
    ctx: RequestContext,
    districtId: string,
    year: number,
    table: TableRead,
  ) {
    const actor = requirePermission(ctx, 'assessment.manage');
    requireDistrict(actor, 'assessment.manage', districtId);
    const places = (
      await importPlaces(exec, nodeInPaths('n.id', scopePaths(actor, 'assessment.manage')))
    ).filter((p) => p.district_id === districtId);
    const settings = await settingsOf(db, districtId);
    const rows: RankingImportRow[] = [];
    const adds: { personId: string; unitNodeId: string; code: string; note: string }[] = [];
    const errors: FieldProblem[] = [];
    const int = (s: string | null) => (s && /^\d{1,4}$/.test(s) ? Number(s) : null);
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<Column>(ctx.lang, 'assessment.rankings', r, errors);
      const unitText = text('unit', 100, true);
      const bodyText = text('body', 20, true);
      const title = text('title', 100, true);
      const rank = int(text('rank', 4, true));
      const total = int(text('total', 4, true));
      const unit = placeNamed(places, unitText);
      if (unitText && !unit) bad('unit', 'assessment.rankings.unknown_unit', { name: unitText.slice(0, 50) });
      const body = bodyText ? codeOfCell(RANKING_BODIES, 'assessment.ranking_body', bodyText) : null;
      if (bodyText && !body)
        bad('body', 'assessment.rankings.unknown_body', { value: bodyText.slice(0, 20) });
      if (rank === null || total === null || rank < 1 || rank > total)
        bad('rank', 'assessment.rankings.bad_rank');
      if (errors.length > before || !unit || !body || !title || rank === null || total === null) continue;
      const code = rankingSituation(body, rank, total);
      const note = t('zh-CN', 'assessment.rankings.note', {
        body: t('zh-CN', `assessment.ranking_body.${body}`),
        title,
        rank,
        total,
      });
      const leaders = code
        ? (await deps.cadres.cadresOf(districtId, { unitNodeIds: [unit.id] })).filter((c) =>
            LEADER_POST.test(c.post),
          )
        : [];
      const had = new Set(
        (
          await repo.findDeclarations(exec, districtId, {
            personIds: leaders.map((l) => l.personId),
            years: [year],
          })
        )
          .filter((d) => d.code === code && d.note === note && d.status !== 'rejected')
          .map((d) => d.person_id),
      );
      const fresh = leaders.filter((l) => !had.has(l.personId));
      if (code && !settings.situations.some((s) => s.code === code))
        bad('body', 'assessment.situation_unknown');
      rows.push({
        row: r.row,
        unit: unit.name,
        body,
        title,
        rank,
        total,
        code,
        leaders: fresh.length,
        action: fresh.length ? 'add' : 'skip',
      });
      for (const l of fresh) adds.push({ personId: l.personId, unitNodeId: unit.id, code: code!, note });
    }
    return { rows, adds, errors };
  }

  return {
    /**
     * Imports a year's ranking sheet: each unit in a top or bottom band proposes its leaders'
     * situation (declared as the unit, to be reviewed and confirmed); a leader who has it from the
     * same ranking already is skipped, so the same sheet imported twice adds nothing.
     */
    async importRankings(
      ctx: RequestContext,
      q: { districtId: string; year?: number },
      file: Buffer,
      dryRun: boolean,
    ) {
      const actor = requirePermission(ctx, 'assessment.manage');
      const year = q.year ?? Number(todayOf(deps).slice(0, 4));
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: 500, dryRun },
        (exec, table) => plan(exec, ctx, q.districtId, year, table),
        async (trx, p) => {
          const settings = await settingsOf(db, q.districtId);
          for (const a of p.adds) {
            const s = settings.situations.find((x) => x.code === a.code)!;
            const id = uuidv7();
            await repo.insertDeclaration(trx, {
              district_id: q.districtId,
              id,
              person_id: a.personId,
              unit_node_id: a.unitNodeId,
              year,
              kind: 'situation',
              code: a.code,
              polarity: s.polarity,
              months: s.months,
              declared_as: 'unit',
              note: a.note,
              created_by: actor.userId,
            });
          }
          await auditor.append(trx, ctx, {
            action: 'assessment.rankings.import',
            objectType: 'org_node',
            objectId: q.districtId,
            districtId: q.districtId,
            detail: { year, rows: p.rows.length, declarations: p.adds.length },
          });
        },
      );
    },

    /** An empty ranking sheet in the import's columns. */
    rankingsTemplate(ctx: RequestContext) {
      requirePermission(ctx, 'assessment.manage');
      return importTemplate(t(ctx.lang, 'assessment.rankings.sheet'), COLUMNS, [
        t(ctx.lang, 'assessment.rankings.notes'),
      ]);
    },
  };
}
