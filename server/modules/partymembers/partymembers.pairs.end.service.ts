/**
 * Ending a 结对联系 pair on purpose (not only by re-pairing): a pairing officer ends it with a reason
 * (返回, 转出, 其他 with a note), audited; and a member recorded as returned has their pair ended
 * in the same transaction (endPairOnReturn, called by the register's markReturned).
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError } from '../../platform/errors.ts';
import { shanghaiToday, type PartymembersCore, type PartymembersDeps } from './partymembers.core.ts';
import * as repo from './partymembers.pairing.repository.ts';
import type { endPairBody } from './partymembers.pairing.schemas.ts';
import type { createPairingService } from './partymembers.pairing.service.ts';

/** Ends the member's active pair because they came home (no pair: nothing); the audit says so. */
export async function endPairOnReturn(
  trx: Executor,
  deps: Pick<PartymembersDeps, 'auditor'>,
  ctx: RequestContext,
  m: { district_id: string; id: string },
  returnedOn: string,
) {
  const p = await repo.activePairOf(trx, m.district_id, m.id);
  if (!p) return;
  await repo.endPair(trx, m.district_id, p.id, returnedOn, { reason: 'returned', note: '' });
  await deps.auditor.append(trx, ctx, {
    action: 'partymembers.pair.end',
    objectType: 'partymembers_pair',
    objectId: p.id,
    districtId: m.district_id,
    detail: { reason: 'returned', onReturn: true },
  });
}

/** Builds the verb that ends a pair. */
export function createPairEndService(
  deps: PartymembersDeps & {
    core: PartymembersCore;
    pairing: Pick<ReturnType<typeof createPairingService>, 'visiblePair'>;
  },
) {
  const { db, auditor } = deps;
  return {
    /** A pairing officer ends an active pair: a reason (其他 needs a note), audited. */
    async endPair(ctx: RequestContext, id: string, b: z.infer<typeof endPairBody>) {
      requirePermission(ctx, 'partymembers.pair');
      if (b.reason === 'other' && !b.note)
        throw new InvalidError([{ field: 'note', key: 'partymembers.pairing.end_note_required' }]);
      return db.transaction().execute(async (trx) => {
        const p = await deps.pairing.visiblePair(ctx, id, 'pair', trx, true);
        if (p.status !== 'active') throw new ConflictError('partymembers.pairing.pair_ended');
        await repo.endPair(trx, p.district_id, p.id, shanghaiToday(), { reason: b.reason, note: b.note });
        await auditor.append(trx, ctx, {
          action: 'partymembers.pair.end',
          objectType: 'partymembers_pair',
          objectId: p.id,
          districtId: p.district_id,
          detail: { reason: b.reason, note: b.note },
        });
        return { ok: true as const };
      });
    },
  };
}
