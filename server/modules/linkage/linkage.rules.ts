/**
 * Pure rules of the linkage mechanisms (seeds 001, 003): the three kinds of 三联三领 link and what
 * each leads, the state machine of a link's items, the default roster of 三官三师, the session and
 * problem state machines of 两代表一委员进社区, and the rates the dashboards show.
 */

/**
 * 三联三领 (seed 001): 街道班子联系社区领衔破难、机关单位联系社区领办项目、在职党员联系社区领跑示范.
 * A link's kind decides what its items are.
 */
export const LINK_KINDS = ['leader', 'department', 'member'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** What the items of each kind of link are: hard problems, projects, examples. */
export const ITEM_KIND_OF: Record<LinkKind, 'hard_problem' | 'project' | 'example'> = {
  leader: 'hard_problem',
  department: 'project',
  member: 'example',
};

/** States of a link's item. */
export const ITEM_STATES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/** One move of a state machine: where it may start and where it leads. */
export interface Move<S extends string> {
  action: string;
  from: readonly S[];
  to: S;
}

/** The item state machine, as data. */
export const ITEM_MOVES = [
  { action: 'start', from: ['planned'], to: 'in_progress' },
  { action: 'progress', from: ['in_progress'], to: 'in_progress' },
  { action: 'complete', from: ['planned', 'in_progress'], to: 'done' },
  { action: 'drop', from: ['planned', 'in_progress'], to: 'dropped' },
  { action: 'reopen', from: ['done', 'dropped'], to: 'in_progress' },
] as const satisfies readonly Move<ItemState>[];
export type ItemAction = (typeof ITEM_MOVES)[number]['action'];
export const ITEM_ACTIONS = ITEM_MOVES.map((m) => m.action) as [ItemAction, ...ItemAction[]];

/** Where an action leads from a state, or null when it may not be taken there. */
export function nextState<S extends string>(moves: readonly Move<S>[], from: S, action: string): S | null {
  const m = moves.find((x) => x.action === action);
  return m && (m.from as readonly S[]).includes(from) ? m.to : null;
}

/** Actions open from a state (for the per-item buttons). */
export function actionsFrom<M extends Move<string>>(
  moves: readonly M[],
  from: M['from'][number],
): M['action'][] {
  return moves.filter((m) => (m.from as readonly string[]).includes(from)).map((m) => m.action);
}

/** The progress an item shows after an action: done is 100, a start is at least 1. */
export function progressAfter(action: string, current: number, reported?: number): number {
  if (action === 'complete') return 100;
  if (action === 'progress') return Math.max(0, Math.min(99, reported ?? current));
  if (action === 'start') return Math.max(1, Math.min(99, reported ?? current));
  return current;
}

/** An item is overdue when it is not finished and its due day has passed. */
export function itemOverdue(state: ItemState, dueOn: string | null, today: string): boolean {
  return !!dueOn && dueOn < today && (state === 'planned' || state === 'in_progress');
}

/** 三官三师 (seed 001 同步配齐“三官三师”): a roster role and its group (官 officials, 师 professionals). */
export interface ExpertRole {
  code: string;
  name: string;
  grp: 'official' | 'professional';
}

/** The roster a district starts with: police officer, judge, prosecutor; lawyer, psychologist, social worker. */
export const DEFAULT_EXPERT_ROLES: readonly ExpertRole[] = [
  { code: 'police', name: '警官', grp: 'official' },
  { code: 'judge', name: '法官', grp: 'official' },
  { code: 'prosecutor', name: '检察官', grp: 'official' },
  { code: 'lawyer', name: '律师', grp: 'professional' },
  { code: 'psychologist', name: '心理咨询师', grp: 'professional' },
  { code: 'social_worker', name: '社工师', grp: 'professional' },
];

/** The roles a node still lacks for a full 三官三师 roster (配齐: every configured role on duty). */
export function missingRoles(roles: readonly ExpertRole[], onDuty: readonly string[]): ExpertRole[] {
  const have = new Set(onDuty);
  return roles.filter((r) => !have.has(r.code));
}

/** 两代表一委员 (seed 003): party deputies, people's congress deputies and CPPCC members. */
export const HOST_KINDS = ['party_deputy', 'npc_deputy', 'cppcc_member'] as const;
export type HostKind = (typeof HOST_KINDS)[number];

/** The two forms of a session in a community: 坐诊 (a clinic at a fixed desk) and 摆摊 (a street stall). */
export const SESSION_FORMATS = ['clinic', 'stall'] as const;

export const SESSION_STATES = ['planned', 'held', 'cancelled'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/** The session state machine: a planned session is held (with its attendance) or cancelled. */
export const SESSION_MOVES = [
  { action: 'hold', from: ['planned'], to: 'held' },
  { action: 'cancel', from: ['planned'], to: 'cancelled' },
] as const satisfies readonly Move<SessionState>[];

export const PROBLEM_STATES = ['open', 'answered'] as const;
export type ProblemState = (typeof PROBLEM_STATES)[number];

/** A problem raised is tracked to an answer: open → answered (and may be reopened if the answer was wrong). */
export const PROBLEM_MOVES = [
  { action: 'answer', from: ['open'], to: 'answered' },
  { action: 'reopen', from: ['answered'], to: 'open' },
] as const satisfies readonly Move<ProblemState>[];

/**
 * Days a problem raised at a session has for its answer, by default. The seeds give no number;
 * 15 working-ish days is this project's default, a setting a district may change per problem.
 */
export const DEFAULT_ANSWER_DAYS = 15;

/** The day a problem's answer is due: days after the session's (Shanghai) day. */
export function answerDue(sessionDay: string, days = DEFAULT_ANSWER_DAYS): string {
  const d = new Date(`${sessionDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A share as a percentage with one decimal, or null when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
}
