/** How the tasks module's rows are shown by the API: pure functions, no SQL. */
import type { ListRow } from './tasks.repository.ts';
import type {
  ExemptionStatus,
  ListStatus,
  OrderStatus,
  OrderType,
  TaskStatus,
  EvalStatus,
} from './tasks.rules.ts';
import type { ConsequenceKind, TaskInput } from './tasks.schemas.ts';

export const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
/** The instant a Shanghai calendar day starts. */
export const startOfDay = (d: string) => new Date(d + 'T00:00:00+08:00');
/** The instant after a Shanghai calendar day ends. */
export const endOfDay = (d: string) => new Date(startOfDay(d).getTime() + 86_400_000);

/** The board's filters. */
export type TasksQuery = {
  status?: TaskStatus;
  evalStatus?: EvalStatus;
  category?: string;
  kind?: string;
  listId?: string;
  q?: string;
};
/** The order register's filters. */
export type OrdersQuery = {
  type?: OrderType;
  status?: OrderStatus;
  unitNodeId?: string;
  taskId?: string;
  from?: string;
  to?: string;
};

/**
 * A task's human-readable number: 榜2026-007 for the 7th task of the 2026 list, 党2026-012 for a
 * party-building project (numbers are per district, year and kind).
 */
export function taskCode(t: { kind: string; year: number; no: number }): string {
  return `${t.kind === 'party_project' ? '党' : '榜'}${t.year}-${String(t.no).padStart(3, '0')}`;
}

export function consequenceView(c: {
  id: string;
  order_id: string;
  kind: string;
  points: number;
  note: string;
  subject_node_id: string | null;
  subject_person_id: string | null;
  created_at: Date;
}) {
  return {
    id: c.id,
    orderId: c.order_id,
    kind: c.kind as ConsequenceKind,
    points: Number(c.points),
    note: c.note,
    subjectNodeId: c.subject_node_id,
    subjectPersonId: c.subject_person_id,
    createdAt: iso(c.created_at)!,
  };
}

export function performanceView(p: {
  id: string;
  task_id: string;
  node_id: string;
  unit_name: string;
  person_id: string | null;
  aspect: string;
  positive: boolean;
  note: string;
  occurred_on: string;
}) {
  return {
    id: p.id,
    taskId: p.task_id,
    nodeId: p.node_id,
    unitName: p.unit_name,
    personId: p.person_id,
    aspect: p.aspect as 'loyalty',
    positive: p.positive,
    note: p.note,
    occurredOn: String(p.occurred_on),
  };
}

export function listView(l: ListRow & { task_count: number | string | null }) {
  return {
    id: l.id,
    districtId: l.district_id,
    year: l.year,
    title: l.title,
    status: l.status as ListStatus,
    version: l.version,
    publishedVersion: l.published_version,
    publishedAt: iso(l.published_at),
    taskCount: Number(l.task_count ?? 0),
  };
}

export function proposalView(p: {
  id: string;
  list_id: string;
  title: string;
  category: string;
  proposer_node_id: string;
  proposer_name: string;
  rationale: string;
  status: string;
  decision_reason: string | null;
  task_id: string | null;
  created_at: Date;
}) {
  return {
    id: p.id,
    listId: p.list_id,
    title: p.title,
    category: p.category as TaskInput['category'],
    proposerNodeId: p.proposer_node_id,
    proposerName: p.proposer_name,
    rationale: p.rationale,
    status: p.status as 'pending',
    decisionReason: p.decision_reason,
    taskId: p.task_id,
    createdAt: iso(p.created_at)!,
  };
}

export function exemptionView(x: {
  id: string;
  task_id: string;
  order_id: string;
  grounds: string;
  innovation: string;
  status: string;
  decision_reason: string | null;
  created_at: Date;
  decided_at: Date | null;
}) {
  return {
    id: x.id,
    taskId: x.task_id,
    orderId: x.order_id,
    grounds: x.grounds,
    innovation: x.innovation,
    status: x.status as ExemptionStatus,
    decisionReason: x.decision_reason,
    createdAt: iso(x.created_at)!,
    decidedAt: iso(x.decided_at),
  };
}
