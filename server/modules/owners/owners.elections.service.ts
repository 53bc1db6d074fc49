/**
 * 业委会选优建强 (seed 001): an officer or the 业委会 calls an election on a compound (a renewal 换届
 * when the compound has a committee in term); owners of the compound are nominated; the community
 * party organisation vets each 党组织把关 (pass, or reject with a reason); the candidates who passed go
 * to an assembly, one ordinary matter each; when it closes those who passed the double count fill the
 * seats (most owners first) and the committee's five-year term starts. The share of party members and
 * of members also on the 居委会 (交叉任职, seed 004's 四位一体) are the figures the seeds ask for.
 */
import type { z } from 'zod';
import { can, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { createAssembliesService } from './owners.assemblies.service.ts';
import {
  checkUpdated,
  compoundFor,
  compoundNames,
  reachFor,
  electionFor,
  today,
  type CompoundRef,
  type OwnersDeps,
} from './owners.core.ts';
import * as repo from './owners.repository.ts';
import * as electionsRepo from './owners.elections.repository.ts';
import { pct, renewalDue, type ElectionState } from './owners.rules.ts';
import type {
  candidateBody,
  electionBallotBody,
  electionBody,
  electionRow,
  electionView,
  vetBody,
} from './owners.schemas.ts';

/** Builds the election verbs over the assemblies (an election is voted in an assembly). */
export function createElectionsService(
  deps: OwnersDeps,
  assemblies: Pick<ReturnType<typeof createAssembliesService>, 'openIn'>,
) {
  const { db, auditor } = deps;

  function rowOut(e: electionsRepo.ElectionRow, c: CompoundRef | undefined): z.infer<typeof electionRow> {
    return {
      id: e.id,
      compoundId: e.compound_id,
      compoundName: c?.name ?? '',
      seats: e.seats,
      state: e.state as ElectionState,
      candidates: e.candidates,
      elected: e.elected,
      assemblyId: e.assembly_id,
      termStarts: e.term_starts,
      termEnds: e.term_ends,
      renewalDue: e.state === 'elected' && !!e.term_ends && renewalDue(e.term_ends, today()),
    };
  }

  const service = {
    /** Elections in scope (or under a node), newest first. */
    async listElections(ctx: RequestContext, q: { nodeId?: string }) {
      const reach = await reachFor(deps, ctx, 'owners.read', q.nodeId);
      const [rows, names] = await Promise.all([
        electionsRepo.listElections(db, repo.inReach('e.node_id', 'e.compound_id', reach)),
        compoundNames(deps, reach),
      ]);
      return {
        items: rows.map((e) => rowOut(e, names.get(e.compound_id))),
        can: { call: can(ctx.actor, 'owners.elect') },
      };
    },

    /** One election with its candidates and their vetting. */
    async election(ctx: RequestContext, id: string): Promise<z.infer<typeof electionView>> {
      const e = await electionFor(deps, db, ctx, id, 'owners.read');
      const [cands, c] = await Promise.all([
        electionsRepo.candidatesOf(db, e.district_id, e.id),
        deps.compounds({ id: e.compound_id }),
      ]);
      const elected = cands.filter((x) => x.elected);
      const nominating = e.state === 'nominating';
      return {
        ...rowOut(e, c[0]),
        version: e.version,
        candidatesList: cands.map((x) => ({
          id: x.id,
          ownerId: x.owner_id,
          name: x.name,
          partyMember: x.party_member,
          crossPost: x.cross_post,
          vetting: x.vetting as 'pending',
          vetReason: x.vet_reason,
          elected: x.elected,
        })),
        partyShare: pct(elected.filter((x) => x.party_member).length, elected.length),
        crossShare: pct(elected.filter((x) => x.cross_post).length, elected.length),
        can: {
          nominate: nominating && can(ctx.actor, 'owners.elect', e.path),
          vet:
            nominating && can(ctx.actor, 'owners.vet', e.path) && cands.some((x) => x.vetting === 'pending'),
          ballot: nominating && can(ctx.actor, 'owners.assembly', e.path),
        },
      };
    },

    /** Calls an election on a compound; when the compound's committee is in term, this is its renewal. */
    async callElection(ctx: RequestContext, b: z.infer<typeof electionBody>) {
      const c = await compoundFor(deps, ctx, b.compoundId, 'owners.elect');
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        const same = await electionsRepo.listElections(trx, nodeInPaths('e.node_id', [c.path]));
        const mine = same.filter((e) => e.compound_id === c.id);
        if (mine.some((e) => e.state === 'nominating' || e.state === 'voting'))
          throw new ConflictError('owners.election_running');
        const current = mine.find((e) => e.state === 'elected' && !mine.some((r) => r.renewal_of === e.id));
        await electionsRepo.insertElection(trx, {
          district_id: c.districtId,
          id,
          compound_id: c.id,
          node_id: c.nodeId,
          seats: b.seats,
          renewal_of: current?.id ?? null,
          created_by: ctx.actor!.userId,
        });
        await auditor.append(trx, ctx, {
          action: 'owners.election.call',
          objectType: 'owners_election',
          objectId: id,
          districtId: c.districtId,
          detail: { compound: c.id, seats: b.seats, renewalOf: current?.id ?? null },
        });
      });
      return { id };
    },

    /** Nominates an owner of the compound while the election is nominating. */
    async nominate(ctx: RequestContext, id: string, b: z.infer<typeof candidateBody>) {
      await db.transaction().execute(async (trx) => {
        const e = await electionFor(deps, trx, ctx, id, 'owners.elect', true);
        if (e.state !== 'nominating') throw new ConflictError('owners.not_nominating');
        const o = await repo.findOwner(trx, b.ownerId);
        if (!o || o.district_id !== e.district_id || o.compound_id !== e.compound_id)
          throw new NotFoundError();
        const cid = uuidv7();
        const stored = await electionsRepo.insertCandidate(trx, {
          district_id: e.district_id,
          election_id: e.id,
          id: cid,
          owner_id: o.id,
          party_member: b.partyMember,
          cross_post: b.crossPost,
        });
        if (!stored) throw new InvalidError([{ field: 'ownerId', key: 'owners.already_candidate' }]);
        await auditor.append(trx, ctx, {
          action: 'owners.candidate.nominate',
          objectType: 'owners_election',
          objectId: e.id,
          districtId: e.district_id,
          detail: { candidate: cid, owner: o.id, partyMember: b.partyMember, crossPost: b.crossPost },
        });
      });
      return service.election(ctx, id);
    },

    /** The community party organisation's vetting 党组织把关: pass, or reject with a reason. */
    async vet(ctx: RequestContext, id: string, b: z.infer<typeof vetBody>) {
      if (!b.pass && !b.reason) throw new InvalidError([{ field: 'reason', key: 'owners.reason_required' }]);
      await db.transaction().execute(async (trx) => {
        const e = await electionFor(deps, trx, ctx, id, 'owners.vet', true);
        if (e.state !== 'nominating') throw new ConflictError('owners.not_nominating');
        const done = await electionsRepo.vetCandidate(trx, e.district_id, e.id, b.candidateId, {
          vetting: b.pass ? 'passed' : 'rejected',
          vet_reason: b.reason,
          vetted_by: ctx.actor!.userId,
        });
        if (!done) throw new ConflictError('owners.not_pending');
        await auditor.append(trx, ctx, {
          action: 'owners.candidate.vet',
          objectType: 'owners_election',
          objectId: e.id,
          districtId: e.district_id,
          detail: { candidate: b.candidateId, pass: b.pass, reason: b.reason },
        });
      });
      return service.election(ctx, id);
    },

    /** Puts the vetted candidates to an assembly (every candidate vetted, at least as many passed as seats). */
    async putToAssembly(ctx: RequestContext, id: string, b: z.infer<typeof electionBallotBody>) {
      return db.transaction().execute(async (trx) => {
        const e = await electionFor(deps, trx, ctx, id, 'owners.assembly', true);
        if (e.state !== 'nominating') throw new ConflictError('owners.not_nominating');
        const cands = await electionsRepo.candidatesOf(trx, e.district_id, e.id);
        if (cands.some((x) => x.vetting === 'pending')) throw new ConflictError('owners.vetting_pending');
        const passed = cands.filter((x) => x.vetting === 'passed');
        if (passed.length < e.seats)
          throw new InvalidError([
            { field: 'candidates', key: 'owners.too_few_candidates', params: { seats: e.seats } },
          ]);
        const c = await compoundFor(deps, ctx, e.compound_id, 'owners.assembly');
        const { id: assemblyId } = await assemblies.openIn(
          trx,
          ctx,
          c,
          {
            compoundId: c.id,
            title: e.renewal_of ? '业主委员会换届选举' : '选举业主委员会',
            opensOn: b.opensOn,
            closesOn: b.closesOn,
            matters: passed.map((x) => ({
              title: `选举 ${x.name} 为业主委员会委员`,
              kind: 'ordinary' as const,
            })),
          },
          passed.map((x) => x.id),
        );
        checkUpdated(
          await electionsRepo.updateElection(trx, e.district_id, e.id, e.version, {
            state: 'voting',
            assembly_id: assemblyId,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'owners.election.ballot',
          objectType: 'owners_election',
          objectId: e.id,
          districtId: e.district_id,
          detail: { assembly: assemblyId, candidates: passed.length },
        });
        return { id: assemblyId };
      });
    },
  };
  return service;
}
