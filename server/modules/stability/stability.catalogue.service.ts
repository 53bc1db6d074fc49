/**
 * A district's catalogue of risk sources 风险源目录 (seed 003: 重大决策社会风险源分析与识别机制) by the
 * five dimensions, imported from Excel (dry run, per-row errors; sources already there skipped),
 * the defaults shown until a district imports its own; and the district's opposition thresholds.
 */
import type { z } from 'zod';
import { can, requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeFor } from '../../platform/access/nodes.ts';
import type { Executor } from '../../platform/db/db.ts';
import { ConflictError, InvalidError, NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { uuidv7 } from '../../platform/ids.ts';
import {
  importRegister,
  rowChecks,
  type ColumnSpec,
  type TableRead,
  codeOfCell,
} from '../../platform/sheets/index.ts';
import { thresholdsOf, type StabilityDeps } from './stability.core.ts';
import * as repo from './stability.repository.ts';
import { DEFAULT_SOURCES, DIMENSIONS, type Dimension } from './stability.rules.ts';
import type { thresholdsBody } from './stability.schemas.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 2_000;

const COLUMNS = [
  { key: 'dimension', label: '维度', synonyms: ['风险维度', 'Dimension'], required: true },
  { key: 'name', label: '风险源', synonyms: ['风险点', 'Source', 'Name'], required: true },
  { key: 'hint', label: '说明', synonyms: ['识别要点', 'Hint', 'Note'] },
] as const satisfies readonly ColumnSpec[];

/** What one import row does. */
export interface SourceRow {
  row: number;
  dimension: string;
  name: string;
  action: 'add' | 'skip';
}

/** The dimension a cell names (its key, or its name in either language), or null. */
function dimensionOf(text: string): Dimension | null {
  return codeOfCell(DIMENSIONS, 'stability.dimension', text);
}

/** Builds the catalogue verbs. */
export function createCatalogueService(deps: StabilityDeps) {
  const { db, auditor } = deps;

  /** The district a node asked for (or the actor's first) lies in, checked for action. */
  async function districtFor(ctx: RequestContext, action: string, nodeId?: string) {
    const actor = requirePermission(ctx, action);
    const id = nodeId ?? actor.grants.find((g) => can(actor, action, g.path))!.districtId;
    const n = await repo.findNode(db, id);
    if (!n) throw new NotFoundError();
    const district = await repo.findNode(db, n.district_id);
    if (!district || !actor.grants.some((g) => g.districtId === district.id && can(actor, action, g.path)))
      throw new NotFoundError();
    return district;
  }

  async function plan(exec: Executor, ctx: RequestContext, districtId: string, table: TableRead) {
    const have = new Set((await repo.findSources(exec, districtId)).map((s) => `${s.dimension}/${s.name}`));
    const seen = new Map<string, number>();
    const rows: SourceRow[] = [];
    const adds: { dimension: Dimension; name: string; hint: string }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'stability.import',
        r,
        errors,
      );
      const dimText = text('dimension', 20, true);
      const name = text('name', 100, true);
      const hint = text('hint', 500) ?? '';
      const dimension = dimText ? dimensionOf(dimText) : null;
      if (dimText && !dimension) bad('dimension', 'stability.import.unknown_dimension', { value: dimText });
      if (errors.length > before || !dimension || !name) continue;
      const k = `${dimension}/${name}`;
      const earlier = seen.get(k);
      if (earlier) {
        bad('name', 'stability.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(k, r.row);
      const action = have.has(k) ? 'skip' : 'add';
      rows.push({ row: r.row, dimension, name, action });
      if (action === 'add') adds.push({ dimension, name, hint });
    }
    return { rows, adds, errors };
  }

  return {
    /** The catalogue and thresholds of a district (the defaults while it has none of its own). */
    async catalogue(ctx: RequestContext, q: { nodeId?: string }) {
      const district = await districtFor(ctx, 'stability.read', q.nodeId);
      const [own, th] = await Promise.all([repo.findSources(db, district.id), thresholdsOf(db, district.id)]);
      return {
        districtId: district.id,
        defaults: own.length === 0,
        sources: own.length
          ? own.map((s) => ({ id: s.id, dimension: s.dimension as Dimension, name: s.name, hint: s.hint }))
          : DEFAULT_SOURCES.map((s) => ({ id: null, ...s, hint: '' })),
        thresholds: th,
        can: { manage: can(ctx.actor, 'stability.catalogue', district.path) },
      };
    },

    /** Sets a district's opposition thresholds (high ≥ mid), at the version read (0: never set). */
    async setThresholds(ctx: RequestContext, b: z.infer<typeof thresholdsBody>) {
      const n = await nodeFor(db, ctx, b.nodeId, 'stability.catalogue');
      if (n.id !== n.district_id)
        throw new InvalidError([{ field: 'nodeId', key: 'stability.not_district' }]);
      if (b.oppositionMidPct > b.oppositionHighPct)
        throw new InvalidError([{ field: 'oppositionMidPct', key: 'stability.thresholds_order' }]);
      const set = { opposition_high_pct: b.oppositionHighPct, opposition_mid_pct: b.oppositionMidPct };
      await db.transaction().execute(async (trx) => {
        const done =
          b.version === 0
            ? await repo.insertSettings(trx, { district_id: n.id, ...set })
            : (await repo.updateSettings(trx, n.id, b.version, set)) > 0n;
        if (!done) throw new ConflictError('stability.stale');
        await auditor.append(trx, ctx, {
          action: 'stability.thresholds',
          objectType: 'stability_settings',
          objectId: n.id,
          districtId: n.id,
          detail: set,
        });
      });
      return { ok: true as const };
    },

    /** Imports risk sources into a district's catalogue; dryRun only says what would happen. */
    async importCatalogue(ctx: RequestContext, nodeId: string, file: Buffer, dryRun: boolean) {
      const n = await nodeFor(db, ctx, nodeId, 'stability.catalogue');
      if (n.id !== n.district_id)
        throw new InvalidError([{ field: 'nodeId', key: 'stability.not_district' }]);
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, n.id, table),
        async (trx, p) => {
          for (const a of p.adds) await repo.insertSource(trx, { district_id: n.id, id: uuidv7(), ...a });
          await auditor.append(trx, ctx, {
            action: 'stability.catalogue.import',
            objectType: 'stability_catalogue',
            objectId: n.id,
            districtId: n.id,
            detail: { added: p.adds.length },
          });
        },
      );
    },
  };
}
