/**
 * Kaihua's points 积分 [001]: the orders of the tasks feed and the ledger lines they make.
 * Pure: no IO (re-exported by assessment.rules.ts).
 */
import { round2 } from './assessment.rules.vocabulary.ts';

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
