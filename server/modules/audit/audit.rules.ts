/**
 * What an auditor reads in place of raw codes: each audited action's name in both languages. An
 * action missing here is shown as its code (a module adding an action adds its name here).
 */

/** Action code → its name in Chinese and English. */
export const ACTION_NAMES: Record<string, { 'zh-CN': string; 'en-US': string }> = {
  'accounts.login': { 'zh-CN': '登录', 'en-US': 'Log in' },
  'accounts.logout': { 'zh-CN': '退出登录', 'en-US': 'Log out' },
  'accounts.password.change': { 'zh-CN': '修改密码', 'en-US': 'Change password' },
  'accounts.password.reset': { 'zh-CN': '重置密码', 'en-US': 'Reset password' },
  'accounts.policy.update': { 'zh-CN': '修改安全策略', 'en-US': 'Change security policy' },
  'accounts.grant': { 'zh-CN': '授予角色', 'en-US': 'Grant a role' },
  'accounts.revoke': { 'zh-CN': '撤销角色', 'en-US': 'Revoke a role' },
  'accounts.totp.start': { 'zh-CN': '开始绑定动态验证码', 'en-US': 'Start TOTP enrolment' },
  'accounts.totp.enable': { 'zh-CN': '启用动态验证码', 'en-US': 'Enable TOTP' },
  'accounts.totp.verify': { 'zh-CN': '校验动态验证码', 'en-US': 'Check one-time code' },
  'accounts.user.create': { 'zh-CN': '新建账号', 'en-US': 'Create account' },
  'accounts.user.disable': { 'zh-CN': '停用账号', 'en-US': 'Disable account' },
  'accounts.user.enable': { 'zh-CN': '启用账号', 'en-US': 'Enable account' },
  'accounts.export': { 'zh-CN': '导出账号清单', 'en-US': 'Export the accounts register' },
  'audit.export': { 'zh-CN': '导出审计日志', 'en-US': 'Export the audit log' },
  'audit.verify': { 'zh-CN': '校验审计日志', 'en-US': 'Verify the audit log' },
  'http.denied': { 'zh-CN': '访问被拒绝', 'en-US': 'Access denied' },
  'org.node.create': { 'zh-CN': '新建组织节点', 'en-US': 'Create a node' },
  'org.node.update': { 'zh-CN': '修改组织节点', 'en-US': 'Edit a node' },
  'org.node.move': { 'zh-CN': '移动组织节点', 'en-US': 'Move a node' },
  'org.export': { 'zh-CN': '导出组织架构', 'en-US': 'Export the organisation tree' },
  'org.party.create': { 'zh-CN': '新建党组织', 'en-US': 'Create a party organisation' },
  'people.create': { 'zh-CN': '登记人员', 'en-US': 'Register a person' },
  'people.update': { 'zh-CN': '修改人员信息', 'en-US': 'Edit a person' },
  'people.reveal': { 'zh-CN': '查看完整个人信息', 'en-US': 'Reveal personal data' },
  'people.export': { 'zh-CN': '导出人员信息', 'en-US': 'Export people' },
  'people.import': { 'zh-CN': '导入人员信息', 'en-US': 'Import people' },
  'people.identity.add': { 'zh-CN': '添加身份', 'en-US': 'Add an identity' },
  'people.identity.remove': { 'zh-CN': '移除身份', 'en-US': 'Remove an identity' },
  'tasks.list.create': { 'zh-CN': '新建任务榜', 'en-US': 'Create a task list' },
  'tasks.list.publish': { 'zh-CN': '发布任务榜', 'en-US': 'Publish a task list' },
  'tasks.task.add': { 'zh-CN': '添加任务', 'en-US': 'Add a task' },
  'tasks.task.award': { 'zh-CN': '定榜挂帅', 'en-US': 'Award a task' },
  'tasks.proposal.create': { 'zh-CN': '提出任务建议', 'en-US': 'Propose a task' },
  'tasks.application.create': { 'zh-CN': '揭榜申请', 'en-US': 'Apply to claim a task' },
  'tasks.report.create': { 'zh-CN': '报告进展', 'en-US': 'Report progress' },
  'tasks.evaluate': { 'zh-CN': '每日研判', 'en-US': 'Daily evaluation' },
  'tasks.exemption.apply': { 'zh-CN': '申请容错', 'en-US': 'Apply for exemption' },
  'tasks.order.draft': { 'zh-CN': '起草令', 'en-US': 'Draft an order' },
  'tasks.order.edit': { 'zh-CN': '修改令', 'en-US': 'Edit an order' },
  'tasks.order.issue': { 'zh-CN': '签发令', 'en-US': 'Issue an order' },
  'tasks.order.dismiss': { 'zh-CN': '撤销令', 'en-US': 'Dismiss an order' },
  'tasks.order.acknowledge': { 'zh-CN': '签收令', 'en-US': 'Acknowledge an order' },
  'tasks.order.consequences': { 'zh-CN': '记录令的结果', 'en-US': 'Record consequences' },
  'tasks.party_project.create': { 'zh-CN': '新建党建项目', 'en-US': 'Create a party project' },
  'tasks.settings.update': { 'zh-CN': '修改研判设置', 'en-US': 'Change evaluation settings' },
  'tasks.violation.record': { 'zh-CN': '记录违规', 'en-US': 'Record a violation' },
  'events.report': { 'zh-CN': '上报事件', 'en-US': 'Report an event' },
  'events.photo': { 'zh-CN': '上传事件照片', 'en-US': 'Add an event photo' },
  'events.receive': { 'zh-CN': '受理事件', 'en-US': 'Receive an event' },
  'events.accept': { 'zh-CN': '接收事件', 'en-US': 'Accept an event' },
  'events.dispatch': { 'zh-CN': '派遣事件', 'en-US': 'Dispatch an event' },
  'events.reject': { 'zh-CN': '退回事件', 'en-US': 'Return an event' },
  'events.handle': { 'zh-CN': '处置事件', 'en-US': 'Handle an event' },
  'events.verify': { 'zh-CN': '核查事件', 'en-US': 'Verify an event' },
  'events.close': { 'zh-CN': '结案', 'en-US': 'Close an event' },
  'events.escalate': { 'zh-CN': '上报升级', 'en-US': 'Escalate an event' },
  'events.merge': { 'zh-CN': '合并重复事件', 'en-US': 'Merge duplicates' },
  'events.sla.set': { 'zh-CN': '设置办理时限', 'en-US': 'Set service levels' },
  'events.routing.set': { 'zh-CN': '设置派遣规则', 'en-US': 'Set a routing rule' },
  'events.routing.delete': { 'zh-CN': '删除派遣规则', 'en-US': 'Delete a routing rule' },
  'grid.assign': { 'zh-CN': '分配网格员', 'en-US': 'Assign a grid worker' },
  'grid.unassign': { 'zh-CN': '取消网格分配', 'en-US': 'Unassign a grid worker' },
  'grid.visit': { 'zh-CN': '入户走访', 'en-US': 'Record a visit' },
  'grid.visit_rule': { 'zh-CN': '设置走访周期', 'en-US': 'Set the visit cycle' },
  'grid.patrol': { 'zh-CN': '巡查', 'en-US': 'Patrol' },
  'grid.outline': { 'zh-CN': '设置网格边界', 'en-US': 'Set a grid outline' },
  'grid.record.create': { 'zh-CN': '新建台账记录', 'en-US': 'Create a register record' },
  'grid.record.update': { 'zh-CN': '修改台账记录', 'en-US': 'Edit a register record' },
  'grid.import.preview': { 'zh-CN': '台账导入预览', 'en-US': 'Preview a register import' },
  'grid.import.commit': { 'zh-CN': '台账导入', 'en-US': 'Import a register' },
  'grid.export': { 'zh-CN': '导出台账', 'en-US': 'Export a register' },
  'open311.key.create': { 'zh-CN': '新建 Open311 密钥', 'en-US': 'Create an Open311 key' },
  'open311.key.revoke': { 'zh-CN': '吊销 Open311 密钥', 'en-US': 'Revoke an Open311 key' },
};

/** The name of an action in both languages, or null when it has none (shown as its code). */
export function actionName(action: string): { 'zh-CN': string; 'en-US': string } | null {
  return ACTION_NAMES[action] ?? null;
}

/** Every named action whose code starts with a prefix (for the filter's suggestions). */
export function namedActions(): { code: string; 'zh-CN': string; 'en-US': string }[] {
  return Object.entries(ACTION_NAMES).map(([code, n]) => ({ code, ...n }));
}
