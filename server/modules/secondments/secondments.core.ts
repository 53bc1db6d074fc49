/**
 * What every family of secondment verbs shares: the dependencies, who may see a batch or an
 * assignment (the organisation department in its subtree, the street its own cadres, the cadre
 * their own; 404 otherwise), the views, and the district's cadres with their standing.
 */
import type { z } from 'zod';
import { can, requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotificationInput, NotifyService } from '../notify/index.ts';
import * as repo from './secondments.repository.ts';
import {
  completion,
  phaseOf,
  ratingOpen,
  standingOf,
  weeklyLogDue,
  type CadreStanding,
  type Rating,
} from './secondments.rules.ts';
import type { assignmentView, batchView } from './secondments.schemas.ts';

/** A cadre as this module reads them from the people register (through a port). */
export interface SecondmentCadre {
  personId: string;
  name: string;
  unitNodeId: string;
  post: string;
  postSince: string;
}

/** What the secondment services are built from. */
export interface SecondmentsDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  /** The district's cadres (people's register: unit, post, the date of the post). */
  cadres: {
    cadresOf(districtId: string, f?: { personIds?: string[] }): Promise<SecondmentCadre[]>;
  };
  /** The accounts of some persons (to tell a cadre); absent: cadres are not told by name. */
  accountsOf?: (districtId: string, personIds: string[]) => Promise<Map<string, string>>;
  /** Today's Asia/Shanghai day (tests and the demo fix it). */
  today?: () => string;
}

export type SecondmentsCore = ReturnType<typeof createSecondmentsCore>;

