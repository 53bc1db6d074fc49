/**
 * The post register in from Excel or CSV, in the export's own columns: each row a worker in a post of
 * a street or community the actor manages (the post's node by name, with its street to tell two of
 * one name apart), start, contract end and qualifications. Every row is checked first; a file with a
 * bad row changes nothing (422, a message per row and column). A vacancy row (the export's “（空缺）”)
 * is skipped unread, and a row naming a worker already in office at that node is skipped, so an
 * exported sheet imported back adds nothing; the rest are placed in one transaction through the same
 * path as the form (each audited; a node without a vacant post for the row is an error).
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import {
  codeOfCell,
  importRegister,
  rowChecks,
  type ColumnSpec,
  type TableRead,
} from '../../platform/sheets/index.ts';
import { postOut } from './partyworkers.core.ts';
import type { createPostsService, Placement } from './partyworkers.posts.service.ts';
import * as repo from './partyworkers.repository.ts';
import { QUALIFICATIONS, type Qualification } from './partyworkers.rules.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 5_000;

const COLUMNS = [
  { key: 'street', label: '街道', synonyms: ['所属街道', 'Street'] },
  { key: 'node', label: '岗位', synonyms: ['岗位所在', '社区', '所在单位', 'Post'], required: true },
  { key: 'name', label: '姓名', synonyms: ['专职党务工作者', 'Name'], required: true },
  { key: 'phone', label: '联系电话', synonyms: ['电话', '手机', 'Phone'] },
  { key: 'startedOn', label: '到岗日期', synonyms: ['入职日期', 'Started'], required: true },
  { key: 'contractEnd', label: '合同到期', synonyms: ['合同到期日', 'Contract end'], required: true },
  { key: 'qualifications', label: '资格条件', synonyms: ['资格', 'Qualifications'] },
] as const satisfies readonly ColumnSpec[];

/** What one import row does. */
export interface ImportRow {
  row: number;
  node: string;
  name: string;
  action: 'add' | 'skip';
}

const VACANT = ['（空缺）', '(空缺)', '空缺', '(vacant)', 'vacant'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LIST = /[、,，;；\s]+/;
const dayOk = (d: string) => DAY.test(d) && !Number.isNaN(Date.parse(d));

/** Builds the register import on the placing path. */
export function createRegisterImport(deps: { db: Db; posts: ReturnType<typeof createPostsService> }) {
  const { db } = deps;

  async function plan(exec: Executor, ctx: RequestContext, table: TableRead) {
    const paths = scopePaths(ctx.actor, 'partyworkers.manage');
    const nodes = (await repo.findPostNodes(exec, nodeInPaths('n.id', paths))).map((r) => ({
      ...postOut(r),
      districtId: r.district_id,
    }));
    const inOffice = new Set(
      (await repo.findWorkers(exec, nodeInPaths('w.node_id', paths), true)).map(
        (w) => `${w.node_id}|${w.name}`,
      ),
    );
    const taken = new Map<string, number>();
    const seen = new Map<string, number>();
    const rows: ImportRow[] = [];
    const adds: (Placement & { districtId: string })[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'partyworkers.import',
        r,
        errors,
      );
      const name = text('name', 40, true);
      if (name && VACANT.includes(name)) continue;
      const street = text('street', 100);
      const nodeText = text('node', 100, true);
      const phone = text('phone', 20) ?? '';
      const startedOn = text('startedOn', 10, true);
      const contractEnd = text('contractEnd', 10, true);
      const qualText = text('qualifications', 200) ?? '';
      if (startedOn && !dayOk(startedOn)) bad('startedOn', 'partyworkers.import.bad_date');
      if (contractEnd && !dayOk(contractEnd)) bad('contractEnd', 'partyworkers.import.bad_date');
      if (startedOn && contractEnd && dayOk(startedOn) && dayOk(contractEnd) && contractEnd < startedOn)
        bad('contractEnd', 'partyworkers.contract_before_start');
      const qualifications: Qualification[] = [];
      for (const q of qualText.split(LIST).filter(Boolean)) {
        const code = codeOfCell(QUALIFICATIONS, 'partyworkers.qualification', q);
        if (code) qualifications.push(code);
        else bad('qualifications', 'partyworkers.import.unknown_qualification', { value: q.slice(0, 20) });
      }
      let node: (typeof nodes)[number] | null = null;
      if (nodeText) {
        const found = nodes.filter((n) => n.nodeName === nodeText && (!street || n.streetName === street));
        if (found.length === 1) node = found[0];
        else if (found.length > 1) bad('node', 'partyworkers.import.ambiguous_node', { name: nodeText });
        else bad('node', 'partyworkers.import.unknown_node', { name: nodeText.slice(0, 100) });
      }
      if (errors.length > before || !node || !name || !startedOn || !contractEnd) continue;
      const key = `${node.nodeId}|${name}`;
      const earlier = seen.get(key);
      if (earlier) {
        bad('name', 'partyworkers.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(key, r.row);
      if (inOffice.has(key)) {
        rows.push({ row: r.row, node: nodeText!, name, action: 'skip' });
        continue;
      }
      const used = (taken.get(node.nodeId) ?? 0) + 1;
      if (used > node.vacant) {
        bad('node', 'partyworkers.import.no_vacancy', { name: node.nodeName, posts: node.posts });
        continue;
      }
      taken.set(node.nodeId, used);
      rows.push({ row: r.row, node: nodeText!, name, action: 'add' });
      adds.push({
        districtId: node.districtId,
        nodeId: node.nodeId,
        name,
        phone,
        startedOn,
        contractEnd,
        qualifications,
      });
    }
    return { rows, adds, errors };
  }

  return {
    /** Places the workers an upload names in vacant posts; dryRun only says what would happen. */
    async importRegister(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'partyworkers.manage');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, table),
        async (trx, p) => {
          for (const { districtId, ...a } of p.adds) await deps.posts.placeIn(trx, ctx, districtId, a);
        },
      );
    },
  };
}
