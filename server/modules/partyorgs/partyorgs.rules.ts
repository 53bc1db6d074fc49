/**
 * Pure rules of party-organisation quality (seed 004, Luohu): the five classes of organisation
 * graded, the default criteria, the level a total earns, and what an activity's record says of
 * its plan (5W1H).
 */

/** The five classes graded by results (seed 004: 机关、社区、“两新”、“同乡村”、社区股份公司). */
export const ORG_CLASSES = ['organ', 'community', 'two_new', 'hometown', 'shareholding'] as const;
export type OrgClass = (typeof ORG_CLASSES)[number];

/** Quality levels 质量等级, best first. */
export const LEVELS = ['five_star', 'four_star', 'three_star', 'weak'] as const;
export type GradeLevel = (typeof LEVELS)[number];

/** Secretaries' report ratings 述职评议, best first. */
export const RATINGS = ['good', 'fairly_good', 'average', 'poor'] as const;
export type Rating = (typeof RATINGS)[number];

/** How far a recorded activity reached what its plan said 做到什么程度. */
export const EXTENTS = ['met', 'partly', 'not_met'] as const;
export type Extent = (typeof EXTENTS)[number];

/** The class an organisation is graded in by default, from its kind in the org module. */
export function defaultClassOf(kind: string): OrgClass {
  if (kind === 'hometown') return 'hometown';
  if (kind === 'building') return 'two_new';
  return 'community';
}

/** Criteria a district starts from (it may change them): name and maximum score, summing to 100. */
export const DEFAULT_CRITERIA: Record<OrgClass, [string, number][]> = {
  organ: [
    ['组织建设', 25],
    ['组织生活（5W1H 计划与记录）', 25],
    ['服务中心工作', 30],
    ['群众评价', 20],
  ],
  community: [
    ['组织建设', 20],
    ['组织生活（5W1H 计划与记录）', 25],
    ['服务群众', 35],
    ['居民评价', 20],
  ],
  two_new: [
    ['组织覆盖', 25],
    ['组织生活（5W1H 计划与记录）', 25],
    ['促进发展', 30],
    ['职工评价', 20],
  ],
  hometown: [
    ['流动党员管理', 30],
    ['组织生活（5W1H 计划与记录）', 25],
    ['服务外来务工人员', 30],
    ['群众评价', 15],
  ],
  shareholding: [
    ['组织建设', 25],
    ['组织生活（5W1H 计划与记录）', 25],
    ['集体资产监管', 30],
    ['股民评价', 20],
  ],
};

/** The level a total earns out of its maximum: ≥90% five stars, ≥80% four, ≥60% three, below weak. */
export function levelOf(total: number, max: number): GradeLevel {
  const pct = max > 0 ? (total / max) * 100 : 0;
  if (pct >= 90) return 'five_star';
  if (pct >= 80) return 'four_star';
  if (pct >= 60) return 'three_star';
  return 'weak';
}

/**
 * Scores checked against criteria: every active criterion scored, none above its maximum. Returns
 * the total or the criteria at fault.
 */
export function scoreTotal(
  criteria: { id: string; max_score: number }[],
  scores: Record<string, number>,
): { total: number; max: number; bad: string[] } {
  const bad = criteria
    .filter((c) => !(c.id in scores) || scores[c.id] < 0 || scores[c.id] > c.max_score)
    .map((c) => c.id);
  const total = criteria.reduce((s, c) => s + (scores[c.id] ?? 0), 0);
  return { total: Math.round(total * 10) / 10, max: criteria.reduce((s, c) => s + c.max_score, 0), bad };
}

/** The share of planned activities recorded and met, the fact graders see beside the scores. */
export function planKept(a: { planned: number; recorded: number; met: number }): number | null {
  return a.planned ? Math.round((a.met / a.planned) * 1000) / 10 : null;
}

/**
 * Bonus points 加分项 a named title brings to the year-end grade of the unit's leading organisation
 * (seed 004: 两讲三强争创模范机关 counted in the year-end 基层党建 assessment), by the title's level.
 */
export const TITLE_BONUS = { district: 2, city: 3, province: 4, national: 5 } as const;
export type TitleLevel = keyof typeof TITLE_BONUS;

/** A title named to a node in the year, as the creation module reports it. */
export interface TitleFact {
  declarationId: string;
  nodeId: string;
  programme: string;
  level: TitleLevel;
  namedOn: string;
}

/**
 * The bonus items of each organisation: a title goes to the leading organisation of its node (the
 * one whose parent is not on the same node), never to the branches under it.
 */
export function titleBonuses(
  orgs: readonly { id: string; nodeId: string; parentOrgId: string | null }[],
  titles: readonly TitleFact[],
): Map<string, (TitleFact & { points: number })[]> {
  const nodeOf = new Map(orgs.map((o) => [o.id, o.nodeId]));
  const out = new Map<string, (TitleFact & { points: number })[]>();
  for (const o of orgs) {
    if (o.parentOrgId && nodeOf.get(o.parentOrgId) === o.nodeId) continue;
    const mine = titles.filter((t) => t.nodeId === o.nodeId);
    if (mine.length)
      out.set(
        o.id,
        mine.map((t) => ({ ...t, points: TITLE_BONUS[t.level] })),
      );
  }
  return out;
}
