/**
 * The mobile party members on the home page and dashboards: what waits for an officer (members
 * whose five clears are incomplete, this month's scans to check), the figures per node (mobile
 * members, the month's inflow and outflow, the five-clears rate, services given), and the Excel
 * registers in and out.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  cellText,
  readRows,
  readTable,
  writeWorkbook,
  type ColumnSpec,
} from '../../platform/sheets/index.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { shanghaiToday, type PartymembersCore, type PartymembersDeps } from './partymembers.core.ts';
import type { FlowsService } from './partymembers.flows.service.ts';
import * as repo from './partymembers.repository.ts';
import { monthOf, monthRange } from './partymembers.rules.ts';

/** Columns of the register's Excel template and export. */
export const MEMBER_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'nationalId',
    label: '身份证号 (National ID)',
    synonyms: ['身份证号', '身份证', '公民身份号码'],
    required: true,
  },
  { key: 'name', label: '姓名 (Name)', synonyms: ['姓名'] },
  {
    key: 'direction',
    label: '流动类型 (Direction)',
    synonyms: ['流动类型', '类型', '流入流出'],
    required: true,
  },
  { key: 'branch', label: '所属党支部 (Branch)', synonyms: ['所属党支部', '党支部', '支部'], required: true },
  { key: 'leftOn', label: '流动时间 (Since)', synonyms: ['流动时间', '外出时间', '流入时间'] },
  { key: 'origin', label: '来源地 (From)', synonyms: ['来源地', '流出地'] },
  { key: 'destination', label: '流入地点 (Where)', synonyms: ['流入地点', '去向', '现居住地'] },
  { key: 'work', label: '从事工作 (Work)', synonyms: ['从事工作', '工作单位', '职业'] },
  { key: 'conduct', label: '综合表现 (Conduct)', synonyms: ['综合表现', '表现'] },
];
const IMPORT_MAX_ROWS = 5000;

