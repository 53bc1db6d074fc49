/** Registers 台账: listing, adding and correcting records (version checked, with history), and the Excel export. */
import type { z } from 'zod';
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import type { Auditor } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { InvalidError } from '../../platform/errors.ts';
import { withIdempotency } from '../../platform/idempotency.ts';
import { t } from '../../platform/i18n.ts';
import { uuidv7 } from '../../platform/ids.ts';
import { writeWorkbook, type OutCell } from '../../platform/sheets/index.ts';
import { maskName } from '../../platform/pii/pii.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { GridTree } from './grid.ports.ts';
import { iso, maskedAttrs, REGISTER_LEVELS, type RecordKit } from './grid.records.ts';
import * as recordsRepo from './grid.records.repository.ts';
import { CELL_WORDS, REGISTER_COLUMNS, type RegisterKind } from './grid.rules.ts';
import type { GridScope } from './grid.scope.ts';
import type { createRecordBody, recordQuery, updateRecordBody } from './grid.schemas.ts';

/** Builds the register use cases. */
export function createRegistersService(deps: {
  db: Db;
  auditor: Auditor;
  tree: Pick<GridTree, 'nodesByIds'>;
  scope: Pick<GridScope, 'nodeIn' | 'range'>;
  records: RecordKit;
}) {
  const { db, auditor, tree, scope, records } = deps;

  async function viewById(kind: RegisterKind, id: string) {
    const r = await recordsRepo.recordById(db, id, kind);
    return (await records.views([r!]))[0];
  }

  /** Adds a record (client id optional; idempotent with a key). */
  async function createRecord(
    ctx: RequestContext,
    kind: RegisterKind,
    input: z.output<typeof createRecordBody>,
    key?: string,
  ) {
    const actor = requirePermission(ctx, 'grid.collect');
    const prep = records.prepare(kind, input.attrs);
    if ('problems' in prep) throw new InvalidError([...prep.problems]);
    const id = input.id ?? uuidv7();
    const node = await scope.nodeIn(actor, 'grid.collect', input.nodeId);
    if (!REGISTER_LEVELS.includes(node.level))
      throw new InvalidError([{ field: 'nodeId', key: 'grid.not_register_node' }]);
    await db.transaction().execute(async (trx) => {
      await withIdempotency(
        trx,
        { userId: actor.userId, key: key ? `grid.record:${key}` : undefined, payload: { kind, ...input } },
        async () => {
          await records.insert(trx, actor, node, kind, id, prep, 'create');
          await auditor.append(trx, ctx, {
            action: 'grid.record.create',
            objectType: 'grid_record',
            objectId: id,
            districtId: node.districtId,
            detail: {
              kind,
              nodeId: node.id,
              label: kind === 'population' ? maskName(prep.label) : prep.label,
            },
          });
          return { id };
        },
      );
    });
    return viewById(kind, id);
  }

  /** Corrects a record, checking the version the client saw (409 with the server copy). */
  async function updateRecord(
    ctx: RequestContext,
    kind: RegisterKind,
    id: string,
    input: z.output<typeof updateRecordBody>,
    key?: string,
  ) {
    const actor = requirePermission(ctx, 'grid.collect');
    await db.transaction().execute(async (trx) => {
      await withIdempotency(
        trx,
        {
          userId: actor.userId,
          key: key ? `grid.record.update:${key}` : undefined,
          payload: { kind, id, ...input },
        },
        async () => {
          const r = await records.visible(trx, actor, 'grid.collect', id, kind, true);
          if (r.version !== input.version) throw await records.stale(r);
          await records.change(trx, actor, r, input.attrs, null);
          await auditor.append(trx, ctx, {
            action: 'grid.record.update',
            objectType: 'grid_record',
            objectId: id,
            districtId: r.district_id,
            detail: { kind, fields: Object.keys(input.attrs) },
          });
          return { id };
        },
      );
    });
    return viewById(kind, id);
  }

  return {
    createRecord,
    updateRecord,

    /** A page of a register under a node (label search), with the total. */
    async records(ctx: RequestContext, kind: RegisterKind, q: z.output<typeof recordQuery>) {
      const n = await scope.range(ctx, q.nodeId);
      const total = await recordsRepo.recordCountUnder(db, n.districtId, kind, n.path, q.q);
      const rows = await recordsRepo.recordPageUnder(db, n.districtId, kind, n.path, q.q, q.limit, q.offset);
      return { total, items: await records.views(rows) };
    },

    /** A record's change history, oldest first, personal fields masked. */
    async history(ctx: RequestContext, kind: RegisterKind, id: string) {
      const actor = requirePermission(ctx, 'grid.read');
      const r = await records.visible(db, actor, 'grid.read', id, kind);
      const rows = await recordsRepo.historyOf(db, r.district_id, id);
      return rows.map((h) => ({
        at: iso(h.at)!,
        actorName: maskName(h.actor_name),
        change: h.change as 'create' | 'update' | 'verify' | 'import',
        before: h.before ? maskedAttrs(kind, h.before as Record<string, unknown>) : null,
        after: maskedAttrs(kind, h.after as Record<string, unknown>),
        visitId: h.visit_id,
      }));
    },

    /** A register under a node as .xlsx (personal fields masked, formula-like text neutralised), audited. */
    async exportRecords(ctx: RequestContext, kind: RegisterKind, nodeId: string) {
      const n = await scope.range(ctx, nodeId);
      const rows = await recordsRepo.recordsForExport(db, n.districtId, kind, n.path, 200000);
      const nodes = new Map((await tree.nodesByIds(rows.map((r) => r.node_id))).map((x) => [x.id, x]));
      rows.sort((a, b) => {
        const pa = nodes.get(a.node_id)?.path ?? '';
        const pb = nodes.get(b.node_id)?.path ?? '';
        return pa < pb ? -1 : pa > pb ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
      });
      const words = Object.fromEntries(Object.entries(CELL_WORDS).map(([k, v]) => [v, k]));
      const cols = REGISTER_COLUMNS[kind];
      const buf = await writeWorkbook([
        {
          name: t(ctx.lang, `grid.register.${kind}`),
          columns: [
            ...cols.map((c) => ({
              key: c.key,
              header: c.label,
              type: c.type === 'number' ? ('number' as const) : undefined,
            })),
            { key: '_node', header: '所属网格' },
            { key: '_visited', header: '最近走访' },
          ],
          rows: rows.map((r) => {
            const a = maskedAttrs(kind, r.attrs as Record<string, unknown>);
            const out: Record<string, OutCell> = {};
            for (const c of cols) {
              const v = a[c.key];
              out[c.key] =
                typeof v === 'boolean'
                  ? v
                    ? '是'
                    : '否'
                  : typeof v === 'string'
                    ? (words[v] ?? v)
                    : typeof v === 'number'
                      ? v
                      : '';
            }
            out._node = nodes.get(r.node_id)?.name ?? '';
            out._visited = r.last_visited_at ? shanghaiDay(new Date(r.last_visited_at)) : '';
            return out;
          }),
        },
      ]);
      await auditor.record(ctx, {
        action: 'grid.export',
        objectType: 'grid_register',
        objectId: kind,
        districtId: n.districtId,
        detail: { nodeId, rows: rows.length },
      });
      return buf;
    },
  };
}
