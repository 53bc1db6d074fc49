/**
 * The rules of cadre assessment 干部考核, pure: the quarterly sheet's workflow as data, scores and
 * grades with the quota for 好 [000 Futian], points from orders and their rankings [001 Kaihua],
 * promotion months with the yearly cap and the four vetoes [001 Qujiang], rotation limits and the
 * community secretary's two terms [004 Luohu], and who is eligible for promotion [000 Futian].
 * No IO here: the services store and read, these decide.
 */
import { ConflictError } from '../../platform/errors.ts';

// ---------------------------------------------------------------- vocabularies

/** Grades of the routine assessment 平时考核: 好 / 较好 / 一般 / 较差 [000]. */
export const GRADES = ['good', 'fairly_good', 'average', 'poor'] as const;
export type Grade = (typeof GRADES)[number];
/** Qujiang's four dimensions rated every quarter [001]: 岗位适应度, 工作实绩度, 服务口碑度, 重难点工作参与度. */
export const DIMENSIONS = ['post_fit', 'results', 'reputation', 'key_tasks'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** Futian's five department types for individual indicators [000]: 党政综合, 经济发展, 民生保障, 街道, 执法. */
export const DEPT_TYPES = ['party_admin', 'economy', 'livelihood', 'street', 'law_enforcement'] as const;
export type DeptType = (typeof DEPT_TYPES)[number];
/** 共性 + 个性 + 动态 [000]. */
export const LAYERS = ['common', 'individual', 'dynamic'] as const;
export type Layer = (typeof LAYERS)[number];
/** How an indicator is scored: a score out of its maximum, a grade, or pass/fail. */
export const SCORING = ['score', 'grade', 'pass_fail'] as const;
export type Scoring = (typeof SCORING)[number];
/** Work-report categories 大事 / 要事 / 难事 [000]. */
export const MATTER_CATEGORIES = ['major', 'important', 'hard'] as const;
export type MatterCategory = (typeof MATTER_CATEGORIES)[number];

// ---------------------------------------------------------------- the sheet's workflow

/** A sheet's states: dispatched to the cadre, summary submitted, unit reviewed, department assessed, fed back, published. */
export const SHEET_STATES = [
  'dispatched',
  'submitted',
  'reviewed',
  'assessed',
  'fed_back',
  'published',
] as const;
export type SheetState = (typeof SHEET_STATES)[number];

/** One transition of a workflow: where it may start, where it leads, the 409 reason elsewhere. */
export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
  reason: string;
}

/**
 * Futian's online cycle [000]: 任务分派 → 办理跟踪 → 工作小结 → 审核评估 → 结果反馈, with the unit's
 * review before the department's assessment and publication inside the unit at the end. A unit
 * may return a summary to its cadre, who edits and submits again.
 */
export const SHEET_MACHINE = {
  save: { from: ['dispatched'], to: 'dispatched', reason: 'assessment.sheet_not_open' },
  submit: { from: ['dispatched'], to: 'submitted', reason: 'assessment.sheet_not_open' },
  return: { from: ['submitted'], to: 'dispatched', reason: 'assessment.sheet_not_submitted' },
  review: { from: ['submitted'], to: 'reviewed', reason: 'assessment.sheet_not_submitted' },
  assess: { from: ['reviewed', 'assessed'], to: 'assessed', reason: 'assessment.sheet_not_reviewed' },
  feedback: { from: ['assessed'], to: 'fed_back', reason: 'assessment.sheet_not_assessed' },
  publish: { from: ['fed_back'], to: 'published', reason: 'assessment.sheet_not_fed_back' },
} as const satisfies Record<string, Transition<SheetState>>;
export type SheetAction = keyof typeof SHEET_MACHINE;

/** The state an action leads to, or a 409 with the reason it is refused from this state. */
export function sheetTransition(from: SheetState, action: SheetAction): SheetState {
  const t: Transition<SheetState> = SHEET_MACHINE[action];
  if (!t.from.includes(from)) throw new ConflictError(t.reason);
  return t.to;
}

