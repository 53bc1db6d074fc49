/**
 * Texts of the grid worker's due list, visit form and visit cycles, Chinese first, English second.
 */

const zh: Record<string, string> = {
  'grid.due.myGridMap': '我的网格地图',
  'grid.due.noOutline': '网格边界尚未设置',
  'grid.due.title': '我的走访清单',
  'grid.due.today': '今日待访',
  'grid.due.overdue': '已逾期',
  'grid.due.done': '已完成',
  'grid.due.empty': '暂无',
  'grid.due.dueOn': '应访日期 {d}',
  'grid.due.lastVisit': '上次走访 {d}',
  'grid.due.never': '从未走访',
  'grid.due.visit': '走访',
  'grid.due.offlineCopy': '离线副本（{at}）',
  'grid.due.noCopy': '无网络，且本机没有走访清单副本',
  'grid.due.pendingSync': '待同步',
  'grid.due.synced': '已同步',
  'grid.due.report': '上报隐患',

  'grid.visit.title': '登记走访：{label}',
  'grid.visit.result': '走访结果',
  'grid.visit.result.met': '已见面',
  'grid.visit.result.nobody_home': '无人在家',
  'grid.visit.result.refused': '拒绝走访',
  'grid.visit.result.hazard_found': '发现隐患',
  'grid.visit.note': '情况说明',
  'grid.visit.verified': '核实台账信息无误',
  'grid.visit.position': '记录当前位置',
  'grid.visit.save': '保存走访',
  'grid.visit.reportHazard': '保存后上报隐患',

  'grid.vcat.household': '一般住户',
  'grid.vcat.rental': '出租屋',
  'grid.vcat.special_care': '特殊关爱人群',
  'grid.vcat.entity': '法人单位',

  'grid.cycles.title': '走访周期设置',
  'grid.cycles.interval': '周期（天）',
  'grid.cycles.inherited': '继承自上级',
  'grid.cycles.own': '本级设置',
  'grid.cycles.save': '保存',
  'grid.cycles.saved': '已保存',
  'grid.cycles.default': '默认每 7 天走访一次',
};

const en: Record<string, string> = {
  'grid.due.myGridMap': 'My grid on the map',
  'grid.due.noOutline': 'The grid outline has not been set',
  'grid.due.title': 'My due visits',
  'grid.due.today': 'Due today',
  'grid.due.overdue': 'Overdue',
  'grid.due.done': 'Done',
  'grid.due.empty': 'None',
  'grid.due.dueOn': 'Due {d}',
  'grid.due.lastVisit': 'Last visit {d}',
  'grid.due.never': 'Never visited',
  'grid.due.visit': 'Visit',
  'grid.due.offlineCopy': 'Offline copy ({at})',
  'grid.due.noCopy': 'No network and no copy of the due list on this phone',
  'grid.due.pendingSync': 'Waiting to sync',
  'grid.due.synced': 'Synced',
  'grid.due.report': 'Report a hazard',

  'grid.visit.title': 'Record a visit: {label}',
  'grid.visit.result': 'Result',
  'grid.visit.result.met': 'Met',
  'grid.visit.result.nobody_home': 'Nobody home',
  'grid.visit.result.refused': 'Refused',
  'grid.visit.result.hazard_found': 'Hazard found',
  'grid.visit.note': 'Note',
  'grid.visit.verified': 'Register record checked and correct',
  'grid.visit.position': 'Record my position',
  'grid.visit.save': 'Save visit',
  'grid.visit.reportHazard': 'Save, then report the hazard',

  'grid.vcat.household': 'Household',
  'grid.vcat.rental': 'Rental housing',
  'grid.vcat.special_care': 'Special care',
  'grid.vcat.entity': 'Legal entity',

  'grid.cycles.title': 'Visit cycles',
  'grid.cycles.interval': 'Every (days)',
  'grid.cycles.inherited': 'Inherited',
  'grid.cycles.own': 'Set here',
  'grid.cycles.save': 'Save',
  'grid.cycles.saved': 'Saved',
  'grid.cycles.default': 'By default every household is visited every 7 days',
};

/** The visits part of the grid catalogue. */
export const gridVisitsMessages = { 'zh-CN': zh, 'en-US': en };
