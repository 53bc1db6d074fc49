/**
 * Scores and grades [000 Futian]: an item's and a sheet's score, the grade a score suggests, the
 * quota for 好 and the plan of a grade import; and the ranking helpers (zh-CN order, groups, ranks).
 * Pure: no IO (re-exported by assessment.rules.ts).
 */
import {
  DIMENSIONS,
  type Dimension,
  type Grade,
  type Layer,
  type Scoring,
  round2,
} from './assessment.rules.vocabulary.ts';
import { SHEET_MACHINE } from './assessment.rules.workflow.ts';

/** One scored line of a sheet. */
export interface SheetItem {
  indicatorId: string;
  name: string;
  layer: Layer;
  dimension: Dimension;
  weight: number;
  scoring: Scoring;
  maxScore: number;
  evidenceRequired: boolean;
  self: number | null;
  unit: number | null;
  evidence: string;
}

/** Points a grade-scored indicator is worth out of 100. */
export const GRADE_POINTS: Record<Grade, number> = { good: 95, fairly_good: 85, average: 70, poor: 50 };

/** An item's score out of 100: the unit's when it reviewed, else the cadre's own; null when unscored. */
export function itemScore(i: Pick<SheetItem, 'self' | 'unit' | 'maxScore' | 'scoring'>): number | null {
  const v = i.unit ?? i.self;
  if (v === null) return null;
  if (i.scoring === 'pass_fail') return v > 0 ? 100 : 0;
  if (i.scoring === 'grade') return v; // already 95/85/70/50
  return Math.max(0, Math.min(100, (v / (i.maxScore || 100)) * 100));
}

/** The sheet's score: the weighted mean of its scored items out of 100 (null when none is scored). */
export function sheetScore(items: readonly SheetItem[]): number | null {
  let w = 0;
  let s = 0;
  for (const i of items) {
    const v = itemScore(i);
    if (v === null || i.weight <= 0) continue;
    w += i.weight;
    s += v * i.weight;
  }
  return w === 0 ? null : round2(s / w);
}

/** Each dimension's score out of 100 from the items rated on it. */
export function dimensionScores(items: readonly SheetItem[]): Record<Dimension, number | null> {
  const out = {} as Record<Dimension, number | null>;
  for (const d of DIMENSIONS) out[d] = sheetScore(items.filter((i) => i.dimension === d));
  return out;
}

/** The items that need evidence and have none: a summary cannot be submitted with them. */
export function missingEvidence(items: readonly SheetItem[]): string[] {
  return items.filter((i) => i.evidenceRequired && !i.evidence.trim()).map((i) => i.indicatorId);
}

/** The grade a score suggests before the quota: ≥90 好, ≥80 较好, ≥60 一般, else 较差. */
export function gradeOfScore(score: number | null): Grade {
  if (score === null) return 'average';
  if (score >= 90) return 'good';
  if (score >= 80) return 'fairly_good';
  if (score >= 60) return 'average';
  return 'poor';
}

/** How many 好 a group of n may have under the quota (at least one when the group is not empty). */
export function goodAllowed(n: number, quota: number): number {
  if (n === 0) return 0;
  return Math.max(1, Math.floor(n * quota + 1e-9));
}

/**
 * Suggested grades for a unit's sheets: by score, with 好 kept to the quota (the best scores keep
 * it, the rest step down to 较好). Ties at the cut all step down, so the quota is never exceeded.
 */
export function suggestGrades(
  sheets: readonly { id: string; score: number | null }[],
  quota: number,
): Map<string, Grade> {
  const out = new Map<string, Grade>();
  const allowed = goodAllowed(sheets.length, quota);
  const good = sheets
    .filter((s) => gradeOfScore(s.score) === 'good')
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const cut = good.length > allowed ? (good[allowed].score ?? 0) : -Infinity;
  for (const s of sheets) {
    const g = gradeOfScore(s.score);
    out.set(s.id, g === 'good' && (s.score ?? 0) <= cut ? 'fairly_good' : g);
  }
  return out;
}

/** Whether the grades of one unit's sheets keep 好 within the quota. */
export function withinQuota(grades: readonly (Grade | null)[], quota: number): boolean {
  return grades.filter((g) => g === 'good').length <= goodAllowed(grades.length, quota);
}

/** A row of an imported grade sheet: who (sheet id, or unit and name) and the grade as written. */
export interface GradeRow {
  row: number;
  sheetId: string;
  unitName: string;
  personName: string;
  /** The grade read from the cell (null when it is not one of the four). */
  grade: Grade | null;
}

/** A bad row of a grade import: the row, the column at fault and the message key. */
export interface GradeRowError {
  row: number;
  column: 'sheetId' | 'personName' | 'grade';
  personName: string;
  key: string;
  params?: Record<string, string | number>;
}

/**
 * Plans a grade import [000 Futian: the department grades 好/较好/一般/较差 within the quota for 好]
 * over the cycle's sheets the actor may grade (whole units). A row names its sheet by id, or by
 * unit and name when those name exactly one sheet; its sheet must be reviewed or assessed, unless
 * it already has the grade (then it is unchanged, so a retried import changes nothing). 好 is
 * checked per unit against the quota with every other sheet of the unit as it would be after the
 * import: lower grades are applied first, and the 好 rows beyond the quota, in file order, are bad.
 */
