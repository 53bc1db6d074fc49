/** What the 帮教 pages share: their messages (the server's labels and the pages' own) and the state tag. */
import { Tag } from 'antd';
import { addMessages, useT } from '../../app/i18n.tsx';
import { juvenileMessages } from '../../../server/modules/juvenile/juvenile.i18n.ts';
import { juvenileSetupMessages } from './juvenile.setup.messages.ts';

addMessages(juvenileMessages);
addMessages(juvenileSetupMessages);
addMessages({
  'zh-CN': {
    'juv.title': '未成年人保护与帮教',
    'juv.hint': '检察院、法院、公安、学校、社区转介的青少年：问题识别、社工匹配、帮教记录、效果评估与结案',
    'juv.year': '年度',
    'juv.new': '登记帮教对象',
    'juv.export': '导出台账',
    'juv.name': '姓名',
    'juv.idNumber': '身份证号',
    'juv.node': '所属',
    'juv.source': '转介来源',
    'juv.referredOn': '转介日期',
    'juv.problems': '存在问题',
    'juv.plan': '帮教方案',
    'juv.worker': '社工',
    'juv.state': '状态',
    'juv.outcome': '帮教结果',
    'juv.diverted': '转处分流',
    'juv.sessions': '帮教次数',
    'juv.reportNo': '结案报告编号',
    'juv.summary': '案情摘要',
    'juv.saved': '已保存',
    'juv.chart': '结案对象帮教结果',
    'juv.figures':
      '转处分流率 {diverted}%　返岗率 {work}%　复学升学率 {school}%　人均帮教 {sessions} 次　法治教育活动 {activities} 场 {attendance} 人次',
    'juv.match': '社工匹配',
    'juv.matchScore': '匹配分',
    'juv.overlap': '擅长',
    'juv.free': '余量',
    'juv.assign': '分配',
    'juv.addSession': '记录帮教',
    'juv.heldOn': '日期',
    'juv.technique': '矫治技术',
    'juv.minutes': '时长（分钟）',
    'juv.note': '记录',
    'juv.addEvaluation': '效果评估',
    'juv.instrument': '评估工具',
    'juv.score': '得分',
    'juv.close': '结案',
    'juv.closedOn': '结案日期',
    'juv.report': '帮教结案报告',
    'juv.print': '打印',
    'juv.reveal': '查看完整信息',
    'juv.revealReason': '查看理由（将记入审计日志）',
    'juv.sessionDue': '下次帮教 {day}',
    'juv.evaluationDue': '下次评估 {day}',
    'juv.gender.M': '男',
    'juv.gender.F': '女',
    'juv.minutesTotal': '累计 {n} 次，{m} 分钟',
  },
  'en-US': {
    'juv.title': 'Juvenile protection and 帮教',
    'juv.hint':
      'Young people referred by procuratorate, court, police, school or community: problems, matching, sessions, evaluations, closing',
    'juv.year': 'Year',
    'juv.new': 'Register a case',
    'juv.export': 'Export',
    'juv.name': 'Name',
    'juv.idNumber': 'ID number',
    'juv.node': 'Area',
    'juv.source': 'Referred by',
    'juv.referredOn': 'Referred on',
    'juv.problems': 'Problems',
    'juv.plan': 'Plan',
    'juv.worker': 'Social worker',
    'juv.state': 'State',
    'juv.outcome': 'Outcome',
    'juv.diverted': 'Diverted',
    'juv.sessions': 'Sessions',
    'juv.reportNo': 'Report no.',
    'juv.summary': 'Summary',
    'juv.saved': 'Saved',
    'juv.chart': 'Outcomes of the cases closed',
    'juv.figures':
      'Diverted {diverted}%　back at work {work}%　back at school {school}%　{sessions} sessions per case　{activities} activities, {attendance} attending',
    'juv.match': 'Matching',
    'juv.matchScore': 'Score',
    'juv.overlap': 'Skilled in',
    'juv.free': 'Free places',
    'juv.assign': 'Assign',
    'juv.addSession': 'Log a session',
    'juv.heldOn': 'Date',
    'juv.technique': 'Technique',
    'juv.minutes': 'Minutes',
    'juv.note': 'Notes',
    'juv.addEvaluation': 'Evaluation',
    'juv.instrument': 'Instrument',
    'juv.score': 'Score',
    'juv.close': 'Close',
    'juv.closedOn': 'Closed on',
    'juv.report': 'Closing report',
    'juv.print': 'Print',
    'juv.reveal': 'Show in full',
    'juv.revealReason': 'Reason (recorded in the audit log)',
    'juv.sessionDue': 'Next session {day}',
    'juv.evaluationDue': 'Next evaluation {day}',
    'juv.gender.M': 'Male',
    'juv.gender.F': 'Female',
    'juv.minutesTotal': '{n} sessions, {m} minutes',
  },
});

const STATE_COLOURS = { open: 'gold', helping: 'processing', closed: 'green' } as const;

/** A case's state as a tag. */
export function StateTag(props: { state: 'open' | 'helping' | 'closed'; testId?: string }) {
  const t = useT();
  return (
    <Tag color={STATE_COLOURS[props.state]} data-testid={props.testId}>
      {t(`juvenile.state.${props.state}`)}
    </Tag>
  );
}
