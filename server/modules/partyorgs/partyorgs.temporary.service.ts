/**
 * Temporary party organisations with a lifetime (issue 21 item 3, seed 000's 重大项目): a major
 * project's headquarters party group 指挥部党建组 and temporary project branches 项目临时党支部 are
 * set up for the project and dissolved at its end. Their register is kept by the org module; here
 * are what an officer needs around it: the overdue ones (planned end 计划撤销日期 passed, not yet
 * dissolved) on the home page, the active and overdue counts on the dashboard, the register in Excel.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { TEMPORARY_PARTY_ORG_KINDS, type PartyOrgBrief } from '../org/index.ts';
import { shanghaiToday, type PartyorgsCore, type PartyorgsDeps } from './partyorgs.core.ts';

/** Who sets up, edits and dissolves temporary organisations (the org module's permission). */
const WRITE = 'org.party.write';

/** Where a temporary organisation stands on a day. */
export function temporaryStatus(
  o: Pick<PartyOrgBrief, 'establishedOn' | 'dissolvedOn' | 'plannedEnd'>,
  day: string,
): 'pending' | 'active' | 'overdue' | 'dissolved' {
  if (o.dissolvedOn && o.dissolvedOn <= day) return 'dissolved';
  if (o.establishedOn && o.establishedOn > day) return 'pending';
  if (o.plannedEnd && o.plannedEnd < day && !o.dissolvedOn) return 'overdue';
  return 'active';
}

/** Builds the temporary organisations' home page, dashboard and Excel verbs. */
export function createTemporaryOrgsService(deps: PartyorgsDeps & { core: PartyorgsCore }) {
  const { core } = deps;

  /** The temporary organisations below each path, each once. */
  async function temporaryUnder(paths: string[]) {
    const seen = new Map<string, PartyOrgBrief>();
    for (const p of paths)
      for (const o of await deps.org.partyOrgsUnder(p, TEMPORARY_PARTY_ORG_KINDS)) seen.set(o.id, o);
    return [...seen.values()];
  }

  return {
    /** Temporary organisations whose planned end has passed and that are not yet dissolved. */
    async temporaryTodos(ctx: RequestContext): Promise<TodoItem[]> {
      const paths = scopePaths(ctx.actor, WRITE);
      if (!paths.length) return [];
      const today = shanghaiToday();
      const overdue = (await temporaryUnder(paths))
        .filter((o) => temporaryStatus(o, today) === 'overdue')
        .sort((a, b) => (a.plannedEnd! < b.plannedEnd! ? -1 : 1));
      if (!overdue.length) return [];
      return [
        {
          key: 'partyorgs.temporary_overdue',
          module: 'partyorgs',
          label: t(ctx.lang, 'partyorgs.todo.temporary_overdue'),
          count: overdue.length,
          href: '/partyorgs/temporary',
          level: 'red',
          entries: overdue.slice(0, 5).map((o) => ({
            id: o.id,
            title: o.name,
            href: '/partyorgs/temporary',
            due: o.plannedEnd,
          })),
        },
      ];
    },

    /** The node's active and overdue temporary organisations today. */
    async temporaryStats(ctx: RequestContext, node: StatNode): Promise<NodeStat[]> {
      if (!scopePaths(ctx.actor, 'partyorgs.read').some((p) => node.path.startsWith(p))) return [];
      const today = shanghaiToday();
      const status = (await temporaryUnder([node.path])).map((o) => temporaryStatus(o, today));
      const stat = statMaker(ctx.lang, 'partyorgs');
      const overdue = status.filter((s) => s === 'overdue').length;
      return [
        stat('temporary_active', status.filter((s) => s === 'active').length + overdue, 'count'),
        stat('temporary_overdue', overdue, 'count'),
      ];
    },

    /** The register of temporary organisations below a node as Excel, with their lifetime. */
    async exportTemporary(ctx: RequestContext, nodeId: string): Promise<Buffer> {
      const n = await core.nodeFor(ctx, nodeId, 'partyorgs.export');
      const today = shanghaiToday();
      const kindName: Record<string, string> = { hq_group: '指挥部党建组', project_branch: '项目临时党支部' };
      const statusName = { pending: '未成立', active: '存续中', overdue: '逾期未撤销', dissolved: '已撤销' };
      const rows = await temporaryUnder([n.path]);
      return writeWorkbook([
        {
          name: '临时党组织',
          columns: [
            { key: 'name', header: '党组织 (Organisation)', width: 28 },
            { key: 'kind', header: '类型 (Kind)', width: 16 },
            { key: 'nodeName', header: '所在节点 (Node)', width: 16 },
            { key: 'establishedOn', header: '成立日期 (Established on)', width: 14 },
            { key: 'plannedEnd', header: '计划撤销日期 (Planned end)', width: 14 },
            { key: 'dissolvedOn', header: '撤销日期 (Dissolved on)', width: 14 },
            { key: 'status', header: '状态 (Status)', width: 12 },
          ],
          rows: rows.map((o) => ({
            name: o.name,
            kind: kindName[o.kind] ?? o.kind,
            nodeName: o.nodeName,
            establishedOn: o.establishedOn ?? '',
            plannedEnd: o.plannedEnd ?? '',
            dissolvedOn: o.dissolvedOn ?? '',
            status: statusName[temporaryStatus(o, today)],
          })),
        },
      ]);
    },
  };
}
