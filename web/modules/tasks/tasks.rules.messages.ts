/** Texts of the daily evaluation and its rules, Chinese first, English second. */

const zh: Record<string, string> = {
  'tasks.health': '研判状态',
  'tasks.health.normal': '正常',
  'tasks.health.yellow': '黄灯',
  'tasks.health.red': '红灯',
  'tasks.health.completed': '已完成',
  'tasks.evaluate': '每日研判',
  'tasks.evaluate.day': '研判日期',
  'tasks.evaluate.hint':
    '按计划进度与实际进度研判红黄灯，并提出嘉奖令、问责令草稿（不会自动签发）。不填日期即为今天。',
  'tasks.evaluate.done':
    '已研判 {evaluated} 项：黄灯 {yellow}，红灯 {red}；嘉奖令草稿 {commendationDrafts}，问责令草稿 {accountabilityDrafts}',
  'tasks.rules': '评价规则',
  'tasks.rules.edit': '修改评价规则',
  'tasks.rules.close': '关闭',
  'tasks.rules.intro':
    '每日研判按以下规则给已定榜的任务亮灯（滞后幅度 = 计划进度 − 实际进度，单位为百分点）。',
  'tasks.rules.yellowMargin': '黄灯滞后幅度（百分点）',
  'tasks.rules.yellowMargin.meaning': '实际进度落后计划 {yellowMargin} 个百分点及以上，亮黄灯',
  'tasks.rules.yellowMargin.help': '{min}–{max} 的整数，须小于红灯滞后幅度',
  'tasks.rules.redMargin': '红灯滞后幅度（百分点）',
  'tasks.rules.redMargin.meaning': '落后 {redMargin} 个百分点及以上，或有节点逾期未完成，亮红灯',
  'tasks.rules.redMargin.help': '{min}–{max} 的整数，须大于黄灯滞后幅度',
  'tasks.rules.redDaysForAccountability': '红灯持续天数',
  'tasks.rules.redDaysForAccountability.meaning':
    '连续亮红灯满 {redDaysForAccountability} 天，自动拟定问责令草稿',
  'tasks.rules.redDaysForAccountability.help': '{min}–{max} 的整数（天）',
  'tasks.rules.deadlineNoticeDays': '到期提醒天数',
  'tasks.rules.deadlineNoticeDays.meaning': '任务截止日期前 {deadlineNoticeDays} 天内，每天提醒承担单位',
  'tasks.rules.deadlineNoticeDays.help': '{min}–{max} 的整数（天），0 表示仅在到期当天提醒',
  'tasks.rules.defaults': '本区尚未设置，使用系统默认规则。',
  'tasks.rules.updated': '本区规则第 {version} 版，更新于 {at}。',
  'tasks.rules.editHint': '修改后从下一次每日研判起生效，只影响本区任务。',
  'tasks.rules.rankingLagPlaces': '排名末位数（0 为不启用）',
  'tasks.rules.rankingLagDays': '排名末位持续天数',
  'tasks.rules.indicatorGraceDays': '指标达标宽限天数',
  'tasks.rules.rankingLagPlaces.help':
    '任务在本年排名的末 N 位且落后计划达到黄灯幅度即为排名严重滞后（{min}–{max}，0 为不启用）',
  'tasks.rules.rankingLagDays.help': '排名严重滞后持续这么多天即拟发问责令（{min}–{max} 天）',
  'tasks.rules.indicatorGraceDays.help':
    '已完成任务到期后这么多天内指标仍未全部达标即拟发问责令（{min}–{max} 天）',
  'tasks.rules.rankingLagPlaces.meaning':
    '本年排名末 {rankingLagPlaces} 位且落后计划达到黄灯幅度，为排名严重滞后',
  'tasks.rules.rankingLagDays.meaning': '排名严重滞后持续 {rankingLagDays} 天，拟发问责令',
  'tasks.rules.indicatorGraceDays.meaning':
    '已完成任务到期 {indicatorGraceDays} 天后指标仍未达标，拟发问责令（到期限未达标）',
};

