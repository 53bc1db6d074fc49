/**
 * Ballots written in groups (an optimisation; see bench/votes-ballots.ts and bench/RESULTS-votes.md).
 * A cast was one transaction of its own (lock, voter, ballot, two audit round trips, commit): about
 * 9% of a raw INSERT with 2,000 voters at once. Casts that arrive while a group is being written go
 * together in the next group: one transaction, the votes' shared locks, one INSERT of the voters
 * (the primary key still counts each voter once, duplicates inside a group included), one of their
 * ballots, one audit append for all, one COMMIT. A quiet vote writes groups of one, as before.
 */
import { grouped } from '../../platform/batch.ts';
import type { RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import type { VotesCore } from './votes.core.ts';
import * as repo from './votes.repository.ts';

/** One ballot to write: who casts it, for whom, in which vote, and the choices. */
export interface CastItem {
  ctx: Pick<RequestContext, 'actor' | 'ip' | 'userAgent'>;
  districtId: string;
  voteId: string;
  secret: boolean;
  voterId: string;
  castBy: string;
  choices: number[];
}

/** A writer of cast ballots: resolves true when this ballot was counted, false when its voter had voted. */
export function castWriter(deps: { db: Db; auditor: Pick<Auditor, 'appendAll'>; core: VotesCore }) {
  const { db, auditor, core } = deps;
  return grouped<CastItem, boolean>(
    (items) =>
      db.transaction().execute(async (trx) => {
        for (const id of [...new Set(items.map((i) => i.voteId))].sort())
          await repo.lockVote(trx, id, 'shared');
        const recorded = await repo.insertVotersOfGroupWhileOpen(trx, items);
        const counted = items.map((_, n) => recorded.has(n + 1));
        const mine = items.filter((_, n) => counted[n]);
        const sealed = mine.filter((i) => i.secret);
        const open = mine.filter((i) => !i.secret);
        if (sealed.length)
          await repo.insertSealedRows(
            trx,
            sealed.map((i) => ({ ...i, sealed: core.seal(i.choices) })),
          );
        if (open.length) await repo.insertBallotRows(trx, open);
        // who voted, never how
        if (mine.length)
          await auditor.appendAll(
            trx,
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
          );
        return counted.map((value) => ({ ok: true as const, value }));
      }),
    { concurrency: 1, maxItems: 256 },
  );
}
