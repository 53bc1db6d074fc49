/**
 * The organisation tree in and out of Excel. Out: a node and its subtree, one row per node, in
 * tree order, with its level, name, code, sort and the path of its parent (names joined by ' / ',
 * from the topmost node the actor may read). In: a sheet in the export's own columns adds the nodes
 * missing under a node, each through the same create path as the API (one transaction, one audit
 * entry per node); nodes already there are skipped, so a repeated import adds nothing.
 */
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { DomainError, type FieldProblem } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  cellText,
  importRegister,
  rowChecks,
  writeWorkbook,
  type ColumnSpec,
  type TableRead,
  codeOfCell,
} from '../../platform/sheets/index.ts';
import * as repo from './org.repository.ts';
import { canParent, codeFits, LEVELS, nodeNameBroken, type Level } from './org.rules.ts';

type NodeRow = Awaited<ReturnType<typeof repo.findNode>> & object;

/** The most nodes one export holds. */
export const EXPORT_LIMIT = 100_000;
/** A node's whole subtree; more than EXPORT_LIMIT nodes is refused (422), never cut short. */
export async function wholeSubtree(exec: Executor, path: string, max = EXPORT_LIMIT) {
  const nodes = await repo.subtreeNodes(exec, path, max + 1);
  if (nodes.length > max) throw new DomainError(422, 'org.subtree_too_large', { max });
  return nodes;
}

/** The most rows one import reads (a district's streets, communities and grids fit many times). */
export const IMPORT_MAX_ROWS = 10_000;

/** The sheet's columns, in and out; headers are `org.col.<key>` in the reader's language. */
const COLUMNS = [
  { key: 'level', label: '层级', synonyms: ['级别', '类型', '节点类型', 'Level', 'Kind'], required: true },
  { key: 'name', label: '名称', synonyms: ['节点名称', '名字', 'Name'], required: true },
  { key: 'code', label: '代码', synonyms: ['区划代码', '统计用区划代码', '编码', 'Code'] },
  { key: 'parent', label: '上级', synonyms: ['上级节点', '上级路径', '所属', 'Parent'], required: true },
  { key: 'sort', label: '排序', synonyms: ['顺序', 'Sort', 'Order'] },
] as const satisfies readonly ColumnSpec[];
const WIDTHS: Record<(typeof COLUMNS)[number]['key'], number> = {
  level: 10,
  name: 24,
  code: 16,
  parent: 48,
  sort: 8,
};

/** What one import row does: add a node, or skip one that is already there. */
export interface ImportRow {
  row: number;
  level: Level;
  name: string;
  parent: string;
  action: 'add' | 'skip';
}

/** A node of the tree as the import sees it: one already there or one a row before adds. */
interface Slot {
  id: string;
  level: Level;
  name: string;
  /** 0 for a node already there, else the row that adds it. */
  row: number;
  kids: Map<string, Slot>;
}

