/**
 * Futian's 人物画像 [000], pure: eight abilities and three attitudes scored from the assessments,
 * confirmed work reports, peer reviews and orders; tags (the 关羽 and 诸葛亮 types among them); and
 * suggesting cadres for a task that needs some of these traits, with the reasons shown.
 */
import { DIMENSIONS, type Dimension } from './assessment.rules.ts';

/** 创新、执行、沟通、领导、学习、业务、应变、抗压 [000]. */
export const ABILITIES = [
  'innovation',
  'execution',
  'communication',
  'leadership',
  'learning',
  'professional',
  'adaptability',
  'resilience',
] as const;
/** 行事风格、责任意识、自我提升 [000]. */
export const ATTITUDES = ['style', 'responsibility', 'self_improvement'] as const;
/** Every trait of a portrait, abilities first. */
export const TRAITS = [...ABILITIES, ...ATTITUDES] as const;
export type Trait = (typeof TRAITS)[number];

/** Where a dimension's score says something about a trait. */
const DIMENSION_TRAITS: Record<Dimension, Trait[]> = {
  post_fit: ['professional', 'learning', 'self_improvement'],
  results: ['execution', 'innovation'],
  reputation: ['communication', 'style'],
  key_tasks: ['resilience', 'adaptability', 'leadership', 'responsibility'],
};

/** What a portrait is made from. */
export interface PortraitInputs {
  sheets: { dimensions: Partial<Record<Dimension, number | null>> }[];
  reports: { category: 'major' | 'important' | 'hard'; traits: string[] }[];
  peerReviews: { scores: Partial<Record<Trait, number>> }[];
  orders: { type: 'responsibility' | 'commendation' | 'accountability' }[];
}

/** A portrait: each trait's score out of 100, how many observations it rests on, and its tags. */
export interface Portrait {
  scores: Record<Trait, number>;
  evidence: Record<Trait, number>;
  tags: string[];
}

/** A trait with nothing observed sits here. */
export const NEUTRAL = 60;

/** Builds a portrait: each trait the mean of what was observed of it (neutral when nothing was). */
export function buildPortrait(p: PortraitInputs): Portrait {
  const sum = {} as Record<Trait, number>;
  const n = {} as Record<Trait, number>;
  for (const t of TRAITS) {
    sum[t] = 0;
    n[t] = 0;
  }
  const see = (t: Trait, v: number, weight = 1) => {
    sum[t] += Math.max(0, Math.min(100, v)) * weight;
    n[t] += weight;
  };
  for (const s of p.sheets)
    for (const d of DIMENSIONS) {
      const v = s.dimensions[d];
      if (v !== null && v !== undefined) for (const t of DIMENSION_TRAITS[d]) see(t, v);
    }
  for (const r of p.reports) {
    const v = r.category === 'hard' ? 95 : r.category === 'major' ? 92 : 88;
    for (const t of r.traits) if ((TRAITS as readonly string[]).includes(t)) see(t as Trait, v);
    if (r.category === 'hard') see('resilience', 95);
  }
  for (const r of p.peerReviews)
    for (const t of TRAITS) {
      const v = r.scores[t];
      if (v !== undefined) see(t, v * 20);
    }
  for (const o of p.orders) {
    if (o.type === 'commendation') {
      see('execution', 96, 2);
      see('responsibility', 96, 2);
    } else if (o.type === 'accountability') {
      see('execution', 40, 2);
      see('responsibility', 40, 2);
    }
  }
  const scores = {} as Record<Trait, number>;
  const evidence = {} as Record<Trait, number>;
  for (const t of TRAITS) {
    scores[t] = n[t] ? Math.round((sum[t] / n[t]) * 10) / 10 : NEUTRAL;
    evidence[t] = Math.round(n[t]);
  }
  return { scores, evidence, tags: portraitTags(scores) };
}

/** A trait at or above this is a strength worth a tag. */
export const STRONG = 85;

/**
 * Tags: each strong trait, and Futian's two types [000]: "关羽"型 勇往直前 (strong execution and
 * resilience) for the front line, "诸葛亮"型 军师 (strong innovation with learning or communication)
 * for a command post's planning.
 */
export function portraitTags(s: Record<Trait, number>): string[] {
  const tags: string[] = TRAITS.filter((t) => s[t] >= STRONG).map((t) => `strong.${t}`);
  if (s.execution >= STRONG && s.resilience >= STRONG) tags.push('type.guanyu');
  if (s.innovation >= STRONG && (s.learning >= STRONG || s.communication >= STRONG)) tags.push('type.zhuge');
  return tags;
}

/** A candidate for a task: the match score and the traits that earned it. */
export interface Suggestion {
  personId: string;
  score: number;
  reasons: { trait: Trait; score: number; evidence: number }[];
  tags: string[];
}

/**
 * Suggests cadres for a task that needs some traits: the mean of their scores on those traits,
 * a trait with no evidence counting half, best first; the reasons are the needed traits, strongest
 * first. Plain scan: 10,000 portraits take a few milliseconds.
 */
export function suggest(
  portraits: readonly {
    personId: string;
    scores: Record<Trait, number>;
    evidence: Record<Trait, number>;
    tags: string[];
  }[],
  needed: readonly Trait[],
  limit: number,
): Suggestion[] {
  if (needed.length === 0) return [];
  const scored = portraits.map((p) => {
    let s = 0;
    for (const t of needed) s += p.evidence[t] > 0 ? p.scores[t] : p.scores[t] / 2;
    return { p, score: Math.round((s / needed.length) * 10) / 10 };
  });
  scored.sort((a, b) => b.score - a.score || (a.p.personId < b.p.personId ? -1 : 1));
  return scored.slice(0, limit).map(({ p, score }) => ({
    personId: p.personId,
    score,
    reasons: [...needed]
      .map((t) => ({ trait: t, score: p.scores[t], evidence: p.evidence[t] }))
      .sort((a, b) => b.score - a.score),
    tags: p.tags,
  }));
}
