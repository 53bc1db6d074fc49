/**
 * 复核 of a title as a step of its own (seed 000: 福民社区's titles stand for a term and are re-checked):
 * the district re-checks a named title once it is due (within 90 days of its expiry) or has lapsed.
 * Passed, the title runs on for the programme's years; failed (with a reason), it lapses that day and
 * the ladder opens the level to be declared again. Never on one's own node; at the version read.
 */
import type { z } from 'zod';
import type { RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import {
  actorRoles,
  checkUpdated,
  declarationFor,
  ownSide,
  today,
  type CreationDeps,
} from './creation.core.ts';
import * as repo from './creation.repository.ts';
import { recheckedExpiry, recheckProblem } from './creation.rules.ts';
import type { recheckBody } from './creation.schemas.ts';

/** Builds the 复核 verb. */
export function createRecheckService(deps: Pick<CreationDeps, 'db' | 'auditor' | 'notify'>) {
  const { db, auditor, notify } = deps;
  return {
    /** The district re-checks a named title that is due or has lapsed. */
    async recheck(ctx: RequestContext, id: string, b: z.infer<typeof recheckBody>) {
      await db.transaction().execute(async (trx) => {
        const d = await declarationFor(trx, ctx, id, 'creation.read', true);
        if (!actorRoles(ctx.actor, d.path, d.node_level).includes('district')) throw new NotFoundError();
        if (ownSide(ctx.actor, d)) throw new ConflictError('creation.own_node');
        const now = today();
        const problem = recheckProblem(d.state, d.expires_on, now);
        if (problem) throw new ConflictError(`creation.${problem}`);
        if (b.outcome === 'fail' && !b.note)
          throw new InvalidError([{ field: 'note', key: 'creation.note_required' }]);
        if (d.version !== b.version) throw new ConflictError('creation.stale');
        const expires = recheckedExpiry(b.outcome, d.expires_on!, now, d.renew_years);
        checkUpdated(
          await repo.updateDeclaration(trx, d.district_id, d.id, d.version, {
            expires_on: expires,
            rechecked_on: now,
            recheck_outcome: b.outcome,
            recheck_note: b.note,
          }),
        );
        await auditor.append(trx, ctx, {
          action: 'creation.recheck',
          objectType: 'creation_declaration',
          objectId: d.id,
          districtId: d.district_id,
          detail: { outcome: b.outcome, from: d.expires_on, to: expires, note: b.note },
        });
        const key = b.outcome === 'pass' ? 'creation.notice.recheck_pass' : 'creation.notice.recheck_fail';
        const params = {
          programme: d.programme_name,
          level: { $t: `creation.level.${d.level}` },
          node: d.node_name,
          until: expires,
          note: b.note,
        };
        await notify.send(trx, [
          {
            districtId: d.district_id,
            nodeId: d.node_id,
            kind: 'creation.outcome',
            title: t('zh-CN', key, params),
            titleKey: key,
            titleParams: params,
            link: `/creation/declarations/${d.id}`,
            objectType: 'creation_declaration',
            objectId: d.id,
          },
        ]);
      });
      return { ok: true as const };
    },
  };
}
