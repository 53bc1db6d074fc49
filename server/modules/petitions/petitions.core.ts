/**
 * What the 信访 verbs share: the ports they are built from, who reaches a visit (officers their
 * subtree, mediators the studios they sit in, departments what is assigned to them, a resident their
 * own), the visit as it leaves the server (masked) with the actions open to the actor, and the
 * district's deadlines.
 */
import type { z } from 'zod';
import {
  can,
  requirePermission,
  scopePaths,
  type Actor,
  type RequestContext,
} from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './petitions.repository.ts';
import {
  actionsFor,
  DEFAULT_DEADLINES,
  isCollective,
  isOverdue,
  SUGGESTED_ROUTE,
  type Category,
  type Route,
  type State,
} from './petitions.rules.ts';
import type { visitView } from './petitions.schemas.ts';

/** The people register as this module reads it: a person's full name (null when not there). */
export interface PetitionsPeople {
  fullName(districtId: string, personId: string): Promise<string | null>;
}

/** The mediation module as this one hands a matter to it: a referral case, its number back. */
export interface PetitionsMediation {
  refer(
    ctx: RequestContext,
    x: { nodeId: string; title: string; summary: string; referredBy: string },
  ): Promise<{ id: string; number: string }>;
}

/** What the 信访 verbs are built from (passed in by the composition root). */
export interface PetitionsDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  pii: Pick<PiiCipher, 'encrypt' | 'decrypt' | 'blindIndex'>;
  people: PetitionsPeople;
  mediation: PetitionsMediation | null;
  /** An account with the mediator role, by username (null when none). */
  mediatorByUsername(username: string): Promise<{ userId: string } | null>;
}

/** The actions whose holders read every visit of their subtree. */
const OFFICER_READS = ['petitions.figures', 'petitions.triage', 'petitions.handle'] as const;

export type PetitionsCore = ReturnType<typeof createPetitionsCore>;

/** Builds the shared part. */
export function createPetitionsCore(deps: PetitionsDeps) {
  const { db } = deps;

  /** Who the actor is towards one visit. */
  function roleTowards(actor: Actor, studios: Set<string>, v: repo.VisitRow) {
    const handler = can(actor, 'petitions.handle', v.path);
    const studio = can(actor, 'petitions.triage', v.path) || (!!v.studio_id && studios.has(v.studio_id));
    const dept = handler || (!!v.dept_path && can(actor, 'petitions.reply', v.dept_path));
    const own = v.resident_user_id === actor.userId;
    const petitioner = own || (handler && can(actor, 'petitions.rate', v.path));
    const visible = studio || dept || own || OFFICER_READS.some((a) => can(actor, a, v.path));
    return { handler, studio, dept, petitioner, visible };
  }

  return {
    roleTowards,

    /** The studios the actor sits in. */
    studiosOf: async (actor: Actor, exec: Executor = db) =>
      new Set(await repo.studioIdsOf(exec, actor.userId)),

    /**
     * The reaches of a list: subtree scope, studios, departments, own filings; with a node picked in
     * the tree (one the actor reads, else 404), only the visits under it within those reaches.
     */
    async reach(ctx: RequestContext, nodeId?: string) {
      const actor = requirePermission(ctx, 'petitions.read');
      let paths = [...new Set(OFFICER_READS.flatMap((a) => scopePaths(actor, a)))];
      let within: ReturnType<typeof repo.visitsUnder> | undefined;
      if (nodeId) {
        const n = await repo.findNode(db, nodeId);
        if (!n || !can(actor, 'petitions.read', n.path)) throw new NotFoundError();
        within = repo.visitsUnder(n.path);
      }
      paths = paths.filter((p) => !paths.some((q) => q !== p && p.startsWith(q)));
      const deptPaths = scopePaths(actor, 'petitions.reply');
      return {
        actor,
        within,
        inScope: paths.length ? nodeInPaths('v.node_id', paths) : undefined,
        studioIds: [...(await repo.studioIdsOf(db, actor.userId))],
        deptScope: deptPaths.length ? nodeInPaths('v.dept_node_id', deptPaths) : undefined,
        residentUserId: actor.userId,
      };
    },

    /** A visit the actor reaches (404 otherwise), locked when asked, with who they are towards it. */
    async visitFor(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
      const actor = requirePermission(ctx, 'petitions.read');
      const v = await repo.findVisit(exec, id, lock);
      if (!v) throw new NotFoundError();
      const who = roleTowards(actor, new Set(await repo.studioIdsOf(exec, actor.userId)), v);
      if (!who.visible) throw new NotFoundError();
      return { v, who, actor };
    },

    /** The district's deadlines (the national ones until the district sets its own). */
    async deadlines(districtId: string, exec: Executor = db) {
      const s = await repo.findSettings(exec, districtId);
      return s
        ? {
            acceptDays: s.accept_days,
            handleDays: s.handle_days,
            reviewDays: s.review_days,
            version: s.version,
          }
        : { ...DEFAULT_DEADLINES, version: 0 };
    },

    /** A visit as it leaves the server: ID and phone masked, the actions open to the actor. */
    out(actor: Actor, studios: Set<string>, v: repo.VisitRow): z.infer<typeof visitView> {
      const who = roleTowards(actor, studios, v);
      const state = v.state as State;
      return {
        id: v.id,
        nodeId: v.node_id,
        nodeName: v.node_name,
        studioId: v.studio_id,
        studioName: v.studio_name,
        channel: v.channel as 'walk_in' | 'online',
        name: v.name,
        idNumber: v.id_mask,
        phone: v.phone_mask,
        matter: v.matter,
        category: v.category as Category,
        suggestedRoute: SUGGESTED_ROUTE[v.category as Category] ?? 'petition',
        peopleCount: v.people_count,
        collective: isCollective(v.people_count),
        visitedOn: v.visited_on,
        repeatOf: v.repeat_of,
        repeats: v.repeats,
        state,
        route: v.route as Route | null,
        routeNote: v.route_note,
        mediationCaseNo: v.mediation_case_no,
        acceptDue: v.accept_due,
        handleDue: v.handle_due,
        overdue: isOverdue({ state, acceptDue: v.accept_due, handleDue: v.handle_due }, shanghaiDay()),
        noticeNo: v.notice_no,
        deptNodeId: v.dept_node_id,
        deptName: v.dept_name,
        reply: v.reply,
        repliedOn: v.replied_on,
        satisfaction: v.satisfaction as 'satisfied' | 'basic' | 'unsatisfied' | null,
        reviewReason: v.review_reason,
        outcome: v.outcome as 'resolved' | 'unresolved' | null,
        agreement: v.agreement,
        executed: v.executed,
        closedOn: v.closed_on,
        version: v.version,
        actions: actionsFor(state, who),
        canReveal: (!!v.id_mask || !!v.phone_mask) && can(actor, 'petitions.reveal', v.path),
      };
    },
  };
}
