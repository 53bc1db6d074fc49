/**
 * Qujiang's promotion months 职级晋升 [001]: the listed situations, the four vetoes, the yearly
 * cap, and a person's months from their graded quarters and confirmed declarations.
 * Pure: no IO (re-exported by assessment.rules.ts).
 */
import { DIMENSIONS, type Dimension, type Grade } from './assessment.rules.vocabulary.ts';
import { type Transition } from './assessment.rules.workflow.ts';

/** A listed situation that shortens (positive) or lengthens (negative) the wait by 1–6 months. */
export interface Situation {
  code: string;
  polarity: 'positive' | 'negative';
  months: number;
  label: { 'zh-CN': string; 'en-US': string };
}

/** Qujiang's 正反两张清单: 7 positive and 8 negative situations [001]; a district may edit the list. */
export const DEFAULT_SITUATIONS: Situation[] = [
  {
    code: 'P1',
    polarity: 'positive',
    months: 6,
    label: { 'zh-CN': '获得省级以上政府督查激励', 'en-US': 'Provincial supervision incentive' },
  },
  {
    code: 'P2',
    polarity: 'positive',
    months: 4,
    label: {
      'zh-CN': '山区26县考核位列全省前茅',
      'en-US': 'Top of the province among the 26 mountain counties',
    },
  },
  {
    code: 'P3',
    polarity: 'positive',
    months: 4,
    label: { 'zh-CN': '获得省级以上表彰', 'en-US': 'Provincial or higher commendation' },
  },
  {
    code: 'P4',
    polarity: 'positive',
    months: 3,
    label: { 'zh-CN': '市级考核排名前列', 'en-US': 'Top ranks in a city assessment' },
  },
  {
    code: 'P5',
    polarity: 'positive',
    months: 2,
    label: { 'zh-CN': '获得嘉奖令', 'en-US': 'Commendation order received' },
  },
  {
    code: 'P6',
    polarity: 'positive',
    months: 3,
    label: { 'zh-CN': '改革创新成果被上级推广', 'en-US': 'Reform adopted by higher levels' },
  },
  {
    code: 'P7',
    polarity: 'positive',
    months: 2,
    label: {
      'zh-CN': '参与专班工作1年以上且表现突出',
      'en-US': 'A year or more on a task force, outstanding',
    },
  },
  {
    code: 'N1',
    polarity: 'negative',
    months: 6,
    label: { 'zh-CN': '被市委市政府正式发文负面通报', 'en-US': 'Formal negative notice by the city' },
  },
  {
    code: 'N2',
    polarity: 'negative',
    months: 3,
    label: { 'zh-CN': '综合争先考核同类排名末位', 'en-US': 'Last of its group in the overall assessment' },
  },
  {
    code: 'N3',
    polarity: 'negative',
    months: 3,
    label: { 'zh-CN': '被问责令问责', 'en-US': 'Accountability order received' },
  },
  {
    code: 'N4',
    polarity: 'negative',
    months: 2,
    label: { 'zh-CN': '省市考核排名落位', 'en-US': 'Fell in provincial or city rankings' },
  },
  {
    code: 'N5',
    polarity: 'negative',
    months: 2,
    label: { 'zh-CN': '被上级督查通报批评', 'en-US': 'Criticised in a supervision notice' },
  },
  {
    code: 'N6',
    polarity: 'negative',
    months: 2,
    label: { 'zh-CN': '重点工作未按期完成', 'en-US': 'Key work not finished on time' },
  },
  {
    code: 'N7',
    polarity: 'negative',
    months: 1,
    label: { 'zh-CN': '群众投诉查实造成不良影响', 'en-US': 'Substantiated complaint with bad effect' },
  },
  {
    code: 'N8',
    polarity: 'negative',
    months: 1,
    label: { 'zh-CN': '平时考核被评为较差', 'en-US': 'Rated poor in the routine assessment' },
  },
];

/** Qujiang's 四类不予晋升 [001]: 御下不严, 担当不力, 悔错不佳, 违规违纪. */
export const VETO_CATEGORIES = ['lax_management', 'shirking', 'unrepentant', 'discipline'] as const;
export type VetoCategory = (typeof VETO_CATEGORIES)[number];

/** The yearly cap on the net change, in months (每年叠加不超过1年 [001]). */
export const YEARLY_CAP_MONTHS = 12;

/** A declaration's states: declared by the person or unit → reviewed jointly → confirmed by the department [001]. */
export const DECLARATION_MACHINE = {
  review: { from: ['declared'], to: 'reviewed', reason: 'assessment.declaration_not_declared' },
  confirm: { from: ['reviewed'], to: 'confirmed', reason: 'assessment.declaration_not_reviewed' },
  reject: { from: ['declared', 'reviewed'], to: 'rejected', reason: 'assessment.declaration_decided' },
} as const satisfies Record<string, Transition<'declared' | 'reviewed' | 'confirmed' | 'rejected'>>;
export type DeclarationState = 'declared' | 'reviewed' | 'confirmed' | 'rejected';

