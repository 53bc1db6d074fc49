/**
 * What every family of academy verbs shares: the scope rules (managers and teachers act in their
 * subtree; an academy on a street or district serves the secretaries below it), nodes and classes
 * the actor may reach (404 otherwise), and notices.
 */
import { roleCan, type Actor, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor, readRoots, rowFor } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import type { PiiCipher } from '../../platform/pii/pii.ts';
import type { GroupRule } from '../assessment/index.ts';
import type { NotificationInput, NotifyService } from '../notify/index.ts';
import * as classesRepo from './training.classes.repository.ts';
import * as examsRepo from './training.exams.repository.ts';
import { academyServes } from './training.rules.ts';

/** What the academy's services are built from. */
export interface TrainingDeps {
  db: Db;
  auditor: Pick<Auditor, 'append' | 'record'>;
  notify: Pick<NotifyService, 'send'>;
  pii: PiiCipher;
  /** The tracks (assessment's groups) and the district's cadres, for the plans per track; none: no tracks. */
  tracks?: TracksPort;
}

/** A cadre as the track plans read them (from people's cadre reader). */
export interface TrackCadre {
  personId: string;
  name: string;
  unitNodeId: string;
  post: string;
  grade: string;
  birthYear: number;
}

/** What the plans per track read from other modules, passed in by the composition root. */
export interface TracksPort {
  /** The district's groups 领航、雏鹰、常青藤 as assessment's settings hold them. */
  groups(districtId: string): Promise<GroupRule[]>;
  /** The district's cadres, or only these persons. */
  cadres(districtId: string, personIds?: string[]): Promise<TrackCadre[]>;
}

export type TrainingCore = ReturnType<typeof createTrainingCore>;

/** The grant paths of the actor's roles that may perform action. */
export function grantPaths(actor: Actor | null, action: string): string[] {
  return actor ? actor.grants.filter((g) => roleCan(g.role, action)).map((g) => g.path) : [];
}

/** Whether the actor may perform action on a node serving them (inside or above their grants). */
export function serves(actor: Actor | null, action: string, path: string): boolean {
  return academyServes(grantPaths(actor, action), path);
}

/**
 * A row (with its node's path) serving the actor for action: 403 without the permission, 404 when
 * absent or not serving them (the academy's rowFor: on or above their grants, not only inside).
 */
function served<R extends { path: string }>(
  ctx: RequestContext,
  action: string,
  find: () => Promise<R | undefined>,
): Promise<R> {
  return rowFor(ctx, action, find, serves);
}

/** Builds the shared part of the academy's services. */
export function createTrainingCore(deps: TrainingDeps) {
  const { db } = deps;

  /** A node where the actor may run the academy (manage/teach: inside their subtree). */
  const managedNode = (ctx: RequestContext, id: string, action: string) => nodeFor(db, ctx, id, action);

  /** A class the actor may see (it serves them), locked when lock. */
  const visibleClass = (ctx: RequestContext, id: string, action: string, exec: Executor = db, lock = false) =>
    served(ctx, action, () => classesRepo.findClass(exec, id, lock));

  /** An exam the actor may see (it serves them). */
  const visibleExam = (ctx: RequestContext, id: string, action: string) =>
    served(ctx, action, () => examsRepo.findExam(db, id));

  /** The subtree roots to read: the node asked for (in or above the scope) or the whole scope. */
  const roots = (ctx: RequestContext, action: string, nodeId?: string) =>
    readRoots(db, ctx, action, nodeId, serves);

  /** Sends notices inside the change's transaction. */
  const tell = (trx: Executor, items: NotificationInput[]) =>
    items.length ? deps.notify.send(trx, items) : Promise.resolve(0);

  return { managedNode, served, visibleClass, visibleExam, roots, tell };
}
