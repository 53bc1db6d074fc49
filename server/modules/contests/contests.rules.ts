/**
 * Rules of the 擂台赛 (seed 001 开化: 常态开展“两勤”“两专”擂台赛，通过比专业、比担当、比创新、比贡献、比位次):
 * the five dimensions and their default weights, the series a district starts from, the rounds' states
 * as data, the entry deadline, and the ranking (weighted mean of the judges' means; ties broken by
 * 比位次, then by the unit's name).
 */

/** The five dimensions, in the seed's order. */
export const DIMENSIONS = ['profession', 'duty', 'innovation', 'contribution', 'position'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Weights = Record<Dimension, number>;
export type Scores = Record<Dimension, number>;

/** Chinese names of the dimensions (the seed's words). */
export const DIMENSION_NAMES: Record<Dimension, string> = {
  profession: '比专业',
  duty: '比担当',
  innovation: '比创新',
  contribution: '比贡献',
  position: '比位次',
};

/** Equal weights (per cent, summing to 100) unless a contest says otherwise. */
export const DEFAULT_WEIGHTS: Weights = {
  profession: 20,
  duty: 20,
  innovation: 20,
  contribution: 20,
  position: 20,
};

/** The series a district starts from; another name may be given. */
export const DEFAULT_SERIES = ['两勤', '两专'] as const;

/** The states of a round. */
export const ROUND_STATES = ['planned', 'open', 'published'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** What may be done to a round in each state (the state machine as data). */
export const ROUND_MOVES: Record<RoundState, Partial<Record<'open' | 'publish', RoundState>>> = {
  planned: { open: 'open' },
  open: { publish: 'published' },
  published: {},
};

/** The next state of a round, or null when the move is not allowed. */
export function roundMove(state: RoundState, action: 'open' | 'publish'): RoundState | null {
  return ROUND_MOVES[state][action] ?? null;
}

/**
 * Whether a unit may still submit (or replace) its entry on day (YYYY-MM-DD). `scored`: the judges'
 * scores its entry already has. Rule: an entry once scored is not replaced (409), because a judge's
 * scores are locked once given and would otherwise stand for material they never saw; a unit
 * replaces its entry only before the first score.
 */
export function entryAccepted(
  round: { state: RoundState; opens_on: string; due_on: string },
  day: string,
  scored = 0,
) {
  if (round.state !== 'open') return 'contests.round_not_open' as const;
  if (day > round.due_on) return 'contests.late' as const;
  if (scored > 0) return 'contests.entry_scored' as const;
  return null;
}

/** The sum of the weights, to two decimals (weights are per cent with at most two decimals). */
export function weightsSum(w: Weights): number {
  return round2(DIMENSIONS.reduce((s, d) => s + w[d], 0));
}

/**
 * What is wrong with a contest's weights, per field: each is a percentage 0..100 with at most two
 * decimals, and together they make 100 % (the sum's error is on every field, since any of them
 * may be the one to change).
 */
export function weightsProblems(
  w: Weights,
): { field: string; key: string; params?: Record<string, unknown> }[] {
  const out: { field: string; key: string; params?: Record<string, unknown> }[] = [];
  for (const d of DIMENSIONS)
    if (!(w[d] >= 0 && w[d] <= 100) || round2(w[d]) !== w[d])
      out.push({ field: `weights.${d}`, key: 'contests.weight_range' });
  if (out.length) return out;
  const sum = weightsSum(w);
  if (sum !== 100)
    for (const d of DIMENSIONS)
      out.push({ field: `weights.${d}`, key: 'contests.weights_sum', params: { sum } });
  return out;
}

/** Whether the weights are usable: percentages summing to 100. */
export function weightsValid(w: Weights): boolean {
  return weightsProblems(w).length === 0;
}

/**
 * Whether a contest is still a draft, editable as a whole: none of its rounds has been opened.
 * Once a round opens the units are told, entries and scores come in against its units, judges
 * and weights, so those are fixed from then on (a round may still be added).
 */
export function contestDraft(rounds: readonly { state: RoundState }[]): boolean {
  return rounds.every((r) => r.state === 'planned');
}

/**
 * The participating unit a judge belongs to (by the paths of their grants), or null. A judge is
 * never named for a contest one of whose units is their own: they would rank their own unit
 * among its rivals, even without scoring it.
 */
export function judgesUnit<U extends { path: string }>(judgePaths: string[], units: readonly U[]): U | null {
  return units.find((u) => ownUnit(judgePaths, u.path)) ?? null;
}

/** The weighted mean of one set of dimension scores (0..100), rounded to two decimals. */
export function weighted(scores: Scores, w: Weights): number {
  const total = DIMENSIONS.reduce((s, d) => s + w[d], 0);
  const sum = DIMENSIONS.reduce((s, d) => s + scores[d] * w[d], 0);
  return round2(sum / total);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The mean per dimension of the judges' scores (null when no judge has scored). */
export function meanScores(list: Scores[]): Scores | null {
  if (!list.length) return null;
  const out = {} as Scores;
  for (const d of DIMENSIONS) out[d] = round2(list.reduce((s, x) => s + x[d], 0) / list.length);
  return out;
}

/** One unit's standing to rank. */
export interface Standing {
  unitId: string;
  unitName: string;
  total: number;
  position: number;
}

/**
 * Ranks standings: higher total first; on a tie the higher 比位次 first, then the unit's name
 * (pinyin order of zh-CN). Equal totals and 比位次 still get distinct ranks, by name.
 */
export function rank<T extends Standing>(list: T[]): (T & { rank: number })[] {
  return [...list]
    .sort(
      (a, b) => b.total - a.total || b.position - a.position || a.unitName.localeCompare(b.unitName, 'zh-CN'),
    )
    .map((s, i) => ({ ...s, rank: i + 1 }));
}

/** A round's standings from its entries' judges' scores: units without scores are left out. */
export function roundStandings(
  entries: { unitId: string; unitName: string; scores: Scores[] }[],
  w: Weights,
): (Standing & { means: Scores; judges: number; rank: number })[] {
  const list = entries.flatMap((e) => {
    const means = meanScores(e.scores);
    return means
      ? [
          {
            unitId: e.unitId,
            unitName: e.unitName,
            means,
            judges: e.scores.length,
            total: weighted(means, w),
            position: means.position,
          },
        ]
      : [];
  });
  return rank(list);
}

/**
 * The overall standings over the rounds scored: each unit's mean of its round totals, a round it
 * did not enter (or that no judge scored for it) counting 0; 比位次 the same way.
 */
export function overallStandings(
  units: { unitId: string; unitName: string }[],
  rounds: { unitId: string; total: number; position: number }[][],
): (Standing & { rounds: number; rank: number })[] {
  const n = rounds.length;
  return rank(
    units.map((u) => {
      const mine = rounds.map((r) => r.find((s) => s.unitId === u.unitId));
      const sum = (f: (s: { total: number; position: number }) => number) =>
        mine.reduce((acc, s) => acc + (s ? f(s) : 0), 0);
      return {
        ...u,
        rounds: mine.filter(Boolean).length,
        total: n ? round2(sum((s) => s.total) / n) : 0,
        position: n ? round2(sum((s) => s.position) / n) : 0,
      };
    }),
  );
}

/** Whether a judge (by the paths of their grants) belongs to the unit at unitPath. */
export function ownUnit(judgePaths: string[], unitPath: string): boolean {
  return judgePaths.some((p) => p.startsWith(unitPath));
}
