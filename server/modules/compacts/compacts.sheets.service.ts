/**
 * Contracts and projects out to Excel; a unit's resource list 资源清单 in from Excel into a
 * contract (dry run first, per-row errors, resources already listed skipped).
 */
import { type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  importRegister,
  importTemplate,
  rowChecks,
  rowsByKey,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { contractFor, contractOut, itemOut, presenceBy, today, type CompactsDeps } from './compacts.core.ts';
import * as repo from './compacts.repository.ts';
import { contractNumber } from './compacts.rules.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 500;

export const RESOURCE_COLUMNS = [
  {
    key: 'content',
    label: '资源',
    synonyms: ['资源内容', '资源名称', 'Resource', 'Content'],
    required: true,
  },
  { key: 'owner', label: '联系人', synonyms: ['负责人', '提供方式', 'Contact', 'Owner'] },
] as const satisfies readonly ColumnSpec[];

/** What one import row does. */
export interface ResourceRow {
  row: number;
  content: string;
  action: 'add' | 'skip';
}

/** Builds the Excel verbs. */
export function createSheetsService(deps: CompactsDeps) {
  const { db, auditor } = deps;

  async function plan(exec: Executor, ctx: RequestContext, c: repo.ContractRow, table: TableRead) {
    const by = rowsByKey(new Set(await repo.findResourceContents(exec, c.district_id, c.id)));
    const rows: ResourceRow[] = [];
    const adds: { content: string; owner: string }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof RESOURCE_COLUMNS)[number]['key']>(
        ctx.lang,
        'compacts.import',
        r,
        errors,
      );
      const content = text('content', 300, true);
      const owner = text('owner', 60) ?? '';
      if (errors.length > before || !content) continue;
      const action = by(content, r.row);
      if (typeof action === 'object') {
        bad('content', 'compacts.import.duplicate', { row: action.earlier });
        continue;
      }
      rows.push({ row: r.row, content, action });
      if (action === 'add') adds.push({ content, owner });
    }
    return { rows, adds, errors };
  }

  return {
    /** Imports resources into a contract's list (either side); dryRun only says what would happen. */
    async importResources(ctx: RequestContext, id: string, file: Buffer, dryRun: boolean) {
      const c = await contractFor(db, ctx, id, 'compacts.import', 'either');
      return importRegister(
        db,
        { file, columns: RESOURCE_COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, c, table),
        async (trx, p) => {
          await repo.insertItems(
            trx,
            p.adds.map((a) => ({
              district_id: c.district_id,
              id: uuidv7(),
              contract_id: c.id,
              kind: 'resource',
              content: a.content,
              owner: a.owner,
            })),
          );
          await auditor.append(trx, ctx, {
            action: 'compacts.resources.import',
            objectType: 'compacts_contract',
            objectId: c.id,
            districtId: c.district_id,
            detail: { added: p.adds.length },
          });
        },
      );
    },

    /** The empty import sheet of a resource list. */
    resourceTemplate: () =>
      importTemplate('资源清单', RESOURCE_COLUMNS, ['每行一项资源；已在清单中的资源跳过']),

    /** Contracts and their projects in scope, of a year, as a workbook of two sheets. */
    async exportRegister(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await readRoots(db, ctx, 'compacts.export', q.nodeId);
      const rows = await repo.findContracts(db, repo.eitherSide(paths), today(), {
        from: q.year ? `${q.year}-01-01` : undefined,
        to: q.year ? `${q.year + 1}-01-01` : undefined,
      });
      const byDistrict = new Map<string, string[]>();
      for (const r of rows) byDistrict.set(r.district_id, [...(byDistrict.get(r.district_id) ?? []), r.id]);
      const [attendance, items] = await Promise.all([
        Promise.all([...byDistrict].map(([d, ids]) => repo.findAttendance(db, d, ids))).then((x) => x.flat()),
        Promise.all([...byDistrict].map(([d, ids]) => repo.findItems(db, d, ids))).then((x) => x.flat()),
      ]);
      const presence = presenceBy(attendance);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const L = (k: string) => t(ctx.lang, k);
      return writeWorkbook([
        {
          name: L('compacts.sheet.contracts'),
          columns: [
            { key: 'number', header: '契约编号', width: 18 },
            { key: 'title', header: '契约名称', width: 30 },
            { key: 'node', header: '社区', width: 14 },
            { key: 'unit', header: '共建单位', width: 18 },
            { key: 'startsOn', header: '起始日期', width: 12 },
            { key: 'endsOn', header: '终止日期', width: 12 },
            { key: 'state', header: '状态', width: 10 },
            { key: 'resources', header: '资源', width: 8, type: 'number' },
            { key: 'needs', header: '需求', width: 8, type: 'number' },
            { key: 'projects', header: '项目', width: 8, type: 'number' },
            { key: 'done', header: '已完成项目', width: 10, type: 'number' },
            { key: 'overdue', header: '逾期项目', width: 10, type: 'number' },
            { key: 'missed', header: '连续缺席圆桌会', width: 12, type: 'number' },
          ],
          rows: rows.map((r) => {
            const c = contractOut(r, presence.get(r.id));
            return {
              number: c.number,
              title: c.title,
              node: c.nodeName,
              unit: c.unitName,
              startsOn: c.startsOn,
              endsOn: c.endsOn,
              state: L(`compacts.state.${c.state}`),
              resources: c.resources,
              needs: c.needs,
              projects: c.projects,
              done: c.projectsDone,
              overdue: c.projectsOverdue,
              missed: c.missedInARow,
            };
          }),
        },
        {
          name: L('compacts.sheet.projects'),
          columns: [
            { key: 'number', header: '契约编号', width: 18 },
            { key: 'unit', header: '共建单位', width: 18 },
            { key: 'content', header: '项目', width: 40 },
            { key: 'owner', header: '责任人', width: 12 },
            { key: 'dueOn', header: '完成时限', width: 12 },
            { key: 'state', header: '状态', width: 8 },
            { key: 'doneOn', header: '完成日期', width: 12 },
            { key: 'source', header: '来源', width: 14 },
          ],
          rows: items
            .filter((i) => i.kind === 'project')
            .map((i) => {
              const c = byId.get(i.contract_id)!;
              const v = itemOut(i);
              return {
                number: contractNumber(c.year, c.seq),
                unit: c.unit_name,
                content: v.content,
                owner: v.owner,
                dueOn: v.dueOn ?? '',
                state: v.state === 'done' ? '已完成' : v.overdue ? '逾期' : '进行中',
                doneOn: v.doneOn ?? '',
                source: v.meetingMonth ? `${v.meetingMonth} 圆桌会` : '契约',
              };
            }),
        },
      ]);
    },
  };
}
