/** Excel exports of the task board, the register of orders and the leaderboards (台账). */
import ExcelJS from 'exceljs';
import { shanghaiDay } from '../../platform/time.ts';

const CATEGORY: Record<string, string> = {
  major_project: '重大项目',
  key_reform: '重点改革',
  key_work: '重点工作',
  party_building: '党建项目',
};
const STATUS: Record<string, string> = {
  draft: '草稿',
  published: '已发布',
  awarded: '实施中',
  completed: '已完成',
  cancelled: '已撤销',
  issued: '已签发',
  dismissed: '已撤销',
};
const EVAL: Record<string, string> = { normal: '绿灯', yellow: '黄灯', red: '红灯' };
const TYPE: Record<string, string> = {
  responsibility: '责任令',
  commendation: '嘉奖令',
  accountability: '问责令',
};

/** What drafted an order (seed 000: 进展或排名严重滞后、到期限未达标、涉嫌违法违规), as the register prints it. */
const TRIGGER: Record<string, string> = {
  progress_lag: '进展严重滞后',
  ranking_lag: '排名严重滞后',
  deadline_missed: '到期限未完成',
  indicators_unmet: '到期限未达标',
  violation: '涉嫌违法违规',
  target_met: '达到预期效果',
};
/** Uses of results 结果运用 (seed 000), as the register prints them. */
const CONSEQUENCE: Record<string, string> = {
  public_notice: '公开通报',
  performance_score: '绩效分值',
  highlight_points: '亮点赋分',
  award: '评优评先',
  rest_leave: '休整休养',
  incentive: '嘉奖激励',
  cadre_assessment: '干部考核和任用',
  file_entry: '记入干部档案',
};

type Columns = { header: string; key: string; width: number }[];

/** A sheet with a bold header row (kept in view while scrolling unless frozenHeader is false). */
function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: Columns,
  rows: Record<string, unknown>[],
  frozenHeader = true,
) {
  const ws = wb.addWorksheet(name);
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  if (frozenHeader) ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) ws.addRow(r);
}

