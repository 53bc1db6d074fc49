/**
 * What 共治合伙人 and 天大的小事 put on the home page and the dashboard, and the year's 民生实事 out to
 * Excel: the officer's applications, needs to screen and overdue matters; a partner account's
 * matters; a reporter's reports in progress; five figures per node and year.
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { readRoots } from '../../platform/access/nodes.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { writeWorkbook } from '../../platform/sheets/index.ts';
import { shanghaiDay, shanghaiThisYear } from '../../platform/time.ts';
import type { NodeStat, StatNode, TodoItem, TodoLevel } from '../../platform/workbench.ts';
import * as repo from './partners.repository.ts';
import type { PartnersDeps } from './partners.register.service.ts';
import { isOverdue, type NeedState } from './partners.rules.ts';

/** Builds the to-dos, figures and the matters export. */
export function createPartnersWorkbench(deps: Pick<PartnersDeps, 'db'>) {
  const { db } = deps;

  const item = (
    ctx: RequestContext,
    key: string,
    href: string,
    level: TodoLevel,
    list: { id: string; title: string; due?: string | null }[],
  ): TodoItem => ({
    key: `partners.${key}`,
    module: 'partners',
    label: t(ctx.lang, `partners.todo.${key}`),
    count: list.length,
    href,
    level,
    entries: list.slice(0, 5).map((x) => ({ id: x.id, title: x.title, href, due: x.due ?? null })),
  });

  return {
    /** What waits for the actor in this module. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const today = shanghaiDay();
      const manage = scopePaths(actor, 'partners.manage');
      if (manage.length) {
        const applied = await repo.findPartners(db, {
          inScope: nodeInPaths('p.node_id', manage),
          states: ['applied'],
          year: shanghaiThisYear(),
          limit: 500,
        });
        if (applied.length)
          out.push(
            item(
              ctx,
              'applications',
              '/partners',
              'normal',
              applied.map((p) => ({ id: p.id, title: p.name })),
            ),
          );
        const needs = await repo.findNeeds(db, {
          inScope: nodeInPaths('d.node_id', manage),
          states: ['reported', 'selected', 'in_progress'],
          limit: 2000,
        });
        const screen = needs.filter((d) => d.state === 'reported');
        if (screen.length) out.push(item(ctx, 'to_screen', '/partners/needs', 'normal', screen));
        const late = needs.filter((d) =>
          isOverdue(
            { state: d.state as NeedState, targetDate: d.target_date ? String(d.target_date) : null },
            today,
          ),
        );
        if (late.length)
          out.push(
            item(
              ctx,
              'overdue',
              '/partners/needs',
              'red',
              late.map((d) => ({ id: d.id, title: d.title, due: String(d.target_date) })),
            ),
          );
      }
      if (scopePaths(actor, 'partners.serve').length) {
        const mine = await repo.partnerIdsOf(db, actor.userId);
        const open = await repo.findNeeds(db, {
          partnerIds: mine,
          states: ['selected', 'in_progress'],
          limit: 500,
        });
        if (open.length)
          out.push(
            item(
              ctx,
              'assigned',
              '/partners/needs',
              open.some((d) =>
                isOverdue(
                  { state: d.state as NeedState, targetDate: d.target_date ? String(d.target_date) : null },
                  today,
                ),
              )
                ? 'red'
                : 'normal',
              open.map((d) => ({
                id: d.id,
                title: d.title,
                due: d.target_date ? String(d.target_date) : null,
              })),
            ),
          );
      }
      if (scopePaths(actor, 'partners.report').length) {
        const mine = await repo.findNeeds(db, {
          by: actor.userId,
          states: ['reported', 'selected', 'in_progress'],
          limit: 500,
        });
        if (mine.length) out.push(item(ctx, 'mine', '/partners/needs', 'normal', mine));
      }
      return out;
    },

    /** Active partners, needs reported, matters selected and done, partner points under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const f = await repo.figures(db, (c) => nodeInPaths(c, [node.path]), year);
      return (['active', 'needs', 'selected', 'done', 'points'] as const).map((k) => ({
        key: `partners.${k}`,
        module: 'partners',
        label: t(ctx.lang, `partners.stat.${k}`),
        value: f[k],
        unit: (k === 'points' ? 'score' : 'count') as 'score' | 'count',
        definition: t(ctx.lang, `partners.stat.${k}.def`),
      }));
    },

    /** The year's 民生实事 as Excel (the export's own look-ups). */
    async exportMatters(ctx: RequestContext, q: { nodeId?: string; year?: number }) {
      const roots = await readRoots(db, ctx, 'partners.export', q.nodeId);
      const year = q.year ?? shanghaiThisYear();
      const rows = await repo.findNeeds(db, {
        inScope: nodeInPaths('d.node_id', roots),
        year,
        states: ['selected', 'in_progress', 'done'],
        limit: 100_000,
      });
      const assigned = await repo.assignmentsOf(
        db,
        rows.map((r) => r.id),
      );
      return writeWorkbook([
        {
          name: t(ctx.lang, 'partners.sheet.matters'),
          columns: [
            { key: 'year', header: '年度', width: 8, type: 'number' },
            { key: 'node', header: '社区', width: 14 },
            { key: 'title', header: '民生实事', width: 30 },
            { key: 'detail', header: '情况说明', width: 40 },
            { key: 'partners', header: '承接合伙人', width: 30 },
            { key: 'target', header: '目标日期', width: 12 },
            { key: 'progress', header: '进度(%)', width: 10, type: 'number' },
            { key: 'state', header: '状态', width: 12 },
          ],
          rows: rows.map((d) => ({
            year: d.year,
            node: d.node_name,
            title: d.title,
            detail: d.detail,
            partners: assigned
              .filter((a) => a.need_id === d.id)
              .map((a) => a.name)
              .join('、'),
            target: d.target_date ? String(d.target_date).slice(0, 10) : '',
            progress: d.progress,
            state: t(ctx.lang, `partners.need.${d.state}`),
          })),
        },
      ]);
    },
  };
}
