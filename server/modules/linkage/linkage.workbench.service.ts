/**
 * Linkage on the home page and dashboards: what waits for a linker (their items), a keeper of the
 * register (overdue items), an answerer (open problems) and a deputy (sessions to record); the
 * figures per node; and the Excel registers of links and sessions.
 */
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay, shanghaiMinute } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { thisYear, yearRange, type LinkageCore } from './linkage.core.ts';
import * as repo from './linkage.repository.ts';
import { ITEM_KIND_OF, itemOverdue, percent, type ItemState, type LinkKind } from './linkage.rules.ts';

/** Builds the home-page, dashboard and export verbs. */
export function createLinkageWorkbench(deps: { db: Db; core: LinkageCore }) {
  const { db, core } = deps;
  return {
    /** What waits for the actor in the linkage mechanisms. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const today = shanghaiDay();
      const mine = await repo.findOpenItemsOfLinker(db, actor.userId);
      if (mine.length)
        out.push({
          key: 'linkage.items',
          module: 'linkage',
          label: t(ctx.lang, 'linkage.todo.items'),
          count: mine.length,
          href: '/linkage',
          level: mine.some((i) => i.due_on && i.due_on < today) ? 'red' : 'normal',
          entries: mine
            .slice(0, 5)
            .map((i) => ({ id: i.id, title: i.title, href: `/linkage/links/${i.link_id}`, due: i.due_on })),
        });
      const manage = scopePaths(actor, 'linkage.manage');
      if (manage.length) {
        const overdue = (
          await repo.findItems(db, {
            inScope: nodeInPaths('i.node_id', manage),
            states: ['planned', 'in_progress'],
          })
        ).filter((i) => itemOverdue(i.state as ItemState, i.due_on, today));
        if (overdue.length)
          out.push({
            key: 'linkage.overdue_items',
            module: 'linkage',
            label: t(ctx.lang, 'linkage.todo.overdue_items'),
            count: overdue.length,
            href: '/linkage',
            level: 'red',
            entries: overdue.slice(0, 5).map((i) => ({
              id: i.id,
              title: `${i.node_name}·${i.title}`,
              href: `/linkage/links/${i.link_id}`,
              due: i.due_on,
              level: 'red' as const,
            })),
          });
      }
      const answer = scopePaths(actor, 'linkage.answer');
      if (answer.length) {
        const open = await repo.findProblems(db, { inScope: nodeInPaths('p.node_id', answer), open: true });
        if (open.length)
          out.push({
            key: 'linkage.problems',
            module: 'linkage',
            label: t(ctx.lang, 'linkage.todo.problems'),
            count: open.length,
            href: '/linkage/sessions',
            level: open.some((p) => p.due_on < today) ? 'red' : 'yellow',
            entries: open.slice(0, 5).map((p) => ({
              id: p.id,
              title: `${p.node_name}·${p.text.slice(0, 30)}`,
              href: `/linkage/sessions/${p.session_id}`,
              due: p.due_on,
            })),
          });
      }
      const session = scopePaths(actor, 'linkage.session');
      if (session.length) {
        const { from } = yearRange(thisYear() - 1);
        const due = (await repo.findSessions(db, nodeInPaths('s.node_id', session), from, new Date())).filter(
          (s) =>
            s.state === 'planned' &&
            (s.host_user_id === actor.userId || can(actor, 'linkage.manage', s.path)),
        );
        if (due.length)
          out.push({
            key: 'linkage.sessions',
            module: 'linkage',
            label: t(ctx.lang, 'linkage.todo.sessions'),
            count: due.length,
            href: '/linkage/sessions',
            level: 'yellow',
            entries: due.slice(0, 5).map((s) => ({
              id: s.id,
              title: `${s.node_name}·${s.host_name}`,
              href: `/linkage/sessions/${s.id}`,
              due: s.starts_at.toISOString(),
            })),
          });
      }
      return out;
    },

    /** The figures under a node in a year (三联三领 links and items, 三官三师, sessions and answers). */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const { from, to } = yearRange(year);
      const f = await repo.figures(db, (col) => nodeInPaths(col, [node.path]), from, to);
      const stat = statMaker(ctx.lang, 'linkage');
      return [
        stat('leader_links', f.leaderLinks, 'count'),
        stat('department_links', f.departmentLinks, 'count'),
        stat('member_links', f.memberLinks, 'count'),
        stat('items_done_rate', percent(f.itemsDone, f.items), 'percent'),
        stat('experts', f.experts, 'count'),
        stat('cases', f.cases, 'count'),
        stat('sessions', f.sessions, 'count'),
        stat('problems', f.problems, 'count'),
        stat('answered_rate', percent(f.answered, f.problems), 'percent'),
      ];
    },

    /** The figures of a node in a year, for the module's own pages. */
    async figures(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await core.roots(ctx, 'linkage.read', q.nodeId);
      const { from, to } = yearRange(q.year ?? thisYear());
      return repo.figures(db, (col) => nodeInPaths(col, paths), from, to);
    },

    /** The register of links and their items as Excel. */
    async exportLinks(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'linkage.export', q.nodeId);
      const items = await repo.findItems(db, { inScope: nodeInPaths('i.node_id', paths) });
      const links = await repo.findLinks(db, nodeInPaths('l.node_id', paths), undefined, 100_000);
      const L = (k: string) => t(ctx.lang, k);
      return writeWorkbook([
        {
          name: L('linkage.sheet.links'),
          columns: [
            { key: 'node', header: '社区', width: 16 },
            { key: 'kind', header: '联系类型', width: 28 },
            { key: 'linker', header: '联系人/单位', width: 18 },
            { key: 'unit', header: '职务/单位', width: 18 },
            { key: 'started', header: '开始日期', width: 12 },
            { key: 'ended', header: '结束日期', width: 12 },
            { key: 'items', header: '事项数', width: 8, type: 'number' },
            { key: 'done', header: '已完成', width: 8, type: 'number' },
          ],
          rows: links.map((l) => ({
            node: l.node_name,
            kind: L(`linkage.kind.${l.kind}`),
            linker: l.linker_name,
            unit: l.linker_unit,
            started: l.started_on,
            ended: l.ended_on ?? '',
            items: l.items,
            done: l.done,
          })),
        },
        {
          name: '事项',
          columns: [
            { key: 'node', header: '社区', width: 16 },
            { key: 'linker', header: '联系人/单位', width: 18 },
            { key: 'kind', header: '事项类型', width: 12 },
            { key: 'title', header: '事项', width: 36 },
            { key: 'state', header: '状态', width: 10 },
            { key: 'progress', header: '进度(%)', width: 8, type: 'number' },
            { key: 'due', header: '完成时限', width: 12 },
            { key: 'note', header: '进展说明', width: 36 },
          ],
          rows: items.map((i) => ({
            node: i.node_name,
            linker: i.linker_name,
            kind: L(`linkage.item.${ITEM_KIND_OF[i.kind as LinkKind]}`),
            title: i.title,
            state: L(`linkage.state.${i.state}`),
            progress: i.progress,
            due: i.due_on ?? '',
            note: i.note,
          })),
        },
      ]);
    },

    /** The register of sessions and the problems raised, as Excel. */
    async exportSessions(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const paths = await core.roots(ctx, 'linkage.export', q.nodeId);
      const { from, to } = yearRange(q.year ?? thisYear());
      const sessions = await repo.findSessions(db, nodeInPaths('s.node_id', paths), from, to);
      const problems = await repo.findProblems(db, { sessionIds: sessions.map((s) => s.id) });
      const when = new Map(sessions.map((s) => [s.id, shanghaiMinute(s.starts_at)]));
      const L = (k: string) => t(ctx.lang, k);
      return writeWorkbook([
        {
          name: L('linkage.sheet.sessions'),
          columns: [
            { key: 'when', header: '时间', width: 18 },
            { key: 'node', header: '社区', width: 16 },
            { key: 'format', header: '形式', width: 8 },
            { key: 'hostKind', header: '身份', width: 10 },
            { key: 'host', header: '代表/委员', width: 12 },
            { key: 'place', header: '地点', width: 20 },
            { key: 'state', header: '状态', width: 8 },
            { key: 'attendance', header: '到场居民', width: 10, type: 'number' },
            { key: 'problems', header: '收集问题', width: 10, type: 'number' },
            { key: 'answered', header: '已答复', width: 8, type: 'number' },
          ],
          rows: sessions.map((s) => ({
            when: when.get(s.id),
            node: s.node_name,
            format: L(`linkage.format.${s.format}`),
            hostKind: L(`linkage.host.${s.host_kind}`),
            host: s.host_name,
            place: s.place,
            state: L(`linkage.session.${s.state}`),
            attendance: s.attendance,
            problems: s.problems,
            answered: s.answered,
          })),
        },
        {
          name: '问题',
          columns: [
            { key: 'when', header: '活动时间', width: 18 },
            { key: 'node', header: '社区', width: 16 },
            { key: 'host', header: '代表/委员', width: 12 },
            { key: 'text', header: '问题', width: 40 },
            { key: 'due', header: '答复时限', width: 12 },
            { key: 'state', header: '状态', width: 8 },
            { key: 'answer', header: '答复', width: 40 },
          ],
          rows: problems.map((p) => ({
            when: when.get(p.session_id),
            node: p.node_name,
            host: p.host_name,
            text: p.text,
            due: p.due_on,
            state: L(`linkage.problem.${p.state}`),
            answer: p.answer,
          })),
        },
      ]);
    },
  };
}
