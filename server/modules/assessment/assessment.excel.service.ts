/**
 * Assessment's registers in Excel (platform/sheets): the indicator library in and out (an import
 * reports each bad row and adds the good ones to a quarter not yet dispatched), the quarter's
 * ranking, the points ranking, the promotion list, intake lists and rotation alerts out. Officers
 * only: a cadre reaches none of these routes, so a cadre exports nothing but what their own pages show.
 */
import type { RequestContext } from '../../platform/access/access.ts';
import { InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  cellText,
  readRows,
  readTable,
  withImportSlot,
  writeWorkbook,
  type ColumnSpec,
  type OutColumn,
} from '../../platform/sheets/index.ts';
import type { createCycleService } from './assessment.cycle.service.ts';
import type { createIndicatorsService } from './assessment.indicators.service.ts';
import type { createPointsService } from './assessment.points.service.ts';
import type { createResultsService } from './assessment.results.service.ts';
import { DEPT_TYPES, DIMENSIONS, LAYERS, SCORING } from './assessment.rules.ts';
import { indicatorInput } from './assessment.schemas.ts';

const col = (key: string, header: string, width = 16, type?: OutColumn['type']): OutColumn => ({
  key,
  header,
  width,
  type,
});
/** The first columns of every list of cadres: unit, name, post. */
const CADRE_COLUMNS = [col('unitName', '单位', 24), col('name', '姓名', 10), col('post', '职务', 12)];

/** Rows an indicator import may hold. */
export const IMPORT_MAX_ROWS = 2000;

const INDICATOR_COLUMNS: ColumnSpec[] = [
  { key: 'layer', label: '层级', synonyms: ['layer', '指标层级'], required: true },
  { key: 'deptType', label: '部门类别', synonyms: ['dept type', 'department type'] },
  { key: 'post', label: '岗位', synonyms: ['post', '职务'] },
  { key: 'name', label: '指标名称', synonyms: ['name', '指标', 'indicator'], required: true },
  { key: 'dimension', label: '维度', synonyms: ['dimension'], required: true },
  { key: 'weight', label: '权重', synonyms: ['weight'], required: true },
  { key: 'scoring', label: '评分方式', synonyms: ['scoring'] },
  { key: 'maxScore', label: '满分', synonyms: ['max score', 'max'] },
  { key: 'evidenceRequired', label: '须附佐证', synonyms: ['evidence required', 'evidence'] },
  { key: 'description', label: '说明', synonyms: ['description'] },
];

/** A code from its code or its Chinese label (as the export writes it). */
function codeOf<T extends string>(
  lang: RequestContext['lang'],
  prefix: string,
  codes: readonly T[],
  text: string,
): T | string {
  const v = text.trim();
  return (
    codes.find((c) => c === v || t('zh-CN', `${prefix}.${c}`) === v || t(lang, `${prefix}.${c}`) === v) ?? v
  );
}

