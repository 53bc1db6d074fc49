/**
 * Pure rules of 社区书记 (seed 004 Luohu: 创新社区党委书记选拔方式，通过竞争上岗、公开遴选的方式选拔任用 …
 * 选拔正科级公职人员到社区担任党委书记 … 对空缺的12名社区党委书记进行公开选拔，对任职超过两届的31名社区
 * 党委书记进行了岗位交流): how a secretary came to office, when one is due for rotation, and the
 * stages of an open selection as a state machine.
 */

/**
 * How a secretary came to office: 换届选举, 竞争上岗, 公开遴选, 选派正科级公职人员, and 岗位交流 (a
 * rotation from another community).
 */
export const METHODS = ['election', 'competition', 'open', 'assigned', 'rotation'] as const;
export type Method = (typeof METHODS)[number];

/** The methods that count as open selection for the dashboard's share (公开遴选 and 竞争上岗). */
export const OPEN_METHODS: readonly Method[] = ['open', 'competition'];

/** Why a term ended: rotated away, replaced at an election, resigned, other. */
export const END_REASONS = ['rotated', 'election', 'resigned', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

/**
 * When a current secretary is due for rotation 岗位交流, as data: each rule names itself and says
 * when it applies. Seed 004: 对任职超过两届的…社区党委书记进行了岗位交流, i.e. serving a third
 * consecutive term (or more) in the same community.
 */
export const ROTATION_RULES = [
  { key: 'more_than_two_terms', due: (t: { termNo: number }) => t.termNo > 2 },
] as const;

/** The rotation rules a current term meets (empty: not due). */
export function rotationReasons(t: { termNo: number }): string[] {
  return ROTATION_RULES.filter((r) => r.due(t)).map((r) => r.key);
}

/** Whether a current term is due for rotation. */
export function rotationDue(t: { termNo: number }): boolean {
  return rotationReasons(t).length > 0;
}

/**
 * The term number of who takes office: one more than the community's last term when the same
 * person follows themself (re-elected), else 1.
 */
export function nextTermNo(
  last: { termNo: number; personId: string | null; userId: string | null; name: string } | null,
  next: { personId: string | null; userId: string | null; name: string },
): number {
  if (!last) return 1;
  // the register's person decides when both name one; then the account; else the name
  const same =
    last.personId && next.personId
      ? last.personId === next.personId
      : last.userId && next.userId
        ? last.userId === next.userId
        : last.name === next.name;
  return same ? last.termNo + 1 : 1;
}

/** A candidate's stages: 报名 → 资格审查 → 笔试/面试 → 考察 → 公示 → 任用, or out. */
export const STAGES = [
  'registered',
  'qualified',
  'examined',
  'inspected',
  'publicised',
  'appointed',
  'rejected',
  'withdrawn',
] as const;
export type Stage = (typeof STAGES)[number];

/** Stages no move leaves. */
export const FINAL_STAGES: readonly Stage[] = ['appointed', 'rejected', 'withdrawn'];

/** Who moves a candidate: the officer running the selection, or the candidate themself. */
export type StageActor = 'officer' | 'candidate';

/** The selection's state machine, as data. */
export const STAGE_MOVES = [
  { action: 'qualify', from: ['registered'], to: 'qualified', by: ['officer'] },
  { action: 'score', from: ['qualified', 'examined'], to: 'examined', by: ['officer'] },
  { action: 'inspect', from: ['examined'], to: 'inspected', by: ['officer'] },
  { action: 'publicise', from: ['inspected', 'publicised'], to: 'publicised', by: ['officer'] },
  { action: 'appoint', from: ['publicised'], to: 'appointed', by: ['officer'] },
  {
    action: 'reject',
    from: ['registered', 'qualified', 'examined', 'inspected', 'publicised'],
    to: 'rejected',
    by: ['officer'],
  },
  {
    action: 'withdraw',
    from: ['registered', 'qualified', 'examined', 'inspected'],
    to: 'withdrawn',
    by: ['candidate'],
  },
] as const satisfies readonly {
  action: string;
  from: readonly Stage[];
  to: Stage;
  by: readonly StageActor[];
}[];
export type StageAction = (typeof STAGE_MOVES)[number]['action'];
export const STAGE_ACTIONS = STAGE_MOVES.map((m) => m.action) as StageAction[];

/** Where a move leads for one who acts as any of roles, or null when it may not be taken. */
export function stageMove(from: Stage, action: string, roles: readonly StageActor[]): Stage | null {
  const m = STAGE_MOVES.find((x) => x.action === action);
  if (!m || !(m.from as readonly Stage[]).includes(from)) return null;
  return (m.by as readonly StageActor[]).some((r) => roles.includes(r)) ? m.to : null;
}

/** The moves open to one who acts as roles (the buttons). */
export function stageActions(from: Stage, roles: readonly StageActor[]): StageAction[] {
  return STAGE_MOVES.filter((m) => stageMove(from, m.action, roles)).map((m) => m.action);
}

/** The shortest 公示 period in days (a project default: 不少于5个工作日 is about a week). */
export const MIN_NOTICE_DAYS = 5;

/** Days from one ISO date to another (to − from). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What is wrong with a 公示 period: null when it is long enough and in order. */
export function noticeProblem(from: string, to: string): 'order' | 'short' | null {
  const d = daysBetween(from, to);
  if (d < 0) return 'order';
  if (d + 1 < MIN_NOTICE_DAYS) return 'short';
  return null;
}

/** Appointment 任用 comes after the 公示 period has ended (the day after its last day). */
export function noticeOver(noticeTo: string | null, today: string): boolean {
  return !!noticeTo && today > noticeTo;
}

/** The total score: written and interview weighted equally (a project default), one decimal. */
export function totalScore(written: number | null, interview: number | null): number | null {
  if (written == null || interview == null) return null;
  return Math.round((written + interview) * 5) / 10;
}

/** Registration is open until the end of the deadline day. */
export function registrationOpen(state: string, deadline: string, today: string): boolean {
  return state === 'open' && today <= deadline;
}
