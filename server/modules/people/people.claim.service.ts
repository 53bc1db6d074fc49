/**
 * Residents claiming records in the register: their own (name and ID number checked against the
 * blind index, never echoed, the same answer for no record and a wrong name, throttled), by an
 * officer's invitation, or a child's as guardian, with consent; and who lives where, for votes.
 * No permission checks here: the calling module's verbs decide who may do what.
 */
import { parseNationalId } from '../../platform/pii/national-id.ts';
import type { RequestContext } from '../../platform/access/access.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { DomainError, InvalidError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { maskName, type PiiCipher } from '../../platform/pii/pii.ts';
import * as repo from './people.claim.repository.ts';
import { normaliseName, normaliseNationalId } from './people.row.ts';

/** Failed tries allowed per account in a day, and per address in an hour. */
export const CLAIM_LIMITS = { perUserDay: 5, perIpHour: 20 };
/** Below this age (full years) a person is a child who may join the children's council. */
export const CHILD_AGE = 18;

export type ClaimService = ReturnType<typeof createClaimService>;

/** A record matched by a claim. */
export interface ClaimedRecord {
  districtId: string;
  personId: string;
  nodeId: string;
  /** 张*明: how the person may be shown to others. */
  maskedName: string;
}

/** Full years between a birth date (YYYY-MM-DD) and a day. */
export function ageOn(birthDate: string, day: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  const age = day.getUTCFullYear() - y;
  const before = day.getUTCMonth() + 1 < m || (day.getUTCMonth() + 1 === m && day.getUTCDate() < d);
  return before ? age - 1 : age;
}

