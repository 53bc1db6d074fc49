/**
 * What every family of mediation verbs shares: the actor's reach over cases (officers by subtree,
 * mediators by their own cases), a case or room inside it, the district's steps (党群调解331 by
 * default), parties decrypted and masked, and a case as lists show it.
 */
import { can, roleCan, type Actor, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor as scopedNode } from '../../platform/access/nodes.ts';
import { reachedRow } from '../../platform/access/reached.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { InvalidError } from '../../platform/errors.ts';
import { maskName, maskNationalId, maskPhone, type PiiCipher } from '../../platform/pii/pii.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './mediation.repository.ts';
import type { CaseRow, CaseScope } from './mediation.repository.ts';
import { DEFAULT_STEPS, type Category, type State } from './mediation.rules.ts';
import { minimalRoots } from '../../platform/access/roots.ts';

/** An event as mediation needs it (read through the events service with the actor's own rights). */
export interface DisputeEvent {
  id: string;
  nodeId: string;
  category: string;
  title: string;
  description: string;
  number: string | null;
}

/** What the mediation services draw on from other modules (passed in by the composition root). */
export interface MediationDeps {
  db: Db;
  auditor: Pick<Auditor, 'append' | 'record'>;
  pii: PiiCipher;
  notify: Pick<NotifyService, 'send'>;
  /** An event the actor may read (404 otherwise): the port to the events module. */
  readEvent: (ctx: RequestContext, id: string) => Promise<DisputeEvent>;
  /** An account by username, to seat mediators in rooms (accounts service). */
  actorByUsername: (username: string) => Promise<Actor | null>;
  /** Accounts' usernames by id, for the mediators roster (accounts service). */
  usernames: (userIds: string[]) => Promise<Map<string, string>>;
}

/** Where the actor reaches cases for action: officers their subtree, mediators their own cases. */
export function caseScope(actor: Actor | null, action: string): CaseScope {
  const out: CaseScope = {
    userId: actor?.userId ?? '00000000-0000-0000-0000-000000000000',
    officer: [],
    mediator: [],
  };
  for (const g of actor?.grants ?? []) {
    if (!roleCan(g.role, action)) continue;
    (g.role === 'mediator' ? out.mediator : out.officer).push(g.path);
  }
  out.officer = minimalRoots(out.officer);
  out.mediator = minimalRoots(out.mediator);
  return out;
}

export type MediationCore = ReturnType<typeof createMediationCore>;

/** Builds the shared part of the mediation service. */
export function createMediationCore(deps: MediationDeps) {
  const { db, pii } = deps;

  /** A case the actor may act on with action; 404 when out of reach, 403 when readable but not this. */
  async function visibleCase(
    ctx: RequestContext,
    id: string,
    action: string,
    exec: Executor = db,
    lock = false,
  ) {
    // only the read for action locks; the one telling 403 from 404 does not
    return reachedRow(ctx, action, 'mediation.read', (a) =>
      repo.findCase(exec, id, caseScope(ctx.actor, a), a === action && lock),
    );
  }

  /** A node inside the actor's grants for action. */
  const nodeFor = (ctx: RequestContext, nodeId: string, action: string) =>
    scopedNode(db, ctx, nodeId, action);

  /** The district's steps (the default 党群调解331 steps until configured). */
  async function steps(exec: Executor, districtId: string) {
    const rows = await repo.stepsOf(exec, districtId);
    return rows.length ? rows : DEFAULT_STEPS;
  }

  /** Parties of a case, decrypted then masked (or in full, when reveal). */
  async function parties(c: Pick<CaseRow, 'district_id' | 'id'>, reveal = false) {
    const rows = await repo.partiesOf(db, c.district_id, [c.id]);
    return rows.map((p) => {
      const name = pii.decrypt(p.name_enc);
      const phone = p.phone_enc ? pii.decrypt(p.phone_enc) : null;
      const idNumber = p.id_enc ? pii.decrypt(p.id_enc) : null;
      return {
        id: p.id,
        role: p.role as 'applicant' | 'respondent' | 'other',
        name: reveal ? name : maskName(name),
        phone: phone && (reveal ? phone : maskPhone(phone)),
        idNumber: idNumber && (reveal ? idNumber : maskNationalId(idNumber)),
      };
    });
  }

  /** Whether the actor may act as mediator on the case (its mediator, or an officer of its area). */
  function mayMediate(actor: Actor | null, c: CaseRow) {
    if (!actor) return false;
    return actor.grants.some(
      (g) =>
        roleCan(g.role, 'mediation.mediate') &&
        c.path.startsWith(g.path) &&
        (g.role !== 'mediator' || c.mediator_user_id === actor.userId),
    );
  }

  /** Whether the actor may manage the case (assign it): an officer of its area. */
  function mayManage(actor: Actor | null, c: CaseRow) {
    return can(actor, 'mediation.manage', c.path);
  }

  /** Mediators' names by user id (from the rooms' lists). */
  async function mediatorNames(rows: CaseRow[]) {
    const ms = await repo.mediatorsOf(db, [...new Set(rows.flatMap((r) => (r.room_id ? [r.room_id] : [])))]);
    return new Map(ms.map((m) => [m.user_id, m.name]));
  }

  /** A case as lists show it. */
  function summary(c: CaseRow, names: Map<string, string>) {
    return {
      id: c.id,
      number: c.number,
      nodeId: c.node_id,
      nodeName: c.node_name,
      roomId: c.room_id,
      roomName: c.room_name,
      roomKind: c.room_kind as 'people' | 'court' | 'petition' | 'trade' | null,
      mediatorUserId: c.mediator_user_id,
      mediatorName: c.mediator_user_id ? (names.get(c.mediator_user_id) ?? null) : null,
      source: c.source as 'event' | 'walk_in' | 'referral',
      category: c.category as Category,
      title: c.title,
      state: c.state as State,
      result: c.result as 'settled' | 'unsettled' | null,
      stepCode: c.step_code,
      receivedAt: c.received_at.toISOString(),
      concludedAt: c.concluded_at?.toISOString() ?? null,
    };
  }

  /** A room the case may go to: in the case's district, on its node's branch of the tree. */
  async function roomFor(roomId: string, node: { district_id: string; path: string }) {
    const r = await repo.findRoom(db, roomId);
    if (
      !r ||
      r.district_id !== node.district_id ||
      !(node.path.startsWith(r.path) || r.path.startsWith(node.path))
    )
      throw new InvalidError([{ field: 'roomId', key: 'mediation.room_outside' }]);
    return r;
  }

  return {
    visibleCase,
    nodeFor,
    roomFor,
    steps,
    parties,
    mayMediate,
    mayManage,
    mediatorNames,
    summary,
  };
}
