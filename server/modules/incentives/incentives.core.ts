/**
 * What the incentives verbs share: the deps (cadres through a port, never the register's tables),
 * the district's catalogue (the defaults written on first use), the cadre a proposal or a record is
 * about (in the actor's units, 422 otherwise), and the views.
 */
import type { z } from 'zod';
import { can, districtsWith, type Actor, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import type { TasksFeed } from '../tasks/index.ts';
import * as repo from './incentives.repository.ts';
import {
  actionsOf,
  decisionNumber,
  DEFAULT_MEASURES,
  GRANT_MOVES,
  REST_MOVES,
  restNumber,
  type Area,
  type GrantActor,
  type GrantState,
  type RestActor,
  type RestState,
} from './incentives.rules.ts';
import type { grantRow, restRow } from './incentives.schemas.ts';

/** A cadre as this module reads them (the people register's cadre identity, through a port). */
export interface IncentiveCadre {
  personId: string;
  name: string;
  unitNodeId: string;
  post: string;
}

/** What the incentives verbs are built from (passed in by the composition root). */
export interface IncentivesDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  cadres: {
    cadresOf(
      districtId: string,
      f?: { unitNodeIds?: string[]; personIds?: string[] },
    ): Promise<IncentiveCadre[]>;
  };
  /** 一榜三令's issued orders (the tasks module's public feed), for a grant that follows a 嘉奖令. */
  orders: Pick<TasksFeed, 'ordersOf'>;
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('incentives.stale');
}

/** Writes the default catalogue for a district that has none yet; answers the catalogue. */
export async function catalogueOf(db: Executor, districtId: string) {
  const have = await repo.findMeasures(db, districtId);
  if (have.length) return have;
  await repo.insertMeasures(
    db,
    DEFAULT_MEASURES.map((m) => ({
      district_id: districtId,
      code: m.code,
      area: m.area,
      name: m.name,
      rest_days: m.restDays,
      quota: m.quota,
    })),
  );
  return repo.findMeasures(db, districtId);
}

/**
 * The cadre a write is about, with their unit node: a cadre of a district where the actor may
 * perform action, whose unit is in the actor's scope for it; 422 on personId otherwise.
 */
export async function cadreFor(
  db: Executor,
  deps: IncentivesDeps,
  actor: Actor,
  action: string,
  personId: string,
) {
  for (const districtId of districtsWith(actor, action)) {
    const [c] = await deps.cadres.cadresOf(districtId, { personIds: [personId] });
    if (!c) continue;
    const unit = await repo.findNode(db, c.unitNodeId);
    if (unit && can(actor, action, unit.path)) return { cadre: c, unit };
  }
  throw new InvalidError([{ field: 'personId', key: 'incentives.not_cadre' }]);
}

/** The roles the actor acts in on a grant at path. */
export function grantRoles(actor: Actor | null, path: string): GrantActor[] {
  const out: GrantActor[] = [];
  if (can(actor, 'incentives.propose', path)) out.push('unit');
  if (can(actor, 'incentives.approve', path)) out.push('approver');
  return out;
}

/** The roles the actor acts in on a rest booking. */
export function restRoles(actor: Actor | null, r: { path: string; person_id: string }): RestActor[] {
  const out: RestActor[] = [];
  if (actor?.personId === r.person_id && can(actor, 'incentives.own')) out.push('cadre');
  if (can(actor, 'incentives.rest.approve', r.path)) out.push('unit');
  return out;
}

/** A grant as lists show it. */
export function grantOut(g: repo.GrantRow): z.infer<typeof grantRow> {
  return {
    id: g.id,
    nodeId: g.node_id,
    nodeName: g.node_name,
    personId: g.person_id,
    personName: g.person_name,
    measureCode: g.measure_code,
    measureName: g.measure_name,
    area: g.area as Area,
    year: g.year,
    reason: g.reason,
    sourceRef: g.source_ref,
    orderId: g.order_id,
    state: g.state as GrantState,
    restDays: g.rest_days,
    decisionNo: g.decision_year && g.decision_no ? decisionNumber(g.decision_year, g.decision_no) : null,
    decidedOn: g.decided_at ? shanghaiDay(new Date(g.decided_at)) : null,
    proposedOn: shanghaiDay(new Date(g.proposed_at)),
    version: g.version,
  };
}

/** A rest booking as the actor sees it, with the moves open to them. */
export function restOut(ctx: RequestContext, r: repo.RestRow): z.infer<typeof restRow> {
  return {
    id: r.id,
    grantId: r.grant_id,
    nodeName: r.node_name,
    personName: r.person_name,
    measureName: r.measure_name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    days: r.days,
    state: r.state as RestState,
    note: r.note,
    noticeNo: r.notice_year && r.notice_no ? restNumber(r.notice_year, r.notice_no) : null,
    actions: actionsOf(REST_MOVES, r.state as RestState, restRoles(ctx.actor, r)),
    version: r.version,
  };
}

/** The moves open to the actor on a grant. */
export const grantActions = (ctx: RequestContext, g: repo.GrantRow) =>
  actionsOf(GRANT_MOVES, g.state as GrantState, grantRoles(ctx.actor, g.path));
