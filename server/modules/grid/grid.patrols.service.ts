/**
 * Civilisation patrols 文明巡查: logging a walk (offline-safe) with what it found, each finding
 * against an assessment standard and raised as an event through the events module (or put right
 * on the spot), and the patrols under a node. A walk by the grid's head 网格长 on the grid they head
 * counts for the weekly cadence (seed 003).
 */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { ConflictError, DomainError, InvalidError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { GridEvents, GridTree } from './grid.ports.ts';
import { iso, nextGridNumber } from './grid.records.ts';
import * as gridsRepo from './grid.grids.repository.ts';
import * as patrolsRepo from './grid.patrols.repository.ts';
import * as standardsRepo from './grid.standards.repository.ts';
import { weekOf } from './grid.rules.ts';
import type { GridScope } from './grid.scope.ts';
import type { createPatrolBody, patrolView } from './grid.schemas.ts';

type Finding = Awaited<ReturnType<typeof patrolsRepo.findingsOfPatrols>>[number];

/** Builds the patrol use cases. */
export function createPatrolsService(deps: {
  db: Db;
  auditor: Auditor;
  tree: Pick<GridTree, 'findNode' | 'nodesByIds'>;
  scope: Pick<GridScope, 'nodeIn' | 'range'>;
  events: Pick<GridEvents, 'idsByPatrol' | 'report'>;
}) {
  const { db, auditor, tree, scope, events } = deps;

  /** Patrols as shown, latest first, with their findings and the events raised on each. */
  async function views(ids: string[]): Promise<z.infer<typeof patrolView>[]> {
    const rows = await patrolsRepo.patrolsByIds(db, ids);
    if (!rows.length) return [];
    const names = new Map((await tree.nodesByIds(rows.map((r) => r.node_id))).map((n) => [n.id, n.name]));
    const evs = await events.idsByPatrol(ids);
    const findings = await patrolsRepo.findingsOfPatrols(db, ids);
    return rows.map((p) => ({
      id: p.id,
      number: p.number,
      nodeId: p.node_id,
      nodeName: names.get(p.node_id) ?? '',
      userName: p.user_name,
      asHead: p.as_head,
      startedAt: iso(p.started_at)!,
      endedAt: iso(p.ended_at)!,
      note: p.note,
      eventIds: evs.get(p.id) ?? [],
      findings: findings
        .filter((f) => f.patrol_id === p.id)
        .map((f) => ({
          id: f.id,
          standardId: f.standard_id,
          code: f.code,
          text: f.text,
          projectName: f.project_name,
          note: f.note,
          eventId: f.event_id,
          rectified: f.rectified_at !== null,
        })),
    }));
  }

  /**
   * Raises, through the events module, each finding of a patrol meant as an event and not yet one.
   * Each report has its finding's key, so running this again (a replay) reports nothing twice. A
   * report refused stays pending: the patrol keeps the finding, and the next replay tries again.
   */
  async function raiseFindings(ctx: RequestContext, patrolId: string, nodeId: string) {
    const pending = (await patrolsRepo.findingsOfPatrols(db, [patrolId])).filter((f) => f.event_id);
    if (!pending.length) return;
    const raised = new Set((await events.idsByPatrol([patrolId])).get(patrolId) ?? []);
    for (const f of pending.filter((x) => !raised.has(x.event_id!))) {
      try {
        await events.report(ctx, reportOf(f, patrolId, nodeId), `grid.finding:${f.id}`);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
      }
    }
  }

  /** Logs a patrol walked at a node with its findings (client ids; a replay stores it once). */
  async function logPatrol(ctx: RequestContext, input: z.output<typeof createPatrolBody>, key?: string) {
    const actor = requirePermission(ctx, 'grid.patrol');
    if (input.endedAt < input.startedAt)
      throw new InvalidError([{ field: 'endedAt', key: 'grid.bad_track' }]);
    const node = await scope.nodeIn(actor, 'grid.patrol', input.nodeId);
    const standards = new Map(
      (
        await standardsRepo.standardsByIds(
          db,
          node.districtId,
          input.findings.map((f) => f.standardId),
        )
      ).map((s) => [s.id, s]),
    );
    const unknown = input.findings.flatMap((f, i) =>
      standards.get(f.standardId)?.active
        ? []
        : [{ field: `findings.${i}.standardId`, key: 'grid.unknown_standard' }],
    );
    if (unknown.length) throw new InvalidError(unknown);
    const startedAt = new Date(input.startedAt);
    const day = shanghaiDay(startedAt);
    await db.transaction().execute(async (trx) => {
      await withIdempotency(
        trx,
        { userId: actor.userId, key: key ? `grid.patrol:${key}` : undefined, payload: input },
        async () => {
          const existing = (await patrolsRepo.patrolOwners(trx, [input.id]))[0];
          if (existing) {
            if (existing.user_id !== actor.userId) throw new ConflictError('grid.id_taken');
            return { id: input.id };
          }
          // the walk counts for the weekly cadence when its head walks the grid they head that day
          const headed = await gridsRepo.assignedNodeIds(trx, actor.userId, day, ['head']);
          const number = await nextGridNumber(trx, tree, node.districtId, 'patrol', day);
          await patrolsRepo.insertPatrol(trx, {
            district_id: node.districtId,
            id: input.id,
            node_id: node.id,
            user_id: actor.userId,
            user_name: actor.displayName,
            started_at: startedAt,
            ended_at: new Date(input.endedAt),
            track: JSON.stringify(input.track),
            note: input.note,
            number,
            as_head: headed.includes(node.id),
            week: weekOf(day),
          });
          await patrolsRepo.insertFindings(
            trx,
            input.findings.map((f) => ({
              district_id: node.districtId,
              id: f.id,
              patrol_id: input.id,
              node_id: node.id,
              standard_id: f.standardId,
              note: f.note,
              event_id: f.raise && !f.rectified ? (f.eventId ?? uuidv7()) : null,
              rectified_at: f.rectified ? startedAt : null,
              lat: f.position?.lat ?? null,
              lng: f.position?.lng ?? null,
            })),
          );
          await auditor.append(trx, ctx, {
            action: 'grid.patrol',
            objectType: 'grid_patrol',
            objectId: input.id,
            districtId: node.districtId,
            detail: { nodeId: node.id, findings: input.findings.length, asHead: headed.includes(node.id) },
          });
          return { id: input.id };
        },
      );
    });
    await raiseFindings(ctx, input.id, node.id);
    return (await views([input.id]))[0];
  }

  return {
    logPatrol,

    /** Patrols under a node started within a period (days, Asia/Shanghai), latest first. */
    async patrols(ctx: RequestContext, q: { nodeId: string; from?: string; to?: string }) {
      const n = await scope.range(ctx, q.nodeId);
      const from = q.from ? new Date(q.from + 'T00:00:00+08:00') : undefined;
      const to = q.to ? new Date(Date.parse(q.to + 'T00:00:00+08:00') + 86400_000) : undefined;
      return views(await patrolsRepo.patrolIdsUnder(db, n.districtId, n.path, from, to, 500));
    },
  };

  /** The event a finding is raised as: at the patrol's grid, titled by its standard. */
  function reportOf(f: Finding, patrolId: string, nodeId: string) {
    return {
      id: f.event_id!,
      nodeId,
      category: (f.category ?? 'other') as Parameters<GridEvents['report']>[1]['category'],
      level: 1 as const,
      title: `【${f.code}】${f.text}`.slice(0, 100),
      description: f.note,
      address: '',
      position: f.lat !== null && f.lng !== null ? { lat: f.lat, lng: f.lng } : null,
      reporterKind: 'patrol' as const,
      patrolId,
    };
  }
}