export function planGradeImport(
  rows: readonly GradeRow[],
  sheets: readonly {
    id: string;
    unitNodeId: string;
    unitName: string;
    personName: string;
    status: string;
    grade: Grade | null;
  }[],
  quota: number,
) {
  const errors: GradeRowError[] = [];
  const byId = new Map(sheets.map((s) => [s.id, s]));
  const byName = new Map<string, (typeof sheets)[number][]>();
  for (const s of sheets) {
    const k = `${s.unitName.trim()}|${s.personName.trim()}`;
    const list = byName.get(k);
    if (list) list.push(s);
    else byName.set(k, [s]);
  }
  const seen = new Map<string, number>();
  const wanted: { row: GradeRow; sheet: (typeof sheets)[number]; grade: Grade }[] = [];
  let unchanged = 0;
  for (const r of rows) {
    const bad = (column: GradeRowError['column'], key: string, params?: GradeRowError['params']) =>
      errors.push({ row: r.row, column, personName: r.personName, key, ...(params ? { params } : {}) });
    let sheet = r.sheetId ? byId.get(r.sheetId) : undefined;
    if (!r.sheetId) {
      const named = byName.get(`${r.unitName.trim()}|${r.personName.trim()}`) ?? [];
      if (named.length > 1) {
        bad('personName', 'assessment.import.cadre_ambiguous');
        continue;
      }
      sheet = named[0];
    }
    if (!sheet) {
      bad(r.sheetId ? 'sheetId' : 'personName', 'assessment.import.cadre_unknown');
      continue;
    }
    if (seen.has(sheet.id)) {
      bad('personName', 'assessment.import.duplicate', { row: seen.get(sheet.id)! });
      continue;
    }
    seen.set(sheet.id, r.row);
    if (!r.grade) {
      bad('grade', 'assessment.import.grade_invalid');
      continue;
    }
    if (sheet.grade === r.grade && ['assessed', 'fed_back', 'published'].includes(sheet.status)) {
      unchanged++;
      continue;
    }
    if (!(SHEET_MACHINE.assess.from as readonly string[]).includes(sheet.status)) {
      bad(
        'grade',
        sheet.status === 'fed_back' || sheet.status === 'published'
          ? 'assessment.import.fed_back'
          : SHEET_MACHINE.assess.reason,
      );
      continue;
    }
    wanted.push({ row: r, sheet, grade: r.grade });
  }
  // 好 per unit: the unit's sheets as they would be after the rows that pass
  const changing = new Set(wanted.map((w) => w.sheet.id));
  const units = new Map<string, { n: number; good: number }>();
  for (const s of sheets) {
    const u = units.get(s.unitNodeId) ?? { n: 0, good: 0 };
    u.n++;
    if (s.grade === 'good' && !changing.has(s.id)) u.good++;
    units.set(s.unitNodeId, u);
  }
  const changes: { sheetId: string; row: number; from: Grade | null; to: Grade }[] = [];
  for (const w of [
    ...wanted.filter((x) => x.grade !== 'good'),
    ...wanted.filter((x) => x.grade === 'good'),
  ]) {
    if (w.grade === 'good') {
      const u = units.get(w.sheet.unitNodeId)!;
      const max = goodAllowed(u.n, quota);
      if (u.good >= max) {
        errors.push({
          row: w.row.row,
          column: 'grade',
          personName: w.row.personName,
          key: 'assessment.over_quota',
          params: { max },
        });
        continue;
      }
      u.good++;
    }
    changes.push({ sheetId: w.sheet.id, row: w.row.row, from: w.sheet.grade, to: w.grade });
  }
  errors.sort((a, b) => a.row - b.row);
  changes.sort((a, b) => a.row - b.row);
  return { changes, unchanged, errors };
}

/**
 * Compares texts as zh-CN sorts them, with one collator for every comparison (localeCompare with a
 * locale builds its collator on each call: a third of the time of a 10,000-row ranking's sort).
 */
export const compareZh = new Intl.Collator('zh-CN').compare;

/** Each distinct text's position in zh-CN order (a few hundred unit names sorted once, not per row). */
export function zhOrder(texts: Iterable<string>): Map<string, number> {
  return new Map([...new Set(texts)].sort(compareZh).map((t, i) => [t, i]));
}

/** Groups rows by a key, in the order met. */
export function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** Competition ranks (1, 2, 2, 4) of values, higher first; null values rank last. */
export function competitionRanks(values: readonly (number | null)[]): number[] {
  const v = values.map((x) => x ?? -Infinity);
  return v.map((x) => 1 + v.filter((y) => y > x).length);
}

/** Ranks of many values at once in O(n log n) (same answer as competitionRanks). */
export function ranksOf<T>(rows: readonly T[], value: (r: T) => number | null): Map<T, number> {
  // each value computed once, not twice per comparison
  const sorted = rows.map((r) => ({ r, x: value(r) ?? -Infinity })).sort((a, b) => b.x - a.x || 0);
  const out = new Map<T, number>();
  let rank = 0;
  let prev: number | undefined;
  sorted.forEach(({ r, x }, i) => {
    if (x !== prev) rank = i + 1;
    prev = x;
    out.set(r, rank);
  });
  return out;
}
