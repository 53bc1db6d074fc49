/**
 * A civilisation-city assessment list 测评体系 in the shape Futian decomposed it (seed 003: 12 个测评
 * 项目、90 项测评内容、188 条测评标准), for the demo district and tests. The project and item names
 * follow the national assessment's headings; the standards' wording is the demo's own. A district
 * imports its real list from Excel (GET /api/grid/standards/export gives the layout).
 */

/** One standard as a row of the import sheet. */
export interface StandardRow {
  projectCode: string;
  projectName: string;
  itemCode: string;
  itemName: string;
  code: string;
  text: string;
  category: string;
}

const PROJECTS: [string, string, string[]][] = [
  [
    '公共环境',
    'sanitation',
    [
      '城市道路清扫保洁',
      '背街小巷环境卫生',
      '农贸市场环境',
      '公共厕所管理',
      '垃圾分类',
      '建筑工地管理',
      '户外广告与招牌',
      '占道经营治理',
    ],
  ],
  [
    '公共秩序',
    'public_order',
    ['交通秩序', '非机动车停放', '文明过马路', '公共场所秩序', '车站码头秩序', '噪音管控', '养犬管理'],
  ],
  [
    '公共服务',
    'other',
    [
      '窗口单位服务',
      '便民服务设施',
      '无障碍设施',
      '公共文化场馆服务',
      '公交服务',
      '医疗机构服务',
      '政务服务大厅',
      '银行网点服务',
    ],
  ],
  [
    '社区建设',
    'sanitation',
    [
      '社区环境',
      '小区物业管理',
      '社区服务站',
      '社区文化活动',
      '楼道卫生',
      '老旧小区管理',
      '社区议事协商',
      '邻里互助',
    ],
  ],
  [
    '公益广告',
    'other',
    [
      '公益广告刊播',
      '核心价值观宣传',
      '道路沿线公益广告',
      '公共场所宣传栏',
      '工地围挡公益广告',
      '交通工具公益广告',
      '网络公益广告',
    ],
  ],
  [
    '志愿服务',
    'other',
    [
      '志愿服务站点',
      '志愿者注册',
      '学雷锋志愿服务',
      '志愿服务记录',
      '关爱特殊群体',
      '文明引导志愿服务',
      '志愿服务激励',
    ],
  ],
  [
    '未成年人思想道德建设',
    'other',
    [
      '校园周边环境',
      '网吧管理',
      '未成年人活动场所',
      '文明校园',
      '家庭教育指导',
      '心理健康辅导',
      '出版物市场',
    ],
  ],
  [
    '诚信建设',
    'other',
    ['诚信经营', '明码标价', '诚信宣传', '失信惩戒', '消费者权益保护', '食品安全诚信', '企业信用公示'],
  ],
  [
    '生态环境',
    'sanitation',
    ['河道水体', '绿化养护', '大气污染防治', '餐饮油烟', '露天焚烧', '黄土裸露', '污水排放', '扬尘治理'],
  ],
  [
    '文明单位创建',
    'other',
    ['机关作风', '文明科室', '单位内部环境', '职工文明素养', '单位志愿服务', '单位公益宣传', '文明餐桌'],
  ],
  [
    '市民文明素质',
    'public_order',
    ['公共场所吸烟', '随地吐痰', '乱扔垃圾', '文明用语', '排队礼让', '文明旅游', '文明养犬', '网络文明'],
  ],
  [
    '长效机制',
    'other',
    [
      '网格化巡查',
      '问题整改台账',
      '常态督查',
      '群众监督举报',
      '督查通报',
      '考核评价',
      '宣传动员',
      '文明巡访团',
    ],
  ],
];

const ASPECTS = [
  '设施完好、干净整洁，无明显问题',
  '有专人负责，制度健全，巡查和整改记录齐全',
  '群众知晓率、满意度达到测评要求',
];

/** The 12 projects, 90 items and 188 standards of the demo list, in order. */
export function civilisationStandards(): StandardRow[] {
  const rows: StandardRow[] = [];
  let itemIndex = 0;
  PROJECTS.forEach(([projectName, category, items], p) => {
    const projectCode = String(p + 1).padStart(2, '0');
    items.forEach((itemName, i) => {
      const itemCode = `${projectCode}.${String(i + 1).padStart(2, '0')}`;
      // two standards an item, three for the first eight: 90 × 2 + 8 = 188
      const n = itemIndex++ < 8 ? 3 : 2;
      for (let k = 0; k < n; k++)
        rows.push({
          projectCode,
          projectName,
          itemCode,
          itemName,
          code: `${itemCode}.${k + 1}`,
          text: `${itemName}：${ASPECTS[k]}`,
          category,
        });
    });
  });
  return rows;
}

/** The list as a CSV the standards import reads (UTF-8, the import's own headers). */
export function civilisationStandardsCsv(rows = civilisationStandards()): Buffer {
  const head = '项目编号,测评项目,内容编号,测评内容,标准编号,测评标准,事件类别';
  return Buffer.from(
    [
      head,
      ...rows.map((r) =>
        [r.projectCode, r.projectName, r.itemCode, r.itemName, r.code, r.text, r.category].join(','),
      ),
    ].join('\r\n'),
  );
}