/** Builds the Excel verbs over the other families. */
export function createExcelService(svc: {
  indicators: ReturnType<typeof createIndicatorsService>;
  cycle: ReturnType<typeof createCycleService>;
  points: ReturnType<typeof createPointsService>;
  results: ReturnType<typeof createResultsService>;
}) {
  return {
    /** A quarter's indicators as a workbook (the same columns the import reads). */
    async indicatorsXlsx(ctx: RequestContext, q: { districtId: string; quarter: string }) {
      const lib = await svc.indicators.indicators(ctx, q);
      const L = (k: string) => t(ctx.lang, k);
      return writeWorkbook([
        {
          name: `${q.quarter} 考核指标`,
          columns: [
            col('layer', '层级', 8),
            col('deptType', '部门类别', 12),
            col('post', '岗位', 12),
            col('name', '指标名称', 36),
            col('dimension', '维度', 14),
            col('weight', '权重', 8, 'number'),
            col('scoring', '评分方式', 10),
            col('maxScore', '满分', 8, 'number'),
            col('evidenceRequired', '须附佐证', 8),
            col('description', '说明', 30),
          ],
          rows: lib.items
            .filter((i) => i.layer !== 'dynamic')
            .map((i) => ({
              layer: L(`assessment.layer.${i.layer}`),
              deptType: i.deptType ? L(`assessment.dept.${i.deptType}`) : '',
              post: i.post ?? '',
              name: i.name,
              dimension: L(`assessment.dim.${i.dimension}`),
              weight: i.weight,
              scoring: L(`assessment.scoring.${i.scoring}`),
              maxScore: i.maxScore,
              evidenceRequired: i.evidenceRequired ? '是' : '否',
              description: i.description,
            })),
          notes: [
            '层级：共性 / 个性；个性指标须填部门类别或岗位。维度：岗位适应度、工作实绩度、服务口碑度、重难点工作参与度。',
          ],
        },
      ]);
    },

    /** Imports indicators into a quarter: good rows are added, each bad row is reported. */
    async importIndicators(ctx: RequestContext, q: { districtId: string; quarter: string }, file: Buffer) {
      return withImportSlot(async () => {
        const raw = await readRows(file, { maxRows: IMPORT_MAX_ROWS + 10 });
        const table = readTable(raw, INDICATOR_COLUMNS);
        const errors: { row: number; column: string; reason: string }[] = [];
        let imported = 0;
        for (const r of table.rows) {
          const c = (k: string) =>
            r.cells[k] === undefined || r.cells[k] === null ? '' : cellText(r.cells[k]);
          const layer = codeOf(ctx.lang, 'assessment.layer', LAYERS, c('layer'));
          const parsed = indicatorInput.safeParse({
            districtId: q.districtId,
            quarter: q.quarter,
            layer,
            deptType: c('deptType') ? codeOf(ctx.lang, 'assessment.dept', DEPT_TYPES, c('deptType')) : null,
            post: c('post') || null,
            name: c('name'),
            description: c('description'),
            dimension: codeOf(ctx.lang, 'assessment.dim', DIMENSIONS, c('dimension')),
            weight: Number(c('weight')),
            scoring: c('scoring') ? codeOf(ctx.lang, 'assessment.scoring', SCORING, c('scoring')) : 'score',
            maxScore: c('maxScore') ? Number(c('maxScore')) : 100,
            evidenceRequired: ['是', 'yes', 'true', '1'].includes(c('evidenceRequired').toLowerCase()),
          });
          if (!parsed.success) {
            for (const i of parsed.error.issues.slice(0, 3))
              errors.push({ row: r.row, column: String(i.path[0] ?? ''), reason: i.message });
            continue;
          }
          try {
            await svc.indicators.createIndicator(ctx, parsed.data);
            imported++;
          } catch (e) {
            if (!(e instanceof InvalidError)) throw e;
            for (const f of e.fields)
              errors.push({ row: r.row, column: f.field, reason: t(ctx.lang, f.key, f.params) });
          }
        }
        return { imported, errors };
      });
    },

    /** The quarter's ranking as a workbook. */
    async rankingXlsx(ctx: RequestContext, cycleId: string) {
      const rows = await svc.cycle.ranking(ctx, cycleId, {});
      return writeWorkbook([
        {
          name: '考核排名',
          columns: [
            col('unitName', '单位', 24),
            col('personName', '姓名', 10),
            col('score', '得分', 8, 'number'),
            col('grade', '等次', 8),
            col('rankInUnit', '单位内排名', 10, 'number'),
            col('rankInGroup', '同类排名', 10, 'number'),
            col('groupSize', '同类人数', 10, 'number'),
          ],
          rows: rows.map((r) => ({ ...r, grade: r.grade ? t(ctx.lang, `assessment.grade.${r.grade}`) : '' })),
        },
      ]);
    },

    /** The points ranking as a workbook. */
    async pointsRankingXlsx(ctx: RequestContext, q: { districtId: string; quarter: string }) {
      const rows = await svc.points.pointsRanking(ctx, q);
      return writeWorkbook([
        {
          name: `${q.quarter} 积分排名`,
          columns: [
            col('unitName', '单位', 24),
            col('name', '姓名', 10),
            col('m1', '第1月', 8, 'number'),
            col('m2', '第2月', 8, 'number'),
            col('m3', '第3月', 8, 'number'),
            col('total', '合计', 8, 'number'),
            col('rankInUnit', '单位内排名', 10, 'number'),
            col('rankInGroup', '同类排名', 10, 'number'),
          ],
          rows: rows.map(({ months, ...r }) => ({ ...r, m1: months[0], m2: months[1], m3: months[2] })),
        },
      ]);
    },

    /** The promotion list with reasons as a workbook. */
    async eligibilityXlsx(ctx: RequestContext, q: { districtId: string; quarter?: string }) {
      const rows = await svc.results.eligibility(ctx, q);
      return writeWorkbook([
        {
          name: '提拔资格名单',
          columns: [
            ...CADRE_COLUMNS,
            col('score', '得分', 8, 'number'),
            col('rank', '同类排名', 10, 'number'),
            col('groupSize', '同类人数', 10, 'number'),
            col('eligible', '可动议', 8),
            col('reasons', '依据', 30),
          ],
          rows: rows.map((r) => ({
            ...r,
            eligible: r.eligible ? '是' : '否',
            reasons: r.reasons.join('；'),
          })),
          notes: [
            '平时考核排名前30%的干部方可动议提拔（福田区）；有不予晋升情形或本年有“较差”等次的不予动议。',
          ],
        },
      ]);
    },

    /** An intake or talk list as a workbook. */
    async intakeXlsx(
      ctx: RequestContext,
      q: { districtId: string; quarter?: string; list: 'eagle' | 'class' | 'frontline' | 'talks' },
    ) {
      const rows = await svc.results.intake(ctx, q);
      return writeWorkbook([
        {
          name: t(ctx.lang, `assessment.list.${q.list}`) || q.list,
          columns: [...CADRE_COLUMNS, col('reasons', '依据', 30)],
          rows: rows.map((r) => ({ ...r, reasons: r.reasons.join('；') })),
        },
      ]);
    },

    /** Rotation alerts as a workbook. */
    async rotationXlsx(ctx: RequestContext, districtId: string) {
      const rows = await svc.results.rotationAlerts(ctx, districtId);
      return writeWorkbook([
        {
          name: '轮岗提醒',
          columns: [
            ...CADRE_COLUMNS,
            col('rule', '规则', 28),
            col('since', '起算日', 12),
            col('limitOn', '到期日', 12),
            col('level', '状态', 10),
            col('planned', '已纳入计划', 10),
          ],
          rows: rows.map((r) => ({
            ...r,
            rule: t(ctx.lang, `assessment.rot.${r.rule}`),
            level: r.level === 'overdue' ? '已到期' : '一年内到期',
            planned: r.planned ? '是' : '否',
          })),
        },
      ]);
    },
  };
}
