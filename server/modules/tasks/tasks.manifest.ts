/** What the tasks module offers the platform: its actions, settings with defaults, and statistics. */
import { tasksPermissions } from './tasks.permissions.ts';
import type { EvalSettings } from './tasks.rules.ts';

/** Table holding each district's own thresholds (set by its organisation department). */
export const TASKS_SETTINGS_TABLE = 'tasks_settings';

/** Default thresholds of the daily evaluation, for a district that has not set its own. */
export const DEFAULT_TASKS_SETTINGS: EvalSettings = {
  yellowMargin: 10,
  redMargin: 25,
  redDaysForAccountability: 14,
  deadlineNoticeDays: 7,
  rankingLagPlaces: 3,
  rankingLagDays: 30,
  indicatorGraceDays: 15,
};

/** The module's manifest (Decidim-style component registration). */
export const tasksManifest = {
  id: 'tasks',
  name: { 'zh-CN': '一榜三令', 'en-US': 'Task list and three orders' },
  actions: Object.keys(tasksPermissions),
  settings: { table: TASKS_SETTINGS_TABLE, perDistrict: true, defaults: DEFAULT_TASKS_SETTINGS },
  statistics: [
    { id: 'tasks.published', name: { 'zh-CN': '上榜任务', 'en-US': 'Tasks listed' } },
    { id: 'tasks.awarded', name: { 'zh-CN': '已揭榜', 'en-US': 'Tasks claimed' } },
    { id: 'tasks.red', name: { 'zh-CN': '红灯任务', 'en-US': 'Red tasks' } },
    { id: 'tasks.orders.commendation', name: { 'zh-CN': '嘉奖令', 'en-US': 'Commendation orders' } },
    { id: 'tasks.orders.accountability', name: { 'zh-CN': '问责令', 'en-US': 'Accountability orders' } },
    {
      id: 'tasks.party.beneficiaries',
      name: { 'zh-CN': '党建项目受益人数', 'en-US': 'Party project beneficiaries' },
    },
  ],
} as const;
