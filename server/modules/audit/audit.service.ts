/**
 * The auditor's use cases: search the audit log, export it to Excel, and check its hash chain.
 * Only the auditor may do any of them; exporting is itself recorded in the log.
 */
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { requirePermission, scopePaths, type RequestContext } from '../../platform/access/access.ts';
import { verifyChain, type Auditor, type VerifyResult } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/db.ts';
import { InvalidError } from '../../platform/errors.ts';
import { t } from '../../platform/i18n.ts';
import { AUDIT_COLUMNS, matching } from './audit.repository.ts';
import type { AuditFilters } from './audit.schemas.ts';

/** The list counts matching entries up to this many (beyond it, the page says "more than"). */
export const COUNT_CAP = 10_000;
/** At most this many entries go into one Excel export. */
export const EXPORT_LIMIT = 100_000;
const BATCH = 2_000;

export type AuditService = ReturnType<typeof createAuditService>;

type Row = {
  seq: number;
  at: Date;
  actor_name: string;
  action: string;
  object_type: string;
  object_id: string | null;
  result: string;
  ip: string;
  user_agent: string;
  district_id: string | null;
  detail: unknown;
};

function view(r: Row) {
  return {
    seq: r.seq,
    at: new Date(r.at).toISOString(),
    actorName: r.actor_name,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    result: r.result as 'ok' | 'denied' | 'failed',
    ip: r.ip,
    userAgent: r.user_agent,
    districtId: r.district_id,
    detail: (r.detail ?? {}) as Record<string, unknown>,
  };
}

/** Builds the audit service over the database, the auditor and the chain key. */
export function createAuditService(deps: { db: Db; auditor: Auditor; key: Buffer }) {
  const { db, auditor } = deps;

  function scopeOf(ctx: RequestContext, action: string) {
    const actor = requirePermission(ctx, action);
    const paths = scopePaths(actor, action);
    // a grant on a root of the tree (the city) reaches every entry, district or none
    return { all: paths.some((p) => p.split('/').filter(Boolean).length === 1), paths };
  }

  function checkRange(f: AuditFilters) {
    if (f.from && f.to && new Date(f.from) > new Date(f.to))
      throw new InvalidError([{ field: 'from', key: 'audit.range' }]);
  }

  return {
    /** Searches the log, newest first. */
    async list(ctx: RequestContext, f: AuditFilters & { limit: number; offset: number }) {
      const scope = scopeOf(ctx, 'audit.read');
      checkRange(f);
      const q = matching(db, f, scope);
      // a log of millions is not counted to the end on every page: up to COUNT_CAP, then "more"
      const { rows: counted } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (${q
        .select(sql`1`.as('one'))
        .limit(COUNT_CAP + 1)}) x`.execute(db);
      const total = Math.min(counted[0].n, COUNT_CAP);
      const rows = await q
        .select(AUDIT_COLUMNS)
        .orderBy('seq', 'desc')
        .limit(f.limit)
        .offset(f.offset)
        .execute();
      return { total, totalCapped: counted[0].n > COUNT_CAP, items: (rows as Row[]).map(view) };
    },

    /**
     * Streams the matching entries (newest first, at most EXPORT_LIMIT) as an xlsx workbook. The
     * export is recorded before the first byte leaves.
     */
    async exportXlsx(ctx: RequestContext, f: AuditFilters): Promise<Readable> {
      const scope = scopeOf(ctx, 'audit.export');
      checkRange(f);
      const [{ total }] = await matching(db, f, scope)
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .execute();
      const rowsOut = Math.min(total, EXPORT_LIMIT);
      await auditor.record(ctx, {
        action: 'audit.export',
        objectType: 'audit_log',
        detail: { filters: f, rows: rowsOut, truncated: total > EXPORT_LIMIT },
      });
      const out = new PassThrough();
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: false,
        useSharedStrings: false,
      });
      const ws = wb.addWorksheet(t(ctx.lang, 'audit.sheet'));
      ws.columns = [
        ['seq', 8],
        ['at', 26],
        ['actor', 16],
        ['action', 24],
        ['objectType', 14],
        ['objectId', 38],
        ['result', 8],
        ['ip', 16],
        ['userAgent', 30],
        ['districtId', 38],
        ['detail', 60],
      ].map(([k, width]) => ({
        header: t(ctx.lang, `audit.col.${k}`),
        key: String(k),
        width: Number(width),
      }));
      const write = async () => {
        let written = 0;
        let before = Number.MAX_SAFE_INTEGER;
        while (written < rowsOut) {
          const rows = (await matching(db, f, scope)
            .select(AUDIT_COLUMNS)
            .where('seq', '<', before)
            .orderBy('seq', 'desc')
            .limit(Math.min(BATCH, rowsOut - written))
            .execute()) as Row[];
          if (!rows.length) break;
          for (const r of rows) {
            const v = view(r);
            ws.addRow([
              v.seq,
              v.at,
              v.actorName,
              v.action,
              v.objectType,
              v.objectId ?? '',
              v.result,
              v.ip,
              v.userAgent,
              v.districtId ?? '',
              JSON.stringify(v.detail),
            ]).commit();
          }
          written += rows.length;
          before = rows[rows.length - 1].seq;
        }
        if (total > EXPORT_LIMIT)
          ws.addRow([t(ctx.lang, 'audit.truncated', { limit: EXPORT_LIMIT })]).commit();
        ws.commit();
        await wb.commit();
      };
      write().catch((e) => out.destroy(e as Error));
      return out;
    },

    /** Checks the whole hash chain and reports the first bad entry, if any. */
    async verify(ctx: RequestContext): Promise<VerifyResult> {
      requirePermission(ctx, 'audit.read');
      return verifyChain(db, deps.key);
    },
  };
}
