/**
 * What the volunteers verbs share: a district's star thresholds, the volunteer an account is
 * (made on first sign-up, joined to its register record when it has claimed one), and the
 * nodes above a resident's home whose activities reach them.
 */
import type { Actor } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './volunteers.repository.ts';
import { DEFAULT_STAR_HOURS } from './volunteers.rules.ts';

/** The people reads volunteers need (masked names and a person's own name; never ID or phone). */
export interface VolunteerPeople {
  volunteersUnder(
    districtId: string,
    path: string,
    limit?: number,
  ): Promise<{ personId: string; nodeId: string; maskedName: string; team: string | null }[]>;
  fullName(districtId: string, personId: string): Promise<string | null>;
}

/** What the volunteers verbs are built from (passed in by the composition root). */
export interface VolunteersDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  people: VolunteerPeople;
}

/** The instants a Shanghai calendar year runs from and to. */
export { shanghaiYearRange as shanghaiYear } from '../../platform/time.ts';

/** The Shanghai calendar year of an instant. */
export const yearOf = (d: Date) => new Date(d.getTime() + 8 * 3600_000).getUTCFullYear();

/** The nodes on the way down to each of the actor's grants for an action. */
export { pathsAbove } from '../../platform/access/above.ts';

/** Builds the shared part. */
export function createVolunteersCore(deps: { db: Db }) {
  const { db } = deps;
  return {
    /** A district's yearly hours for one to five stars. */
    async thresholds(districtId: string, exec: Executor = db): Promise<number[]> {
      const s = await repo.findSettings(exec, districtId);
      return s ? s.star_hours : [...DEFAULT_STAR_HOURS];
    },

    /**
     * The volunteer the actor is in a district: found by account, else by the record it claimed,
     * else made now on its home node (first sign-up).
     */
    async volunteerOf(trx: Executor, actor: Actor, districtId: string) {
      const mine = await repo.findVolunteerOfUser(trx, actor.userId);
      if (mine) return mine;
      if (actor.personId) {
        const fromRegister = await repo.findVolunteerOfPerson(trx, districtId, actor.personId);
        if (fromRegister && !fromRegister.user_id) {
          await repo.attachUser(trx, districtId, fromRegister.id, actor.userId);
          return { ...fromRegister, user_id: actor.userId };
        }
      }
      const home = actor.grants.find(
        (g) => g.districtId === districtId && ['resident', 'party_member'].includes(g.role),
      );
      if (!home) throw new NotFoundError();
      await repo.insertVolunteers(trx, [
        {
          district_id: districtId,
          id: uuidv7(),
          node_id: home.nodeId,
          person_id: actor.personId,
          user_id: actor.userId,
          label: actor.displayName,
          team_id: null,
        },
      ]);
      return (await repo.findVolunteerOfUser(trx, actor.userId))!;
    },
  };
}
export type VolunteersCore = ReturnType<typeof createVolunteersCore>;
