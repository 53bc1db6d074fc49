/**
 * Entries, scores and rankings of the 擂台赛: each unit submits its entry per round before the
 * deadline (late: 422), and replaces it only until a judge scores it (409); the judges score each entry 0–100 per dimension, never their own unit's
 * (422), once (their scores lock: 409); the ranking per round and overall (rules: weighted mean,
 * ties by 比位次 then name) is read by the manager and the judges before publication and by every
 * officer of the district after it (实绩晾晒).
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiThisYear } from '../../platform/time.ts';
import { districtsOf, readableContest, roleIn, weightsOf, type ContestsCore } from './contests.core.ts';
import * as repo from './contests.repository.ts';
import {
  entryAccepted,
  overallStandings,
  roundStandings,
  type RoundState,
  type Scores,
} from './contests.rules.ts';
import type { entryBody, entryView, scoreBody } from './contests.schemas.ts';

/** Builds the entries, scores and rankings verbs. */
export function createContestsEntries(core: ContestsCore) {
  const { db, auditor } = core;

  /** A round the actor may read, with what the actor is in its contest. */
  async function roundFor(ctx: RequestContext, id: string) {
    requirePermission(ctx, 'contests.read');
    const r = await repo.findRound(db, id);
    if (!r || !districtsOf(ctx.actor, 'contests.read').includes(r.district_id)) throw new NotFoundError();
    const me = await roleIn(core, ctx, { id: r.contest_id, district_id: r.district_id, path: r.path });
    return { r, me };
  }

  /** A round's standings from its entries and scores. */
  async function standingsOf(r: { id: string; district_id: string; weights: unknown }) {
    const entries = await repo.findEntries(db, r.district_id, [r.id]);
    const scores = await repo.findScores(
      db,
      r.district_id,
      entries.map((e) => e.id),
    );
    return roundStandings(
      entries.map((e) => ({
        unitId: e.unit_id,
        unitName: e.unit_name,
        scores: scores.filter((s) => s.entry_id === e.id).map((s) => s.scores as Scores),
      })),
      weightsOf(r.weights),
    );
  }

  return {
    /** Submits (or, before the deadline, replaces) a unit's entry of a round. */
    async submitEntry(ctx: RequestContext, roundId: string, b: z.infer<typeof entryBody>) {
      requirePermission(ctx, 'contests.enter');
      const { r, me } = await roundFor(ctx, roundId);
      if (!me.units.some((u) => u.id === b.unitId)) throw new NotFoundError();
      if (!me.myUnits.includes(b.unitId))
        throw new InvalidError([{ field: 'unitId', key: 'contests.not_unit' }]);
      const day = core.today();
      const problem = entryAccepted(
        { state: r.state as RoundState, opens_on: r.opens_on, due_on: r.due_on },
        day,
      );
      if (problem) throw new InvalidError([{ field: 'roundId', key: problem }]);
      return db.transaction().execute(async (trx) => {
        // the round may have been published since it was read: lock it and look again (a judge's
        // score locks it too, so none lands between the look at the scores and the replacement)
        const locked = (await repo.findRound(trx, roundId, true))!;
        const now = entryAccepted(
          { state: locked.state as RoundState, opens_on: locked.opens_on, due_on: locked.due_on },
          day,
          await repo.scoresOfUnitEntry(trx, r.district_id, r.id, b.unitId),
        );
        if (now === 'contests.entry_scored') throw new ConflictError(now);
        if (now) throw new InvalidError([{ field: 'roundId', key: now }]);
        const e = await repo.upsertEntry(trx, {
          district_id: r.district_id,
          id: uuidv7(),
          round_id: r.id,
          contest_id: r.contest_id,
          unit_id: b.unitId,
          summary: b.summary,
          figures: b.figures,
          attachments: b.attachments,
          submitted_by: ctx.actor!.userId,
          submitted_on: day,
          submitted_at: new Date(),
        });
        await auditor.append(trx, ctx, {
          action: 'contests.entry.submit',
          objectType: 'contests_entry',
          objectId: e.id,
          districtId: r.district_id,
          detail: { round: r.id, unit: b.unitId, version: e.version },
        });
        return { id: e.id };
      });
    },

    /**
     * A round's entries: all of them for the manager and the judges (with the scores: a judge sees
     * only their own before publication), the unit's own for its officer, all after publication.
     */
    async entries(ctx: RequestContext, roundId: string): Promise<z.infer<typeof entryView>[]> {
      const { r, me } = await roundFor(ctx, roundId);
      const published = r.state === 'published';
      const all = me.manage || me.judge || published;
      const rows = await repo.findEntries(db, r.district_id, [r.id], all ? undefined : me.myUnits);
      const scores = await repo.findScores(
        db,
        r.district_id,
        rows.map((e) => e.id),
      );
      const userId = ctx.actor!.userId;
      return rows.map((e) => ({
        id: e.id,
        roundId: e.round_id,
        unitId: e.unit_id,
        unitName: e.unit_name,
        summary: e.summary,
        figures: e.figures,
        attachments: e.attachments,
        submittedOn: e.submitted_on,
        onTime: e.submitted_on <= r.due_on,
        version: e.version,
        scores: scores
          .filter((s) => s.entry_id === e.id && (me.manage || published || s.judge_id === userId))
          .map((s) => ({
            judgeName: s.display_name,
            scores: s.scores as Scores,
            mine: s.judge_id === userId,
          })),
        scored: scores.some((s) => s.entry_id === e.id),
        canScore:
          me.judge &&
          r.state === 'open' &&
          !me.ownUnits.includes(e.unit_id) &&
          !scores.some((s) => s.entry_id === e.id && s.judge_id === userId),
      }));
    },

    /** A judge's scores of an entry, locked once submitted. */
    async score(ctx: RequestContext, entryId: string, b: z.infer<typeof scoreBody>) {
      requirePermission(ctx, 'contests.judge');
      const e = await repo.findEntry(db, entryId);
      if (!e || !districtsOf(ctx.actor, 'contests.read').includes(e.district_id)) throw new NotFoundError();
      const c = await readableContest(core, ctx, e.contest_id);
      const me = await roleIn(core, ctx, c);
      if (!me.judge) throw new NotFoundError();
      return scoreEntry(ctx, e, me.ownUnits, b.scores);
    },

    /** A round's ranking: before publication for the manager and judges only. */
    async roundRanking(ctx: RequestContext, roundId: string) {
      const { r, me } = await roundFor(ctx, roundId);
      if (r.state !== 'published' && !me.manage && !me.judge) throw new NotFoundError();
      return {
        contestId: r.contest_id,
        contestTitle: r.contest_title,
        series: r.series,
        roundId: r.id,
        roundTitle: r.title,
        state: r.state as RoundState,
        publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
        weights: weightsOf(r.weights),
        standings: await standingsOf(r),
      };
    },

    /** The overall ranking over a contest's published rounds (all rounds scored, for the manager). */
    async overallRanking(ctx: RequestContext, contestId: string) {
      const c = await readableContest(core, ctx, contestId);
      const me = await roleIn(core, ctx, c);
      const rounds = (await repo.findRounds(db, c.district_id, c.id)).filter(
        (r) => r.state === 'published' || (me.manage && r.state === 'open'),
      );
      const per = [];
      for (const r of rounds) per.push(await standingsOf({ ...r, weights: c.weights }));
      const scored = per.filter((s) => s.length);
      return {
        contestId: c.id,
        contestTitle: c.title,
        rounds: scored.length,
        standings: overallStandings(
          me.units.map((u) => ({ unitId: u.id, unitName: u.name })),
          scored,
        ),
      };
    },

    /** The published rounds of the actor's districts in a year, with each round's first (实绩晾晒). */
    async board(ctx: RequestContext, year = shanghaiThisYear()) {
      const actor = requirePermission(ctx, 'contests.read');
      const rows = await repo.findPublishedRounds(db, districtsOf(actor, 'contests.read'), year);
      const out = [];
      for (const r of rows) {
        const full = await repo.findRound(db, r.id);
        const top = (await standingsOf(full!))[0];
        out.push({
          roundId: r.id,
          contestId: r.contest_id,
          contestTitle: r.contest_title,
          series: r.series,
          roundTitle: r.title,
          publishedAt: new Date(r.published_at!).toISOString(),
          leader: top?.unitName ?? null,
        });
      }
      return { rounds: out };
    },
  };

  /** Stores one judge's scores of an entry (also the import's write); 422 own unit, 409 locked or closed. */
  async function scoreEntry(
    ctx: RequestContext,
    e: { id: string; district_id: string; contest_id: string; round_id: string; unit_id: string },
    ownUnits: string[],
    scores: Scores,
  ) {
    if (ownUnits.includes(e.unit_id))
      throw new InvalidError([{ field: 'entryId', key: 'contests.own_unit' }]);
    return db.transaction().execute(async (trx) => {
      const r = await repo.findRound(trx, e.round_id, true);
      if (r?.state !== 'open') throw new ConflictError('contests.wrong_state');
      const ins = await repo.insertScore(trx, {
        district_id: e.district_id,
        entry_id: e.id,
        judge_id: ctx.actor!.userId,
        contest_id: e.contest_id,
        scores: JSON.stringify(scores),
      });
      if (!ins.numInsertedOrUpdatedRows) throw new ConflictError('contests.locked');
      await auditor.append(trx, ctx, {
        action: 'contests.score',
        objectType: 'contests_entry',
        objectId: e.id,
        districtId: e.district_id,
        detail: { scores },
      });
      return { ok: true as const };
    });
  }
}
