/**
 * Pure rules of livelihood projects: the life of a micro project 民生微实事 (residents order 点菜 →
 * the community screens → budget → implementation → acceptance → residents rate) and of an annual
 * livelihood project chosen by the deputies' vote 票决制, as one state machine (data, not ifs);
 * money in integer fen shown in 元 and 万元; who the deputies' vote chooses; satisfaction and the
 * responsible unit's score.
 */

/** Kinds of project: a community's micro project; a node's annual project chosen by deputies. */
export const KINDS = ['micro', 'livelihood'] as const;
export type Kind = (typeof KINDS)[number];

/** Every stage a project can be in. */
export const STAGES = [
  'ordered',
  'rejected',
  'withdrawn',
  'approved',
  'budgeted',
  'implementing',
  'inspecting',
  'completed',
  'closed',
  'candidate',
  'chosen',
  'not_chosen',
] as const;
export type Stage = (typeof STAGES)[number];

/** Stages anyone in scope (and the public page) may see: screened in, or put to the deputies. */
export const PUBLIC_STAGES: readonly Stage[] = STAGES.filter(
  (s) => !['ordered', 'rejected', 'withdrawn', 'not_chosen'].includes(s),
);

/** Stages of a project being carried out or done (counted in the year's statistics). */
export const UNDER_WAY: readonly Stage[] = ['budgeted', 'implementing', 'inspecting', 'completed', 'closed'];

