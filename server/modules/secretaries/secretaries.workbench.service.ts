/**
 * 社区书记 on the home page and dashboards: vacancies (组织部 and streets), secretaries due for
 * rotation and candidates to move on (组织部), a cadre's own candidacies; the figures per node; the
 * roster as Excel with terms, appointment method and rotation due.
 */
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import type { Db } from '../../platform/db/db.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import type { SecretariesCore } from './secretaries.core.ts';
import { rosterOf } from './secretaries.roster.service.ts';
import type * as repo from './secretaries.repository.ts';
import { OPEN_METHODS } from './secretaries.rules.ts';

const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);

/** Builds the home-page, dashboard and export verbs. */
export function createSecretariesWorkbench(deps: {
  db: Db;
  core: SecretariesCore;
  candidatesWaiting: (ctx: RequestContext) => Promise<repo.CandidateRow[]>;
  myCandidacies: (ctx: RequestContext) => Promise<repo.CandidateRow[]>;
}) {
  const { db } = deps;
  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      if (!ctx.actor) return [];
      const out: TodoItem[] = [];
      const item = (
        key: string,
        count: number,
        href: string,
        level: TodoItem['level'],
        entries: { id: string; title: string; href?: string }[],
      ): TodoItem => ({
        key: `secretaries.${key}`,
        module: 'secretaries',
        label: t(ctx.lang, `secretaries.todo.${key}`),
        count,
        href,
        level,
        entries: entries.slice(0, 5).map((e) => ({ ...e, href: e.href ?? href })),
      });
      const read = scopePaths(ctx.actor, 'secretaries.read');
      if (read.length) {
        const roster = await rosterOf(db, read);
        const vacant = roster.filter((e) => e.vacant);
        if (vacant.length)
          out.push(
            item(
              'vacancies',
              vacant.length,
              '/secretaries',
              'yellow',
              vacant.map((e) => ({ id: e.nodeId, title: `${e.streetName} ${e.nodeName}` })),
            ),
          );
        if (can(ctx.actor, 'secretaries.manage')) {
          const due = (await rosterOf(db, scopePaths(ctx.actor, 'secretaries.manage'))).filter(
            (e) => e.rotationDue,
          );
          if (due.length)
            out.push(
              item(
                'rotation_due',
                due.length,
                '/secretaries',
                'normal',
                due.map((e) => ({
                  id: e.term!.id,
                  title: `${e.nodeName} ${e.term!.name}（第${e.term!.termNo}届）`,
                })),
              ),
            );
        }
      }
      const waiting = await deps.candidatesWaiting(ctx);
      if (waiting.length)
        out.push(
          item(
            'candidates',
            waiting.length,
            '/secretaries/selections',
            'yellow',
            waiting.map((c) => ({
              id: c.id,
              title: `${c.name} · ${c.node_name} · ${t(ctx.lang, `secretaries.stage.${c.stage}`)}`,
              href: `/secretaries/selections/${c.selection_id}`,
            })),
          ),
        );
      const mine = (await deps.myCandidacies(ctx)).filter((c) => c.stage !== 'withdrawn');
      if (mine.length)
        out.push(
          item(
            'mine',
            mine.length,
            '/secretaries/selections',
            'normal',
            mine.map((c) => ({
              id: c.id,
              title: `${c.title} · ${c.node_name} · ${t(ctx.lang, `secretaries.stage.${c.stage}`)}`,
              href: `/secretaries/selections/${c.selection_id}`,
            })),
          ),
        );
      return out;
    },

    /** The figures under a node (the roster as it is now; year does not apply). */
    async stats(ctx: RequestContext, node: StatNode): Promise<NodeStat[]> {
      const roster = await rosterOf(db, [node.path]);
      if (roster.length === 0) return [];
      const held = roster.filter((e) => !e.vacant);
      const stat = statMaker(ctx.lang, 'secretaries');
      return [
        stat('with_secretary', held.length, 'count'),
        stat('vacancies', roster.length - held.length, 'count'),
        stat('rotation_due', held.filter((e) => e.rotationDue).length, 'count'),
        stat(
          'open_share',
          pct(held.filter((e) => OPEN_METHODS.includes(e.term!.method)).length, held.length),
          'percent',
        ),
      ];
    },

    /** The roster as Excel: every community, its secretary, term, method, start, rotation due. */
    async exportRoster(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await deps.core.roots(ctx, 'secretaries.export', q.nodeId);
      const rows = await rosterOf(db, paths);
      const yes = ctx.lang === 'zh-CN' ? '是' : 'yes';
      return writeWorkbook([
        {
          name: t(ctx.lang, 'secretaries.sheet.roster'),
          columns: [
            { key: 'street', header: '街道', width: 14 },
            { key: 'node', header: '社区', width: 16 },
            { key: 'name', header: '书记', width: 10 },
            { key: 'termNo', header: '第几届', width: 8, type: 'number' },
            { key: 'method', header: '任职方式', width: 18 },
            { key: 'startedOn', header: '任职日期', width: 12 },
            { key: 'due', header: '应岗位交流', width: 10 },
          ],
          rows: rows.map((e) => ({
            street: e.streetName,
            node: e.nodeName,
            name: e.term?.name ?? (ctx.lang === 'zh-CN' ? '（空缺）' : '(vacant)'),
            termNo: e.term?.termNo ?? null,
            method: e.term ? t(ctx.lang, `secretaries.method.${e.term.method}`) : '',
            startedOn: e.term?.startedOn ?? '',
            due: e.rotationDue ? yes : '',
          })),
        },
      ]);
    },
  };
}
