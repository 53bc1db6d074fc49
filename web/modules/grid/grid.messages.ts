/**
 * Texts of the grid pages, Chinese first, English second: the menu, grids and staff and common
 * words here, each page family in its own grid.*.messages.ts.
 */
import { joinMessages } from '../../app/i18n.tsx';
import { gridSyncMessages } from './grid.sync.messages.ts';
import { gridVisitsMessages } from './grid.visits.messages.ts';
import { gridEventsMessages } from './grid.events.messages.ts';
import { gridDashboardMessages } from './grid.dashboard.messages.ts';
import { gridRegistersMessages } from './grid.registers.messages.ts';
import { gridPatrolsMessages } from './grid.patrols.messages.ts';

const zh: Record<string, string> = {
  'grid.menu.due': '我的走访',
  'grid.menu.grids': '网格与人员',
  'grid.grids.title': '网格与人员',
  'grid.grids.none': '此节点下没有网格',
  'grid.grids.noOutline': '未设边界',
  'grid.grids.kind.worker': '网格员',
  'grid.grids.kind.cadre': '我当网格员',
  'grid.grids.kind.head': '网格长',
  'grid.grids.end': '结束指派',
  'grid.grids.endConfirm': '结束 {name} 在此网格的指派？今天起不再计入',
  'grid.grids.ended': '已结束指派',
  'grid.grids.draw': '绘制边界',
  'grid.grids.drawHint': '依次点击地图上的边界拐点（已点 {n} 个，至少 3 个）',
  'grid.grids.saveOutline': '保存边界',
  'grid.grids.saveConfirm': '用新画的边界替换原边界？',
  'grid.grids.loadFile': '导入 GeoJSON',
  'grid.grids.notJson': '文件不是有效的 GeoJSON',
  'grid.grids.clear': '清除边界',
  'grid.grids.clearConfirm': '清除此网格的边界？地图上将不再显示',
  'grid.grids.outlineSaved': '边界已保存',
  'grid.grids.outlineCleared': '边界已清除',
  'grid.grids.map': '{name}边界地图',
  'grid.menu.report': '上报事件',
  'grid.menu.sync': '离线同步',
  'grid.menu.dashboard': '网格驾驶舱',
  'grid.menu.registers': '网格台账',
  'grid.menu.cycles': '走访周期',
  'grid.menu.patrols': '文明巡查',
  'grid.menu.standards': '测评标准',
  'grid.common.ok': '确定',
  'grid.common.cancel': '取消',
  'grid.common.close': '关闭',
  'grid.common.refresh': '刷新',
  'grid.common.offline': '无网络连接',
};

const en: Record<string, string> = {
  'grid.menu.due': 'My visits',
  'grid.menu.grids': 'Grids and staff',
  'grid.grids.title': 'Grids and who serves them',
  'grid.grids.none': 'No grids under this node',
  'grid.grids.noOutline': 'No outline',
  'grid.grids.kind.worker': 'Worker',
  'grid.grids.kind.cadre': 'Cadre as worker',
  'grid.grids.kind.head': 'Grid head',
  'grid.grids.end': 'End the assignment',
  'grid.grids.endConfirm': 'End {name}’s assignment here? It stops counting from today',
  'grid.grids.ended': 'Assignment ended',
  'grid.grids.draw': 'Draw the outline',
  'grid.grids.drawHint': 'Tap the corners of the grid in turn ({n} so far, at least 3)',
  'grid.grids.saveOutline': 'Save the outline',
  'grid.grids.saveConfirm': 'Replace the outline with the one drawn?',
  'grid.grids.loadFile': 'Load GeoJSON',
  'grid.grids.notJson': 'The file is not valid GeoJSON',
  'grid.grids.clear': 'Clear the outline',
  'grid.grids.clearConfirm': 'Clear this grid’s outline? It will no longer show on maps',
  'grid.grids.outlineSaved': 'Outline saved',
  'grid.grids.outlineCleared': 'Outline cleared',
  'grid.grids.map': 'Map of {name}',
  'grid.menu.report': 'Report an event',
  'grid.menu.sync': 'Offline sync',
  'grid.menu.dashboard': 'Grid dashboard',
  'grid.menu.registers': 'Registers',
  'grid.menu.cycles': 'Visit cycles',
  'grid.menu.patrols': 'Patrols',
  'grid.menu.standards': 'Assessment standards',
  'grid.common.ok': 'OK',
  'grid.common.cancel': 'Cancel',
  'grid.common.close': 'Close',
  'grid.common.refresh': 'Refresh',
  'grid.common.offline': 'No network',
};

/** The grid module's catalogue for the shell. */
export const gridMessages = joinMessages(
  { 'zh-CN': zh, 'en-US': en },
  gridSyncMessages,
  gridVisitsMessages,
  gridEventsMessages,
  gridDashboardMessages,
  gridRegistersMessages,
  gridPatrolsMessages,
);
