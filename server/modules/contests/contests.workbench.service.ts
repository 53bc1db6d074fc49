/**
 * The 擂台赛 on the home page and the dashboard: entries due for the units' officers, entries to
 * score for the judges, rounds ready to publish for the organisation department; the contests of
 * the year, the on-time rate of entries and the latest published leader's score.
 */
import { roleCan, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { t } from '../../platform/i18n.ts';
import type { NodeStat, StatNode, TodoItem } from '../../platform/workbench.ts';
import { districtsOf, type ContestsCore } from './contests.core.ts';
import * as repo from './contests.repository.ts';
import { ownUnit, roundStandings, type Scores, type Weights } from './contests.rules.ts';

/** Builds the to-do and dashboard sources. */
export function createContestsWorkbench(core: ContestsCore) {
  const { db } = core;
  return {
    /** What waits for the actor in the 擂台赛. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const day = core.today();
      const item = (
        key: string,
        rows: { id: string; title: string; href: string; due?: string }[],
      ): TodoItem => ({
        key: `contests.${key}`,
        module: 'contests',
        label: t(ctx.lang, `contests.todo.${key}`),
        count: rows.length,
        href: '/contests',
        level: key === 'to_enter' && rows.some((r) => r.due && r.due <= day) ? 'yellow' : 'normal',
        entries: rows.slice(0, 5),
      });
      // a unit officer's grant sits on the unit's own node
      const unitPaths = actor.grants.filter((g) => roleCan(g.role, 'contests.enter')).map((g) => g.path);
      if (unitPaths.length) {
        const due = await repo.findEntriesDue(db, unitPaths, day);
        if (due.length)
          out.push(
            item(
              'to_enter',
              due.map((r) => ({
                id: r.id,
                title: `${r.contest_title}·${r.title}（${r.unit_name}）`,
                href: `/contests/${r.contest_id}`,
                due: r.due_on,
              })),
            ),
          );
      }
      if (scopePaths(actor, 'contests.judge').length) {
        const paths = actor.grants.map((g) => g.path);
        const rows = (await repo.findEntriesToScore(db, actor.userId)).filter(
          (e) => !ownUnit(paths, e.unit_path),
        );
        if (rows.length)
          out.push(
            item(
              'to_score',
              rows.map((e) => ({
                id: e.id,
                title: `${e.contest_title}·${e.round_title}：${e.unit_name}`,
                href: `/contests/${e.contest_id}`,
              })),
            ),
          );
      }
      const districts = districtsOf(actor, 'contests.manage');
      if (districts.length) {
        const rows = await repo.findRoundsToPublish(db, districts, day);
        if (rows.length)
          out.push(
            item(
              'to_publish',
              rows.map((r) => ({
                id: r.id,
                title: `${r.contest_title}·${r.title}`,
                href: `/contests/${r.contest_id}`,
              })),
            ),
          );
      }
      return out;
    },

    /** The district's figures (contests are district-wide: any node of the district shows them). */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!districtsOf(ctx.actor, 'contests.read').includes(node.districtId)) return [];
      const f = await repo.figures(db, node.districtId, year);
      const latest = (await repo.findPublishedRounds(db, [node.districtId], year))[0];
      let leader: { name: string; total: number } | null = null;
      if (latest) {
        const r = (await repo.findRound(db, latest.id))!;
        const entries = await repo.findEntries(db, r.district_id, [r.id]);
        const scores = await repo.findScores(
          db,
          r.district_id,
          entries.map((e) => e.id),
        );
        const top = roundStandings(
          entries.map((e) => ({
            unitId: e.unit_id,
            unitName: e.unit_name,
            scores: scores.filter((s) => s.entry_id === e.id).map((s) => s.scores as Scores),
          })),
          r.weights as Weights,
        )[0];
        if (top) leader = { name: top.unitName, total: top.total };
      }
      const stat = (
        key: string,
        value: number | null,
        unit: NodeStat['unit'],
        definition: string,
      ): NodeStat => ({
        key: `contests.${key}`,
        module: 'contests',
        label: t(ctx.lang, `contests.stat.${key}`),
        value,
        unit,
        definition,
      });
      return [
        stat('contests', f.contests, 'count', t(ctx.lang, 'contests.stat.contests.def')),
        stat(
          'on_time',
          f.due ? Math.round((f.on_time / f.due) * 1000) / 10 : null,
          'percent',
          t(ctx.lang, 'contests.stat.on_time.def'),
        ),
        stat(
          'leader',
          leader?.total ?? null,
          'score',
          leader
            ? t(ctx.lang, 'contests.stat.leader.def', {
                name: `${latest!.contest_title}·${latest!.title}：${leader.name}`,
              })
            : t(ctx.lang, 'contests.stat.leader.none'),
        ),
      ];
    },
  };
}
