/**
 * The studios register in from Excel or CSV, in the export's columns: each row a studio at the
 * district, a street or a community the officer handles, with its staff on duty as names (phones are
 * entered on the form, not through files). Every row is checked first; a file with a bad row changes
 * nothing (422, a message per row and column). A studio already there (same place, same name) is
 * skipped, so a repeated import adds nothing. dryRun only says what would happen.
 */
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Executor } from '../../platform/db/db.ts';
import type { FieldProblem } from '../../platform/errors.ts';
import {
  importPlaces,
  importRegister,
  rowChecks,
  type ColumnSpec,
  type TableRead,
  codeOfCell,
  placeNamed,
} from '../../platform/sheets/index.ts';
import type { PetitionsDeps } from './petitions.core.ts';
import * as repo from './petitions.repository.ts';
import { STUDIO_KINDS, type StudioKind } from './petitions.rules.ts';
import { setUpStudio } from './petitions.studios.service.ts';

export const IMPORT_MAX_ROWS = 2_000;

const COLUMNS = [
  { key: 'node', label: '所在', synonyms: ['所在地', '街道/社区', 'Place'], required: true },
  { key: 'name', label: '工作室', synonyms: ['名称', '工作室名称', 'Studio', 'Name'], required: true },
  { key: 'kind', label: '类型', synonyms: ['Kind', 'Type'], required: true },
  { key: 'hours', label: '开放时间', synonyms: ['Hours'] },
  { key: 'staff', label: '值班人员', synonyms: ['律师', '咨询师', 'Staff'] },
] as const satisfies readonly ColumnSpec[];

const key = (nodeId: string, name: string) => `${nodeId}\u0000${name}`;

/** A studio kind from a cell: the code, or its label in either language. */
function kindOf(text: string): StudioKind | null {
  return codeOfCell(STUDIO_KINDS, 'petitions.kind', text);
}

/** Builds the studios import on the register's own create path. */
export function createStudiosImport(deps: PetitionsDeps) {
  const { db } = deps;

  async function plan(exec: Executor, ctx: RequestContext, table: TableRead) {
    const paths = scopePaths(ctx.actor, 'petitions.studios');
    const places = await importPlaces(exec, nodeInPaths('n.id', paths), ['district', 'street', 'community']);
    const existing = new Set(
      (await repo.studioNames(exec, nodeInPaths('s.node_id', paths))).map((s) => key(s.node_id, s.name)),
    );
    const seen = new Map<string, number>();
    const rows: { row: number; node: string; name: string; kind: StudioKind; action: 'add' | 'skip' }[] = [];
    const adds: { row: number; node: (typeof places)[number]; body: Parameters<typeof setUpStudio>[4] }[] =
      [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'petitions.import',
        r,
        errors,
      );
      const nodeText = text('node', 100, true);
      const name = text('name', 60, true);
      const kindText = text('kind', 20, true);
      const hours = text('hours', 200);
      const staffText = text('staff', 600);
      const kind = kindText ? kindOf(kindText) : null;
      if (kindText && !kind) bad('kind', 'petitions.import.unknown_kind', { value: kindText.slice(0, 20) });
      const staff = (staffText ?? '')
        .split(/[、,，;；]/)
        .map((s) => s.trim())
        .filter(Boolean);
      if (staff.length > 30 || staff.some((s) => s.length > 40)) bad('staff', 'petitions.import.bad_staff');
      const place = placeNamed(places, nodeText);
      if (nodeText && !place) bad('node', 'petitions.import.unknown_node', { name: nodeText.slice(0, 50) });
      if (errors.length > before || !name || !kind || !place) continue;
      const k = key(place.id, name);
      const earlier = seen.get(k);
      if (earlier) {
        bad('name', 'petitions.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(k, r.row);
      const action = existing.has(k) ? 'skip' : 'add';
      rows.push({ row: r.row, node: place.name, name, kind, action });
      if (action === 'add')
        adds.push({
          row: r.row,
          node: place,
          body: {
            nodeId: place.id,
            kind,
            name,
            hours: hours ?? '',
            staff: staff.map((s) => ({ role: kind === 'legal' ? 'lawyer' : 'counsellor', name: s })),
          },
        });
    }
    return { rows, adds, errors };
  }

  return {
    /** Sets up the studios an upload names at places the officer keeps studios for; dryRun only checks. */
    async importStudios(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'petitions.studios');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, table),
        async (trx, p) => {
          for (const a of p.adds)
            if (!(await setUpStudio(deps, trx, ctx, a.node, a.body, 'import')))
              p.rows.find((r) => r.row === a.row)!.action = 'skip';
        },
      );
    },
  };
}
