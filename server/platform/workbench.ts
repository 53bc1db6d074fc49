/**
 * The contract between the home page 工作台 and the modules: each module may offer a to-do source
 * (what waits for this user) and a statistics source (the figures it declares for a node's
 * dashboard 驾驶舱). The home module fans out to every source the composition root passes it.
 */
import type { RequestContext } from './access/access.ts';
import { t, type Lang } from './i18n.ts';

/** Urgency of a to-do, shown as a colour (red first). */
export type TodoLevel = 'red' | 'yellow' | 'normal';

/** One example entry under a to-do line (at most a few are sent). */
export interface TodoEntry {
  id: string;
  /** Human-readable number or title, already in the user's language. */
  title: string;
  /** Web route that opens it, e.g. '/grid/events/<id>'. */
  href: string;
  /** ISO timestamp or date it is due, when it has one. */
  due?: string | null;
  level?: TodoLevel;
}

/** One line of a user's to-do list: a kind of work waiting, how many, and where to do it. */
export interface TodoItem {
  /** Stable key, '<module>.<what>', e.g. 'events.to_dispatch'. */
  key: string;
  /** Module id, for grouping. */
  module: string;
  /** Label in the user's language, e.g. '待派遣事件'. */
  label: string;
  count: number;
  /** Web route that lists them. */
  href: string;
  level: TodoLevel;
  entries?: TodoEntry[];
}

/** What waits for the actor in one module; an empty list when nothing does or the role has none. */
export type TodoSource = (ctx: RequestContext) => Promise<TodoItem[]>;

/** Unit of a dashboard figure, so the web formats it. */
export type StatUnit = 'count' | 'percent' | 'yuan' | 'wan_yuan' | 'hours' | 'days' | 'score';

/** One figure a module declares for a node's dashboard (Decidim's register_stat). */
export interface NodeStat {
  /** Stable key, '<module>.<figure>', e.g. 'events.disposal_rate'. */
  key: string;
  module: string;
  /** Label in the user's language. */
  label: string;
  /** null when there is nothing to count yet (a rate with an empty denominator). */
  value: number | null;
  unit: StatUnit;
  /** How it is counted, in the user's language (numerator, denominator, period). */
  definition?: string;
  /**
   * Optional trend of the figure (e.g. by month, oldest first), drawn as a chart on the dashboard;
   * labels already in the user's language, values in the figure's unit.
   */
  series?: { label: string; value: number | null }[];
}

/** The node a dashboard is asked for, already checked to be in the actor's scope. */
export interface StatNode {
  id: string;
  districtId: string;
  path: string;
  level: string;
}

/** The figures one module declares for a node (and its subtree), for the given period. */
export type StatSource = (ctx: RequestContext, node: StatNode, year: number) => Promise<NodeStat[]>;

/**
 * The builder of a module's dashboard figures: label `<module>.stat.<key>`, definition
 * `<module>.stat.<key>.<definitionSuffix>` (with params), both in the user's language.
 */
export function statMaker(
  lang: Lang,
  module: string,
  definitionSuffix = 'def',
  params: Record<string, unknown> = {},
) {
  return (key: string, value: number | null, unit: StatUnit): NodeStat => ({
    key: `${module}.${key}`,
    module,
    label: t(lang, `${module}.stat.${key}`),
    value,
    unit,
    definition: t(lang, `${module}.stat.${key}.${definitionSuffix}`, params),
  });
}
