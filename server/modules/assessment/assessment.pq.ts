/**
 * Futian's political-quality assessment 政治素质考核 [000] as data: the 45-indicator list (正向 +
 * 负向, 定性 + 定量) over the five aspects its system records (政治忠诚、政治定力、政治担当、
 * 政治能力、政治自律 [000]), and the ten gathering methods (政治家访、联合会审 and eight more).
 */

/** The five aspects of political quality [000]. */
export const PQ_ASPECTS = ['loyalty', 'steadfastness', 'commitment', 'capability', 'discipline'] as const;
export type PqAspect = (typeof PQ_ASPECTS)[number];

/** One indicator of the list. */
export interface PqIndicator {
  code: string;
  aspect: PqAspect;
  polarity: 'positive' | 'negative';
  kind: 'qualitative' | 'quantitative';
  name: string;
}

// aspect → [positive qualitative…], [positive quantitative…], [negative…] (q: quantitative)
const LIST: Record<PqAspect, { pos: string[]; posQ: string[]; neg: [string, boolean][] }> = {
  loyalty: {
    pos: [
      '坚定拥护“两个确立”、做到“两个维护”',
      '对党忠诚老实，如实向组织报告个人事项',
      '严格执行请示报告制度',
      '带头学习贯彻党的创新理论',
    ],
    posQ: ['参加理论学习中心组、“三会一课”出勤率', '主动向组织汇报思想工作次数'],
    neg: [
      ['对党中央决策部署打折扣、搞变通', false],
      ['个人有关事项漏报瞒报', false],
      ['无故缺席组织生活次数', true],
    ],
  },
  steadfastness: {
    pos: [
      '在大是大非面前立场坚定',
      '敢于同错误言行作斗争',
      '面对风险考验保持定力',
      '理想信念坚定，宗旨意识牢固',
    ],
    posQ: ['参与意识形态阵地管理、舆情处置次数', '参加政治理论考试成绩'],
    neg: [
      ['妄议中央大政方针', false],
      ['参与封建迷信活动', false],
      ['网络发表不当言论被查实次数', true],
    ],
  },
  commitment: {
    pos: ['揭榜挂帅、冲锋在前', '在急难险重任务中主动担当', '勇于攻坚克难、破解难题', '敢于负责、不推诿扯皮'],
    posQ: ['承担“大事要事难事”数量', '获得嘉奖令、专项奖励次数'],
    neg: [
      ['遇事推诿、不作为慢作为', false],
      ['被问责令问责次数', true],
      ['重点任务红灯预警次数', true],
    ],
  },
  capability: {
    pos: [
      '善于从政治上分析和解决问题',
      '贯彻落实区委区政府部署有力',
      '改革创新成效明显',
      '联系服务群众能力强',
    ],
    posQ: ['平时考核“好”等次次数', '群众满意度测评得分'],
    neg: [
      ['工作思路不清、落实不力', false],
      ['平时考核“较差”等次次数', true],
      ['群众投诉查实次数', true],
    ],
  },
  discipline: {
    pos: [
      '严守政治纪律和政治规矩',
      '严格落实中央八项规定精神',
      '廉洁自律、秉公用权',
      '管好家属和身边工作人员',
    ],
    posQ: ['廉政谈话、警示教育参加次数', '按时如实填报廉政档案'],
    neg: [
      ['违反中央八项规定精神', false],
      ['受到党纪政务处分', false],
      ['被诫勉谈话、函询次数', true],
    ],
  },
};

/** The 45 indicators (9 per aspect: 6 positive, 3 negative; qualitative and quantitative) [000]. */
export const PQ_INDICATORS: PqIndicator[] = PQ_ASPECTS.flatMap((aspect, a) => {
  const l = LIST[aspect];
  const rows: Omit<PqIndicator, 'code'>[] = [
    ...l.pos.map((name) => ({ aspect, polarity: 'positive' as const, kind: 'qualitative' as const, name })),
    ...l.posQ.map((name) => ({ aspect, polarity: 'positive' as const, kind: 'quantitative' as const, name })),
    ...l.neg.map(([name, q]) => ({
      aspect,
      polarity: 'negative' as const,
      kind: q ? ('quantitative' as const) : ('qualitative' as const),
      name,
    })),
  ];
  return rows.map((r, i) => ({ code: `PQ${String(a * 9 + i + 1).padStart(2, '0')}`, ...r }));
});

/** The ten gathering methods (政治家访、联合会审 named in [000]; the rest as districts practise them). */
export const PQ_METHODS = [
  'home_visit', // 政治家访
  'joint_review', // 联合会审
  'talk', // 个别谈话
  'democratic_evaluation', // 民主测评
  'daily_observation', // 日常观察
  'special_inspection', // 专项考察
  'report_review', // 述职评议
  'opinions', // 征求纪检监察、巡察意见
  'petition_check', // 信访核查
  'records_audit', // 档案审核
] as const;
export type PqMethod = (typeof PQ_METHODS)[number];

/** Whether a code names one of the 45 indicators. */
export function isPqIndicator(code: string): boolean {
  return PQ_INDICATORS.some((i) => i.code === code);
}

/** A person's file summed per aspect: positive and negative entries. */
export function pqSummary(entries: readonly { indicatorCode: string }[]) {
  const out = Object.fromEntries(PQ_ASPECTS.map((a) => [a, { positive: 0, negative: 0 }])) as Record<
    PqAspect,
    { positive: number; negative: number }
  >;
  for (const e of entries) {
    const i = PQ_INDICATORS.find((x) => x.code === e.indicatorCode);
    if (i) out[i.aspect][i.polarity]++;
  }
  return out;
}
