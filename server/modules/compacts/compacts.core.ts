/** What the compacts verbs share: deps, which side the actor acts on, and the views of rows. */
import type { z } from 'zod';
import { can, requirePermission, type Actor, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './compacts.repository.ts';
import {
  contractNumber,
  flaggedAbsent,
  inForce,
  missedInARow,
  overdue,
  type ContractState,
  type ItemKind,
} from './compacts.rules.ts';
import type { contractRow, itemView } from './compacts.schemas.ts';

/** What the compacts verbs are built from (passed in by the composition root). */
export interface CompactsDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('compacts.stale');
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();

/** A row with both sides' paths: the community's (path) and the unit's (unit_path). */
interface Sided {
  path: string;
  unit_path: string;
}

/** Whether the actor may perform action on the community side of a contract. */
export const onCommunity = (actor: Actor | null, action: string, r: Sided) => can(actor, action, r.path);
/** Whether the actor may perform action on the unit side of a contract. */
export const onUnit = (actor: Actor | null, action: string, r: Sided) => can(actor, action, r.unit_path);
/** Whether the actor may perform action from either side. */
export const onEither = (actor: Actor | null, action: string, r: Sided) =>
  onCommunity(actor, action, r) || onUnit(actor, action, r);

/**
 * A contract the actor may perform action on from the given side(s); 403 without the permission,
 * 404 when absent or out of scope. Locked when asked.
 */
export async function contractFor(
  db: Executor,
  ctx: RequestContext,
  id: string,
  action: string,
  side: 'community' | 'unit' | 'either',
  lock = false,
) {
  const check = side === 'community' ? onCommunity : side === 'unit' ? onUnit : onEither;
  requirePermission(ctx, action);
  const row = await repo.findContract(db, id, today(), lock);
  if (!row || !check(ctx.actor, action, row)) throw new NotFoundError();
  return row;
}

/** Attendance per contract, oldest first. */
export function presenceBy(rows: Awaited<ReturnType<typeof repo.findAttendance>>) {
  const by = new Map<string, boolean[]>();
  for (const r of rows) by.set(r.contract_id, [...(by.get(r.contract_id) ?? []), r.present]);
  return by;
}

/** A contract as the register shows it. */
export function contractOut(c: repo.ContractRow, presence: boolean[] = []): z.infer<typeof contractRow> {
  return {
    id: c.id,
    number: contractNumber(c.year, c.seq),
    title: c.title,
    nodeId: c.node_id,
    nodeName: c.node_name,
    unitId: c.unit_id,
    unitName: c.unit_name,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    state: c.state as ContractState,
    inForce: inForce({ state: c.state, startsOn: c.starts_on, endsOn: c.ends_on }, today()),
    resources: c.resources,
    needs: c.needs,
    projects: c.projects,
    projectsDone: c.projects_done,
    projectsOverdue: c.projects_overdue,
    missedInARow: missedInARow(presence),
    flagged: flaggedAbsent(presence),
  };
}

/** An item of a list as the API shows it. */
export function itemOut(i: repo.ItemRow): z.infer<typeof itemView> {
  return {
    id: i.id,
    kind: i.kind as ItemKind,
    content: i.content,
    owner: i.owner,
    dueOn: i.due_on,
    state: i.state as 'open' | 'done',
    doneOn: i.done_on,
    overdue: overdue({ state: i.state, dueOn: i.due_on }, today()),
    meetingMonth: i.meeting_month,
    version: i.version,
  };
}
