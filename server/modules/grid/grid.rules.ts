/**
 * Pure rules of grid work: register kinds and their visit categories, visit cycles (due dates and
 * compliance), GeoJSON outline validation and the Excel column maps of the registers. No IO.
 */

/**
 * How someone serves a grid: a regular worker, a cadre serving as one for a period 我当网格员
 * (seed 002), or a division-level cadre heading it as 文明城市创建网格长 and walking it weekly (seed 003).
 */
export const ASSIGNMENT_KINDS = ['worker', 'cadre', 'head'] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

/** Registers 台账. */
export const REGISTER_KINDS = ['housing', 'population', 'entity'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** Use of a dwelling. */
export const OCCUPANCY = ['owner', 'rented', 'vacant'] as const;
/** Residence status of a person. */
export const RESIDENCE = ['registered', 'floating'] as const;
/** Kind of legal entity. */
export const ENTITY_TYPES = ['enterprise', 'shop'] as const;

/** Visit categories, each with its own cycle: default household, rental housing, special care, entity. */
export const VISIT_CATEGORIES = ['household', 'rental', 'special_care', 'entity'] as const;
export type VisitCategory = (typeof VISIT_CATEGORIES)[number];

/** Outcome of a visit. */
export const VISIT_RESULTS = ['met', 'nobody_home', 'refused', 'hazard_found'] as const;

/** The default cycle: every household every 7 days (Longgang, seed 002). */
export const DEFAULT_INTERVAL_DAYS: Record<VisitCategory, number> = {
  household: 7,
  rental: 7,
  special_care: 7,
  entity: 7,
};

/** Which cycle a record follows. */
export function visitCategoryOf(kind: RegisterKind, attrs: Record<string, unknown>): VisitCategory {
  if (kind === 'entity') return 'entity';
  if (kind === 'housing') return attrs.occupancy === 'rented' ? 'rental' : 'household';
  return attrs.specialCare ? 'special_care' : 'household';
}

/** A short human label for a record. */
export function labelOf(kind: RegisterKind, attrs: Record<string, unknown>): string {
  if (kind === 'housing')
    return [attrs.building, attrs.unit, attrs.room].filter((x) => x !== undefined && x !== '').join('-');
  return String(attrs.name ?? '');
}

/** The nearest rule wins: rules on a node apply to its subtree; pick the deepest one for the category. */
export function pickInterval(
  rules: { path: string; category: VisitCategory; intervalDays: number }[],
  recordPath: string,
  category: VisitCategory,
): number {
  let best: { len: number; days: number } | null = null;
  for (const r of rules)
    if (r.category === category && recordPath.startsWith(r.path) && (!best || r.path.length > best.len))
      best = { len: r.path.length, days: r.intervalDays };
  return best?.days ?? DEFAULT_INTERVAL_DAYS[category];
}

/** A human-readable number: the district's short name, the day and a sequence (福田-20261206-0007). */
export function formatNumber(districtName: string, day: string, seq: number): string {
  const short = districtName.replace(/(新区|自治县|区|县|市)$/, '') || districtName;
  return `${short}-${day.replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
}

/** Adds days to a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + n * 86400_000).toISOString().slice(0, 10);
}

/**
 * When a record is next due: lastVisitDay + interval, or the day it joined the register if never
 * visited. Status on `today`: done (visited today), today (due today), overdue (due before), later.
 */
export function dueStatus(
  lastVisitDay: string | null,
  createdDay: string,
  intervalDays: number,
  today: string,
): { dueOn: string; status: 'done' | 'today' | 'overdue' | 'later' } {
  if (lastVisitDay === today) return { dueOn: today, status: 'done' };
  const dueOn = lastVisitDay ? addDays(lastVisitDay, intervalDays) : createdDay;
  if (dueOn === today) return { dueOn, status: 'today' };
  return { dueOn, status: dueOn < today ? 'overdue' : 'later' };
}

/** A visit rate: made ÷ due, or null when nothing fell due. */
export function complianceRate(due: number, onTime: number): number | null {
  return due === 0 ? null : onTime / due;
}

const dayNum = (d: string) => Math.round(Date.parse(d + 'T00:00:00Z') / 86400_000);

/**
 * The visits that fell due for one record in a period [from, to] and how many were made on time:
 * the definition behind 走访达标率 (seed 002: every household every 7 days).
 *
 * A record falls due on its due date (last visit + cycle; the day it joined the register if never
 * visited), and again every cycle while it stays unvisited. A visit on or before the due date is on
 * time (it counts on its own day, and the next due date runs from it); a visit after the due date
 * is late and counts nothing. A record due today and not yet visited counts as not on time. Only
 * occasions dated within the period count. `visits` are the distinct visit days within the period,
 * ascending; `lastBefore` the last visit day before it.
 */
export function visitOccasions(p: {
  createdDay: string;
  lastBefore: string | null;
  visits: string[];
  intervalDays: number;
  from: string;
  to: string;
}): { due: number; onTime: number } {
  const k = p.intervalDays;
  const from = dayNum(p.from);
  const to = dayNum(p.to);
  // occasions start, start + k, … before endEx that lie within the period
  const between = (start: number, endEx: number) => {
    const hi = Math.min(endEx - 1, to);
    if (start > hi) return 0;
    const first = start >= from ? start : start + Math.ceil((from - start) / k) * k;
    return first > hi ? 0 : Math.floor((hi - first) / k) + 1;
  };
  let cur = p.lastBefore ? dayNum(p.lastBefore) + k : dayNum(p.createdDay);
  let due = 0;
  let onTime = 0;
  for (const day of p.visits) {
    const v = dayNum(day);
    if (v <= cur) {
      if (v >= from && v <= to) {
        due++;
        onTime++;
      }
    } else due += between(cur, v);
    cur = v + k;
  }
  due += between(cur, to + 1);
  return { due, onTime };
}

/** Days from one YYYY-MM-DD to another (inclusive count of the period). */
export function periodDays(from: string, to: string): number {
  return dayNum(to) - dayNum(from) + 1;
}

type Position = number[];
function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    p.length <= 3 &&
    p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
    p[0] >= -180 &&
    p[0] <= 180 &&
    p[1] >= -90 &&
    p[1] <= 90
  );
}
function ringProblem(r: unknown): string | null {
  if (!Array.isArray(r) || r.length < 4) return 'grid.geojson_ring_short';
  if (!r.every(isPosition)) return 'grid.geojson_position';
  const a = r[0] as Position;
  const b = r[r.length - 1] as Position;
  if (a[0] !== b[0] || a[1] !== b[1]) return 'grid.geojson_ring_open';
  return null;
}
function polygonProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length === 0) return 'grid.geojson_shape';
  for (const r of p) {
    const e = ringProblem(r);
    if (e) return e;
  }
  return null;
}

/**
 * Validates a grid outline: a GeoJSON Polygon or MultiPolygon (bare, as a Feature, or a
 * FeatureCollection of one feature) with closed rings of ≥ 4 WGS84 positions. Returns the
 * geometry, or the message key of the first problem.
 */
export function validateOutline(
  g: unknown,
): { geometry: { type: string; coordinates: unknown } } | { problem: string } {
  let geom = g as any;
  if (geom?.type === 'FeatureCollection') {
    if (!Array.isArray(geom.features) || geom.features.length !== 1) return { problem: 'grid.geojson_shape' };
    geom = geom.features[0];
  }
  if (geom?.type === 'Feature') geom = geom.geometry;
  if (!geom || typeof geom !== 'object') return { problem: 'grid.geojson_shape' };
  if (geom.type === 'Polygon') {
    const e = polygonProblem(geom.coordinates);
    return e ? { problem: e } : { geometry: { type: 'Polygon', coordinates: geom.coordinates } };
  }
  if (geom.type === 'MultiPolygon') {
    if (!Array.isArray(geom.coordinates) || geom.coordinates.length === 0)
      return { problem: 'grid.geojson_shape' };
    for (const p of geom.coordinates) {
      const e = polygonProblem(p);
      if (e) return { problem: e };
    }
    return { geometry: { type: 'MultiPolygon', coordinates: geom.coordinates } };
  }
  return { problem: 'grid.geojson_shape' };
}

/** Rows a register import may hold: the same cap as the people register's import. */
export const GRID_IMPORT_MAX_ROWS = 50_000;
/** Staged rows written to the register per transaction when an import is committed. */
export const GRID_IMPORT_BATCH = 500;

/** One column of a register's spreadsheet: its attribute, header, everyday names and cell type. */
export interface RegisterColumn {
  key: string;
  /** The header gongzhi writes, as users type it. */
  label: string;
  /** Other names districts give the column in their own 台账. */
  synonyms: readonly string[];
  required?: boolean;
  type: 'text' | 'bool' | 'number';
}

/** Spreadsheet columns of each register, as found in districts' own 台账 and as exported. */
export const REGISTER_COLUMNS: Record<RegisterKind, RegisterColumn[]> = {
  housing: [
    {
      key: 'building',
      label: '楼栋',
      synonyms: ['楼栋号', '楼号', '楼栋名称', '楼宇', '栋号'],
      required: true,
      type: 'text',
    },
    { key: 'unit', label: '单元', synonyms: ['单元号'], type: 'text' },
    {
      key: 'room',
      label: '房号',
      synonyms: ['房间号', '门牌号', '房屋编号', '室号'],
      required: true,
      type: 'text',
    },
    {
      key: 'occupancy',
      label: '使用状况',
      synonyms: ['使用情况', '居住状况', '房屋状态', '房屋用途', '出租情况'],
      required: true,
      type: 'text',
    },
    { key: 'areaM2', label: '面积', synonyms: ['建筑面积', '房屋面积', '面积（平方米）'], type: 'number' },
  ],
  population: [
    { key: 'name', label: '姓名', synonyms: ['居民姓名', '名字'], required: true, type: 'text' },
    {
      key: 'nationalId',
      label: '身份证号',
      synonyms: ['公民身份号码', '身份证号码', '证件号码', '身份证'],
      required: true,
      type: 'text',
    },
    {
      key: 'residence',
      label: '人口类型',
      synonyms: ['户籍类型', '人员类别', '居住类型', '户籍/流动'],
      required: true,
      type: 'text',
    },
    { key: 'specialCare', label: '特殊关爱', synonyms: ['关爱对象', '重点关爱', '特殊人群'], type: 'bool' },
  ],
  entity: [
    {
      key: 'name',
      label: '名称',
      synonyms: ['单位名称', '企业名称', '商户名称', '店名', '字号'],
      required: true,
      type: 'text',
    },
    {
      key: 'creditCode',
      label: '统一社会信用代码',
      synonyms: ['信用代码', '社会信用代码', '营业执照号'],
      type: 'text',
    },
    {
      key: 'type',
      label: '类型',
      synonyms: ['单位类型', '主体类型', '企业类型'],
      required: true,
      type: 'text',
    },
    { key: 'threeSmall', label: '三小场所', synonyms: ['是否三小场所', '三小'], type: 'bool' },
    { key: 'address', label: '地址', synonyms: ['经营地址', '详细地址', '住所'], type: 'text' },
  ],
};

/** Chinese words users write in enumerated cells → codes. */
export const CELL_WORDS: Record<string, string> = {
  自住: 'owner',
  自用: 'owner',
  出租: 'rented',
  出租屋: 'rented',
  空置: 'vacant',
  闲置: 'vacant',
  户籍: 'registered',
  户籍人口: 'registered',
  常住: 'registered',
  流动: 'floating',
  流动人口: 'floating',
  企业: 'enterprise',
  公司: 'enterprise',
  商铺: 'shop',
  个体: 'shop',
  个体工商户: 'shop',
};

/** Turns one spreadsheet cell into an attribute value. */
export function cellValue(v: unknown, type: 'text' | 'bool' | 'number'): unknown {
  if (v === null || v === undefined || v === '') return undefined;
  if (v instanceof Date) v = v.toISOString().slice(0, 10);
  if (v && typeof v === 'object' && 'text' in (v as object)) v = (v as { text: unknown }).text;
  if (v && typeof v === 'object' && 'result' in (v as object)) v = (v as { result: unknown }).result;
  if (type === 'bool') {
    const s = String(v).trim();
    if (['是', 'Y', 'y', 'yes', 'true', '1', 'TRUE'].includes(s)) return true;
    if (['否', 'N', 'n', 'no', 'false', '0', 'FALSE'].includes(s)) return false;
    return s;
  }
  if (type === 'number') return typeof v === 'number' ? v : Number(String(v).trim());
  const s = String(v).trim();
  return CELL_WORDS[s] ?? s;
}

/** Bounding box [minLng, minLat, maxLng, maxLat] of a validated outline. */
export function bboxOf(geometry: { type: string; coordinates: unknown }): [number, number, number, number] {
  const polys = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as number[][][][];
  const b: [number, number, number, number] = [180, 90, -180, -90];
  for (const p of polys)
    for (const r of p)
      for (const [x, y] of r) {
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x);
        b[3] = Math.max(b[3], y);
      }
  return b;
}

function inRing(x: number, y: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies in an outline (outer ring in, holes out). */
export function pointInOutline(
  geometry: { type: string; coordinates: unknown },
  lng: number,
  lat: number,
): boolean {
  const polys = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as number[][][][];
  return polys.some((p) => inRing(lng, lat, p[0]) && !p.slice(1).some((h) => inRing(lng, lat, h)));
}

/** The Monday (Asia/Shanghai calendar) of the week a day falls in. */
export function weekOf(day: string): string {
  const n = dayNum(day);
  // 1970-01-01 was a Thursday: Monday-based weekday = (n + 3) mod 7
  return addDays(day, -(((n + 3) % 7) + 7) % 7);
}

/**
 * A grid head's weekly walk 网格长每周巡查 (seed 003: 每周带领…深入挂点社区实地"行走"), as of a day:
 * done when walked this week (Monday to Sunday); due by Sunday when last week was walked (or the
 * headship began this week); overdue when a whole week or more went unwalked, with how many.
 */
export function headWeekStatus(p: { fromDay: string; lastPatrolDay: string | null; today: string }): {
  week: string;
  dueBy: string;
  status: 'done' | 'due' | 'overdue';
  missedWeeks: number;
} {
  const week = weekOf(p.today);
  const dueBy = addDays(week, 6);
  const last = p.lastPatrolDay ? weekOf(p.lastPatrolDay) : null;
  if (last === week) return { week, dueBy, status: 'done', missedWeeks: 0 };
  const start = weekOf(p.fromDay);
  const owedFrom = last && addDays(last, 7) > start ? addDays(last, 7) : start;
  const missedWeeks = Math.max(0, Math.round((dayNum(week) - dayNum(owedFrom)) / 7));
  return { week, dueBy, status: missedWeeks > 0 ? 'overdue' : 'due', missedWeeks };
}

/**
 * Patrol coverage of one headship over a period: the weeks (Mondays) the head held the grid within
 * it, and how many of them were walked. Coverage = walked ÷ held.
 */
export function headCoverage(p: {
  fromDay: string;
  toDay: string | null;
  periodFrom: string;
  periodTo: string;
  walkedWeeks: ReadonlySet<string>;
}): { weeks: number; walked: number } {
  let weeks = 0;
  let walked = 0;
  for (let w = weekOf(p.periodFrom); w <= p.periodTo; w = addDays(w, 7)) {
    const held = p.fromDay <= addDays(w, 6) && (p.toDay === null || p.toDay >= w);
    if (!held) continue;
    weeks++;
    if (p.walkedWeeks.has(w)) walked++;
  }
  return { weeks, walked };
}

/** Spreadsheet columns of the civilisation-city assessment standards 测评体系. */
export const STANDARD_COLUMNS: RegisterColumn[] = [
  { key: 'projectCode', label: '项目编号', synonyms: ['测评项目编号'], type: 'text' },
  { key: 'projectName', label: '测评项目', synonyms: ['项目名称', '项目'], required: true, type: 'text' },
  { key: 'itemCode', label: '内容编号', synonyms: ['测评内容编号'], type: 'text' },
  { key: 'itemName', label: '测评内容', synonyms: ['内容'], required: true, type: 'text' },
  { key: 'code', label: '标准编号', synonyms: ['测评标准编号', '编号'], required: true, type: 'text' },
  { key: 'text', label: '测评标准', synonyms: ['标准内容', '标准'], required: true, type: 'text' },
  { key: 'category', label: '事件类别', synonyms: ['问题类别', '类别'], type: 'text' },
];

/** A node's readiness for one assessment project: share of its standards with no open problem. */
export function readinessRate(standards: number, withOpenProblems: number): number | null {
  return standards === 0 ? null : (standards - withOpenProblems) / standards;
}
