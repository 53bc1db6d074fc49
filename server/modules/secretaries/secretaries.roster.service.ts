/**
 * The roster of community party secretaries 社区党委书记名册 (seed 004): who is in office in each
 * community and since when, which communities are vacant, who is due for rotation 岗位交流 (任职超过
 * 两届), direct appointments (e.g. 选派正科级公职人员), ended terms, rotations from one community to
 * another with their history, and the 两委换届 rounds whose results fill the roster.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { checkUpdated, type SecretariesCore, type SecretariesDeps } from './secretaries.core.ts';
import * as repo from './secretaries.repository.ts';
import { rotationReasons, type Method } from './secretaries.rules.ts';
import type {
  appointBody,
  electionBody,
  endBody,
  rosterEntry,
  rotateBody,
  termView,
} from './secretaries.schemas.ts';

/** A term as the API shows it. */
export const termOut = (x: repo.TermRow): z.infer<typeof termView> => ({
  id: x.id,
  nodeId: x.node_id,
  nodeName: x.node_name,
  name: x.name,
  termNo: x.term_no,
  method: x.method as Method,
  startedOn: x.started_on,
  endedOn: x.ended_on,
  endReason: x.end_reason,
  version: x.version,
});

/** The roster: every community in the roots with its term in office, or a vacancy. */
export async function rosterOf(db: SecretariesDeps['db'], paths: string[]) {
  const communities = await repo.findCommunities(db, nodeInPaths('n.id', paths));
  const terms = new Map(
    (await repo.findCurrentTerms(db, nodeInPaths('t.node_id', paths))).map((t) => [t.node_id, t]),
  );
  return communities.map((c): z.infer<typeof rosterEntry> => {
    const t = terms.get(c.id);
    const reasons = t ? rotationReasons({ termNo: t.term_no }) : [];
    return {
      nodeId: c.id,
      nodeName: c.name,
      streetId: c.parent_id,
      streetName: c.street_name ?? '',
      vacant: !t,
      term: t
        ? {
            id: t.id,
            name: t.name,
            termNo: t.term_no,
            method: t.method as Method,
            startedOn: t.started_on,
            version: t.version,
          }
        : null,
      rotationDue: reasons.length > 0,
      rotationReasons: reasons,
    };
  });
}