/** The step a sheet waits on, for the cycle board: whose move it is. */
export function waitingOn(state: SheetState): 'cadre' | 'unit' | 'department' | 'done' {
  if (state === 'dispatched') return 'cadre';
  if (state === 'submitted') return 'unit';
  if (state === 'reviewed' || state === 'assessed' || state === 'fed_back') return 'department';
  return 'done';
}

/** The deadline that applies to a sheet in a state (the cycle's deadlines per step). */
export function dueFor(
  state: SheetState,
  d: { summaryDue: string; reviewDue: string; assessDue: string; publishDue: string },
): string | null {
  if (state === 'dispatched') return d.summaryDue;
  if (state === 'submitted') return d.reviewDue;
  if (state === 'reviewed') return d.assessDue;
  if (state === 'assessed' || state === 'fed_back') return d.publishDue;
  return null;
}

// ---------------------------------------------------------------- quarters

/** A quarter as stored: '2026Q1'. */
export type Quarter = `${number}Q${1 | 2 | 3 | 4}`;
const QUARTER = /^(\d{4})Q([1-4])$/;

/** Year and quarter number of '2026Q1'. */
export function parseQuarter(q: string): { year: number; q: 1 | 2 | 3 | 4 } {
  const m = QUARTER.exec(q);
  if (!m) throw new RangeError(`not a quarter: ${q}`);
  return { year: Number(m[1]), q: Number(m[2]) as 1 | 2 | 3 | 4 };
}

/** First and last day of a quarter (YYYY-MM-DD). */
export function quarterRange(q: string): { from: string; to: string } {
  const { year, q: n } = parseQuarter(q);
  const m0 = (n - 1) * 3 + 1;
  const last = new Date(Date.UTC(year, m0 + 2, 0)).getUTCDate();
  const pad = (x: number) => String(x).padStart(2, '0');
  return { from: `${year}-${pad(m0)}-01`, to: `${year}-${pad(m0 + 2)}-${pad(last)}` };
}

/** The first days of a quarter's three months ('2026-10-01', '2026-11-01', '2026-12-01'). */
export function quarterMonths(q: string): [string, string, string] {
  const { year, q: n } = parseQuarter(q);
  const m = (i: number) => `${year}-${String((n - 1) * 3 + 1 + i).padStart(2, '0')}-01`;
  return [m(0), m(1), m(2)];
}

/** The quarter a day falls in. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter before. */
export function previousQuarter(q: string): string {
  const { year, q: n } = parseQuarter(q);
  return n === 1 ? `${year - 1}Q4` : `${year}Q${n - 1}`;
}

// ---------------------------------------------------------------- scores and grades

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

const round2 = (x: number) => Math.round(x * 100) / 100;

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

// ---------------------------------------------------------------- points [001 Kaihua]

/** An issued order naming a person or unit, with the consequences recorded for it (the tasks feed). */
/**
 * The typed uses of results of an order (seed 000: 公开通报、绩效分值、亮点赋分、评优评先、休整休养、嘉奖激励、
 * 干部考核和任用; and an entry in the cadre's file 一人一档).
 */
export type ConsequenceKind =
  | 'public_notice'
  | 'performance_score'
  | 'highlight_points'
  | 'award'
  | 'rest_leave'
  | 'incentive'
  | 'cadre_assessment'
  | 'file_entry';
/** Kinds that enter the cadre's file 一人一档 (and so the 考核和任用 deliberations that read it). */
export const FILE_KINDS: readonly ConsequenceKind[] = [
  'file_entry',
  'cadre_assessment',
  'award',
  'rest_leave',
  'incentive',
];

export interface FeedOrder {
  orderId: string;
  type: 'responsibility' | 'commendation' | 'accountability';
  number: string | null;
  issuedAt: string;
  taskTitle: string;
  unitNodeId: string | null;
  personId: string | null;
  consequences: {
    kind: ConsequenceKind;
    points: number;
    note: string;
    personId: string | null;
    nodeId: string | null;
  }[];
}