/** One input to a person's promotion months. */
export type PromotionEvent =
  | { kind: 'quarter'; year: number; quarter: number; dimensions: Partial<Record<Dimension, Grade | null>> }
  /** A year's graded quarters counted at once: how many 好 and how many 较差 on the four dimensions. */
  | { kind: 'quarters'; year: number; good: number; last: number }
  | {
      kind: 'situation';
      year: number;
      code: string;
      polarity: 'positive' | 'negative';
      months: number;
      state: DeclarationState;
    }
  | { kind: 'veto'; year: number; category: VetoCategory; state: DeclarationState };

/** A year's promotion months: negative shortens the wait, positive lengthens it. */
export interface PromotionYear {
  year: number;
  quarterGood: number;
  quarterLast: number;
  situations: number;
  raw: number;
  net: number;
  capped: boolean;
}

/** A person's promotion months over the years given, and whether a veto blocks promotion. */
export interface PromotionMonths {
  years: PromotionYear[];
  total: number;
  vetoed: boolean;
  vetoes: VetoCategory[];
}

/**
 * Qujiang's 职级晋升 quantified [001]: each quarterly 好 on a dimension shortens the wait a month,
 * each last-place rating (较差 on a dimension) lengthens it a month; each confirmed situation
 * adds or removes its 1–6 months; a year's net change is capped at ±12 months; a confirmed veto
 * blocks promotion outright whatever the months. Declarations not yet confirmed count for nothing.
 */
export function promotionMonths(events: readonly PromotionEvent[]): PromotionMonths {
  const byYear = new Map<number, PromotionYear>();
  const vetoes = new Set<VetoCategory>();
  const yearOf = (y: number) => {
    let r = byYear.get(y);
    if (!r)
      byYear.set(
        y,
        (r = { year: y, quarterGood: 0, quarterLast: 0, situations: 0, raw: 0, net: 0, capped: false }),
      );
    return r;
  };
  for (const e of events) {
    if (e.kind === 'veto') {
      if (e.state === 'confirmed') vetoes.add(e.category);
      continue;
    }
    const y = yearOf(e.year);
    if (e.kind === 'quarter') {
      for (const d of DIMENSIONS) {
        if (e.dimensions[d] === 'good') y.quarterGood++;
        if (e.dimensions[d] === 'poor') y.quarterLast++;
      }
    } else if (e.kind === 'quarters') {
      y.quarterGood += e.good;
      y.quarterLast += e.last;
    } else if (e.state === 'confirmed') {
      const m = Math.max(1, Math.min(6, Math.round(e.months)));
      y.situations += e.polarity === 'positive' ? -m : m;
    }
  }
  const years = [...byYear.values()].sort((a, b) => a.year - b.year);
  for (const y of years) {
    y.raw = y.situations - y.quarterGood + y.quarterLast;
    y.net = Math.max(-YEARLY_CAP_MONTHS, Math.min(YEARLY_CAP_MONTHS, y.raw));
    y.capped = y.net !== y.raw;
  }
  return {
    years,
    total: years.reduce((s, y) => s + y.net, 0),
    vetoed: vetoes.size > 0,
    vetoes: VETO_CATEGORIES.filter((v) => vetoes.has(v)),
  };
}

/**
 * Qujiang's 区管领导 months tied to provincial and city rankings [001] (根据省市区考核排名、晋落位情况):
 * a unit ranked in a ranking body's top band gives its district-managed leaders a positive
 * situation, in the bottom band a negative one; the middle band gives nothing. The bands are a
 * fifth of the ranked units each (at least one place): 前茅/前列 and 落位.
 */
export const RANKING_BODIES = ['province', 'city'] as const;
export type RankingBody = (typeof RANKING_BODIES)[number];
export const RANKING_BAND_SHARE = 0.2;
/** The listed situation each band of each body declares (codes of DEFAULT_SITUATIONS). */
export const RANKING_SITUATIONS: Record<RankingBody, { top: string; bottom: string }> = {
  province: { top: 'P2', bottom: 'N4' },
  city: { top: 'P4', bottom: 'N4' },
};

/** The situation a rank declares: the top band's, the bottom band's, or none (the middle, or a bad rank). */
export function rankingSituation(body: RankingBody, rank: number, total: number): string | null {
  if (!Number.isInteger(rank) || !Number.isInteger(total) || rank < 1 || rank > total) return null;
  const band = Math.max(1, Math.floor(total * RANKING_BAND_SHARE));
  if (rank <= band) return RANKING_SITUATIONS[body].top;
  if (rank > total - band && total > band) return RANKING_SITUATIONS[body].bottom;
  return null;
}

/** A unit's district-managed leaders 区管领导 by post: its heads and their deputies. */
export const LEADER_POST = /^(局长|副局长|主任|副主任|党工委书记|党工委副书记|办事处主任|书记|副书记)$/;
