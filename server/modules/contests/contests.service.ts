/**
 * 擂台赛 (seed 001 开化: 完善赛马比拼、实绩晾晒机制，常态开展“两勤”“两专”擂台赛): the organisation
 * department sets up a contest (series, weighted dimensions, participating departments and streets,
 * judges, rounds), opens each round (the units are told) and publishes its ranking (the units are told).
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import type { Executor } from '../../platform/db/db.ts';
import { districtsOf, readableContest, roleIn, weightsOf, type ContestsCore } from './contests.core.ts';
import * as repo from './contests.repository.ts';
import { contestScored } from './contests.setup.repository.ts';
import { contestDraft, DEFAULT_SERIES, ROUND_MOVES, roundMove, type RoundState } from './contests.rules.ts';
import type { roundBody, roundView } from './contests.schemas.ts';

/** A round as the API shows it, with the moves the actor may make. */
export function roundOut(r: repo.RoundListRow, manage: boolean): z.infer<typeof roundView> {
  const state = r.state as RoundState;
  return {
    id: r.id,
    seq: r.seq,
    title: r.title,
    opensOn: r.opens_on,
    dueOn: r.due_on,
    state,
    publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
    entries: r.entries,
    version: r.version,
    actions: manage ? (Object.keys(ROUND_MOVES[state]) as ('open' | 'publish')[]) : [],
  };
}

/**
 * Stores a round of a contest (the next number; under `id` when a draft's edit keeps it); 422 for
 * bad dates, 409 for a taken number.
 */
export async function addRound(
  core: ContestsCore,
  trx: Executor,
  ctx: RequestContext,
  c: { id: string; district_id: string },
  b: z.infer<typeof roundBody>,
  id = uuidv7(),
) {
  if (b.dueOn < b.opensOn) throw new InvalidError([{ field: 'dueOn', key: 'contests.bad_dates' }]);
  const seq = await repo.nextSeq(trx, c.district_id, c.id);
  const r = await repo.insertRound(trx, {
    district_id: c.district_id,
    id,
    contest_id: c.id,
    seq,
    title: b.title,
    opens_on: b.opensOn,
    due_on: b.dueOn,
    state: 'planned',
  });
  if (!r.numInsertedOrUpdatedRows) throw new ConflictError('contests.duplicate_round');
  await core.auditor.append(trx, ctx, {
    action: 'contests.round.create',
    objectType: 'contests_round',
    objectId: id,
    districtId: c.district_id,
    detail: { contest: c.id, seq, title: b.title },
  });
  return id;
}

/** Builds the contests' setup and round verbs. */
export function createContestsSetup(core: ContestsCore) {
  const { db, auditor } = core;
  return {
    /** The contests of the actor's districts (a year, or all) and the series to pick from. */
    async contests(ctx: RequestContext, year?: number) {
      const actor = requirePermission(ctx, 'contests.read');
      const districts = districtsOf(actor, 'contests.read');
      const [rows, series] = await Promise.all([
        repo.findContests(db, districts, year),
        repo.findSeries(db, districts),
      ]);
      return {
        contests: rows.map((c) => ({
          id: c.id,
          year: c.year,
          title: c.title,
          series: c.series,
          rounds: c.rounds,
          published: c.published,
        })),
        series: [...new Set([...DEFAULT_SERIES, ...series])],
        can: { manage: can(actor, 'contests.manage') },
      };
    },

    /** A contest with its units, judges and rounds, and what the actor is in it. */
    async contest(ctx: RequestContext, id: string) {
      const c = await readableContest(core, ctx, id);
      const me = await roleIn(core, ctx, c);
      const rounds = await repo.findRounds(db, c.district_id, c.id);
      const scored = me.manage && (await contestScored(db, c.district_id, c.id));
      const draft = contestDraft(rounds.map((r) => ({ state: r.state as RoundState })));
      return {
        id: c.id,
        nodeId: c.node_id,
        year: c.year,
        title: c.title,
        series: c.series,
        weights: weightsOf(c.weights),
        units: me.units.map((u) => ({ id: u.id, name: u.name, level: u.level })),
        judges: me.judges.map((j) => ({ userId: j.user_id, username: j.username, name: j.display_name })),
        rounds: rounds.map((r) => roundOut(r, me.manage)),
        myUnits: me.myUnits,
        judge: me.judge,
        draft,
        can: {
          manage: me.manage,
          edit: me.manage && draft,
          delete: me.manage && !scored,
          export: can(ctx.actor, 'contests.export', c.path),
        },
        version: c.version,
      };
    },

    /** Adds a round to a contest. */
    async createRound(ctx: RequestContext, contestId: string, b: z.infer<typeof roundBody>) {
      requirePermission(ctx, 'contests.manage');
      return db.transaction().execute(async (trx) => {
        const c = await repo.findContest(trx, contestId, true);
        if (!c || !can(ctx.actor, 'contests.manage', c.path)) throw new NotFoundError();
        return { id: await addRound(core, trx, ctx, c, b) };
      });
    },

    /** Opens a round (the units are told to submit) or publishes its ranking (the units are told). */
    async moveRound(ctx: RequestContext, id: string, action: 'open' | 'publish', version: number) {
      requirePermission(ctx, 'contests.manage');
      return db.transaction().execute(async (trx) => {
        const r = await repo.findRound(trx, id, true);
        if (!r || !can(ctx.actor, 'contests.manage', r.path)) throw new NotFoundError();
        if (r.version !== version) throw new ConflictError('contests.stale');
        const to = roundMove(r.state as RoundState, action);
        if (!to) throw new ConflictError('contests.wrong_state');
        const now = new Date();
        const u = await repo.updateRound(trx, r.district_id, r.id, r.version, {
          state: to,
          ...(action === 'open' ? { opened_at: now } : { published_at: now }),
        });
        if (u.numUpdatedRows === 0n) throw new ConflictError('contests.stale');
        await auditor.append(trx, ctx, {
          action: `contests.round.${action}`,
          objectType: 'contests_round',
          objectId: r.id,
          districtId: r.district_id,
          detail: { from: r.state, to },
        });
        const units = await repo.findUnits(trx, r.district_id, r.contest_id);
        const params = { contest: r.contest_title, round: r.title, due: r.due_on };
        await core.notify.send(
          trx,
          units.map((unit) => ({
            districtId: r.district_id,
            nodeId: unit.id,
            kind: `contests.${action}`,
            title:
              action === 'open'
                ? `${r.contest_title}“${r.title}”已开赛，请于 ${r.due_on} 前提交参赛材料`
                : `${r.contest_title}“${r.title}”排名已晾晒`,
            titleKey: action === 'open' ? 'contests.notice.open' : 'contests.notice.published',
            titleParams: params,
            link: action === 'open' ? `/contests/${r.contest_id}` : `/contests/board/${r.id}`,
            objectType: 'contests_round',
            objectId: r.id,
          })),
        );
        const rounds = await repo.findRounds(trx, r.district_id, r.contest_id);
        return roundOut(
          rounds.find((x) => x.id === r.id)!,
          true,
        );
      });
    },
  };
}
