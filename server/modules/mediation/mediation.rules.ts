/**
 * Pure rules of mediation 矛盾纠纷调解 (seed 003, Futian): the default steps of 党群调解331, the
 * case's state machine as data, what counts as settled, and the settlement figures.
 */

/** Where a case comes from. */
export const SOURCES = ['event', 'walk_in', 'referral'] as const;
export type Source = (typeof SOURCES)[number];

/** Kinds of dispute. */
export const CATEGORIES = [
  'neighbour',
  'family',
  'property',
  'labour',
  'contract',
  'tenancy',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Kinds of room: 人民调解室 (people), a court's room, the petition office's, a trade body's. */
export const ROOM_KINDS = ['people', 'court', 'petition', 'trade'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

/** Roles of parties. */
export const PARTY_ROLES = ['applicant', 'respondent', 'other'] as const;

/**
 * The steps of 党群调解331 a district starts from. Seed 003 names the method, not its steps; these
 * defaults (three sides meet, three rounds of work, one follow-up) are the district's data, edited
 * by an officer.
 */
export const DEFAULT_STEPS = [
  { code: 'listen', name: '党员、群众代表、调解员三方联合接访', hint: '三方共同听取当事人诉求' },
  { code: 'check', name: '三方联合调查核实', hint: '走访、查看现场、调取材料' },
  { code: 'talk', name: '三方联合说和', hint: '党员带头、群众参与、依法说理' },
  { code: 'follow', name: '一跟踪回访', hint: '协议履行情况回访' },
];

/** States of a case. */
export const STATES = [
  'received',
  'assigned',
  'mediating',
  'agreed',
  'confirming',
  'failed',
  'litigating',
  'closed',
] as const;
export type State = (typeof STATES)[number];

/** What may be done to a case. */
export const ACTIONS = [
  'assign',
  'hear',
  'agree',
  'fail',
  'refer_confirmation',
  'confirmed',
  'confirmation_refused',
  'refer_court',
  'court_settled',
  'court_unsettled',
  'close',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * The state machine as data: from which states each action may be taken, where it leads, who
 * takes it ('manage': an officer of the room's area; 'mediate': the case's mediator or an officer),
 * and the result it fixes when it concludes the case.
 */
export const MACHINE: Record<
  Action,
  { from: readonly State[]; to: State | null; by: 'manage' | 'mediate'; result?: 'settled' | 'unsettled' }
> = {
  assign: { from: ['received', 'assigned', 'mediating'], to: null, by: 'manage' },
  hear: { from: ['assigned', 'mediating'], to: 'mediating', by: 'mediate' },
  agree: { from: ['mediating'], to: 'agreed', by: 'mediate' },
  fail: { from: ['mediating'], to: 'failed', by: 'mediate' },
  // 司法确认: an agreement is confirmed by the court (online in Futian: half an hour)
  refer_confirmation: { from: ['agreed'], to: 'confirming', by: 'mediate' },
  confirmed: { from: ['confirming'], to: 'closed', by: 'mediate', result: 'settled' },
  confirmation_refused: { from: ['confirming'], to: 'mediating', by: 'mediate' },
  // 诉调对接: a dispute not settled goes to the court's mediation
  refer_court: { from: ['failed'], to: 'litigating', by: 'mediate' },
  court_settled: { from: ['litigating'], to: 'closed', by: 'mediate', result: 'settled' },
  court_unsettled: { from: ['litigating'], to: 'closed', by: 'mediate', result: 'unsettled' },
  close: { from: ['agreed', 'failed'], to: 'closed', by: 'mediate' },
};

/** The actions that answer a referral: the referral's kind and the outcome they record on it. */
export const REFERRAL_ANSWERS: Partial<
  Record<Action, { kind: 'judicial_confirmation' | 'court_mediation'; outcome: string }>
> = {
  confirmed: { kind: 'judicial_confirmation', outcome: 'confirmed' },
  confirmation_refused: { kind: 'judicial_confirmation', outcome: 'refused' },
  court_settled: { kind: 'court_mediation', outcome: 'settled' },
  court_unsettled: { kind: 'court_mediation', outcome: 'unsettled' },
};

/** Where an action leads from a state (assign keeps mediating cases mediating), or null when refused. */
export function nextState(state: State, action: Action): State | null {
  const m = MACHINE[action];
  if (!m.from.includes(state)) return null;
  if (action === 'assign') return state === 'mediating' ? 'mediating' : 'assigned';
  return m.to;
}

/** The result an action fixes: closing an agreement settles it, closing a failure does not. */
export function resultOf(state: State, action: Action): 'settled' | 'unsettled' | null {
  const m = MACHINE[action];
  if (m.result) return m.result;
  if (action === 'close') return state === 'agreed' ? 'settled' : 'unsettled';
  return null;
}

/** The actions open on a case in a state, for an actor who may manage and/or mediate it. */
export function actionsFor(state: State, may: { manage: boolean; mediate: boolean }): Action[] {
  return ACTIONS.filter((a) => {
    if (a === 'hear') return false; // a hearing is recorded with its minutes
    if (nextState(state, a) === null) return false;
    return MACHINE[a].by === 'manage' ? may.manage : may.mediate;
  });
}

/** Futian's figures (seed 003): settled ÷ concluded, and the share settled in people's mediation rooms. */
export function settlementRate(settled: number, concluded: number): number | null {
  return concluded > 0 ? settled / concluded : null;
}

/** A case number: 调字〔2026〕0042号 style, here 'TJ-2026-0042'. */
export function caseNumber(year: number, seq: number): string {
  return `TJ-${year}-${String(seq).padStart(4, '0')}`;
}
