/**
 * The roster in from Excel or CSV, in the export's own columns: each row a community the actor
 * manages (its name, or a path of names joined by ' / ') with its secretary in office, term number,
 * method and start. Every row is checked first; a file with a bad row changes nothing (422, a message
 * per row and column). A row naming the secretary already in office, or a vacancy (the export's
 * “（空缺）”), is skipped, so an exported sheet imported back adds nothing; a community whose
 * secretary is someone else is an error. The rest take office in one transaction through the same
 * path as an appointment (audited one by one).
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { type FieldProblem } from '../../platform/errors.ts';
import {
  type ColumnSpec,
  type TableRead,
  rowChecks,
  importRegister,
  codeOfCell,
} from '../../platform/sheets/index.ts';
import type { Incoming, SecretariesCore } from './secretaries.core.ts';
import * as repo from './secretaries.repository.ts';
import { METHODS, type Method } from './secretaries.rules.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 5_000;

const COLUMNS = [
  { key: 'node', label: '社区', synonyms: ['社区名称', 'Community'], required: true },
  { key: 'name', label: '书记', synonyms: ['党委书记', '姓名', 'Secretary', 'Name'], required: true },
  { key: 'termNo', label: '第几届', synonyms: ['届次', 'Term'] },
  { key: 'method', label: '任职方式', synonyms: ['产生方式', 'Method'], required: true },
  { key: 'startedOn', label: '任职日期', synonyms: ['任职时间', 'Started', 'Start'], required: true },
] as const satisfies readonly ColumnSpec[];

/** What one import row does. */
export interface ImportRow {
  row: number;
  node: string;
  name: string;
  termNo: number;
  action: 'add' | 'skip';
}

const SEPARATOR = /\s*[/／]\s*/;
const VACANT = ['（空缺）', '(空缺)', '空缺', '(vacant)', 'vacant'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Builds the roster import on the appointment's own path. */
export function createRosterImport(deps: { db: Db; core: SecretariesCore }) {
  const { db, core } = deps;

  const methodOf = (text: string): Method | null => codeOfCell(METHODS, 'secretaries.method', text);

  async function plan(exec: Executor, ctx: RequestContext, table: TableRead) {
    const paths = await core.roots(ctx, 'secretaries.manage');
    const communities = await repo.findCommunities(exec, nodeInPaths('n.id', paths));
    const ancestorIds = [...new Set(communities.flatMap((c) => c.path.split('/').filter(Boolean)))];
    const names = new Map((await repo.findNodeNames(exec, ancestorIds)).map((n) => [n.id, n.name]));
    const chain = (path: string) =>
      path
        .split('/')
        .filter(Boolean)
        .map((id) => names.get(id) ?? '');
    const current = new Map(
      (await repo.findCurrentTerms(exec, nodeInPaths('t.node_id', paths))).map((x) => [x.node_id, x.name]),
    );
    const seen = new Map<string, number>();
    const rows: ImportRow[] = [];
    const adds: Incoming[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'secretaries.import',
        r,
        errors,
      );
      const nodeText = text('node', 300, true);
      const name = text('name', 40, true);
      if (name && VACANT.includes(name)) continue;
      const termText = text('termNo', 4);
      const methodText = text('method', 40, true);
      const startedOn = text('startedOn', 10, true);
      const termNo = termText ? Number(termText) : 1;
      if (!Number.isInteger(termNo) || termNo < 1 || termNo > 20)
        bad('termNo', 'secretaries.import.bad_term');
      const method = methodText ? methodOf(methodText) : null;
      if (methodText && !method)
        bad('method', 'secretaries.import.unknown_method', { value: methodText.slice(0, 20) });
      if (startedOn && (!DAY.test(startedOn) || Number.isNaN(Date.parse(startedOn))))
        bad('startedOn', 'secretaries.import.bad_date');
      let nodeId: string | null = null;
      if (nodeText) {
        const segs = nodeText.split(SEPARATOR).filter(Boolean);
        const last = segs[segs.length - 1] ?? '';
        const above = segs.slice(0, -1);
        const found = communities.filter((c) => {
          if (c.name !== last) return false;
          const ns = chain(c.path).slice(0, -1);
          return above.every((s, i) => ns[ns.length - above.length + i] === s);
        });
        if (found.length === 1) nodeId = found[0].id;
        else if (found.length > 1) bad('node', 'secretaries.import.ambiguous_node', { name: nodeText });
        else bad('node', 'secretaries.import.unknown_node', { name: nodeText.slice(0, 100) });
      }
      if (errors.length > before || !nodeId || !name || !method || !startedOn) continue;
      const earlier = seen.get(nodeId);
      if (earlier) {
        bad('node', 'secretaries.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(nodeId, r.row);
      const holder = current.get(nodeId);
      if (holder && holder !== name) {
        bad('name', 'secretaries.import.occupied', { name: holder });
        continue;
      }
      const c = communities.find((x) => x.id === nodeId)!;
      rows.push({ row: r.row, node: nodeText!, name, termNo, action: holder ? 'skip' : 'add' });
      if (!holder) adds.push({ districtId: c.district_id, nodeId, name, method, termNo, startedOn });
    }
    return { rows, adds, errors };
  }

  return {
    /** Puts in office the secretaries an upload names for vacant communities; dryRun only says what would happen. */
    async importRoster(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'secretaries.manage');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, table),
        async (trx, p) => {
          for (const a of p.adds) await core.takeOffice(trx, ctx, a);
        },
      );
    },
  };
}