const SEPARATOR = /\s*[/／]\s*/;
/** Builds the tree's Excel verbs on the org service's own lookups and create path. */
export function createOrgSheets(deps: {
  db: Db;
  auditor: Auditor;
  afterWrite?: (what: 'move' | 'node') => void;
  visibleNode: (ctx: RequestContext, id: string, action: string, exec?: Executor) => Promise<NodeRow>;
  createIn: (
    trx: Executor,
    ctx: RequestContext,
    input: {
      id?: string;
      parentId: string;
      level: Level;
      name: string;
      code?: string | null;
      sort?: number;
    },
  ) => Promise<{ id: string }>;
}) {
  const { db, auditor } = deps;

  /** A level from a cell: its code, or its label in either language. */
  const levelOf = (text: string): Level | null => codeOfCell(LEVELS, 'org.level', text);

  /** The names of a node's ancestors, top first, and of those the actor may read. */
  async function ancestorsOf(exec: Executor, ctx: RequestContext, n: NodeRow) {
    const ids = n.path.split('/').filter(Boolean).slice(0, -1);
    const rows = (await repo.findNodes(exec, ids)).sort((a, b) => a.depth - b.depth);
    return {
      all: rows.map((a) => a.name),
      readable: rows.filter((a) => can(ctx.actor, 'org.read', a.path)).map((a) => a.name),
    };
  }

  /**
   * Checks an upload against the subtree under root as it is in exec: every row's problems (in the
   * uploader's language, by row and column) and what each good row would do.
   */
  async function plan(exec: Executor, ctx: RequestContext, root: NodeRow, table: TableRead) {
    const ancestors = (await ancestorsOf(exec, ctx, root)).all;
    const chain = [...ancestors, root.name];
    const existing = await wholeSubtree(exec, root.path);
    const slots = new Map<string, Slot>();
    for (const n of existing)
      slots.set(n.id, { id: n.id, level: n.level as Level, name: n.name, row: 0, kids: new Map() });
    for (const n of existing)
      if (n.id !== root.id) slots.get(n.parent_id!)?.kids.set(n.name, slots.get(n.id)!);
    const top = slots.get(root.id)!;

    /** The node a 上级 path names under root ('root' for the root's own row), or null. */
    const resolve = (path: string, name: string): Slot | 'root' | null => {
      const segs = path.split(SEPARATOR).filter(Boolean);
      for (let i = 0; i <= ancestors.length; i++) {
        const above = ancestors.slice(i);
        if (name === root.name && segs.length === above.length && above.every((a, k) => segs[k] === a))
          return 'root';
        const lead = chain.slice(i);
        if (segs.length < lead.length || !lead.every((a, k) => segs[k] === a)) continue;
        let at: Slot | undefined = top;
        for (const s of segs.slice(lead.length)) at = at?.kids.get(s);
        if (at) return at;
      }
      return null;
    };

    const rows: ImportRow[] = [];
    const adds: { row: number; input: Parameters<typeof deps.createIn>[2] }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const cell = (k: string) => cellText(r.cells[k] ?? null);
      const { bad } = rowChecks(ctx.lang, 'org.import', r, errors);
      const before = errors.length;
      const name = cell('name');
      const levelText = cell('level');
      const parentText = cell('parent');
      const level = levelOf(levelText);
      if (!name) bad('name', 'org.import.required');
      else if (name.length > 100) bad('name', 'org.import.too_long', { max: 100 });
      else if (nodeNameBroken(name)) bad('name', 'org.import.bad_text');
      if (!level) bad('level', 'org.import.unknown_level', { value: levelText.slice(0, 20) });
      const code = cell('code') || null;
      if (level && !codeFits(level, code)) bad('code', 'org.bad_code');
      const sortText = cell('sort');
      const sort = sortText === '' ? undefined : Number(sortText);
      if (sort !== undefined && !(Number.isInteger(sort) && sort >= 0 && sort <= 100000))
        bad('sort', 'org.import.bad_sort');
      if (errors.length > before || !level) continue;
      const parent = resolve(parentText, name);
      const skip = () => rows.push({ row: r.row, level, name, parent: parentText, action: 'skip' });
      if (parent === 'root') {
        if (level === root.level) skip();
        else bad('level', 'org.import.root_level');
        continue;
      }
      if (!parent) {
        bad('parent', 'org.import.unknown_parent', { path: parentText.slice(0, 200) });
        continue;
      }
      if (!canParent(parent.level, level)) {
        bad('level', 'org.bad_level');
        continue;
      }
      const same = parent.kids.get(name);
      if (same && same.row > 0) bad('name', 'org.import.duplicate', { row: same.row });
      else if (same && same.level !== level) bad('name', 'org.name_taken');
      else if (same) skip();
      else {
        const id = uuidv7();
        parent.kids.set(name, { id, level, name, row: r.row, kids: new Map() });
        rows.push({ row: r.row, level, name, parent: parentText, action: 'add' });
        adds.push({ row: r.row, input: { id, parentId: parent.id, level, name, code, sort } });
      }
    }
    return { rows, adds, errors };
  }

  return {
    /**
     * Adds the nodes an upload (.xlsx or CSV in the export's columns) names under a node the actor
     * may write, and skips those already there. A file with any bad row changes nothing (422, a
     * message per row and column); dryRun only says what would happen. Applied in one transaction,
     * each node through the API's create path (so audited as one), parents before children.
     */
    async importTree(ctx: RequestContext, id: string, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'org.write');
      await deps.visibleNode(ctx, id, 'org.write');
      const result = importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        async (exec, table) => plan(exec, ctx, await deps.visibleNode(ctx, id, 'org.write', exec), table),
        async (trx, p) => {
          for (const a of p.adds) await deps.createIn(trx, ctx, a.input);
        },
      );
      return dryRun ? result : result.finally(() => deps.afterWrite?.('node'));
    },

    /** A node and its subtree as .xlsx, in tree order (siblings by sort, then name); audited. */
    async exportTree(ctx: RequestContext, id: string): Promise<{ name: string; bytes: Buffer }> {
      requirePermission(ctx, 'org.read');
      const root = await deps.visibleNode(ctx, id, 'org.read');
      const nodes = await wholeSubtree(db, root.path);
      const kids = new Map<string, typeof nodes>();
      for (const n of nodes) {
        if (n.id === root.id) continue;
        const list = kids.get(n.parent_id!);
        if (list) list.push(n);
        else kids.set(n.parent_id!, [n]);
      }
      const self = nodes.find((n) => n.id === root.id)!;
      const out: Record<string, string | number>[] = [];
      const walk = (n: (typeof nodes)[number], above: string[]) => {
        out.push({
          level: t(ctx.lang, `org.level.${n.level}`),
          name: n.name,
          code: n.code ?? '',
          parent: above.join(' / '),
          sort: n.sort,
        });
        const list = (kids.get(n.id) ?? []).sort((a, b) =>
          a.sort !== b.sort ? a.sort - b.sort : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
        );
        for (const k of list) walk(k, [...above, n.name]);
      };
      walk(self, (await ancestorsOf(db, ctx, root)).readable);
      const bytes = await writeWorkbook([
        {
          name: t(ctx.lang, 'org.sheet.tree'),
          columns: COLUMNS.map((c) => ({
            key: c.key,
            header: t(ctx.lang, `org.col.${c.key}`),
            width: WIDTHS[c.key],
            type: c.key === 'sort' ? ('number' as const) : undefined,
          })),
          rows: out,
        },
      ]);
      await auditor.record(ctx, {
        action: 'org.export',
        objectType: 'org_node',
        objectId: root.id,
        districtId: root.district_id,
        detail: { rows: out.length },
      });
      return { name: root.name, bytes };
    },
  };
}
