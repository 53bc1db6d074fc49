/**
 * Offline replay: a phone's queue of visits, patrols, record edits and event reports, applied in
 * order, each op in its own transaction under its own Idempotency-Key, so a replay (or a retry
 * after the server died mid-batch) applies each op exactly once. A version conflict answers the
 * server's copy and overwrites nothing.
 */
import type { z } from 'zod';
import type { RequestContext } from '../../platform/access/access.ts';
import type { Db } from '../../platform/db/db.ts';
import { DomainError, NotFoundError } from '../../platform/errors.ts';
import { StaleEventError } from '../events/index.ts';
import type { GridEvents } from './grid.ports.ts';
import { StaleRecordError } from './grid.records.ts';
import type { createPatrolsService } from './grid.patrols.service.ts';
import type { createRegistersService } from './grid.registers.service.ts';
import * as syncRepo from './grid.sync.repository.ts';
import type { createVisitsService } from './grid.visits.service.ts';
import type { syncBody, syncResult } from './grid.schemas.ts';

type Op = z.output<typeof syncBody>['ops'][number];

/**
 * The Idempotency-Key under which an op's verb stores its claim, to tell a first run from a replay:
 * grid's own verbs by grid's prefixes, event ops as the events module says it stores them.
 */
export function storedKeyOf(op: Op, events: Pick<GridEvents, 'storedKeyOf'>): string {
  if (op.kind === 'event.create') return events.storedKeyOf('report', op.key);
  if (op.kind === 'event.transition') return events.storedKeyOf('transition', op.key);
  const prefix = {
    'visit.create': 'grid.visit',
    'patrol.create': 'grid.patrol',
    'record.update': 'grid.record.update',
  }[op.kind];
  return `${prefix}:${op.key}`;
}

/** One op's outcome before it is written out: a domain error travels as is, the route renders it. */
export type SyncOutcome = Omit<z.infer<typeof syncResult>, 'body'> & { body?: unknown; error?: DomainError };

/** Builds the offline replay. */
export function createSyncService(deps: {
  db: Db;
  events: Pick<GridEvents, 'report' | 'transition' | 'storedKeyOf'>;
  verbs: Pick<ReturnType<typeof createVisitsService>, 'recordVisit'> &
    Pick<ReturnType<typeof createPatrolsService>, 'logPatrol'> &
    Pick<ReturnType<typeof createRegistersService>, 'updateRecord'>;
}) {
  const { db, events, verbs } = deps;
  return {
    /** Replays a phone's queue in order; each op answers ok, replayed, conflict (with the server copy) or error. */
    async sync(ctx: RequestContext, input: z.output<typeof syncBody>): Promise<{ results: SyncOutcome[] }> {
      if (!ctx.actor) throw new NotFoundError();
      const userId = ctx.actor.userId;
      const results: SyncOutcome[] = [];
      for (const op of input.ops) {
        const seen = await syncRepo.idempotencyClaimOf(db, userId, storedKeyOf(op, events));
        try {
          let body: unknown;
          if (op.kind === 'visit.create') body = await verbs.recordVisit(ctx, op.body, op.key);
          else if (op.kind === 'event.create') body = await events.report(ctx, op.body, op.key);
          else if (op.kind === 'event.transition')
            body = await events.transition(ctx, op.id, op.body, op.key);
          else if (op.kind === 'patrol.create') body = await verbs.logPatrol(ctx, op.body, op.key);
          else body = await verbs.updateRecord(ctx, op.registerKind as never, op.id, op.body, op.key);
          results.push({ key: op.key, status: seen ? 'replayed' : 'ok', httpStatus: 200, body });
        } catch (e) {
          if (e instanceof StaleEventError || e instanceof StaleRecordError)
            results.push({ key: op.key, status: 'conflict', httpStatus: 409, error: e, current: e.current });
          else if (e instanceof DomainError)
            results.push({ key: op.key, status: 'error', httpStatus: e.status, error: e });
          else throw e;
        }
      }
      return { results };
    },
  };
}