/** Builds the claiming service. */
export function createClaimService(deps: { db: Db; pii: Pick<PiiCipher, 'blindIndex'> }) {
  const { db, pii } = deps;

  /** Refuses with 429 once an account or address has failed too often. */
  async function throttle(ctx: RequestContext, userId: string) {
    const now = Date.now();
    const day = await repo.countFailedAttempts(db, userId, ctx.ip, new Date(now - 86400_000));
    const hour = await repo.countFailedAttempts(db, userId, ctx.ip, new Date(now - 3600_000));
    if (day.byUser >= CLAIM_LIMITS.perUserDay || hour.byIp >= CLAIM_LIMITS.perIpHour)
      throw new DomainError(429, 'residents.claim.throttled');
  }

  /**
   * The record with this ID number and exactly this name, or null; every try is counted (outside
   * the caller's transaction, so a rollback does not forget it).
   */
  async function match(
    ctx: RequestContext,
    userId: string,
    districtId: string,
    name: string,
    nationalId: string,
  ) {
    await throttle(ctx, userId);
    const id = normaliseNationalId(nationalId);
    const persons = parseNationalId(id).ok
      ? await repo.findPersonsByIdBidx(db, districtId, pii.blindIndex('id', id))
      : [];
    // the earliest record with this number and exactly this name (a number may stand in two registers)
    const found = persons.find((p) => p.name === normaliseName(name)) ?? null;
    await repo.insertAttempt(db, { id: uuidv7(), userId, ip: ctx.ip, matched: !!found });
    return found;
  }

  /** The one answer for every failed match: no record, another name, or claimed by someone else. */
  const noMatch = () =>
    new InvalidError([{ field: 'nationalId', key: 'residents.claim.no_match' }], 'residents.claim.no_match');

  return {
    /**
     * Matches the account to its holder's record by name and ID number and records the claim, in
     * the caller's transaction. Fails alike for no record, a wrong name, or a record claimed already.
     */
    async claimByRegister(
      trx: Executor,
      ctx: RequestContext,
      input: { userId: string; districtId: string; name: string; nationalId: string },
    ): Promise<ClaimedRecord> {
      const p = await match(ctx, input.userId, input.districtId, input.name, input.nationalId);
      if (!p) throw noMatch();
      const ok = await repo.insertClaim(trx, {
        districtId: p.district_id,
        personId: p.id,
        userId: input.userId,
        how: 'register',
      });
      if (!ok) throw noMatch();
      return { districtId: p.district_id, personId: p.id, nodeId: p.node_id, maskedName: maskName(p.name) };
    },

    /** Records the claim an officer's invitation made (false when the record is claimed already). */
    async claimByInvite(trx: Executor, input: { userId: string; districtId: string; personId: string }) {
      return repo.insertClaim(trx, { ...input, how: 'invite' });
    },

    /** A person with the path of its node, in one of the districts given (for invitations). */
    async personWithPath(districtIds: string[], personId: string) {
      const p = await repo.findPerson(db, districtIds, personId);
      return p
        ? { districtId: p.district_id, personId: p.id, nodeId: p.node_id, path: p.path, name: p.name }
        : null;
    },

    /** The record an account has claimed, if any. */
    async claimOf(userId: string) {
      const c = await repo.findClaimOfUser(db, userId);
      return c
        ? { districtId: c.district_id, personId: c.person_id, how: c.how, claimedAt: c.claimed_at }
        : null;
    },

    /**
     * Links a guardian to a child's record (name and ID number matched like a claim; the ID must
     * be a minor's) with the consent text as given, in the caller's transaction.
     */
    async linkChild(
      trx: Executor,
      ctx: RequestContext,
      input: {
        guardianUserId: string;
        guardianId: string;
        districtId: string;
        name: string;
        nationalId: string;
        consentText: string;
        today: Date;
      },
    ): Promise<ClaimedRecord> {
      const parsed = parseNationalId(input.nationalId, {}, input.today);
      // the ID number itself tells the age: refusing an adult's reveals nothing about the register
      if (parsed.ok && ageOn(parsed.facts.birthDate, input.today) >= CHILD_AGE)
        throw new InvalidError([{ field: 'nationalId', key: 'residents.child.not_minor' }]);
      const p = await match(ctx, input.guardianUserId, input.districtId, input.name, input.nationalId);
      if (!p || p.id === input.guardianId) throw noMatch();
      await repo.upsertGuardian(trx, {
        districtId: p.district_id,
        childId: p.id,
        guardianId: input.guardianId,
        guardianUserId: input.guardianUserId,
        consentText: input.consentText,
      });
      return { districtId: p.district_id, personId: p.id, nodeId: p.node_id, maskedName: maskName(p.name) };
    },

    /** Ends a guardian's link to a child (consent withdrawn): true when there was one. */
    unlinkChild: (trx: Executor, districtId: string, childId: string, guardianId: string) =>
      repo.revokeGuardian(trx, districtId, childId, guardianId),

    /** The children a guardian is linked to (names for the guardian's own eyes only). */
    async childrenOf(districtId: string, guardianId: string) {
      const rows = await repo.findChildren(db, districtId, guardianId);
      return rows.map((r) => ({
        personId: r.id,
        name: r.name,
        birthDate: r.birth_date as unknown as string,
        nodeId: r.node_id,
        consentedAt: r.consented_at,
      }));
    },

    /** Which of these children the guardian is linked to now. */
    guardedAmong: (districtId: string, guardianId: string, childIds: readonly string[]) =>
      repo.guardedAmong(db, districtId, guardianId, childIds),

    /** Which of these persons are registered residents inside the subtree at path. */
    residentsAmongUnder: (districtId: string, personIds: readonly string[], path: string) =>
      repo.residentsAmongUnder(db, districtId, personIds, path),

    /** Masked names (张*明) of persons, for lists that may show who someone is but not fully. */
    async maskedNames(districtId: string, personIds: readonly string[]) {
      const rows = await repo.findNames(db, districtId, personIds);
      return new Map(rows.map((r) => [r.id, maskName(r.name)]));
    },

    /** How many registered residents live inside the subtree at path. */
    countResidentsUnder: (districtId: string, path: string) => repo.countResidentsUnder(db, districtId, path),
  };
}
