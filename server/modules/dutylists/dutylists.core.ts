/** What the dutylists verbs share: scope, the version check, today, and a list's figures. */
import { type RequestContext, districtsWith } from '../../platform/access/access.ts';
import { nodeFor, readRoots } from '../../platform/access/nodes.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { ConflictError } from '../../platform/errors.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { NotifyService } from '../notify/index.ts';
import * as repo from './dutylists.repository.ts';
import { completionRate, overdue } from './dutylists.rules.ts';

/** Throws 409 when an update guarded by a version touched no row. */
export function checkUpdated(r: { numUpdatedRows: bigint } | undefined) {
  if (!r || r.numUpdatedRows === 0n) throw new ConflictError('dutylists.stale');
}

/** What the dutylists verbs are built from (passed in by the composition root). */
export interface DutylistsDeps {
  db: Db;
  auditor: Pick<Auditor, 'append'>;
  notify: Pick<NotifyService, 'send'>;
  /** Today in Shanghai (a clock the tests and the demo may set). */
  today?: () => string;
}

/** An item's fields the figures read. */
export const itemFacts = (i: repo.ItemRow) => ({
  state: i.state,
  dueOn: i.due_on,
  acceptedOn: i.accepted_on,
});

/** A list's figures as of a day: items, accepted, reported, overdue and the completion rate by then. */
export function listFigures(l: repo.ListRow, items: repo.ItemRow[], today: string) {
  const yearEnd = `${l.year}-12-31`;
  const by = today < yearEnd ? today : yearEnd;
  return {
    id: l.id,
    year: l.year,
    nodeId: l.node_id,
    nodeName: l.node_name,
    target: l.target as 'org' | 'post',
    kind: l.kind,
    holder: l.holder,
    items: items.length,
    accepted: items.filter((i) => i.state === 'accepted').length,
    submitted: items.filter((i) => i.state === 'submitted').length,
    overdue: items.filter((i) => overdue({ state: i.state, dueOn: i.due_on }, today)).length,
    completion: completionRate(items.map(itemFacts), by, today),
  };
}

export type DutylistsCore = ReturnType<typeof createDutylistsCore>;

/** Builds the shared part. */
export function createDutylistsCore(deps: DutylistsDeps) {
  const { db } = deps;
  const today = deps.today ?? (() => shanghaiDay());
  return {
    today,
    /** A node the actor may perform action on; 404 otherwise. */
    nodeFor: (ctx: RequestContext, nodeId: string, action: string, exec: Executor = db) =>
      nodeFor(exec, ctx, nodeId, action),
    /** The subtree roots to read: the node asked for (inside the scope) or the whole scope. */
    roots: (ctx: RequestContext, action: string, nodeId?: string) => readRoots(db, ctx, action, nodeId),
    /** The districts the actor works in for an action. */
    districts: (ctx: RequestContext, action: string) => districtsWith(ctx.actor, action),
    /** A year's lists in the given roots with their items (grouped by list). */
    async listsWithItems(year: number, where: Parameters<typeof repo.findLists>[2]) {
      const lists = await repo.findLists(db, year, where);
      const byDistrict = new Map<string, string[]>();
      for (const l of lists) byDistrict.set(l.district_id, [...(byDistrict.get(l.district_id) ?? []), l.id]);
      const items = new Map<string, repo.ItemRow[]>();
      for (const [d, ids] of byDistrict)
        for (const i of await repo.findItemsOfLists(db, d, ids))
          items.set(i.list_id, [...(items.get(i.list_id) ?? []), i]);
      return lists.map((l) => ({ list: l, items: items.get(l.id) ?? [] }));
    },
  };
}
