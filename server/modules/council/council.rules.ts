/**
 * Pure rules of the council: the six steps 六步议事 as a state machine (data, not ifs), the
 * default deadline of each step, what a vote decides, and the diff between two drafts.
 */

/** The six steps: 提议题 → 出主意 → 拟方案 → 开言路 → 定公约 → 说了算. */
export const STEPS = ['raise', 'ideas', 'plan', 'floor', 'convention', 'decide'] as const;
export type Step = (typeof STEPS)[number];

/** Every stage a topic can be in: the six steps, then its outcome. */
export const STAGES = [...STEPS, 'implementing', 'resolved', 'not_adopted', 'declined', 'withdrawn'] as const;
export type Stage = (typeof STAGES)[number];

/** Stages in which residents still deliberate (comments are open). */
export const DELIBERATING: readonly Stage[] = ['raise', 'ideas', 'plan', 'floor', 'convention', 'decide'];

/** Stages of topics that have been voted on. */
export const DECIDED: readonly Stage[] = ['implementing', 'resolved', 'not_adopted'];

/** Topic categories, in display order. */
export const CATEGORIES = [
  'environment',
  'facilities',
  'parking',
  'safety',
  'property',
  'elderly_children',
  'culture',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Who may take a transition: an officer (manage), the topic's author, or the vote's outcome. */
export type Actor = 'manage' | 'author' | 'vote';

/** What must exist before a transition may be taken. */
export type Need = 'reason' | 'idea' | 'plan' | 'convention' | 'vote' | 'note';

/** One edge of the state machine. */
export interface Transition {
  action: string;
  from: readonly Stage[];
  to: Stage;
  by: readonly Actor[];
  needs: readonly Need[];
}

/** The state machine of a topic, as data. */
export const TRANSITIONS = [
  { action: 'accept', from: ['raise'], to: 'ideas', by: ['manage'], needs: [] },
  { action: 'decline', from: ['raise'], to: 'declined', by: ['manage'], needs: ['reason'] },
  { action: 'withdraw', from: ['raise', 'ideas'], to: 'withdrawn', by: ['author', 'manage'], needs: [] },
  { action: 'to_plan', from: ['ideas'], to: 'plan', by: ['manage'], needs: ['idea'] },
  { action: 'to_floor', from: ['plan'], to: 'floor', by: ['manage'], needs: ['plan'] },
  { action: 'to_convention', from: ['floor'], to: 'convention', by: ['manage'], needs: ['plan'] },
  { action: 'to_decide', from: ['convention'], to: 'decide', by: ['manage'], needs: ['convention', 'vote'] },
  { action: 'adopt', from: ['decide'], to: 'implementing', by: ['vote'], needs: [] },
  { action: 'not_adopt', from: ['decide'], to: 'not_adopted', by: ['vote'], needs: [] },
  { action: 'revise', from: ['not_adopted'], to: 'plan', by: ['manage'], needs: [] },
  { action: 'resolve', from: ['implementing'], to: 'resolved', by: ['manage'], needs: ['note'] },
] as const satisfies readonly Transition[];
export type Action = (typeof TRANSITIONS)[number]['action'];
/** The actions people take (the vote's own are taken by its tally). */
export const PEOPLE_ACTIONS = TRANSITIONS.filter((t) => !(t.by as readonly Actor[]).includes('vote')).map(
  (t) => t.action,
);

/** What is known about a topic when a transition is asked for. */
export interface Facts {
  ideas: number;
  planDrafts: number;
  conventionDrafts: number;
  hasReason: boolean;
  hasVote: boolean;
  hasNote: boolean;
}

/** The stage a transition leads to, or why it may not be taken (a message key). */
export function transition(
  stage: Stage,
  action: string,
  by: readonly Actor[],
  facts: Facts,
): { to: Stage } | { problem: string } {
  const t = (TRANSITIONS as readonly Transition[]).find((x) => x.action === action);
  if (!t) return { problem: 'council.unknown_action' };
  if (!t.from.includes(stage)) return { problem: 'council.wrong_stage' };
  if (!t.by.some((b) => by.includes(b))) return { problem: 'council.not_yours' };
  const missing = t.needs.find((n) => !met(n, facts));
  return missing ? { problem: `council.needs_${missing}` } : { to: t.to };
}

function met(n: Need, f: Facts): boolean {
  switch (n) {
    case 'reason':
      return f.hasReason;
    case 'idea':
      return f.ideas > 0;
    case 'plan':
      return f.planDrafts > 0;
    case 'convention':
      return f.conventionDrafts > 0;
    case 'vote':
      return f.hasVote;
    case 'note':
      return f.hasNote;
  }
}

/** The actions an actor could take now (for the buttons), whatever the facts still missing. */
export function actionsFrom(stage: Stage, by: readonly Actor[]): Action[] {
  return TRANSITIONS.filter(
    (t) =>
      (t.from as readonly Stage[]).includes(stage) && (t.by as readonly Actor[]).some((b) => by.includes(b)),
  ).map((t) => t.action);
}

/** Days each step stays open by default (its deadline when it starts). */
export const STEP_DAYS: Partial<Record<Stage, number>> = {
  raise: 7,
  ideas: 7,
  plan: 7,
  floor: 7,
  convention: 5,
};

/** The deadline of a stage entered at `at`, or null for stages without one. */
export function dueFor(stage: Stage, at: Date): Date | null {
  const d = STEP_DAYS[stage];
  return d ? new Date(at.getTime() + d * 86400_000) : null;
}

/** The options of a decision vote, in position order (赞成 first). */
export const DECISION_OPTIONS = ['赞成', '反对', '弃权'] as const;

/** A decision vote adopts the plan when more than half of the ballots cast say 赞成. */
export function decisionOf(results: readonly { position: number; count: number }[], ballots: number) {
  const yes = results.find((r) => r.position === 1)?.count ?? 0;
  return ballots > 0 && yes * 2 > ballots ? ('adopted' as const) : ('not_adopted' as const);
}

/** One piece of a diff: kept, added or removed text. */
export interface DiffPart {
  op: '=' | '+' | '-';
  text: string;
}

/**
 * The difference between two texts, by character (Myers' O(ND) algorithm), falling back to whole
 * lines when the texts differ too much for a character diff to stay cheap.
 */
export function diff(a: string, b: string, maxEdits = 2000): DiffPart[] {
  const byChar = myers([...a], [...b], maxEdits);
  if (byChar) return merge(byChar.map(([op, s]) => ({ op, text: s })));
  const la = a.split(/(?<=\n)/);
  const lb = b.split(/(?<=\n)/);
  const byLine = myers(la, lb, la.length + lb.length)!;
  return merge(byLine.map(([op, s]) => ({ op, text: s })));
}

function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.op === p.op) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** Myers' shortest edit script over two sequences; null when it needs more than maxEdits edits. */
function myers(a: string[], b: string[], maxEdits: number): [DiffPart['op'], string][] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d, off);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], a: string[], b: string[], dEnd: number, off: number) {
  const out: [DiffPart['op'], string][] = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]);
    const pk = down ? k + 1 : k - 1;
    const px = v[off + pk];
    const py = px - pk;
    while (x > px + (down ? 0 : 1) && y > py + (down ? 1 : 0)) {
      x--;
      y--;
      out.push(['=', a[x]]);
    }
    if (down) out.push(['+', b[--y]]);
    else out.push(['-', a[--x]]);
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    out.push(['=', a[x]]);
  }
  return out.reverse();
}

/** The text a diff's side reads as: '-' and '=' give the old text, '+' and '=' the new. */
export function sideOf(parts: readonly DiffPart[], side: 'old' | 'new'): string {
  return parts
    .filter((p) => p.op === '=' || p.op === (side === 'old' ? '-' : '+'))
    .map((p) => p.text)
    .join('');
}

/**
 * The kinds of council 议事机构 (seed 001 鄞州: 楼道会客厅、物居业议事会 beside the residents' council;
 * the children's council): the children's alone takes child members enrolled by guardians, every
 * other kind appoints registered residents as chair and members.
 */
export const BODY_KINDS = ['residents', 'hallway', 'property', 'children', 'other'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** The name a council gets after its node's name when none is given. */
export const BODY_KIND_NAMES: Record<BodyKind, string> = {
  residents: '居民议事厅',
  hallway: '楼道会客厅',
  property: '物居业议事会',
  children: '儿童议事会',
  other: '议事会',
};

/** A council's name: the one given, or its node's name and its kind's. */
export function bodyName(nodeName: string, kind: BodyKind, given?: string): string {
  const g = given?.trim();
  return g ? g : `${nodeName}${BODY_KIND_NAMES[kind]}`;
}
