/**
 * 契约化党建 on the home page and dashboards: this month's round table a community owes, contracts
 * waiting for the unit's signature, overdue projects; the figures per node; the daily notice to a
 * community of its overdue projects.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { keyedTitle } from '../notify/index.ts';
import { today, type CompactsDeps } from './compacts.core.ts';
import * as repo from './compacts.repository.ts';
import { contractNumber, doneOnTime, inForce, monthOf, monthsDue, nextMonth } from './compacts.rules.ts';

const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);

/** Builds the home-page, dashboard and notice verbs. */
export function createCompactsWorkbench(deps: CompactsDeps) {
  const { db, notify } = deps;
  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const out: TodoItem[] = [];
      const item = (
        key: string,
        href: string,
        level: TodoItem['level'],
        entries: { id: string; title: string; href: string }[],
      ): TodoItem => ({
        key: `compacts.${key}`,
        module: 'compacts',
        label: t(ctx.lang, `compacts.todo.${key}`),
        count: entries.length,
        href,
        level,
        entries: entries.slice(0, 5),
      });
      const now = today();
      const manage = scopePaths(ctx.actor, 'compacts.manage');
      if (manage.length) {
        const month = monthOf(now);
        const [contracts, meetings] = await Promise.all([
          repo.findContracts(db, nodeInPaths('c.node_id', manage), now, {
            from: `${month}-01`,
            to: `${nextMonth(month)}-01`,
          }),
          repo.findMeetings(db, nodeInPaths('m.node_id', manage), { from: month, to: month }),
        ]);
        const owing = new Map<string, string>();
        for (const c of contracts)
          if (
            monthsDue(
              [{ state: c.state, startsOn: c.starts_on, endsOn: c.ends_on }],
              Number(month.slice(0, 4)),
              now,
            ).includes(month)
          )
            owing.set(c.node_id, c.node_name);
        const entries = [...owing]
          .map(([nodeId, name]) => ({ nodeId, name, m: meetings.find((m) => m.node_id === nodeId) }))
          .filter((e) => e.m?.state !== 'held')
          .map((e) => ({
            id: e.m?.id ?? e.nodeId,
            title: `${e.name} · ${month}${e.m ? ` · ${e.m.planned_on}` : ''}`,
            href: e.m ? `/compacts/meetings/${e.m.id}` : '/compacts/meetings',
          }));
        if (entries.length) out.push(item('round_table', '/compacts/meetings', 'yellow', entries));
        const late = await repo.findOverdueProjects(db, nodeInPaths('c.node_id', manage), now);
        if (late.length)
          out.push(
            item(
              'overdue',
              '/compacts',
              'red',
              late.map((p) => ({
                id: p.id,
                title: `${p.due_on} · ${p.unit_name} · ${p.content}`,
                href: `/compacts/contracts/${p.contract_id}`,
              })),
            ),
          );
      }
      const units = scopePaths(ctx.actor, 'compacts.sign');
      if (units.length) {
        const drafts = await repo.findDrafts(db, nodeInPaths('c.unit_id', units));
        if (drafts.length)
          out.push(
            item(
              'to_sign',
              '/compacts',
              'yellow',
              drafts.map((d) => ({
                id: d.id,
                title: `${contractNumber(d.year, d.seq)} · ${d.node_name} · ${d.title}`,
                href: `/compacts/contracts/${d.id}`,
              })),
            ),
          );
      }
      return out;
    },

    /** The figures of contracts and round tables under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const now = today();
      const until = year < Number(now.slice(0, 4)) ? `${year}-12-31` : now;
      const [contracts, meetings] = await Promise.all([
        repo.findContracts(db, repo.eitherSide([node.path]), now, {
          from: `${year}-01-01`,
          to: `${year + 1}-01-01`,
        }),
        repo.findMeetings(db, nodeInPaths('m.node_id', [node.path]), {
          from: `${year}-01`,
          to: `${year}-12`,
        }),
      ]);
      if (contracts.length === 0) return [];
      const items = (
        await Promise.all(
          [...new Set(contracts.map((c) => c.district_id))].map((d) =>
            repo.findItems(
              db,
              d,
              contracts.filter((c) => c.district_id === d).map((c) => c.id),
            ),
          ),
        )
      ).flat();
      const terms = new Map<string, { state: string; startsOn: string; endsOn: string }[]>();
      for (const c of contracts)
        terms.set(c.node_id, [
          ...(terms.get(c.node_id) ?? []),
          { state: c.state, startsOn: c.starts_on, endsOn: c.ends_on },
        ]);
      let due = 0;
      let held = 0;
      for (const [nodeId, list] of terms) {
        const owed = monthsDue(list, year, until);
        due += owed.length;
        held += meetings.filter(
          (m) => m.node_id === nodeId && m.state === 'held' && owed.includes(m.month),
        ).length;
      }
      const projects = items.filter((i) => i.kind === 'project' && i.due_on?.startsWith(String(year)));
      const dueNow = projects.filter((i) => i.due_on! < until);
      const stat = statMaker(ctx.lang, 'compacts', 'def', { year });
      return [
        stat(
          'in_force',
          contracts.filter((c) => inForce({ state: c.state, startsOn: c.starts_on, endsOn: c.ends_on }, now))
            .length,
          'count',
        ),
        stat('held', meetings.filter((m) => m.state === 'held').length, 'count'),
        stat('held_rate', pct(held, due), 'percent'),
        stat('projects_done', projects.filter((i) => i.state === 'done').length, 'count'),
        stat(
          'on_time',
          pct(
            dueNow.filter((i) => doneOnTime({ state: i.state, dueOn: i.due_on, doneOn: i.done_on })).length,
            dueNow.length,
          ),
          'percent',
        ),
      ];
    },

    /**
     * Tells each community of its contracts' projects past due, once per project (dedupe key); may
     * run any number of times a day. Returns how many notices were new.
     */
    async notifyOverdue(day = today()) {
      const late = await repo.findOverdueProjects(db, repo.everywhere, day);
      if (late.length === 0) return { sent: 0 };
      const sent = await db.transaction().execute((trx) =>
        notify.send(
          trx,
          late.map((p) => ({
            districtId: p.district_id,
            nodeId: p.node_id,
            kind: 'compacts.overdue',
            ...keyedTitle('compacts.notice.overdue', {
              unit: p.unit_name,
              content: p.content,
              due: p.due_on,
            }),
            link: `/compacts/contracts/${p.contract_id}`,
            objectType: 'compacts_contract',
            objectId: p.contract_id,
            dedupeKey: `compacts.overdue:${p.id}`,
          })),
        ),
      );
      return { sent };
    },
  };
}