/** Categories, in display order. */
export const CATEGORIES = [
  'facilities',
  'environment',
  'elderly',
  'children',
  'safety',
  'culture',
  'health',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Who may take a transition: an officer (manage), the resident who ordered it, or the deputies' vote. */
export type By = 'manage' | 'orderer' | 'vote';

/** What must be true before a transition may be taken. */
export type Need = 'reason' | 'budget' | 'contractor' | 'milestone' | 'milestones_done' | 'note' | 'rating';

/** One edge of the state machine. */
export interface Transition {
  action: string;
  from: readonly Stage[];
  to: Stage;
  by: readonly By[];
  needs: readonly Need[];
}

/** The state machine of a project, as data. */
export const TRANSITIONS = [
  { action: 'withdraw', from: ['ordered'], to: 'withdrawn', by: ['orderer', 'manage'], needs: [] },
  { action: 'reject', from: ['ordered'], to: 'rejected', by: ['manage'], needs: ['reason'] },
  { action: 'approve', from: ['ordered'], to: 'approved', by: ['manage'], needs: [] },
  { action: 'drop', from: ['candidate'], to: 'withdrawn', by: ['manage'], needs: ['reason'] },
  { action: 'choose', from: ['candidate'], to: 'chosen', by: ['vote'], needs: [] },
  { action: 'not_choose', from: ['candidate'], to: 'not_chosen', by: ['vote'], needs: [] },
  { action: 'fix_budget', from: ['approved', 'chosen'], to: 'budgeted', by: ['manage'], needs: ['budget'] },
  {
    action: 'start',
    from: ['budgeted'],
    to: 'implementing',
    by: ['manage'],
    needs: ['contractor', 'milestone'],
  },
  { action: 'finish', from: ['implementing'], to: 'inspecting', by: ['manage'], needs: ['milestones_done'] },
  { action: 'fail_inspection', from: ['inspecting'], to: 'implementing', by: ['manage'], needs: ['reason'] },
  { action: 'accept', from: ['inspecting'], to: 'completed', by: ['manage'], needs: ['note'] },
  { action: 'close', from: ['completed'], to: 'closed', by: ['manage'], needs: ['rating'] },
] as const satisfies readonly Transition[];
export type Action = (typeof TRANSITIONS)[number]['action'];

/** The actions people take (the vote's own are taken by its tally). */
export const PEOPLE_ACTIONS = TRANSITIONS.filter((t) => !(t.by as readonly By[]).includes('vote')).map(
  (t) => t.action,
);

/** What is known about a project when a transition is asked for. */
export interface Facts {
  hasReason: boolean;
  hasNote: boolean;
  budgetFen: number;
  contractors: number;
  milestones: number;
  milestonesOpen: number;
  ratings: number;
}

/** The stage a transition leads to, or why it may not be taken (a message key). */
export function transition(
  stage: Stage,
  action: string,
  by: readonly By[],
  facts: Facts,
): { to: Stage } | { problem: string } {
  const t = (TRANSITIONS as readonly Transition[]).find((x) => x.action === action);
  if (!t) return { problem: 'projects.unknown_action' };
  if (!t.from.includes(stage)) return { problem: 'projects.wrong_stage' };
  if (!t.by.some((b) => by.includes(b))) return { problem: 'projects.not_yours' };
  const missing = t.needs.find((n) => !met(n, facts));
  return missing ? { problem: `projects.needs_${missing}` } : { to: t.to };
}

function met(n: Need, f: Facts): boolean {
  switch (n) {
    case 'reason':
      return f.hasReason;
    case 'note':
      return f.hasNote;
    case 'budget':
      return f.budgetFen > 0;
    case 'contractor':
      return f.contractors > 0;
    case 'milestone':
      return f.milestones > 0;
    case 'milestones_done':
      return f.milestones > 0 && f.milestonesOpen === 0;
    case 'rating':
      return f.ratings > 0;
  }
}

/** The actions an actor could take now (for the buttons), whatever facts are still missing. */
export function actionsFrom(stage: Stage, by: readonly By[]): Action[] {
  return TRANSITIONS.filter(
    (t) =>
      (t.from as readonly Stage[]).includes(stage) && (t.by as readonly By[]).some((b) => by.includes(b)),
  ).map((t) => t.action);
}

/** Stages in which the budget may still be set (before the work starts). */
export const BUDGET_STAGES: readonly Stage[] = ['approved', 'chosen', 'budgeted'];
/** Stages in which milestones, contractors and photos may be added. */
export const WORK_STAGES: readonly Stage[] = ['approved', 'chosen', 'budgeted', 'implementing', 'inspecting'];

/**
 * An amount in 元 as written (digits, at most two decimals: '120000', '3.5', '0.05') as integer
 * fen, exactly (no floating point); null when it is not such an amount or beyond 1e12 元.
 */
export function yuanToFen(s: string): number | null {
  const m = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(s.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Fen as 元 with two decimals ('1234.50'). */
export function fenToYuan(fen: number): string {
  const neg = fen < 0 ? '-' : '';
  const a = Math.abs(Math.trunc(fen));
  return `${neg}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** Fen in 万元, rounded to two decimals (Futian reports 1.77亿 = 17700 万元). */
export function fenToWan(fen: number): number {
  return Math.round(fen / 10_000) / 100;
}

/** Whether a satisfaction score is valid: a whole number 1–5. */
export const validScore = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5;

/** Average satisfaction to one decimal, or null with no ratings. */
export function averageScore(sum: number, count: number): number | null {
  return count > 0 ? Math.round((10 * sum) / count) / 10 : null;
}

/**
 * The responsible unit's performance score from the deputies' satisfaction: the average of 1–5
 * scaled to 0–100 (5 → 100, 1 → 20), one decimal.
 */
export function unitScore(sum: number, count: number): number | null {
  return count > 0 ? Math.round((200 * sum) / count) / 10 : null;
}

/** Satisfaction rate: share of ratings of 4 or 5, in percent to one decimal (null with none). */
export function satisfiedRate(satisfied: number, count: number): number | null {
  return count > 0 ? Math.round((1000 * satisfied) / count) / 10 : null;
}

/**
 * Which candidates the deputies' vote chooses: the `seats` with most votes, at least one vote each;
 * a tie at the last seat is broken by the candidate's position on the ballot (earlier first).
 */
export function chosenOf(
  results: readonly { position: number; count: number }[],
  seats: number,
): Set<number> {
  return new Set(
    [...results]
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count || a.position - b.position)
      .slice(0, seats)
      .map((r) => r.position),
  );
}

/** Progress of the work in percent: milestones done of all (0 with none). */
export function progressOf(done: number, total: number): number {
  return total > 0 ? Math.round((100 * done) / total) : 0;
}

/** Whether a milestone is due soon (within `days`, or past) and not done, on `today` (YYYY-MM-DD). */
export function milestoneDue(dueOn: string, today: string, days = 7): boolean {
  const due = Date.parse(`${dueOn}T00:00:00Z`);
  const now = Date.parse(`${today}T00:00:00Z`);
  return due - now <= days * 86400_000;
}
