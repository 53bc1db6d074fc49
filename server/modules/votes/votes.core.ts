/**
 * What every family of vote verbs shares: the registered kinds, the vote as its resolver sees it,
 * the scope check, sealing of secret ballots, and the vote as the API shows it.
 */
import crypto from 'node:crypto';
import { can, type Actor, type RequestContext } from '../../platform/access/access.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import type { VoteKind, VoteScope, Voter } from './votes.kinds.ts';
import * as repo from './votes.repository.ts';
import type { VoteRow } from './votes.repository.ts';
import {
  decodeChoices,
  encodeChoices,
  stateOf,
  turnout,
  type Method,
  type VoteState,
} from './votes.rules.ts';
import type { VoteView } from './votes.schemas.ts';

/** The shared part of the votes service. */
export type VotesCore = ReturnType<typeof createVotesCore>;

/** A ctx for what the system does on its own (a tally when a vote's time is up). */
export const SYSTEM_CTX: Pick<RequestContext, 'actor' | 'ip' | 'userAgent'> = {
  actor: null,
  ip: '127.0.0.1',
  userAgent: 'gongzhi',
};

/** Builds the shared part over the database and the cipher secret ballots are sealed with. */
export function createVotesCore(deps: { db: Db; pii: Pick<PiiCipher, 'encrypt' | 'decrypt'> }) {
  const { db, pii } = deps;
  const kinds = new Map<string, VoteKind & { href?: (v: VoteScope) => string }>();

  function kindOf(name: string) {
    const k = kinds.get(name);
    if (!k) throw new Error(`votes: no kind '${name}' is registered`);
    return k;
  }

  /** The vote as its kind's resolver sees it. */
  function scopeOf(v: VoteRow): VoteScope {
    return {
      id: v.id,
      districtId: v.district_id,
      nodeId: v.node_id,
      nodePath: v.path,
      owner: v.owner,
      ownerRef: v.owner_ref,
      kind: v.kind,
      params: (v.kind_params ?? {}) as Record<string, unknown>,
      title: v.title,
    };
  }

  /** A vote the actor may act on with action (else 404, never 403). */
  async function visible(ctx: RequestContext, id: string, action: string, exec: Executor = db) {
    const v = await repo.findVote(exec, id);
    if (!v || !can(ctx.actor, action, v.path)) throw new NotFoundError();
    return v;
  }

  // Casting reads the vote for its scope, method and options, which do not change; whether it is
  // still open is checked again by the statement that records the voter. So the rows are kept for a
  // second: a busy vote is read about once a second instead of once a ballot.
  const kept = new Map<string, { row: VoteRow; until: number }>();
  async function visibleKept(ctx: RequestContext, id: string, action: string) {
    const now = Date.now();
    let k = kept.get(id);
    if (!k || k.until < now) {
      const row = await repo.findVote(db, id);
      if (!row) throw new NotFoundError();
      if (kept.size > 1000) kept.clear();
      k = { row, until: now + 1000 };
      kept.set(id, k);
    }
    if (!can(ctx.actor, action, k.row.path)) throw new NotFoundError();
    return k.row;
  }

  const state = (v: VoteRow, now = new Date()): VoteState =>
    stateOf(
      { opensAt: v.opens_at, closesAt: v.closes_at, closedAt: v.closed_at, cancelledAt: v.cancelled_at },
      now,
    );

  /** The voters this actor may vote as, each with whether it has voted. */
  async function myVoters(actor: Actor | null, v: VoteRow): Promise<(Voter & { voted: boolean })[]> {
    if (!actor || !can(actor, 'votes.cast', v.path)) return [];
    const voters = await kindOf(v.kind).votersFor(actor, scopeOf(v));
    const voted = await repo.votedAmong(
      db,
      v.district_id,
      v.id,
      voters.map((x) => x.id),
    );
    return voters.map((x) => ({ ...x, voted: voted.has(x.id) }));
  }

  /** The vote as the API shows it: tallies only once closed, what the actor may do. */
  async function view(ctx: RequestContext, v: VoteRow): Promise<VoteView> {
    const [options, counts, mine] = await Promise.all([
      repo.findOptions(db, v.district_id, [v.id]),
      // a tallied vote's voters are its ballots, counted once at the close
      v.closed_at ? new Map([[v.id, v.ballots_count ?? 0]]) : repo.countVoters(db, v.district_id, [v.id]),
      myVoters(ctx.actor, v),
    ]);
    const s = state(v);
    const closed = s === 'closed';
    const live = s === 'open' || s === 'scheduled';
    return {
      ...summary(v, counts.get(v.id) ?? 0),
      description: v.description,
      options: options.map((o) => ({
        position: o.position,
        label: o.label,
        count: closed ? (o.count ?? 0) : null,
        first: closed ? (o.first ?? 0) : null,
        points: closed ? (o.points ?? 0) : null,
      })),
      myVoters: mine,
      can: {
        cast: s === 'open' && mine.some((m) => !m.voted),
        close: live && can(ctx.actor, 'votes.manage', v.path),
        cancel: live && can(ctx.actor, 'votes.manage', v.path),
        paper: s === 'open' && can(ctx.actor, 'votes.paper', v.path),
        export: closed && can(ctx.actor, 'votes.export', v.path),
      },
    };
  }

  /** A vote in a list. */
  function summary(v: VoteRow, voted: number) {
    return {
      id: v.id,
      districtId: v.district_id,
      nodeId: v.node_id,
      nodeName: v.node_name,
      owner: v.owner,
      ownerRef: v.owner_ref,
      title: v.title,
      method: v.method as Method,
      maxChoices: v.max_choices,
      secret: v.secret,
      opensAt: v.opens_at.toISOString(),
      closesAt: v.closes_at.toISOString(),
      closedAt: v.closed_at?.toISOString() ?? null,
      cancelledAt: v.cancelled_at?.toISOString() ?? null,
      cancelReason: v.cancel_reason,
      state: state(v),
      voted,
      eligible: v.eligible_count,
      ballots: v.ballots_count,
      turnout: v.closed_at ? turnout(v.ballots_count ?? 0, v.eligible_count) : null,
    };
  }

  return {
    kinds,
    kindOf,
    scopeOf,
    visible,
    visibleKept,
    state,
    myVoters,
    view,
    summary,
    /** Encrypts a ballot's choices (fixed size: every sealed ballot looks alike). */
    seal: (choices: readonly number[]) => pii.encrypt(encodeChoices(choices).toString('hex')),
    /** The choices inside a sealed ballot. */
    unseal: (sealed: Buffer) => decodeChoices(Buffer.from(pii.decrypt(sealed), 'hex')),
    /** A random (v4) id: ballots carry no time in their ids. */
    ballotId: () => crypto.randomUUID(),
  };
}
