/**
 * What the inspections use cases share: the dependencies, the view of a problem with the buttons
 * the actor may press, which problems an actor sees, and a problem read with its scope checked.
 */
import type { z } from 'zod';
import {
  can,
  requirePermission,
  scopePaths,
  type Actor,
  type RequestContext,
} from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './inspections.repository.ts';
import {
  DEFAULT_CATEGORIES,
  findingActions,
  isOverdue,
  type FindingState,
  type Severity,
  type Side,
} from './inspections.rules.ts';
import type { findingView } from './inspections.schemas.ts';

/** What the inspections services use. */
export interface InspectionsDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
}

/** `2026年第1轮` */
export const roundLabel = (r: { year: number; number: number }) => `${r.year}年第${r.number}轮`;

/** The sides the actor acts for on a node: the inspection side (manage) and the unit (rectify). */
export function sidesOn(actor: Actor | null, path: string): Side[] {
  const out: Side[] = [];
  if (can(actor, 'inspections.manage', path)) out.push('inspection');
  if (can(actor, 'inspections.rectify', path)) out.push('unit');
  return out;
}

/** The problems the actor sees, as a condition on `f`. */
export function visibleFindings(actor: Actor | null) {
  return repo.findingVisible(
    'f.node_id',
    'f.state',
    scopePaths(actor, 'inspections.manage'),
    scopePaths(actor, 'inspections.read'),
  );
}

/** Whether the actor sees one problem (the same rule as visibleFindings). */
export function seesFinding(actor: Actor | null, f: { path: string; state: string }): boolean {
  return (
    can(actor, 'inspections.manage', f.path) ||
    (can(actor, 'inspections.read', f.path) && f.state !== 'recorded')
  );
}

/** A problem the actor sees (locked when asked); 403 without inspections.read, 404 otherwise. */
export async function findingFor(exec: Executor, ctx: RequestContext, id: string, lock = false) {
  requirePermission(ctx, 'inspections.read');
  const f = await repo.findFinding(exec, id, lock);
  if (!f || !seesFinding(ctx.actor, f)) throw new NotFoundError();
  return f;
}

/** A district's problem categories (the seed's defaults until it sets its own). */
export async function categoriesOf(exec: Executor, districtId: string): Promise<string[]> {
  return (await repo.findSettings(exec, districtId))?.categories ?? [...DEFAULT_CATEGORIES];
}

/** A problem as the API shows it to the actor. */
export function findingOut(
  ctx: RequestContext,
  f: repo.FindingRow,
  today = shanghaiDay(),
): z.infer<typeof findingView> {
  const sides = sidesOn(ctx.actor, f.path);
  return {
    id: f.id,
    roundId: f.round_id,
    roundLabel: roundLabel(f),
    unitId: f.unit_id,
    nodeId: f.node_id,
    nodeName: f.node_name,
    seq: f.seq,
    category: f.category,
    description: f.description,
    evidence: f.evidence,
    severity: f.severity as Severity,
    suggestions: f.suggestions,
    state: f.state as FindingState,
    plan: f.plan,
    deadline: f.deadline,
    rectifiedOn: f.rectified_on,
    overdue: isOverdue(f, today),
    lastReturnReason: f.last_return_reason,
    handedOver: f.handed_over,
    handoverReason: f.handover_reason,
    version: f.version,
    actions: findingActions(f.state as FindingState, sides),
    can: { handover: sides.includes('inspection') },
  };
}
