/**
 * The rules of 未成年人保护与帮教 as data (seed 003 福田区检察院 智慧未检帮教云服务): where cases come
 * from, the states and outcomes, the default libraries (问题库, 矫治技术库, 效果评估库), how social
 * workers are matched to a case (社工匹配), when sessions and evaluations fall due, and the figures.
 */

/** Where a case is referred from. */
export const SOURCES = ['procuratorate', 'court', 'police', 'school', 'community'] as const;
export type Source = (typeof SOURCES)[number];

/** Kinds of site on the tree: 保护服务中心, 法治教育实践基地, 帮教点. */
export const SITE_KINDS = ['centre', 'base', 'point'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** A case: registered (open), a worker assigned (helping), closed with an outcome. */
export const STATES = ['open', 'helping', 'closed'] as const;
export type State = (typeof STATES)[number];

/** Outcomes: 返岗, 复学, 升学, 其他, 重新犯罪. */
export const OUTCOMES = ['work', 'school', 'university', 'other', 'reoffended'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const LIBRARY_KINDS = ['problem', 'technique', 'instrument'] as const;
export type LibraryKind = (typeof LIBRARY_KINDS)[number];

/** An entry of a library. */
export interface LibraryEntry {
  kind: LibraryKind;
  code: string;
  name: string;
  guidance: string;
}

/** The libraries a district starts from (shown, not stored, until it imports its own). */
export const DEFAULT_LIBRARY: readonly LibraryEntry[] = [
  { kind: 'problem', code: 'P01', name: '家庭监护缺失', guidance: '' },
  { kind: 'problem', code: 'P02', name: '辍学失学', guidance: '' },
  { kind: 'problem', code: 'P03', name: '不良交友', guidance: '' },
  { kind: 'problem', code: 'P04', name: '网络沉迷', guidance: '' },
  { kind: 'problem', code: 'P05', name: '情绪与心理困扰', guidance: '' },
  { kind: 'problem', code: 'P06', name: '法治意识淡薄', guidance: '' },
  { kind: 'problem', code: 'P07', name: '就业困难', guidance: '' },
  {
    kind: 'technique',
    code: 'T01',
    name: '家庭教育指导',
    guidance: '约谈监护人，制定家庭教育计划，每月回访一次监护落实情况',
  },
  {
    kind: 'technique',
    code: 'T02',
    name: '认知行为矫治',
    guidance: '识别不合理信念，布置行为作业并在下次面谈复盘',
  },
  {
    kind: 'technique',
    code: 'T03',
    name: '心理疏导',
    guidance: '每次不少于 45 分钟；发现危机信号立即转介专业心理机构',
  },
  {
    kind: 'technique',
    code: 'T04',
    name: '法治教育',
    guidance: '结合涉案行为讲解相关法律后果，可安排到法治教育实践基地参加活动',
  },
  { kind: 'technique', code: 'T05', name: '复学对接', guidance: '联系教育部门与原学校，落实学籍与跟班辅导' },
  {
    kind: 'technique',
    code: 'T06',
    name: '就业技能培训',
    guidance: '对接职业技能培训与用工企业，跟进试岗情况',
  },
  { kind: 'instrument', code: 'E01', name: '社会适应量表', guidance: '0–100 分，60 分以上为适应良好' },
  { kind: 'instrument', code: 'E02', name: '再犯风险评估', guidance: '0–100 分，分数越高风险越低' },
];

/** Rules of 社工匹配 as data: points per problem the worker is skilled in, per free place, and the cut. */
export const MATCH_RULES = {
  /** Points for each of the case's problems the worker has a skill for. */
  perSkill: 10,
  /** Points for each free place the worker still has (capped). */
  perFreePlace: 2,
  freePlacesCap: 5,
  /** A worker with no free place is not suggested. */
  needFreePlace: true,
  /** At most this many suggestions. */
  limit: 5,
} as const;

/** A worker as matching sees it. */
export interface Candidate {
  id: string;
  skills: readonly string[];
  capacity: number;
  load: number;
}

/** The score of a worker for a case's problems (null: not suggested). */
export function matchScore(w: Candidate, problems: readonly string[]): number | null {
  const free = w.capacity - w.load;
  if (MATCH_RULES.needFreePlace && free <= 0) return null;
  const overlap = problems.filter((p) => w.skills.includes(p)).length;
  return (
    overlap * MATCH_RULES.perSkill + Math.min(free, MATCH_RULES.freePlacesCap) * MATCH_RULES.perFreePlace
  );
}

/** Workers ranked for a case: highest score first, then most free places, then id (stable). */
export function rankWorkers<W extends Candidate>(workers: readonly W[], problems: readonly string[]) {
  return workers
    .map((w) => ({
      worker: w,
      score: matchScore(w, problems),
      overlap: problems.filter((p) => w.skills.includes(p)),
    }))
    .filter((x): x is { worker: W; score: number; overlap: string[] } => x.score !== null)
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.worker.capacity - b.worker.load - (a.worker.capacity - a.worker.load) ||
        a.worker.id.localeCompare(b.worker.id),
    )
    .slice(0, MATCH_RULES.limit);
}

/** A helping case needs a session at least this often, and an evaluation at least this often. */
export const SESSION_EVERY_DAYS = 14;
export const EVALUATION_EVERY_DAYS = 90;

/** The day a next session or evaluation is due: the last one (or the assignment) plus the interval. */
export function dueOn(last: string, everyDays: number): string {
  const d = new Date(`${last}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + everyDays);
  return d.toISOString().slice(0, 10);
}

/** Moves: assign (open → helping, or re-assign while helping), close (helping → closed). */
export const MOVES: Record<'assign' | 'close', readonly State[]> = {
  assign: ['open', 'helping'],
  close: ['helping'],
};

/** Whether a move may be made from a state. */
export const mayMove = (move: keyof typeof MOVES, s: State) => MOVES[move].includes(s);

/** The oldest a young person may be when referred (帮教 follows minors who offended into young adulthood). */
export const MAX_AGE_AT_REFERRAL = 25;

/** Age in whole years on a day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The outcomes counted as 回归社会 for the rates: 返岗 (work), 复学 (school), 升学 (university). */
export const RETURNED: readonly Outcome[] = ['work', 'school', 'university'];

/** A percentage with one decimal (null when nothing to divide by). */
export const pct = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);

/** 未检帮教〔2026〕N号. */
export const reportNumber = (year: number, no: number) => `未检帮教〔${year}〕${no}号`;