/** A workbook of a first sheet and more; the leaderboard's headers are not frozen. */
async function book(
  name: string,
  columns: Columns,
  rows: Record<string, unknown>[],
  more: { name: string; columns: Columns; rows: Record<string, unknown>[] }[] = [],
  frozenHeader = true,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongzhi';
  sheet(wb, name, columns, rows, frozenHeader);
  for (const m of more) sheet(wb, m.name, m.columns, m.rows, frozenHeader);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A task's light and progress figures (to one decimal), as the board and the leaderboard print them. */
function progressCells(r: { evalStatus: string | null; plannedProgress: number; actualProgress: number }) {
  return {
    eval: r.evalStatus ? EVAL[r.evalStatus] : '',
    planned: Math.round(r.plannedProgress * 10) / 10,
    actual: Math.round(r.actualProgress * 10) / 10,
  };
}

/** The board as rows. */
export function tasksWorkbook(
  rows: {
    no: number;
    title: string;
    category: string;
    status: string;
    evalStatus: string | null;
    plannedProgress: number;
    actualProgress: number;
    deadline: string;
    units: { name: string }[];
    commanderName: string | null;
    beneficiaries: number;
  }[],
): Promise<Buffer> {
  return book(
    '任务清单',
    [
      { header: '序号', key: 'no', width: 6 },
      { header: '任务', key: 'title', width: 40 },
      { header: '类别', key: 'category', width: 10 },
      { header: '状态', key: 'status', width: 8 },
      { header: '研判', key: 'eval', width: 6 },
      { header: '计划进度%', key: 'planned', width: 10 },
      { header: '实际进度%', key: 'actual', width: 10 },
      { header: '截止日期', key: 'deadline', width: 12 },
      { header: '责任单位', key: 'units', width: 30 },
      { header: '挂帅领导', key: 'commander', width: 12 },
      { header: '受益人数', key: 'beneficiaries', width: 10 },
    ],
    rows.map((r) => ({
      no: r.no,
      title: r.title,
      category: CATEGORY[r.category] ?? r.category,
      status: STATUS[r.status] ?? r.status,
      ...progressCells(r),
      deadline: r.deadline,
      units: r.units.map((u) => u.name).join('、'),
      commander: r.commanderName ?? '',
      beneficiaries: r.beneficiaries,
    })),
  );
}

/** The register of orders as rows. */
export function ordersWorkbook(
  rows: {
    number: string | null;
    type: string;
    status: string;
    title: string;
    taskTitle: string;
    unitName: string | null;
    commanderName: string | null;
    issuedAt: string | null;
    createdAt: string;
    decisionReason: string | null;
    acknowledgedAt: string | null;
    trigger: string | null;
  }[],
  consequences: {
    orderNumber: string | null;
    orderTitle: string;
    kind: string;
    points: number;
    note: string;
    subject: string;
  }[] = [],
): Promise<Buffer> {
  const day = (s: string | null) => (s ? shanghaiDay(new Date(s)) : '');
  return book(
    '三令台账',
    [
      { header: '文号', key: 'number', width: 22 },
      { header: '类型', key: 'type', width: 8 },
      { header: '状态', key: 'status', width: 8 },
      { header: '标题', key: 'title', width: 40 },
      { header: '任务', key: 'task', width: 30 },
      { header: '责任单位', key: 'unit', width: 20 },
      { header: '挂帅领导', key: 'commander', width: 12 },
      { header: '签发日期', key: 'issued', width: 12 },
      { header: '拟稿日期', key: 'created', width: 12 },
      { header: '签收日期', key: 'ack', width: 12 },
      { header: '理由', key: 'reason', width: 30 },
      { header: '触发情形', key: 'trigger', width: 14 },
    ],
    rows.map((r) => ({
      number: r.number ?? '',
      type: TYPE[r.type] ?? r.type,
      status: STATUS[r.status] ?? r.status,
      title: r.title,
      task: r.taskTitle,
      unit: r.unitName ?? '',
      commander: r.commanderName ?? '',
      issued: day(r.issuedAt),
      created: day(r.createdAt),
      ack: day(r.acknowledgedAt),
      reason: r.decisionReason ?? '',
      trigger: r.trigger ? (TRIGGER[r.trigger] ?? r.trigger) : '',
    })),
    [
      {
        name: '结果运用',
        columns: [
          { header: '文号', key: 'number', width: 22 },
          { header: '令', key: 'title', width: 40 },
          { header: '运用方式', key: 'kind', width: 14 },
          { header: '分值', key: 'points', width: 8 },
          { header: '对象', key: 'subject', width: 20 },
          { header: '说明', key: 'note', width: 30 },
        ],
        rows: consequences.map((c) => ({
          number: c.orderNumber ?? '',
          title: c.orderTitle,
          kind: CONSEQUENCE[c.kind] ?? c.kind,
          points: c.points,
          subject: c.subject,
          note: c.note,
        })),
      },
    ],
  );
}

/** The leaderboards: one sheet of units, one of tasks. */
export function leaderboardWorkbook(board: {
  units: {
    rank: number;
    name: string;
    tasks: number;
    completedOnTime: number;
    commendations: number;
    accountabilities: number;
    avgProgress: number;
    points: number;
  }[];
  tasks: {
    rank: number;
    title: string;
    actualProgress: number;
    plannedProgress: number;
    evalStatus: string | null;
  }[];
}): Promise<Buffer> {
  return book(
    '单位排行',
    [
      { header: '名次', key: 'rank', width: 6 },
      { header: '单位', key: 'name', width: 30 },
      { header: '任务数', key: 'tasks', width: 8 },
      { header: '按期完成', key: 'completedOnTime', width: 10 },
      { header: '嘉奖令', key: 'commendations', width: 8 },
      { header: '问责令', key: 'accountabilities', width: 8 },
      { header: '平均进度%', key: 'avgProgress', width: 10 },
      { header: '积分', key: 'points', width: 8 },
    ],
    board.units,
    [
      {
        name: '任务排行',
        columns: [
          { header: '名次', key: 'rank', width: 6 },
          { header: '任务', key: 'title', width: 40 },
          { header: '实际进度%', key: 'actual', width: 10 },
          { header: '计划进度%', key: 'planned', width: 10 },
          { header: '研判', key: 'eval', width: 6 },
        ],
        rows: board.tasks.map((r) => ({ rank: r.rank, title: r.title, ...progressCells(r) })),
      },
    ],
    false,
  );
}