/** Builds the shared part of the secondment services. */
export function createSecondmentsCore(deps: SecondmentsDeps) {
  const { db } = deps;
  const today = () => (deps.today ?? (() => shanghaiDay()))();

  /** Whether the actor is the organisation department over a batch (its node in their subtree). */
  const manages = (ctx: RequestContext, b: { path: string }) => can(ctx.actor, 'secondments.manage', b.path);
  /** Whether the actor is the street office of a street. */
  const hosts = (ctx: RequestContext, streetPath: string) => can(ctx.actor, 'secondments.host', streetPath);
  /** Whether the actor is the cadre of an assignment. */
  const isCadre = (ctx: RequestContext, a: { person_id: string }) =>
    !!ctx.actor?.personId && ctx.actor.personId === a.person_id && can(ctx.actor, 'secondments.log');

  /** A batch the actor may see: they run it or host one of its streets (404 otherwise). */
  async function visibleBatch(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
    requirePermission(ctx, 'secondments.read');
    const b = await repo.findBatch(exec, id, lock);
    if (!b) throw new NotFoundError();
    if (manages(ctx, b)) return b;
    const streets = await repo.findStreets(exec, [b.id]);
    if (streets.some((s) => hosts(ctx, s.path))) return b;
    throw new NotFoundError();
  }

  /** An assignment the actor may see: their batch, their street, or their own (404 otherwise). */
  async function visibleAssignment(ctx: RequestContext, id: string, exec: Executor = db, lock = false) {
    requirePermission(ctx, 'secondments.read');
    const a = await repo.findAssignment(exec, id, lock);
    if (!a || !(manages(ctx, { path: a.batch_path }) || hosts(ctx, a.street_path) || isCadre(ctx, a)))
      throw new NotFoundError();
    return a;
  }

  /** An assignment as the actor sees it. */
  const assignmentOut = (ctx: RequestContext, a: repo.AssignmentRow): z.infer<typeof assignmentView> => {
    const b = { startsOn: a.starts_on, endsOn: a.ends_on };
    const day = today();
    const phase = phaseOf(b, day);
    const own = isCadre(ctx, a);
    const host = hosts(ctx, a.street_path);
    return {
      id: a.id,
      batchId: a.batch_id,
      batchName: a.batch_name,
      workKind: a.work_kind,
      startsOn: a.starts_on,
      endsOn: a.ends_on,
      phase,
      streetId: a.street_id,
      streetName: a.street_name,
      personId: a.person_id,
      name: a.person_name,
      unitName: a.unit_name,
      post: a.post,
      rating: (a.rating as Rating | null) ?? null,
      ratingComment: a.rating_comment,
      ratedAt: a.rated_at ? new Date(a.rated_at).toISOString() : null,
      workEntries: a.work_entries,
      weeksLogged: a.weeks.length,
      weeklyLogDue: weeklyLogDue(b, a.weeks, day),
      version: a.version,
      can: {
        work: host && phase !== 'upcoming',
        rate: host && ratingOpen(b, day),
        log: own && phase === 'running',
      },
    };
  };

  /** A batch with the streets the actor sees (all when they run it, else those they host). */
  async function batchOut(ctx: RequestContext, b: repo.BatchRow): Promise<z.infer<typeof batchView>> {
    const all = manages(ctx, b);
    const [streets, progress] = await Promise.all([
      repo.findStreets(db, [b.id]),
      repo.findProgress(db, [b.id]),
    ]);
    const dates = { startsOn: b.starts_on, endsOn: b.ends_on };
    return {
      id: b.id,
      nodeId: b.node_id,
      name: b.name,
      workKind: b.work_kind,
      startsOn: b.starts_on,
      endsOn: b.ends_on,
      phase: phaseOf(dates, today()),
      ratingOpen: ratingOpen(dates, today()),
      streets: streets
        .filter((s) => all || hosts(ctx, s.path))
        .map((s) => {
          const p = progress
            .filter((x) => x.street_id === s.street_id)
            .map((x) => ({
              on: x.recorded_on,
              target: Number(x.target),
              done: Number(x.done),
              completion: completion(Number(x.target), Number(x.done)) ?? 0,
            }));
          const last = p.at(-1);
          return {
            streetId: s.street_id,
            streetName: s.street_name,
            unit: s.unit,
            cadres: s.cadres,
            target: last?.target ?? null,
            done: last?.done ?? null,
            completion: last?.completion ?? null,
            progress: p,
            hosts: hosts(ctx, s.path),
          };
        }),
      can: { manage: all },
    };
  }

  /**
   * The cadres of a district whose unit is under a node, with their standing (completed, assigned,
   * due, not due) from their post's date and their secondments.
   */
  async function cadresWithStanding(
    districtId: string,
    underPath: string,
  ): Promise<(SecondmentCadre & { unitName: string; standing: CadreStanding })[]> {
    const cadres = await deps.cadres.cadresOf(districtId);
    const units = new Map(
      (await repo.findNodes(db, [...new Set(cadres.map((c) => c.unitNodeId))])).map((n) => [n.id, n]),
    );
    const mine = cadres.filter((c) => units.get(c.unitNodeId)?.path.startsWith(underPath));
    const assignments = await repo.findAssignments(db, {
      districtId,
      personIds: mine.map((c) => c.personId),
      limit: 100_000,
    });
    const day = today();
    return mine.map((c) => ({
      ...c,
      unitName: units.get(c.unitNodeId)?.name ?? '',
      standing: standingOf(
        c.postSince,
        assignments
          .filter((a) => a.person_id === c.personId)
          .map((a) => ({ startsOn: a.starts_on, endsOn: a.ends_on })),
        day,
      ),
    }));
  }

  /** Sends notices inside the change's transaction. */
  const tell = (trx: Executor, items: NotificationInput[]) =>
    items.length ? deps.notify.send(trx, items) : Promise.resolve(0);

  /** The subtree filters of the actor's roles: batches run, streets hosted. */
  const scopes = (ctx: RequestContext) => ({
    managePaths: scopePaths(ctx.actor, 'secondments.manage'),
    hostPaths: scopePaths(ctx.actor, 'secondments.host'),
    streetsIn: (column: string) => nodeInPaths(column, scopePaths(ctx.actor, 'secondments.host')),
  });

  return {
    today,
    manages,
    hosts,
    isCadre,
    visibleBatch,
    visibleAssignment,
    assignmentOut,
    batchOut,
    cadresWithStanding,
    tell,
    scopes,
  };
}
