/**
 * Pure rules of 攻坚签约 (seed 004 罗湖 “二线插花地” 棚改: 当事人8293户 … 签约率达到98.84%，搬离居民占比达
 * 99.93%; seed 002 龙岗 土地整备: 入户走访、政策宣传、测绘、评估、谈判以及拆迁等各环节 … 从30%提升到83%):
 * the stages of a campaign, a household's signing and moving tracks as state machines, who may take
 * each step (the team records, the campaign office confirms: two people), the rates and the daily
 * bulletin's numbering and ranking.
 */

/** What kind of drive: 棚改 shantytown renewal, 土地整备 land preparation, 征地拆迁 expropriation. */
export const KINDS = ['shantytown', 'land', 'expropriation'] as const;
export type Kind = (typeof KINDS)[number];

/** A campaign's stages in order: 摸底 → 测绘 → 评估 → 谈判 → 签约 → 交房/搬离 → 拆除, then 收官. */
export const STAGES = [
  'survey',
  'mapping',
  'valuation',
  'negotiation',
  'signing',
  'moving',
  'demolition',
  'done',
] as const;
export type Stage = (typeof STAGES)[number];

/** A campaign moves one stage on at a time (or back one, to correct a mistake); never past 'done'. */
export function stageMoveAllowed(from: Stage, to: Stage): boolean {
  const d = STAGES.indexOf(to) - STAGES.indexOf(from);
  return d === 1 || d === -1;
}

/** A household's signing track: 摸底 → 已走访 → 谈判中 → 签约待确认 → 已签约. */
export const SIGN_STATUSES = ['surveyed', 'visited', 'negotiating', 'sign_pending', 'signed'] as const;
export type SignStatus = (typeof SIGN_STATUSES)[number];

/** A household's moving track: 未搬离 → 搬离待确认 → 已搬离 (a tenant may move out before the owner signs). */
export const MOVE_STATUSES = ['staying', 'move_pending', 'moved'] as const;
export type MoveStatus = (typeof MOVE_STATUSES)[number];

/** What a visit found: 不在家, 已宣讲政策, 谈判中, 同意签约, 拒绝. */
export const OUTCOMES = ['absent', 'explained', 'negotiating', 'willing', 'refusing'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Who takes a step: the household's team 工作组 (or an officer working it), or the campaign office. */
export type StepActor = 'team' | 'office';

/** The steps of both tracks, as data. */
export const STEPS = [
  { action: 'visit', track: 'sign', from: ['surveyed'], to: 'visited', by: 'team' },
  { action: 'negotiate', track: 'sign', from: ['surveyed', 'visited'], to: 'negotiating', by: 'team' },
  {
    action: 'record_sign',
    track: 'sign',
    from: ['surveyed', 'visited', 'negotiating'],
    to: 'sign_pending',
    by: 'team',
  },
  { action: 'confirm_sign', track: 'sign', from: ['sign_pending'], to: 'signed', by: 'office' },
  { action: 'refuse_sign', track: 'sign', from: ['sign_pending'], to: 'negotiating', by: 'office' },
  { action: 'record_move', track: 'move', from: ['staying'], to: 'move_pending', by: 'team' },
  { action: 'confirm_move', track: 'move', from: ['move_pending'], to: 'moved', by: 'office' },
  { action: 'refuse_move', track: 'move', from: ['move_pending'], to: 'staying', by: 'office' },
] as const satisfies readonly {
  action: string;
  track: 'sign' | 'move';
  from: readonly string[];
  to: string;
  by: StepActor;
}[];
export type StepAction = (typeof STEPS)[number]['action'];

/** Where a step leads from a status, or null when it may not be taken from there (or by that actor). */
export function step(from: string, action: string, by: StepActor): string | null {
  const s = STEPS.find((x) => x.action === action);
  if (!s || s.by !== by || !(s.from as readonly string[]).includes(from)) return null;
  return s.to;
}

/**
 * The signing status after a visit with this outcome: a first visit makes a surveyed household
 * visited, talks or willingness make it negotiating; a visit never moves it back.
 */
export function statusAfterVisit(from: SignStatus, outcome: Outcome): SignStatus {
  if (outcome === 'negotiating' || outcome === 'willing')
    return (step(from, 'negotiate', 'team') as SignStatus | null) ?? from;
  if (outcome === 'absent') return from;
  return (step(from, 'visit', 'team') as SignStatus | null) ?? from;
}

/** The two-person rule: the campaign office's confirmer is never the one who recorded it. */
export function mayDecide(recordedBy: string, deciderId: string): boolean {
  return recordedBy !== deciderId;
}

/** Days without a visit after which a household not yet signed is overdue (red on the bulletin). */
export const VISIT_EVERY_DAYS = 7;

/** Days from one ISO date to another (to − from). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The ISO date n days after (or before) a date. */
export function addDays(d: string, n: number): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whether a household is overdue for a visit on `today`: not signed yet (or signed but not moved),
 * and no visit in the last VISIT_EVERY_DAYS days (never visited counts from the campaign's start).
 */
export function visitOverdue(
  h: { signStatus: string; moveStatus: string; lastVisitOn: string | null },
  startedOn: string,
  today: string,
): boolean {
  if (h.signStatus === 'signed' && h.moveStatus === 'moved') return false;
  return daysBetween(h.lastVisitOn ?? startedOn, today) >= VISIT_EVERY_DAYS;
}

/** A rate in percent with two decimals (98.84), null when nothing to count. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((10_000 * part) / whole) / 100;
}

/**
 * The signing rate 签约率 (households signed ÷ households, seed 004: 当事人8293户, 98.84%) and the
 * moved-out rate 搬离率 (people of moved households ÷ all people, seed 004: 搬离居民占比99.93%).
 */
export function rates(hs: readonly { signed: boolean; moved: boolean; people: number }[]) {
  const people = hs.reduce((a, h) => a + h.people, 0);
  return {
    households: hs.length,
    signed: hs.filter((h) => h.signed).length,
    people,
    movedPeople: hs.filter((h) => h.moved).reduce((a, h) => a + h.people, 0),
    signRate: rate(hs.filter((h) => h.signed).length, hs.length),
    moveRate: rate(
      hs.filter((h) => h.moved).reduce((a, h) => a + h.people, 0),
      people,
    ),
  };
}

/** The bulletin's number 第N期: days since the start, the first day being 1 (0 before the start). */
export function bulletinNo(startedOn: string, day: string): number {
  const d = daysBetween(startedOn, day);
  return d < 0 ? 0 : d + 1;
}

/**
 * The teams' ranking: by signing rate of their households, then by signings (ties in both share a
 * place and keep the order given, the order the teams were formed).
 */
export function rankTeams<T extends { signRate: number | null; signed: number }>(
  teams: readonly T[],
): (T & { place: number })[] {
  const sorted = [...teams].sort((a, b) => (b.signRate ?? -1) - (a.signRate ?? -1) || b.signed - a.signed);
  let place = 0;
  return sorted.map((t, i) => {
    const prev = sorted[i - 1];
    if (!prev || prev.signRate !== t.signRate || prev.signed !== t.signed) place = i + 1;
    return { ...t, place };
  });
}

/** Whether the targets are met: signing and moving rates at or above the campaign's own. */
export function targetsMet(
  r: { signRate: number | null; moveRate: number | null },
  t: { signPct: number; movePct: number },
): boolean {
  return (r.signRate ?? 0) >= t.signPct && (r.moveRate ?? 0) >= t.movePct;
}
