/** What the contests services share: dependencies, the districts an actor reads, and who sees what of a contest. */
import { can, roleCan, type Actor, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './contests.repository.ts';
import { ownUnit, type Weights } from './contests.rules.ts';

/** The services the contests module uses, and its clock (the demo plays a past year through it). */
export interface ContestsDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  /** An account by username, with its grants (judges are named by username). */
  actorByUsername: (username: string) => Promise<Actor | null>;
  /** The accounts that may judge in a district (org_officer or cadre there), with the paths of their grants there. */
  judgeCandidates: (districtId: string) => Promise<JudgeCandidate[]>;
  /** Today in Asia/Shanghai, YYYY-MM-DD. */
  today?: () => string;
}

/** An account the set-up page offers as a judge, with the paths of its grants in the district. */
export interface JudgeCandidate {
  userId: string;
  username: string;
  displayName: string;
  paths: string[];
}

/** The contests core: deps with the clock filled in. */
export type ContestsCore = Required<ContestsDeps>;

/** Fills in the clock. */
export function contestsCore(deps: ContestsDeps): ContestsCore {
  return { ...deps, today: deps.today ?? (() => shanghaiDay()) };
}

/** The districts where the actor may perform action (contests are district-wide). */
export function districtsOf(actor: Actor | null, action: string): string[] {
  if (!actor) return [];
  return [...new Set(actor.grants.filter((g) => roleCan(g.role, action)).map((g) => g.districtId))];
}

/** A contest the actor may read (its district), else 404. */
export async function readableContest(core: ContestsCore, ctx: RequestContext, id: string, lock = false) {
  const c = await repo.findContest(core.db, id, lock);
  if (!c || !districtsOf(ctx.actor, 'contests.read').includes(c.district_id)) throw new NotFoundError();
  return c;
}

/** What the actor is in a contest: its manager, a judge, the officer of some units. */
export async function roleIn(
  core: ContestsCore,
  ctx: RequestContext,
  c: { id: string; district_id: string; path: string },
) {
  const actor = ctx.actor!;
  const [units, judges] = await Promise.all([
    repo.findUnits(core.db, c.district_id, c.id),
    repo.findJudges(core.db, c.district_id, c.id),
  ]);
  const judge = can(actor, 'contests.judge') && judges.some((j) => j.user_id === actor.userId);
  return {
    units,
    judges,
    manage: can(actor, 'contests.manage', c.path),
    judge,
    myUnits: units.filter((u) => can(actor, 'contests.enter', u.path)).map((u) => u.id),
    /** Units whose entries this judge may not score (their own). */
    ownUnits: units
      .filter((u) =>
        ownUnit(
          actor.grants.map((g) => g.path),
          u.path,
        ),
      )
      .map((u) => u.id),
  };
}

/** A contest's weights as stored. */
export const weightsOf = (w: unknown) => w as Weights;
