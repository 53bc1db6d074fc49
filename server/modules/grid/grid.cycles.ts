/**
 * Visit cycles as the due list and the compliance figures read them: the district's rules with the
 * paths of their nodes, and the records under some subtrees with their node, creation day and last
 * visit, in tree order.
 */
import type { Db } from '../../platform/db/db.ts';
import type { GridTree } from './grid.ports.ts';
import { shownLabel } from './grid.records.ts';
import * as recordsRepo from './grid.records.repository.ts';
import * as visitsRepo from './grid.visits.repository.ts';
import type { RegisterKind, VisitCategory } from './grid.rules.ts';

/** A record with its node, due-date inputs and the node's path. */
export type DueRecord = recordsRepo.RecordDue & { path: string; node_name: string };
/** The same, with its visits over a period. */
export type PeriodRecord = recordsRepo.RecordVisits & { path: string; node_name: string };

/** Builds the cycle reads. */
export function createCycles(deps: { db: Db; tree: Pick<GridTree, 'nodesByIds'> }) {
  const { db, tree } = deps;

  async function withNodes<R extends recordsRepo.RecordDue>(rows: R[]) {
    const nodes = new Map((await tree.nodesByIds(rows.map((r) => r.node_id))).map((n) => [n.id, n]));
    return rows
      .filter((r) => nodes.has(r.node_id))
      .map((r) => ({ ...r, path: nodes.get(r.node_id)!.path, node_name: nodes.get(r.node_id)!.name }))
      .sort((a, b) =>
        a.path < b.path ? -1 : a.path > b.path ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0,
      );
  }

  return {
    /** Every visit rule of a district, with its node's path and name. */
    async rules(districtId: string) {
      const rows = await visitsRepo.visitRulesOf(db, districtId);
      const nodes = new Map((await tree.nodesByIds(rows.map((r) => r.node_id))).map((n) => [n.id, n]));
      return rows
        .filter((r) => nodes.has(r.node_id))
        .map((r) => ({
          id: r.id,
          nodeId: r.node_id,
          nodeName: nodes.get(r.node_id)!.name,
          path: nodes.get(r.node_id)!.path,
          category: r.category as VisitCategory,
          intervalDays: r.interval_days,
        }));
    },

    /** Records under some subtrees with their last visit up to a day, in tree order then label. */
    async records(paths: string[], asOf: string, limit: number): Promise<DueRecord[]> {
      return withNodes(await recordsRepo.recordsWithLastVisit(db, paths, asOf, limit));
    },

    /** Records under some subtrees added by a period's end, with their visits over it, in tree order. */
    async recordsOver(paths: string[], from: string, to: string, limit: number): Promise<PeriodRecord[]> {
      return withNodes(await recordsRepo.recordsWithVisits(db, paths, from, to, limit));
    },
  };
}

/** The reads of visit cycles. */
export type Cycles = ReturnType<typeof createCycles>;

/** One entry of a due list or an overdue alert. */
export function dueItemOf(r: DueRecord, interval: number, dueOn: string) {
  return {
    recordId: r.id,
    kind: r.kind as RegisterKind,
    label: shownLabel(r.kind, r.label),
    nodeId: r.node_id,
    nodeName: r.node_name,
    visitCategory: r.visit_category as VisitCategory,
    intervalDays: interval,
    lastVisitedAt: r.last_day,
    dueOn,
    version: r.version,
  };
}
