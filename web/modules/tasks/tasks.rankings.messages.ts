/** Texts of the unit leaderboard and unit scores, Chinese first, English second. */

const zh: Record<string, string> = {
  'tasks.leaderboard': '单位排行榜',
  'tasks.rank.units': '单位排名',
  'tasks.unitScores': '绩效分值（人大代表满意度测评）',
  'tasks.unitScores.average': '平均分',
  'tasks.unitScores.sources': '测评项目',
  'tasks.unitScores.none': '本年度暂无代表测评分值',
  'tasks.rank.taskRanks': '任务排名',
  'tasks.rank.tasks': '任务数',
  'tasks.rank.onTime': '按时完成',
  'tasks.rank.commendations': '嘉奖',
  'tasks.rank.accountabilities': '问责',
  'tasks.rank.avgProgress': '平均进度',
  'tasks.rank.points': '积分',
};

const en: Record<string, string> = {
  'tasks.leaderboard': 'Unit leaderboards',
  'tasks.rank.units': 'Units',
  'tasks.unitScores': 'Performance scores (deputies’ satisfaction)',
  'tasks.unitScores.average': 'Average',
  'tasks.unitScores.sources': 'Rated projects',
  'tasks.unitScores.none': 'No scores from the deputies this year',
  'tasks.rank.taskRanks': 'Tasks',
  'tasks.rank.tasks': 'Tasks',
  'tasks.rank.onTime': 'On time',
  'tasks.rank.commendations': 'Commendations',
  'tasks.rank.accountabilities': 'Accountability',
  'tasks.rank.avgProgress': 'Average progress',
  'tasks.rank.points': 'Points',
};

/** The rankings part of the tasks catalogue. */
export const tasksRankingsMessages = { 'zh-CN': zh, 'en-US': en };
