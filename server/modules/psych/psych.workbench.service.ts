/**
 * 社会心理服务 on the home page and dashboards: the counsellor's bookings today, the grid worker's
 * follow-ups due within a week or overdue, the officers' subsidy applications to check or approve;
 * the figures of a node and year with their definitions.
 */
import { can, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import { shanghaiMinute } from '../../platform/time.ts';
import { statMaker, type NodeStat, type StatNode, type TodoItem } from '../../platform/workbench.ts';
import { patientOut, subsidyOut, today, type PsychDeps } from './psych.core.ts';
import * as repo from './psych.repository.ts';
import { FREE_HOURS_TARGET, POPULATIONS, addDays } from './psych.rules.ts';

const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);
/** Follow-ups due within this many days show on the home page. */
export const DUE_SOON_DAYS = 7;

/** Builds the home-page and dashboard verbs. */
export function createPsychWorkbench(deps: Pick<PsychDeps, 'db'>) {
  const { db } = deps;
  return {
    /** What waits for the actor. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const actor = ctx.actor;
      if (!actor) return [];
      const out: TodoItem[] = [];
      const item = (
        key: string,
        href: string,
        level: TodoItem['level'],
        entries: { id: string; title: string; href: string }[],
      ): TodoItem => ({
        key: `psych.${key}`,
        module: 'psych',
        label: t(ctx.lang, `psych.todo.${key}`),
        count: entries.length,
        href,
        level,
        entries: entries.slice(0, 5),
      });
      if (can(actor, 'psych.counsel')) {
        const from = new Date(`${today()}T00:00:00+08:00`);
        const bs = await repo.findBookingsToHold(
          db,
          actor.userId,
          from,
          new Date(from.getTime() + 86_400_000),
        );
        if (bs.length)
          out.push(
            item(
              'bookings_today',
              '/psych/sessions',
              'normal',
              bs.map((b) => ({
                id: b.id,
                title: `${shanghaiMinute(new Date(b.starts_at)).slice(11)} · ${b.point_name} · ${t(ctx.lang, `psych.topic.${b.topic}`)}`,
                href: '/psych/sessions',
              })),
            ),
          );
      }
      if (actor.grants.some((g) => g.role === 'grid_worker')) {
        const mine = (await repo.findPatients(db, repo.patientsWhere([], actor.userId))).map(patientOut);
        const soon = addDays(today(), DUE_SOON_DAYS);
        const due = mine.filter((p) => p.nextDue <= soon).sort((a, b) => a.nextDue.localeCompare(b.nextDue));
        if (due.length)
          out.push(
            item(
              'followups_due',
              '/psych/patients',
              due.some((p) => p.overdue) ? 'red' : 'normal',
              due.map((p) => ({
                id: p.id,
                title: `${p.nextDue} · ${p.nodeName} · ${p.name}`,
                href: `/psych/patients/${p.id}`,
              })),
            ),
          );
      }
      for (const [action, state, key] of [
        ['psych.subsidy.check', 'applied', 'subsidies_check'],
        ['psych.subsidy.approve', 'checked', 'subsidies_approve'],
      ] as const) {
        const roots = scopePaths(actor, action);
        if (!roots.length) continue;
        const rows = (await repo.findSubsidies(db, repo.patientsWhere(roots, null), state)).map((s) =>
          subsidyOut(actor, s),
        );
        if (rows.length)
          out.push(
            item(
              key,
              '/psych/subsidies',
              'yellow',
              rows.map((s) => ({
                id: s.id,
                title: `${s.appliedOn} · ${s.nodeName} · ${s.patientName}`,
                href: '/psych/subsidies',
              })),
            ),
          );
      }
      return out;
    },

    /** The figures under a node in a year. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      if (!can(ctx.actor, 'psych.read', node.path)) return [];
      const from = `${year}-01-01`;
      const to = `${year + 1}-01-01`;
      const f = await repo.findFigures(db, [node.path], from, to);
      if (!f.sessions && !f.screened && !f.patients) return [];
      const groups = await repo.findScreeningByGroup(db, nodeInPaths('s.node_id', [node.path]), from, to);
      const stat = statMaker(ctx.lang, 'psych', 'def', { year, target: FREE_HOURS_TARGET });
      const screened = stat('screened', f.screened, 'count');
      screened.series = POPULATIONS.map((g) => ({
        label: t(ctx.lang, `psych.population.${g}`),
        value: groups.find((x) => x.population === g)?.screened ?? 0,
      }));
      return [
        stat('free_hours', Math.round(f.minutes / 6) / 10, 'hours'),
        stat('free_hours_target', pct(f.minutes / 60, FREE_HOURS_TARGET), 'percent'),
        stat('sessions', f.sessions, 'count'),
        screened,
        stat('flagged', f.flagged, 'count'),
        stat('patients', f.patients, 'count'),
        stat('followup_on_time', pct(f.on_time, f.followups), 'percent'),
        stat('subsidies_granted', f.granted, 'count'),
      ];
    },
  };
}
