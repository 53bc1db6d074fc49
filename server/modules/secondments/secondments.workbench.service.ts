/**
 * The secondments on the home page (a cadre's current secondment and weekly log, the street's
 * ratings due, the organisation department's due cadres), the dashboard figures, and the record a
 * cadre's one-person file in assessment reads (secondments and special assessments).
 */
import { scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { t } from '../../platform/i18n.ts';
import type { NodeStat, StatNode, TodoItem } from '../../platform/workbench.ts';
import type { SecondmentsCore, SecondmentsDeps } from './secondments.core.ts';
import * as repo from './secondments.repository.ts';
import { completion, phaseOf, ratingOpen, weeklyLogDue } from './secondments.rules.ts';

/** A cadre's secondments and special assessments as their one-person file shows them. */
export interface SecondmentRecord {
  secondments: {
    batch: string;
    workKind: string;
    street: string;
    startsOn: string;
    endsOn: string;
    rating: string | null;
    comment: string;
  }[];
  specials: {
    topic: string;
    startsOn: string;
    endsOn: string;
    attitude: string | null;
    responsibility: string | null;
    role: string | null;
    results: string | null;
    comment: string;
    outcome: string | null;
  }[];
}

/** Builds the home page, dashboard and file-record verbs. */
export function createWorkbenchService(deps: SecondmentsDeps & { core: SecondmentsCore }) {
  const { db, core } = deps;

  /** A cadre's current secondment and their weekly log due. */
  async function cadreTodos(ctx: RequestContext): Promise<TodoItem[]> {
    const personId = ctx.actor?.personId;
    if (!personId || !scopePaths(ctx.actor, 'secondments.log').length) return [];
    const today = core.today();
    const rows = (await repo.findAssignments(db, { personIds: [personId] })).filter(
      (a) => phaseOf({ startsOn: a.starts_on, endsOn: a.ends_on }, today) === 'running',
    );
    if (!rows.length) return [];
    const entry = (a: repo.AssignmentRow) => ({
      id: a.id,
      title: `${a.batch_name}·${a.street_name}（${a.starts_on} 至 ${a.ends_on}）`,
      href: '/secondments',
      due: a.ends_on,
    });
    const out: TodoItem[] = [
      {
        key: 'secondments.current',
        module: 'secondments',
        label: t(ctx.lang, 'secondments.todo.current'),
        count: rows.length,
        href: '/secondments',
        level: 'normal',
        entries: rows.map(entry),
      },
    ];
    const due = rows.filter((a) =>
      weeklyLogDue({ startsOn: a.starts_on, endsOn: a.ends_on }, a.weeks, today),
    );
    if (due.length)
      out.push({
        key: 'secondments.weekly_due',
        module: 'secondments',
        label: t(ctx.lang, 'secondments.todo.weekly_due'),
        count: due.length,
        href: '/secondments',
        level: 'yellow',
        entries: due.map(entry),
      });
    return out;
  }

  /** The street's ratings due (from two weeks before a batch ends, red once it has ended). */
  async function streetTodos(ctx: RequestContext): Promise<TodoItem[]> {
    const paths = scopePaths(ctx.actor, 'secondments.host');
    if (!paths.length) return [];
    const today = core.today();
    const rows = (
      await repo.findAssignments(db, { streetsIn: nodeInPaths('a.street_id', paths), limit: 2000 })
    ).filter((a) => !a.rating && ratingOpen({ startsOn: a.starts_on, endsOn: a.ends_on }, today));
    if (!rows.length) return [];
    return [
      {
        key: 'secondments.to_rate',
        module: 'secondments',
        label: t(ctx.lang, 'secondments.todo.to_rate'),
        count: rows.length,
        href: '/secondments',
        level: rows.some((a) => a.ends_on < today) ? 'red' : 'yellow',
        entries: rows.slice(0, 5).map((a) => ({
          id: a.id,
          title: `${a.person_name}·${a.batch_name}`,
          href: '/secondments',
          due: a.ends_on,
        })),
      },
    ];
  }

  /** The organisation department's cadres due a secondment without one (promoted in the last 12 months). */
  async function orgTodos(ctx: RequestContext): Promise<TodoItem[]> {
    const grants = (ctx.actor?.grants ?? []).filter((g) =>
      scopePaths(ctx.actor, 'secondments.manage').includes(g.path),
    );
    if (!grants.length) return [];
    const due = (await Promise.all(grants.map((g) => core.cadresWithStanding(g.districtId, g.path))))
      .flat()
      .filter((c) => c.standing === 'due');
    if (!due.length) return [];
    return [
      {
        key: 'secondments.due',
        module: 'secondments',
        label: t(ctx.lang, 'secondments.todo.due'),
        count: due.length,
        href: '/secondments',
        level: 'normal',
        entries: due.slice(0, 5).map((c) => ({
          id: c.personId,
          title: `${c.name}（${c.unitName}，${c.post}，${c.postSince}）`,
          href: '/secondments',
        })),
      },
    ];
  }

  return {
    /** What waits for the actor: the cadre's, the street's and the organisation department's lines. */
    async todos(ctx: RequestContext): Promise<TodoItem[]> {
      const lists = await Promise.all([cadreTodos(ctx), streetTodos(ctx), orgTodos(ctx)]);
      return lists.flat();
    },

    /** Seconded now, completed this year, share rated 优秀, the streets' target progress. */
    async stats(ctx: RequestContext, node: StatNode, year: number): Promise<NodeStat[]> {
      const today = core.today();
      const [f, progress] = await Promise.all([
        repo.figures(db, nodeInPaths('a.street_id', [node.path]), today, year),
        repo.latestProgress(db, nodeInPaths('p.street_id', [node.path]), year),
      ]);
      const target = progress.reduce((s, p) => s + Number(p.target), 0);
      const done = progress.reduce((s, p) => s + Number(p.done), 0);
      const stat = (key: string, value: number | null, unit: NodeStat['unit']): NodeStat => ({
        key: `secondments.${key}`,
        module: 'secondments',
        label: t(ctx.lang, `secondments.stat.${key}`),
        value,
        unit,
        definition: t(ctx.lang, `secondments.stat.${key}.def`),
      });
      return [
        stat('now', f.now, 'count'),
        stat('completed', f.completed, 'count'),
        stat('excellent', f.rated ? Math.round((f.excellent / f.rated) * 1000) / 10 : null, 'percent'),
        stat('progress', completion(target, done), 'percent'),
      ];
    },

    /** A cadre's secondments and special assessments (for their one-person file; the caller checked access). */
    async recordOfPerson(districtId: string, personId: string): Promise<SecondmentRecord> {
      const [rows, specials] = await Promise.all([
        repo.findAssignments(db, { districtId, personIds: [personId] }),
        repo.findSpecialCadres(db, { districtId, personId }),
      ]);
      return {
        secondments: rows.map((a) => ({
          batch: a.batch_name,
          workKind: a.work_kind,
          street: a.street_name,
          startsOn: a.starts_on,
          endsOn: a.ends_on,
          rating: a.rating,
          comment: a.rating_comment,
        })),
        specials: specials.map((c) => ({
          topic: c.topic,
          startsOn: c.starts_on,
          endsOn: c.ends_on,
          attitude: c.attitude,
          responsibility: c.responsibility,
          role: c.role,
          results: c.results,
          comment: c.comment,
          outcome: c.outcome,
        })),
      };
    },
  };
}