/** One line of a cadre's file 一人一档 that comes from 一榜三令. */
export interface TasksFileEntry {
  source: 'consequence' | 'performance';
  occurredOn: string;
  /** The consequence kind, or the political aspect of a performance record. */
  kind: string;
  /** +1 commendation-like, -1 accountability-like or negative, 0 neutral. */
  polarity: 1 | -1 | 0;
  points: number;
  title: string;
  note: string;
  ref: string;
}

/**
 * The entries of a person's file from 一榜三令: the consequences of issued orders that concern the
 * person and are of a file kind (file_entry, cadre_assessment, award, rest_leave, incentive), and the
 * political performance recorded for the person as a cadre of a claiming unit.
 */
export function tasksFileEntries(
  personId: string,
  orders: readonly FeedOrder[],
  performance: readonly {
    id: string;
    taskTitle: string;
    personId: string | null;
    aspect: string;
    positive: boolean;
    note: string;
    occurredOn: string;
  }[],
): TasksFileEntry[] {
  const out: TasksFileEntry[] = [];
  for (const o of orders)
    for (const c of o.consequences)
      if (c.personId === personId && FILE_KINDS.includes(c.kind))
        out.push({
          source: 'consequence',
          occurredOn: o.issuedAt.slice(0, 10),
          kind: c.kind,
          polarity: o.type === 'accountability' ? -1 : o.type === 'commendation' ? 1 : 0,
          points: c.points,
          title: `${o.number ?? ''} ${o.taskTitle}`.trim(),
          note: c.note,
          ref: o.orderId,
        });
  for (const p of performance)
    if (p.personId === personId)
      out.push({
        source: 'performance',
        occurredOn: p.occurredOn,
        kind: p.aspect,
        polarity: p.positive ? 1 : -1,
        points: 0,
        title: p.taskTitle,
        note: p.note,
        ref: p.id,
      });
  return out.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.ref.localeCompare(b.ref));
}

/** Points an order is worth to the person it names when its consequences set none. */
export const DEFAULT_ORDER_POINTS = { responsibility: 0, commendation: 5, accountability: -5 } as const;

/** One line of a person's points ledger. */
export interface LedgerLine {
  day: string;
  points: number;
  source: 'order' | 'manual';
  reason: string;
  ref: string | null;
}

/**
 * Kaihua's 积分 [001]: 表彰 add, 通报 and 问责 deduct. An order counts for a person it names
 * (as commander or as the subject of a consequence): the points its consequences give that person,
 * or the order type's default when they give none.
 */
export function pointsFromOrders(
  personId: string,
  orders: readonly FeedOrder[],
  defaults: Record<FeedOrder['type'], number> = DEFAULT_ORDER_POINTS,
): LedgerLine[] {
  const out: LedgerLine[] = [];
  for (const o of orders) {
    const mine = o.consequences.filter((c) => c.personId === personId && c.points !== 0);
    if (o.personId !== personId && mine.length === 0) continue;
    const pts = mine.length ? mine.reduce((s, c) => s + c.points, 0) : defaults[o.type];
    if (pts === 0) continue;
    out.push({
      day: o.issuedAt.slice(0, 10),
      points: round2(pts),
      source: 'order',
      reason: `${o.number ?? ''} ${o.taskTitle}`.trim(),
      ref: o.orderId,
    });
  }
  return out;
}

