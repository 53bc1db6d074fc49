/**
 * Paper ballots from in-person meetings: one officer enters who voted and their ballots, a second
 * officer confirms, and only then do they count (or the batch goes back with a reason). A secret
 * vote's paper ballots are sealed and shuffled at entry, so the batch never pairs a voter with a
 * ballot.
 */
import crypto from 'node:crypto';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { VotesCore } from './votes.core.ts';
import * as repo from './votes.repository.ts';
import { ballotProblem, shuffle, type Method } from './votes.rules.ts';

/** Builds the paper-ballot verbs. */
export function createPaperService(deps: { db: Db; auditor: Pick<Auditor, 'append'>; core: VotesCore }) {
  const { db, auditor, core } = deps;

  return {
    /** Enters a batch of paper ballots, pending a second officer's confirmation. */
    async enterPaper(
      ctx: RequestContext,
      voteId: string,
      input: { entries: { voterId: string; choices: number[] }[]; note: string },
    ) {
      const actor = requirePermission(ctx, 'votes.paper');
      const v = await core.visible(ctx, voteId, 'votes.paper');
      if (core.state(v) !== 'open') throw new ConflictError('votes.not_open');
      const fields = input.entries.flatMap((e, i) => {
        const p = ballotProblem(v.method as Method, v.option_count, v.max_choices, e.choices);
        return p ? [{ field: `entries.${i}.choices`, key: p }] : [];
      });
      if (fields.length) throw new InvalidError(fields);
      const ids = input.entries.map((e) => e.voterId);
      if (new Set(ids).size !== ids.length)
        throw new InvalidError([{ field: 'entries', key: 'votes.paper_duplicate' }]);
      const eligible = await core.kindOf(v.kind).eligibleAmong(core.scopeOf(v), ids);
      const notEligible = ids.filter((i) => !eligible.has(i));
      if (notEligible.length)
        throw new InvalidError([
          { field: 'entries', key: 'votes.paper_not_eligible', params: { names: notEligible.join(', ') } },
        ]);
      const voted = await repo.votedAmong(db, v.district_id, v.id, ids);
      if (voted.size)
        throw new InvalidError([
          { field: 'entries', key: 'votes.paper_voted', params: { names: [...voted].join(', ') } },
        ]);
      const sealed = input.entries.map((e) => core.seal(e.choices));
      // a secret vote's ballots lose their order (and so their voter) before they are stored
      if (v.secret) shuffle(sealed, (n) => crypto.randomInt(n));
      const id = uuidv7();
      await db.transaction().execute(async (trx) => {
        await repo.insertPaperBatch(trx, {
          districtId: v.district_id,
          id,
          voteId: v.id,
          voters: ids,
          sealed,
          note: input.note,
          enteredBy: actor.userId,
          enteredName: actor.displayName,
        });
        await auditor.append(trx, ctx, {
          action: 'votes.paper.enter',
          objectType: 'vote',
          objectId: v.id,
          districtId: v.district_id,
          detail: { batch: id, voters: ids.length },
        });
      });
      return { id };
    },

    /** Confirms (they count) or sends back (with a reason) another officer's batch. */
    async decidePaper(ctx: RequestContext, batchId: string, input: { confirm: boolean; reason?: string }) {
      const actor = requirePermission(ctx, 'votes.paper');
      const found = await repo.findPaperBatch(db, batchId);
      if (!found) throw new NotFoundError();
      const v = await core.visible(ctx, found.vote_id, 'votes.paper');
      if (!input.confirm && !input.reason)
        throw new InvalidError([{ field: 'reason', key: 'votes.reason_required' }]);
      await db.transaction().execute(async (trx) => {
        await repo.lockVote(trx, v.id, 'shared');
        const b = await repo.findPaperBatch(trx, batchId, true);
        if (!b || b.status !== 'pending') throw new ConflictError('votes.paper_decided');
        if (b.entered_by === actor.userId) throw new ConflictError('votes.paper_own_batch');
        if (input.confirm) {
          const recorded = await repo.insertVotersWhileOpen(trx, {
            districtId: v.district_id,
            voteId: v.id,
            voterIds: b.voters,
            castBy: b.entered_by,
          });
          if (recorded.length !== b.voters.length) {
            // someone voted online meanwhile, or the vote closed: nothing of the batch counts
            const missing = b.voters.filter((x) => !recorded.includes(x));
            if (core.state(v) !== 'open') throw new ConflictError('votes.not_open');
            throw new InvalidError([
              { field: 'entries', key: 'votes.paper_voted', params: { names: missing.join(', ') } },
            ]);
          }
          const sealed = b.sealed ?? [];
          if (v.secret)
            await repo.insertSealed(
              trx,
              v.district_id,
              v.id,
              sealed.map((s) => ({ id: core.ballotId(), sealed: s })),
            );
          else
            await repo.insertBallots(
              trx,
              v.district_id,
              v.id,
              sealed.map((s, i) => ({ id: core.ballotId(), voterId: b.voters[i], choices: core.unseal(s) })),
            );
        }
        await repo.decidePaperBatch(trx, {
          districtId: v.district_id,
          id: batchId,
          status: input.confirm ? 'confirmed' : 'rejected',
          by: actor.userId,
          byName: actor.displayName,
          reason: input.confirm ? null : (input.reason ?? null),
        });
        await auditor.append(trx, ctx, {
          action: input.confirm ? 'votes.paper.confirm' : 'votes.paper.reject',
          objectType: 'vote',
          objectId: v.id,
          districtId: v.district_id,
          detail: { batch: batchId, voters: b.voters.length, reason: input.reason },
        });
      });
    },

    /** Paper batches in the actor's scope (of one vote, or pending ones), never their ballots. */
    async listPaper(ctx: RequestContext, f: { voteId?: string; pending?: boolean }) {
      const actor = requirePermission(ctx, 'votes.paper');
      const rows = await repo.findPaperBatches(
        db,
        nodeInPaths('v.node_id', scopePaths(actor, 'votes.paper')),
        f,
      );
      return rows.map((r) => ({
        id: r.id,
        voteId: r.vote_id,
        voteTitle: r.vote_title,
        ballotCount: r.ballot_count,
        voterCount: r.voters.length,
        note: r.note,
        status: r.status as 'pending' | 'confirmed' | 'rejected',
        enteredBy: r.entered_name,
        enteredAt: r.entered_at.toISOString(),
        decidedBy: r.decided_name,
        decidedAt: r.decided_at?.toISOString() ?? null,
        rejectReason: r.reject_reason,
        can: { decide: r.status === 'pending' && r.entered_by !== actor.userId && can(actor, 'votes.paper') },
      }));
    },
  };
}
