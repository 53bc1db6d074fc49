/** The rules of 一榜三令: official document numbers and rankings of tasks and units. */
import type { OrderType } from './tasks.rules.ts';

// ---------------------------------------------------------------- numbers and rankings

const TYPE_CHAR: Record<OrderType, string> = {
  responsibility: '责',
  commendation: '嘉',
  accountability: '问',
};

/** The district's short name for document numbers: 福田区 → 福田. */
export function districtShortName(name: string): string {
  const s = name.replace(/(自治县|新区|区|县|市)$/u, '');
  return s.length > 0 ? s : name;
}

/** An official number like 福田责〔2026〕12号. */
export function orderNumber(districtName: string, type: OrderType, year: number, seq: number): string {
  return `${districtShortName(districtName)}${TYPE_CHAR[type]}〔${year}〕${seq}号`;
}

/** Whether a series of issued sequence numbers is exactly 1..n. */
export function gapless(seqs: readonly number[]): boolean {
  const s = [...seqs].sort((a, b) => a - b);
  return s.every((v, i) => v === i + 1);
}

/** Competition ranking (1, 2, 2, 4) of items already sorted, by a key that defines ties. */
export function competitionRanks<T>(sorted: readonly T[], key: (t: T) => string): number[] {
  const ranks: number[] = [];
  sorted.forEach((t, i) => {
    ranks.push(i > 0 && key(sorted[i - 1]) === key(t) ? ranks[i - 1] : i + 1);
  });
  return ranks;
}

/** A task for ranking. */
export interface TaskForRank {
  id: string;
  planned: number;
  actual: number;
}
/** Tasks ranked by lead over plan (actual − planned), then by actual progress, then id. */
export function rankTasks<T extends TaskForRank>(tasks: readonly T[]): (T & { rank: number })[] {
  const r2 = (x: number) => Math.round(x * 1000) / 1000;
  const sorted = [...tasks].sort(
    (a, b) =>
      r2(b.actual - b.planned) - r2(a.actual - a.planned) ||
      r2(b.actual) - r2(a.actual) ||
      a.id.localeCompare(b.id),
  );
  const ranks = competitionRanks(sorted, (t) => `${r2(t.actual - t.planned)}|${r2(t.actual)}`);
  return sorted.map((t, i) => ({ ...t, rank: ranks[i] }));
}

/** A unit's record for ranking. */
export interface UnitForRank {
  nodeId: string;
  points: number;
  completedOnTime: number;
  commendations: number;
  accountabilities: number;
  avgProgress: number;
}
/**
 * Units ranked by points, then tasks completed on time, commendations, fewer accountability
 * orders, and average progress.
 */
export function rankUnits<T extends UnitForRank>(units: readonly T[]): (T & { rank: number })[] {
  const k = (u: T) =>
    [
      u.points,
      u.completedOnTime,
      u.commendations,
      -u.accountabilities,
      Math.round(u.avgProgress * 1000),
    ].join('|');
  const sorted = [...units].sort(
    (a, b) =>
      b.points - a.points ||
      b.completedOnTime - a.completedOnTime ||
      b.commendations - a.commendations ||
      a.accountabilities - b.accountabilities ||
      Math.round(b.avgProgress * 1000) - Math.round(a.avgProgress * 1000) ||
      a.nodeId.localeCompare(b.nodeId),
  );
  const ranks = competitionRanks(sorted, k);
  return sorted.map((u, i) => ({ ...u, rank: ranks[i] }));
}
