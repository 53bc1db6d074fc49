/**
 * Ballots written in groups (an optimisation; see bench/votes-ballots.ts and bench/RESULTS-votes.md).
 * A cast was one transaction of its own (lock, voter, ballot, two audit round trips, commit): about
 * 9% of a raw INSERT with 2,000 voters at once. Casts that arrive while a group is being written go
 * together in the next group: one transaction, the votes' shared locks, one statement recording the
 * voters (the primary key still counts each voter once, duplicates inside a group included) and
 * their ballots and locking the audit lane, one write of the audit entries, one COMMIT. A quiet vote
 * writes groups of one, as before.
 */
import { grouped } from '../../platform/batch.ts';
import type { RequestContext } from '../../platform/access/access.ts';
import { laneHead, type LaneAuditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import * as repo from './votes.repository.ts';

/** One ballot to write: who casts it, for whom, in which vote, and the choices (sealed for a secret vote). */
export interface CastItem {
  ctx: Pick<RequestContext, 'actor' | 'ip' | 'userAgent'>;
  districtId: string;
  voteId: string;
  voterId: string;
  castBy: string;
  /** The sealed ballot of a secret vote (sealed before the group, outside its transaction); null for an open vote. */
  sealed: Buffer | null;
  choices: number[];
}

/** What became of a cast: counted, or not counted because its voter had voted or its vote was no longer open. */
export type CastOutcome = 'counted' | 'voted' | 'closed';

/** A writer of cast ballots, in groups: each cast's outcome. */
export function castWriter(deps: { db: Db; auditor: Pick<LaneAuditor, 'laneLock' | 'chain'> }) {
  const { db, auditor } = deps;
  return grouped<CastItem, CastOutcome>(
    (items) =>
      // four round trips after BEGIN: the votes' shared locks; the voters, their ballots and the
      // audit lane's head in one statement; the audit entries; COMMIT
      db.transaction().execute(async (trx) => {
        for (const id of [...new Set(items.map((i) => i.voteId))].sort())
          await repo.lockVote(trx, id, 'shared');
        const { casts, auditHead } = await repo.recordCasts(trx, items, auditor.laneLock(items.length));
        const mine = items.filter((_, n) => casts[n].recorded);
        // who voted, never how
        if (mine.length)
          await repo.writeAudit(
            trx,
            auditor.chain(
              laneHead(auditHead),
              mine.map((i) => ({
                ctx: i.ctx,
                entry: {
                  action: 'votes.cast',
                  objectType: 'vote',
                  objectId: i.voteId,
                  districtId: i.districtId,
                  detail: { voter: i.voterId, channel: 'online' },
                },
              })),
            ),
          );
        return casts.map((c) => ({
          ok: true as const,
          value: c.recorded ? ('counted' as const) : c.open ? ('voted' as const) : ('closed' as const),
        }));
      }),
    { concurrency: 1, maxItems: 256 },
  );
}