const en: Record<string, string> = {
  'tasks.health': 'Evaluation',
  'tasks.health.normal': 'Normal',
  'tasks.health.yellow': 'Yellow',
  'tasks.health.red': 'Red',
  'tasks.health.completed': 'Completed',
  'tasks.evaluate': 'Daily evaluation',
  'tasks.evaluate.day': 'Day evaluated',
  'tasks.evaluate.hint':
    'Marks tasks normal, yellow or red from planned against actual progress and proposes draft orders (nothing is issued by itself). Leave the day empty for today.',
  'tasks.evaluate.done':
    'Evaluated {evaluated}: {yellow} yellow, {red} red; {commendationDrafts} commendation and {accountabilityDrafts} accountability drafts',
  'tasks.rules': 'Evaluation rules',
  'tasks.rules.edit': 'Change the evaluation rules',
  'tasks.rules.close': 'Close',
  'tasks.rules.intro':
    'The daily evaluation colours every awarded task by these rules (lag = planned progress − actual progress, in percentage points).',
  'tasks.rules.yellowMargin': 'Yellow margin (points)',
  'tasks.rules.yellowMargin.meaning': 'Yellow when {yellowMargin} or more points behind plan',
  'tasks.rules.yellowMargin.help': 'A whole number from {min} to {max}, below the red margin',
  'tasks.rules.redMargin': 'Red margin (points)',
  'tasks.rules.redMargin.meaning': 'Red when {redMargin} or more points behind, or a milestone is overdue',
  'tasks.rules.redMargin.help': 'A whole number from {min} to {max}, above the yellow margin',
  'tasks.rules.redDaysForAccountability': 'Red days before accountability',
  'tasks.rules.redDaysForAccountability.meaning':
    'Red for {redDaysForAccountability} days in a row: an accountability order is drafted',
  'tasks.rules.redDaysForAccountability.help': 'A whole number of days from {min} to {max}',
  'tasks.rules.deadlineNoticeDays': 'Deadline notice days',
  'tasks.rules.deadlineNoticeDays.meaning':
    'Units are reminded daily within {deadlineNoticeDays} days of a deadline',
  'tasks.rules.deadlineNoticeDays.help':
    'A whole number of days from {min} to {max}; 0 reminds on the day only',
  'tasks.rules.defaults': 'This district has not set its own rules: the defaults apply.',
  'tasks.rules.updated': 'Version {version} of the district rules, updated {at}.',
  'tasks.rules.editHint': 'Changes apply from the next daily evaluation, to this district’s tasks only.',
  'tasks.rules.rankingLagPlaces': 'Last places of the ranking (0: off)',
  'tasks.rules.rankingLagDays': 'Days in the last places',
  'tasks.rules.indicatorGraceDays': 'Grace days for indicators',
  'tasks.rules.rankingLagPlaces.help':
    'A task in the last N places of the year’s ranking and behind plan by the yellow margin lags badly in rank ({min}–{max}; 0 turns it off)',
  'tasks.rules.rankingLagDays.help':
    'Lagging in rank this many days drafts an accountability order ({min}–{max} days)',
  'tasks.rules.indicatorGraceDays.help':
    'A completed task whose indicators are still unmet this many days after its deadline gets an accountability draft ({min}–{max} days)',
  'tasks.rules.rankingLagPlaces.meaning':
    'In the last {rankingLagPlaces} places of the year’s ranking and behind plan by the yellow margin: lagging badly in rank',
  'tasks.rules.rankingLagDays.meaning':
    'Lagging in rank for {rankingLagDays} days drafts an accountability order',
  'tasks.rules.indicatorGraceDays.meaning':
    'Indicators still unmet {indicatorGraceDays} days after a completed task’s deadline draft an accountability order',
};

/** The evaluation part of the tasks catalogue. */
export const tasksRulesMessages = { 'zh-CN': zh, 'en-US': en };
