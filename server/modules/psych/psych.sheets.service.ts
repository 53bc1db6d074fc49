/**
 * Excel out and in: the service points with their counsellors, the patient register (masked out;
 * in with per-row errors, a dry run, IDs already registered skipped) and the subsidies.
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { parseNationalId } from '../../platform/pii/national-id.ts';
import {
  codeOfCell,
  importPlaces,
  importRegister,
  placeNamed,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { masksOf, patientOut, patientScope, subsidyOut, today, type PsychDeps } from './psych.core.ts';
import * as repo from './psych.repository.ts';
import { CATEGORIES } from './psych.rules.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 2_000;

const COLUMNS = [
  { key: 'place', label: '社区', synonyms: ['所属社区', '网格', 'Community'], required: true },
  { key: 'name', label: '姓名', synonyms: ['患者姓名', 'Name'], required: true },
  {
    key: 'idNumber',
    label: '身份证号',
    synonyms: ['公民身份号码', '身份证号码', 'ID number'],
    required: true,
  },
  { key: 'category', label: '诊断类别', synonyms: ['诊断', 'Category'], required: true },
  { key: 'riskLevel', label: '风险等级', synonyms: ['危险性评估等级', 'Risk level'], required: true },
  { key: 'huji', label: '户籍', synonyms: ['是否户籍', 'Huji'] },
  { key: 'registeredOn', label: '建档日期', synonyms: ['登记日期', 'Registered on'], required: true },
] as const satisfies readonly ColumnSpec[];

type Row = {
  row: number;
  place: string;
  name: string;
  category: string;
  riskLevel: number;
  action: 'add' | 'skip';
};

/** Builds the Excel verbs. */
export function createSheetsService(deps: PsychDeps) {
  const { db, auditor, pii } = deps;
  const L = (ctx: RequestContext, k: string) => t(ctx.lang, k);

  async function plan(
    exec: Executor,
    ctx: RequestContext,
    node: { district_id: string; path: string },
    table: TableRead,
  ) {
    const places = await importPlaces(exec, nodeInPaths('n.id', [node.path]), ['community', 'grid']);
    const have = await repo.findIdIndexes(exec, node.district_id);
    const seen = new Map<string, number>();
    const rows: Row[] = [];
    const adds: Parameters<typeof repo.insertPatients>[1] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(ctx.lang, 'psych.import', r, errors);
      const placeText = text('place', 100, true);
      const name = text('name', 40, true);
      const idText = text('idNumber', 18, true);
      const catText = text('category', 40, true);
      const levelText = text('riskLevel', 2, true);
      const hujiText = text('huji', 4) ?? '';
      const dayText = text('registeredOn', 10, true);
      const place = placeText ? placeNamed(places, placeText) : null;
      if (placeText && !place) bad('place', 'psych.import.unknown_place', { value: placeText });
      const parsed = idText ? parseNationalId(idText) : null;
      if (parsed && !parsed.ok) bad('idNumber', 'psych.bad_id');
      const category = catText ? codeOfCell(CATEGORIES, 'psych.category', catText) : null;
      if (catText && !category) bad('category', 'psych.import.unknown_category', { value: catText });
      const level = levelText && /^[0-5]$/.test(levelText) ? Number(levelText) : null;
      if (levelText && level === null) bad('riskLevel', 'psych.import.bad_level');
      const day = dayText && /^\d{4}-\d{2}-\d{2}$/.test(dayText) && dayText <= today() ? dayText : null;
      if (dayText && !day) bad('registeredOn', 'psych.import.bad_day');
      if (errors.length > before || !place || !name || !parsed?.ok || !category || level === null || !day)
        continue;
      const idIndex = pii.blindIndex('id', parsed.value);
      const k = idIndex.toString('hex');
      const earlier = seen.get(k);
      if (earlier) {
        bad('idNumber', 'psych.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(k, r.row);
      const action = have.has(k) ? 'skip' : 'add';
      rows.push({
        row: r.row,
        place: place.name,
        name: masksOf(name, parsed.value).name_mask,
        category,
        riskLevel: level,
        action,
      });
      if (action === 'add')
        adds.push({
          district_id: place.district_id,
          id: uuidv7(),
          node_id: place.id,
          name_enc: pii.encrypt(name),
          id_enc: pii.encrypt(parsed.value),
          id_index: idIndex,
          ...masksOf(name, parsed.value),
          category,
          risk_level: level,
          huji: !['否', 'no', 'n', '0', '非户籍'].includes(hujiText.toLowerCase()),
          registered_on: day,
        });
    }
    return { rows, adds, errors };
  }

  return {
    /** The service points and counsellors as Excel. */
    async exportPoints(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await readRoots(db, ctx, 'psych.export', q.nodeId);
      const points = await repo.findPoints(db, repo.pointsWhere(paths, []));
      const cs = await repo.findCounsellors(
        db,
        points.map((p) => p.id),
      );
      return writeWorkbook([
        {
          name: L(ctx, 'psych.sheet.points'),
          columns: [
            { key: 'node', header: '所属', width: 14 },
            { key: 'kind', header: '类型', width: 14 },
            { key: 'name', header: '名称', width: 28 },
            { key: 'address', header: '地址', width: 28 },
            { key: 'counsellors', header: '咨询师', width: 28 },
            { key: 'hours', header: '每周免费服务时长（小时）', width: 12, type: 'number' },
          ],
          rows: points.map((p) => {
            const mine = cs.filter((c) => c.point_id === p.id);
            return {
              node: p.node_name,
              kind: L(ctx, `psych.kind.${p.kind}`),
              name: p.name,
              address: p.address,
              counsellors: mine.map((c) => c.name).join('、'),
              hours: mine.reduce((a, c) => a + Number(c.weekly_hours), 0),
            };
          }),
        },
      ]);
    },

    /** The patient register as Excel (masked: the sheet leaves the system). */
    async exportPatients(ctx: RequestContext, q: { nodeId?: string }) {
      requirePermission(ctx, 'psych.export');
      const under = q.nodeId ? (await nodeFor(db, ctx, q.nodeId, 'psych.export')).path : undefined;
      const rows = (await repo.findPatients(db, patientScope(ctx.actor, 'psych.export', under))).map(
        patientOut,
      );
      return writeWorkbook([
        {
          name: L(ctx, 'psych.sheet.patients'),
          columns: [
            { key: 'node', header: '社区', width: 14 },
            { key: 'name', header: '姓名', width: 10 },
            { key: 'idNumber', header: '身份证号', width: 22 },
            { key: 'category', header: '诊断类别', width: 18 },
            { key: 'riskLevel', header: '风险等级', width: 8, type: 'number' },
            { key: 'huji', header: '户籍', width: 6 },
            { key: 'registeredOn', header: '建档日期', width: 12 },
            { key: 'lastVisitOn', header: '最近随访', width: 12 },
            { key: 'nextDue', header: '下次随访', width: 12 },
          ],
          rows: rows.map((p) => ({
            node: p.nodeName,
            name: p.name,
            idNumber: p.idNumber,
            category: L(ctx, `psych.category.${p.category}`),
            riskLevel: p.riskLevel,
            huji: p.huji ? '是' : '否',
            registeredOn: p.registeredOn,
            lastVisitOn: p.lastVisitOn ?? '',
            nextDue: p.nextDue,
          })),
        },
      ]);
    },

    /** The subsidy applications and months paid as Excel. */
    async exportSubsidies(ctx: RequestContext, q: { nodeId?: string }) {
      requirePermission(ctx, 'psych.export');
      const under = q.nodeId ? (await nodeFor(db, ctx, q.nodeId, 'psych.export')).path : undefined;
      const rows = (await repo.findSubsidies(db, patientScope(ctx.actor, 'psych.export', under))).map((s) =>
        subsidyOut(ctx.actor, s),
      );
      return writeWorkbook([
        {
          name: L(ctx, 'psych.sheet.subsidies'),
          columns: [
            { key: 'node', header: '社区', width: 14 },
            { key: 'name', header: '患者', width: 10 },
            { key: 'huji', header: '户籍', width: 6 },
            { key: 'appliedOn', header: '申请日期', width: 12 },
            { key: 'monthly', header: '每月补贴（元）', width: 12, type: 'number' },
            { key: 'state', header: '状态', width: 10 },
            { key: 'reason', header: '不予批准理由', width: 24 },
            { key: 'paid', header: '已发放月份', width: 40 },
          ],
          rows: rows.map((s) => ({
            node: s.nodeName,
            name: s.patientName,
            huji: s.huji ? '是' : '否',
            appliedOn: s.appliedOn,
            monthly: s.monthlyFen / 100,
            state: L(ctx, `psych.subsidy_state.${s.state}`),
            reason: s.reason,
            paid: s.paidMonths.join(' '),
          })),
        },
      ]);
    },

    /** Imports patients under a node (dry run first; per-row errors; IDs already there skipped). */
    async importPatients(ctx: RequestContext, nodeId: string, file: Buffer, dryRun: boolean) {
      const node = await nodeFor(db, ctx, nodeId, 'psych.register');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, node, table),
        async (trx, p) => {
          await repo.insertPatients(trx, p.adds);
          await auditor.append(trx, ctx, {
            action: 'psych.patient.import',
            objectType: 'org_node',
            objectId: node.id,
            districtId: node.district_id,
            detail: { added: p.adds.length, skipped: p.rows.length - p.adds.length },
          });
        },
      );
    },
  };
}
