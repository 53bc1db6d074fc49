/**
 * Budget lines in from Excel or CSV for a round (paper applications typed up by the fund office):
 * each row names an application of the round by its project title (a draft or a submitted one),
 * an item 科目 and an amount in yuan. Every row is checked first; a file with a bad row changes
 * nothing (422, a message per row and column). An item the application already has is skipped, so
 * the same file twice adds nothing; the rest are appended and the requested total follows, audited
 * per application.
 */
import { requirePermission, can, type RequestContext } from '../../platform/access/access.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { NotFoundError, type FieldProblem } from '../../platform/errors.ts';
import { type ColumnSpec, type TableRead, rowChecks, importRegister } from '../../platform/sheets/index.ts';
import { checkUpdated, type SocialfundDeps } from './socialfund.core.ts';
import type { createFundsService } from './socialfund.funds.service.ts';
import * as repo from './socialfund.repository.ts';
import { MAX_FEN } from './socialfund.rules.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 5_000;

const COLUMNS = [
  { key: 'title', label: '项目名称', synonyms: ['项目', 'Project', 'Title'], required: true },
  { key: 'item', label: '科目', synonyms: ['预算科目', '支出科目', 'Item'], required: true },
  { key: 'amount', label: '金额（元）', synonyms: ['金额', '金额(元)', 'Amount'], required: true },
] as const satisfies readonly ColumnSpec[];

/** What one import row does. */
export interface LineImportRow {
  row: number;
  title: string;
  item: string;
  amountFen: number;
  action: 'add' | 'skip';
}

const YUAN = /^\d{1,10}(\.\d{1,2})?$/;

/** Fen from a yuan text with at most two decimals, or null. */
export function fenOf(text: string): number | null {
  const v = text.replace(/[,，\s]/g, '');
  if (!YUAN.test(v)) return null;
  const [i, d = ''] = v.split('.');
  const fen = Number(i) * 100 + Number(d.padEnd(2, '0'));
  return fen > 0 && fen <= MAX_FEN ? fen : null;
}

/** Builds the budget-lines import. */
export function createLinesImport(
  deps: Pick<SocialfundDeps, 'auditor'> & {
    db: Db;
    funds: ReturnType<typeof createFundsService>;
  },
) {
  const { db } = deps;

  async function plan(exec: Executor, ctx: RequestContext, roundId: string, table: TableRead) {
    const r = await deps.funds.visibleRound(ctx, roundId, false, exec);
    if (!can(ctx.actor, 'socialfund.manage', r.path)) throw new NotFoundError();
    const apps = (await repo.findApplications(exec, repo.ofRound(r.district_id, r.id))).filter((a) =>
      ['draft', 'submitted'].includes(a.state),
    );
    const lines = await repo.findLines(
      exec,
      apps.map((a) => a.id),
    );
    const seen = new Map<string, number>();
    const rows: LineImportRow[] = [];
    const adds = new Map<string, { a: repo.ApplicationRow; lines: { item: string; amountFen: number }[] }>();
    const errors: FieldProblem[] = [];
    for (const row of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<(typeof COLUMNS)[number]['key']>(
        ctx.lang,
        'socialfund.import',
        row,
        errors,
      );
      const title = text('title', 100, true);
      const item = text('item', 60, true);
      const amountText = text('amount', 20, true);
      const amountFen = amountText ? fenOf(amountText) : null;
      if (amountText && amountFen === null) bad('amount', 'socialfund.import.bad_amount');
      const a = title ? apps.find((x) => x.title === title) : undefined;
      if (title && !a) bad('title', 'socialfund.import.unknown_title', { title: title.slice(0, 100) });
      if (errors.length > before || !a || !item || amountFen === null) continue;
      const k = `${a.id}\u0001${item}`;
      const earlier = seen.get(k);
      if (earlier) {
        bad('item', 'socialfund.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(k, row.row);
      const there = lines.some((l) => l.application_id === a.id && l.item === item);
      rows.push({ row: row.row, title: title!, item, amountFen, action: there ? 'skip' : 'add' });
      if (!there) {
        const e = adds.get(a.id) ?? { a, lines: [] };
        e.lines.push({ item, amountFen });
        adds.set(a.id, e);
      }
    }
    return { rows, errors, adds: [...adds.values()], lines };
  }

  return {
    /** Appends the budget lines an upload gives to the round's applications; dryRun only says what would happen. */
    async importLines(ctx: RequestContext, roundId: string, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'socialfund.manage');
      return importRegister(
        db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, roundId, table),
        async (trx, p) => {
          for (const { a, lines } of p.adds) {
            const last = Math.max(
              0,
              ...p.lines.filter((l) => l.application_id === a.id).map((l) => l.line_no),
            );
            await repo.insertLines(trx, a.district_id, a.id, lines, last + 1);
            const added = lines.reduce((s, l) => s + l.amountFen, 0);
            checkUpdated(
              await repo.updateApplication(trx, a.district_id, a.id, a.version, {
                requested_fen: a.requested_fen + added,
              }),
            );
            await deps.auditor.append(trx, ctx, {
              action: 'socialfund.lines.import',
              objectType: 'socialfund_application',
              objectId: a.id,
              districtId: a.district_id,
              detail: { lines: lines.length, addedFen: added },
            });
          }
        },
      );
    },
  };
}
