/** What the psych verbs share: deps, who sees a patient, and the views of patients and subsidies. */
import type { z } from 'zod';
import {
  can,
  requirePermission,
  roleCan,
  type Actor,
  type RequestContext,
} from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import { maskName, maskNationalId, type PiiCipher } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './psych.repository.ts';
import { followupOverdue, nextDue, subsidyActions, type Category, type SubsidyActor } from './psych.rules.ts';
import type { patientRow, subsidyView } from './psych.schemas.ts';

/** What the psych verbs are built from (passed in by the composition root). */
export interface PsychDeps {
  db: Db;
  auditor: Pick<Auditor, 'append' | 'record'>;
  pii: PiiCipher;
  /** Booking, follow-up and subsidy notices, sent in the transaction of the change. */
  notify: Pick<NotifyService, 'send'>;
  now?: () => Date;
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('psych.stale');
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();

/**
 * Whether the actor sees a patient: an officer holding action from a grant over the patient's node
 * (never a grid worker's grant by itself), or the patient's own grid worker holding action.
 */
export function seesPatient(
  actor: Actor | null,
  action: string,
  p: { path: string; grid_worker_id: string | null },
) {
  if (!actor) return false;
  const officer = actor.grants.some(
    (g) => g.role !== 'grid_worker' && roleCan(g.role, action) && p.path.startsWith(g.path),
  );
  if (officer) return true;
  return (
    p.grid_worker_id === actor.userId &&
    actor.grants.some((g) => g.role === 'grid_worker' && roleCan(g.role, action))
  );
}

/** A patient the actor may perform action on, 404 otherwise (locked when asked). */
export async function patientFor(
  db: Executor,
  ctx: RequestContext,
  id: string,
  action: string,
  lock = false,
) {
  requirePermission(ctx, action);
  const p = await repo.findPatient(db, id, lock);
  if (!p || !seesPatient(ctx.actor, action, p)) throw new NotFoundError();
  return p;
}

/** A patient as lists show it: name and ID masked, the next follow-up and whether it is overdue. */
export function patientOut(p: repo.PatientRow): z.infer<typeof patientRow> {
  const due = { riskLevel: p.risk_level, lastVisitOn: p.last_visit_on, registeredOn: p.registered_on };
  return {
    id: p.id,
    nodeName: p.node_name,
    name: p.name_mask,
    idNumber: p.id_mask,
    category: p.category as Category,
    riskLevel: p.risk_level,
    huji: p.huji,
    registeredOn: p.registered_on,
    lastVisitOn: p.last_visit_on,
    nextDue: nextDue(due),
    overdue: followupOverdue(due, today()),
    version: p.version,
  };
}

/** The masks stored beside the encrypted name and ID. */
export function masksOf(name: string, idNumber: string) {
  return { name_mask: maskName(name), id_mask: maskNationalId(idNumber) };
}

/** The subsidy roles the actor acts in at a path: the community checks, the street approves. */
export function subsidyRoles(actor: Actor | null, path: string): SubsidyActor[] {
  const out: SubsidyActor[] = [];
  if (can(actor, 'psych.subsidy.check', path)) out.push('community');
  if (can(actor, 'psych.subsidy.approve', path)) out.push('street');
  return out;
}

/** An application as shown, with the moves open to the actor. */
export function subsidyOut(actor: Actor | null, s: repo.SubsidyRow): z.infer<typeof subsidyView> {
  return {
    id: s.id,
    patientId: s.patient_id,
    patientName: s.name_mask,
    nodeName: s.node_name,
    huji: s.huji,
    appliedOn: s.applied_on,
    monthlyFen: s.monthly_fen,
    state: s.state as z.infer<typeof subsidyView>['state'],
    reason: s.reason,
    paidMonths: s.paid_months,
    actions: subsidyActions(s.state, subsidyRoles(actor, s.path)),
    version: s.version,
  };
}

/** The patients (alias p) the actor sees for action: under officers' grants, or their own as grid worker. */
export function patientScope(actor: Actor | null, action: string, underPath?: string) {
  if (!actor) return repo.patientsWhere([], null, underPath);
  const paths = actor.grants
    .filter((g) => g.role !== 'grid_worker' && roleCan(g.role, action))
    .map((g) => g.path);
  const worker = actor.grants.some((g) => g.role === 'grid_worker' && roleCan(g.role, action));
  return repo.patientsWhere(paths, worker ? actor.userId : null, underPath);
}