/** Builds the roster verbs. */
export function createRosterService(deps: SecretariesDeps & { core: SecretariesCore }) {
  const { db, auditor, core } = deps;

  /** A community the actor may perform action on (404 outside, 422 when not a community). */
  async function community(ctx: RequestContext, nodeId: string, action: string, exec = db) {
    const n = await core.nodeFor(ctx, nodeId, action, exec);
    if (n.level !== 'community')
      throw new InvalidError([{ field: 'nodeId', key: 'secretaries.not_community' }]);
    return n;
  }

  /** A term in office the actor manages, locked, at the version read (404, 409). */
  async function currentTerm(ctx: RequestContext, trx: typeof db, id: string, version: number) {
    requirePermission(ctx, 'secretaries.manage');
    const t = await repo.findTerm(trx, id, true);
    if (!t || !can(ctx.actor, 'secretaries.manage', t.path)) throw new NotFoundError();
    if (t.ended_on) throw new ConflictError('secretaries.not_current');
    if (t.version !== version) throw new ConflictError('secretaries.stale');
    return t;
  }

  return {
    /** The roster of the communities under a node (or the whole scope). */
    async roster(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'secretaries.read', q.nodeId);
      return {
        entries: await rosterOf(db, paths),
        can: {
          manage: can(ctx.actor, 'secretaries.manage'),
          elect: can(ctx.actor, 'secretaries.elect'),
          export: can(ctx.actor, 'secretaries.export'),
        },
      };
    },

    /** A community's terms, newest first (its history). */
    async history(ctx: RequestContext, nodeId: string) {
      const n = await community(ctx, nodeId, 'secretaries.read');
      return (await repo.findTermsOfNode(db, n.district_id, n.id)).map(termOut);
    },

    /** Appoints a secretary to a vacant community directly (e.g. 选派正科级公职人员); 409 when not vacant. */
    async appoint(ctx: RequestContext, b: z.infer<typeof appointBody>) {
      const n = await community(ctx, b.nodeId, 'secretaries.manage');
      const name = await core.nameOf(n.district_id, b);
      return db.transaction().execute(async (trx) => {
        const { id } = await core.takeOffice(trx, ctx, {
          districtId: n.district_id,
          nodeId: n.id,
          name,
          personId: b.personId,
          method: b.method,
          termNo: b.termNo,
          startedOn: b.startedOn,
        });
        return { id };
      });
    },

    /** Ends a term in office (resigned, other): the community becomes vacant. */
    async endTerm(ctx: RequestContext, id: string, b: z.infer<typeof endBody>) {
      return db.transaction().execute(async (trx) => {
        const t = await currentTerm(ctx, trx, id, b.version);
        if (b.endedOn < t.started_on)
          throw new InvalidError([{ field: 'endedOn', key: 'secretaries.end_before_start' }]);
        checkUpdated(
          await repo.updateTerm(trx, t.district_id, t.id, t.version, {
            ended_on: b.endedOn,
            end_reason: b.reason,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'secretaries.term.end',
          objectType: 'secretaries_term',
          objectId: t.id,
          districtId: t.district_id,
          detail: { endedOn: b.endedOn, reason: b.reason },
        });
        return { ok: true as const };
      });
    },

    /** Rotates a secretary 岗位交流 from their community to a vacant one, keeping both terms and the move. */
    async rotate(ctx: RequestContext, b: z.infer<typeof rotateBody>) {
      return db.transaction().execute(async (trx) => {
        const t = await currentTerm(ctx, trx, b.termId, b.version);
        const to = await community(ctx, b.toNodeId, 'secretaries.manage', trx);
        if (to.id === t.node_id)
          throw new InvalidError([{ field: 'toNodeId', key: 'secretaries.same_community' }]);
        if (b.rotatedOn < t.started_on)
          throw new InvalidError([{ field: 'rotatedOn', key: 'secretaries.end_before_start' }]);
        checkUpdated(
          await repo.updateTerm(trx, t.district_id, t.id, t.version, {
            ended_on: b.rotatedOn,
            end_reason: 'rotated',
          }),
        );
        const next = await core.takeOffice(trx, ctx, {
          districtId: t.district_id,
          nodeId: to.id,
          name: t.name,
          personId: t.person_id,
          userId: t.user_id,
          method: 'rotation',
          termNo: 1,
          startedOn: b.rotatedOn,
        });
        const id = uuidv7();
        await repo.insertRotation(trx, {
          district_id: t.district_id,
          id,
          from_node_id: t.node_id,
          to_node_id: to.id,
          name: t.name,
          from_term_id: t.id,
          to_term_id: next.id,
          rotated_on: b.rotatedOn,
        });
        await auditor.append(trx, ctx, {
          action: 'secretaries.rotate',
          objectType: 'secretaries_term',
          objectId: t.id,
          districtId: t.district_id,
          detail: { from: t.node_id, to: to.id, rotatedOn: b.rotatedOn },
        });
        return { id };
      });
    },

    /** Rotations from or to communities in scope, newest first. */
    async rotations(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'secretaries.read', q.nodeId);
      return (await repo.findRotations(db, (col) => nodeInPaths(col, paths))).map((r) => ({
        id: r.id,
        name: r.name,
        fromNodeName: r.from_name,
        toNodeName: r.to_name,
        rotatedOn: r.rotated_on,
      }));
    },

    /** The 两委换届 rounds of streets in scope with their results. */
    async elections(ctx: RequestContext, q: { nodeId?: string }) {
      const paths = await core.roots(ctx, 'secretaries.read', q.nodeId);
      return (await repo.findElections(db, nodeInPaths('e.node_id', paths))).map((e) => ({
        id: e.id,
        nodeName: e.node_name,
        year: e.year,
        heldOn: e.held_on,
        results: e.results,
      }));
    },

    /**
     * Records a street's 两委换届 round: each community's elected secretary takes office on the day
     * it was held (the one in office re-elected serves a further term; someone else ends it).
     */
    async recordElection(ctx: RequestContext, b: z.infer<typeof electionBody>) {
      const street = await core.nodeFor(ctx, b.nodeId, 'secretaries.elect');
      if (street.level !== 'street')
        throw new InvalidError([{ field: 'nodeId', key: 'secretaries.not_street' }]);
      const seen = new Set<string>();
      const results: { nodeId: string; name: string; personId?: string }[] = [];
      for (const [i, r] of b.results.entries()) {
        const n = await repo.findNode(db, r.nodeId);
        if (!n || n.level !== 'community' || !n.path.startsWith(street.path) || seen.has(n.id))
          throw new InvalidError([{ field: `results.${i}.nodeId`, key: 'secretaries.not_under_street' }]);
        seen.add(n.id);
        results.push({ ...r, name: await core.nameOf(n.district_id, r, `results.${i}.name`) });
      }
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const stored = await repo.insertElection(trx, {
          district_id: street.district_id,
          id,
          node_id: street.id,
          year: b.year,
          held_on: b.heldOn,
        });
        if (!stored) throw new ConflictError('secretaries.election_exists', { year: b.year });
        for (const [i, r] of results.entries()) {
          const cur = await repo.findCurrentTerm(trx, street.district_id, r.nodeId);
          if (cur) {
            if (cur.started_on > b.heldOn)
              throw new InvalidError([{ field: `results.${i}.nodeId`, key: 'secretaries.end_before_start' }]);
            await repo.updateTerm(trx, cur.district_id, cur.id, cur.version, {
              ended_on: b.heldOn,
              end_reason: 'election',
            });
          }
          const term = await core.takeOffice(trx, ctx, {
            districtId: street.district_id,
            nodeId: r.nodeId,
            name: r.name,
            personId: r.personId ?? null,
            method: 'election',
            startedOn: b.heldOn,
          });
          await repo.insertResult(trx, {
            district_id: street.district_id,
            election_id: id,
            node_id: r.nodeId,
            name: r.name,
            term_id: term.id,
          });
        }
        await auditor.append(trx, ctx, {
          action: 'secretaries.election',
          objectType: 'secretaries_election',
          objectId: id,
          districtId: street.district_id,
          detail: { street: street.id, year: b.year, results: results.length },
        });
        return { id };
      });
    },
  };
}
