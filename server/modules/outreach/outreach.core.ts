/** What the outreach verbs share: deps and ports, who the member is, which report one may see, the views. */
import type { z } from 'zod';
import { can, requirePermission, type Actor, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError, NotFoundError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import type { CadresReader, PartyMembersReader } from '../people/index.ts';
import * as repo from './outreach.repository.ts';
import { hoursOf, pledgeDue, type Kind, type Rating, type State } from './outreach.rules.ts';
import type { pledgeView, reportRow, serviceView } from './outreach.schemas.ts';

/** What the outreach verbs are built from (passed in by the composition root). */
export interface OutreachDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  /** The people register's readers: who a member is (name, the unit a cadre works in). */
  cadres: Pick<CadresReader, 'cadresOf'>;
  partyMembers: Pick<PartyMembersReader, 'partyMembersOf'>;
}

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint }) {
  if (r.numUpdatedRows === 0n) throw new ConflictError('outreach.stale');
}

/** Today in Asia/Shanghai. */
export const today = () => shanghaiDay();
/** This year in Asia/Shanghai. */
export const thisYear = () => Number(today().slice(0, 4));

/** The member acting: their person, district, name and (for a cadre) the unit they work in. */
export interface Member {
  personId: string;
  districtId: string;
  name: string;
  unitNodeId: string | null;
  /** The node of the member's own grant (a party member's community). */
  grantNodeId: string;
}

/**
 * The actor as a member working in a unit: the person of the account, a party member or a cadre
 * of the district of their member grant; 409 when the account stands for no such person.
 */
export async function memberOf(deps: OutreachDeps, ctx: RequestContext): Promise<Member> {
  const actor = requirePermission(ctx, 'outreach.report');
  const grant = actor.grants.find((g) => can(actor, 'outreach.report', g.path))!;
  if (!actor.personId) throw new ConflictError('outreach.no_person');
  const [[pm], [cadre]] = await Promise.all([
    deps.partyMembers.partyMembersOf(grant.districtId, { personIds: [actor.personId] }),
    deps.cadres.cadresOf(grant.districtId, { personIds: [actor.personId] }),
  ]);
  if (!pm && !cadre) throw new ConflictError('outreach.not_member');
  return {
    personId: actor.personId,
    districtId: grant.districtId,
    name: pm?.name ?? cadre!.name,
    unitNodeId: cadre?.unitNodeId ?? null,
    grantNodeId: grant.nodeId,
  };
}

/** Whether the actor reads a report: officers over its community or its unit, or the member. */
export function seesReport(actor: Actor | null, r: repo.ReportRow): boolean {
  return (
    can(actor, 'outreach.read', r.community_path) ||
    can(actor, 'outreach.read', r.unit_path) ||
    (!!actor?.personId && actor.personId === r.person_id && can(actor, 'outreach.report'))
  );
}

/** Whether the actor acts for the report's community (accepts, confirms, sends feedback). */
export const actsForCommunity = (actor: Actor | null, r: { community_path: string }) =>
  can(actor, 'outreach.accept', r.community_path);

/** A report the actor may read, 404 otherwise (locked when asked). */
export async function reportFor(db: Executor, ctx: RequestContext, id: string, lock = false) {
  if (!ctx.actor) requirePermission(ctx, 'outreach.read');
  const r = await repo.findReport(db, id, lock);
  if (!r || !seesReport(ctx.actor, r)) throw new NotFoundError();
  return r;
}

/** A report as the register shows it. */
export function reportOut(r: repo.ReportRow): z.infer<typeof reportRow> {
  return {
    id: r.id,
    year: r.year,
    memberName: r.member_name,
    unitNodeId: r.unit_node_id,
    unitName: r.unit_name,
    communityId: r.community_id,
    communityName: r.community_name,
    state: r.state as State,
    source: r.source as 'self',
    programmeId: r.programme_id,
    programmeName: r.programme_name,
    programmeKind: (r.programme_kind as Kind | null) ?? null,
    post: r.post,
    reportedAt: r.reported_at ? new Date(r.reported_at).toISOString() : null,
    hours: hoursOf(r.half_hours),
    waiting: r.waiting,
    rating: (r.rating as Rating | null) ?? null,
  };
}

/** A service as shown. */
export function serviceOut(
  s: Awaited<ReturnType<typeof repo.findServices>>[number],
): z.infer<typeof serviceView> {
  return {
    id: s.id,
    servedOn: s.served_on,
    hours: hoursOf(s.half_hours),
    content: s.content,
    residents: s.residents,
    state: s.state as 'recorded',
    note: s.note,
    version: s.version,
  };
}

/** A pledge as shown; due when open and its day is within soonDay. */
export function pledgeOut(
  g: Awaited<ReturnType<typeof repo.findPledges>>[number],
  soonDay: string,
): z.infer<typeof pledgeView> {
  return {
    id: g.id,
    content: g.content,
    dueOn: g.due_on,
    state: g.state as 'open',
    fulfilment: g.fulfilment,
    fulfilledOn: g.fulfilled_on,
    due: pledgeDue({ state: g.state as 'open', dueOn: g.due_on }, soonDay),
    version: g.version,
  };
}