/** Monthly sums of a ledger ('YYYY-MM' → points), Kaihua's 一月一汇总 [001]. */
export function monthlySums(lines: readonly Pick<LedgerLine, 'day' | 'points'>[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(l.day.slice(0, 7), round2((m.get(l.day.slice(0, 7)) ?? 0) + l.points));
  return m;
}

// ---------------------------------------------------------------- promotion months [001 Qujiang]

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

// ---------------------------------------------------------------- rotation [004 Luohu]

/** Luohu's limits [004] and the community secretary's terms; a district may change the numbers. */
export const DEFAULT_ROTATION = {
  divisionYearsInUnit: 15,
  sectionYearsInOffice: 10,
  sensitiveYearsInPost: 5,
  secretaryTermYears: 5,
  secretaryMaxTerms: 2,
  /** Alert this many days before a limit. */
  warnDays: 365,
};
export type RotationSettings = typeof DEFAULT_ROTATION;

/** Division 处级, section 科级 or staff, from the post and grade. */
export function cadreLevel(post: string, grade: string): 'division' | 'section' | 'staff' {
  if (/局长|党工委书记|办事处主任|^副主任$|处长|调研员/.test(post) || /^[一二]级调研员$|处/.test(grade))
    return 'division';
  if (/科长|办公室主任|所长|股长/.test(post) || /主任科员|科级/.test(grade)) return 'section';
  return 'staff';
}

/** 执纪执法、审计、项目审批等职位 [004]: by the post's words or a law-enforcement unit. */
export function isSensitivePost(post: string, deptType: DeptType | null): boolean {
  return /纪检|监察|执法|审计|审批|稽查/.test(post) || deptType === 'law_enforcement';
}

/** A community party secretary 社区书记, who may serve two terms [004]. */
export function isCommunitySecretary(post: string): boolean {
  return /社区.*书记/.test(post);
}

/** A rotation alert: which rule, since when, the limit day and whether it is near or passed. */
export interface RotationAlert {
  rule: 'division_unit' | 'section_office' | 'sensitive_post' | 'secretary_terms';
  since: string;
  limitOn: string;
  years: number;
  level: 'due_soon' | 'overdue';
}

const addYears = (day: string, n: number) => `${Number(day.slice(0, 4)) + n}${day.slice(4)}`;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/**
 * Luohu's rotation rules [004]: 处级 15 years in one unit, 科级 10 years in one internal office
 * (its post), 执纪执法/审计/审批 5 years in post; 社区书记 beyond two terms. An alert a year ahead
 * (warnDays) and at the limit.
 */
export function rotationAlerts(
  c: { post: string; grade: string; postSince: string; unitSince: string; deptType: DeptType | null },
  today: string,
  s: RotationSettings = DEFAULT_ROTATION,
): RotationAlert[] {
  const out: RotationAlert[] = [];
  const check = (rule: RotationAlert['rule'], since: string, years: number) => {
    const limitOn = addYears(since, years);
    const left = daysBetween(today, limitOn);
    if (left > s.warnDays) return;
    out.push({ rule, since, limitOn, years, level: left <= 0 ? 'overdue' : 'due_soon' });
  };
  const level = cadreLevel(c.post, c.grade);
  if (level === 'division') check('division_unit', c.unitSince, s.divisionYearsInUnit);
  if (level === 'section') check('section_office', c.postSince, s.sectionYearsInOffice);
  if (isSensitivePost(c.post, c.deptType)) check('sensitive_post', c.postSince, s.sensitiveYearsInPost);
  if (isCommunitySecretary(c.post))
    check('secretary_terms', c.postSince, s.secretaryTermYears * s.secretaryMaxTerms);
  return out;
}

// ---------------------------------------------------------------- use of results [000 Futian]

/** Futian proposes promotions only from the top 30% of the routine assessment [000]. */
export const PROMOTION_TOP_SHARE = 0.3;

/** Why a cadre is or is not on the promotion list. */
export type EligibilityReason = 'top_share' | 'not_top_share' | 'vetoed' | 'poor_grade' | 'not_assessed';

/**
 * Whether a cadre may be proposed for promotion: ranked within the top share of the group, no
 * veto, and no 较差 in the year. The reasons say why not.
 */
export function promotionEligibility(c: {
  rank: number | null;
  groupSize: number;
  vetoed: boolean;
  poorInYear: boolean;
  share?: number;
}): { eligible: boolean; reasons: EligibilityReason[] } {
  const reasons: EligibilityReason[] = [];
  const cut = Math.max(1, Math.ceil(c.groupSize * (c.share ?? PROMOTION_TOP_SHARE) - 1e-9));
  if (c.rank === null) reasons.push('not_assessed');
  else if (c.rank > cut) reasons.push('not_top_share');
  if (c.vetoed) reasons.push('vetoed');
  if (c.poorInYear) reasons.push('poor_grade');
  return reasons.length ? { eligible: false, reasons } : { eligible: true, reasons: ['top_share'] };
}

/**
 * Groups assessed and ranked among themselves: Kaihua's 领航 (unit heads), 雏鹰 (young cadres),
 * 常青藤 (leaders out of post) tracks [001], and Qujiang's separate assessment of leaders out of
 * post [001]. Membership by post words, grade words or the cadre's age; `separate` groups are
 * ranked apart from everyone else.
 */
export interface GroupRule {
  key: string;
  label: { 'zh-CN': string; 'en-US': string };
  postPattern?: string;
  gradePattern?: string;
  maxAge?: number;
  minAge?: number;
  separate: boolean;
}

/** The default groups (a district edits them in its settings). */
export const DEFAULT_GROUPS: GroupRule[] = [
  {
    key: 'lead',
    label: { 'zh-CN': '领航计划（一把手）', 'en-US': 'Pilot track (unit heads)' },
    postPattern: '^(局长|党工委书记|办事处主任)$',
    separate: false,
  },
  {
    key: 'eagle',
    label: { 'zh-CN': '雏鹰计划（年轻干部）', 'en-US': 'Young eagle track' },
    maxAge: 35,
    separate: false,
  },
  {
    key: 'ivy',
    label: { 'zh-CN': '常青藤计划（退出现职领导）', 'en-US': 'Ivy track (leaders out of post)' },
    postPattern: '退出现职|退职',
    separate: true,
  },
];

/** The groups a cadre belongs to. */
export function groupsOf(
  c: { post: string; grade: string; age: number | null },
  rules: readonly GroupRule[],
): string[] {
  return rules
    .filter(
      (r) =>
        (!r.postPattern || new RegExp(r.postPattern).test(c.post)) &&
        (!r.gradePattern || new RegExp(r.gradePattern).test(c.grade)) &&
        (r.maxAge === undefined || (c.age !== null && c.age <= r.maxAge)) &&
        (r.minAge === undefined || (c.age !== null && c.age >= r.minAge)),
    )
    .map((r) => r.key);
}

/**
 * comparableGroup(groupsOf(...)) for many cadres: the answer kept per post, grade, age and
 * department type (a district's 10,000 cadres share a few hundred of these).
 */
export function comparableGroupsOf(rules: readonly GroupRule[]) {
  const known = new Map<string, string>();
  return (c: { post: string; grade: string; age: number | null }, deptType: DeptType): string => {
    const k = `${c.post}\u0000${c.grade}\u0000${c.age}\u0000${deptType}`;
    let g = known.get(k);
    if (g === undefined) known.set(k, (g = comparableGroup(groupsOf(c, rules), rules, deptType)));
    return g;
  };
}

/** The comparable group a cadre is ranked in: a separate group when one holds them, else the department type. */
export function comparableGroup(
  groups: readonly string[],
  rules: readonly GroupRule[],
  deptType: DeptType,
): string {
  const sep = rules.find((r) => r.separate && groups.includes(r.key));
  return sep ? sep.key : deptType;
}

/** The department type a unit has when none is set: streets are 街道, departments 党政综合. */
export function defaultDeptType(level: string, name: string): DeptType {
  if (level === 'street') return 'street';
  if (/执法|公安|市场监管/.test(name)) return 'law_enforcement';
  if (/发展|改革|经济|商务|金融|科技/.test(name)) return 'economy';
  if (/民政|卫生|教育|住房|社保|人力|应急/.test(name)) return 'livelihood';
  return 'party_admin';
}

/** Age in whole years on a day. */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate) return null;
  let a = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  if (today.slice(5) < birthDate.slice(5)) a--;
  return a;
}
