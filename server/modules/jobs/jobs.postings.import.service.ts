/**
 * Postings in from Excel or CSV, in the export's columns: each row a posting at a station the actor
 * manages (named as the export writes it). Every row is checked first; a file with a bad row changes
 * nothing (422, a message per row and column). A posting already there (same station, employer,
 * title and closing date) is skipped, so importing an exported sheet back adds nothing. The rest are
 * published in one transaction through the same create path as POST /api/jobs/postings.
 */
import { requirePermission, type RequestContext } from '../../platform/access/access.ts';
import { nodeInPaths } from '../../platform/access/scope.ts';
import type { Db, Executor } from '../../platform/db/db.ts';
import { type FieldProblem } from '../../platform/errors.ts';
import {
  type ColumnSpec,
  type TableRead,
  rowChecks,
  importRegister,
  codeOfCell,
} from '../../platform/sheets/index.ts';
import { shanghaiDay } from '../../platform/time.ts';
import type { JobsCore, JobsDeps } from './jobs.core.ts';
import { publishPosting } from './jobs.postings.service.ts';
import * as repo from './jobs.repository.ts';
import { POSTING_HOURS, WORK_KINDS, type PostingHours, type WorkKind } from './jobs.rules.ts';

/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 5_000;

const COLUMNS = [
  { key: 'station', label: '服务站', synonyms: ['Station'], required: true },
  { key: 'employer', label: '用人单位', synonyms: ['单位', 'Employer'], required: true },
  { key: 'title', label: '岗位', synonyms: ['岗位名称', 'Title', 'Job'], required: true },
  { key: 'kind', label: '工种', synonyms: ['Kind'], required: true },
  { key: 'hours', label: '用工形式', synonyms: ['Hours'], required: true },
  { key: 'payMin', label: '月薪下限(元)', synonyms: ['月薪下限', 'Pay from'], required: true },
  { key: 'payMax', label: '月薪上限(元)', synonyms: ['月薪上限', 'Pay to'], required: true },
  { key: 'place', label: '工作地点', synonyms: ['地点', 'Place'] },
  { key: 'headcount', label: '招聘人数', synonyms: ['人数', 'Headcount'], required: true },
  { key: 'closes', label: '截止日期', synonyms: ['Closes'], required: true },
] as const satisfies readonly ColumnSpec[];

type Col = (typeof COLUMNS)[number]['key'];
const keyOf = (stationId: string, employer: string, title: string, closes: string) =>
  [stationId, employer, title, closes].join('\u0000');

/** Builds the postings import. */
export function createPostingsImport(deps: JobsDeps & { core: JobsCore }) {
  const { db } = deps;

  async function plan(exec: Executor, ctx: RequestContext, table: TableRead) {
    const paths = await deps.core.roots(ctx, 'jobs.manage');
    const stations = (await repo.findStationNames(exec, nodeInPaths('s.node_id', paths))).filter(
      (s) => s.active,
    );
    const existing = new Set(
      (await repo.findPostingKeys(exec, nodeInPaths('p.node_id', paths))).map((p) =>
        keyOf(p.station_id, p.employer, p.title, p.closes_day),
      ),
    );
    const today = shanghaiDay();
    const seen = new Map<string, number>();
    const rows: { row: number; station: string; employer: string; title: string; action: 'add' | 'skip' }[] =
      [];
    const adds: { stationId: string; body: Parameters<typeof publishPosting>[3] }[] = [];
    const errors: FieldProblem[] = [];
    for (const r of table.rows) {
      const before = errors.length;
      const { bad, text } = rowChecks<Col>(ctx.lang, 'jobs.import', r, errors);
      const num = (field: Col, min: number, max: number): number | null => {
        const v = text(field, 20, true);
        if (v === null) return null;
        const n = Number(v.replaceAll(',', ''));
        if (!/^\d+(\.\d{1,2})?$/.test(v.replaceAll(',', '')) || n < min || n > max)
          return (bad(field, 'jobs.import.bad_number', { min, max }), null);
        return n;
      };
      const stationName = text('station', 100, true);
      const employer = text('employer', 100, true);
      const title = text('title', 100, true);
      const kindText = text('kind', 40, true);
      const hoursText = text('hours', 40, true);
      const payMin = num('payMin', 0, 1_000_000);
      const payMax = num('payMax', 0, 1_000_000);
      const place = text('place', 200);
      const headcount = num('headcount', 1, 10_000);
      const closes = text('closes', 10, true);
      const kind = kindText ? codeOfCell<WorkKind>(WORK_KINDS, 'jobs.kind', kindText) : null;
      if (kindText && !kind) bad('kind', 'jobs.import.unknown_kind', { value: kindText.slice(0, 20) });
      const hours = hoursText ? codeOfCell<PostingHours>(POSTING_HOURS, 'jobs.hours', hoursText) : null;
      if (hoursText && !hours) bad('hours', 'jobs.import.unknown_hours', { value: hoursText.slice(0, 20) });
      if (payMin !== null && payMax !== null && payMax < payMin) bad('payMax', 'jobs.import.pay_order');
      if (headcount !== null && !Number.isInteger(headcount))
        bad('headcount', 'jobs.import.bad_number', { min: 1, max: 10_000 });
      if (closes && (!/^\d{4}-\d{2}-\d{2}$/.test(closes) || Number.isNaN(Date.parse(closes))))
        bad('closes', 'jobs.import.bad_date');
      else if (closes && closes < today) bad('closes', 'jobs.closes_past');
      const found = stations.filter((s) => s.name === stationName);
      if (stationName && found.length === 0)
        bad('station', 'jobs.import.unknown_station', { name: stationName.slice(0, 100) });
      if (found.length > 1) bad('station', 'jobs.import.ambiguous_station', { name: stationName });
      if (errors.length > before) continue;
      const s = found[0];
      const k = keyOf(s.id, employer!, title!, closes!);
      const earlier = seen.get(k);
      if (earlier) {
        bad('title', 'jobs.import.duplicate', { row: earlier });
        continue;
      }
      seen.set(k, r.row);
      const action = existing.has(k) ? 'skip' : 'add';
      rows.push({ row: r.row, station: s.name, employer: employer!, title: title!, action });
      if (action === 'add')
        adds.push({
          stationId: s.id,
          body: {
            stationId: s.id,
            employer: employer!,
            title: title!,
            kind: kind!,
            hours: hours!,
            payMinFen: Math.round(payMin! * 100),
            payMaxFen: Math.round(payMax! * 100),
            place: place ?? '',
            headcount: headcount!,
            closesOn: closes!,
          },
        });
    }
    return { rows, adds, errors };
  }

  return {
    /** Publishes the postings an upload names at stations the actor manages; dryRun only checks. */
    async importPostings(ctx: RequestContext, file: Buffer, dryRun: boolean) {
      requirePermission(ctx, 'jobs.manage');
      return importRegister(
        db as Db,
        { file, columns: COLUMNS, maxRows: IMPORT_MAX_ROWS, dryRun },
        (exec, table) => plan(exec, ctx, table),
        async (trx, p) => {
          for (const a of p.adds) await publishPosting(deps, trx, ctx, a.body);
        },
      );
    },
  };
}
