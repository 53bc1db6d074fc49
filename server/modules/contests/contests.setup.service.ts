/**
 * Setting a contest up (the organisation department's set-up page): the districts, units and
 * series to pick from; a new contest; and the edit of a draft (no round opened yet) as a whole,
 * version-checked. The rules every set-up passes, each broken one a 422 on its own field: weights
 * are percentages summing to 100 (the sum's error on every weight), units are the district's
 * departments and streets, and a judge is an organisation officer or cadre of the district who
 * belongs to none of the units (never a judge for their own unit).
 */
import type { z } from 'zod';
import { can, requirePermission, type Actor, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { pinyinInitials } from '../../platform/pinyin.ts';
import { districtsOf, type ContestsCore } from './contests.core.ts';
import * as repo from './contests.repository.ts';
import {
  DEFAULT_SERIES,
  DEFAULT_WEIGHTS,
  contestDraft,
  judgesUnit,
  ownUnit,
  weightsProblems,
} from './contests.rules.ts';
import type { RoundState } from './contests.rules.ts';
import type { contestBody, contestEditBody } from './contests.schemas.ts';
import { addRound } from './contests.service.ts';
import * as setupRepo from './contests.setup.repository.ts';

type Setup = Omit<z.infer<typeof contestBody>, 'nodeId'>;

/** Builds the contests' set-up verbs. */
export function createContestsSetupPage(core: ContestsCore) {
  const { db, auditor } = core;

  /** Checks a set-up against the district; every broken rule on its own field (422), else the parts. */
  async function checkSetup(districtId: string, b: Setup) {
    const problems: FieldProblem[] = [];
    const weights = b.weights ?? DEFAULT_WEIGHTS;
    problems.push(...weightsProblems(weights));
    const unitIds = [...new Set(b.unitIds)];
    const units = await repo.findNodes(db, unitIds);
    if (
      units.length !== unitIds.length ||
      units.some((u) => u.district_id !== districtId || !['department', 'street'].includes(u.level))
    )
      problems.push({ field: 'unitIds', key: 'contests.bad_unit' });
    const judges: Actor[] = [];
    for (const [i, name] of b.judges.entries()) {
      if (b.judges.indexOf(name) !== i) continue;
      const a = await core.actorByUsername(name);
      const ok = a?.grants.some(
        (g) => (g.role === 'org_officer' || g.role === 'cadre') && g.districtId === districtId,
      );
      if (!a || !ok) {
        problems.push({ field: `judges.${i}`, key: 'contests.bad_judge', params: { name } });
        continue;
      }
      const own = judgesUnit(
        a.grants.filter((g) => g.districtId === districtId).map((g) => g.path),
        units,
      );
      if (own)
        problems.push({
          field: `judges.${i}`,
          key: 'contests.judge_own_unit',
          params: { name, unit: own.name },
        });
      judges.push(a);
    }
    for (const [i, r] of (b.rounds ?? []).entries())
      if (r.dueOn < r.opensOn) problems.push({ field: `rounds.${i}.dueOn`, key: 'contests.bad_dates' });
    if (problems.length) throw new InvalidError(problems);
    return { weights, unitIds, judges };
  }

  /** Stores a contest's units and judges. */
  async function storeMembers(
    trx: Executor,
    districtId: string,
    contestId: string,
    unitIds: string[],
    judges: Actor[],
  ) {
    await repo.insertUnits(
      trx,
      unitIds.map((u) => ({ district_id: districtId, contest_id: contestId, node_id: u })),
    );
    await repo.insertJudges(
      trx,
      judges.map((j) => ({
        district_id: districtId,
        contest_id: contestId,
        user_id: j.userId,
        username: j.username,
        display_name: j.displayName || j.username,
      })),
    );
  }

  return {
    /**
     * What the set-up page picks from: the actor's districts with their departments and streets, the
     * accounts that may judge there (searchable by name and pinyin initials, each with the units it
     * belongs to: never offered for a contest of its own unit), the series.
     */
    async setupChoices(ctx: RequestContext) {
      const actor = requirePermission(ctx, 'contests.manage');
      const ids = districtsOf(actor, 'contests.manage');
      const [districts, units, series] = await Promise.all([
        setupRepo.findDistricts(db, ids),
        setupRepo.findUnitChoices(db, ids),
        repo.findSeries(db, ids),
      ]);
      const judges = await Promise.all(districts.map((d) => core.judgeCandidates(d.district_id)));
      return {
        districts: districts.map((d, i) => {
          const own = units.filter((u) => u.district_id === d.district_id);
          return {
            nodeId: d.id,
            name: d.name,
            units: own.map((u) => ({ id: u.id, name: u.name, level: u.level })),
            judges: judges[i].map((j) => ({
              username: j.username,
              name: j.displayName,
              initials: pinyinInitials(j.displayName),
              unitIds: own.filter((u) => ownUnit(j.paths, u.path)).map((u) => u.id),
            })),
          };
        }),
        series: [...new Set([...DEFAULT_SERIES, ...series])],
        weights: DEFAULT_WEIGHTS,
      };
    },

    /** Sets up a contest on the district's node: units, judges (by username), weights and rounds. */
    async createContest(ctx: RequestContext, b: z.infer<typeof contestBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'contests.manage');
      if (n.level !== 'district') throw new InvalidError([{ field: 'nodeId', key: 'contests.bad_unit' }]);
      const { weights, unitIds, judges } = await checkSetup(n.district_id, b);
      return db.transaction().execute(async (trx) => {
        const id = uuidv7();
        const r = await repo.insertContest(trx, {
          district_id: n.district_id,
          id,
          node_id: n.id,
          year: b.year,
          title: b.title,
          series: b.series,
          weights: JSON.stringify(weights),
          created_by: ctx.actor!.userId,
        });
        if (!r.numInsertedOrUpdatedRows)
          throw new InvalidError([{ field: 'title', key: 'contests.duplicate' }]);
        await storeMembers(trx, n.district_id, id, unitIds, judges);
        await auditor.append(trx, ctx, {
          action: 'contests.create',
          objectType: 'contests_contest',
          objectId: id,
          districtId: n.district_id,
          detail: { title: b.title, series: b.series, units: unitIds.length, judges: judges.length, weights },
        });
        for (const round of b.rounds ?? [])
          await addRound(core, trx, ctx, { id, district_id: n.district_id }, round);
        return { id };
      });
    },

    /**
     * Edits a draft contest as a whole (title, year, series, weights, units, judges, rounds): 409
     * when someone changed it since it was read or once a round has opened. Rounds keep their ids
     * where the body names them and are numbered in the body's order.
     */
    async updateContest(ctx: RequestContext, id: string, b: z.infer<typeof contestEditBody>) {
      requirePermission(ctx, 'contests.manage');
      const c0 = await repo.findContest(db, id);
      if (!c0 || !can(ctx.actor, 'contests.manage', c0.path)) throw new NotFoundError();
      const { weights, unitIds, judges } = await checkSetup(c0.district_id, b);
      return db.transaction().execute(async (trx) => {
        const c = (await repo.findContest(trx, id, true))!;
        if (c.version !== b.version) throw new ConflictError('contests.stale');
        const rounds = await setupRepo.lockRoundStates(trx, c.district_id, c.id);
        if (!contestDraft(rounds.map((r) => ({ state: r.state as RoundState }))))
          throw new ConflictError('contests.not_draft');
        if (await setupRepo.titleTaken(trx, c.district_id, b.year, b.title, c.id))
          throw new InvalidError([{ field: 'title', key: 'contests.duplicate' }]);
        const u = await setupRepo.updateContest(trx, c.district_id, c.id, c.version, {
          year: b.year,
          title: b.title,
          series: b.series,
          weights: JSON.stringify(weights),
        });
        if (u.numUpdatedRows === 0n) throw new ConflictError('contests.stale');
        await setupRepo.deleteRounds(trx, c.district_id, c.id);
        await setupRepo.deleteUnits(trx, c.district_id, c.id);
        await setupRepo.deleteJudges(trx, c.district_id, c.id);
        await storeMembers(trx, c.district_id, c.id, unitIds, judges);
        const kept = new Set(rounds.map((r) => r.id));
        for (const r of b.rounds)
          await addRound(core, trx, ctx, c, r, r.id && kept.has(r.id) ? r.id : undefined);
        await auditor.append(trx, ctx, {
          action: 'contests.update',
          objectType: 'contests_contest',
          objectId: c.id,
          districtId: c.district_id,
          detail: {
            title: b.title,
            series: b.series,
            units: unitIds.length,
            judges: judges.map((j) => j.username),
            rounds: b.rounds.length,
            weights,
          },
        });
        return { id: c.id };
      });
    },

    /**
     * Deletes a contest no judge has scored yet (a mistaken or abandoned set-up), with its rounds,
     * units, judges and entries; 409 once an entry is scored (the scores are the record of the
     * judging). Under a lock on the contest: a score racing the delete is refused by its foreign key.
     */
    async deleteContest(ctx: RequestContext, id: string) {
      requirePermission(ctx, 'contests.manage');
      const c0 = await repo.findContest(db, id);
      if (!c0 || !can(ctx.actor, 'contests.manage', c0.path)) throw new NotFoundError();
      return db.transaction().execute(async (trx) => {
        const c = await repo.findContest(trx, id, true);
        if (!c) throw new NotFoundError();
        const rounds = await setupRepo.lockRoundStates(trx, c.district_id, c.id);
        if (await setupRepo.contestScored(trx, c.district_id, c.id))
          throw new ConflictError('contests.scored');
        const entries = await setupRepo.deleteEntries(trx, c.district_id, c.id);
        await setupRepo.deleteRounds(trx, c.district_id, c.id);
        await setupRepo.deleteJudges(trx, c.district_id, c.id);
        await setupRepo.deleteUnits(trx, c.district_id, c.id);
        await setupRepo.deleteContest(trx, c.district_id, c.id);
        await auditor.append(trx, ctx, {
          action: 'contests.delete',
          objectType: 'contests_contest',
          objectId: c.id,
          districtId: c.district_id,
          detail: {
            title: c.title,
            year: c.year,
            series: c.series,
            rounds: rounds.length,
            entries: Number(entries.numDeletedRows),
          },
        });
        return { ok: true as const };
      });
    },
  };
}
