/**
 * Casting and tallying: one person one vote (the voters table's key), secret ballots sealed until
 * the tally, and the tally itself, which shuffles a secret vote's ballots into the clear with no
 * voter, no time and no id that could lead back.
 */
import crypto from 'node:crypto';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { LaneAuditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, ForbiddenError, InvalidError } from '../../platform/errors.ts';
import type { NotifyService } from '../notify/index.ts';
import { SYSTEM_CTX, type VotesCore } from './votes.core.ts';
import { castWriter } from './votes.castgroup.ts';
import * as repo from './votes.repository.ts';
import {
  ballotProblem,
  shuffle,
  tally as referenceTally,
  type Method,
  type OptionResult,
} from './votes.rules.ts';

/** Ballots unsealed at a close from which the ballots table's statistics are refreshed. */
const ANALYZE_AFTER = 5000;

/** Builds the casting and tallying verbs. */
export function createBallotsService(deps: {
  db: Db;
  auditor: Pick<LaneAuditor, 'append' | 'appendAll' | 'laneLock' | 'chain'>;
  notify: Pick<NotifyService, 'send'>;
  core: VotesCore;
}) {
  const { db, auditor, core } = deps;
  const writeCast = castWriter(deps);

  /**
   * Tallies a vote whose closing time has passed (false when there is nothing to do: not due, or
   * already tallied or cancelled). Waits for the casts under way, keeps new ones out, and writes the
   * results, all in one transaction.
   */
  async function settle(voteId: string): Promise<boolean> {
    return db.transaction().execute(async (trx) => {
      await repo.lockVote(trx, voteId, 'exclusive');
      const v = await repo.findVote(trx, voteId, true);
      if (!v || v.closed_at || v.cancelled_at || v.closes_at > new Date()) return false;
      const scope = core.scopeOf(v);
      const kind = core.kindOf(v.kind);
      if (v.secret) {
        // into the clear in random order under new random ids, with no voter and no time
        const sealed = await repo.findSealed(trx, v.district_id, v.id);
        const ballots = shuffle(
          sealed.map((s) => core.unseal(s.sealed)),
          (n) => crypto.randomInt(n),
        );
        await repo.insertBallots(
          trx,
          v.district_id,
          v.id,
          ballots.map((choices) => ({ id: core.ballotId(), voterId: null, choices })),
        );
        await repo.deleteSealed(trx, v.district_id, v.id);
        // a large vote's ballots arrive all at once here: fresh statistics let the tally below (and
        // any later one) aggregate by hash instead of sorting, measured in bench/votes-ballots.ts
        if (ballots.length >= ANALYZE_AFTER) await repo.analyzeBallots(trx);
      }
      const method = v.method as Method;
      const counted = await repo.tallyBallots(trx, v.district_id, v.id, method, v.max_choices);
      const byPosition = new Map(counted.map((r) => [r.position, r]));
      const results: OptionResult[] = referenceTally(method, v.option_count, v.max_choices, []).map(
        (zero) => byPosition.get(zero.position) ?? zero,
      );
      const ballots = await repo.countBallots(trx, v.district_id, v.id);
      const eligible = await kind.countEligible(scope);
      await repo.writeResults(trx, { districtId: v.district_id, voteId: v.id, results, eligible, ballots });
      await auditor.append(trx, SYSTEM_CTX, {
        action: 'votes.tally',
        objectType: 'vote',
        objectId: v.id,
        districtId: v.district_id,
        actorName: 'system',
        detail: { ballots, eligible, results: results.map((r) => [r.position, r.count, r.points]) },
      });
      await kind.onClosed?.(trx, scope, { results, ballots, eligible });
      await deps.notify.send(trx, [
        {
          districtId: v.district_id,
          nodeId: v.node_id,
          kind: 'votes.closed',
          title: `投票结果已公布：${v.title}`,
          titleKey: 'votes.closed',
          titleParams: { title: v.title },
          link: kind.href?.(scope) ?? `/votes/${v.id}`,
          objectType: 'vote',
          objectId: v.id,
          dedupeKey: `votes.closed:${v.id}`,
        },
      ]);
      return true;
    });
  }

  return {
    settle,

    /**
     * Casts a ballot for one of the voters the actor may vote as. A voter who has voted already
     * is not counted again (counted: false), so a phone may safely send the same ballot twice.
     */
    async cast(ctx: RequestContext, voteId: string, input: { choices: number[]; voterId?: string }) {
      const actor = requirePermission(ctx, 'votes.cast');
      const v = await core.visibleKept(ctx, voteId, 'votes.cast');
      const s = core.state(v);
      if (s === 'closing') await settle(v.id);
      if (s !== 'open')
        throw new ConflictError(s === 'scheduled' ? 'votes.not_open' : 'votes.already_closed');
      const problem = ballotProblem(v.method as Method, v.option_count, v.max_choices, input.choices);
      if (problem) throw new InvalidError([{ field: 'choices', key: problem }]);
      const voters = await core.kindOf(v.kind).votersFor(actor, core.scopeOf(v));
      if (voters.length === 0) throw new ForbiddenError('votes.not_eligible');
      const voter = input.voterId ? voters.find((x) => x.id === input.voterId) : voters[0];
      if (!voter) throw new ForbiddenError('votes.voter_not_yours');
      const outcome = await writeCast({
        ctx,
        districtId: v.district_id,
        voteId: v.id,
        voterId: voter.id,
        castBy: actor.userId,
        sealed: v.secret ? core.seal(input.choices) : null,
        choices: v.secret ? [] : input.choices,
      });
      // not counted: the voter had voted (a phone sending twice), or the vote closed meanwhile
      if (outcome === 'closed') throw new ConflictError('votes.already_closed');
      const counted = outcome === 'counted';
      return { counted };
    },
  };
}