/** Builds the home page, dashboard and Excel verbs. */
export function createPartymembersWorkbench(
  deps: PartymembersDeps & { core: PartymembersCore; flows: Pick<FlowsService, 'monthTable'> },
) {
  const { db, core, auditor } = deps;

  return {
    /** What waits for an officer: incomplete five clears, scans of the month whose basic info is unchecked. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const paths = scopePaths(ctx.actor, 'partymembers.write');
      if (!paths.length) return [];
      const rows = await repo.incompleteMembers(db, paths);
      const out: TodoItem[] = [];
      if (rows.length)
        out.push({
          key: 'partymembers.incomplete',
          module: 'partymembers',
          label: t(ctx.lang, 'partymembers.todo.incomplete'),
          count: rows.length,
          href: '/partymembers?incomplete=1',
          level: 'yellow',
        });
      const month = monthOf(shanghaiToday());
      const scans = (await repo.movesBetween(db, paths, monthRange(month), 'in')).filter(
        (r) => r.source === 'scan',
      );
      const unchecked = rows.filter((r) => !r.basic_checked && scans.some((s) => s.member_id === r.id));
      if (unchecked.length)
        out.push({
          key: 'partymembers.scanned',
          module: 'partymembers',
          label: t(ctx.lang, 'partymembers.todo.scanned'),
          count: unchecked.length,
          href: `/partymembers/flows?month=${month}`,
          level: 'red',
          entries: unchecked.slice(0, 5).map((r) => ({
            id: r.id,
            title: t(ctx.lang, 'partymembers.todo.scanned'),
            href: `/partymembers/members/${r.id}`,
          })),
        });
      return out;
    },

    /** The node's figures: mobile members, this month's inflow and outflow, five-clears rate, services. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!scopePaths(ctx.actor, 'partymembers.read').some((p) => node.path.startsWith(p))) return [];
      const roots = [node];
      const today = shanghaiToday();
      const month = today.startsWith(String(year)) ? monthOf(today) : `${year}-12`;
      // the figures' queries at once; the gaps are counted with the members, not listed (the list
      // stops at 1,000 rows, which a street's register passes)
      const [active, counts, services] = await Promise.all([
        repo.activeFigures(db, roots),
        repo.monthlyCounts(db, roots, monthRange(month)),
        repo.countServices(db, roots, { from: `${year}-01-01`, to: `${year + 1}-01-01` }),
      ]);
      const n = (d: string) => counts.find((c) => c.direction === d)?.n ?? 0;
      const total = active.in + active.out;
      const stat = statMaker(ctx.lang, 'partymembers');
      return [
        stat('mobile', total, 'count'),
        stat('inflow', n('in'), 'count'),
        stat('outflow', n('out'), 'count'),
        stat(
          'five_clears',
          total ? Math.round(((total - active.incomplete) / total) * 1000) / 10 : null,
          'percent',
        ),
        stat('services', services, 'count'),
      ];
    },

    /** The register below a node as Excel (ID numbers and phones masked). */
    async exportMembers(ctx: RequestContext, nodeId: string): Promise<Buffer> {
      const paths = await core.roots(ctx, 'partymembers.export', nodeId);
      const rows = await repo.listMembers(db, { paths, limit: 5000, offset: 0 });
      const views = await core.views(ctx, rows);
      return writeWorkbook([
        {
          name: '流动党员台账',
          columns: [
            ...MEMBER_COLUMNS.map((c) => ({ key: c.key, header: c.label, width: 18 })),
            { key: 'phone', header: '手机号 (Phone)', width: 16 },
            { key: 'missing', header: '五清缺项 (Five clears missing)', width: 24 },
            { key: 'status', header: '状态 (Status)', width: 10 },
            { key: 'services', header: '服务次数 (Services)', width: 12, type: 'number' as const },
          ],
          rows: views.map((v) => ({
            nationalId: v.nationalId,
            name: v.name,
            direction: v.direction === 'in' ? '流入' : '流出',
            branch: v.partyOrgName,
            leftOn: v.leftOn ?? '',
            origin: v.origin,
            destination: v.destination,
            work: v.work,
            conduct: v.conduct,
            phone: v.phone ?? '',
            missing: v.missing
              .map(
                (m) =>
                  ({
                    basic: '基本情况',
                    time: '流动时间',
                    destination: '流入地点',
                    work: '从事工作',
                    conduct: '综合表现',
                  })[m],
              )
              .join('、'),
            status: v.status === 'active' ? '在册' : '已返回',
            services: v.services,
          })),
        },
      ]);
    },

    /** A month's inflow or outflow table as Excel. */
    async exportMonth(
      ctx: RequestContext,
      nodeId: string,
      month: string,
      direction: 'in' | 'out',
    ): Promise<Buffer> {
      await core.roots(ctx, 'partymembers.export', nodeId);
      const table = await deps.flows.monthTable(ctx, { nodeId, month, direction });
      return writeWorkbook([
        {
          name: `${month}${direction === 'in' ? '流入' : '流出'}表`,
          columns: [
            { key: 'movedOn', header: '日期 (Date)', width: 12 },
            { key: 'name', header: '姓名 (Name)', width: 10 },
            { key: 'phone', header: '手机号 (Phone)', width: 14 },
            { key: 'partyOrgName', header: '党支部 (Branch)', width: 20 },
            { key: 'place', header: '来源/去向 (From/to)', width: 24 },
            { key: 'work', header: '从事工作 (Work)', width: 16 },
            { key: 'source', header: '登记方式 (How)', width: 10 },
          ],
          rows: table.rows.map((r) => ({
            ...r,
            phone: r.phone ?? '',
            source: r.source === 'scan' ? '扫码归队' : '台账登记',
          })),
        },
      ]);
    },

    /**
     * Imports the register from Excel: each row a party member of the people register (by ID
     * number) and their branch by name below the node. A file with any bad row changes nothing.
     */
    async importMembers(ctx: RequestContext, nodeId: string, file: Buffer) {
      const [root] = await core.roots(ctx, 'partymembers.import', nodeId);
      const node = (await repo.findNode(db, nodeId))!;
      const table = readTable(await readRows(file, { maxRows: IMPORT_MAX_ROWS }), MEMBER_COLUMNS);
      const branches = await deps.org.partyOrgsUnder(root);
      const errors: { row: number; field: string; message: string }[] = [];
      const cells = table.rows.map((r) => {
        const c = (k: string) => cellText(r.cells[k] ?? null);
        return { row: r.row, ...Object.fromEntries(MEMBER_COLUMNS.map((k) => [k.key, c(k.key)])) } as Record<
          string,
          string
        > & { row: number };
      });
      const bidx = (id: string) => deps.pii.blindIndex('id', id.trim().toUpperCase());
      const persons = await deps.people.personIdsByBidx(
        node.district_id,
        cells.map((c) => bidx(c.nationalId)),
      );
      const parsed: {
        c: (typeof cells)[number];
        personId: string;
        direction: 'in' | 'out';
        branch: (typeof branches)[number];
      }[] = [];
      for (const c of cells) {
        const personId = persons.get(bidx(c.nationalId).toString('hex'));
        const direction: 'in' | 'out' | null = ['流入', 'in'].includes(c.direction)
          ? 'in'
          : ['流出', 'out'].includes(c.direction)
            ? 'out'
            : null;
        const branch = branches.find((b) => b.name === c.branch);
        const bad = (field: string, key: string, params = {}) =>
          errors.push({ row: c.row, field, message: t(ctx.lang, key, { row: c.row, ...params }) });
        if (!personId) bad('nationalId', 'partymembers.import_row_person');
        if (!direction) bad('direction', 'partymembers.import_row_direction');
        if (!branch) bad('branch', 'partymembers.import_row_branch', { name: c.branch });
        if (c.leftOn && !/^\d{4}-\d{2}-\d{2}$/.test(c.leftOn)) bad('leftOn', 'partymembers.import_row_date');
        if (personId && direction && branch) parsed.push({ c, personId, direction, branch });
      }
      if (!errors.length) {
        const members = await deps.members.partyMembersOf(node.district_id, {
          personIds: parsed.map((p) => p.personId),
        });
        for (const p of parsed)
          if (!members.some((m) => m.personId === p.personId))
            errors.push({
              row: p.c.row,
              field: 'nationalId',
              message: t(ctx.lang, 'partymembers.import_row_person', { row: p.c.row }),
            });
      }
      if (errors.length)
        throw new InvalidError(
          errors.map((e) => ({
            field: `row${e.row}.${e.field}`,
            key: 'error.validation',
            message: e.message,
          })),
        );
      let created = 0;
      let updated = 0;
      await db.transaction().execute(async (trx) => {
        for (const p of parsed) {
          const d = p.direction as 'in' | 'out';
          const existing = await repo.findActive(trx, node.district_id, p.personId, d);
          const fields = {
            left_on: p.c.leftOn || null,
            origin: p.c.origin,
            destination: p.c.destination,
            work: p.c.work,
            conduct: p.c.conduct,
          };
          if (existing) {
            await repo.updateMember(
              trx,
              { district_id: node.district_id, id: existing.id, version: existing.version },
              {
                ...fields,
                party_org_id: p.branch.id,
                node_id: p.branch.nodeId,
              },
            );
            updated++;
            continue;
          }
          const id = uuidv7();
          await repo.insertMember(trx, {
            district_id: node.district_id,
            id,
            person_id: p.personId,
            party_org_id: p.branch.id,
            node_id: p.branch.nodeId,
            direction: d,
            lat: null,
            lng: null,
            basic_checked: false,
            source: 'import',
            ...fields,
          });
          await repo.insertMove(trx, {
            district_id: node.district_id,
            id: uuidv7(),
            member_id: id,
            node_id: p.branch.nodeId,
            direction: d,
            moved_on: p.c.leftOn || shanghaiToday(),
            place: d === 'out' ? p.c.destination : p.c.origin,
            source: 'import',
          });
          created++;
        }
        await auditor.append(trx, ctx, {
          action: 'partymembers.import',
          objectType: 'org_node',
          objectId: node.id,
          districtId: node.district_id,
          detail: { created, updated },
        });
      });
      return { created, updated };
    },
  };
}
